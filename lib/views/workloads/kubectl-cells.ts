import { age } from '../age';
import { jobDuration, lastScheduleText, type CronJobRow, type DaemonSetRow, type DeploymentRow, type JobRow, type ReplicaSetRow, type StatefulSetRow, type WorkloadResource, type WorkloadRowOf } from './rows';

/** The headers of `kubectl get <resource> -o wide`, in order (printers.go column definitions). */
export const KUBECTL_WIDE_COLUMNS: { readonly [R in WorkloadResource]: readonly string[] } = {
  deployments: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'],
  replicasets: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'],
  statefulsets: ['NAME', 'READY', 'AGE', 'CONTAINERS', 'IMAGES'],
  daemonsets: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'],
  jobs: ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'],
  cronjobs: ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'],
};

/** The columns whose text depends on when it is printed (relative times). */
export const TIME_COLUMNS: ReadonlySet<string> = new Set(['AGE', 'DURATION', 'LAST SCHEDULE']);

/**
 * A row's cells as `kubectl get <resource> -o wide` prints them at `now`,
 * in KUBECTL_WIDE_COLUMNS order: what the list shows, for comparing with kubectl.
 * @example kubectlWideCells('deployments', webRow, now) → ['web', '3/3', '3', '3', '16m', 'nginx', 'nginx:1.27', 'app=web']
 */
export function kubectlWideCells<R extends WorkloadResource>(resource: R, row: WorkloadRowOf[R], now: Date): string[] {
  const a = age(row.createdAt, now);
  switch (resource) {
    case 'deployments': {
      const r = row as DeploymentRow;
      return [r.name, r.ready, String(r.upToDate), String(r.available), a, r.containers, r.images, r.selector];
    }
    case 'replicasets': {
      const r = row as ReplicaSetRow;
      return [r.name, String(r.desired), String(r.current), String(r.ready), a, r.containers, r.images, r.selector];
    }
    case 'statefulsets': {
      const r = row as StatefulSetRow;
      return [r.name, r.ready, a, r.containers, r.images];
    }
    case 'daemonsets': {
      const r = row as DaemonSetRow;
      return [r.name, String(r.desired), String(r.current), String(r.ready), String(r.upToDate), String(r.available), r.nodeSelector, a, r.containers, r.images, r.selector];
    }
    case 'jobs': {
      const r = row as JobRow;
      return [r.name, r.status, r.completions, jobDuration(r, now), a, r.containers, r.images, r.selector];
    }
    default: {
      const r = row as CronJobRow;
      return [r.name, r.schedule, r.timeZone, r.suspend, String(r.active), lastScheduleText(r.lastScheduleAt, now), a, r.containers, r.images, r.selector];
    }
  }
}
