import 'server-only';
import type { ErrorInfoView } from '@/components/chrome/error-panel';
import type { PodDetailModel } from '@/lib/views/pod-detail';
import { errorView } from './pages';
import { readModelSnapshot } from './query';
import { parseViewSpec } from './subscriptions';

export interface PodPageModel {
  context: string;
  namespace: string;
  name: string;
  /** The first paint; null when the caches did not answer in time (the live model follows). */
  model: PodDetailModel | null;
  error: ErrorInfoView | null;
}

/**
 * The Pod page's first paint, built from the shared caches exactly as the
 * live stream will build it (the view's own sources and builder), or the
 * error that keeps the page from loading.
 * @example await getPodPage('kube-explain-sandbox', 'explain-demo', 'crash-loop')
 */
export async function getPodPage(context: string, namespace: string, name: string): Promise<PodPageModel> {
  const base = { context, namespace, name };
  const spec = parseViewSpec({ view: 'pod', context, namespace, name });
  if (!spec || spec.view !== 'pod') return { ...base, model: { found: false, namespace, name }, error: null };
  // Only the pods cache decides the page; events, nodes or Services it may not read count as empty.
  const r = await readModelSnapshot<PodDetailModel>(spec, 3000, ['pods']);
  return r.ok ? { ...base, model: r.model, error: null } : { ...base, model: null, error: errorView(r.error) };
}
