import 'server-only';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import type { StreamHello, StreamMessage, StreamState, SubscriptionSpec } from '@/lib/contract';
import { FakeCluster, forbidden, refused, unauthorized } from '@/lib/testing/fake-cluster';
import { sandboxCapture, byName } from '@/lib/testing/sandbox-capture';
import { READYZ_ETCD_DOWN, READYZ_OK, VERSION_1_33 } from '@/lib/explain/cluster-testdata';
import { toPodRow } from '@/lib/views/pod-row';
import type { ClusterProbes } from '@/lib/views/cluster-overview';
import { systemClock, type Clock, type TimerHandle } from './clock';
import { fix, KubeconfigError } from './errors';
import type { LiveKey } from './live';
import { RESOURCES, type ResourceName } from './resources';
import { combineStates, HEARTBEAT_MS, MODEL_THROTTLE_MS, openStream, openStreamCount, streamSubscribe, streamUnsubscribe, type StreamHubOptions } from './stream-hub';
import { parseInitialSubscriptions, type InitialSubscriptions } from './stream-initial';
import { resolveSubscription, type SubscriptionDefinition } from './subscriptions';
import { defaultNormalize, type KubeObject } from './watch-cache';
import { encodeRows, messageRows } from '@/lib/views/row-codec';
import { PackedRowsMemo } from '@/lib/views/packed-memo';

// Real sandbox objects at the time of their capture. The hub runs on the real
// cache registry and WatchCache; only the apiserver is scripted (FakeCluster).
const T0 = '2026-11-26T02:12:00.000Z';
const NS = 'explain-demo';
const pods = () => sandboxCapture.pods().filter((p) => p.metadata?.namespace === NS);
const nodes = () => sandboxCapture.nodes();
const leases = () => sandboxCapture.leases();

/** An object as the cache hands it out (kind filled in, managedFields dropped). */
function cached<T extends KubeObject>(obj: T, resource: ResourceName): T {
  return defaultNormalize<T>(obj, RESOURCES[resource]);
}

/** A pod's row as the Pods table shows it at `at`. */
function row(pod: V1Pod, at = T0) {
  return toPodRow(cached(pod as KubeObject, 'pods') as V1Pod, new Date(at));
}

/** What a model view's builder makes of these inputs at `at`, as it crosses the wire. */
function built(spec: SubscriptionSpec, inputs: Record<string, KubeObject[]>, at = T0, polled?: unknown): unknown {
  const def = resolveSubscription(spec);
  if (def.kind !== 'model') throw new Error('not a model view');
  const normalized = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.map((o) => cached(o, def.sources[k]!.resource))]));
  return JSON.parse(JSON.stringify(def.build(normalized, new Date(at), polled))) as unknown;
}

/** systemClock (under fake timers), counting the timers the hub has armed and not yet fired or cleared. */
function trackingClock(): { clock: Clock; pending: () => number } {
  const live = new Set<TimerHandle>();
  const clock: Clock = {
    now: () => systemClock.now(),
    setTimeout: (fn, ms) => {
      const h = systemClock.setTimeout(() => {
        live.delete(h);
        fn();
      }, ms);
      live.add(h);
      return h;
    },
    clearTimeout: (h) => {
      live.delete(h);
      systemClock.clearTimeout(h);
    },
  };
  return { clock, pending: () => live.size };
}

/** One open tab: reads the SSE stream as the browser would and parses its frames. */
class Tab {
  readonly id: string;
  readonly hello: StreamHello;
  private chunks: string[] = [];
  ended = false;

  private constructor(
    readonly abort: AbortController,
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    hello: string,
  ) {
    const m = /^retry: 2000\nevent: hello\ndata: (.*)\n\n$/.exec(hello);
    if (!m?.[1]) throw new Error(`unexpected first frame ${JSON.stringify(hello)}`);
    this.hello = JSON.parse(m[1]) as StreamHello;
    this.id = this.hello.streamId;
    void this.pump();
  }

  static async open(options: StreamHubOptions, initial?: InitialSubscriptions): Promise<Tab> {
    const abort = new AbortController();
    const reader = openStream(abort.signal, options, initial).getReader();
    const first = await reader.read();
    return new Tab(abort, reader, new TextDecoder().decode(first.value));
  }

  private held: Promise<void> | null = null;
  private unhold: (() => void) | null = null;

  /** Stops reading after the read under way (a slow tab): the hub's queue backs up. */
  hold(): void {
    this.held = new Promise((resolve) => (this.unhold = resolve));
  }

  /** Reads again. */
  release(): void {
    this.held = null;
    this.unhold?.();
  }

  private async pump(): Promise<void> {
    const dec = new TextDecoder();
    for (;;) {
      if (this.held) await this.held;
      const r = await this.reader.read();
      if (r.done) {
        this.ended = true;
        return;
      }
      this.chunks.push(dec.decode(r.value));
    }
  }

  subscribe(subId: string, spec: SubscriptionSpec): void {
    if (!streamSubscribe(this.id, subId, spec)) throw new Error('stream not found');
  }

  cancel(): Promise<void> {
    return this.reader.cancel();
  }

