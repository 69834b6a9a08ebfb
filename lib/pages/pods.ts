import 'server-only';
import { FIRST_PAINT_ROWS, type OwnedPodsModel, type PodDetailModel, type PodPageModel, type PodRow, type PodsPageModel } from '@/lib/contract';
import { readListSnapshot, readModelSnapshot } from '@/lib/k8s/query';
import { parseSubscriptionSpec } from '@/lib/k8s/subscriptions';
import { errorView } from '@/lib/views/error-view';
import { readNamespaceNames } from './namespaces';

/**
 * The Pods page's first paint: the first screen of rows (FIRST_PAINT_ROWS,
 * by namespace and name) from the shared cache as soon as it has a first
 * list page — never the whole list, which the live subscription brings —
 * with how many rows there are so far, the apiserver's estimate of the whole
 * and whether the list is complete (or the error that keeps this view from
 * loading), and the namespaces for the selector.
 * With `owner` ('Deployment/web', from `?owner=`) the rows are that
 * workload's pods, resolved on the server through its ReplicaSets or Jobs.
 * @example await getPodsPage('kind-kind', 'default') → { context: 'kind-kind', namespace: 'default', rows: [first 100], count: 2500, total: 30000, complete: false, namespaces: ['default', …], owner: '', owned: null, error: null }
 * @example (await getPodsPage('kind-kind', 'default', 'Deployment/web')).owned?.through → [{ namespace: 'default', name: 'web-569b4d9d45' }]
 */
export async function getPodsPage(context: string, namespace: string, owner = ''): Promise<PodsPageModel> {
  const ns = namespace || undefined;
  const ownedSpec = owner ? parseSubscriptionSpec({ view: 'owned-pods', context, namespace: ns, owner }) : null;
  if (ownedSpec) {
    const [owned, namespaces] = await Promise.all([readModelSnapshot<OwnedPodsModel>(ownedSpec, { required: ['pods'] }), readNamespaceNames(context, namespace ? [namespace] : [])]);
    const model = owned.ok ? owned.model : null;
    const rows = model?.rows ?? [];
    return { context, namespace, rows, count: rows.length, total: model ? rows.length : null, complete: model !== null, namespaces, owner, owned: model, error: owned.ok ? null : errorView(owned.error) };
  }
  // The first screen only, as soon as the cache has a first page: the live subscription brings every row.
  const [pods, namespaces] = await Promise.all([readListSnapshot<PodRow>({ view: 'pods', context, namespace: ns }, { firstPage: true, limit: FIRST_PAINT_ROWS }), readNamespaceNames(context, namespace ? [namespace] : [])]);
  if (!pods.ok) return { context, namespace, rows: [], count: 0, total: null, complete: false, namespaces, owner, owned: null, error: errorView(pods.error) };
  const complete = pods.phase === 'synced';
  return { context, namespace, rows: pods.items, count: pods.count, total: complete ? pods.count : (pods.total ?? null), complete, namespaces, owner, owned: null, error: null };
}

/**
 * The Pod page's first paint, built from the shared caches exactly as the
 * live stream will build it (the view's own sources and builder), or the
 * error that keeps the page from loading.
 * @example await getPodPage('kube-explain-sandbox', 'explain-demo', 'crash-loop')
 */
export async function getPodPage(context: string, namespace: string, name: string): Promise<PodPageModel> {
  const base = { context, namespace, name };
  const spec = parseSubscriptionSpec({ view: 'pod', context, namespace, name });
  if (!spec || spec.view !== 'pod') return { ...base, model: { found: false, namespace, name }, error: null };
  // Only the pods cache decides the page; events, nodes or Services it may not read count as empty.
  const r = await readModelSnapshot<PodDetailModel>(spec, { required: ['pods'] });
  return r.ok ? { ...base, model: r.model, error: null } : { ...base, model: null, error: errorView(r.error) };
}
