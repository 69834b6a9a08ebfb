import 'server-only';
import type { StorageDetailModelOf, StorageDetailPageModel, StorageDetailView, StorageListPageModel, StorageListView, StorageRowOf } from '@/lib/contract';
import { readListSnapshot, readModelSnapshot } from '@/lib/k8s/query';
import { parseSubscriptionSpec } from '@/lib/k8s/subscriptions';
import { STORAGE_DETAIL_REQUIRED } from '@/lib/k8s/subscriptions-storage';
import { errorView } from '@/lib/views/error-view';
import { CLUSTER_SCOPED_STORAGE } from '@/lib/views/storage/rows';
import { readNamespaceNames } from './namespaces';

/**
 * A storage list page's first paint: the kind's kubectl rows from the shared
 * cache (or the error that keeps the list from loading) and, for the
 * namespaced kinds, the namespaces for the selector. `namespace` '' is all
 * namespaces; the cluster-scoped kinds ignore it.
 * @example await getStorageListPage('kind-kind', 'persistentvolumeclaims', 'default') → { resource: 'persistentvolumeclaims', namespace: 'default', rows: [{ name: 'data', status: 'Bound', … }], namespaces: [...], error: null, … }
 */
export async function getStorageListPage<R extends StorageListView>(context: string, resource: R, namespace: string): Promise<StorageListPageModel<R>> {
  const clusterScoped = CLUSTER_SCOPED_STORAGE.has(resource);
  const ns = clusterScoped ? '' : namespace;
  const spec = parseSubscriptionSpec({ view: resource, context, namespace: ns });
  const [rows, namespaces] = await Promise.all([
    // A malformed namespace from the URL lists nothing rather than every namespace.
    spec ? readListSnapshot<StorageRowOf[R]>(spec) : Promise.resolve({ ok: true as const, items: [] }),
    clusterScoped ? Promise.resolve([]) : readNamespaceNames(context, ns ? [ns] : []),
  ]);
  return { context, resource, namespace: ns, namespaces, rows: rows.ok ? rows.items : [], error: rows.ok ? null : errorView(rows.error) };
}

/**
 * A storage detail page's first paint: the live model built from the shared
 * caches exactly as the stream will build it (null when they did not answer
 * in time), or the error. Only the object's own kind decides the page.
 * `namespace` is '' for PersistentVolumes and StorageClasses.
 * @example await getStorageDetailPage('kind-kind', 'persistentvolume', '', 'pv-1') → { view: 'persistentvolume', initial: { found: true, row: …, explanation: … }, error: null, … }
 */
export async function getStorageDetailPage<V extends StorageDetailView>(context: string, view: V, namespace: string, name: string): Promise<StorageDetailPageModel<V>> {
  const base = { context, view, namespace, name };
  const spec = parseSubscriptionSpec({ view, context, namespace: namespace || undefined, name });
  // A name or namespace the API could never hold: nothing to find.
  if (!spec) return { ...base, initial: { found: false, namespace, name } as StorageDetailModelOf[V], error: null };
  const r = await readModelSnapshot<StorageDetailModelOf[V]>(spec, { required: STORAGE_DETAIL_REQUIRED[view] });
  return r.ok ? { ...base, initial: r.model, error: null } : { ...base, initial: null, error: errorView(r.error) };
}
