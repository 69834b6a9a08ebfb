import 'server-only';
import { CoreV1Api } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { eventually, sandboxConfig, suffix } from '../testing/sandbox';
import { liveCache } from './live';
import { apiVersionOf, RESOURCES, type ResourceName } from './resources';
import { LAST_APPLIED_ANNOTATION } from './secret-redaction';
import { createWatchSource } from './sources';
import { defaultNormalize, type KubeObject } from './watch-cache';

// Runs against the sandbox's real kube-apiserver: every watched kind's path,
// group and version must be ones the server actually serves.
describe('every watched resource against the real apiserver', () => {
  const names = Object.keys(RESOURCES) as ResourceName[];

  it.each(names)('%s lists from its collection path and its items are stamped with kind and apiVersion', async (name) => {
    const descriptor = RESOURCES[name];
    const page = await createWatchSource(sandboxConfig(), name).listPage();
    expect(page.resourceVersion).not.toBe('');
    const first = page.items[0];
    if (first === undefined) return;
    const item = defaultNormalize(first, descriptor) as KubeObject & { kind?: string; apiVersion?: string };
    expect({ kind: item.kind, apiVersion: item.apiVersion }).toStrictEqual({ kind: descriptor.kind, apiVersion: apiVersionOf(descriptor) });
  });

  it('the sandbox scenarios give every workload kind at least one object to show', async () => {
    const workloadKinds: ResourceName[] = ['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'];
    const counts: Record<string, number> = {};
    for (const name of workloadKinds) counts[name] = (await createWatchSource(sandboxConfig(), name, { namespace: 'explain-demo' }).listPage()).items.length;
    for (const name of workloadKinds) expect(counts[name], `${name} in explain-demo`).toBeGreaterThan(0);
  });

  it('keeps Secrets from the real apiserver without a value: list and watch go through the redaction', async () => {
    const kc = sandboxConfig();
    const core = kc.makeApiClient(CoreV1Api);
    const namespace = `secret-leak-${suffix()}`;
    const password = `pw-${suffix()}-not-a-real-password`;
    const token = `tok-${suffix()}-abcdef`;
    await core.createNamespace({ body: { metadata: { name: namespace } } });
    const cache = liveCache<KubeObject>(RESOURCES.secrets, createWatchSource(kc, 'secrets', { namespace }));
    try {
      // As kubectl apply writes it: stringData in the last-applied annotation, merged into data by the API.
      const manifest = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'listed', namespace }, stringData: { password } };
      await core.createNamespacedSecret({
        namespace,
        body: { metadata: { name: 'listed', annotations: { [LAST_APPLIED_ANNOTATION]: JSON.stringify(manifest) } }, stringData: { password } },
      });
      cache.start();
      await eventually('the secrets cache to sync', async () => (cache.getState().phase === 'synced' ? true : undefined), 30_000, 100);
      await core.createNamespacedSecret({ namespace, body: { metadata: { name: 'watched' }, data: { token: Buffer.from(token).toString('base64') } } });
      const items = await eventually('both secrets in the cache', async () => (cache.items().length === 2 ? cache.items() : undefined), 30_000, 100);
      const json = JSON.stringify(items);
      for (const value of [password, token, Buffer.from(password).toString('base64'), Buffer.from(token).toString('base64')]) expect(json).not.toContain(value);
      expect(items.map((s) => [s.metadata?.name, (s as { dataBytes?: Record<string, number> }).dataBytes]).sort()).toStrictEqual([
        ['listed', { password: password.length }],
        ['watched', { token: token.length }],
      ]);
    } finally {
      cache.stop();
      await core.deleteNamespace({ name: namespace }).catch(() => undefined);
    }
  });
});
