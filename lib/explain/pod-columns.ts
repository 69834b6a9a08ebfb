import type {
  V1Container,
  V1ContainerStateTerminated,
  V1ContainerStatus,
  V1Pod,
  V1PodCondition,
} from '@kubernetes/client-node';
import { humanDuration, toTimestampMs } from './human-duration';
import { msToIso } from './timestamps';

/** Restart count plus the newest lastState.terminated.finishedAt seen (epoch ms). */
interface RestartTally {
  count: number;
  lastMs: number | undefined;
}

interface InitScan {
  /** Set when an init container blocks the pod: "Init:…". */
  reason: string | undefined;
  initializing: boolean;
  /** Started sidecars that are ready; they count toward READY. */
  readySidecars: number;
  all: RestartTally;
  sidecars: RestartTally;
}

interface AppScan {
  reason: string;
  ready: number;
  hasRunning: boolean;
  errorReason: string | undefined;
  restarts: RestartTally;
}

/** status.reason the node lifecycle controller sets on pods of an unreachable node. */
const NODE_LOST = 'NodeLost';

/** The READY, STATUS and RESTARTS columns, with RESTARTS also as values the browser re-ages. */
export interface PodColumns {
  ready: string;
  status: string;
  /** RESTARTS as kubectl prints it at `now`: `restartsText(restartCount, lastRestartAt, now)`. */
  restarts: string;
  /** The restarts kubectl counts (init containers while initializing, else sidecars plus app containers). */
  restartCount: number;
  /** Newest lastState.terminated.finishedAt among the counted containers (ISO), or null when none is known. */
  lastRestartAt: string | null;
}

/**
 * The READY, STATUS and RESTARTS columns of `kubectl get pods`, computed the way
 * the apiserver's table printer does.
 *
 * Ported from kubernetes pkg/printers/internalversion/printers.go (printPod,
 * hasPodReadyCondition, isPodInitializedConditionTrue), identical in v1.36.3
 * and v1.37.2, with pkg/api/pod/util.go (IsRestartableInitContainer) and
 * pkg/api/v1/pod/util.go (IsPodPhaseTerminal). Rules, in order:
 * - STATUS starts as status.phase, replaced by status.reason, replaced by
 *   "SchedulingGated" when PodScheduled carries that reason.
 * - Init containers in order: exit 0 and started sidecars are skipped; the first
 *   other one sets Init:<reason> / Init:Signal:N / Init:ExitCode:N / Init:i/N.
 * - App containers, last to first, unless an init container blocks and the pod
 *   is not Initialized: waiting reason, terminated reason, Signal:N, ExitCode:N;
 *   running+ready containers count toward READY.
 * - "Completed" with a container still running reads Running (pod Ready) or
 *   NotReady; with a container that exited non-zero it reads that failure.
 * - deletionTimestamp reads Unknown when status.reason is NodeLost, else
 *   Terminating unless the phase is already Succeeded or Failed.
 * - READY counts app containers plus sidecars (restartPolicy Always init containers).
 * - RESTARTS sums init container restarts while initializing, otherwise sidecar
 *   plus app container restarts; lastRestartAt is the newest
 *   lastState.terminated.finishedAt among those counted only, so an init
 *   container that failed before the pod initialized never ages RESTARTS later.
 * @example podColumns(crashLoopingPod, now)
 * // { ready: '0/1', status: 'CrashLoopBackOff', restarts: '3 (40s ago)', restartCount: 3, lastRestartAt: '2018-12-02T09:20:25.000Z' }
 */
export function podColumns(pod: V1Pod, now: Date): PodColumns {
  const initContainers = pod.spec?.initContainers ?? [];
  const initSpecs = new Map(initContainers.map((c) => [c.name, c]));
  const sidecarCount = initContainers.filter(isRestartableInitContainer).length;
  const total = (pod.spec?.containers?.length ?? 0) + sidecarCount;

  let reason = baseReason(pod);
  const init = scanInitContainers(pod, initSpecs);
  reason = init.reason ?? reason;
  let ready = init.readySidecars;
  let restarts = init.all;

  // A pod can report Initialized while an init container shows a failure (e.g. a
  // sidecar that exited once the app containers finished); the app containers win then.
  if (!init.initializing || isInitialized(pod.status?.conditions)) {
    const app = scanAppContainers(pod.status?.containerStatuses ?? [], reason, init.sidecars);
    reason = resolveCompleted(app, pod.status?.conditions);
    ready += app.ready;
    restarts = app.restarts;
  }

  const lastRestartAt = restarts.lastMs === undefined ? null : msToIso(restarts.lastMs);
  return {
    ready: `${ready}/${total}`,
    status: applyDeletion(pod, reason),
    restarts: restartsText(restarts.count, lastRestartAt, now),
    restartCount: restarts.count,
    lastRestartAt,
  };
}

/**
 * kubectl's RESTARTS cell: the count, plus " (<age> ago)" only when the count is
 * not zero and a last termination time is known (upstream printPod:
 * `restarts != 0 && !lastRestartDate.IsZero()`). The one formatter for the
 * server's first paint and the browser's live re-ageing.
 * @example restartsText(4, '2026-11-26T01:00:00Z', new Date('2026-11-26T01:02:00Z')) // '4 (2m ago)'
 * @example restartsText(0, '2026-11-26T01:00:00Z', new Date('2026-11-26T01:02:00Z')) // '0'
 */
export function restartsText(count: number, lastRestartAt: string | null, now: Date): string {
  const last = toTimestampMs(lastRestartAt);
  if (count === 0 || last === undefined) return String(count);
  return `${count} (${humanDuration(now.getTime() - last)} ago)`;
}

