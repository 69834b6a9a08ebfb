import 'server-only';
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreV1Api, RbacAuthorizationV1Api, type KubeConfig, type V1RoleBinding } from '@kubernetes/client-node';
import { sandboxConfig, suffix } from '@/lib/testing/sandbox';
import { createTestNamespace, HubTab, testSubscriber, waitUntil } from '@/lib/testing/faults';
import { CacheRegistry, cacheKey } from '../k8s/cache-registry';
import { AccessCache, subjectAccessReviewer } from './access';
import { authorizedSubscriber } from './authorized-subscriber';
import { reviewToken } from './token-review';
import type { Principal } from './session';

// Per-user access against the sandbox's real apiserver: TokenReview of real
// ServiceAccount tokens (and of tokens the cluster must refuse), and two
// people reading through the stream hub from one set of shared caches, each
// seeing only what SubjectAccessReview lets them, live as a binding goes.

let admin: KubeConfig;
const sfx = suffix();
const nsA = `auth-a-${sfx}`;
const nsB = `auth-b-${sfx}`;

function viewBinding(namespace: string, saNamespace: string, sa: string): V1RoleBinding {
  return {
    metadata: { name: `${sa}-view`, namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
    subjects: [{ kind: 'ServiceAccount', name: sa, namespace: saNamespace }],
  };
}

async function token(namespace: string, name: string, audiences: string[] = []): Promise<string> {
  const { status } = await admin.makeApiClient(CoreV1Api).createNamespacedServiceAccountToken({ namespace, name, body: { spec: { audiences, expirationSeconds: 3600 } } });
  if (!status?.token) throw new Error('no token');
  return status.token;
}

async function createPod(namespace: string, name: string): Promise<void> {
  await admin.makeApiClient(CoreV1Api).createNamespacedPod({
    namespace,
    body: { metadata: { name }, spec: { nodeName: 'sandbox-worker', containers: [{ name: 'app', image: 'registry.example/app:1' }], terminationGracePeriodSeconds: 0 } },
  });
}

const now = () => Math.floor(Date.now() / 1000);

beforeAll(async () => {
  admin = sandboxConfig();
  await createTestNamespace(admin, nsA);
  await createTestNamespace(admin, nsB);
  const core = admin.makeApiClient(CoreV1Api);
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  await core.createNamespacedServiceAccount({ namespace: nsA, body: { metadata: { name: 'ana' } } });
  await core.createNamespacedServiceAccount({ namespace: nsB, body: { metadata: { name: 'bo' } } });
  await rbac.createNamespacedRoleBinding({ namespace: nsA, body: viewBinding(nsA, nsA, 'ana') });
  await rbac.createNamespacedRoleBinding({ namespace: nsB, body: viewBinding(nsB, nsB, 'bo') });
  await createPod(nsA, 'pod-a');
  await createPod(nsB, 'pod-b');
});

afterAll(async () => {
  const core = admin?.makeApiClient(CoreV1Api);
  await core?.deleteNamespace({ name: nsA }).catch(() => undefined);
  await core?.deleteNamespace({ name: nsB }).catch(() => undefined);
});

describe('TokenReview against the sandbox', () => {
  it("names a ServiceAccount token's owner and groups, and keeps nothing of the token", async () => {
    const t = await token(nsA, 'ana');
    const r = await reviewToken(admin, t, now());
    expect(r).toMatchObject({ ok: true, principal: { username: `system:serviceaccount:${nsA}:ana`, groups: expect.arrayContaining(['system:serviceaccounts', `system:serviceaccounts:${nsA}`]) } });
    expect(r.ok && r.principal.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(r.ok && r.expiresAt! - now()).toBeGreaterThan(3000);
    expect(JSON.stringify(r)).not.toContain(t.split('.')[2]);
  });

  it('refuses a mistyped, a tampered, a foreign-audience, a foreign-signer and an expired token, each with its own plain reason and never the token', async () => {
    const good = await token(nsA, 'ana');
    const [h, p] = good.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    // Signed by a key the cluster never trusted, claiming the same person.
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forgedBody = `${h}.${Buffer.from(JSON.stringify({ ...claims, exp: now() + 3600 })).toString('base64url')}`;
    const forged = `${forgedBody}.${sign('sha256', Buffer.from(forgedBody), privateKey).toString('base64url')}`;
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...claims, sub: `system:serviceaccount:${nsB}:bo` })).toString('base64url')}.${good.split('.')[2]}`;
    const expiredBody = `${h}.${Buffer.from(JSON.stringify({ ...claims, exp: now() - 60 })).toString('base64url')}`;
    const cases: [string, string, string][] = [
      ['mistyped', 'not-a-token-at-all', 'rejected'],
      ['tampered', tampered, 'rejected'],
      ['foreign audience', await token(nsA, 'ana', ['some-other-service']), 'rejected'],
      ['foreign signer', forged, 'rejected'],
      ['expired', `${expiredBody}.${sign('sha256', Buffer.from(expiredBody), privateKey).toString('base64url')}`, 'expired'],
      ['two lines', `${good}\n${good}`, 'malformed'],
      ['empty', '', 'empty'],
    ];
    for (const [what, t, reason] of cases) {
      const r = await reviewToken(admin, t, now());
      expect(r, what).toMatchObject({ ok: false, reason });
      if (t.length > 10) expect(JSON.stringify(r), what).not.toContain(t.slice(-20));
    }
  });

  it('refuses the token of a ServiceAccount that has been deleted', async () => {
    const core = admin.makeApiClient(CoreV1Api);
    await core.createNamespacedServiceAccount({ namespace: nsA, body: { metadata: { name: 'gone' } } });
    const t = await token(nsA, 'gone');
    expect(await reviewToken(admin, t, now())).toMatchObject({ ok: true });
    await core.deleteNamespacedServiceAccount({ namespace: nsA, name: 'gone' });
    await waitUntil('the deleted ServiceAccount token to be refused', async () => ((await reviewToken(admin, t, now())).ok ? undefined : true), 30_000, 500);
  });
});

describe('two people on one set of shared caches', () => {
  it('see different namespaces and pods through the stream hub, from one watch per kind', { timeout: 120_000 }, async () => {
    const registry = new CacheRegistry({ idleStopMs: 0 });
    const shared = testSubscriber(registry, admin);
    const context = admin.getCurrentContext();
    const access = new AccessCache(subjectAccessReviewer(() => admin), { ttlMs: 10_000 });
    const principalOf = async (ns: string, sa: string): Promise<Principal> => {
      const r = await reviewToken(admin, await token(ns, sa), now());
      if (!r.ok) throw new Error(r.message);
      return r.principal;
    };
    const tabFor = async (principal: Principal) => HubTab.open({ subscribe: authorizedSubscriber({ principal, context, access, inner: shared, recheckMs: 15_000 }) });
    const ana = await tabFor(await principalOf(nsA, 'ana'));
    const bo = await tabFor(await principalOf(nsB, 'bo'));
    try {
      for (const tab of [ana, bo]) {
        tab.subscribe('ns', { view: 'namespaces', context });
        tab.subscribe('pods', { view: 'pods', context });
        tab.subscribe('nodes', { view: 'nodes', context });
      }
      const names = (tab: HubTab, sub: string) => tab.table(sub).map((r) => (r as unknown as { name: string }).name).sort();
      await waitUntil('both people to see their pod', () => (names(ana, 'pods').includes('pod-a') && names(bo, 'pods').includes('pod-b') ? true : undefined), 60_000);
      expect(names(ana, 'pods')).toStrictEqual(['pod-a']);
      expect(names(bo, 'pods')).toStrictEqual(['pod-b']);
      await waitUntil('the namespace lists', () => (names(ana, 'ns').length > 0 && names(bo, 'ns').length > 0 ? true : undefined), 30_000);
      // The view ClusterRole reads pods in its namespace only: each namespace list is that one namespace.
      expect(names(ana, 'ns')).toStrictEqual([nsA]);
      expect(names(bo, 'ns')).toStrictEqual([nsB]);
      // Nodes are cluster-scoped and the view role does not grant them: the same forbidden panel as today.
      await waitUntil('the nodes view to be forbidden', () => (ana.states.get('nodes')?.phase === 'forbidden' ? true : undefined), 30_000);
      expect(ana.states.get('nodes')).toMatchObject({ phase: 'forbidden', verb: 'list/watch', resource: 'nodes' });
      // One watch per kind and scope for both people: the cluster-wide pods cache is held by both people's
      // Pods and Nodes views (the Nodes view reads pods too); nodes and node leases, which neither may read,
      // open no watch at all.
      expect(registry.keys().sort()).toStrictEqual([cacheKey({ context, resource: 'namespaces' }), cacheKey({ context, resource: 'pods' })].sort());
      expect(registry.refCount(cacheKey({ context, resource: 'pods' }))).toBe(4);
      // A pod created now reaches its namespace's person only.
      await createPod(nsB, 'pod-b2');
      await waitUntil('the new pod to reach bo', () => (names(bo, 'pods').includes('pod-b2') ? true : undefined), 30_000);
      expect(names(ana, 'pods')).toStrictEqual(['pod-a']);
      expect(JSON.stringify(ana.log)).not.toContain(nsB);
    } finally {
      ana.close();
      bo.close();
      registry.stopAll();
    }
  });

  it('turns a view forbidden live when its RoleBinding is deleted, and back when restored', { timeout: 120_000 }, async () => {
    const registry = new CacheRegistry({ idleStopMs: 0 });
    const context = admin.getCurrentContext();
    const access = new AccessCache(subjectAccessReviewer(() => admin), { ttlMs: 1000 });
    const r = await reviewToken(admin, await token(nsA, 'ana'), now());
    if (!r.ok) throw new Error(r.message);
    const recheckMs = 2000;
    const tab = await HubTab.open({ subscribe: authorizedSubscriber({ principal: r.principal, context, access, inner: testSubscriber(registry, admin), recheckMs }) });
    const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
    try {
      tab.subscribe('a', { view: 'pods', context, namespace: nsA });
      tab.subscribe('all', { view: 'pods', context });
      const names = (sub: string) => tab.table(sub).map((row) => (row as unknown as { name: string }).name);
      await waitUntil('the pod to show', () => (names('a').includes('pod-a') && names('all').includes('pod-a') ? true : undefined), 60_000);
      const revokedAt = Date.now();
      await rbac.deleteNamespacedRoleBinding({ namespace: nsA, name: 'ana-view' });
      const forbidden = await waitUntil('the view to turn forbidden', () => (tab.states.get('a')?.phase === 'forbidden' ? tab.states.get('a') : undefined), 30_000, 50);
      const forbiddenAfterMs = Date.now() - revokedAt;
      expect(forbidden.value).toMatchObject({ phase: 'forbidden', verb: 'list/watch', resource: 'pods' });
      expect(names('a')).toStrictEqual([]);
      await waitUntil('the all-namespaces view to drop the pod', () => (names('all').length === 0 ? true : undefined), 30_000, 50);
      const restoredAt = Date.now();
      await rbac.createNamespacedRoleBinding({ namespace: nsA, body: viewBinding(nsA, nsA, 'ana') });
      await waitUntil('the view to come back', () => (tab.states.get('a')?.phase === 'synced' && names('a').includes('pod-a') ? true : undefined), 30_000, 50);
      const recoveredAfterMs = Date.now() - restoredAt;
      console.log(`access: forbidden ${forbiddenAfterMs} ms after the revoke, back ${recoveredAfterMs} ms after the restore (recheck ${recheckMs} ms, answers kept 1000 ms)`);
      expect(forbiddenAfterMs).toBeLessThan(recheckMs + 1000 + 5000);
    } finally {
      tab.close();
      registry.stopAll();
    }
  });
});
