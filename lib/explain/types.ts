import type { ConceptId, DiagnosisId } from '../concepts/ids';

export type Severity = 'critical' | 'warning' | 'info';

/**
 * A diagnosis is data, never prose: the UI renders title and advice from the
 * catalogue entry for `id` in the chosen language, filling in `params`.
 * `evidence` lists field paths into the explained object (or into a related
 * object when prefixed, e.g. `event[Unhealthy].message`), so the UI can show
 * each path with its live value.
 * @example { id: 'oom-killed', severity: 'critical', conceptIds: ['reason-oom-killed', 'resources'],
 *            params: { container: 'app', limit: '64Mi' },
 *            evidence: ['status.containerStatuses[0].lastState.terminated.reason'] }
 */
export interface Diagnosis {
  id: DiagnosisId;
  severity: Severity;
  conceptIds: ConceptId[];
  params: Record<string, string | number>;
  evidence: string[];
}
