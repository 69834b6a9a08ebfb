import 'server-only';
import type { PodDetailModel, PodPageModel } from '@/lib/contract';
import { errorView } from '@/lib/views/error-view';
import { readModelSnapshot } from './query';
import { parseSubscriptionSpec } from './subscriptions';

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
  const r = await readModelSnapshot<PodDetailModel>(spec, 3000, ['pods']);
  return r.ok ? { ...base, model: r.model, error: null } : { ...base, model: null, error: errorView(r.error) };
}