  /** The messages of every data frame received since the last call, in order, packed rows read back as items (takePacked keeps them as sent). */
  take(): StreamMessage[] {
    return this.takePacked().map((m): StreamMessage => {
      if (m.type === 'snapshot' && 'packed' in m) return { sub: m.sub, type: 'snapshot', items: messageRows(m), state: m.state };
      if (m.type === 'append' && 'packed' in m) return { sub: m.sub, type: 'append', items: messageRows(m), state: m.state };
      return m;
    });
  }

  /** The messages as they crossed the wire. */
  takePacked(): StreamMessage[] {
    const out: StreamMessage[] = [];
    for (const c of this.chunks) for (const m of c.matchAll(/^data: (.*)$/gm)) out.push(...(JSON.parse(m[1]!) as StreamMessage[]));
    this.chunks = this.chunks.filter((c) => !c.includes('data: '));
    return out;
  }

  /** The heartbeat comments received since the last call. */
  heartbeats(): string[] {
    const out = this.chunks.flatMap((c) => [...c.matchAll(/^: heartbeat (.*)$/gm)].map((m) => m[1]!));
    this.chunks = this.chunks.filter((c) => !c.includes(': heartbeat'));
    return out;
  }
}

const flush = () => vi.advanceTimersByTimeAsync(0);
const SYNCING: StreamState = { phase: 'syncing', count: 0, lastEventAt: null };
const SYNCED: StreamState = { phase: 'synced', lastEventAt: null };
const podsKey: LiveKey = { resource: 'pods', namespace: NS };

/** What a cold cache's one-page first list sends a subscriber after its syncing snapshot: the rows appended, then synced. */
function listed(sub: string, items: V1Pod[]): StreamMessage[] {
  return [
    { sub, type: 'append', items: items.map((p) => row(p)), state: { phase: 'syncing', count: items.length, total: items.length, lastEventAt: null } },
    { sub, type: 'state', state: SYNCED },
  ];
}

/** The rows a browser ends with after these messages (snapshot replaces, append and upsert set by uid in order, delete removes). */
function fold(messages: StreamMessage[]): unknown[] {
  const rows = new Map<string, unknown>();
  for (const m of messages) {
    if (m.type === 'snapshot' && 'items' in m) {
      rows.clear();
      for (const r of m.items) rows.set(r.uid, r);
    } else if (m.type === 'append' && 'items' in m) for (const r of m.items) rows.set(r.uid, r);
    else if (m.type === 'upsert') rows.set(m.item.uid, m.item);
    else if (m.type === 'delete') rows.delete(m.uid);
  }
  return [...rows.values()];
}

let cluster: FakeCluster;
let hubClock: ReturnType<typeof trackingClock>;
let tabs: Tab[];

async function openTab(options: StreamHubOptions = {}, initial?: InitialSubscriptions): Promise<Tab> {
  const tab = await Tab.open({ clock: hubClock.clock, subscribe: cluster.subscribe, ...options }, initial);
  tabs.push(tab);
  return tab;
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(T0) });
  cluster = new FakeCluster();
  hubClock = trackingClock();
  tabs = [];
});
afterEach(async () => {
  for (const t of tabs) t.abort.abort();
  await flush();
  cluster.stopAll();
  vi.useRealTimers();
});

describe('stream hub: opening a stream', () => {
  it('first sends a hello frame naming the stream id, and counts the stream as open until it is aborted', async () => {
    const before = openStreamCount();
    const tab = await openTab();
    expect(tab.id).toMatch(/^[0-9a-f]{32}$/);
    expect(openStreamCount()).toBe(before + 1);
    tab.abort.abort();
    await flush();
    expect(openStreamCount()).toBe(before);
    expect(tab.ended).toBe(true);
  });

  it('starts the views it was opened with (a browser reconnecting to any replica) and names the refused ones in its hello', async () => {
    const tab = await openTab({}, parseInitialSubscriptions(JSON.stringify([['p', { view: 'pods', namespace: NS }], ['bad', { view: 'no-such-view' }]])));
    expect(tab.hello).toStrictEqual({ streamId: tab.id, rejected: ['bad'] });
    await flush();
    expect(tab.take()).toStrictEqual([{ sub: 'p', type: 'snapshot', items: [], state: SYNCING }]);
    cluster.list(podsKey, pods());
    await flush();
    expect(tab.take()).toStrictEqual(listed('p', pods()));
  });

  it('says hello with the stream id alone when every view it was opened with is accepted', async () => {
    const tab = await openTab({}, parseInitialSubscriptions(JSON.stringify([['p', { view: 'pods', namespace: NS }]])));
    expect(tab.hello).toStrictEqual({ streamId: tab.id });
  });

  it('refuses subscriptions for a stream id it does not know', () => {
    expect(streamSubscribe('no-such-stream', 'pods', { view: 'pods' })).toBe(false);
    expect(streamUnsubscribe('no-such-stream', 'pods')).toBe(false);
  });

  it('sends a heartbeat comment every 15 s on an idle stream', async () => {
    const tab = await openTab();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS - 1);
    expect(tab.heartbeats()).toStrictEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(tab.heartbeats()).toStrictEqual(['2026-11-26T02:12:15.000Z']);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(tab.heartbeats()).toStrictEqual(['2026-11-26T02:12:30.000Z']);
    expect(tab.take()).toStrictEqual([]);
  });
});

