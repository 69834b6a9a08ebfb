import 'server-only';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreV1Api, type KubeConfig, type V1Pod } from '@kubernetes/client-node';
import { apiserver } from '@/sandbox/lib/cluster';
import { sandboxConfig, suffix } from '@/lib/testing/sandbox';
import { countingSource, counts, diverge, HubTab, inSync, listAll, PodChurn, recordFaultFigures, testSubscriber, versionOf, waitUntil, type SourceCounts, type Versioned } from '@/lib/testing/faults';
import { toPodRow } from '@/lib/views/pod-row';
import type { KeyedRow, SubscriptionSpec } from '@/lib/contract';
import { CacheRegistry, cacheKey } from '../cache-registry';
import { resolveSubscription } from '../subscriptions';
import { defaultNormalize, type CacheEvent, type KubeObject, type WatchCache } from '../watch-cache';
import { RESOURCES } from '../resources';

// Fault 1 (issue 9): the sandbox's kube-apiserver is killed with SIGKILL for
// ten seconds while pods churn at 20 changes per second. After it is back,
// the shared watch cache and a tab's Pods table (through the real stream
// hub) must equal a fresh list by uid and resourceVersion.

const OUTAGE_MS = 10_000;
const CHURN_AFTER_RECOVERY_MS = 5_000;

let kc: KubeConfig;
let core: CoreV1Api;
const ns = `hm-fault-kill-${suffix()}`;

beforeAll(async () => {
  kc = sandboxConfig();
  core = kc.makeApiClient(CoreV1Api);
  await core.createNamespace({ body: { metadata: { name: ns } } });
  // Pods are refused until the namespace's default ServiceAccount exists.
  await waitUntil('the default ServiceAccount', () => core.readNamespacedServiceAccount({ namespace: ns, name: 'default' }), 60_000);
});

afterAll(async () => {
  await apiserver('start');
  await core?.deleteNamespace({ name: ns }).catch(() => undefined);
});

/** A row of the Pods view with the object's resourceVersion, so the tab's copy can be compared version for version. */
function withVersions(spec: SubscriptionSpec) {
  const def = resolveSubscription(spec);
  if (spec.view !== 'pods' || spec.context === undefined || def.kind !== 'list') return def;
  return { ...def, project: (o: KubeObject, now: Date) => ({ ...def.project(o, now), resourceVersion: o.metadata?.resourceVersion ?? '' }) };
}

/** (uid, resourceVersion) pairs delivered more than once: a duplicated update. */
function duplicates(pairs: string[]): string[] {
  const seen = new Set<string>();
  return pairs.filter((p) => (seen.has(p) ? true : (seen.add(p), false)));
}

