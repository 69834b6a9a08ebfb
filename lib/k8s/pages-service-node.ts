import 'server-only';
import type { ErrorInfoView } from '@/components/chrome/error-panel';
import type { NamespaceRow } from '@/lib/views/namespace-row';
import type { NodeDetailModel, NodeListModel } from '@/lib/views/node-views';
import type { ServiceDetailModel, ServiceListModel } from '@/lib/views/service-views';
import { classifyK8sError } from './kubeconfig';
import { subscribeResource } from './live';
import { errorView } from './pages';
import { readListSnapshot } from './query';
import { resolveView, type ViewSpec } from './views';
import { objectKey, type KubeObject } from './watch-cache';

type ModelSnapshot<M> = { ok: true; model: M | null } | { ok: false; error: ErrorInfoView };

/**
 * The first paint of a model view: waits (briefly) until every cache the view
 * reads has synced, then builds the model exactly as the live stream will.
 * On timeout the model is null and the browser's subscription fills it in.
 * The caches stay warm for that subscription.
 * @example await readModelSnapshot<NodeListModel>({ view: 'nodes', context }, 3000)
 */
export function readModelSnapshot<M>(spec: ViewSpec, timeoutMs: number): Promise<ModelSnapshot<M>> {
  const def = resolveView(spec);
  if (def.kind !== 'model') throw new Error(`${spec.view} is not a model view`);
  // Polled inputs (the cluster view) are not waited for here.
  return new Promise((resolve) => {
    const names = Object.keys(def.sources);
    const stores = new Map(names.map((n) => [n, new Map<string, KubeObject>()]));
    const synced = new Set<string>();
    const offs: (() => void)[] = [];
    let done = false;
    const finish = (r: ModelSnapshot<M>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      queueMicrotask(() => offs.forEach((off) => off()));
      resolve(r);
    };
    const timer = setTimeout(() => finish({ ok: true, model: null }), timeoutMs);
    const maybeBuild = () => {
      if (done || synced.size < names.length) return;
      const inputs = Object.fromEntries([...stores].map(([k, v]) => [k, [...v.values()]]));
      try {
        finish({ ok: true, model: def.build(inputs, new Date(), undefined) as M });
      } catch {
        finish({ ok: true, model: null });
      }
    };
    for (const name of names) {
      if (done) break;
      const store = stores.get(name)!;
      try {
        offs.push(
          subscribeResource(def.sources[name]!, (e) => {
            if (e.type === 'snapshot') {
              store.clear();
              for (const o of e.items) store.set(objectKey(o), o);
            } else if (e.type === 'upsert') store.set(objectKey(e.obj), e.obj);
            else if (e.type === 'delete') store.delete(objectKey(e.obj));
            if (e.type === 'snapshot' || e.type === 'state') {
              const s = e.state;
              if (s.phase === 'synced') synced.add(name);
              else if (s.phase === 'forbidden') return finish({ ok: false, error: errorView({ kind: 'forbidden', verb: s.verb, resource: s.resource, message: `cannot ${s.verb} ${s.resource}` }) });
              else if (s.phase === 'error') return finish({ ok: false, error: errorView(classifyK8sError(new Error(s.message))) });
            }
            maybeBuild();
          }),
        );
      } catch (err) {
        finish({ ok: false, error: errorView(classifyK8sError(err)) });
        return;
      }
    }
  });
}

const FIRST_PAINT_MS = 3000;

export interface ServicesPageModel {
  context: string;
  namespace: string;
  namespaces: string[];
  initial: ServiceListModel | null;
  error: ErrorInfoView | null;
}

/** The Services list's first paint and the namespaces for its selector. */
export async function getServicesPage(context: string, namespace: string): Promise<ServicesPageModel> {
  const [snap, nss] = await Promise.all([
    readModelSnapshot<ServiceListModel>({ view: 'services', context, namespace: namespace || undefined }, FIRST_PAINT_MS),
    readListSnapshot<NamespaceRow>({ view: 'namespaces', context }, FIRST_PAINT_MS),
  ]);
  return {
    context,
    namespace,
    namespaces: nss.ok ? nss.items.map((n) => n.name).sort() : namespace ? [namespace] : [],
    initial: snap.ok ? snap.model : null,
    error: snap.ok ? null : snap.error,
  };
}

export interface ServicePageModel {
  context: string;
  namespace: string;
  name: string;
  initial: ServiceDetailModel | null;
  error: ErrorInfoView | null;
}

/** One Service's detail page, first paint. */
export async function getServicePage(context: string, namespace: string, name: string): Promise<ServicePageModel> {
  const snap = await readModelSnapshot<ServiceDetailModel>({ view: 'service', context, namespace, name }, FIRST_PAINT_MS);
  return { context, namespace, name, initial: snap.ok ? snap.model : null, error: snap.ok ? null : snap.error };
}

export interface NodesPageModel {
  context: string;
  initial: NodeListModel | null;
  error: ErrorInfoView | null;
}

/** The Nodes list, first paint. */
export async function getNodesPage(context: string): Promise<NodesPageModel> {
  const snap = await readModelSnapshot<NodeListModel>({ view: 'nodes', context }, FIRST_PAINT_MS);
  return { context, initial: snap.ok ? snap.model : null, error: snap.ok ? null : snap.error };
}

export interface NodePageModel {
  context: string;
  name: string;
  initial: NodeDetailModel | null;
  error: ErrorInfoView | null;
}

/** One node's detail page, first paint. */
export async function getNodePage(context: string, name: string): Promise<NodePageModel> {
  const snap = await readModelSnapshot<NodeDetailModel>({ view: 'node', context, name }, FIRST_PAINT_MS);
  return { context, name, initial: snap.ok ? snap.model : null, error: snap.ok ? null : snap.error };
}
