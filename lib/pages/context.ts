import 'server-only';
import type { ContextShell, ErrorInfoView } from '@/lib/contract';
import { listContexts } from '@/lib/k8s/query';
import { errorView } from '@/lib/views/error-view';

/**
 * The kubeconfig's current context, or why there is none (no kubeconfig,
 * a malformed one, or one without current-context).
 * @example currentContext() → { ok: true, context: 'kube-explain-sandbox' }
 */
export function currentContext(): { ok: true; context: string } | { ok: false; error: ErrorInfoView } {
  const r = listContexts();
  if (!r.ok) return { ok: false, error: errorView(r.error) };
  if (!r.current) return { ok: false, error: { kind: 'unknown', message: 'the kubeconfig has no current context', fix: { id: 'fix.kubeconfig.noCurrentContext', params: {} } } };
  return { ok: true, context: r.current };
}

/**
 * The landing URL: the current context's overview, or the error that explains why there is none.
 * @example getLanding() → { redirect: '/kube-explain-sandbox' }
 */
export function getLanding(): { redirect: string } | { error: ErrorInfoView } {
  const c = currentContext();
  return c.ok ? { redirect: `/${encodeURIComponent(c.context)}` } : { error: c.error };
}

/**
 * What every cluster page's frame needs: the context list for the switcher,
 * and a kubeconfig-level error (missing, malformed, unknown context) if any.
 * @example getContextShell('kind-kind') → { context: 'kind-kind', contexts: [{ name: 'kind-kind', server: 'https://127.0.0.1:6443' }], error: null }
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
