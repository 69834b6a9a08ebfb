import 'server-only';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { startSecondApiserver, stopSecondApiserver, type SecondApiserver } from '@/sandbox/lib/cluster';
import { sandboxConfig, suffix } from '@/lib/testing/sandbox';
import {
  compactEtcd,
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

// Fault 2 (issue 9): 410 Gone. A watch must be restarted from a
// resourceVersion that etcd has compacted away. The sandbox's apiserver
// serves watches from its watch cache, which etcd compaction does not touch
// (a watch from a compacted revision is still answered from memory), so the
// dashboard reads through a second apiserver on the same etcd with
// --watch-cache=false, as some clusters run: there, etcd serves each watch
// and answers a compacted revision with 410. The cache reaches it through a
// TCP proxy that the test cuts while pods churn; etcd is compacted while the
// cache waits to reconnect, so its next watch starts from a compacted
// revision. It must relist, and end equal to a fresh list with no update
// delivered twice.

let kc: KubeConfig;
let extra: SecondApiserver | undefined;
const ns = `hm-fault-gone-${suffix()}`;

beforeAll(async () => {
  kc = sandboxConfig();
  await createTestNamespace(kc, ns);
  extra = await startSecondApiserver('hm-apiserver-nocache', ['--watch-cache=false']);
}, 180_000);

afterAll(async () => {
  await stopSecondApiserver('hm-apiserver-nocache');
  await kc?.makeApiClient(CoreV1Api).deleteNamespace({ name: ns }).catch(() => undefined);
});

describe('fault: 410 Gone after etcd compaction during churn', () => {
  it('relists and ends equal to a fresh list: 0 missing, 0 phantom, 0 stale, no update twice', { timeout: 300_000 }, async () => {
    if (!extra) throw new Error('no second apiserver');
    const direct = new KubeConfig();
    direct.loadFromFile(extra.kubeconfig);
    const proxy = await TcpProxy.start(extra.port);
    const proxied = viaProxy(direct, proxy.port);
    const context = proxied.getCurrentContext();
    const registry = new CacheRegistry({ idleStopMs: 0 });
    const source: SourceCounts = { lists: 0, watches: 0, gone: 0, watchErrors: 0 };
    const tab = await HubTab.open({ subscribe: testSubscriber(registry, proxied, { wrap: (s) => countingSource(s, source) }), resolve: versionedResolve });
    const churn = new PodChurn(kc, ns, { perSecond: 20 });
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
      await waitUntil('churn to reach 30 pods', () => (churn.stats.creates - churn.stats.deletes >= 30 ? true : undefined), 60_000);
      const listsBefore = source.lists;
      const rvBefore = Number(cache.items().reduce((max, o) => Math.max(max, Number(o.metadata?.resourceVersion ?? 0)), 0));

      // Cut the watch and hold the cache off while the churn goes on, then compact past where it stopped.
      proxy.refuse(true);
      proxy.sever();
      const cutAt = Date.now();
      await waitUntil('the cache to notice the cut', () => (cache.getState().phase === 'reconnecting' ? true : undefined), 30_000, 50);
      await new Promise((r) => setTimeout(r, 2_000));
      const compactedTo = await compactEtcd();
      const compactedAt = Date.now();
      proxy.refuse(false);

      const relisted = await waitUntil('a 410 and a relist', () => (source.gone > 0 && source.lists > listsBefore && cache.getState().phase === 'synced' ? true : undefined), 120_000, 100);
      await new Promise((r) => setTimeout(r, 5_000));
      await churn.stop();
      const converged = await waitForPodsInSync(kc, ns, cache, tab);

      const duplicated = { cache: duplicates(seen.upserts), tab: duplicates(tabUpserts(tab)) };
      recordFaultFigures('watch-expired-410', {
        what: "pods churn at 20 changes/s; the pods cache's watch (through a second apiserver with --watch-cache=false, so etcd serves it) is cut, etcd is compacted past the cache's resourceVersion, the cache reconnects and gets 410 Gone; cache and tab compared with a fresh list by uid and resourceVersion",
        churn: { perSecond: 20, ...churn.stats },
        cacheResourceVersionAtCut: rvBefore,
        compactedToRevision: compactedTo,
        goneCount: source.gone,
        relists: source.lists - listsBefore,
        cutToCompactionMs: compactedAt - cutAt,
        relistedAfterReopenMs: relisted.ms,
        convergedAfterChurnStoppedMs: converged.ms,
        objectsCompared: converged.objects,
        missing: 0,
        phantom: 0,
        stale: 0,
        duplicatedUpdates: { cache: duplicated.cache.length, tab: duplicated.tab.length },
        source,
      });
      expect(compactedTo).toBeGreaterThan(rvBefore);
      expect(source.gone).toBeGreaterThan(0);
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
