import 'server-only';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreV1Api, KubeConfig, RbacAuthorizationV1Api, type V1RoleBinding } from '@kubernetes/client-node';
import { sandboxConfig, suffix } from '@/lib/testing/sandbox';
import { createTestNamespace, HubTab, recordFaultFigures, testSubscriber, versionedResolve, waitForPodsInSync, waitUntil } from '@/lib/testing/faults';
import type { StreamState } from '@/lib/contract';
import { CacheRegistry, cacheKey } from '../cache-registry';
import { ACCESS_RECHECK_MS } from '../live';
import type { KubeObject, WatchCache } from '../watch-cache';

// Fault 5 (issue 9): RBAC changes mid-stream. A ServiceAccount may view two
// namespaces (one RoleBinding to the `view` ClusterRole in each); a tab
// reads both Pods views with its token. The binding in the first namespace
// is deleted while the views are open: that view must turn forbidden while
// the other keeps working; once the binding is back, the same subscription
// recovers by itself, with no resubscribe and no reload. App timings
// throughout: access re-checked every 30 s on an open watch, a forbidden
// cache retried every 30 s (ACCESS_RECHECK_MS).

let admin: KubeConfig;
const sfx = suffix();
const nsA = `hm-rbac-a-${sfx}`;
const nsB = `hm-rbac-b-${sfx}`;

function binding(namespace: string): V1RoleBinding {
  return {
    metadata: { name: 'hm-viewer-view', namespace },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
    subjects: [{ kind: 'ServiceAccount', name: 'viewer', namespace: nsA }],
  };
}

beforeAll(async () => {
  admin = sandboxConfig();
  await createTestNamespace(admin, nsA);
  await createTestNamespace(admin, nsB);
  const core = admin.makeApiClient(CoreV1Api);
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  await core.createNamespacedServiceAccount({ namespace: nsA, body: { metadata: { name: 'viewer' } } });
  await rbac.createNamespacedRoleBinding({ namespace: nsA, body: binding(nsA) });
  await rbac.createNamespacedRoleBinding({ namespace: nsB, body: binding(nsB) });
});

afterAll(async () => {
  const core = admin?.makeApiClient(CoreV1Api);
  await core?.deleteNamespace({ name: nsA }).catch(() => undefined);
  await core?.deleteNamespace({ name: nsB }).catch(() => undefined);
});

/** The ServiceAccount's own kubeconfig: the sandbox's server and CA, its token. */
async function viewerConfig(): Promise<KubeConfig> {
  const core = admin.makeApiClient(CoreV1Api);
  const { status } = await core.createNamespacedServiceAccountToken({ namespace: nsA, name: 'viewer', body: { spec: { audiences: [], expirationSeconds: 3600 } } });
  const cluster = admin.getCurrentCluster();
  if (!cluster || !status?.token) throw new Error('no cluster or token');
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ ...cluster, name: 'sandbox' }],
    users: [{ name: 'viewer', token: status.token }],
    contexts: [{ name: 'hm-viewer', cluster: 'sandbox', user: 'viewer' }],
    currentContext: 'hm-viewer',
  });
  return kc;
}

async function createPod(namespace: string, name: string): Promise<void> {
  await admin.makeApiClient(CoreV1Api).createNamespacedPod({
    namespace,
    body: { metadata: { name }, spec: { nodeName: 'sandbox-worker', containers: [{ name: 'app', image: 'registry.example/app:1' }], terminationGracePeriodSeconds: 0 } },
  });
}

describe('fault: a RoleBinding revoked while its view is open', () => {
  it('turns only that view forbidden, and the same subscription recovers once the binding is back', { timeout: 420_000 }, async () => {
    const viewer = await viewerConfig();
    const context = viewer.getCurrentContext();
    const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
    const registry = new CacheRegistry({ idleStopMs: 0 });
    const tab = await HubTab.open({ subscribe: testSubscriber(registry, viewer), resolve: versionedResolve });
    try {
      await createPod(nsA, 'before-a');
      await createPod(nsB, 'before-b');
      tab.subscribe('rows', { view: 'pods', namespace: nsA });
      tab.subscribe('versions', { view: 'pods', context, namespace: nsA });
      tab.subscribe('b', { view: 'pods', namespace: nsB });
      const names = (sub: string) => tab.table(sub).map((r) => (r as unknown as { name: string }).name);
      await waitUntil('both views to show their pod', () => (names('rows').includes('before-a') && names('b').includes('before-b') ? true : undefined), 60_000);
      const cacheA = registry.peek<WatchCache<KubeObject>>(cacheKey({ context, resource: 'pods', namespace: nsA }));
      if (!cacheA) throw new Error('no cache for the first namespace');

      const revokedAt = Date.now();
      await rbac.deleteNamespacedRoleBinding({ namespace: nsA, name: 'hm-viewer-view' });
      const forbidden = await waitUntil('the first view to turn forbidden', () => (tab.states.get('rows')?.phase === 'forbidden' ? tab.states.get('rows') : undefined), ACCESS_RECHECK_MS + 60_000, 100);
      const forbiddenAfterMs = Date.now() - revokedAt;
      // The other view keeps working: a pod created now appears in it.
      await createPod(nsB, 'during-b');
      await waitUntil('the second view to show a new pod', () => (names('b').includes('during-b') ? true : undefined), 30_000);
      const stateB: StreamState | undefined = tab.states.get('b');

      await createPod(nsA, 'during-a');
      const restoredAt = Date.now();
      await rbac.createNamespacedRoleBinding({ namespace: nsA, body: binding(nsA) });
      await waitUntil(
        'the first view to recover with the pod created while it was forbidden',
        () => (tab.states.get('rows')?.phase === 'synced' && names('rows').includes('during-a') ? true : undefined),
        180_000,
        100,
      );
      const recoveredAfterMs = Date.now() - restoredAt;
      const converged = await waitForPodsInSync(admin, nsA, cacheA, tab);
      // Every state the first view was sent from the revoke on (a 100 ms
      // sampler missed a `synced` that arrived just before the assertion).
      const phases = tab.phases('rows', revokedAt);

      recordFaultFigures('rbac-revoked', {
        what: "a ServiceAccount's RoleBinding (view) in one of two namespaces is deleted while a tab shows both Pods views with its token, then re-created; app timings: open watches re-check access every 30 s (SelfSubjectAccessReview), a forbidden cache retries every 30 s",
        accessRecheckMs: ACCESS_RECHECK_MS,
        forbiddenShownAfterRevokeMs: forbiddenAfterMs,
        forbiddenState: forbidden.value,
        otherViewStateWhileForbidden: stateB?.phase,
        recoveredAfterRestoreMs: recoveredAfterMs,
        resubscribed: false,
        firstViewPhases: phases,
        objectsCompared: converged.objects,
        missing: 0,
        phantom: 0,
        stale: 0,
      });
      expect(forbidden.value).toMatchObject({ phase: 'forbidden', resource: 'pods' });
      expect(stateB?.phase).toBe('synced');
      // Synced until the recheck, forbidden, then synced again (a relist may
      // show `syncing` in between); never a flap back to forbidden.
      const afterRevoke = phases.slice(phases.indexOf('forbidden'));
      expect(afterRevoke).toStrictEqual(afterRevoke.includes('syncing') ? ['forbidden', 'syncing', 'synced'] : ['forbidden', 'synced']);
      expect(phases.slice(0, phases.indexOf('forbidden')).every((p) => p === 'synced')).toBe(true);
    } finally {
      tab.close();
      registry.stopAll();
    }
  });
});
