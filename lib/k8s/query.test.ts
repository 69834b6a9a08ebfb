import 'server-only';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import type { SubscriptionSpec } from '@/lib/contract';
import { FakeCluster, forbidden, refused, unauthorized } from '@/lib/testing/fake-cluster';
import { sandboxCapture } from '@/lib/testing/sandbox-capture';
import { workloadSnapshot } from '@/lib/testing/workload-capture';
import { toPodRow } from '@/lib/views/pod-row';
import { systemClock, type Clock, type TimerHandle } from './clock';
import { fix, KubeconfigError } from './errors';
import type { LiveKey } from './live';
import { FIRST_PAINT_TIMEOUT_MS, readListSnapshot, readModelSnapshot, readRawSnapshot, type SnapshotOptions } from './query';
import { RESOURCES, type ResourceName } from './resources';
import { resolveSubscription, type SubscriptionDefinition } from './subscriptions';
import { defaultNormalize, type KubeObject } from './watch-cache';

// Real sandbox objects through the real registry and WatchCache; only the apiserver is scripted.
const T0 = '2026-11-26T02:12:00.000Z';
const NS = 'explain-demo';
const pods = () => sandboxCapture.pods().filter((p) => p.metadata?.namespace === NS);
const podsKey: LiveKey = { resource: 'pods', namespace: NS };

/** An object as the cache hands it out (kind filled in, managedFields dropped). */
function cached<T extends KubeObject>(obj: T, resource: ResourceName): T {
  return defaultNormalize<T>(obj, RESOURCES[resource]);
}

/** systemClock (under fake timers), counting the reader's timers not yet fired or cleared. */
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

/** A promise's outcome so far, without waiting for it. */
function settled<T>(p: Promise<T>): { value: T | undefined; done: boolean } {
  const s: { value: T | undefined; done: boolean } = { value: undefined, done: false };
  void p.then((v) => {
    s.value = v;
    s.done = true;
  });
  return s;
}

const flush = () => vi.advanceTimersByTimeAsync(0);

let cluster: FakeCluster;
let timers: ReturnType<typeof trackingClock>;
let opts: SnapshotOptions;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(T0) });
  cluster = new FakeCluster();
  timers = trackingClock();
  opts = { subscribe: cluster.subscribe, clock: timers.clock };
});
afterEach(() => {
  cluster.stopAll();
  vi.useRealTimers();
});

