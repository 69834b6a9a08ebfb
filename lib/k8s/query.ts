import 'server-only';
import { getKubeconfigs, type ContextInfo } from './kubeconfig';
import { classifyK8sError, errorState, streamState } from './errors';
import { subscribeResource, type LiveKey, type ResourceSubscriber } from './live';
import { systemClock, type Clock } from './clock';
import { buildModel, resolveSubscription, type SubscriptionDefinition } from './subscriptions';
import type { FailedState, SubscriptionSpec } from '@/lib/contract';
import type { CacheState, KubeObject } from './watch-cache';
import { authMode } from '../auth/runtime';
import { objectKey } from '../explain/object-key';
import { compareOrder, firstInOrder } from '../views/row-order';
import { requestSubscriber } from '../auth/request';

/**
 * How long a page's first paint waits for the shared caches before it hands
 * the page what it has (the browser's live subscription fills in the rest).
 */
export const FIRST_PAINT_TIMEOUT_MS = 3000;

/**
 * What a first-paint read runs on: the app's shared caches and clock by
 * default; unit tests pass a subscriber over a fake watch source.
 * @example await readRawSnapshot({ resource: 'nodes' }, { timeoutMs: 1000 })
 */
export interface SnapshotOptions {
  /** How long to wait for the first complete list. Default FIRST_PAINT_TIMEOUT_MS. */
  timeoutMs?: number;
  subscribe?: ResourceSubscriber;
  /** The timeout's timer, and `now` for projections and builds. */
  clock?: Clock;
  /**
   * Answer as soon as the cache holds any objects (a cold cache's first list
   * page), not only once its list is complete. Default false.
   */
  firstPage?: boolean;
}

/**
 * A first paint either has objects or the failed state that keeps its view
 * from loading (errorView shows it). An unsynced one may carry the
 * apiserver's estimate of the whole list (`total`).
 */
export type RawSnapshot<T> = { ok: true; items: T[]; synced: boolean; total?: number } | { ok: false; error: FailedState };

/** A cache that keeps failing for a known reason: the first paint names it as an error; the live view keeps retrying. */
function failed(s: CacheState): FailedState {
  const st = streamState(s);
  if (st.phase === 'forbidden' || st.phase === 'error') return st;
  if (st.phase === 'reconnecting') return { phase: 'error', kind: st.kind, message: st.message, fix: st.fix, lastEventAt: st.lastEventAt };
  throw new Error(`a ${st.phase} cache has not failed`);
}

/**
 * Raw objects of one shared cache for a server-side first paint. Waits for
 * the cache's first complete list (a cold cache first hands out an empty
 * "syncing" snapshot); a known failure (forbidden, error, or retrying for a
 * classified reason such as an unreachable server) ends the wait at once.
 * After `timeoutMs` it gives whatever it has. With `firstPage` it answers as
 * soon as the cache holds objects (the first page of a cold cache's list),
 * with the estimated total. The cache stays warm for the
 * browser's subscription that follows.
 * @example await readRawSnapshot<V1Node>({ resource: 'nodes' }) → { ok: true, items: [...], synced: true }
 */
export function readRawSnapshot<T extends KubeObject>(key: LiveKey, options: SnapshotOptions = {}): Promise<RawSnapshot<T>> {
  // With AUTH=token|proxy a page reads as its signed-in person (lib/auth/request.ts), never with the server's own access.
  if (!options.subscribe && authMode() !== 'none') return requestSubscriber().then((subscribe) => readRawSnapshot<T>(key, { ...options, subscribe }));
  const { timeoutMs = FIRST_PAINT_TIMEOUT_MS, subscribe = subscribeResource, clock = systemClock, firstPage = false } = options;
  return new Promise((resolve) => {
    let off: () => void = () => {};
    let done = false;
    // What the cache has handed out so far: its snapshot, then the pages of a first sync.
    let latest = new Map<string, T>();
    let retrying: CacheState | null = null;
    let total: number | undefined;
    const partial = (): RawSnapshot<T> => ({ ok: true, items: [...latest.values()], synced: false, ...(total === undefined ? {} : { total }) });
    const finish = (r: RawSnapshot<T>) => {
      if (done) return;
      done = true;
      clock.clearTimeout(timer);
      queueMicrotask(() => off());
      resolve(r);
    };
    const timer = clock.setTimeout(() => finish(retrying === null ? partial() : { ok: false, error: failed(retrying) }), timeoutMs);
    try {
      off = subscribe<T>(key, (e) => {
        if (e.type === 'snapshot') latest = new Map(e.items.map((o) => [objectKey(o), o]));
        else if (e.type === 'page') for (const o of e.items) latest.set(objectKey(o), o);
        else if (e.type === 'upsert') latest.set(objectKey(e.obj), e.obj);
        else if (e.type === 'delete') latest.delete(objectKey(e.obj));
        const s = e.type === 'upsert' || e.type === 'delete' ? null : e.state;
        if (s?.phase === 'synced') finish({ ok: true, items: [...latest.values()], synced: true });
        if (!s) return;
        if (s.phase === 'syncing') total = s.total;
        if (firstPage && latest.size > 0 && s.phase === 'syncing') finish(partial());
        retrying = s.phase === 'reconnecting' ? s : null;
        // The first paint names the problem; the live view keeps retrying and recovers by itself.
        if (s.phase === 'forbidden' || s.phase === 'error' || (s.phase === 'reconnecting' && s.cause && s.cause.kind !== 'unknown')) finish({ ok: false, error: failed(s) });
      });
    } catch (err) {
      finish({ ok: false, error: errorState(classifyK8sError(err)) });
    }
  });
}

