import type { V1CronJob, V1DaemonSet, V1Deployment, V1Job, V1ReplicaSet, V1StatefulSet } from '@kubernetes/client-node';
import { objectKey } from '../../explain/object-key';
import { humanDuration } from '../../explain/human-duration';
import { toIso } from '../../explain/timestamps';
import { age } from '../age';
import { cronJobColumns, type CronJobColumns } from '../../explain/workloads/cronjob-columns';
import { daemonSetColumns, type DaemonSetColumns } from '../../explain/workloads/daemonset-columns';
import { deploymentColumns, type DeploymentColumns } from '../../explain/workloads/deployment-columns';
import { jobColumns, type JobColumns, type JobStatusColumn } from '../../explain/workloads/job-columns';
import { replicaSetColumns, type ReplicaSetColumns } from '../../explain/workloads/replicaset-columns';
import { statefulSetColumns, type StatefulSetColumns } from '../../explain/workloads/statefulset-columns';
import type { StatusSeverity } from '../pod-row';

/**
 * The workload kinds by their kubectl resource names, which are also their
 * routes (`/<context>/deployments`) and their list views' names.
 */
export const WORKLOAD_RESOURCES = ['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'] as const;
export type WorkloadResource = (typeof WORKLOAD_RESOURCES)[number];

/** The Kind of each workload resource, as ownerReferences and `?owner=` name it. */
export const WORKLOAD_KIND: Readonly<Record<WorkloadResource, 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob'>> = {
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  statefulsets: 'StatefulSet',
  daemonsets: 'DaemonSet',
  jobs: 'Job',
  cronjobs: 'CronJob',
};

/** What every workload row has besides its kubectl columns: identity and how it is doing (the badge colour). */
interface RowIdentity {
  /** objectKey: the row's stable key in the live list. */
  uid: string;
  namespace: string;
  /** How the row is doing, from the same fields kubectl prints (colour only; the text carries the meaning). */
  health: StatusSeverity;
}

export type DeploymentRow = RowIdentity & DeploymentColumns & { /** Progressing is False: the rollout passed progressDeadlineSeconds. */ stalled: boolean };
export type ReplicaSetRow = RowIdentity & ReplicaSetColumns;
export type StatefulSetRow = RowIdentity & StatefulSetColumns;
export type DaemonSetRow = RowIdentity & DaemonSetColumns;
export type JobRow = RowIdentity & JobColumns & {
  /** status.startTime and status.completionTime: the browser ticks DURATION from them while the Job runs. */
  startedAt: string | null;
  completedAt: string | null;
};
export type CronJobRow = RowIdentity & CronJobColumns;

/** The row type of each workload list view. */
export interface WorkloadRowOf {
  deployments: DeploymentRow;
  replicasets: ReplicaSetRow;
  statefulsets: StatefulSetRow;
  daemonsets: DaemonSetRow;
  jobs: JobRow;
  cronjobs: CronJobRow;
}
export type WorkloadRow = WorkloadRowOf[WorkloadResource];

function identity(obj: { metadata?: { uid?: string; name?: string; namespace?: string } }, health: StatusSeverity): RowIdentity {
  return { uid: objectKey(obj), namespace: obj.metadata?.namespace ?? '', health };
}

/** Counts that have reached what was asked are ok, fewer are progress (the controller is working on it). */
function countsHealth(reached: boolean): StatusSeverity {
  return reached ? 'ok' : 'progress';
}

/**
 * A Deployment's row: printDeployment's columns. Critical when the
 * controller gave up (Progressing False, i.e. ProgressDeadlineExceeded), ok
 * when ready, up-to-date and available all equal spec.replicas, else in progress.
 * @example toDeploymentRow(web, now) → { uid: '…', namespace: 'explain-demo', name: 'web', ready: '3/3', upToDate: 3, available: 3, health: 'ok', stalled: false, … }
 */
export function toDeploymentRow(deployment: V1Deployment, now: Date): DeploymentRow {
  const cols = deploymentColumns(deployment, now);
  const stalled = deployment.status?.conditions?.some((c) => c.type === 'Progressing' && c.status === 'False') ?? false;
  const want = cols.desiredReplicas;
  const health = stalled ? 'critical' : countsHealth(cols.readyReplicas === want && cols.upToDate === want && cols.available === want);
  return { ...identity(deployment, health), ...cols, stalled };
}

/**
 * A ReplicaSet's row: printReplicaSet's columns; ok when READY equals DESIRED.
 * @example toReplicaSetRow(rs, now) → { name: 'web-569b4d9d45', desired: 3, current: 3, ready: 3, health: 'ok', … }
 */
