import { toTimestampMs } from './human-duration';
import { msToIso, type ApiTime } from './timestamps';

/**
 * The kubelet's container restart back-off (pkg/kubelet/kuberuntime, doBackOff,
 * with k8s.io/client-go/util/flowcontrol.Backoff; docs pod-lifecycle
 * #container-restarts): the first exit restarts at once and arms a 10 s
 * back-off; each further exit within the window doubles it, capped at 300 s;
 * after 10 minutes (2 × the cap) without a crash the back-off is forgotten.
 */
export const RESTART_BACKOFF = { initialSeconds: 10, maxSeconds: 300, resetAfterSeconds: 600 } as const;

/**
 * Back-off before the next restart of a container that has already restarted
 * `restartCount` times and just exited again.
 * @example backoffDelaySeconds(0) // 0 (restarted at once); backoffDelaySeconds(3) // 40; backoffDelaySeconds(9) // 300
 */
export function backoffDelaySeconds(restartCount: number): number {
  if (restartCount <= 0) return 0;
  const doublings = Math.min(restartCount - 1, 10); // 10 × 2^10 already exceeds the cap
  return Math.min(RESTART_BACKOFF.maxSeconds, RESTART_BACKOFF.initialSeconds * 2 ** doublings);
}

/**
 * Which restart count gives which delay: 0→0 s, 1→10 s, 2→20 s, 3→40 s,
 * 4→80 s, 5→160 s, 6 and more→300 s (`orMore` marks the capped row).
 */
export const RESTART_BACKOFF_SCHEDULE: readonly { restartCount: number; delaySeconds: number; orMore: boolean }[] = [
  0, 1, 2, 3, 4, 5, 6,
].map((restartCount) => ({ restartCount, delaySeconds: backoffDelaySeconds(restartCount), orMore: restartCount === 6 }));

const GO_DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+(?:\.\d+)?)s)?$/;

/**
 * Reads the delay from a CrashLoopBackOff waiting message, whose duration is
 * Go's time.Duration format.
 * @example parseBackoffMessage('back-off 1m20s restarting failed container=main pod=my-pod_argocd(…)') // 80
 */
export function parseBackoffMessage(message: string | null | undefined): number | null {
  const match = /back-off (\S+) restarting/i.exec(message ?? '');
  if (!match?.[1]) return null;
  const parts = GO_DURATION.exec(match[1]);
  if (!parts) return null;
  const [, h = '0', m = '0', s = '0'] = parts;
  return Number(h) * 3600 + Number(m) * 60 + Math.round(Number(s));
}

/** The restart back-off of one container, e.g. { delaySeconds: 40, source: "message", secondsUntilRestart: 25 }. */
export interface BackoffEstimate {
  /** The delay in force: read from the waiting message when present, else estimated. */
  delaySeconds: number;
  source: 'message' | 'restart-count';
  /** What the restart count alone predicts. */
  estimatedDelaySeconds: number;
  capped: boolean;
  /** lastState.terminated.finishedAt + delay: when the kubelet may start it again. */
  nextRestartAt: string | null;
  secondsUntilRestart: number | null;
}

/**
 * Estimates the restart back-off of a container that is waiting in
 * CrashLoopBackOff or has restarted before.
 * @example estimateBackoff(3, 'back-off 40s restarting failed container=main …', '2018-12-02T09:20:25Z', now)
 * // { delaySeconds: 40, source: 'message', estimatedDelaySeconds: 40, capped: false, nextRestartAt: '2018-12-02T09:21:05Z', … }
 */
export function estimateBackoff(
  restartCount: number,
  waitingMessage: string | null | undefined,
  lastFinishedAt: ApiTime,
  now: Date,
): BackoffEstimate {
  const estimated = backoffDelaySeconds(restartCount);
  const observed = parseBackoffMessage(waitingMessage);
  const delaySeconds = observed ?? estimated;
  const finished = toTimestampMs(lastFinishedAt);
  const next = finished === undefined ? undefined : finished + delaySeconds * 1000;
  return {
    delaySeconds,
    source: observed === null ? 'restart-count' : 'message',
    estimatedDelaySeconds: estimated,
    capped: delaySeconds >= RESTART_BACKOFF.maxSeconds,
    nextRestartAt: next === undefined ? null : msToIso(next),
    secondsUntilRestart: next === undefined ? null : Math.max(0, Math.ceil((next - now.getTime()) / 1000)),
  };
}
