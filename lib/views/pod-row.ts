import type { V1Pod } from '@kubernetes/client-node';
import { podColumns } from '../explain/pod-columns';
import { toTimestampMs } from '../explain/human-duration';

export type StatusSeverity = 'ok' | 'progress' | 'warning' | 'critical' | 'done';

/** One row of the live Pods table: exactly the columns it shows, nothing secret. */
export interface PodRow {
  uid: string;
  name: string;
  namespace: string;
  ready: string;
  status: string;
  severity: StatusSeverity;
  /** kubectl's RESTARTS text at `now`, e.g. "4 (2m ago)"; the client re-ages it from lastRestartAt. */
  restarts: string;
  restartCount: number;
  lastRestartAt: string | null;
  createdAt: string | null;
  node: string;
  ip: string;
}

const CRITICAL = /^(CrashLoopBackOff|Error|OOMKilled|ImagePullBackOff|ErrImagePull|InvalidImageName|ErrImageNeverPull|CreateContainerConfigError|CreateContainerError|RunContainerError|StartError|Evicted|Failed|ContainerStatusUnknown|Unknown|Init:(?!\d))|^(Signal|ExitCode):/;
const PROGRESS = /^(Pending|ContainerCreating|PodInitializing|Terminating|Init:\d+\/\d+|SchedulingGated)$/;

/**
 * How alarming a kubectl STATUS is, for the badge colour.
 * @example statusSeverity('CrashLoopBackOff') → 'critical'; statusSeverity('Init:1/2') → 'progress'
 */
export function statusSeverity(status: string, ready: string): StatusSeverity {
  if (CRITICAL.test(status)) return 'critical';
  if (status === 'Completed' || status === 'Succeeded') return 'done';
  if (PROGRESS.test(status)) return 'progress';
  if (status === 'Running') {
    const [r, t] = ready.split('/');
    return r === t ? 'ok' : 'warning';
  }
  if (status === 'NotReady') return 'warning';
  return 'warning';
}

/** The latest container termination time, which kubectl's RESTARTS column ages. */
function lastRestartAt(pod: V1Pod): string | null {
  let best: number | null = null;
  for (const cs of [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])]) {
    const t = toTimestampMs(cs.lastState?.terminated?.finishedAt);
    if (t !== undefined && (best === null || t > best)) best = t;
  }
  return best === null ? null : new Date(best).toISOString();
}

/**
 * Projects a pod to its table row.
 * @example toPodRow(pod, new Date()).status === 'CrashLoopBackOff'
 */
export function toPodRow(pod: V1Pod, now: Date): PodRow {
  const cols = podColumns(pod, now);
  const created = toTimestampMs(pod.metadata?.creationTimestamp);
  return {
    uid: pod.metadata?.uid ?? `${pod.metadata?.namespace}/${pod.metadata?.name}`,
    name: pod.metadata?.name ?? '',
    namespace: pod.metadata?.namespace ?? '',
    ready: cols.ready,
    status: cols.status,
    severity: statusSeverity(cols.status, cols.ready),
    restarts: cols.restarts,
    restartCount: Number.parseInt(cols.restarts, 10) || 0,
    lastRestartAt: lastRestartAt(pod),
    createdAt: created === undefined ? null : new Date(created).toISOString(),
    node: pod.spec?.nodeName ?? '<none>',
    ip: pod.status?.podIP ?? '<none>',
  };
}
