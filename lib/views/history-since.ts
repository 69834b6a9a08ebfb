import type { DiagnosisSince } from '@/lib/contract/history';
import type { Diagnosis } from '@/lib/explain/types';

/**
 * The "since when" history gives for a diagnosis on the page: same id, and
 * the same container when both name one (a pod can crash-loop in two).
 * @example sinceFor(timeline.since, { id: 'crash-loop-backoff', params: { container: 'app' }, … })?.since → '2026-12-03T15:00:05Z'
 */
export function sinceFor(list: readonly DiagnosisSince[] | null | undefined, d: Pick<Diagnosis, 'id' | 'params'>): DiagnosisSince | null {
  const subject = typeof d.params.container === 'string' ? d.params.container : null;
  return (list ?? []).find((s) => s.diagnosisId === d.id && (s.subject === null || subject === null || s.subject === subject)) ?? null;
}
