import Link from 'next/link';
import type { ReactNode } from 'react';
import type { CronJobRow, DaemonSetRow, DeploymentRow, JobRow, ReplicaSetRow, StatefulSetRow, WorkloadResource, WorkloadRow, WorkloadRowOf } from '@/lib/contract';
import type { Locale } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import { age } from '@/lib/views/age';
import { jobDuration, lastScheduleText } from '@/lib/views/workloads/rows';
import type { Column } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/pods/status-badge';

/** What a workload table's columns need from the page. */
export interface WorkloadColumnOptions {
  locale: Locale;
  now: Date;
  /** kubectl -o wide: CONTAINERS, IMAGES and (except StatefulSets) SELECTOR. */
  wide: boolean;
  /** All namespaces: a NAMESPACE column first, as kubectl get -A prints it. */
  allNamespaces: boolean;
  /** The row's own page. */
  href: (row: WorkloadRow) => string;
}

/** The URL of a workload's page: `/<context>/<resource>/<namespace>/<name>`. */
export function workloadHref(context: string, resource: WorkloadResource, row: { namespace: string; name: string }): string {
  return `/${encodeURIComponent(context)}/${resource}/${encodeURIComponent(row.namespace)}/${encodeURIComponent(row.name)}`;
}

const MONO = 'font-mono';

function num(id: string, header: string, cell: (r: never) => ReactNode): Column<never> {
  return { id, header, className: MONO, testId: `cell-${id}`, cell };
}

/** A kubectl value coloured by the row's health; the text is exactly kubectl's. */
function badge(text: string, row: WorkloadRow): ReactNode {
  return <StatusBadge status={text} severity={row.health} />;
}

function kindColumns<R extends WorkloadResource>(resource: R, o: WorkloadColumnOptions): Column<WorkloadRowOf[R]>[] {
  const L = (k: Parameters<typeof t>[1]) => t(o.locale, k);
  const ageCol: Column<WorkloadRow> = { id: 'age', header: L('col.age'), className: MONO, testId: 'cell-age', ticking: true, cell: (r) => age(r.createdAt, o.now) };
  let cols: Column<never>[];
  switch (resource) {
    case 'deployments':
      cols = [
        num('ready', L('col.ready'), (r: DeploymentRow) => (
          <span className="inline-flex items-center gap-1.5">
            {badge(r.ready, r)}
            {r.stalled && (
              <span data-note="" className="text-xs text-red-800 dark:text-red-300">
                {L('wl.stalled')}
              </span>
            )}
          </span>
        )),
        num('upToDate', L('col.upToDate'), (r: DeploymentRow) => r.upToDate),
        num('available', L('col.available'), (r: DeploymentRow) => r.available),
        ageCol,
      ];
      break;
    case 'replicasets':
      cols = [
        num('desired', L('col.desired'), (r: ReplicaSetRow) => r.desired),
        num('current', L('col.current'), (r: ReplicaSetRow) => r.current),
        num('ready', L('col.ready'), (r: ReplicaSetRow) => badge(String(r.ready), r)),
        ageCol,
      ];
      break;
    case 'statefulsets':
      cols = [num('ready', L('col.ready'), (r: StatefulSetRow) => badge(r.ready, r)), ageCol];
      break;
    case 'daemonsets':
      cols = [
        num('desired', L('col.desired'), (r: DaemonSetRow) => r.desired),
        num('current', L('col.current'), (r: DaemonSetRow) => r.current),
        num('ready', L('col.ready'), (r: DaemonSetRow) => badge(String(r.ready), r)),
        num('upToDate', L('col.upToDate'), (r: DaemonSetRow) => r.upToDate),
        num('available', L('col.available'), (r: DaemonSetRow) => r.available),
        num('nodeSelector', L('col.nodeSelector'), (r: DaemonSetRow) => r.nodeSelector),
        ageCol,
      ];
      break;
    case 'jobs':
      cols = [
        { id: 'status', header: L('col.status'), testId: 'cell-status', cell: (r: JobRow) => badge(r.status, r) },
        num('completions', L('col.completions'), (r: JobRow) => r.completions),
        { ...num('duration', L('col.duration'), (r: JobRow) => jobDuration(r, o.now)), ticking: true },
        ageCol,
      ];
      break;
    default:
      cols = [
        num('schedule', L('col.schedule'), (r: CronJobRow) => r.schedule),
        num('timezone', L('col.timezone'), (r: CronJobRow) => r.timeZone),
        num('suspend', L('col.suspend'), (r: CronJobRow) => badge(r.suspend, r)),
        num('active', L('col.active'), (r: CronJobRow) => r.active),
        { ...num('lastSchedule', L('col.lastSchedule'), (r: CronJobRow) => lastScheduleText(r.lastScheduleAt, o.now)), ticking: true },
        ageCol,
      ];
  }
  const wide: Column<never>[] = o.wide
    ? [
        num('containers', L('col.containers'), (r: WorkloadRow) => r.containers),
        { ...num('images', L('col.images'), (r: WorkloadRow) => r.images), className: `${MONO} break-all` },
        ...(resource === 'statefulsets' ? [] : [{ ...num('selector', L('col.selector'), (r: WorkloadRow) => ('selector' in r ? r.selector : '')), className: `${MONO} break-all` }]),
      ]
    : [];
  return [...cols, ...wide] as Column<WorkloadRowOf[R]>[];
}

