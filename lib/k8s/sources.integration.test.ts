import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoordinationV1Api, KubeConfig } from '@kubernetes/client-node';
import { classifyK8sError } from './kubeconfig';
import { RESOURCES } from './resources';
import { canListAndWatch, checkAccess, createWatchSource } from './sources';
import { WatchCache, type CacheEvent, type KubeObject } from './watch-cache';

// Runs against the sandbox cluster (npm run sandbox:up), a real apiserver.
const stateDir = path.resolve(process.env.SANDBOX_STATE_DIR ?? path.join(__dirname, '../../.sandbox'));
const kubeconfigFile = path.join(stateDir, 'kubeconfig');
const haveSandbox = fs.existsSync(kubeconfigFile);
if (!haveSandbox) {
  console.warn(`sources.integration: skipped — no sandbox kubeconfig at ${kubeconfigFile} (run npm run sandbox:up)`);
}

async function until<T>(probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!haveSandbox)('sources against the sandbox apiserver', () => {
  let kc: KubeConfig;
  const caches: WatchCache[] = [];

  beforeAll(() => {
    kc = new KubeConfig();
    kc.loadFromFile(kubeconfigFile);
  });
  afterAll(() => {
    for (const c of caches) c.stop();
  });

  it('lists in pages with continue tokens, all sharing one snapshot resourceVersion', async () => {
    const source = createWatchSource(kc, 'namespaces', { pageSize: 1 });
    const first = await source.listPage();
    expect(first.items).toHaveLength(1);
    expect(typeof first.continue).toBe('string');
    const second = await source.listPage(first.continue);
    expect(second.items).toHaveLength(1);
    expect(second.resourceVersion).toBe(first.resourceVersion);
    // List items come without kind/apiVersion; timestamps are strings, not Dates.
    const ns = first.items[0] as KubeObject & { metadata: { creationTimestamp: unknown } };
    expect(ns.kind).toBeUndefined();
    expect(typeof ns.metadata.creationTimestamp).toBe('string');
  });

  it('syncs a WatchCache page by page and follows a lease being created and deleted', async () => {
    const events: CacheEvent<KubeObject>[] = [];
    const cache = new WatchCache({ resource: RESOURCES.leases, source: createWatchSource(kc, 'leases', { namespace: 'default', pageSize: 1 }) });
    caches.push(cache);
    cache.subscribe((e) => events.push(e));
    cache.start();
    await until(() => (cache.getState().phase === 'synced' ? true : undefined));

    const leases = kc.makeApiClient(CoordinationV1Api);
    const name = `kube-explain-it-${Date.now()}`;
    const created = await leases.createNamespacedLease({ namespace: 'default', body: { metadata: { name }, spec: { holderIdentity: 'integration-test' } } });
    const uid = created.metadata!.uid!;
    const added = await until(() => cache.get(uid));
    expect(added).toMatchObject({ kind: 'Lease', apiVersion: 'coordination.k8s.io/v1', metadata: { name, namespace: 'default' } });

    await leases.deleteNamespacedLease({ name, namespace: 'default' });
    await until(() => (events.some((e) => e.type === 'delete' && e.obj.metadata?.uid === uid) ? true : undefined));
    expect(cache.get(uid)).toBeUndefined();
  });

  // 410 Gone is not provoked here: a young apiserver may still serve an old
  // resourceVersion from its watch cache, so the test would depend on cluster
  // age. watch-cache.test.ts covers both real 410 shapes (ERROR event, statusCode).

  // The sandbox's kube-scheduler identity may create events but not list them
  // (default system:kube-scheduler ClusterRole): a real RBAC denial.
  const schedulerKubeconfig = path.join(stateDir, 'kube-scheduler.kubeconfig');
  it.skipIf(!fs.existsSync(schedulerKubeconfig))('turns a real 403 into forbidden for that cache only', async () => {
    const scheduler = new KubeConfig();
    scheduler.loadFromFile(schedulerKubeconfig);
    const err = await createWatchSource(scheduler, 'events', { namespace: 'default' }).listPage().catch((e: unknown) => e);
    expect(classifyK8sError(err)).toMatchObject({
      kind: 'forbidden',
      statusCode: 403,
      verb: 'list',
      resource: 'events',
      namespace: 'default',
      fix: { id: 'fix.rbac.forbidden', params: { verb: 'list', resource: 'events', namespace: 'default' } },
    });

    const events = new WatchCache({ resource: RESOURCES.events, source: createWatchSource(scheduler, 'events', { namespace: 'default' }) });
    const services = new WatchCache({ resource: RESOURCES.services, source: createWatchSource(scheduler, 'services', { namespace: 'default' }) });
    caches.push(events, services);
    events.start();
    services.start();
    await until(() => (events.getState().phase === 'forbidden' && services.getState().phase === 'synced' ? true : undefined));
    expect(events.getState()).toMatchObject({ phase: 'forbidden', verb: 'list', resource: 'events' });
    await expect(checkAccess(scheduler, { verb: 'list', resource: 'events', namespace: 'default' })).resolves.toMatchObject({ allowed: false });
  });

  it('answers access checks for the sandbox admin', async () => {
    await expect(checkAccess(kc, { verb: 'list', resource: 'pods', namespace: 'default' })).resolves.toMatchObject({ allowed: true, denied: false });
    await expect(canListAndWatch(kc, RESOURCES.endpointslices)).resolves.toStrictEqual({ allowed: true, missing: [] });
  });
});
