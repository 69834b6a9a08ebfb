import 'server-only';
import { describe, expect, it } from 'vitest';
import { sandboxConfig } from '../testing/sandbox';
import { apiVersionOf, RESOURCES, type ResourceName } from './resources';
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
});
