import 'server-only';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import { apiserver } from '@/sandbox/lib/cluster';
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
  testSubscriber,
  versionedResolve,
  waitForPodsInSync,
  waitUntil,
  type SourceCounts,
} from '@/lib/testing/faults';
import { CacheRegistry, cacheKey } from '../cache-registry';
import type { KubeObject, WatchCache } from '../watch-cache';

// Fault 1 (issue 9): the sandbox's kube-apiserver is killed with SIGKILL for
// ten seconds while pods churn at 20 changes per second. After it is back,
// the shared watch cache and a tab's Pods table (through the real stream
// hub) must equal a fresh list by uid and resourceVersion.

const OUTAGE_MS = 10_000;
const CHURN_AFTER_RECOVERY_MS = 5_000;

let kc: KubeConfig;
const ns = `hm-fault-kill-${suffix()}`;

beforeAll(async () => {
  kc = sandboxConfig();
  await createTestNamespace(kc, ns);
});

afterAll(async () => {
  await apiserver('start');
  await kc?.makeApiClient(CoreV1Api).deleteNamespace({ name: ns }).catch(() => undefined);
});

describe('fault: kube-apiserver killed (SIGKILL) for 10 s during churn', () => {
  it('ends with the cache and the tab equal to a fresh list: 0 missing, 0 phantom, 0 stale, no update twice', { timeout: 420_000 }, async () => {
    const context = kc.getCurrentContext();
    const registry = new CacheRegistry({ idleStopMs: 0 });
    const source: SourceCounts = { lists: 0, watches: 0, gone: 0, watchErrors: 0 };
    const tab = await HubTab.open({ subscribe: testSubscriber(registry, kc, { wrap: (s) => countingSource(s, source) }), resolve: versionedResolve });
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

      const killedAt = Date.now();
      await apiserver('kill');
      await new Promise((r) => setTimeout(r, OUTAGE_MS));
      await apiserver('start');
      const readyAt = Date.now();
      const phasesDuringOutage = [...new Set(seen.phases)];

      // Back: the cache has listed or watched again since the apiserver came back.
      const since = (iso: string | null) => iso !== null && Date.parse(iso) >= readyAt;
      const resumed = await waitUntil(
        'the cache to resume after the restart',
        () => {
          const s = cache.getState();
          return s.phase === 'synced' && (since(s.lastEventAt) || since(s.lastSyncedAt)) ? true : undefined;
        },
        120_000,
        100,
      );
      await new Promise((r) => setTimeout(r, CHURN_AFTER_RECOVERY_MS));
      await churn.stop();
      const stoppedAt = Date.now();
      const converged = await waitForPodsInSync(kc, ns, cache, tab);

      const duplicated = { cache: duplicates(seen.upserts), tab: duplicates(tabUpserts(tab)) };
      recordFaultFigures('apiserver-kill', {
        what: 'kube-apiserver SIGKILLed for 10 s while pods churn at 20 changes/s in one namespace; the pods cache (liveCache over liveSource) and a tab on the stream hub are compared with a fresh list by uid and resourceVersion',
        churn: { perSecond: 20, ...churn.stats },
        outageMs: readyAt - killedAt,
        cachePhasesDuringOutage: phasesDuringOutage,
        resumedAfterApiserverReadyMs: resumed.ms,
        churnAfterRecoveryMs: CHURN_AFTER_RECOVERY_MS,
        convergedAfterChurnStoppedMs: converged.ms,
        convergedAfterApiserverReadyMs: stoppedAt + converged.ms - readyAt,
        objectsCompared: converged.objects,
        missing: 0,
        phantom: 0,
        stale: 0,
        duplicatedUpdates: { cache: duplicated.cache.length, tab: duplicated.tab.length },
        source,
      });
      expect(phasesDuringOutage).toContain('reconnecting');
      expect(churn.stats.failed).toBeGreaterThan(0); // the churn did run into the outage
      expect(duplicated).toStrictEqual({ cache: [], tab: [] });
    } finally {
      off();
      await churn.stop();
      tab.close();
      registry.stopAll();
      await apiserver('start');
    }
  });
});
