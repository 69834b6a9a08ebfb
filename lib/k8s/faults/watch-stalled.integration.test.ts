import 'server-only';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { readClusterState } from '@/sandbox/lib/cluster';
import { sandboxConfig, suffix } from '@/lib/testing/sandbox';
import {
  countingSource,
  createTestNamespace,
  duplicates,
  HubTab,
  PodChurn,
  recordCache,
  recordFaultFigures,
  tabUpserts,
  TcpProxy,
  testSubscriber,
  versionedResolve,
  viaProxy,
  waitForPodsInSync,
  waitUntil,
  type SourceCounts,
} from '@/lib/testing/faults';
import { CacheRegistry, cacheKey } from '../cache-registry';
import type { KubeObject, WatchCache } from '../watch-cache';

// Fault 4 (issue 9): a stalled watch. Between the cache and the apiserver a
// TCP proxy stops forwarding on the open connection without closing it, as
// a dead NAT entry or load balancer does: no error, no close, just silence.
// Only the cache's watchdog can notice; it must restart the watch within
// its timeout (shortened to 5 s here; the app's default is 90 s), from the
// resourceVersion it had, without a relist, and end equal to a fresh list.

const WATCHDOG_MS = 5_000;

let kc: KubeConfig;
const ns = `hm-fault-stall-${suffix()}`;

beforeAll(async () => {
  kc = sandboxConfig();
  await createTestNamespace(kc, ns);
});

afterAll(async () => {
  await kc?.makeApiClient(CoreV1Api).deleteNamespace({ name: ns }).catch(() => undefined);
});

describe('fault: a watch whose connection stalls without closing', () => {
  it('is restarted by the watchdog within its timeout and ends equal to a fresh list', { timeout: 240_000 }, async () => {
    const state = readClusterState();
    if (!state) throw new Error('no sandbox cluster state');
    const proxy = await TcpProxy.start(state.ports.apiserver);
    const proxied = viaProxy(kc, proxy.port);
    const context = proxied.getCurrentContext();
    const registry = new CacheRegistry({ idleStopMs: 0 });
    const source: SourceCounts = { lists: 0, watches: 0, gone: 0, watchErrors: 0 };
    const tab = await HubTab.open({
      subscribe: testSubscriber(registry, proxied, { wrap: (s) => countingSource(s, source), timing: { watchdogMs: WATCHDOG_MS } }),
      resolve: versionedResolve,
    });
    // Enough churn that a healthy watch is never silent for the watchdog's 5 s.
    const churn = new PodChurn(kc, ns, { perSecond: 5, minPods: 5, maxPods: 15 });
    let off = () => {};
    try {
      tab.subscribe('rows', { view: 'pods', namespace: ns });
      tab.subscribe('versions', { view: 'pods', context, namespace: ns });
      const cache = registry.peek<WatchCache<KubeObject>>(cacheKey({ context, resource: 'pods', namespace: ns }));
      if (!cache) throw new Error('the hub did not open the pods cache');
      const seen = recordCache(cache);
      off = seen.off;
      await waitUntil('the pods cache to sync', () => (cache.getState().phase === 'synced' ? true : undefined), 60_000);
      churn.start();
      await waitUntil('churn to reach 5 pods', () => (churn.stats.creates - churn.stats.deletes >= 5 ? true : undefined), 60_000);
      await waitUntil('a watch event', () => (cache.getState().lastEventAt ? true : undefined), 30_000);

      const before = { watches: source.watches, lists: source.lists, accepted: proxy.accepted, lastEventAt: cache.getState().lastEventAt };
      proxy.stall();
      const stalledAt = Date.now();
      // Recovered: a new watch on a new connection, delivering events again.
      const recovered = await waitUntil(
        'the watchdog to restart the watch',
        () => {
          const at = cache.getState().lastEventAt;
          return source.watches > before.watches && at !== null && Date.parse(at) > stalledAt ? true : undefined;
        },
        WATCHDOG_MS + 60_000,
        50,
      );
      const restartedAfterMs = recovered.ms;
      const phasesAfterStall = [...new Set(seen.phases)];
      await new Promise((r) => setTimeout(r, 3_000));
      await churn.stop();
      const converged = await waitForPodsInSync(kc, ns, cache, tab);

      const duplicated = { cache: duplicates(seen.upserts), tab: duplicates(tabUpserts(tab)) };
      recordFaultFigures('watch-stalled', {
        what: "a TCP proxy between the pods cache and the apiserver stops forwarding on the open watch connection without closing it while pods churn at 5 changes/s; the cache's watchdog (5 s here, 90 s by default) must restart the watch",
        watchdogMs: WATCHDOG_MS,
        defaultWatchdogMs: 90_000,
        recoveredAfterStallMs: restartedAfterMs,
        newWatches: source.watches - before.watches,
        relists: source.lists - before.lists,
        newConnections: proxy.accepted - before.accepted,
        cachePhasesSeen: phasesAfterStall,
        churn: { perSecond: 5, ...churn.stats },
        convergedAfterChurnStoppedMs: converged.ms,
        objectsCompared: converged.objects,
        missing: 0,
        phantom: 0,
        stale: 0,
        duplicatedUpdates: { cache: duplicated.cache.length, tab: duplicated.tab.length },
        source,
      });
      // The watchdog, not an error, restarted it: from the resourceVersion it had, no relist, never "reconnecting".
      expect(restartedAfterMs).toBeLessThan(WATCHDOG_MS + 10_000);
      expect(source.lists - before.lists).toBe(0);
      expect(phasesAfterStall).not.toContain('reconnecting');
      expect(duplicated).toStrictEqual({ cache: [], tab: [] });
    } finally {
      off();
      await churn.stop();
      tab.close();
      registry.stopAll();
      await proxy.close();
    }
  });
});
