import 'server-only';
import { classifyK8sError, getKubeconfigs, type ContextInfo, type K8sErrorInfo } from './kubeconfig';
import { subscribeResource } from './live';
import { resolveView, type ViewSpec } from './views';
import type { CacheState, KubeObject } from './watch-cache';

export type Snapshot<T> =
  | { ok: true; items: T[]; phase: CacheState['phase'] }
  | { ok: false; error: K8sErrorInfo | { kind: 'forbidden'; verb: string; resource: string; message: string } };

/**
 * The first page paint for a list view: waits (briefly) for the shared
 * cache's snapshot and projects it like the live stream will. The cache is
 * left warm for the browser's subscription that follows.
 * @example await readListSnapshot({ view: 'pods', namespace: 'default' }, 3000)
 */
export function readListSnapshot<T>(spec: ViewSpec, timeoutMs: number): Promise<Snapshot<T>> {
  const def = resolveView(spec);
  if (def.kind !== 'list') throw new Error(`${spec.view} is not a list view`);
  return new Promise((resolve) => {
    let off: () => void = () => {};
    let done = false;
    const finish = (r: Snapshot<T>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      queueMicrotask(() => off());
      resolve(r);
    };
    // A cold cache first hands out an empty "syncing" snapshot; wait for the
    // synced one, and on timeout paint whatever had arrived.
    let latest: KubeObject[] = [];
    const project = (items: KubeObject[]) => {
      const now = new Date();
      return items.filter(def.filter).map((o) => def.project(o, now) as T);
    };
    const timer = setTimeout(() => finish({ ok: true, items: project(latest), phase: 'syncing' }), timeoutMs);
    try {
      off = subscribeResource<KubeObject>(def.source, (e) => {
        if (e.type === 'snapshot') {
          latest = e.items;
          if (e.state.phase === 'synced') finish({ ok: true, items: project(e.items), phase: 'synced' });
        } else if (e.type === 'state') {
          const s = e.state;
          if (s.phase === 'forbidden') finish({ ok: false, error: { kind: 'forbidden', verb: s.verb, resource: s.resource, message: `cannot ${s.verb} ${s.resource}` } });
          else if (s.phase === 'error' || (s.phase === 'reconnecting' && s.cause && s.cause.kind !== 'unknown')) {
            // The first paint names the problem; the live view keeps retrying and recovers by itself.
            finish({ ok: false, error: { kind: (s.cause?.kind ?? 'unknown') as K8sErrorInfo['kind'], message: s.message, fix: s.cause?.fix ?? { id: 'fix.unknown', params: {} } } });
          }
        }
      });
    } catch (err) {
      finish({ ok: false, error: classifyK8sError(err) });
    }
  });
}

export type ContextsResult = { ok: true; contexts: ContextInfo[]; current: string | null } | { ok: false; error: K8sErrorInfo };

/** The kubeconfig's contexts (names, servers, users — never credentials). */
export function listContexts(): ContextsResult {
  try {
    const kc = getKubeconfigs();
    return { ok: true, contexts: kc.contexts(), current: kc.currentContext };
  } catch (err) {
    return { ok: false, error: classifyK8sError(err) };
  }
}
