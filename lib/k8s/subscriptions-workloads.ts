import 'server-only';
import type { LiveKey } from './live';
import type { KubeObject } from './watch-cache';
import type { WorkloadDetailModelOf, WorkloadDetailView, WorkloadListView, WorkloadSubscriptionSpec } from '@/lib/contract';
import { WORKLOAD_DETAIL_VIEW } from '@/lib/contract';
import { WORKLOAD_RESOURCES, WORKLOAD_ROW, type WorkloadResource } from '../views/workloads/rows';
import type { WorkloadId } from '../views/workloads/detail';
import { buildDeploymentDetail, type DeploymentDetailInputs } from '../views/workloads/deployment-detail';
import { buildReplicaSetDetail, type ReplicaSetDetailInputs } from '../views/workloads/replicaset-detail';
import { buildStatefulSetDetail, type StatefulSetDetailInputs } from '../views/workloads/statefulset-detail';
import { buildDaemonSetDetail, type DaemonSetDetailInputs } from '../views/workloads/daemonset-detail';
import { buildJobDetail, type JobDetailInputs } from '../views/workloads/job-detail';
import { buildCronJobDetail, type CronJobDetailInputs } from '../views/workloads/cronjob-detail';
import type { SubscriptionDefinition } from './subscriptions';

/*
 * The workload views of the subscription registry (subscriptions.ts
 * delegates here). A detail page's engineer changes only the kind's entry in
 * DETAIL below: the caches it reads (`sources`, each in the object's
 * namespace unless it says otherwise) and its builder in lib/views/workloads.
 */

/** One detail view: the caches it reads, by input name, and how they become its model. */
interface DetailEntry<V extends WorkloadDetailView> {
  sources: (context: string | undefined, namespace: string) => Record<string, LiveKey>;
  build: (inputs: Record<string, KubeObject[]>, now: Date, id: WorkloadId) => WorkloadDetailModelOf[V];
}

/** Typed access to a view's inputs (the keys are the entry's own `sources`). */
function inputsAs<T>(inputs: Record<string, KubeObject[]>): T {
  return inputs as unknown as T;
}

/** Caches in one namespace, by resource name: `inNamespace(ctx, ns, 'pods')` → { pods: { context, resource: 'pods', namespace } }. */
function inNamespace<R extends LiveKey['resource']>(context: string | undefined, namespace: string, ...resources: R[]): Record<R, LiveKey> {
  return Object.fromEntries(resources.map((resource) => [resource, { context, resource, namespace }])) as unknown as Record<R, LiveKey>;
}

const DETAIL: { readonly [V in WorkloadDetailView]: DetailEntry<V> } = {
  deployment: {
    sources: (context, ns) => inNamespace(context, ns, 'deployments', 'replicasets', 'pods', 'events', 'horizontalpodautoscalers'),
    build: (inputs, now, id) => buildDeploymentDetail(inputsAs<DeploymentDetailInputs>(inputs), now, id),
  },
  replicaset: {
    sources: (context, ns) => inNamespace(context, ns, 'replicasets', 'pods', 'events'),
    build: (inputs, now, id) => buildReplicaSetDetail(inputsAs<ReplicaSetDetailInputs>(inputs), now, id),
  },
  statefulset: {
    sources: (context, ns) => inNamespace(context, ns, 'statefulsets', 'pods', 'services', 'persistentvolumeclaims', 'events'),
    build: (inputs, now, id) => buildStatefulSetDetail(inputsAs<StatefulSetDetailInputs>(inputs), now, id),
  },
  daemonset: {
    sources: (context, ns) => ({ ...inNamespace(context, ns, 'daemonsets', 'pods'), nodes: { context, resource: 'nodes' } }),
    build: (inputs, now, id) => buildDaemonSetDetail(inputsAs<DaemonSetDetailInputs>(inputs), now, id),
  },
  job: {
    sources: (context, ns) => inNamespace(context, ns, 'jobs', 'pods', 'events'),
    build: (inputs, now, id) => buildJobDetail(inputsAs<JobDetailInputs>(inputs), now, id),
  },
  cronjob: {
    sources: (context, ns) => inNamespace(context, ns, 'cronjobs', 'jobs', 'events'),
    build: (inputs, now, id) => buildCronJobDetail(inputsAs<CronJobDetailInputs>(inputs), now, id),
  },
};

/**
 * The input of each detail view whose failure is the page's failure (the
 * object's own kind); the others count as empty when they cannot be read,
 * so a user who may read Deployments but not events still sees the page.
 * @example DETAIL_REQUIRED.replicaset // ['replicasets']
 */
export const DETAIL_REQUIRED: { readonly [V in WorkloadDetailView]: readonly string[] } = Object.fromEntries(
  WORKLOAD_RESOURCES.map((r) => [WORKLOAD_DETAIL_VIEW[r], [r]]),
) as unknown as { [V in WorkloadDetailView]: readonly string[] };

function isListView(view: string): view is WorkloadListView {
  return (WORKLOAD_RESOURCES as readonly string[]).includes(view);
}

const DETAIL_VIEWS = new Set<string>(Object.values(WORKLOAD_DETAIL_VIEW));
function isDetailView(view: string): view is WorkloadDetailView {
  return DETAIL_VIEWS.has(view);
}

/**
 * A list view reads one cache and projects each object to its kubectl row
 * (lib/views/workloads/rows.ts): only rows cross to the browser. A detail
 * view reads its entry's caches and builds its model.
 * @example resolveWorkloadSubscription({ view: 'deployments', namespace: 'explain-demo' }) → { kind: 'list', source: { resource: 'deployments', namespace: 'explain-demo' }, … }
 */
export function resolveWorkloadSubscription(spec: WorkloadSubscriptionSpec): SubscriptionDefinition {
  const context = spec.context;
  if ('name' in spec) {
    const entry = DETAIL[spec.view] as DetailEntry<WorkloadDetailView>;
    const id = { namespace: spec.namespace, name: spec.name };
    return { kind: 'model', sources: entry.sources(context, spec.namespace), build: (inputs, now) => entry.build(inputs, now, id) };
  }
  const resource: WorkloadResource = spec.view;
  const project = WORKLOAD_ROW[resource] as (o: KubeObject, now: Date) => ReturnType<(typeof WORKLOAD_ROW)[WorkloadResource]>;
  return { kind: 'list', source: { context, resource, namespace: spec.namespace || undefined }, filter: () => true, project };
}

/**
 * The workload part of parseSubscriptionSpec: `fields` are the request's
 * already validated context and namespace, and its name if it had a valid
 * one. Detail views need both a namespace and a name; null for a view that
 * is not a workload view or lacks them.
 * @example parseWorkloadSubscriptionSpec('replicaset', { context: undefined, namespace: 'explain-demo', name: 'web-569b4d9d45' }) → { view: 'replicaset', context: undefined, namespace: 'explain-demo', name: 'web-569b4d9d45' }
 */
export function parseWorkloadSubscriptionSpec(
  view: unknown,
  fields: { context: string | undefined; namespace: string | undefined; name: string | undefined },
): WorkloadSubscriptionSpec | null {
  if (typeof view !== 'string') return null;
  const { context, namespace, name } = fields;
  if (isListView(view)) return { view, context, namespace };
  if (isDetailView(view)) return namespace && name ? { view, context, namespace, name } : null;
  return null;
}
