import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthenticationV1Api, CoreV1Api, RbacAuthorizationV1Api, type KubeConfig } from '@kubernetes/client-node';
import { sandboxConfig, sandboxKubeconfig, suffix } from '@/lib/testing/sandbox';
import { createTestNamespace, waitUntil } from '@/lib/testing/faults';
import { CacheRegistry } from './cache-registry';
import { getKubeconfigs, loadKubeconfigs, SERVICEACCOUNT_DIR } from './kubeconfig';
import { subscribeResource } from './live';
import { ReadinessProbe } from './readiness-probe';
import { RESOURCES } from './resources';
import { canListAndWatch } from './sources';

// The in-cluster configuration against the sandbox's real apiserver: a real
// ServiceAccount token, the CA and the namespace written in the kubelet's
// layout under a temporary prefix, loaded with loadFromCluster(pathPrefix)
// as a pod would load them, then used for reviews, lists and readiness.

let admin: KubeConfig;
let apiserver: URL;
const ns = `in-cluster-${suffix()}`;
const wide = 'dashboard'; // `view` bound cluster-wide
const narrow = 'student'; // `view` in its own namespace only
const dirs: string[] = [];

async function token(name: string): Promise<string> {
  const { status } = await admin.makeApiClient(CoreV1Api).createNamespacedServiceAccountToken({ namespace: ns, name, body: { spec: { audiences: [], expirationSeconds: 3600 } } });
  if (!status?.token) throw new Error('no token');
  return status.token;
}

/** A pod's view of itself: KUBERNETES_SERVICE_HOST/PORT and the ServiceAccount files under a fresh prefix; returns the SA directory. */
async function mountServiceAccount(name: string): Promise<string> {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'in-cluster-it-'));
  dirs.push(prefix);
  const sa = path.join(prefix, SERVICEACCOUNT_DIR);
  fs.mkdirSync(sa, { recursive: true });
  fs.writeFileSync(path.join(sa, 'token'), await token(name));
  fs.copyFileSync(path.join(path.dirname(sandboxKubeconfig), 'pki', 'ca.crt'), path.join(sa, 'ca.crt'));
  fs.writeFileSync(path.join(sa, 'namespace'), ns);
  vi.stubEnv('KUBECONFIG', '');
  vi.stubEnv('HOME', prefix);
  vi.stubEnv('KUBERNETES_SERVICE_HOST', apiserver.hostname);
  vi.stubEnv('KUBERNETES_SERVICE_PORT', apiserver.port);
  vi.stubEnv('KUBE_EXPLAIN_SERVICEACCOUNT_DIR', sa);
  return sa;
}

beforeAll(async () => {
  admin = sandboxConfig();
  apiserver = new URL(admin.getCurrentCluster()!.server);
  await createTestNamespace(admin, ns);
  const core = admin.makeApiClient(CoreV1Api);
  const rbac = admin.makeApiClient(RbacAuthorizationV1Api);
  for (const name of [wide, narrow]) await core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name } } });
  const roleRef = { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' };
  await rbac.createClusterRoleBinding({ body: { metadata: { name: `${ns}-${wide}` }, roleRef, subjects: [{ kind: 'ServiceAccount', name: wide, namespace: ns }] } });
  await rbac.createNamespacedRoleBinding({ namespace: ns, body: { metadata: { name: narrow }, roleRef, subjects: [{ kind: 'ServiceAccount', name: narrow, namespace: ns }] } });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await admin?.makeApiClient(RbacAuthorizationV1Api).deleteClusterRoleBinding({ name: `${ns}-${wide}` }).catch(() => undefined);
  await admin?.makeApiClient(CoreV1Api).deleteNamespace({ name: ns }).catch(() => undefined);
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('in-cluster configuration against the sandbox', () => {
  it('talks to the apiserver as the mounted ServiceAccount, in its namespace', async () => {
    await mountServiceAccount(wide);
    const configs = loadKubeconfigs();
    expect(configs.origin.kind).toBe('in-cluster');
    expect(configs.contexts()).toStrictEqual([
      { name: 'inClusterContext', cluster: 'inCluster', server: apiserver.origin, user: 'inClusterUser', namespace: ns, current: true },
    ]);
    const review = await configs.forContext().makeApiClient(AuthenticationV1Api).createSelfSubjectReview({ body: {} });
    expect(review.status?.userInfo?.username).toBe(`system:serviceaccount:${ns}:${wide}`);
  });

  it("has exactly the ServiceAccount's rights: cluster-wide for one bound cluster-wide, its namespace only for one bound there", async () => {
    await mountServiceAccount(wide);
    const wideKc = loadKubeconfigs().forContext();
    await mountServiceAccount(narrow);
    const narrowKc = loadKubeconfigs().forContext();
    const answers = await Promise.all([
      canListAndWatch(wideKc, RESOURCES.pods),
      canListAndWatch(narrowKc, RESOURCES.pods),
      canListAndWatch(narrowKc, RESOURCES.pods, ns),
      canListAndWatch(narrowKc, RESOURCES.secrets, ns),
    ]);
    expect(answers.map((a) => a.allowed)).toStrictEqual([true, false, true, false]);
  });

  it("turns ready once the in-cluster context's namespace and pod caches are synced", async () => {
    await mountServiceAccount(wide);
    const registry = new CacheRegistry({ idleStopMs: 0 });
    const probe = new ReadinessProbe({ currentContext: () => getKubeconfigs().currentContext, subscribe: (key, listener) => subscribeResource(key, listener, registry) });
    try {
      expect(probe.check()).toMatchObject({ ready: false, context: 'inClusterContext' });
      const { value: ready } = await waitUntil(
        'readiness',
        () => {
          const r = probe.check();
          return r.ready ? r : undefined;
        },
        30_000,
      );
      expect(ready.caches).toStrictEqual([
        { resource: 'namespaces', phase: 'synced', ok: true },
        { resource: 'pods', phase: 'synced', ok: true },
      ]);
    } finally {
      probe.releaseAll();
      registry.stopAll();
    }
  });

  it('stays not ready, naming the missing permission, for a ServiceAccount that may not list namespaces cluster-wide', async () => {
    await mountServiceAccount(narrow);
    const registry = new CacheRegistry({ idleStopMs: 0 });
    const probe = new ReadinessProbe({ currentContext: () => getKubeconfigs().currentContext, subscribe: (key, listener) => subscribeResource(key, listener, registry) });
    try {
      const { value: refused } = await waitUntil(
        'both caches forbidden',
        () => {
          const r = probe.check();
          return r.caches.every((c) => c.phase === 'forbidden') ? r : undefined;
        },
        30_000,
      );
      expect(refused).toMatchObject({ ready: false, reason: "namespaces: forbidden (the server's account needs list/watch on namespaces cluster-wide)" });
    } finally {
      probe.releaseAll();
      registry.stopAll();
    }
  });
});
