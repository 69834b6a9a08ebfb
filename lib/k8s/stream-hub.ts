import 'server-only';
import { randomBytes } from 'node:crypto';
import { ClientQueue } from './client-queue';
import { subscribeResource, type LiveKey, type ResourceSubscriber } from './live';
import { every, systemClock, type Clock, type TimerHandle } from './clock';
import { classifyK8sError, errorState, streamState } from './errors';
import { objectKey } from '../explain/object-key';
import type { CacheEvent, KubeObject } from './watch-cache';
import { buildModel, resolveSubscription, type SubscriptionDefinition } from './subscriptions';
import type { InitialSubscriptions } from './stream-initial';
import type { KeyedRow, PackedRows, StreamHello, StreamMessage, StreamState, SubscriptionSpec } from '@/lib/contract';
import { encodeRows } from '../views/row-codec';
import { PackedRowsMemo, type PackedSnapshot } from '../views/packed-memo';

/**
 * The worst of several cache states: one failing input makes the view show it
 * (error > forbidden > reconnecting > syncing > synced; the first of equals).
 * @example combineStates([{ phase: 'synced', lastEventAt: null }, { phase: 'forbidden', verb: 'list', resource: 'leases', lastEventAt: null }]).phase // 'forbidden'
 */
export function combineStates(states: StreamState[]): StreamState {
  const rank = { error: 5, forbidden: 4, reconnecting: 3, syncing: 2, synced: 1 } as const;
  let worst: StreamState = { phase: 'syncing', count: 0, lastEventAt: null };
  let worstRank = 0;
  for (const s of states) {
    if (rank[s.phase] > worstRank) {
      worst = s;
      worstRank = rank[s.phase];
    }
  }
  return worst;
}

interface ListSub {
  kind: 'list';
  def: Extract<SubscriptionDefinition, { kind: 'list' }>;
  store: Map<string, KubeObject>;
  state: StreamState;
  off: () => void;
}

interface ModelSub {
  kind: 'model';
  def: Extract<SubscriptionDefinition, { kind: 'model' }>;
  stores: Map<string, Map<string, KubeObject>>;
  states: Map<string, StreamState>;
  offs: (() => void)[];
  timer: TimerHandle | null;
  polled: unknown;
  /** The last model built, resent with a syncing state instead of a rebuild (see scheduleModel). */
  lastModel: unknown;
}

type Sub = ListSub | ModelSub;

/** An idle stream sends an SSE comment this often, so proxies and the browser keep it open. */
export const HEARTBEAT_MS = 15_000;
/** A model view is rebuilt at most this often, however fast its inputs change. */
export const MODEL_THROTTLE_MS = 150;

/**
 * What a tab's stream runs on: the app's by default; unit tests pass a
 * subscriber over a fake watch source, a fake-timer clock, a small queue.
 * @example openStream(request.signal, { clock: systemClock, maxPending: 5000 })
 */
export interface StreamHubOptions {
  /** Timers (heartbeat, model throttle, poll intervals) and `now` for projections and builds. */
  clock?: Clock;
  subscribe?: ResourceSubscriber;
  resolve?: (spec: SubscriptionSpec) => SubscriptionDefinition;
  /** Pending updates per tab (after coalescing) before the tab is resynced with snapshots. */
  maxPending?: number;
  /** The signed-in person the tab belongs to (AUTH=token|proxy): subscriptions are added only for the same owner. */
  owner?: string;
  /** Encoded list snapshots shared by tabs: the app's one memo by default. */
  packed?: PackedRowsMemo;
}

/**
 * One browser tab's SSE stream. Subscriptions are added and removed by
 * id over POST/DELETE; cache events go through a bounded ClientQueue that
 * coalesces by uid (a first sync's pages keep their place in it), list rows
 * of snapshots and pages go out column-packed (row-codec), and are written only when the HTTP stream pulls, so a
 * slow tab backs up into coalesced state, never into server memory.
 */
class TabStream {
  readonly id = randomBytes(16).toString('hex');
  private readonly subs = new Map<string, Sub>();
  private readonly clock: Clock;
  private readonly subscribeResource: ResourceSubscriber;
  private readonly resolve: (spec: SubscriptionSpec) => SubscriptionDefinition;
  private readonly queue: ClientQueue<KubeObject>;
  private readonly packed: PackedRowsMemo;
  private readonly extra: StreamMessage[] = [];
  private waiter: (() => void) | null = null;
  private heartbeatDue = false;
  private readonly stopHeartbeat: () => void;
  readonly owner: string | undefined;
  closed = false;