/**
 * A workload list's columns in kubectl's order for `kubectl get <resource>`
 * (NAMESPACE first with all namespaces, as -A prints it; CONTAINERS, IMAGES,
 * SELECTOR with -o wide). Only AGE, DURATION and LAST SCHEDULE tick in the browser.
 */
export function workloadColumns<R extends WorkloadResource>(resource: R, o: WorkloadColumnOptions): Column<WorkloadRowOf[R]>[] {
  const name: Column<WorkloadRow> = {
    id: 'name',
    header: t(o.locale, 'col.name'),
    rowHeader: true,
    className: MONO,
    testId: 'cell-name',
    cell: (r) => <Link href={o.href(r)}>{r.name}</Link>,
  };
  const namespace: Column<WorkloadRow> = { id: 'namespace', header: t(o.locale, 'col.namespace'), className: 'text-zinc-600 dark:text-zinc-400', testId: 'cell-namespace', cell: (r) => r.namespace };
  return [...(o.allNamespaces ? [namespace] : []), name, ...kindColumns(resource, o)] as Column<WorkloadRowOf[R]>[];
}

/**
 * The one kubectl value a workload page shows beside its heading, with its
 * column name: READY for Deployments, StatefulSets, ReplicaSets and
 * DaemonSets (ready of desired), STATUS for Jobs, SUSPEND for CronJobs.
 */
export function WorkloadStatus({ resource, row, locale }: { resource: WorkloadResource; row: WorkloadRow; locale: Locale }) {
  let label = t(locale, 'col.ready');
  let text: string;
  switch (resource) {
    case 'deployments':
    case 'statefulsets':
      text = (row as DeploymentRow | StatefulSetRow).ready;
      break;
    case 'replicasets':
    case 'daemonsets': {
      const r = row as ReplicaSetRow | DaemonSetRow;
      text = `${r.ready}/${r.desired}`;
      break;
    }
    case 'jobs':
      label = t(locale, 'col.status');
      text = (row as JobRow).status;
      break;
    default:
      label = t(locale, 'col.suspend');
      text = (row as CronJobRow).suspend;
  }
  return (
    <span className="inline-flex items-center gap-1.5 text-sm" data-testid="workload-status">
      <span className="text-xs text-zinc-600 dark:text-zinc-400">{label}</span>
      {badge(text, row)}
      {resource === 'deployments' && (row as DeploymentRow).stalled && (
        <span data-note="" className="text-xs text-red-800 dark:text-red-300">
          {t(locale, 'wl.stalled')}
        </span>
      )}
    </span>
  );
}
