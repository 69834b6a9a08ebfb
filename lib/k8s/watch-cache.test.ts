import 'server-only';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiException } from '@kubernetes/client-node';
import { loadFixture } from '@/lib/testing/fixtures';
import { RESOURCES } from './resources';
import { FakeSource, listItem } from '@/lib/testing/fake-watch-source';
import { backoffDelay, defaultNormalize, internStrings, StringPool, WatchCache, type CacheEvent, type KubeObject } from './watch-cache';

// Real pods captured from clusters. Two captures are the same pod (same uid)
// at two resourceVersions, which is exactly what a MODIFIED looks like.
const runningError = loadFixture<KubeObject>('pods/minikube-running-terminated-error-restartalways.json'); // uid 63674389…, rv 151396
const crashLoop = loadFixture<KubeObject>('pods/minikube-crashloopbackoff-lastState-error.json'); // same uid, rv 151454
const nginx = loadFixture<KubeObject>('pods/minikube-running-ready-nginx.json');
const gke = loadFixture<KubeObject>('pods/gke-running-ready-deployment-pod.json');
const sidecar = loadFixture<KubeObject>('pods/kind-native-sidecar-init-completed-running.json');

const flush = () => vi.advanceTimersByTimeAsync(0);
const T0 = '2025-01-01T00:00:00.000Z';

function makeCache(source: FakeSource, extra: Partial<ConstructorParameters<typeof WatchCache>[0]> = {}) {
  const cache = new WatchCache<KubeObject>({ resource: RESOURCES.pods, source, random: () => 0.5, ...extra });
  const events: CacheEvent<KubeObject>[] = [];
  cache.subscribe((e) => events.push(e));
  return { cache, events };
}

/** Starts a cache and completes a one-page list with `items` at `rv`. */
async function syncedCache(items: KubeObject[], rv = '1000', extra = {}) {
  const source = new FakeSource();
  const { cache, events } = makeCache(source, extra);
  cache.start();
  source.lastList().resolve({ items: items.map(listItem), resourceVersion: rv });
  await flush();
  events.length = 0;
  return { source, cache, events };
}

const connRefused = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6443'), { code: 'ECONNREFUSED' });

