import type { V1Lease, V1Node, V1Pod } from '@kubernetes/client-node';
import { explainCluster, type ClusterExplanation } from '../explain/cluster';
import { statusCounts } from './pod-filter';
import { toPodRow } from './pod-row';

export interface ClusterInputs {
  nodes: V1Node[];
  pods: V1Pod[];
  leases: V1Lease[];
}

/** Health signals that are polled, not watched (/version, /readyz?verbose). */
export interface ClusterProbes {
  version: { gitVersion?: string; platform?: string; goVersion?: string; major?: string; minor?: string } | null;
  readyz: string | null;
}

export interface ClusterOverviewModel {
  cluster: ClusterExplanation;
  podStatusCounts: { status: string; count: number }[];
  namespaces: { name: string; pods: number }[];
}

/**
 * The cluster overview: each component's health from live objects and the
 * polled probes, pod counts by kubectl STATUS, and pods per namespace.
 */
export function buildClusterOverview(inputs: ClusterInputs, probes: ClusterProbes, now: Date): ClusterOverviewModel {
  const rows = inputs.pods.map((p) => toPodRow(p, now));
  const perNs = new Map<string, number>();
  for (const r of rows) perNs.set(r.namespace, (perNs.get(r.namespace) ?? 0) + 1);
  return {
    cluster: explainCluster({ version: probes.version as never, readyz: probes.readyz, leases: inputs.leases, pods: inputs.pods, nodes: inputs.nodes, now }),
    podStatusCounts: statusCounts(rows),
    namespaces: [...perNs].map(([name, pods]) => ({ name, pods })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