describe('readRawSnapshot', () => {
  it('waits for the cache\'s first complete list, gives its objects, and lets go of the cache', async () => {
    const read = settled(readRawSnapshot(podsKey, opts));
    await vi.advanceTimersByTimeAsync(1000);
    expect(read.done).toBe(false);
    cluster.list(podsKey, pods());
    await flush();
    expect(read.value).toStrictEqual({ ok: true, items: pods().map((p) => cached(p, 'pods')), synced: true });
    expect(cluster.subscribedKeys()).toStrictEqual([]);
    expect(timers.pending()).toBe(0);
  });

  it('answers at once from a cache that is already synced', async () => {
    const off = cluster.subscribe(podsKey, () => {});
    cluster.list(podsKey, pods());
    await flush();
    const read = settled(readRawSnapshot(podsKey, opts));
    await Promise.resolve();
    expect(read.value).toStrictEqual({ ok: true, items: pods().map((p) => cached(p, 'pods')), synced: true });
    await flush();
    expect(cluster.subscribedKeys()).toStrictEqual([cluster.keyOf(podsKey)]);
    off();
  });

  it('gives an empty, unsynced list when a cold cache has not listed in time', async () => {
    const read = settled(readRawSnapshot(podsKey, opts));
    await vi.advanceTimersByTimeAsync(FIRST_PAINT_TIMEOUT_MS - 1);
    expect(read.done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(read.value).toStrictEqual({ ok: true, items: [], synced: false });
    expect(cluster.subscribedKeys()).toStrictEqual([]);
  });

  it('gives the objects a relisting cache still holds when the relist does not finish in time', async () => {
    const off = cluster.subscribe(podsKey, () => {});
    cluster.list(podsKey, pods());
    await flush();
    cluster.source(podsKey).lastWatch().emit('ERROR', { kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'too old resource version: 1 (2000)', reason: 'Expired', code: 410 });
    await flush();

    const read = settled(readRawSnapshot(podsKey, { ...opts, timeoutMs: 500 }));
    await vi.advanceTimersByTimeAsync(500);
    expect(read.value).toStrictEqual({ ok: true, items: pods().map((p) => cached(p, 'pods')), synced: false });
    off();
  });

  it('ends at once when the cache is forbidden, naming verb and resource', async () => {
    const read = settled(readRawSnapshot({ resource: 'nodes' }, opts));
    cluster.failList({ resource: 'nodes' }, forbidden('nodes'));
    await flush();
    expect(read.value).toStrictEqual({ ok: false, error: { phase: 'forbidden', verb: 'list', resource: 'nodes', lastEventAt: null } });
    expect(cluster.subscribedKeys()).toStrictEqual([]);
    expect(timers.pending()).toBe(0);
  });

  it('ends at once when the cache retries for a known reason (the server refuses connections)', async () => {
    const read = settled(readRawSnapshot(podsKey, opts));
    cluster.failList(podsKey, refused());
    await flush();
    expect(read.value).toStrictEqual({
      ok: false,
      error: { phase: 'error', kind: 'unreachable', message: 'connect ECONNREFUSED 127.0.0.1:6443', fix: { id: 'fix.cluster.unreachable', params: {} }, lastEventAt: null },
    });
    expect(cluster.subscribedKeys()).toStrictEqual([]);
    expect(timers.pending()).toBe(0);
  });

  it('ends at once on an error retrying cannot fix (401)', async () => {
    const read = settled(readRawSnapshot(podsKey, opts));
    cluster.failList(podsKey, unauthorized());
    await flush();
    expect(read.value).toStrictEqual({ ok: false, error: { phase: 'error', kind: 'unauthorized', message: 'HTTP 401 Unauthorized', fix: { id: 'fix.auth.unauthorized', params: {} }, lastEventAt: null } });
  });

  it('waits through a retry it cannot classify: a recovery in time gives the objects', async () => {
    const read = settled(readRawSnapshot(podsKey, opts));
    cluster.failList(podsKey, new Error('socket hang up'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(read.done).toBe(false);
    cluster.list(podsKey, pods());
    await flush();
    expect(read.value).toStrictEqual({ ok: true, items: pods().map((p) => cached(p, 'pods')), synced: true });
  });

  it('waits through a retry it cannot classify, and names it as the error when the time is up', async () => {
    const read = settled(readRawSnapshot(podsKey, opts));
    cluster.source(podsKey).failLists = new Error('socket hang up');
    cluster.failList(podsKey, new Error('socket hang up'));
    await vi.advanceTimersByTimeAsync(FIRST_PAINT_TIMEOUT_MS - 1);
    expect(read.done).toBe(false);
    expect(cluster.source(podsKey).lists).toHaveLength(1); // every retry failed at once: none is left pending
    await vi.advanceTimersByTimeAsync(1);
    expect(read.value).toStrictEqual({ ok: false, error: { phase: 'error', kind: 'unknown', message: 'socket hang up', fix: { id: 'fix.unknown', params: {} }, lastEventAt: null } });
    expect(cluster.subscribedKeys()).toStrictEqual([]);
  });

  it('turns a kubeconfig that cannot be used into the snapshot\'s error', async () => {
    const subscribe = () => {
      throw new KubeconfigError('malformed-kubeconfig', 'kubeconfig is not valid YAML (line 3, column 1)', fix('fix.kubeconfig.malformed'));
    };
    const read = await readRawSnapshot(podsKey, { ...opts, subscribe });
    expect(read).toStrictEqual({
      ok: false,
      error: { phase: 'error', kind: 'malformed-kubeconfig', message: 'kubeconfig is not valid YAML (line 3, column 1)', fix: { id: 'fix.kubeconfig.malformed', params: {} }, lastEventAt: null },
    });
    expect(timers.pending()).toBe(0);
  });
});

describe('readListSnapshot', () => {
  it('projects the objects like the live stream does, with the phase it reached', async () => {
    const read = settled(readListSnapshot({ view: 'pods', namespace: NS }, opts));
    cluster.list(podsKey, pods());
    await flush();
    expect(read.value).toStrictEqual({ ok: true, items: pods().map((p) => toPodRow(cached(p, 'pods') as V1Pod, new Date(T0))), phase: 'synced', count: pods().length });

    const late = settled(readListSnapshot({ view: 'pods', namespace: 'e2e-pod-capture' }, opts));
    await vi.advanceTimersByTimeAsync(FIRST_PAINT_TIMEOUT_MS);
    expect(late.value).toStrictEqual({ ok: true, items: [], phase: 'syncing', count: 0 });
  });

  it('with firstPage and a limit, answers on a cold cache\'s first list page with its first rows by namespace and name, how many it has and the estimated total', async () => {
    const all = pods();
    const firstPage = all.slice(0, 6);
    const read = settled(readListSnapshot({ view: 'pods', namespace: NS }, { ...opts, firstPage: true, limit: 3 }));
    await flush();
    expect(read.done).toBe(false);
    cluster.listPage(podsKey, [...firstPage].reverse(), all.length - 6);
    await flush();
    const byOrder = [...firstPage].sort((a, b) => (a.metadata!.name! < b.metadata!.name! ? -1 : 1));
    expect(read.value).toStrictEqual({ ok: true, items: byOrder.slice(0, 3).map((p) => toPodRow(cached(p, 'pods') as V1Pod, new Date(T0))), phase: 'syncing', count: 6, total: all.length });
    expect([cluster.subscribedKeys(), timers.pending()]).toStrictEqual([[], 0]);
  });

  it('with firstPage, answers a synced cache with its first rows and the whole count, and an empty namespace once its one empty page is in', async () => {
    const off = cluster.subscribe(podsKey, () => {});
    cluster.list(podsKey, pods());
    await flush();
    const warm = settled(readListSnapshot({ view: 'pods', namespace: NS }, { ...opts, firstPage: true, limit: 2 }));
    const empty = settled(readListSnapshot({ view: 'pods', namespace: 'nothing-here' }, { ...opts, firstPage: true, limit: 2 }));
    await flush();
    cluster.list({ resource: 'pods', namespace: 'nothing-here' }, []);
    await flush();
    const first2 = [...pods()].sort((a, b) => (a.metadata!.name! < b.metadata!.name! ? -1 : 1)).slice(0, 2);
    expect([warm.value, empty.value]).toStrictEqual([
      { ok: true, items: first2.map((p) => toPodRow(cached(p, 'pods') as V1Pod, new Date(T0))), phase: 'synced', count: pods().length },
      { ok: true, items: [], phase: 'synced', count: 0 },
    ]);
    off();
  });

  it('passes a failure on unchanged', async () => {
    const read = settled(readListSnapshot({ view: 'namespaces' }, opts));
    cluster.failList({ resource: 'namespaces' }, forbidden('namespaces'));
    await flush();
    expect(read.value).toStrictEqual({ ok: false, error: { phase: 'forbidden', verb: 'list', resource: 'namespaces', lastEventAt: null } });
  });

  it('refuses a model view', async () => {
    await expect(readListSnapshot({ view: 'nodes' }, opts)).rejects.toThrow('nodes is not a list view');
  });
});

describe('readModelSnapshot', () => {
  const podSpec: SubscriptionSpec = { view: 'pod', namespace: NS, name: 'crash-loop' };
  const keys = {
    pods: podsKey,
    events: { resource: 'events', namespace: NS },
    nodes: { resource: 'nodes' },
    services: { resource: 'services', namespace: NS },
    endpointslices: { resource: 'endpointslices', namespace: NS },
    replicasets: { resource: 'replicasets', namespace: NS },
    jobs: { resource: 'jobs', namespace: NS },
  } satisfies Record<string, LiveKey>;
  // The owner chain's sources (ReplicaSets, Jobs) come from the workload capture of the same namespace.
  const demo = workloadSnapshot('explain-demo-workloads');
  const inputs = () => ({
    pods: pods(),
    events: sandboxCapture.events().filter((e) => e.metadata?.namespace === NS) as KubeObject[],
    nodes: sandboxCapture.nodes() as KubeObject[],
    services: sandboxCapture.services() as KubeObject[],
    endpointslices: sandboxCapture.endpointSlices() as KubeObject[],
    replicasets: demo.replicaSets as KubeObject[],
    jobs: demo.jobs as KubeObject[],
  });

  /** What the pod view's builder makes of these inputs, as the caches hand them out. */
  function built(given: Record<keyof typeof keys, KubeObject[]>): unknown {
    const def = resolveSubscription(podSpec);
    if (def.kind !== 'model') throw new Error('not a model view');
    const normalized = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v.map((o) => cached(o, keys[k as keyof typeof keys].resource))]));
    return def.build(normalized, new Date(T0), undefined);
  }

  it('builds the model as the live stream will, once every source has synced', async () => {
    const read = settled(readModelSnapshot(podSpec, opts));
    const given = inputs();
    for (const [name, key] of Object.entries(keys)) cluster.list(key, given[name as keyof typeof keys]);
    await flush();
    expect(read.value).toStrictEqual({ ok: true, model: built(given) });
    expect(cluster.subscribedKeys()).toStrictEqual([]);
  });

  it('has no model when a source did not sync in time (the live stream fills it in)', async () => {
    const read = settled(readModelSnapshot(podSpec, opts));
    const given = inputs();
    for (const [name, key] of Object.entries(keys)) if (name !== 'events') cluster.list(key, given[name as keyof typeof keys]);
    await vi.advanceTimersByTimeAsync(FIRST_PAINT_TIMEOUT_MS);
    expect(read.value).toStrictEqual({ ok: true, model: null });
    expect(cluster.subscribedKeys()).toStrictEqual([]);
  });

  it('counts an optional source that fails as empty, and makes a required one\'s failure the page\'s error', async () => {
    const optional = settled(readModelSnapshot(podSpec, { ...opts, required: ['pods'] }));
    const given = inputs();
    for (const [name, key] of Object.entries(keys)) if (name !== 'events') cluster.list(key, given[name as keyof typeof keys]);
    cluster.failList(keys.events, forbidden('events'));
    await flush();
    expect(optional.value).toStrictEqual({ ok: true, model: built({ ...given, events: [] }) });

    const everyRequired = settled(readModelSnapshot(podSpec, opts));
    await flush();
    for (const [name, key] of Object.entries(keys)) if (name !== 'events') cluster.list(key, given[name as keyof typeof keys]);
    cluster.failList(keys.events, forbidden('events'));
    await flush();
    expect(everyRequired.value).toStrictEqual({ ok: false, error: { phase: 'forbidden', verb: 'list', resource: 'events', lastEventAt: null } });
  });

  it('makes a model that fails to build the page\'s error (kind build), not a page stuck on loading', async () => {
    const resolve = (s: SubscriptionSpec): SubscriptionDefinition => {
      const def = resolveSubscription(s);
      return def.kind === 'model' ? { ...def, build: () => { throw new TypeError("Cannot read properties of undefined (reading 'status')"); } } : def;
    };
    const read = settled(readModelSnapshot(podSpec, { ...opts, resolve }));
    const given = inputs();
    for (const [name, key] of Object.entries(keys)) cluster.list(key, given[name as keyof typeof keys]);
    await flush();
    expect(read.value).toStrictEqual({
      ok: false,
      error: { phase: 'error', kind: 'build', message: "Cannot read properties of undefined (reading 'status')", fix: { id: 'fix.build', params: {} }, lastEventAt: null },
    });
    expect(cluster.subscribedKeys()).toStrictEqual([]);
  });

  it('refuses a list view', async () => {
    await expect(readModelSnapshot({ view: 'pods' }, opts)).rejects.toThrow('pods is not a model view');
  });
});