describe('stream hub: a list subscription', () => {
  it('sends the cold cache\'s syncing snapshot at once, then the listed pods as rows appended, then synced', async () => {
    const tab = await openTab();
    tab.subscribe('p', { view: 'pods', namespace: NS });
    await flush();
    expect(tab.take()).toStrictEqual([{ sub: 'p', type: 'snapshot', items: [], state: SYNCING }]);

    cluster.list(podsKey, pods());
    await flush();
    expect(tab.take()).toStrictEqual(listed('p', pods()));
  });

  it('appends each page of a first sync as it arrives, with the count and the estimated total, and sends no second snapshot', async () => {
    const tab = await openTab();
    tab.subscribe('p', { view: 'pods', namespace: NS });
    await flush();
    tab.take();
    const all = pods();
    cluster.listPage(podsKey, all.slice(0, 4), all.length - 4);
    await flush();
    const first = tab.take();
    tab.hold();
    cluster.listPage(podsKey, all.slice(4, 8), all.length - 8);
    await flush();
    cluster.list(podsKey, all.slice(8));
    await flush();
    tab.release();
    await flush();
    expect([first, tab.take()]).toStrictEqual([
      [{ sub: 'p', type: 'append', items: all.slice(0, 4).map((p) => row(p)), state: { phase: 'syncing', count: 4, total: all.length, lastEventAt: null } }],
      [
        { sub: 'p', type: 'append', items: all.slice(4, 8).map((p) => row(p)), state: { phase: 'syncing', count: 8, total: all.length, lastEventAt: null } },
        { sub: 'p', type: 'append', items: all.slice(8).map((p) => row(p)), state: { phase: 'syncing', count: all.length, total: all.length, lastEventAt: null } },
        { sub: 'p', type: 'state', state: SYNCED },
      ],
    ]);
  });

  it('sends snapshot and appended rows column-packed against dictionaries of their own', async () => {
    const tab = await openTab();
    tab.subscribe('p', { view: 'pods', namespace: NS });
    await flush();
    cluster.list(podsKey, pods());
    await flush();
    const rows = pods().map((p) => row(p));
    expect(tab.takePacked()).toStrictEqual([
      { sub: 'p', type: 'snapshot', packed: encodeRows([]), state: SYNCING },
      { sub: 'p', type: 'append', packed: JSON.parse(JSON.stringify(encodeRows(rows))), state: { phase: 'syncing', count: rows.length, total: rows.length, lastEventAt: null } },
      { sub: 'p', type: 'state', state: SYNCED },
    ]);
  });

  it('gives every tab that opens the same view of an unchanged synced cache the same packed snapshot, and the tab after a change or a re-aged restart the new rows', async () => {
    const first = await openTab();
    first.subscribe('p', { view: 'pods', namespace: NS });
    cluster.list(podsKey, pods());
    await flush();
    const snapshot = async () => {
      const tab = await openTab();
      tab.subscribe('p', { view: 'pods', namespace: NS });
      await flush();
      return tab.takePacked();
    };
    const [second, third] = [await snapshot(), await snapshot()];
    const crashLoopLater = byName(sandboxCapture.podsRecaptured(), 'crash-loop');
    cluster.emit(podsKey, 'MODIFIED', crashLoopLater);
    await flush();
    const afterChange = await snapshot();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    const reaged = await snapshot();

    const current = pods().map((p) => (p.metadata?.name === 'crash-loop' ? crashLoopLater : p));
    const packed = (at: string) => JSON.parse(JSON.stringify(encodeRows(current.map((p) => row(p, at))))) as unknown;
    expect([second, third, afterChange, reaged]).toStrictEqual([
      [{ sub: 'p', type: 'snapshot', packed: JSON.parse(JSON.stringify(encodeRows(pods().map((p) => row(p))))), state: SYNCED }],
      [{ sub: 'p', type: 'snapshot', packed: JSON.parse(JSON.stringify(encodeRows(pods().map((p) => row(p))))), state: SYNCED }],
      [{ sub: 'p', type: 'snapshot', packed: packed(T0), state: { phase: 'synced', lastEventAt: T0 } }],
      [{ sub: 'p', type: 'snapshot', packed: packed('2026-11-26T02:22:00.000Z'), state: { phase: 'synced', lastEventAt: T0 } }],
    ]);
  });

  it('encodes the snapshot of a list whose first sync came as pages once it is synced, so the next tab gets it without encoding again', async () => {
    let encodes = 0;
    const packed = new PackedRowsMemo(4, (rows) => {
      encodes++;
      return JSON.stringify(encodeRows(rows));
    });
    const first = await openTab({ packed });
    first.subscribe('p', { view: 'pods', namespace: NS });
    await flush();
    cluster.list(podsKey, pods());
    await flush();
    const afterSync = encodes;
    const second = await openTab({ packed });
    second.subscribe('p', { view: 'pods', namespace: NS });
    await flush();
    // The first tab's empty syncing snapshot was encoded too; the second tab encodes nothing.
    expect([afterSync, encodes - afterSync, second.takePacked()]).toStrictEqual([2, 0, [{ sub: 'p', type: 'snapshot', packed: JSON.parse(JSON.stringify(encodeRows(pods().map((p) => row(p))))), state: SYNCED }]]);
  });

  it('does not encode a snapshot for a tab that dropped the list before its first sync ended', async () => {
    let encodes = 0;
    const packed = new PackedRowsMemo(4, (rows) => {
      encodes++;
      return JSON.stringify(encodeRows(rows));
    });
    const tab = await openTab({ packed });
    tab.subscribe('p', { view: 'pods', namespace: NS });
    await flush();
    const all = pods();
    cluster.listPage(podsKey, all.slice(0, 5), all.length - 5);
    await flush();
    const before = encodes;
    streamUnsubscribe(tab.id, 'p');
    cluster.list(podsKey, all.slice(5));
    await flush();
    expect(encodes - before).toBe(0);
  });

  it('sends a tab that opens a big list after one pod changed the shared snapshot and that pod as an upsert in the same frame, which fold to the current rows', async () => {
    // 66 pods (six copies of the namespace's pods): up to two changed rows ride along with the shared snapshot.
    const many = [0, 1, 2, 3, 4, 5].flatMap((k) => pods().map((p) => ({ ...p, metadata: { ...p.metadata, name: `${p.metadata!.name}-${k}`, uid: `${p.metadata!.uid!.slice(0, -1)}${k}` } })));
    const first = await openTab();
    first.subscribe('p', { view: 'pods', namespace: NS });
    cluster.list(podsKey, many);
    await flush();
    const opened = async () => {
      const tab = await openTab();
      tab.subscribe('p', { view: 'pods', namespace: NS });
      await flush();
      return tab.takePacked();
    };
    const before = await opened();
    const changed = { ...byName(sandboxCapture.podsRecaptured(), 'crash-loop'), metadata: many[1]!.metadata };
    cluster.emit(podsKey, 'MODIFIED', changed);
    await flush();
    const after = await opened();
    const current = many.map((p, i) => (i === 1 ? changed : p));
    expect({ after, folded: fold(after.map((m) => ('packed' in m ? { ...m, items: messageRows(m) } : m)) as StreamMessage[]) }).toStrictEqual({
      after: [
        { sub: 'p', type: 'snapshot', packed: (before[0] as { packed: unknown }).packed, state: { phase: 'synced', lastEventAt: T0 } },
        { sub: 'p', type: 'upsert', item: row(changed) },
      ],
      folded: current.map((p) => row(p)),
    });
  });

  it('gives a tab that subscribes during a first sync the pages so far as its snapshot, then the following pages', async () => {
    const early = await openTab();
    early.subscribe('p', { view: 'pods', namespace: NS });
    await flush();
    const all = pods();
    cluster.listPage(podsKey, all.slice(0, 5), all.length - 5);
    await flush();
    const late = await openTab();
    late.subscribe('q', { view: 'pods', namespace: NS });
    await flush();
    cluster.list(podsKey, all.slice(5));
    await flush();
    expect(late.take()).toStrictEqual([
      { sub: 'q', type: 'snapshot', items: all.slice(0, 5).map((p) => row(p)), state: { phase: 'syncing', count: 5, total: all.length, lastEventAt: null } },
      { sub: 'q', type: 'append', items: all.slice(5).map((p) => row(p)), state: { phase: 'syncing', count: all.length, total: all.length, lastEventAt: null } },
      { sub: 'q', type: 'state', state: SYNCED },
    ]);
  });

  it('resyncs a tab that falls behind during a first sync with one snapshot of the pages so far, never followed by a page it already holds', async () => {
    const tab = await openTab({ maxPending: 2 });
    tab.subscribe('p', { view: 'pods', namespace: NS });
    await flush();
    tab.take();
    const all = pods();
    tab.hold();
    // Five pages of two while the tab does not read: its queue overflows.
    for (let i = 0; i < 10; i += 2) {
      cluster.listPage(podsKey, all.slice(i, i + 2), all.length - i - 2);
      await flush();
    }
    tab.release();
    await flush();
    cluster.list(podsKey, all.slice(10));
    await flush();
    const messages = tab.take();
    const at = messages.findIndex((m) => m.type === 'snapshot');
    const snapshotUids = new Set(messages[at]?.type === 'snapshot' && 'items' in messages[at] ? messages[at].items.map((r) => r.uid) : []);
    const appendedAgain = messages.slice(at + 1).flatMap((m) => (m.type === 'append' && 'items' in m ? m.items.filter((r) => snapshotUids.has(r.uid)) : []));
    expect({ snapshots: messages.filter((m) => m.type === 'snapshot').length, appendedAgain, rows: fold(messages), last: messages.at(-1) }).toStrictEqual({
      snapshots: 1,
      appendedAgain: [],
      rows: all.map((p) => row(p)),
      last: { sub: 'p', type: 'state', state: SYNCED },
    });
  });

  it('filters each appended page like a snapshot', async () => {
    const notWeb = (o: KubeObject) => !o.metadata?.name?.startsWith('web-');
    const resolve = (spec: SubscriptionSpec): SubscriptionDefinition => {
      const def = resolveSubscription(spec);
      return def.kind === 'list' ? { ...def, filter: notWeb } : def;
    };
    const tab = await openTab({ resolve });
    tab.subscribe('p', { view: 'pods', namespace: NS });
    await flush();
    const all = pods();
    cluster.listPage(podsKey, all.slice(0, 6), all.length - 6);
    await flush();
    cluster.list(podsKey, all.slice(6));
    await flush();
    expect(fold(tab.take())).toStrictEqual(all.filter(notWeb).map((p) => row(p)));
  });

  it('then sends each change the watch reports as an upsert or a delete, with rows projected at the time they are sent', async () => {
    const tab = await openTab();
    tab.subscribe('p', { view: 'pods', namespace: NS });
    cluster.list(podsKey, pods());
    await flush();
    tab.take();

    const crashLoopLater = byName(sandboxCapture.podsRecaptured(), 'crash-loop');
    const oomKilled = byName(pods(), 'oom-killed');
    await vi.advanceTimersByTimeAsync(60_000);
    cluster.emit(podsKey, 'MODIFIED', crashLoopLater);
    await flush();
    cluster.emit(podsKey, 'DELETED', oomKilled);
    await flush();

    expect(tab.take()).toStrictEqual([
      { sub: 'p', type: 'upsert', item: row(crashLoopLater, '2026-11-26T02:13:00.000Z') },
      { sub: 'p', type: 'delete', uid: oomKilled.metadata!.uid },
    ]);
  });

  it('coalesces several changes to one pod made before the tab reads into the newest, in causal order', async () => {
    const tab = await openTab();
    tab.subscribe('p', { view: 'pods' });
    cluster.list({ resource: 'pods' }, pods());
    await flush();
    tab.take();

    const [step1, step2, running] = sandboxCapture.podsInitSteps();
    const web = byName(pods(), 'web-569b4d9d45-7bj98');
    // One synchronous burst: nothing reaches the tab in between.
    cluster.emit({ resource: 'pods' }, 'ADDED', step1!);
    cluster.emit({ resource: 'pods' }, 'DELETED', web);
    cluster.emit({ resource: 'pods' }, 'MODIFIED', step2!);
    cluster.emit({ resource: 'pods' }, 'MODIFIED', running!);
    await flush();

    expect(tab.take()).toStrictEqual([
      { sub: 'p', type: 'delete', uid: web.metadata!.uid },
      { sub: 'p', type: 'upsert', item: row(running!) },
    ]);
  });

  it('gives a tab that falls behind one fresh snapshot of the current rows instead of its backlog, then deltas again', async () => {
    const tab = await openTab({ maxPending: 2 });
    tab.subscribe('p', { view: 'pods' });
    cluster.list({ resource: 'pods' }, pods().slice(0, 8));
    await flush();
    tab.take();

    const [a, b, c] = pods().slice(8);
    cluster.emit({ resource: 'pods' }, 'ADDED', a!);
    cluster.emit({ resource: 'pods' }, 'ADDED', b!);
    cluster.emit({ resource: 'pods' }, 'ADDED', c!);
    await flush();
    expect(tab.take()).toStrictEqual([{ sub: 'p', type: 'snapshot', items: pods().map((p) => row(p)), state: SYNCED }]);

    cluster.emit({ resource: 'pods' }, 'DELETED', a!);
    await flush();
    expect(tab.take()).toStrictEqual([{ sub: 'p', type: 'delete', uid: a!.metadata!.uid }]);
  });

  it('keeps its filter in the first snapshot, in upserts and in the snapshot after an overflow', async () => {
    const notWeb = (o: KubeObject) => !o.metadata?.name?.startsWith('web-');
    const resolve = (spec: SubscriptionSpec): SubscriptionDefinition => {
      const def = resolveSubscription(spec);
      return def.kind === 'list' ? { ...def, filter: notWeb } : def;
    };
    const tab = await openTab({ maxPending: 1, resolve });
    tab.subscribe('p', { view: 'pods' });
    cluster.list({ resource: 'pods' }, pods().slice(0, 9));
    await flush();
    const [web2, web3] = pods().slice(9);
    const crashLoopLater = byName(sandboxCapture.podsRecaptured(), 'crash-loop');
    cluster.emit({ resource: 'pods' }, 'ADDED', web2!);
    await flush();
    cluster.emit({ resource: 'pods' }, 'ADDED', web3!);
    cluster.emit({ resource: 'pods' }, 'MODIFIED', crashLoopLater);
    await flush();

    const shown = pods().filter(notWeb);
    expect(tab.take()).toStrictEqual([
      { sub: 'p', type: 'snapshot', items: [], state: SYNCING },
      { sub: 'p', type: 'snapshot', items: shown.map((p) => row(p)), state: SYNCED },
      { sub: 'p', type: 'snapshot', items: shown.map((p) => row(p.metadata?.name === 'crash-loop' ? crashLoopLater : p)), state: SYNCED },
    ]);
  });

  it('says which verb and resource RBAC refused when the list is forbidden', async () => {
    const tab = await openTab();
    tab.subscribe('p', { view: 'pods', namespace: NS });
    await flush();
    tab.take();
    cluster.failList(podsKey, forbidden('pods'));
    await flush();
    expect(tab.take()).toStrictEqual([{ sub: 'p', type: 'state', state: { phase: 'forbidden', verb: 'list', resource: 'pods', lastEventAt: null } }]);
  });

  it('turns a kubeconfig that cannot be used into this view\'s error state instead of failing the stream', async () => {
    const subscribe = () => {
      throw new KubeconfigError('no-kubeconfig', 'no kubeconfig found', fix('fix.kubeconfig.missing'));
    };
    const tab = await openTab({ subscribe });
    tab.subscribe('p', { view: 'pods' });
    await flush();
    expect(tab.take()).toStrictEqual([
      { sub: 'p', type: 'state', state: { phase: 'error', kind: 'no-kubeconfig', message: 'no kubeconfig found', fix: { id: 'fix.kubeconfig.missing', params: {} }, lastEventAt: null } },
    ]);
    expect(tab.ended).toBe(false);
  });

  it('replaces an earlier subscription under the same id, releasing its cache', async () => {
    const tab = await openTab();
    tab.subscribe('p', { view: 'pods', namespace: NS });
    tab.subscribe('p', { view: 'pods', namespace: 'e2e-pod-capture' });
    await flush();
    expect(cluster.subscribedKeys()).toStrictEqual([cluster.keyOf({ resource: 'pods', namespace: 'e2e-pod-capture' })]);
    cluster.list(podsKey, pods());
    await flush();
    expect(tab.take()).toStrictEqual([{ sub: 'p', type: 'snapshot', items: [], state: SYNCING }]);
  });
});