/**
 * A list view's first paint: its rows (all, or the first `limit` in order),
 * `count` — how many rows the view had — and, while the list is incomplete,
 * the apiserver's estimate of the whole (`total`, when known).
 */
export type Snapshot<T> = { ok: true; items: T[]; phase: CacheState['phase']; count: number; total?: number } | { ok: false; error: FailedState };

/**
 * The first page paint for a list view: the cache's snapshot projected like
 * the live stream will project it. With `limit` only the first rows by
 * namespace and name (kubectl's order, lib/views/row-order) are projected
 * and returned — the first screen — and `count` says how many there are.
 * @example await readListSnapshot({ view: 'pods', namespace: 'default' }) → { ok: true, items: [...], phase: 'synced', count: 12 }
 * @example await readListSnapshot({ view: 'pods' }, { firstPage: true, limit: 100 }) → { ok: true, items: [100 rows], phase: 'syncing', count: 500, total: 30000 }
 */
export async function readListSnapshot<T>(spec: SubscriptionSpec, options: SnapshotOptions & { limit?: number } = {}): Promise<Snapshot<T>> {
  const def = resolveSubscription(spec);
  if (def.kind !== 'list') throw new Error(`${spec.view} is not a list view`);
  const { limit, ...rest } = options;
  const r = await readRawSnapshot(def.source, rest);
  if (!r.ok) return r;
  const now = new Date((options.clock ?? systemClock).now());
  const shown = r.items.filter(def.filter);
  const chosen = limit === undefined ? shown : firstInOrder(shown, limit, compareObjects);
  const base = { ok: true as const, items: chosen.map((o) => def.project(o, now) as T), phase: r.synced ? ('synced' as const) : ('syncing' as const), count: shown.length };
  return r.total === undefined ? base : { ...base, total: r.total };
}

/** Objects in kubectl's order, by their metadata (a list row carries the same namespace, name and uid). */
function compareObjects(a: KubeObject, b: KubeObject): number {
  return compareOrder(
    { namespace: a.metadata?.namespace ?? '', name: a.metadata?.name ?? '', uid: objectKey(a) },
    { namespace: b.metadata?.namespace ?? '', name: b.metadata?.name ?? '', uid: objectKey(b) },
  );
}

export type ModelSnapshot<M> = { ok: true; model: M | null } | { ok: false; error: FailedState };

/**
 * The first paint of a model view: once every cache the view reads has
 * synced, the model built exactly as the live stream will build it; null
 * when they did not sync in time (the browser's subscription fills it in).
 * A failure of a `required` source is the page's error; other sources that
 * fail count as empty (default: every source is required). A builder that
 * throws is the page's error too (kind `build`), never an endless loading. Polled inputs
 * (the cluster view) are not waited for.
 * @example await readModelSnapshot<PodDetailModel>({ view: 'pod', context, namespace, name }, { required: ['pods'] })
 */
export async function readModelSnapshot<M>(
  spec: SubscriptionSpec,
  { required, resolve = resolveSubscription, ...options }: SnapshotOptions & { required?: readonly string[]; resolve?: (spec: SubscriptionSpec) => SubscriptionDefinition } = {},
): Promise<ModelSnapshot<M>> {
  const def = resolve(spec);
  if (def.kind !== 'model') throw new Error(`${spec.view} is not a model view`);
  const names = Object.keys(def.sources);
  const snaps = await Promise.all(names.map((n) => readRawSnapshot<KubeObject>(def.sources[n] as LiveKey, options)));
  const inputs: Record<string, KubeObject[]> = {};
  for (const [i, name] of names.entries()) {
    const snap = snaps[i] as RawSnapshot<KubeObject>;
    if (!snap.ok) {
      if (!required || required.includes(name)) return { ok: false, error: snap.error };
      inputs[name] = [];
    } else if (!snap.synced) return { ok: true, model: null };
    else inputs[name] = snap.items;
  }
  const built = buildModel(def, inputs, new Date((options.clock ?? systemClock).now()), undefined);
  return built.ok ? { ok: true, model: built.model as M } : { ok: false, error: built.error };
}

export type ContextsResult = { ok: true; contexts: ContextInfo[]; current: string | null } | { ok: false; error: FailedState };

/** The kubeconfig's contexts (names, servers, users — never credentials). */
export function listContexts(): ContextsResult {
  try {
    const kc = getKubeconfigs();
    return { ok: true, contexts: kc.contexts(), current: kc.currentContext };
  } catch (err) {
    return { ok: false, error: errorState(classifyK8sError(err)) };
  }
}
