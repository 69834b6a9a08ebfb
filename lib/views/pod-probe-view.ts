import type { ContainerExplanation } from '../explain/containers';
import type { ProbeExplanation } from '../explain/probes';
import { toTimestampMs } from '../explain/human-duration';

/**
 * What a probe says right now: failing / passing from the live evidence;
 * checking while a startup probe has not yet passed nor failed; gated while a
 * startup probe holds liveness and readiness back; idle when the container is
 * not running; none when there is no probe of that kind (it counts as passing).
 */
export type ProbeVerdict = 'none' | 'idle' | 'gated' | 'checking' | 'failing' | 'passing';

/**
 * The verdict for one probe of a container.
 * @example probeVerdict(readinessProbe, readinessFailContainer) → 'failing'
 */
export function probeVerdict(probe: ProbeExplanation, container: ContainerExplanation): ProbeVerdict {
  if (!probe.configured) return 'none';
  if (container.state.kind !== 'running') return 'idle';
  if (probe.gatedByStartup && container.started === false) return 'gated';
  const flag = probe.evidence.flag;
  if (probe.kind === 'readiness') return flag === false ? 'failing' : 'passing';
  if (probe.kind === 'startup') {
    if (flag === true) return 'passing';
    return probe.evidence.failures > 0 ? 'failing' : 'checking';
  }
  // Liveness has no flag: it is failing when its last failure is about the running instance.
  const failedAt = toTimestampMs(probe.evidence.lastFailureAt);
  const startedAt = toTimestampMs(container.state.startedAt);
  return failedAt !== undefined && (startedAt === undefined || failedAt >= startedAt) ? 'failing' : 'passing';
}