describe('stream hub: a model subscription', () => {
  const spec: SubscriptionSpec = { view: 'nodes' };
  const keys = { nodes: { resource: 'nodes' }, pods: { resource: 'pods' }, leases: { resource: 'leases', namespace: 'kube-node-lease' } } satisfies Record<string, LiveKey>;

  async function syncedNodesView(): Promise<Tab> {
    const tab = await openTab();
    tab.subscribe('n', spec);
    cluster.list(keys.nodes, nodes());
    cluster.list(keys.pods, pods());
    cluster.list(keys.leases, leases());
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    return tab;
  }

  it('subscribes to every source of its view and builds one model from all of them once the throttle has passed', async () => {
    const tab = await openTab();
    tab.subscribe('n', spec);
    expect(cluster.subscribedKeys().sort()).toStrictEqual(Object.values(keys).map((k) => cluster.keyOf(k)).sort());
    cluster.list(keys.nodes, nodes());
    cluster.list(keys.pods, pods());
    cluster.list(keys.leases, leases());
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS - 1);
    expect(tab.take()).toStrictEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(tab.take()).toStrictEqual([{ sub: 'n', type: 'model', model: built(spec, { nodes: nodes(), pods: pods(), leases: leases() }, '2026-11-26T02:12:00.150Z'), state: SYNCED }]);
  });

  it('takes a first sync\'s pages into its inputs as they arrive and builds from the pages so far, syncing with the count', async () => {
    const tab = await openTab();
    tab.subscribe('n', spec);
    cluster.list(keys.nodes, nodes());
    cluster.list(keys.leases, leases());
    const all = pods();
    cluster.listPage(keys.pods, all.slice(0, 5), all.length - 5);
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    const half = tab.take();
    cluster.list(keys.pods, all.slice(5));
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    expect([half, tab.take()]).toStrictEqual([
      [{ sub: 'n', type: 'model', model: built(spec, { nodes: nodes(), pods: all.slice(0, 5), leases: leases() }, '2026-11-26T02:12:00.150Z'), state: { phase: 'syncing', count: 5, total: all.length, lastEventAt: null } }],
      [{ sub: 'n', type: 'model', model: built(spec, { nodes: nodes(), pods: all, leases: leases() }, '2026-11-26T02:12:00.300Z'), state: SYNCED }],
    ]);
  });

  it('builds once while an input is still syncing and then resends that model with the progress, rebuilding only once every input is synced', async () => {
    let builds = 0;
    const resolve = (sp: SubscriptionSpec): SubscriptionDefinition => {
      const def = resolveSubscription(sp);
      return def.kind === 'model' ? { ...def, build: (...args) => (builds++, def.build(...args)) } : def;
    };
    const tab = await openTab({ resolve });
    tab.subscribe('n', spec);
    cluster.list(keys.nodes, nodes());
    cluster.list(keys.leases, leases());
    const all = pods();
    for (let i = 0; i < 9; i += 3) {
      cluster.listPage(keys.pods, all.slice(i, i + 3), all.length - i - 3);
      await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    }
    const during = tab.take();
    const buildsDuring = builds;
    cluster.list(keys.pods, all.slice(9));
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    const first = built(spec, { nodes: nodes(), pods: all.slice(0, 3), leases: leases() }, '2026-11-26T02:12:00.150Z');
    expect([buildsDuring, during.map((m) => (m.type === 'model' ? [m.model, m.state.phase === 'syncing' ? m.state.count : m.state.phase] : m.type)), builds, tab.take()]).toStrictEqual([
      1,
      [[first, 3], [first, 6], [first, 9]],
      2,
      [{ sub: 'n', type: 'model', model: built(spec, { nodes: nodes(), pods: all, leases: leases() }, '2026-11-26T02:12:00.600Z'), state: SYNCED }],
    ]);
  });

  it('rebuilds on every change, at most once per throttle window, from the newest objects', async () => {
    const tab = await syncedNodesView();
    tab.take();
    const later = sandboxCapture.nodesRecaptured();
    cluster.emit(keys.nodes, 'MODIFIED', later[0]!);
    await vi.advanceTimersByTimeAsync(50);
    cluster.emit(keys.nodes, 'MODIFIED', later[1]!);
    await vi.advanceTimersByTimeAsync(50);
    cluster.emit(keys.nodes, 'MODIFIED', later[2]!);
    await vi.advanceTimersByTimeAsync(49);
    expect(tab.take()).toStrictEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    const msgs = tab.take();
    expect(msgs).toStrictEqual([{ sub: 'n', type: 'model', model: built(spec, { nodes: later, pods: pods(), leases: leases() }, '2026-11-26T02:12:00.300Z'), state: SYNCED }]);

    cluster.emit(keys.pods, 'DELETED', byName(pods(), 'slow-delete'));
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    expect(tab.take()).toMatchObject([{ sub: 'n', type: 'model', model: built(spec, { nodes: later, pods: pods().filter((p) => p.metadata?.name !== 'slow-delete'), leases: leases() }, '2026-11-26T02:12:00.450Z') }]);
  });

  it('shows the worst state of its inputs: one failing source is the view\'s state', async () => {
    const tab = await openTab();
    tab.subscribe('n', spec);
    cluster.list(keys.nodes, nodes());
    cluster.failList(keys.pods, refused());
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    expect(tab.take().map((m) => m.type === 'model' && m.state.phase)).toStrictEqual(['reconnecting']);

    cluster.failList(keys.leases, forbidden('leases'));
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    expect(tab.take().map((m) => m.type === 'model' && m.state)).toStrictEqual([{ phase: 'forbidden', verb: 'list', resource: 'leases.coordination.k8s.io', lastEventAt: null }]);

    cluster.source(keys.nodes).lastWatch().done(unauthorized());
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    expect(tab.take().map((m) => m.type === 'model' && m.state)).toStrictEqual([
      { phase: 'error', kind: 'unauthorized', message: 'HTTP 401 Unauthorized', fix: { id: 'fix.auth.unauthorized', params: {} }, lastEventAt: null },
    ]);
  });

  it('polls its unwatchable inputs at once and every interval, and keeps the last answer when a poll fails', async () => {
    const answers: (ClusterProbes | Error)[] = [
      { version: VERSION_1_33, readyz: READYZ_OK },
      { version: VERSION_1_33, readyz: READYZ_ETCD_DOWN },
      new Error('connect ECONNREFUSED 127.0.0.1:6443'),
    ];
    let polls = 0;
    const resolve = (s: SubscriptionSpec): SubscriptionDefinition => {
      const def = resolveSubscription(s);
      if (def.kind !== 'model' || !def.poll) return def;
      const fetch = () => {
        const a = answers[polls++]!;
        return a instanceof Error ? Promise.reject(a) : Promise.resolve(a);
      };
      return { ...def, poll: { ...def.poll, fetch } };
    };
    const cspec: SubscriptionSpec = { view: 'cluster' };
    const ckeys = { nodes: { resource: 'nodes' }, pods: { resource: 'pods' }, leases: { resource: 'leases', namespace: 'kube-system' } } satisfies Record<string, LiveKey>;
    const def = resolveSubscription(cspec);
    const intervalMs = def.kind === 'model' ? def.poll!.intervalMs : NaN;
    const inputs = { nodes: nodes(), pods: pods(), leases: [] };

    const tab = await openTab({ resolve });
    tab.subscribe('c', cspec);
    expect(polls).toBe(1);
    for (const [name, key] of Object.entries(ckeys)) cluster.list(key, inputs[name as keyof typeof inputs]);
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    expect(tab.take()).toStrictEqual([{ sub: 'c', type: 'model', model: built(cspec, inputs, '2026-11-26T02:12:00.150Z', answers[0]), state: SYNCED }]);

    await vi.advanceTimersByTimeAsync(intervalMs - MODEL_THROTTLE_MS - 1);
    expect(polls).toBe(1);
    await vi.advanceTimersByTimeAsync(1 + MODEL_THROTTLE_MS);
    expect(polls).toBe(2);
    expect(tab.take()).toStrictEqual([{ sub: 'c', type: 'model', model: built(cspec, inputs, '2026-11-26T02:12:10.150Z', answers[1]), state: SYNCED }]);

    await vi.advanceTimersByTimeAsync(intervalMs);
    expect(polls).toBe(3);
    cluster.emit(ckeys.nodes, 'MODIFIED', sandboxCapture.nodesRecaptured()[0]!);
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    const [msg] = tab.take();
    expect(msg).toMatchObject({ type: 'model', model: built(cspec, { ...inputs, nodes: [sandboxCapture.nodesRecaptured()[0]!, ...nodes().slice(1)] }, '2026-11-26T02:12:20.150Z', answers[1]) });
  });

  it('shows a builder\'s failure as the view\'s error state, not a model, and keeps the stream open', async () => {
    const resolve = (s: SubscriptionSpec): SubscriptionDefinition => {
      const def = resolveSubscription(s);
      return def.kind === 'model' ? { ...def, build: () => { throw new Error('node sandbox-worker has no status'); } } : def;
    };
    const tab = await openTab({ resolve });
    tab.subscribe('n', spec);
    cluster.list(keys.nodes, nodes());
    cluster.list(keys.pods, pods());
    cluster.list(keys.leases, leases());
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    expect(tab.take()).toStrictEqual([
      { sub: 'n', type: 'model', model: null, state: { phase: 'error', kind: 'build', message: 'node sandbox-worker has no status', fix: { id: 'fix.build', params: {} }, lastEventAt: null } },
    ]);
    expect(tab.ended).toBe(false);
  });

  it('stops building and releases every source when unsubscribed, even with a rebuild pending', async () => {
    const tab = await syncedNodesView();
    tab.take();
    cluster.emit(keys.nodes, 'MODIFIED', sandboxCapture.nodesRecaptured()[0]!);
    expect(hubClock.pending()).toBe(2); // heartbeat and the pending rebuild
    expect(streamUnsubscribe(tab.id, 'n')).toBe(true);
    expect(cluster.subscribedKeys()).toStrictEqual([]);
    expect(hubClock.pending()).toBe(1);
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS * 10);
    expect(tab.take()).toStrictEqual([]);
  });

  it('arms no timer when a poll answers after the view was unsubscribed', async () => {
    let answer: (p: ClusterProbes) => void = () => {};
    const resolve = (s: SubscriptionSpec): SubscriptionDefinition => {
      const def = resolveSubscription(s);
      return def.kind === 'model' && def.poll ? { ...def, poll: { ...def.poll, fetch: () => new Promise((r) => (answer = r)) } } : def;
    };
    const tab = await openTab({ resolve });
    tab.subscribe('c', { view: 'cluster' });
    await vi.advanceTimersByTimeAsync(MODEL_THROTTLE_MS);
    tab.take();
    streamUnsubscribe(tab.id, 'c');
    answer({ version: VERSION_1_33, readyz: READYZ_OK });
    await flush();
    expect(hubClock.pending()).toBe(1); // the heartbeat only
    await vi.advanceTimersByTimeAsync(60_000);
    expect(tab.take()).toStrictEqual([]);
  });
});