beforeEach(() => {
  vi.useFakeTimers({ now: new Date(T0) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('WatchCache sync', () => {
  it('sends each page of the first list as it arrives, with kind and apiVersion filled in, the count and the server\'s estimated total, then only a synced state', async () => {
    const source = new FakeSource();
    const { cache, events } = makeCache(source);
    cache.start();

    source.lastList().resolve({ items: [listItem(nginx), listItem(gke)], resourceVersion: '500', continue: 'page-2', remainingItemCount: 1 });
    await flush();
    source.lastList().resolve({ items: [listItem(sidecar)], resourceVersion: '500' });
    await flush();

    expect(source.lists.map((l) => l.token)).toStrictEqual([undefined, 'page-2']);
    expect(events).toStrictEqual([
      { type: 'snapshot', items: [], state: { phase: 'syncing', count: 0, lastEventAt: null, lastSyncedAt: null } },
      { type: 'page', items: [nginx, gke], state: { phase: 'syncing', count: 2, total: 3, lastEventAt: null, lastSyncedAt: null } },
      { type: 'page', items: [sidecar], state: { phase: 'syncing', count: 3, total: 3, lastEventAt: null, lastSyncedAt: null } },
      { type: 'state', state: { phase: 'synced', lastEventAt: null, lastSyncedAt: T0 } },
    ]);
    expect(source.watches.map((w) => w.resourceVersion)).toStrictEqual(['500']);
    expect([cache.items(), cache.get(nginx.metadata!.uid!)]).toStrictEqual([[nginx, gke, sidecar], nginx]);
  });

  it('leaves the total out while the server gives no remainingItemCount', async () => {
    const source = new FakeSource();
    const { cache, events } = makeCache(source);
    cache.start();
    source.lastList().resolve({ items: [listItem(nginx)], resourceVersion: '5', continue: 'c' });
    await flush();
    expect(events.at(-1)).toStrictEqual({ type: 'page', items: [nginx], state: { phase: 'syncing', count: 1, lastEventAt: null, lastSyncedAt: null } });
  });

  it('gives a subscriber that joins during the first sync a snapshot of the pages so far, then the following pages', async () => {
    const source = new FakeSource();
    const { cache } = makeCache(source);
    cache.start();
    source.lastList().resolve({ items: [listItem(nginx)], resourceVersion: '7', continue: 'c2', remainingItemCount: 2 });
    await flush();
    const late: CacheEvent<KubeObject>[] = [];
    cache.subscribe((e) => late.push(e));
    source.lastList().resolve({ items: [listItem(gke), listItem(sidecar)], resourceVersion: '7' });
    await flush();
    expect(late).toStrictEqual([
      { type: 'snapshot', items: [nginx], state: { phase: 'syncing', count: 1, total: 3, lastEventAt: null, lastSyncedAt: null } },
      { type: 'page', items: [gke, sidecar], state: { phase: 'syncing', count: 3, total: 3, lastEventAt: null, lastSyncedAt: null } },
      { type: 'state', state: { phase: 'synced', lastEventAt: null, lastSyncedAt: T0 } },
    ]);
  });

  it('ends a first sync that had to start over after sending pages with one full synced snapshot, dropping objects only the earlier attempt listed', async () => {
    const source = new FakeSource();
    const { cache, events } = makeCache(source);
    cache.start();
    source.lastList().resolve({ items: [listItem(runningError), listItem(nginx)], resourceVersion: '10', continue: 'tok' });
    await flush();
    source.lastList().reject(connRefused());
    await flush();
    await vi.advanceTimersByTimeAsync(375);
    source.lastList().resolve({ items: [listItem(crashLoop)], resourceVersion: '20', continue: 'tok2', remainingItemCount: 1 });
    await flush();
    const during = cache.items();
    source.lastList().resolve({ items: [listItem(gke)], resourceVersion: '20' });
    await flush();

    expect(events.map((e) => e.type)).toStrictEqual(['snapshot', 'page', 'state', 'state', 'page', 'page', 'snapshot']);
    expect([during, events.at(-1), cache.items()]).toStrictEqual([
      [crashLoop, nginx],
      { type: 'snapshot', items: [crashLoop, gke], state: { phase: 'synced', lastEventAt: null, lastSyncedAt: '2025-01-01T00:00:00.375Z' } },
      [crashLoop, gke],
    ]);
    expect(source.lastWatch().resourceVersion).toBe('20');
  });

  it('keeps later relists staged: no pages, only the differences once the complete list is in', async () => {
    const { source, cache, events } = await syncedCache([nginx, gke]);
    source.lastWatch().done(Object.assign(new Error('Gone'), { statusCode: 410 }));
    await flush();
    source.lastList().resolve({ items: [listItem(nginx)], resourceVersion: '2000', continue: 'c', remainingItemCount: 1 });
    await flush();
    const during = cache.items();
    source.lastList().resolve({ items: [listItem(sidecar)], resourceVersion: '2000' });
    await flush();
    expect([during, events]).toStrictEqual([
      [nginx, gke],
      [
        { type: 'state', state: { phase: 'syncing', count: 0, lastEventAt: null, lastSyncedAt: T0 } },
        { type: 'state', state: { phase: 'syncing', count: 1, total: 2, lastEventAt: null, lastSyncedAt: T0 } },
        { type: 'delete', obj: gke },
        { type: 'upsert', obj: sidecar },
        { type: 'state', state: { phase: 'synced', lastEventAt: null, lastSyncedAt: T0 } },
      ],
    ]);
  });

  it('gives a late subscriber a snapshot of the current store first', async () => {
    const { cache } = await syncedCache([nginx, gke]);
    const late: CacheEvent<KubeObject>[] = [];
    cache.subscribe((e) => late.push(e));
    expect(late).toStrictEqual([
      { type: 'snapshot', items: [nginx, gke], state: { phase: 'synced', lastEventAt: null, lastSyncedAt: T0 } },
    ]);
  });

  it('normalises typed client objects: Dates become ISO strings', async () => {
    const source = new FakeSource();
    const { cache } = makeCache(source);
    cache.start();
    const typed = { metadata: { uid: 'u1', name: 'p', resourceVersion: '1', creationTimestamp: new Date('2024-05-06T07:08:09Z') } };
    source.lastList().resolve({ items: [typed], resourceVersion: '1' });
    await flush();
    expect(cache.items()).toStrictEqual([
      {
        metadata: { uid: 'u1', name: 'p', resourceVersion: '1', creationTimestamp: '2024-05-06T07:08:09.000Z' },
        kind: 'Pod',
        apiVersion: 'v1',
      },
    ]);
  });
});

describe('WatchCache watch', () => {
  it('applies ADDED, MODIFIED and DELETED, and moves the resourceVersion on bookmarks without emitting', async () => {
    const { source, cache, events } = await syncedCache([runningError]);
    const w = source.lastWatch();

    await vi.advanceTimersByTimeAsync(1_000);
    w.emit('ADDED', nginx);
    w.emit('MODIFIED', crashLoop);
    w.emit('BOOKMARK', { kind: 'Pod', apiVersion: 'v1', metadata: { resourceVersion: '1482900' } });
    w.emit('DELETED', nginx);

    expect(events).toStrictEqual([
      { type: 'upsert', obj: nginx },
      { type: 'upsert', obj: crashLoop },
      { type: 'delete', obj: nginx },
    ]);
    expect(cache.items()).toStrictEqual([crashLoop]);
    expect(cache.getState()).toStrictEqual({
      phase: 'synced',
      lastEventAt: '2025-01-01T00:00:01.000Z',
      lastSyncedAt: T0,
    });

    // A normal server-side close resumes at once from the last seen resourceVersion (the DELETED event's).
    w.done();
    await flush();
    expect(source.watches.map((x) => x.resourceVersion)).toStrictEqual(['1000', nginx.metadata!.resourceVersion]);
    expect(source.lists).toHaveLength(1);
  });

  it('resumes from a bookmark resourceVersion, compared as an opaque string', async () => {
    const { source } = await syncedCache([nginx], '99');
    source.lastWatch().emit('BOOKMARK', { metadata: { resourceVersion: '100' } });
    source.lastWatch().done(null);
    await flush();
    expect(source.lastWatch().resourceVersion).toBe('100');
  });

  it('ignores a repeated event with the same resourceVersion', async () => {
    const { source, events } = await syncedCache([nginx]);
    source.lastWatch().emit('MODIFIED', nginx);
    expect(events).toStrictEqual([]);
  });
});

describe('WatchCache 410 Gone', () => {
  it('relists on a 410 ERROR event and reconciles by uid without losing or duplicating objects', async () => {
    const { source, cache, events } = await syncedCache([runningError, nginx, gke]);
    const w = source.lastWatch();

    w.emit('ERROR', { kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'too old resource version: 1000 (2000)', reason: 'Expired', code: 410 });
    await flush();
    expect(w.aborted).toBe(true);
    expect(source.lastList().token).toBeUndefined();

    // runningError changed (same uid, new rv), nginx unchanged, gke vanished, sidecar new.
    source.lastList().resolve({ items: [listItem(crashLoop), listItem(nginx), listItem(sidecar)], resourceVersion: '2000' });
    await flush();

    expect(events).toStrictEqual([
      { type: 'state', state: { phase: 'syncing', count: 0, lastEventAt: T0, lastSyncedAt: T0 } },
      { type: 'delete', obj: gke },
      { type: 'upsert', obj: crashLoop },
      { type: 'upsert', obj: sidecar },
      { type: 'state', state: { phase: 'synced', lastEventAt: T0, lastSyncedAt: T0 } },
    ]);
    expect(cache.items()).toStrictEqual([crashLoop, nginx, sidecar]);
    expect(source.lastWatch().resourceVersion).toBe('2000');
  });

  it('relists when the watch ends with an error carrying statusCode 410 (client-node Watch shape)', async () => {
    const { source } = await syncedCache([nginx]);
    source.lastWatch().done(Object.assign(new Error('Gone'), { statusCode: 410 }));
    await flush();
    expect(source.lists).toHaveLength(2);
  });

  it('restarts the list from the first page when a continue token has expired', async () => {
    const source = new FakeSource();
    const { cache, events } = makeCache(source);
    cache.start();
    source.lastList().resolve({ items: [listItem(nginx)], resourceVersion: '10', continue: 'tok' });
    await flush();
    const expired = new ApiException(
      410,
      'Unknown API Status Code!',
      JSON.stringify({ kind: 'Status', code: 410, reason: 'Expired', message: 'The provided continue parameter is too old' }),
      {},
    );
    source.lastList().reject(expired);
    await flush();
    source.lastList().resolve({ items: [listItem(nginx)], resourceVersion: '20', continue: 'tok2' });
    await flush();
    source.lastList().resolve({ items: [listItem(gke)], resourceVersion: '20' });
    await flush();

    expect(source.lists.map((l) => l.token)).toStrictEqual([undefined, 'tok', undefined, 'tok2']);
    expect(events.map((e) => (e.type === 'snapshot' || e.type === 'page' ? `${e.type} ${e.items.length}` : e.type === 'state' ? `${e.type} ${e.state.phase}` : e.type))).toStrictEqual([
      'snapshot 0',
      'page 1', // page 1
      'state syncing', // count 0: restarted
      'page 1', // page 1 again
      'page 1', // page 2
      'snapshot 2', // reconciles the pages of both attempts
    ]);
    expect(cache.items()).toStrictEqual([nginx, gke]);
    expect(source.lastWatch().resourceVersion).toBe('20');
  });
});

describe('WatchCache errors and backoff', () => {
  it('retries a failing watch with capped, jittered exponential backoff from the last resourceVersion', async () => {
    const { source, events } = await syncedCache([nginx], '77');
    const delays: number[] = [];
    for (let i = 0; i < 9; i++) {
      source.lastWatch().done(connRefused());
      await flush();
      const last = events.at(-1);
      if (last?.type !== 'state' || last.state.phase !== 'reconnecting') throw new Error('expected reconnecting');
      delays.push(last.state.retryInMs);
      const before = source.watches.length;
      await vi.advanceTimersByTimeAsync(last.state.retryInMs - 1);
      expect(source.watches).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(source.watches).toHaveLength(before + 1);
    }
    // Equal jitter with random 0.5: ¾ of a step that doubles from 500 ms to the 30 s cap.
    expect(delays).toStrictEqual([375, 750, 1500, 3000, 6000, 12000, 22500, 22500, 22500]);
    expect(new Set(source.watches.map((w) => w.resourceVersion))).toStrictEqual(new Set(['77']));
    expect(source.lists).toHaveLength(1);
    expect(events.at(-1)).toStrictEqual({
      type: 'state',
      state: { phase: 'synced', lastEventAt: null, lastSyncedAt: T0 },
    });
  });

  it('reports attempt, delay and message while reconnecting after a failed connect', async () => {
    const { source, cache } = await syncedCache([nginx]);
    source.failNextWatch = connRefused();
    source.lastWatch().done(connRefused());
    await flush();
    await vi.advanceTimersByTimeAsync(375);
    expect(cache.getState()).toStrictEqual({
      phase: 'reconnecting',
      attempt: 2,
      retryInMs: 750,
      message: 'connect ECONNREFUSED 127.0.0.1:6443',
      lastEventAt: null,
      lastSyncedAt: T0,
    });
  });

  it('resets the backoff once a watch has stayed connected for the healthy period', async () => {
    const { source, cache } = await syncedCache([nginx]);
    source.lastWatch().done(connRefused());
    await vi.advanceTimersByTimeAsync(375);
    source.lastWatch().done(connRefused());
    await vi.advanceTimersByTimeAsync(750);
    // Connected now; stays healthy for a minute (bookmarks keep the watchdog quiet).
    for (let i = 0; i < 2; i++) {
      await vi.advanceTimersByTimeAsync(30_000);
      source.lastWatch().emit('BOOKMARK', { metadata: { resourceVersion: `b${i}` } });
    }
    source.lastWatch().done(connRefused());
    await flush();
    expect(cache.getState()).toMatchObject({ phase: 'reconnecting', attempt: 1, retryInMs: 375 });
  });

  it('backs off a watch that closes cleanly at once with no events instead of spinning', async () => {
    const { source, cache } = await syncedCache([nginx]);
    source.lastWatch().done();
    await flush();
    expect(source.watches).toHaveLength(1);
    expect(cache.getState()).toMatchObject({ phase: 'reconnecting', attempt: 1, message: 'watch closed immediately' });
  });

  it('restarts a watch that has been silent for the watchdog period', async () => {
    const { source } = await syncedCache([nginx], '5', { watchdogMs: 90_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    source.lastWatch().emit('BOOKMARK', { metadata: { resourceVersion: '6' } }); // resets the watchdog
    await vi.advanceTimersByTimeAsync(89_999);
    expect(source.watches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(source.watches).toHaveLength(2);
    expect(source.watches[0]!.aborted).toBe(true);
    expect(source.lastWatch().resourceVersion).toBe('6');
  });

  it('retries a failed list with backoff, then watches from the new list', async () => {
    const source = new FakeSource();
    const { cache } = makeCache(source);
    cache.start();
    source.lastList().reject(connRefused());
    await flush();
    expect(cache.getState()).toMatchObject({ phase: 'reconnecting', attempt: 1, retryInMs: 375 });
    await vi.advanceTimersByTimeAsync(375);
    source.lastList().resolve({ items: [listItem(nginx)], resourceVersion: '3' });
    await flush();
    expect(cache.getState()).toStrictEqual({ phase: 'synced', lastEventAt: null, lastSyncedAt: '2025-01-01T00:00:00.375Z' });
    expect(source.lastWatch().resourceVersion).toBe('3');
  });
});

describe('WatchCache forbidden and fatal errors', () => {
  const forbidden = () =>
    new ApiException(
      403,
      'Unknown API Status Code!',
      JSON.stringify({
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'pods is forbidden: User "system:serviceaccount:default:viewer" cannot list resource "pods" in API group "" at the cluster scope',
        reason: 'Forbidden',
        details: { kind: 'pods' },
        code: 403,
      }),
      {},
    );

  it('reports forbidden with verb and resource on a 403 from list and retries only once a minute', async () => {
    const source = new FakeSource();
    const { cache } = makeCache(source);
    cache.start();
    source.lastList().reject(forbidden());
    await flush();
    expect(cache.getState()).toStrictEqual({
      phase: 'forbidden',
      verb: 'list',
      resource: 'pods',
      lastEventAt: null,
      lastSyncedAt: null,
    });
    await vi.advanceTimersByTimeAsync(59_999);
    expect(source.lists).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(source.lists).toHaveLength(2);
  });

  it('names the group in the forbidden resource for non-core kinds', async () => {
    const source = new FakeSource();
    const cache = new WatchCache({ resource: RESOURCES.endpointslices, source });
    cache.start();
    source.lastList().reject(forbidden());
    await flush();
    expect(cache.getState()).toMatchObject({ phase: 'forbidden', verb: 'list', resource: 'endpointslices.discovery.k8s.io' });
  });

  it('reports forbidden for the watch verb when the watch is refused', async () => {
    const { source, cache } = await syncedCache([nginx]);
    source.lastWatch().done(Object.assign(new Error('Forbidden'), { statusCode: 403 }));
    await flush();
    expect(cache.getState()).toMatchObject({ phase: 'forbidden', verb: 'watch', resource: 'pods' });
  });

  it('puts the cache in error on 401 and retries slowly, keeping the objects it has', async () => {
    const { source, cache } = await syncedCache([nginx]);
    source.lastWatch().done(new ApiException(401, 'Unauthorized', undefined, {}));
    await flush();
    expect(cache.getState()).toStrictEqual({ phase: 'error', message: 'HTTP 401 Unauthorized', lastEventAt: null, lastSyncedAt: T0 });
    expect(cache.items()).toStrictEqual([nginx]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(source.lists).toHaveLength(2);
  });
});

describe('WatchCache lifecycle', () => {
  it('stop aborts the watch, cancels timers and ignores late callbacks', async () => {
    const { source, cache, events } = await syncedCache([nginx]);
    const w = source.lastWatch();
    cache.stop();
    expect(w.aborted).toBe(true);
    w.emit('ADDED', gke);
    w.done(connRefused());
    await vi.advanceTimersByTimeAsync(200_000);
    expect(events).toStrictEqual([]);
    expect(source.watches).toHaveLength(1);
    expect(cache.isRunning()).toBe(false);
  });

  it('fails the watch visibly when normalising an event throws, instead of losing the event', async () => {
    const { source, cache } = await syncedCache([nginx], '1', {
      normalize: (raw: unknown) => {
        if ((raw as KubeObject).metadata?.name === 'sleep') throw new Error('cannot normalise sleep');
        return raw as KubeObject;
      },
    });
    source.lastWatch().emit('ADDED', sidecar);
    expect(cache.items().map((p) => p.metadata?.name)).toStrictEqual(['nginx']);
    expect(cache.getState()).toMatchObject({ phase: 'reconnecting', attempt: 1, message: 'cannot normalise sleep' });
    await vi.advanceTimersByTimeAsync(375);
    expect(source.lastWatch().resourceVersion).toBe('1'); // the event will be replayed
  });

  it('keeps delivering to other listeners when one throws', async () => {
    const { source, cache, events } = await syncedCache([]);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    cache.subscribe((e) => {
      if (e.type === 'upsert') throw new Error('boom');
    });
    source.lastWatch().emit('ADDED', nginx);
    expect(events).toStrictEqual([{ type: 'upsert', obj: nginx }]);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('backoffDelay', () => {
  it('doubles from the base, caps the step, and jitters between half and the whole step', () => {
    expect([1, 2, 3, 7, 8, 30].map((a) => backoffDelay(a, 500, 30_000, () => 0))).toStrictEqual([250, 500, 1000, 15000, 15000, 15000]);
    expect([1, 2, 8].map((a) => backoffDelay(a, 500, 30_000, () => 1))).toStrictEqual([500, 1000, 30000]);
  });
});

describe('defaultNormalize', () => {
  it('copies plain JSON shallowly: the top level and metadata are new, the rest is shared with the parsed input, which stays untouched', () => {
    const raw = JSON.parse(JSON.stringify(listItem(nginx))) as KubeObject & { spec: unknown; metadata: { managedFields?: unknown } };
    raw.metadata.managedFields = [{ manager: 'kubelet' }];
    const before = structuredClone(raw);
    const out = defaultNormalize<typeof raw>(raw, { group: '', version: 'v1', kind: 'Pod', plural: 'pods' });
    const { managedFields: _m, ...meta } = before.metadata;
    expect([out, raw, out === raw, out.metadata === raw.metadata, out.spec === raw.spec]).toStrictEqual([{ ...before, metadata: meta, kind: 'Pod', apiVersion: 'v1' }, before, false, false, true]);
  });

  it('round-trips anything that is not plain JSON, so nested Dates become ISO strings and undefined fields disappear', () => {
    const raw = { metadata: { uid: 'u', creationTimestamp: new Date('2024-05-06T07:08:09Z') }, spec: { nodeName: undefined, containers: [{ name: 'c' }] } };
    expect(defaultNormalize(raw, { group: 'apps', version: 'v1', kind: 'Deployment', plural: 'deployments' })).toStrictEqual({
      kind: 'Deployment',
      apiVersion: 'apps/v1',
      metadata: { uid: 'u', creationTimestamp: '2024-05-06T07:08:09.000Z' },
      spec: { containers: [{ name: 'c' }] },
    });
  });


  it('fills kind and apiVersion that list items lack and drops managedFields, keeping everything else', () => {
    const raw = {
      metadata: { name: 'web', namespace: 'default', uid: 'u1', labels: { app: 'web' }, managedFields: [{ manager: 'kubectl', operation: 'Update' }] },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
    };
    expect(defaultNormalize(raw, { group: '', version: 'v1', kind: 'Pod', plural: 'pods' })).toStrictEqual({
      kind: 'Pod',
      apiVersion: 'v1',
      metadata: { name: 'web', namespace: 'default', uid: 'u1', labels: { app: 'web' } },
      spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
    });
  });
});

describe('StringPool and internStrings', () => {
  it('hold one copy of each distinct string: interning a second, separately parsed copy of a pod adds nothing, and both pods read exactly as captured, key order included', () => {
    const pool = new StringPool();
    const [a, b] = [structuredClone(gke), structuredClone(gke)];
    internStrings(a, pool);
    const afterFirst = pool.size();
    internStrings(b, pool);
    expect({ afterSecond: pool.size(), a, b, order: JSON.stringify(b) === JSON.stringify(gke) }).toStrictEqual({ afterSecond: afterFirst, a: gke, b: gke, order: true });
  });

  it('leave uid, resourceVersion and containerID values and strings longer than maxLength out of the pool', () => {
    const pool = new StringPool(100, 10);
    const pod = { metadata: { uid: 'u-1', resourceVersion: '5', name: 'web' }, status: { containerStatuses: [{ containerID: 'containerd://abc', image: 'registry.k8s.io/pause:3.10' }] } };
    internStrings(pod, pool);
    expect({ size: pool.size(), pod }).toStrictEqual({
      size: 1,
      pod: { metadata: { uid: 'u-1', resourceVersion: '5', name: 'web' }, status: { containerStatuses: [{ containerID: 'containerd://abc', image: 'registry.k8s.io/pause:3.10' }] } },
    });
  });

  it('start the table over when it is full, so a stream of ever-new strings cannot grow it past maxEntries', () => {
    const pool = new StringPool(3);
    const seen = ['a', 'b', 'c', 'd', 'a'].map((s) => [pool.intern(s), pool.size()]);
    expect(seen).toStrictEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 1],
      ['a', 2],
    ]);
  });

  it('read frozen objects and arrays without writing them, and still intern the unfrozen objects inside', () => {
    const pool = new StringPool();
    const obj = Object.freeze({ phase: 'Running', ips: Object.freeze(['10.0.0.1']), spec: { nodeName: 'node-1' } });
    internStrings(obj, pool);
    expect({ size: pool.size(), obj }).toStrictEqual({ size: 1, obj: { phase: 'Running', ips: ['10.0.0.1'], spec: { nodeName: 'node-1' } } });
  });

  it('are applied by defaultNormalize: a pod from a list page normalises to the same object with its strings pooled', () => {
    const pool = new StringPool();
    const out = defaultNormalize(JSON.parse(JSON.stringify(listItem(nginx))), RESOURCES.pods, pool);
    const again = pool.size();
    defaultNormalize(JSON.parse(JSON.stringify(listItem(nginx))), RESOURCES.pods, pool);
    expect({ out, grew: pool.size() !== again, pooled: again > 0 }).toStrictEqual({ out: { ...listItem(nginx), kind: 'Pod', apiVersion: 'v1' }, grew: false, pooled: true });
  });
});