/** Phase, overridden by status.reason, overridden by a scheduling gate. */
function baseReason(pod: V1Pod): string {
  const status = pod.status;
  let reason = status?.reason || (status?.phase ?? '');
  for (const condition of status?.conditions ?? []) {
    if (condition.type === 'PodScheduled' && condition.reason === 'SchedulingGated') reason = 'SchedulingGated';
  }
  return reason;
}

/**
 * Walks init container statuses in order until one is still initializing or
 * failed. Statuses after that one are never read, so their restarts don't count.
 */
function scanInitContainers(pod: V1Pod, initSpecs: Map<string, V1Container>): InitScan {
  const scan: InitScan = {
    reason: undefined,
    initializing: false,
    readySidecars: 0,
    all: emptyTally(),
    sidecars: emptyTally(),
  };
  const statuses = pod.status?.initContainerStatuses ?? [];
  const specCount = pod.spec?.initContainers?.length ?? 0;

  for (const [index, status] of statuses.entries()) {
    const sidecar = isRestartableInitContainer(initSpecs.get(status.name));
    addRestarts(scan.all, status);
    if (sidecar) addRestarts(scan.sidecars, status);

    const terminated = status.state?.terminated;
    if (terminated && (terminated.exitCode ?? 0) === 0) continue;
    if (sidecar && status.started === true) {
      if (status.ready) scan.readySidecars++;
      continue;
    }
    scan.reason = initBlockingReason(status, index, specCount);
    scan.initializing = true;
    break;
  }
  return scan;
}

/** Why an init container holds the pod back, e.g. "Init:CrashLoopBackOff" or "Init:1/3". */
function initBlockingReason(status: V1ContainerStatus, index: number, specCount: number): string {
  const terminated = status.state?.terminated;
  if (terminated) return `Init:${terminatedReason(terminated)}`;
  const waitingReason = status.state?.waiting?.reason;
  // PodInitializing is the kubelet's placeholder, not a problem worth showing.
  if (waitingReason && waitingReason !== 'PodInitializing') return `Init:${waitingReason}`;
  return `Init:${index}/${specCount}`;
}

/**
 * Walks app container statuses last to first, so the first container's state
 * has the final say. Restarts start from the sidecars' tally because a finished
 * init phase no longer counts ordinary init container restarts.
 */
function scanAppContainers(statuses: V1ContainerStatus[], reason: string, sidecars: RestartTally): AppScan {
  const scan: AppScan = {
    reason,
    ready: 0,
    hasRunning: false,
    errorReason: undefined,
    restarts: { ...sidecars },
  };
  for (const status of [...statuses].reverse()) {
    addRestarts(scan.restarts, status);
    const { waiting, terminated, running } = status.state ?? {};
    if (waiting?.reason) {
      scan.reason = waiting.reason;
    } else if (terminated) {
      scan.reason = terminatedReason(terminated);
      if ((terminated.exitCode ?? 0) !== 0) scan.errorReason = scan.reason;
    } else if (status.ready && running) {
      scan.hasRunning = true;
      scan.ready++;
    }
  }
  return scan;
}

/**
 * "Completed" from one container must not hide the others: a running container
 * makes it Running (pod Ready) or NotReady, a failed one shows its failure.
 */
function resolveCompleted(app: AppScan, conditions: V1PodCondition[] | undefined): string {
  if (app.reason !== 'Completed') return app.reason;
  if (app.hasRunning && hasReadyCondition(conditions)) return 'Running';
  if (app.errorReason !== undefined) return app.errorReason;
  if (app.hasRunning) return 'NotReady';
  return app.reason;
}

/** A pod on a lost node may never confirm deletion, so it reads Unknown rather than Terminating. */
function applyDeletion(pod: V1Pod, reason: string): string {
  if (!isPresent(pod.metadata?.deletionTimestamp)) return reason;
  if (pod.status?.reason === NODE_LOST) return 'Unknown';
  const phase = pod.status?.phase;
  // A finished pod keeps its final status while it waits to be removed.
  if (phase === 'Succeeded' || phase === 'Failed') return reason;
  return 'Terminating';
}

/** The terminated reason, else "Signal:N", else "ExitCode:N". */
function terminatedReason(terminated: V1ContainerStateTerminated): string {
  if (terminated.reason) return terminated.reason;
  if (terminated.signal) return `Signal:${terminated.signal}`;
  return `ExitCode:${terminated.exitCode ?? 0}`;
}

/** A sidecar is an init container with restartPolicy Always. */
function isRestartableInitContainer(container: V1Container | undefined): boolean {
  return container?.restartPolicy === 'Always';
}

/** Any Ready=True condition counts, as in upstream hasPodReadyCondition. */
function hasReadyCondition(conditions: V1PodCondition[] | undefined): boolean {
  return (conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** Only the first Initialized condition is consulted, as in upstream isPodInitializedConditionTrue. */
function isInitialized(conditions: V1PodCondition[] | undefined): boolean {
  return (conditions ?? []).find((c) => c.type === 'Initialized')?.status === 'True';
}

/** Upstream only asks whether deletionTimestamp is non-nil; its value never matters. */
function isPresent(value: Date | string | null | undefined): boolean {
  return value !== undefined && value !== null && value !== '';
}

function emptyTally(): RestartTally {
  return { count: 0, lastMs: undefined };
}

/** Adds one container's restarts and keeps the newest last-termination time. */
function addRestarts(tally: RestartTally, status: V1ContainerStatus): void {
  tally.count += status.restartCount ?? 0;
  const finished = toTimestampMs(status.lastState?.terminated?.finishedAt);
  if (finished !== undefined && (tally.lastMs === undefined || finished > tally.lastMs)) tally.lastMs = finished;
}