describe('stream hub: closing a stream', () => {
  async function busyTab(): Promise<Tab> {
    const tab = await openTab();
    tab.subscribe('p', { view: 'pods', namespace: NS });
    tab.subscribe('n', { view: 'nodes' });
    tab.subscribe('c', { view: 'cluster' });
    cluster.list(podsKey, pods());
    await flush();
    return tab;
  }

  it('on abort ends the stream, releases every cache subscription and clears every timer', async () => {
    const before = openStreamCount();
    const tab = await busyTab();
    expect(cluster.subscribedKeys()).not.toStrictEqual([]);
    expect(hubClock.pending()).toBeGreaterThan(1);

    tab.abort.abort();
    await flush();
    expect(tab.ended).toBe(true);
    expect(cluster.subscribedKeys()).toStrictEqual([]);
    expect(hubClock.pending()).toBe(0);
    expect(openStreamCount()).toBe(before);
    expect(streamSubscribe(tab.id, 'p', { view: 'pods' })).toBe(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(cluster.registry.keys()).toStrictEqual([]);
  });

  it('does the same when the reader cancels the stream', async () => {
    const tab = await busyTab();
    await tab.cancel();
    await flush();
    expect(cluster.subscribedKeys()).toStrictEqual([]);
    expect(hubClock.pending()).toBe(0);
    expect(streamSubscribe(tab.id, 'p', { view: 'pods' })).toBe(false);
  });
});

describe('combineStates', () => {
  // Worst first: the order the view must show them in.
  const byWorst: StreamState[] = [
    { phase: 'error', kind: 'unauthorized', message: 'HTTP 401 Unauthorized', fix: { id: 'fix.auth.unauthorized', params: {} }, lastEventAt: null },
    { phase: 'forbidden', verb: 'list', resource: 'pods', lastEventAt: null },
    { phase: 'reconnecting', kind: 'unreachable', message: 'connect ECONNREFUSED 127.0.0.1:6443', fix: { id: 'fix.cluster.unreachable', params: { server: '127.0.0.1:6443' } }, lastEventAt: null },
    { phase: 'syncing', count: 500, lastEventAt: null },
    { phase: 'synced', lastEventAt: '2026-11-26T02:11:00.000Z' },
  ];

  it('is syncing while a view has no input states', () => {
    expect(combineStates([])).toStrictEqual(SYNCING);
  });

  it.each(byWorst.flatMap((a, i) => byWorst.slice(i + 1).map((b) => [a.phase, b.phase, a, b] as const)))('%s wins over %s, in either order', (_a, _b, worse, better) => {
    expect(combineStates([worse, better])).toBe(worse);
    expect(combineStates([better, worse])).toBe(worse);
  });

  it('keeps the first of equally bad states', () => {
    const first: StreamState = { phase: 'forbidden', verb: 'list', resource: 'leases.coordination.k8s.io', lastEventAt: null };
    const second: StreamState = { phase: 'forbidden', verb: 'watch', resource: 'pods', lastEventAt: null };
    expect(combineStates([byWorst[4]!, first, second])).toBe(first);
  });
});