  constructor(options: StreamHubOptions = {}) {
    this.owner = options.owner;
    this.clock = options.clock ?? systemClock;
    this.subscribeResource = options.subscribe ?? subscribeResource;
    this.resolve = options.resolve ?? resolveSubscription;
    this.packed = options.packed ?? hub().packed;
    this.queue = new ClientQueue<KubeObject>({ maxPending: options.maxPending ?? 5000, onPending: () => this.wake() });
    this.stopHeartbeat = every(this.clock, HEARTBEAT_MS, () => {
      this.heartbeatDue = true;
      this.wake();
    });
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }

  /** Waits for something to send, then returns the SSE text for it. */
  async next(): Promise<string> {
    while (!this.closed && this.queue.size === 0 && !this.queue.overflowed && this.extra.length === 0 && !this.heartbeatDue) {
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
    if (this.closed) return '';
    const now = new Date(this.clock.now());
    // Messages as objects, or as their JSON text already (a snapshot from the memo of encoded snapshots, with its upserts).
    const out: (StreamMessage | string)[] = this.extra.splice(0);
    const { events, resync } = this.queue.drain();
    for (const sub of resync) {
      const s = this.subs.get(sub);
      if (s?.kind === 'list') out.push(this.snapshotJson(sub, s, [...s.store.values()], now));
    }
    for (const { sub, event } of events) {
      const s = this.subs.get(sub);
      if (s?.kind !== 'list') continue;
      const msg = event.type === 'snapshot' ? this.snapshotJson(sub, s, event.items, now) : this.listMessage(sub, s, event, now);
      if (msg) out.push(msg);
    }
    let text = '';
    if (out.length > 0) text += `data: [${out.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(',')}]\n\n`;
    if (this.heartbeatDue) {
      this.heartbeatDue = false;
      text += `: heartbeat ${now.toISOString()}\n\n`;
    }
    return text;
  }

  /** A list view's rows of these objects: filtered and projected (memoised per cache object). */
  private project(s: ListSub, objects: readonly KubeObject[], now: Date): KeyedRow[] {
    return objects.filter(s.def.filter).map((o) => s.def.project(o, now) as KeyedRow);
  }

  /** A list view's rows of these objects, packed for the wire (lib/views/row-codec). */
  private rows(s: ListSub, objects: readonly KubeObject[], now: Date): PackedRows {
    return encodeRows(this.project(s, objects, now));
  }

  /** The shared memo's encoding of these objects' rows (PackedRowsMemo), keyed by the list's source. */
  private packedSnapshot(s: ListSub, objects: readonly KubeObject[], now: Date): PackedSnapshot {
    return this.packed.snapshot(JSON.stringify(s.def.source), this.project(s, objects, now));
  }

  /**
   * A snapshot message as JSON text, the same text as JSON.stringify of
   * `{ sub, type: 'snapshot', packed, state }`, encoded once per list and
   * shared by every tab that opens the same view (PackedRowsMemo: projection
   * is memoised per cache object, so an unchanged cache gives the same row
   * objects). Rows that changed since that encoding (a few pods, a restarted
   * pod's re-aged RESTARTS) follow it in the same frame as upserts, so the
   * browser ends with the current rows in one batch.
   */
  private snapshotJson(sub: string, s: ListSub, objects: readonly KubeObject[], now: Date): string {
    const { json, changed } = this.packedSnapshot(s, objects, now);
    const snapshot = `{"sub":${JSON.stringify(sub)},"type":"snapshot","packed":${json},"state":${JSON.stringify(s.state)}}`;
    return [snapshot, ...changed.map((item) => JSON.stringify({ sub, type: 'upsert', item } satisfies StreamMessage))].join(',');
  }

  /** Fills the shared memo with this list's snapshot, if the tab still holds the subscription. */
  private preencode(subId: string, s: ListSub): void {
    if (this.closed || this.subs.get(subId) !== s || s.state.phase !== 'synced') return;
    this.packedSnapshot(s, [...s.store.values()], new Date(this.clock.now()));
  }

  private listMessage(sub: string, s: ListSub, event: Exclude<CacheEvent<KubeObject>, { type: 'snapshot' }>, now: Date): StreamMessage | null {
    switch (event.type) {
      case 'page':
        // One page of the cache's first list, in order after the snapshot that held the pages before it.
        return { sub, type: 'append', packed: this.rows(s, event.items, now), state: streamState(event.state) };
      case 'upsert':
        return s.def.filter(event.obj) ? { sub, type: 'upsert', item: s.def.project(event.obj, now) } : null;
      case 'delete':
        return { sub, type: 'delete', uid: objectKey(event.obj) };
      case 'state':
        return { sub, type: 'state', state: s.state };
    }
  }

  subscribe(subId: string, spec: SubscriptionSpec): void {
    this.unsubscribe(subId);
    const def = this.resolve(spec);
    if (def.kind === 'list') {
      const s: ListSub = { kind: 'list', def, store: new Map(), state: { phase: 'syncing', count: 0, lastEventAt: null }, off: () => {} };
      this.subs.set(subId, s);
      s.off = this.safeSubscribe(def.source, (e) => {
        track(s.store, e);
        const wasSyncing = s.state.phase === 'syncing';
        if (e.type === 'snapshot' || e.type === 'page' || e.type === 'state') s.state = streamState(e.state);
        // A first sync that came as pages left no encoded snapshot for the next tab: encode it now, off this
        // event's path, so a second tab of a 30,000-pod list does not wait for it.
        if (e.type === 'state' && wasSyncing && s.state.phase === 'synced') this.clock.setTimeout(() => this.preencode(subId, s), 0);
        // Pages go through the queue like every update: in order after the snapshot, and dropped with it on overflow (the resync snapshot holds them).
        this.queue.push(subId, e);
      }, (state) => {
        s.state = state;
        this.extra.push({ sub: subId, type: 'state', state });
        this.wake();
      });
      return;
    }
    const s: ModelSub = { kind: 'model', def, stores: new Map(), states: new Map(), offs: [], timer: null, polled: undefined, lastModel: null };
    this.subs.set(subId, s);
    if (def.poll) {
      const { intervalMs, fetch } = def.poll;
      const tick = () =>
        fetch().then(
          (v) => {
            s.polled = v;
            this.scheduleModel(subId, s);
          },
          () => {}, // a failed poll keeps the last value; the watched inputs carry the error state
        );
      void tick();
      s.offs.push(every(this.clock, intervalMs, () => void tick()));
    }
    for (const [name, key] of Object.entries(def.sources)) {
      const store = new Map<string, KubeObject>();
      s.stores.set(name, store);
      s.states.set(name, { phase: 'syncing', count: 0, lastEventAt: null });
      s.offs.push(
        this.safeSubscribe(key, (e) => {
          track(store, e);
          if (e.type === 'snapshot' || e.type === 'page' || e.type === 'state') s.states.set(name, streamState(e.state));
          this.scheduleModel(subId, s);
        }, (state) => {
          s.states.set(name, state);
          this.scheduleModel(subId, s);
        }),
      );
    }
  }

  /** Subscribes to a cache; a kubeconfig or context error becomes this view's error state, not a crash. */
  private safeSubscribe(key: LiveKey, onEvent: (e: CacheEvent<KubeObject>) => void, onError: (s: StreamState) => void): () => void {
    try {
      return this.subscribeResource(key, onEvent);
    } catch (err) {
      const state = errorState(classifyK8sError(err));
      queueMicrotask(() => onError(state));
      return () => {};
    }
  }

  private scheduleModel(subId: string, s: ModelSub): void {
    // A poll answering after unsubscribe must not arm a timer nobody clears.
    if (s.timer !== null || this.subs.get(subId) !== s) return;
    s.timer = this.clock.setTimeout(() => {
      s.timer = null;
      if (this.subs.get(subId) !== s) return;
      const state = combineStates([...s.states.values()]);
      let msg: StreamMessage;
      if (state.phase === 'syncing' && s.lastModel !== null) {
        // The browser keeps the model it shows while an input is syncing (nextModel): rebuilding from
        // every page of a big first list would only cost CPU. The progress goes out with the last model.
        msg = { sub: subId, type: 'model', model: s.lastModel, state };
      } else {
        const inputs = Object.fromEntries([...s.stores].map(([k, v]) => [k, [...v.values()]]));
        const built = buildModel(s.def, inputs, new Date(this.clock.now()), s.polled);
        s.lastModel = built.ok ? built.model : null;
        // A failed build is the view's state (worst wins, so a failing cache still names itself), never a model.
        msg = built.ok ? { sub: subId, type: 'model', model: built.model, state } : { sub: subId, type: 'model', model: null, state: combineStates([state, built.error]) };
      }
      // Only the newest model matters: replace a pending one for this sub.
      const i = this.extra.findIndex((m) => m.sub === subId && m.type === 'model');
      if (i >= 0) this.extra[i] = msg;
      else this.extra.push(msg);
      this.wake();
    }, MODEL_THROTTLE_MS);
  }

  unsubscribe(subId: string): void {
    const s = this.subs.get(subId);
    if (!s) return;
    this.subs.delete(subId);
    this.queue.forget(subId);
    if (s.kind === 'list') s.off();
    else {
      s.offs.forEach((off) => off());
      if (s.timer !== null) this.clock.clearTimeout(s.timer);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.stopHeartbeat();
    for (const id of [...this.subs.keys()]) this.unsubscribe(id);
    this.wake();
  }
}

function track(store: Map<string, KubeObject>, e: CacheEvent<KubeObject>): void {
  if (e.type === 'snapshot') {
    store.clear();
    for (const o of e.items) store.set(objectKey(o), o);
  } else if (e.type === 'page') {
    // A first sync's page is a batch of upserts.
    for (const o of e.items) store.set(objectKey(o), o);
  } else if (e.type === 'upsert') store.set(objectKey(e.obj), e.obj);
  else if (e.type === 'delete') store.delete(objectKey(e.obj));
}

interface Hub {
  streams: Map<string, TabStream>;
  /** Encoded list snapshots, shared by every tab (a few sources at a time: each holds its rows' JSON). */
  packed: PackedRowsMemo;
}

const HUB_KEY = Symbol.for('kube-explain.stream-hub');

function hub(): Hub {
  const g = globalThis as unknown as Record<symbol, Hub | undefined>;
  const h = (g[HUB_KEY] ??= { streams: new Map(), packed: new PackedRowsMemo() });
  // A hub made by an older module instance (a dev server's reload) lacks the memo.
  h.packed ??= new PackedRowsMemo();
  return h;
}

/**
 * Opens a tab's stream: the first frame names its id (the client uses it to
 * add subscriptions) and any of the `initial` subscriptions that were
 * refused; the valid ones start at once, so a browser reconnecting to any
 * replica gets its views back with the stream. The stream ends and every
 * subscription is released when the request is aborted.
 * @example new Response(openStream(request.signal), { headers: { 'content-type': 'text/event-stream' } })
 */
export function openStream(signal: AbortSignal, options: StreamHubOptions = {}, initial: InitialSubscriptions = { subs: [], rejected: [] }): ReadableStream<Uint8Array> {
  const tab = new TabStream(options);
  hub().streams.set(tab.id, tab);
  const enc = new TextEncoder();
  const close = () => {
    tab.close();
    hub().streams.delete(tab.id);
  };
  signal.addEventListener('abort', close, { once: true });
  const hello: StreamHello = initial.rejected.length > 0 ? { streamId: tab.id, rejected: initial.rejected } : { streamId: tab.id };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(enc.encode(`retry: 2000\nevent: hello\ndata: ${JSON.stringify(hello)}\n\n`));
    },
    async pull(controller) {
      // A drain can leave nothing to send (every event filtered out), and the
      // stream pulls again only after an enqueue: wait on until there is text.
      let text = '';
      while (!text && !tab.closed) text = await tab.next();
      if (tab.closed) {
        controller.close();
        return;
      }
      controller.enqueue(enc.encode(text));
    },
    cancel: close,
  });
  // After the hello is queued: a synced cache answers its subscriber at once, into the tab's queue.
  for (const { subId, spec } of initial.subs) tab.subscribe(subId, spec);
  return stream;
}

/** Adds a subscription to a tab's stream; false when there is no such stream for this owner (another person's stream is as unknown as a missing one). */
export function streamSubscribe(streamId: string, subId: string, spec: SubscriptionSpec, owner?: string): boolean {
  const tab = hub().streams.get(streamId);
  if (!tab || tab.owner !== owner) return false;
  tab.subscribe(subId, spec);
  return true;
}

export function streamUnsubscribe(streamId: string, subId: string, owner?: string): boolean {
  const tab = hub().streams.get(streamId);
  if (!tab || tab.owner !== owner) return false;
  tab.unsubscribe(subId);
  return true;
}

export function openStreamCount(): number {
  return hub().streams.size;
}
