import type { ObjectTimeline } from '@/lib/contract/history';
import { podAt } from '@/lib/explain/history/reconstruct';
import { buildPodDetail, type PodDetail } from './pod-detail';

/**
 * Replay: the pod page's own model (lifecycle diagram, conditions, container
 * states, diagnoses) rebuilt for a past moment from the recorded timeline,
 * so the same components draw the pod as it was. Pure, runs in the browser.
 */

/**
 * The pod page's model as it was at `at` (epoch ms), from the recorded
 * states and events up to then; null before the first observation.
 * @example replayDetail(crashLoopTimeline, Date.parse('2026-12-03T15:00:06Z'))?.explanation.containers[0].state.reason → 'CrashLoopBackOff'
 */
export function replayDetail(timeline: Pick<ObjectTimeline, 'ref' | 'transitions' | 'events'>, at: number): PodDetail | null {
  const iso = new Date(at).toISOString();
  const past = podAt(timeline, iso);
  if (!past) return null;
  const id = { namespace: timeline.ref.namespace ?? '', name: timeline.ref.name };
  const model = buildPodDetail({ pods: [past.pod], events: past.events, nodes: [], services: [], endpointslices: [] }, new Date(at), id);
  return model.found ? model : null;
}

/**
 * The moments something changed, ascending and distinct: the replay's
 * previous/next steps.
 * @example changeMoments(crashLoopTimeline)[0] → Date.parse('2026-12-03T15:00:00Z')
 */
export function changeMoments(timeline: Pick<ObjectTimeline, 'transitions' | 'events'>): number[] {
  const all = [
    ...timeline.transitions.map((t) => Date.parse(t.at)),
    ...timeline.events.flatMap((e) => (e.counts.length ? e.counts.map(([when]) => Date.parse(when)) : [Date.parse(e.firstTimestamp ?? e.firstSeenAt)])),
  ].filter(Number.isFinite);
  return [...new Set(all)].sort((a, b) => a - b);
}

/**
 * The change before or after `at` (null when there is none), for the previous/next buttons.
 * @example stepMoment([10, 20, 30], 20, -1) → 10; stepMoment([10, 20, 30], 25, 1) → 30; stepMoment([10], 10, 1) → null
 */
export function stepMoment(moments: readonly number[], at: number, dir: -1 | 1): number | null {
  if (dir > 0) return moments.find((m) => m > at) ?? null;
  for (let i = moments.length - 1; i >= 0; i--) if (moments[i]! < at) return moments[i]!;
  return null;
}

/**
 * The replay moment from `?at=`, held inside the recorded span; null when absent or not a time.
 * @example parseAt('2026-12-03T15:00:05Z', 0, Infinity) → Date.parse('2026-12-03T15:00:05Z'); parseAt('soon', 0, 1) → null
 */
export function parseAt(value: string | null | undefined, start: number, end: number): number | null {
  if (!value) return null;
  const t = Date.parse(value);
  if (!Number.isFinite(t)) return null;
  return Math.min(Math.max(t, start), end);
}