describe('fault: kube-apiserver killed (SIGKILL) for 10 s during churn', () => {
  it('ends with the cache and the tab equal to a fresh list: 0 missing, 0 phantom, 0 stale', { timeout: 420_000 }, async () => {
    const context = kc.getCurrentContext();
    const registry = new CacheRegistry({ idleStopMs: 0 });
    const source: SourceCounts = { lists: 0, watches: 0, gone: 0, watchErrors: 0 };
    const tab = await HubTab.open({ subscribe: testSubscriber(registry, kc, { wrap: (s) => countingSource(s, source) }), resolve: withVersions });
    const churn = new PodChurn(kc, ns, { perSecond: 20 });
    const phases: string[] = [];
    const upserts: string[] = [];
    let off = () => {};
    try {
      tab.subscribe('rows', { view: 'pods', namespace: ns });
      tab.subscribe('versions', { view: 'pods', context, namespace: ns });
      const cache = registry.peek<WatchCache<KubeObject>>(cacheKey({ context, resource: 'pods', namespace: ns }));
      if (!cache) throw new Error('the hub did not open the pods cache');
      off = cache.subscribe((e: CacheEvent<KubeObject>) => {
        if (e.type === 'state') phases.push(e.state.phase);
        if (e.type === 'upsert') upserts.push(`${e.obj.metadata?.uid}@${e.obj.metadata?.resourceVersion}`);
      });
      await waitUntil('the pods cache to sync', () => (cache.getState().phase === 'synced' ? true : undefined), 60_000);

      churn.start();
      await waitUntil('churn to reach 30 pods', () => (churn.stats.creates - churn.stats.deletes >= 30 ? true : undefined), 60_000);

      const killedAt = Date.now();
      await apiserver('kill');
      await new Promise((r) => setTimeout(r, OUTAGE_MS));
      await apiserver('start');
      const readyAt = Date.now();
      const phasesDuringOutage = [...new Set(phases)];

      // Back: the cache has listed or watched again since the apiserver came back.
      const back = (iso: string | null) => iso !== null && Date.parse(iso) >= readyAt;
      const reconnect = await waitUntil(
        'the cache to resume after the restart',
        () => {
          const s = cache.getState();
          return s.phase === 'synced' && (back(s.lastEventAt) || back(s.lastSyncedAt)) ? true : undefined;
        },
        120_000,
        100,
      );
      await new Promise((r) => setTimeout(r, CHURN_AFTER_RECOVERY_MS));
      await churn.stop();
      const stoppedAt = Date.now();

      // Converged: the cache and both of the tab's subscriptions equal one fresh list.
      let last = { cache: diverge([], []), tab: diverge([], []), rows: [] as string[] };
      const converged = await waitUntil(
        'the cache and the tab to equal a fresh list',
        async () => {
          const fresh = (await listAll(kc, 'pods', ns)).map((p) => defaultNormalize<KubeObject>(p, RESOURCES.pods));
          const truth = fresh.map(versionOf);
          const now = new Date();
          const expectedRows = new Map(fresh.map((p) => [p.metadata?.uid ?? '', JSON.stringify(toPodRow(p as V1Pod, now))]));
          const shownRows = tab.table('rows');
          last = {
            cache: diverge(truth, cache.items().map(versionOf)),
            tab: diverge(truth, tab.table('versions').map((r: KeyedRow) => r as unknown as Versioned)),
            // The real Pods view: the same uids, each row as the view projects the fresh object.
            rows: shownRows.length === expectedRows.size ? shownRows.filter((r) => expectedRows.get(r.uid) !== JSON.stringify(r)).map((r) => r.uid) : ['<count differs>'],
          };
          return inSync(last.cache) && inSync(last.tab) && last.rows.length === 0 ? fresh.length : undefined;
        },
        120_000,
        250,
      ).catch((err: unknown) => {
        throw new Error(`${String(err)}; last divergence: cache ${JSON.stringify(counts(last.cache))}, tab ${JSON.stringify(counts(last.tab))}, rows ${last.rows.length}`);
      });

      const dupCache = duplicates(upserts);
      const dupTab = duplicates(
        tab.log.flatMap(({ msg }) => (msg.sub === 'versions' && msg.type === 'upsert' ? [`${msg.item.uid}@${(msg.item as unknown as Versioned).resourceVersion}`] : [])),
      );
      recordFaultFigures('apiserver-kill', {
        what: 'kube-apiserver SIGKILLed for 10 s while pods churn at 20 changes/s in one namespace; the pods cache (liveCache over liveSource) and a tab on the stream hub are compared with a fresh list by uid and resourceVersion',
        churn: { perSecond: 20, ...churn.stats },
        outageMs: readyAt - killedAt,
        cachePhasesDuringOutage: phasesDuringOutage,
        resumedAfterApiserverReadyMs: reconnect.ms,
        churnAfterRecoveryMs: CHURN_AFTER_RECOVERY_MS,
        convergedAfterChurnStoppedMs: converged.ms,
        convergedAfterApiserverReadyMs: stoppedAt + converged.ms - readyAt,
        objectsCompared: converged.value,
        missing: 0,
        phantom: 0,
        stale: 0,
        duplicatedUpdates: { cache: dupCache.length, tab: dupTab.length },
        source,
      });
      expect(phasesDuringOutage).toContain('reconnecting');
      expect(churn.stats.failed).toBeGreaterThan(0); // the churn did run into the outage
      expect({ cache: dupCache, tab: dupTab }).toStrictEqual({ cache: [], tab: [] });
    } finally {
      off();
      await churn.stop();
      tab.close();
      registry.stopAll();
      await apiserver('start');
    }
  });
});
