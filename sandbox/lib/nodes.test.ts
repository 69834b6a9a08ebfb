import { describe, expect, it } from 'vitest';
import { defaultNodes, nodeObject } from './nodes';

describe('sandbox nodes', () => {
  it('names three nodes as kind does, with only the first a control-plane node', () => {
    expect(defaultNodes()).toStrictEqual([
      { name: 'sandbox-control-plane', controlPlane: true, index: 0 },
      { name: 'sandbox-worker', controlPlane: false, index: 1 },
      { name: 'sandbox-worker2', controlPlane: false, index: 2 },
    ]);
  });

  it('gives the control-plane node its role label and NoSchedule taint, and workers neither', () => {
    const [cp, worker] = defaultNodes().map(nodeObject) as [Record<string, any>, Record<string, any>];
    expect(cp.metadata.labels['node-role.kubernetes.io/control-plane']).toBe('');
    expect(cp.spec.taints).toStrictEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    expect(worker.metadata.labels['node-role.kubernetes.io/control-plane']).toBeUndefined();
    expect(worker.spec.taints).toBeUndefined();
    expect(worker.metadata.annotations['kwok.x-k8s.io/node']).toBe('fake');
  });

  it('gives every node of a large fleet a distinct address', () => {
    const ips = defaultNodes(1000).map((n) => (nodeObject(n).status as any).addresses[0].address as string);
    expect(new Set(ips).size).toBe(1000);
    expect(ips.every((ip) => /^172\.18\.\d+\.\d+$/.test(ip))).toBe(true);
  });
});