export function toReplicaSetRow(replicaSet: V1ReplicaSet, now: Date): ReplicaSetRow {
  const cols = replicaSetColumns(replicaSet, now);
  return { ...identity(replicaSet, countsHealth(cols.ready === cols.desired && cols.current === cols.desired)), ...cols };
}

/**
 * A StatefulSet's row: printStatefulSet's columns; ok when every replica is ready.
 * @example toStatefulSetRow(db, now) → { name: 'db', ready: '3/3', health: 'ok', … }
 */
export function toStatefulSetRow(statefulSet: V1StatefulSet, now: Date): StatefulSetRow {
  const cols = statefulSetColumns(statefulSet, now);
  return { ...identity(statefulSet, countsHealth(cols.readyReplicas === cols.desiredReplicas)), ...cols };
}

/**
 * A DaemonSet's row: printDaemonSet's columns; ok when every desired pod is
 * scheduled, ready, up to date and available.
 * @example toDaemonSetRow(nodeAgent, now) → { name: 'node-agent', desired: 2, ready: 2, health: 'ok', … }
 */
export function toDaemonSetRow(daemonSet: V1DaemonSet, now: Date): DaemonSetRow {
  const cols = daemonSetColumns(daemonSet, now);
  const d = cols.desired;
  return { ...identity(daemonSet, countsHealth(cols.current === d && cols.ready === d && cols.upToDate === d && cols.available === d)), ...cols };
}

const JOB_HEALTH: Readonly<Record<JobStatusColumn, StatusSeverity>> = {
  Complete: 'done',
  SuccessCriteriaMet: 'done',
  Failed: 'critical',
  FailureTarget: 'critical',
  Suspended: 'warning',
  Terminating: 'progress',
  Running: 'progress',
};

/**
 * A Job's row: printJob's columns; the colour follows STATUS (Complete done,
 * Failed critical, Suspended warning, Running in progress).
 * @example toJobRow(failingJob, now) → { name: 'failing-job', status: 'Failed', completions: '0/1', health: 'critical', … }
 */
export function toJobRow(job: V1Job, now: Date): JobRow {
  const cols = jobColumns(job, now);
  return { ...identity(job, JOB_HEALTH[cols.status]), ...cols, startedAt: toIso(job.status?.startTime), completedAt: toIso(job.status?.completionTime) };
}

/**
 * A CronJob's row: printCronJob's columns; a suspended CronJob is a warning
 * (it schedules nothing), otherwise ok.
 * @example toCronJobRow(everyMinute, now) → { name: 'every-minute', schedule: '* * * * *', suspend: 'False', health: 'ok', … }
 */
export function toCronJobRow(cronJob: V1CronJob, now: Date): CronJobRow {
  const cols = cronJobColumns(cronJob, now);
  return { ...identity(cronJob, cols.suspend === 'True' ? 'warning' : 'ok'), ...cols };
}

/** Each workload resource's row projection, for the subscription registry and the first paint. */
export const WORKLOAD_ROW: { readonly [R in WorkloadResource]: (obj: never, now: Date) => WorkloadRowOf[R] } = {
  deployments: toDeploymentRow,
  replicasets: toReplicaSetRow,
  statefulsets: toStatefulSetRow,
  daemonsets: toDaemonSetRow,
  jobs: toJobRow,
  cronjobs: toCronJobRow,
};

/**
 * Rows in kubectl's order (namespace, then name) narrowed by a text filter:
 * a case-insensitive substring of "namespace/name".
 * @example filterWorkloadRows(rows, 'web') → the rows whose namespace/name contains "web", sorted
 */
export function filterWorkloadRows<R extends { namespace: string; name: string }>(rows: readonly R[], text: string): R[] {
  const q = text.trim().toLowerCase();
  return rows
    .filter((r) => !q || `${r.namespace}/${r.name}`.toLowerCase().includes(q))
    .sort((a, b) => (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * A Job's DURATION at `now`, as printJob computes it: start to completion,
 * or start to now while it runs; '' before it starts. The browser ticks it.
 * @example jobDuration({ startedAt: '2026-12-03T13:10:04Z', completedAt: null }, new Date('2026-12-03T13:10:50Z')) → '46s'
 */
export function jobDuration(row: { startedAt: string | null; completedAt: string | null }, now: Date): string {
  if (!row.startedAt) return '';
  const start = Date.parse(row.startedAt);
  const end = row.completedAt ? Date.parse(row.completedAt) : now.getTime();
  return humanDuration(end - start);
}

/**
 * A CronJob's LAST SCHEDULE at `now`: the age of lastScheduleTime, '<none>' before its first run.
 * @example lastScheduleText('2026-12-03T13:26:00Z', new Date('2026-12-03T13:26:17Z')) → '17s'
 */
export function lastScheduleText(lastScheduleAt: string | null, now: Date): string {
  return lastScheduleAt ? age(lastScheduleAt, now) : '<none>';
}
