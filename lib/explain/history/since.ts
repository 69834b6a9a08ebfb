import type { ContainerSnapshot, DiagnosisSince, ObjectSnapshot, ObjectTimeline } from '@/lib/contract/history';
import type { Diagnosis } from '@/lib/explain/types';
import { stateSeries } from './reconstruct';

/** The kubelet resets a container's crash back-off once it has run this long. */
export const BACKOFF_RESET_MS = 10 * 60_000;

const PULL = new Set(['ErrImagePull', 'ImagePullBackOff', 'ErrImageNeverPull', 'ImageInspectError']);

type Holds = (s: ObjectSnapshot, c: ContainerSnapshot | undefined) => boolean;

const waitingIn = (reasons: Set<string>) => (_: ObjectSnapshot, c: ContainerSnapshot | undefined) => c?.state?.state === 'waiting' && reasons.has(c.state.reason ?? '');

/** What "still holds" means per pod diagnosis (crash-loop has its own rule below). */
const HOLDS: Partial<Record<Diagnosis['id'], Holds>> = {
  'image-pull-failed': waitingIn(PULL),
  'invalid-image-name': waitingIn(new Set(['InvalidImageName'])),
  'create-container-config-error': waitingIn(new Set(['CreateContainerConfigError'])),
  'readiness-failing': (_, c) => c?.state?.state === 'running' && !c.ready,
  'liveness-failing': (_, c) => !!c && !c.ready,
  'startup-failing': (_, c) => !!c && c.started !== true,
  'oom-killed': (_, c) => (c?.state?.state === 'terminated' && c.state.reason === 'OOMKilled') || c?.lastTerminated?.reason === 'OOMKilled',
  'container-failed': (_, c) => (c?.state?.state === 'terminated' && (c.state.exitCode ?? 0) !== 0) || (!!c?.lastTerminated && (c.lastTerminated.exitCode ?? 0) !== 0 && !c.ready),
  'init-container-failing': (_, c) => (c?.state?.state === 'terminated' && (c.state.exitCode ?? 0) !== 0) || (!!c?.lastTerminated && (c.lastTerminated.exitCode ?? 0) !== 0 && c.state?.state !== 'terminated'),
  unschedulable: (s) => s.conditions.some((c) => c.type === 'PodScheduled' && c.status === 'False'),
  evicted: (s) => s.reason === 'Evicted',
  'stuck-terminating': (s) => s.deletion !== null,
};

/** Within a crash loop: backing off, terminated, or running for less than the back-off reset before the next state (or `now`). */
function inCrashLoop(c: ContainerSnapshot | undefined, nextAt: number): boolean {
  if (!c?.state) return false;
  if (c.state.state === 'waiting') return c.state.reason === 'CrashLoopBackOff';
  if (c.state.state === 'terminated') return true;
  const started = c.state.startedAt ? Date.parse(c.state.startedAt) : NaN;
  return c.restartCount > 0 && !Number.isNaN(started) && nextAt - started < BACKOFF_RESET_MS;
}

/** Whether the first recorded state was of an object already there when recording started (so what held then may have started earlier). */
function baselineExisted(timeline: Pick<ObjectTimeline, 'transitions'>): boolean {
  const first = timeline.transitions.find((t) => t.change.type === 'observed');
  return !first || (first.change.type === 'observed' && first.change.existed);
}

function containerOf(s: ObjectSnapshot, name: string | null): ContainerSnapshot | undefined {
  return name === null ? undefined : s.containers.find((c) => c.name === name);
}

/**
 * Since when a diagnosis has held, from the recorded history: the earliest
 * recorded state from which it held without a break up to the last one.
 * For crash-loop-backoff the episode is the current run of back-offs,
 * failures and short runs (a run of 10 minutes resets the kubelet's back-off
 * and ends an episode), and `since` is its first CrashLoopBackOff.
 * `exact` is false when it already held at the first recorded state of an
 * object that existed before recording started.
 * null when history does not say (node diagnoses, workload ones, not holding now).
 * @example sinceWhen(timeline, { id: 'crash-loop-backoff', params: { container: 'app' } }, now)
 *   // { diagnosisId: 'crash-loop-backoff', subject: 'app', since: '2026-12-03T03:12:04.000Z', exact: true, restartsSince: 41, restartCount: 41 }
 */
export function sinceWhen(timeline: Pick<ObjectTimeline, 'transitions'>, diagnosis: Pick<Diagnosis, 'id' | 'params'>, now: Date): DiagnosisSince | null {
  const series = stateSeries(timeline);
  if (series.length === 0) return null;
  const subject = typeof diagnosis.params.container === 'string' ? diagnosis.params.container : null;
  const times = series.map((_, i) => {
    const next = series[i + 1];
    return next ? Date.parse(next.at) : now.getTime();
  });
  const stateAt = (i: number) => series[i]?.state as ObjectSnapshot;

  let start = -1;
  if (diagnosis.id === 'crash-loop-backoff') {
    let i = series.length - 1;
    while (i >= 0 && inCrashLoop(containerOf(stateAt(i), subject), times[i] ?? now.getTime())) i -= 1;
    for (let j = i + 1; j < series.length; j += 1) {
      const c = containerOf(stateAt(j), subject);
      if (c?.state?.state === 'waiting' && c.state.reason === 'CrashLoopBackOff') {
        start = j;
        break;
      }
    }
  } else {
    const holds = HOLDS[diagnosis.id];
    if (!holds) return null;
    let i = series.length - 1;
    while (i >= 0 && holds(stateAt(i), containerOf(stateAt(i), subject))) i -= 1;
    start = i + 1 < series.length ? i + 1 : -1;
  }
  const at = series[start];
  const last = series[series.length - 1];
  if (start < 0 || !at || !last) return null;
  const cStart = containerOf(at.state, subject);
  const cLast = containerOf(last.state, subject);
  const counting = diagnosis.id === 'crash-loop-backoff' || diagnosis.id === 'liveness-failing' || diagnosis.id === 'startup-failing' || diagnosis.id === 'oom-killed' || diagnosis.id === 'container-failed' || diagnosis.id === 'init-container-failing';
  return {
    diagnosisId: diagnosis.id,
    subject,
    since: new Date(Date.parse(at.at)).toISOString(),
    exact: start > 0 || !baselineExisted(timeline),
    restartsSince: counting && cStart && cLast ? cLast.restartCount - cStart.restartCount : null,
    restartCount: cLast ? cLast.restartCount : null,
  };
}
