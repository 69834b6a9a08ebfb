/**
 * The fake nodes KWOK plays. They carry the labels, taints, capacity and
 * addresses a kind cluster's nodes would; KWOK's node Stage fills in
 * conditions and nodeInfo, and its lease controller sends heartbeats.
 */
export interface NodeSpec {
  name: string;
  controlPlane: boolean;
  index: number;
  /** Benchmark nodes carry a pool label so load pods land only on them. */
  pool?: 'scale';
}

/** sandbox-control-plane, sandbox-worker, sandbox-worker2 … as kind names them. */
export function defaultNodes(count = 3): NodeSpec[] {
  const nodes: NodeSpec[] = [{ name: 'sandbox-control-plane', controlPlane: true, index: 0 }];
  for (let i = 1; i < count; i++) nodes.push({ name: i === 1 ? 'sandbox-worker' : `sandbox-worker${i}`, controlPlane: false, index: i });
  return nodes;
}

/** Extra benchmark nodes, numbered after the default three. @example scaleNodes(2, 3).map((n) => n.name) → ['sandbox-scale-3', 'sandbox-scale-4'] */
export function scaleNodes(count: number, firstIndex: number): NodeSpec[] {
  return Array.from({ length: Math.max(0, count) }, (_, i) => ({ name: `sandbox-scale-${firstIndex + i}`, controlPlane: false, index: firstIndex + i, pool: 'scale' as const }));
}

/** A /24 per node, as kind's node IPAM hands out from 10.244.0.0/16 (continuing into 10.245… for big fleets). @example podCidr(300) → '10.245.44.0/24' */
export function podCidr(index: number): string {
  return `10.${(244 + Math.floor(index / 256)) % 256}.${index % 256}.0/24`;
}

/** The Node object for one spec. @example nodeObject({ name: 'sandbox-worker', controlPlane: false, index: 1 }).metadata.name */
export function nodeObject(n: NodeSpec): Record<string, unknown> {
  const ip = `172.18.${Math.floor((n.index + 2) / 250)}.${((n.index + 2) % 250) + 1}`;
  const labels: Record<string, string> = {
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/os': 'linux',
    'kubernetes.io/hostname': n.name,
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    type: 'kwok',
  };
  if (n.controlPlane) labels['node-role.kubernetes.io/control-plane'] = '';
  if (n.pool) labels['sandbox.kube-explain.dev/pool'] = n.pool;
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: n.name,
      labels,
      annotations: {
        // KWOK manages only nodes carrying this annotation.
        'kwok.x-k8s.io/node': 'fake',
      },
    },
    spec: {
      podCIDR: podCidr(n.index),
      podCIDRs: [podCidr(n.index)],
      providerID: `kwok://${n.name}`,
      ...(n.controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      capacity: { cpu: '4', 'ephemeral-storage': '102626232Ki', 'hugepages-2Mi': '0', memory: '16369932Ki', pods: '110' },
      allocatable: { cpu: '4', 'ephemeral-storage': '102626232Ki', 'hugepages-2Mi': '0', memory: '16369932Ki', pods: '110' },
      addresses: [
        { type: 'InternalIP', address: ip },
        { type: 'Hostname', address: n.name },
        // The apiserver reaches a node's kubelet API (logs, exec) through its
        // preferred address type; in the sandbox that is KWOK on loopback.
        { type: 'InternalDNS', address: 'localhost' },
      ],
    },
  };
}
