import 'server-only';
import type { PodDetailModel, PodPageModel, PodRow, PodsPageModel } from '@/lib/contract';
import { readListSnapshot, readModelSnapshot } from '@/lib/k8s/query';
import { parseSubscriptionSpec } from '@/lib/k8s/subscriptions';
import { errorView } from '@/lib/views/error-view';
import { readNamespaceNames } from './namespaces';

/**
 * The Pods page's first paint: rows from the shared cache (or the error
 * that keeps this view from loading), and the namespaces for the selector.
 * @example await getPodsPage('kind-kind', 'default') → { context: 'kind-kind', namespace: 'default', rows: [...], namespaces: ['default', …], error: null }
 */
export async function getPodsPage(context: string, namespace: string): Promise<PodsPageModel> {
  const [pods, namespaces] = await Promise.all([
    readListSnapshot<PodRow>({ view: 'pods', context, namespace: namespace || undefined }),
    readNamespaceNames(context, namespace ? [namespace] : []),
  ]);
  return { context, namespace, rows: pods.ok ? pods.items : [], namespaces, error: pods.ok ? null : errorView(pods.error) };
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
