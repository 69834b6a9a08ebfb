import 'server-only';
import { classifyK8sError, getKubeconfigs, type ContextInfo, type K8sErrorInfo } from './kubeconfig';
import { subscribeResource, type LiveKey } from './live';
import { resolveSubscription } from './subscriptions';
import type { SubscriptionSpec } from '@/lib/contract';
import type { CacheState, ErrorCause, KubeObject } from './watch-cache';

type SnapshotError = K8sErrorInfo | { kind: 'forbidden'; verb: string; resource: string; message: string };

export type RawSnapshot<T> = { ok: true; items: T[]; synced: boolean } | { ok: false; error: SnapshotError };

/** The cache classified the error where it had the error object; the message alone is the fallback. */
function failure(s: { message: string; cause?: ErrorCause }): K8sErrorInfo {
  if (s.cause && s.cause.kind !== 'unknown') return { kind: s.cause.kind as K8sErrorInfo['kind'], message: s.message, fix: s.cause.fix };
  return classifyK8sError(new Error(s.message));
}

/**
 * Raw objects of one shared cache for a server-side first paint. Waits for
 * the cache's first complete list (a cold cache first hands out an empty
 * "syncing" snapshot); a known failure (forbidden, error, or retrying for a
 * classified reason such as an unreachable server) ends the wait at once.
 * After `timeoutMs` it gives whatever it has. The cache stays warm for the
 * browser's subscription that follows.
 * @example await readRawSnapshot<V1Node>({ resource: 'nodes' }, 3000) → { ok: true, items: [...], synced: true }
 */
export function readRawSnapshot<T extends KubeObject>(key: LiveKey, timeoutMs: number): Promise<RawSnapshot<T>> {
  return new Promise((resolve) => {
    let off: () => void = () => {};
    let done = false;
    let latest: T[] = [];
    let retrying: { message: string; cause?: ErrorCause } | null = null;
    const finish = (r: RawSnapshot<T>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      queueMicrotask(() => off());
      resolve(r);
    };
    const timer = setTimeout(() => finish(retrying === null ? { ok: true, items: latest, synced: false } : { ok: false, error: failure(retrying) }), timeoutMs);
    try {
      off = subscribeResource<T>(key, (e) => {
        if (e.type === 'snapshot') {
          latest = e.items;
          if (e.state.phase === 'synced') finish({ ok: true, items: e.items, synced: true });
        }
        const s = e.type === 'snapshot' || e.type === 'state' ? e.state : null;
        if (!s) return;
        retrying = s.phase === 'reconnecting' ? s : null;
        if (s.phase === 'forbidden') finish({ ok: false, error: { kind: 'forbidden', verb: s.verb, resource: s.resource, message: `cannot ${s.verb} ${s.resource}` } });
        // The first paint names the problem; the live view keeps retrying and recovers by itself.
        else if (s.phase === 'error' || (s.phase === 'reconnecting' && s.cause && s.cause.kind !== 'unknown')) finish({ ok: false, error: failure(s) });
      });
    } catch (err) {
      finish({ ok: false, error: classifyK8sError(err) });
    }
  });
}

export type Snapshot<T> = { ok: true; items: T[]; phase: CacheState['phase'] } | { ok: false; error: SnapshotError };

/**
 * The first page paint for a list view: the cache's snapshot projected like
 * the live stream will project it.
 * @example await readListSnapshot({ view: 'pods', namespace: 'default' }, 3000)
 */
export async function readListSnapshot<T>(spec: SubscriptionSpec, timeoutMs: number): Promise<Snapshot<T>> {
  const def = resolveSubscription(spec);
  if (def.kind !== 'list') throw new Error(`${spec.view} is not a list view`);
  const r = await readRawSnapshot(def.source, timeoutMs);
  if (!r.ok) return r;
  const now = new Date();
  return { ok: true, items: r.items.filter(def.filter).map((o) => def.project(o, now) as T), phase: r.synced ? 'synced' : 'syncing' };
}

export type ModelSnapshot<M> = { ok: true; model: M | null } | { ok: false; error: SnapshotError };

/**
 * The first paint of a model view: once every cache the view reads has
 * synced, the model built exactly as the live stream will build it; null
 * when they did not sync in time (the browser's subscription fills it in).
 * A failure of a `required` source is the page's error; other sources that
 * fail count as empty (default: every source is required). Polled inputs
 * (the cluster view) are not waited for.
 * @example await readModelSnapshot<NodeListModel>({ view: 'nodes', context }, 3000)
 */
export async function readModelSnapshot<M>(spec: SubscriptionSpec, timeoutMs: number, required?: readonly string[]): Promise<ModelSnapshot<M>> {
  const def = resolveSubscription(spec);
  if (def.kind !== 'model') throw new Error(`${spec.view} is not a model view`);
  const names = Object.keys(def.sources);
  const snaps = await Promise.all(names.map((n) => readRawSnapshot<KubeObject>(def.sources[n] as LiveKey, timeoutMs)));
  const inputs: Record<string, KubeObject[]> = {};
  for (const [i, name] of names.entries()) {
    const snap = snaps[i] as RawSnapshot<KubeObject>;
    if (!snap.ok) {
      if (!required || required.includes(name)) return { ok: false, error: snap.error };
      inputs[name] = [];
    } else if (!snap.synced) return { ok: true, model: null };
    else inputs[name] = snap.items;
  }
  try {
    return { ok: true, model: def.build(inputs, new Date(), undefined) as M };
  } catch {
    return { ok: true, model: null };
  }
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
