import 'server-only';
import type { ErrorInfoView } from '@/components/chrome/error-panel';
import type { PodDetailModel } from '@/lib/views/pod-detail';
import { classifyK8sError } from './kubeconfig';
import { subscribeResource } from './live';
import { errorView } from './pages';
import { parseViewSpec, resolveView } from './views';
import type { KubeObject } from './watch-cache';

export interface PodPageModel {
  context: string;
  namespace: string;
  name: string;
  /** The first paint; null when the caches did not answer in time (the live model follows). */
  model: PodDetailModel | null;
  error: ErrorInfoView | null;
}

type Gathered = { ok: true; inputs: Record<string, KubeObject[]> | null } | { ok: false; error: ErrorInfoView };

/** Waits for the snapshot of every cache the view reads; a failing pods cache is the page's error. */
function gather(sources: Record<string, Parameters<typeof subscribeResource>[0]>, timeoutMs: number): Promise<Gathered> {
  return new Promise((resolve) => {
    const inputs: Record<string, KubeObject[]> = {};
    const offs: (() => void)[] = [];
    let done = false;
    const finish = (r: Gathered) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // Unsubscribe after the current dispatch; the caches stay warm for the browser's subscription.
      queueMicrotask(() => offs.forEach((off) => off()));
      resolve(r);
    };
    const timer = setTimeout(() => finish({ ok: true, inputs: null }), timeoutMs);
    const names = Object.keys(sources);
    const settle = (name: string, items: KubeObject[]) => {
      inputs[name] = items;
      if (names.every((n) => n in inputs)) finish({ ok: true, inputs });
    };
    for (const [name, key] of Object.entries(sources)) {
      try {
        offs.push(
          subscribeResource<KubeObject>(key, (e) => {
            if (e.type === 'snapshot') settle(name, e.items);
            else if (e.type === 'state' && (e.state.phase === 'forbidden' || e.state.phase === 'error')) {
              if (name !== 'pods') settle(name, []);
              else if (e.state.phase === 'forbidden') finish({ ok: false, error: errorView({ kind: 'forbidden', verb: e.state.verb, resource: e.state.resource, message: `cannot ${e.state.verb} ${e.state.resource}` }) });
              else finish({ ok: false, error: errorView(classifyK8sError(new Error(e.state.message))) });
            }
          }),
        );
      } catch (err) {
        finish({ ok: false, error: errorView(classifyK8sError(err)) });
        return;
      }
    }
  });
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
  const def = resolveView(spec);
  if (def.kind !== 'model') return { ...base, model: null, error: null };
  const r = await gather(def.sources, 3000);
  if (!r.ok) return { ...base, model: null, error: r.error };
  if (!r.inputs) return { ...base, model: null, error: null };
  return { ...base, model: def.build(r.inputs, new Date(), undefined) as PodDetailModel, error: null };
}
