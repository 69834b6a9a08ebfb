import type { V1Pod } from '@kubernetes/client-node';
import { podColumns } from '../explain/pod-columns';
import { objectKey } from '../explain/object-key';
import { toIso } from '../explain/timestamps';

export type StatusSeverity = 'ok' | 'progress' | 'warning' | 'critical' | 'done';

/** One row of the live Pods table: exactly the columns it shows, nothing secret. */
export interface PodRow {
  uid: string;
  name: string;
  namespace: string;
  ready: string;
  status: string;
  severity: StatusSeverity;
  /** kubectl's RESTARTS text at `now`, e.g. "4 (2m ago)"; the browser re-ages it with restartsText. */
  restarts: string;
  /** podColumns' restartCount, carried unchanged. */
  restartCount: number;
  /** podColumns' lastRestartAt, carried unchanged. */
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

/**
 * Projects a pod to its table row. READY, STATUS and RESTARTS (text and values)
 * come from podColumns unchanged, so the row never disagrees with kubectl.
 * @example toPodRow(pod, new Date()).status === 'CrashLoopBackOff'
 */
export function toPodRow(pod: V1Pod, now: Date): PodRow {
  const cols = podColumns(pod, now);
  return {
    uid: objectKey(pod),
    name: pod.metadata?.name ?? '',
    namespace: pod.metadata?.namespace ?? '',
    ready: cols.ready,
    status: cols.status,
    severity: statusSeverity(cols.status, cols.ready),
    restarts: cols.restarts,
    restartCount: cols.restartCount,
    lastRestartAt: cols.lastRestartAt,
    createdAt: toIso(pod.metadata?.creationTimestamp),
    node: pod.spec?.nodeName ?? '<none>',
    ip: pod.status?.podIP ?? '<none>',
  };
}
