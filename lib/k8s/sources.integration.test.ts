import 'server-only';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoordinationV1Api, CoreV1Api, FlowcontrolApiserverV1Api, KubeConfig } from '@kubernetes/client-node';
import { eventually, sandboxConfig, sandboxKubeconfig, suffix } from '../testing/sandbox';
import { classifyK8sError } from './errors';
import { RESOURCES } from './resources';
import { canListAndWatch, checkAccess, createWatchSource } from './sources';
import { defaultNormalize, WatchCache, type CacheEvent, type KubeObject, type WatchEventType } from './watch-cache';

// Runs against the sandbox cluster (npm run sandbox:up), a real kube-apiserver.
// Without it sandboxConfig() throws: these tests fail, they never skip.
const stateDir = path.dirname(sandboxKubeconfig);

async function until<T>(probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Every page of a list, following continue tokens. */
async function listAll(kc: KubeConfig, resource: Parameters<typeof createWatchSource>[1], namespace?: string): Promise<KubeObject[]> {
  const source = createWatchSource(kc, resource, namespace ? { namespace } : {});
  const items: KubeObject[] = [];
  let token: string | undefined;
  do {
    const page = await source.listPage(token);
    items.push(...(page.items as KubeObject[]));
    token = page.continue;
  } while (token);
  return items;
}

function metadataOf(obj: unknown): { name?: string; namespace?: string; labels?: Record<string, string> } {
  return (obj as KubeObject & { metadata?: { labels?: Record<string, string> } }).metadata ?? {};
}

describe('sources against the sandbox apiserver', () => {
  let kc: KubeConfig;
  let core: CoreV1Api;
  let leases: CoordinationV1Api;
  const caches: WatchCache[] = [];
  // Two namespaces of our own: one to list and watch, one that must stay out of it.
  const ns = `it-sources-${suffix()}`;
  const otherNs = `${ns}-other`;

  beforeAll(async () => {
    kc = sandboxConfig();
    core = kc.makeApiClient(CoreV1Api);
    leases = kc.makeApiClient(CoordinationV1Api);
    await core.createNamespace({ body: { metadata: { name: ns } } });
    await core.createNamespace({ body: { metadata: { name: otherNs } } });
  });
  afterAll(async () => {
    for (const c of caches) c.stop();
    await core?.deleteNamespace({ name: ns }).catch(() => undefined);
    await core?.deleteNamespace({ name: otherNs }).catch(() => undefined);
  });

  async function createLease(namespace: string, name: string, holderIdentity = 'integration-test'): Promise<void> {
    await leases.createNamespacedLease({ namespace, body: { metadata: { name }, spec: { holderIdentity } } });
  }

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

  it('lists one namespace page by page with limit and continue, and nothing from other namespaces', async () => {
    for (const name of ['page-a', 'page-b', 'page-c']) await createLease(ns, name);
    await createLease(otherNs, 'page-elsewhere');

    const source = createWatchSource(kc, 'leases', { namespace: ns, pageSize: 2 });
    const first = await source.listPage();
    expect(first.items.map((o) => metadataOf(o).name)).toStrictEqual(['page-a', 'page-b']);
    expect(first.continue).toEqual(expect.any(String));
    const second = await source.listPage(first.continue);
    expect(second.items.map((o) => metadataOf(o).name)).toStrictEqual(['page-c']);
    expect(second.continue).toBeUndefined();
    expect(second.resourceVersion).toBe(first.resourceVersion);
    expect([...first.items, ...second.items].map((o) => metadataOf(o).namespace)).toStrictEqual([ns, ns, ns]);
    // The server's estimate of what follows a page (the first sync's "of about N"), on pages that have a next one.
    expect([first.remainingItemCount, second.remainingItemCount]).toStrictEqual([1, undefined]);
  });

  it('lists a group resource (endpointslices under /apis) cluster-wide', async () => {
    for (const namespace of [ns, otherNs]) {
      await core.createNamespacedService({ namespace, body: { metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } } });
    }
    // The endpointslice controller creates one slice per Service, even with no pods.
    const mine = await eventually(
      'EndpointSlices for both Services in one cluster-wide list',
      async () => {
        const items = await listAll(kc, 'endpointslices');
        const found = items.filter((o) => [ns, otherNs].includes(metadataOf(o).namespace ?? '') && metadataOf(o).labels?.['kubernetes.io/service-name'] === 'web');
        return found.length === 2 ? { items, found } : undefined;
      },
      30_000,
    );
    expect(mine.found.map((o) => metadataOf(o).namespace).sort()).toStrictEqual([ns, otherNs].sort());
    for (const raw of mine.found) {
      expect(raw.kind).toBeUndefined();
      expect(defaultNormalize(raw, RESOURCES.endpointslices)).toMatchObject({
        kind: 'EndpointSlice',
        apiVersion: 'discovery.k8s.io/v1',
        addressType: 'IPv4',
        metadata: { labels: { 'kubernetes.io/service-name': 'web' } },
      });
    }
  });

  it('ignores a namespace option for a cluster-scoped resource (nodes)', async () => {
    // Namespace "x" does not exist: a namespaced path would answer 404.
    const page = await createWatchSource(kc, 'nodes', { namespace: 'x' }).listPage();
    const nodes = page.items.map((raw) => defaultNormalize(raw, RESOURCES.nodes));
    expect(nodes.map((n) => n.metadata?.name).sort()).toStrictEqual(['sandbox-control-plane', 'sandbox-worker', 'sandbox-worker2']);
    for (const n of nodes) expect(n).toMatchObject({ kind: 'Node', apiVersion: 'v1' });
  });

  it("watches from a list's resourceVersion: later changes in that namespace only, nothing replayed", async () => {
    await createLease(ns, 'watch-before');
    const source = createWatchSource(kc, 'leases', { namespace: ns });
    const listed = await source.listPage();
    expect(listed.items.map((o) => metadataOf(o).name)).toContain('watch-before');

    const events: Array<{ type: WatchEventType; obj: KubeObject }> = [];
    let ended: { err: unknown } | undefined;
    const handle = await source.watch(
      listed.resourceVersion,
      (type, obj) => events.push({ type, obj: obj as KubeObject }),
      (err) => (ended = { err }),
    );
    try {
      await createLease(ns, 'watch-after');
      await createLease(otherNs, 'watch-elsewhere');
      await leases.patchNamespacedLease(
        { namespace: ns, name: 'watch-before', body: [{ op: 'replace', path: '/spec/holderIdentity', value: 'changed' }] },
      );
      await leases.deleteNamespacedLease({ namespace: ns, name: 'watch-after' });

      await until(() => (events.some((e) => e.type === 'DELETED' && metadataOf(e.obj).name === 'watch-after') ? true : undefined));
      const changes = events.filter((e) => e.type !== 'BOOKMARK');
      expect(changes.map((e) => [e.type, metadataOf(e.obj).namespace, metadataOf(e.obj).name])).toStrictEqual([
        ['ADDED', ns, 'watch-after'],
        ['MODIFIED', ns, 'watch-before'],
        ['DELETED', ns, 'watch-after'],
      ]);
      // Watch events carry kind/apiVersion (list items do not).
      expect(changes[1]?.obj).toMatchObject({ kind: 'Lease', apiVersion: 'coordination.k8s.io/v1', spec: { holderIdentity: 'changed' } });
      expect(ended).toBeUndefined();
    } finally {
      handle.abort();
    }
  });

  it('syncs a WatchCache page by page and follows a lease being created and deleted', async () => {
    const events: CacheEvent<KubeObject>[] = [];
    const cache = new WatchCache({ resource: RESOURCES.leases, source: createWatchSource(kc, 'leases', { namespace: ns, pageSize: 1 }) });
    caches.push(cache);
    cache.subscribe((e) => events.push(e));
    cache.start();
    await until(() => (cache.getState().phase === 'synced' ? true : undefined));
    // A first sync sends its pages as they come, each one lease (pageSize 1), with the server's estimate of the whole.
    const pages = events.flatMap((e) => (e.type === 'page' && e.state.phase === 'syncing' ? [[e.items.length, e.state.count, e.state.total]] : []));
    expect(pages.length).toBeGreaterThan(0);
    expect(pages).toStrictEqual(pages.map((_, i) => [1, i + 1, pages.length]));

    const name = `kube-explain-it-${Date.now()}`;
    const created = await leases.createNamespacedLease({ namespace: ns, body: { metadata: { name }, spec: { holderIdentity: 'integration-test' } } });
    const uid = created.metadata!.uid!;
    const added = await until(() => cache.get(uid));
    expect(added).toMatchObject({ kind: 'Lease', apiVersion: 'coordination.k8s.io/v1', metadata: { name, namespace: ns } });

    await leases.deleteNamespacedLease({ name, namespace: ns });
    await until(() => (events.some((e) => e.type === 'delete' && e.obj.metadata?.uid === uid) ? true : undefined));
    expect(cache.get(uid)).toBeUndefined();
  });

  it("authenticates lists and watches as the context's user (a ServiceAccount token)", async () => {
    await core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name: 'reader' } } });
    const { status } = await core.createNamespacedServiceAccountToken({
      namespace: ns,
      name: 'reader',
      body: { spec: { audiences: [], expirationSeconds: 600 } },
    });
    const asReader = new KubeConfig();
    asReader.loadFromOptions({
      clusters: [kc.getCurrentCluster()!],
      users: [{ name: 'reader', token: status!.token }],
      contexts: [{ name: 'reader', cluster: kc.getCurrentCluster()!.name, user: 'reader' }],
      currentContext: 'reader',
    });
    const source = createWatchSource(asReader, 'leases', { namespace: ns });

    // The apiserver names the user it authenticated from the bearer token.
    const listErr = await source.listPage().catch((e: unknown) => e);
    const message = `leases.coordination.k8s.io is forbidden: User "system:serviceaccount:${ns}:reader" cannot list resource "leases" in API group "coordination.k8s.io" in the namespace "${ns}"`;
    expect(classifyK8sError(listErr)).toStrictEqual({
      kind: 'forbidden',
      message,
      statusCode: 403,
      verb: 'list',
      resource: 'leases.coordination.k8s.io',
      namespace: ns,
      fix: { id: 'fix.rbac.forbidden', params: { verb: 'list', resource: 'leases.coordination.k8s.io', namespace: ns } },
    });

    const watchErr = await new Promise((resolve) => void source.watch('0', () => {}, resolve));
    // client-node's Watch keeps only the status, not the body naming the user.
    expect(classifyK8sError(watchErr)).toStrictEqual({ kind: 'forbidden', message: 'Forbidden', statusCode: 403, fix: { id: 'fix.rbac.forbidden', params: {} } });
  });

  // A list page times out when the apiserver holds the request without
  // answering. requestTimeoutMs: 1 is not that: on loopback a whole list
  // often completes with no 1 ms gap (about 1 in 5 succeeded when tried), so
  // it would be flaky. Instead API Priority and Fairness queues the request
  // for real: a priority level with zero seats (and no borrowing) for one
  // impersonated user keeps the request waiting with no response at all.
  it('fails a list page the apiserver holds (APF queue) as a timeout naming the server', async () => {
    const flow = kc.makeApiClient(FlowcontrolApiserverV1Api);
    const name = `it-sources-stall-${suffix()}`;
    const cluster = kc.getCurrentCluster()!;
    const user = kc.getCurrentUser()!;
    const stalled = new KubeConfig();
    stalled.loadFromOptions({
      clusters: [cluster],
      users: [{ ...user, impersonateUser: name }],
      contexts: [{ name: 'stalled', cluster: cluster.name, user: user.name }],
      currentContext: 'stalled',
    });

    // Control: the same budget is plenty when the apiserver answers.
    await expect(createWatchSource(kc, 'namespaces', { requestTimeoutMs: 500 }).listPage()).resolves.toMatchObject({ resourceVersion: expect.any(String) });

    await flow.createPriorityLevelConfiguration({
      body: {
        metadata: { name },
        spec: {
          type: 'Limited',
          limited: {
            nominalConcurrencyShares: 0,
            lendablePercent: 0,
            borrowingLimitPercent: 0,
            limitResponse: { type: 'Queue', queuing: { queues: 1, handSize: 1, queueLengthLimit: 50 } },
          },
        },
      },
    });
    try {
      await flow.createFlowSchema({
        body: {
          metadata: { name },
          spec: {
            priorityLevelConfiguration: { name },
            matchingPrecedence: 10,
            distinguisherMethod: { type: 'ByUser' },
            rules: [{ subjects: [{ kind: 'User', user: { name } }], resourceRules: [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'], clusterScope: true, namespaces: ['*'] }] }],
          },
        },
      });
      // The APF config controller writes status once it has taken the FlowSchema in.
      await eventually(
        'the FlowSchema to be in effect',
        async () => ((await flow.readFlowSchemaStatus({ name })).status?.conditions?.some((c) => c.type === 'Dangling' && c.status === 'False') ? true : undefined),
        30_000,
        100,
      );

      const started = Date.now();
      const err = await createWatchSource(stalled, 'namespaces', { requestTimeoutMs: 500 }).listPage().catch((e: unknown) => e);
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
      expect(classifyK8sError(err)).toStrictEqual({
        kind: 'timeout',
        message: `request to ${cluster.server}/api/v1/namespaces?limit=500 failed, reason: no response within 500 ms`,
        fix: { id: 'fix.cluster.timeout', params: { server: new URL(cluster.server).host } },
      });
    } finally {
      await flow.deleteFlowSchema({ name }).catch(() => undefined);
      await flow.deletePriorityLevelConfiguration({ name }).catch(() => undefined);
    }
  });

  // 410 Gone is not provoked here: a young apiserver may still serve an old
  // resourceVersion from its watch cache, so the test would depend on cluster
  // age. watch-cache.test.ts covers both real 410 shapes (ERROR event, statusCode).

  // The sandbox's kube-scheduler identity may create events but not list them
  // (default system:kube-scheduler ClusterRole): a real RBAC denial.
  it('turns a real 403 into forbidden for that cache only', async () => {
    const scheduler = new KubeConfig();
    scheduler.loadFromFile(path.join(stateDir, 'kube-scheduler.kubeconfig'));
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
