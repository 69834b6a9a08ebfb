import 'server-only';
import type { OwnedPodsModel, PodDetailModel, PodPageModel, PodRow, PodsPageModel } from '@/lib/contract';
import { readListSnapshot, readModelSnapshot } from '@/lib/k8s/query';
import { parseSubscriptionSpec } from '@/lib/k8s/subscriptions';
import { errorView } from '@/lib/views/error-view';
import { readNamespaceNames } from './namespaces';

/**
 * The Pods page's first paint: rows from the shared cache (or the error
 * that keeps this view from loading), and the namespaces for the selector.
 * With `owner` ('Deployment/web', from `?owner=`) the rows are that
 * workload's pods, resolved on the server through its ReplicaSets or Jobs.
 * @example await getPodsPage('kind-kind', 'default') → { context: 'kind-kind', namespace: 'default', rows: [...], count: 12, total: 12, complete: true, namespaces: ['default', …], owner: '', owned: null, error: null }
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
  const [pods, namespaces] = await Promise.all([readListSnapshot<PodRow>({ view: 'pods', context, namespace: ns }), readNamespaceNames(context, namespace ? [namespace] : [])]);
  const rows = pods.ok ? pods.items : [];
  const complete = pods.ok && pods.phase === 'synced';
  return { context, namespace, rows, count: rows.length, total: complete ? rows.length : null, complete, namespaces, owner, owned: null, error: pods.ok ? null : errorView(pods.error) };
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
