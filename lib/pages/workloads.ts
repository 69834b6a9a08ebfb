import 'server-only';
import type { WorkloadDetailModelOf, WorkloadDetailPageModel, WorkloadDetailView, WorkloadListPageModel, WorkloadListView, WorkloadRowOf } from '@/lib/contract';
import { readListSnapshot, readModelSnapshot } from '@/lib/k8s/query';
import { parseSubscriptionSpec } from '@/lib/k8s/subscriptions';
import { DETAIL_REQUIRED } from '@/lib/k8s/subscriptions-workloads';
import { errorView } from '@/lib/views/error-view';
import { readNamespaceNames } from './namespaces';

/**
 * A workload list page's first paint: the kind's kubectl rows from the
 * shared cache (or the error that keeps the list from loading), and the
 * namespaces for the selector. `namespace` '' is all namespaces.
 * @example await getWorkloadListPage('kind-kind', 'deployments', 'kube-system') → { resource: 'deployments', namespace: 'kube-system', rows: [{ name: 'coredns', ready: '2/2', … }], namespaces: [...], error: null, … }
 */
export async function getWorkloadListPage<R extends WorkloadListView>(context: string, resource: R, namespace: string): Promise<WorkloadListPageModel<R>> {
  const spec = parseSubscriptionSpec({ view: resource, context, namespace });
  const [rows, namespaces] = await Promise.all([
    // A malformed namespace from the URL lists nothing rather than every namespace.
    spec ? readListSnapshot<WorkloadRowOf[R]>(spec) : Promise.resolve({ ok: true as const, items: [] }),
    readNamespaceNames(context, namespace ? [namespace] : []),
  ]);
  return { context, resource, namespace, namespaces, rows: rows.ok ? rows.items : [], error: rows.ok ? null : errorView(rows.error) };
}

/**
 * A workload detail page's first paint: the live model built from the
 * shared caches exactly as the stream will build it (null when they did not
 * answer in time), or the error. Only the object's own kind decides the
 * page; pods, events and the rest count as empty when they cannot be read.
 * @example await getWorkloadDetailPage('kind-kind', 'replicaset', 'default', 'web-569b4d9d45') → { view: 'replicaset', initial: { found: true, row: …, explanation: … }, error: null, … }
 */
export async function getWorkloadDetailPage<V extends WorkloadDetailView>(context: string, view: V, namespace: string, name: string): Promise<WorkloadDetailPageModel<V>> {
  const base = { context, view, namespace, name };
  const spec = parseSubscriptionSpec({ view, context, namespace, name });
  // A name or namespace the API could never hold: nothing to find.
  if (!spec) return { ...base, initial: { found: false, namespace, name } as WorkloadDetailModelOf[V], error: null };
  const r = await readModelSnapshot<WorkloadDetailModelOf[V]>(spec, { required: DETAIL_REQUIRED[view] });
  return r.ok ? { ...base, initial: r.model, error: null } : { ...base, initial: null, error: errorView(r.error) };
}
