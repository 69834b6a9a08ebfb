/**
 * The workload views' browser contract: the subscriptions the Workloads
 * pages may ask for and each page's first-paint model. Rows and detail
 * models are built by lib/views/workloads and typed there.
 */
import type { ErrorInfoView } from './error';
import type { WorkloadResource, WorkloadRowOf } from '@/lib/views/workloads/rows';
import type { DeploymentDetailModel } from '@/lib/views/workloads/deployment-detail';
import type { ReplicaSetDetailModel } from '@/lib/views/workloads/replicaset-detail';
import type { StatefulSetDetailModel } from '@/lib/views/workloads/statefulset-detail';
import type { DaemonSetDetailModel } from '@/lib/views/workloads/daemonset-detail';
import type { JobDetailModel } from '@/lib/views/workloads/job-detail';
import type { CronJobDetailModel } from '@/lib/views/workloads/cronjob-detail';

/** A workload list view is named after its kubectl resource: 'deployments', 'replicasets', … */
export type WorkloadListView = WorkloadResource;

/** A workload detail view is the singular of its resource: 'deployment', 'replicaset', … */
export type WorkloadDetailView = 'deployment' | 'replicaset' | 'statefulset' | 'daemonset' | 'job' | 'cronjob';

/** Each list view's detail view. */
export const WORKLOAD_DETAIL_VIEW: Readonly<Record<WorkloadListView, WorkloadDetailView>> = {
  deployments: 'deployment',
  replicasets: 'replicaset',
  statefulsets: 'statefulset',
  daemonsets: 'daemonset',
  jobs: 'job',
  cronjobs: 'cronjob',
};

/** One member per view (distributed), so `Extract<SubscriptionSpec, { view: 'jobs' }>` narrows. */
type ListSpec<V extends WorkloadListView> = V extends WorkloadListView ? { view: V; context?: string; namespace?: string } : never;
type DetailSpec<V extends WorkloadDetailView> = V extends WorkloadDetailView ? { view: V; context?: string; namespace: string; name: string } : never;

/** The workload subscriptions: a list (all namespaces without one) or one object. */
export type WorkloadSubscriptionSpec = ListSpec<WorkloadListView> | DetailSpec<WorkloadDetailView>;

/** Each detail view's live model. */
export interface WorkloadDetailModelOf {
  deployment: DeploymentDetailModel;
  replicaset: ReplicaSetDetailModel;
  statefulset: StatefulSetDetailModel;
  daemonset: DaemonSetDetailModel;
  job: JobDetailModel;
  cronjob: CronJobDetailModel;
}

/** A workload list page's first paint: kubectl rows of one kind, the namespace selector's choices, or the error. */
export interface WorkloadListPageModel<R extends WorkloadListView = WorkloadListView> {
  context: string;
  resource: R;
  /** '' is all namespaces. */
  namespace: string;
  namespaces: string[];
  rows: WorkloadRowOf[R][];
  error: ErrorInfoView | null;
}

/** A workload detail page's first paint: the live model as the stream will send it (null when the caches did not answer in time), or the error. */
export interface WorkloadDetailPageModel<V extends WorkloadDetailView = WorkloadDetailView> {
  context: string;
  view: V;
  namespace: string;
  name: string;
  initial: WorkloadDetailModelOf[V] | null;
  error: ErrorInfoView | null;
}
