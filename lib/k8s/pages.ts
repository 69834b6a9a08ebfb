import 'server-only';
import type { ContextShell, NamespaceRow, PodRow, PodsPageModel } from '@/lib/contract';
import { listContexts, readListSnapshot } from './query';
import { errorView } from '@/lib/views/error-view';

/**
 * What every cluster page's frame needs: the context list for the switcher,
 * and a kubeconfig-level error (missing, malformed, unknown context) if any.
 * @example getContextShell('kind-kind')
 */
export function getContextShell(context: string): ContextShell {
  const r = listContexts();
  if (!r.ok) return { context, contexts: [], error: errorView(r.error) };
  const contexts = r.contexts.map((c) => ({ name: c.name, server: c.server }));
  if (!contexts.some((c) => c.name === context)) {
    return {
      context,
      contexts,
      error: { kind: 'unknown', message: `context "${context}" is not in the kubeconfig`, fix: { id: 'fix.kubeconfig.contextNotFound', params: { context } } },
    };
  }
  return { context, contexts, error: null };
}

/**
 * The Pods page's first paint: rows from the shared cache (or the error
 * that keeps this view from loading), and the namespaces for the selector.
 */
export async function getPodsPage(context: string, namespace: string): Promise<PodsPageModel> {
  const [pods, nss] = await Promise.all([
    readListSnapshot<PodRow>({ view: 'pods', context, namespace: namespace || undefined }, 3000),
    readListSnapshot<NamespaceRow>({ view: 'namespaces', context }, 3000),
  ]);
  return {
    context,
    namespace,
    rows: pods.ok ? pods.items : [],
    namespaces: nss.ok ? nss.items.map((n) => n.name).sort() : namespace ? [namespace] : [],
    error: pods.ok ? null : errorView(pods.error),
  };
}
