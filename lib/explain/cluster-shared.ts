/**
 * Small readers shared by the service, node and cluster explainers. Every
 * output they feed is plain JSON: timestamps leave as ISO strings, ages as
 * whole seconds.
 */
import type { V1Pod } from '@kubernetes/client-node';
import { toTimestampMs } from './human-duration';
import type { ApiTime } from './timestamps';

/** A timestamp as the client types it (Date) or as JSON carries it (string); timestamps.ts formats it (toIso). */
export type Timestamp = ApiTime;

/**
 * Whole seconds from a timestamp to `now` (floored; negative under clock
 * skew, which is itself worth showing), or null when the timestamp is not set.
 * @example secondsSince('2020-01-01T00:00:00Z', new Date('2020-01-01T00:01:30.900Z')) // 90
 */
export function secondsSince(value: Timestamp, now: Date): number | null {
  const ms = toTimestampMs(value);
  return ms === undefined ? null : Math.floor((now.getTime() - ms) / 1000);
}

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Appends a map key to an evidence path; label keys with dots or slashes use
 * bracket form so the path stays unambiguous.
 * @example keyPath('spec.selector', 'app') // 'spec.selector.app'
 * @example keyPath('metadata.labels', 'app.kubernetes.io/name') // "metadata.labels['app.kubernetes.io/name']"
 */
export function keyPath(base: string, key: string): string {
  return PLAIN_KEY.test(key) ? `${base}.${key}` : `${base}['${key}']`;
}

/**
 * Index of the pod's Ready condition and whether it is True (podutil.IsPodReady:
 * only Ready=True counts; a missing condition is not ready).
 * @example podReadiness(runningReadyPod) // { ready: true, index: 1 }
 */
export function podReadiness(pod: V1Pod): { ready: boolean; index: number | null } {
  const conditions = pod.status?.conditions ?? [];
  const index = conditions.findIndex((c) => c.type === 'Ready');
  if (index < 0) return { ready: false, index: null };
  return { ready: conditions[index]?.status === 'True', index };
}

/**
 * Succeeded and Failed are terminal: such pods hold no resources and are never endpoints.
 * @example isPodTerminal(completedJobPod) // true
 */
export function isPodTerminal(pod: V1Pod): boolean {
  const phase = pod.status?.phase;
  return phase === 'Succeeded' || phase === 'Failed';
}
