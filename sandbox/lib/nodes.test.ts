import { describe, expect, it } from 'vitest';
import { defaultNodes, nodeObject, podCidr } from './nodes';

interface NodeShape {
  metadata: { labels: Record<string, string>; annotations: Record<string, string> };
  spec: { taints?: unknown[] };
  status: { addresses: { address: string }[] };
}
const node = (n: Parameters<typeof nodeObject>[0]) => nodeObject(n) as unknown as NodeShape;

describe('sandbox nodes', () => {
  it('names three nodes as kind does, with only the first a control-plane node', () => {
    expect(defaultNodes()).toStrictEqual([
      { name: 'sandbox-control-plane', controlPlane: true, index: 0 },
      { name: 'sandbox-worker', controlPlane: false, index: 1 },
      { name: 'sandbox-worker2', controlPlane: false, index: 2 },
    ]);
  });

  it('gives the control-plane node its role label and NoSchedule taint, and workers neither', () => {
    const [cp, worker] = defaultNodes().map(node) as [NodeShape, NodeShape];
    expect(cp.metadata.labels['node-role.kubernetes.io/control-plane']).toBe('');
    expect(cp.spec.taints).toStrictEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
    expect(worker.metadata.labels['node-role.kubernetes.io/control-plane']).toBeUndefined();
    expect(worker.spec.taints).toBeUndefined();
    expect(worker.metadata.annotations['kwok.x-k8s.io/node']).toBe('fake');
  });

  it('gives every node of a large fleet a distinct address', () => {
    const ips = defaultNodes(1000).map((n) => node(n).status.addresses[0]?.address ?? '');
    expect(new Set(ips).size).toBe(1000);
    expect(ips.every((ip) => /^172\.18\.\d+\.\d+$/.test(ip))).toBe(true);
  });

  it('gives every node of a large fleet a valid, distinct pod CIDR', () => {
    const cidrs = defaultNodes(1000).map((n) => podCidr(n.index));
    expect(new Set(cidrs).size).toBe(1000);
    expect(cidrs.every((c) => /^10\.(\d{1,3})\.(\d{1,3})\.0\/24$/.test(c) && c.split('.').slice(0, 3).every((o) => Number(o) < 256))).toBe(true);
    expect(podCidr(0)).toBe('10.244.0.0/24');
    expect(podCidr(300)).toBe('10.245.44.0/24');
  });
});
