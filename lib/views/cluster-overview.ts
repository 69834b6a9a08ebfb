import type { V1Lease, V1Node, V1Pod } from '@kubernetes/client-node';
import { explainCluster, type ClusterComponentId, type ClusterExplanation } from '../explain/cluster';
import { nodeRoles, nodeStatus } from '../explain/node-status';
import { toIso } from '../explain/timestamps';
import { statusCounts } from './pod-filter';
import { statusSeverity, toPodRow, type StatusSeverity } from './pod-row';
import { clusterEvidenceIndex, componentEvidence, type EvidenceLine } from './cluster-evidence';
import { podsByNode } from './indexes';

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

/** One node on the architecture map, with the agents that run on it. */
export interface ClusterNodeBox {
  name: string;
  roles: string[];
  /** kubectl's node STATUS, e.g. "Ready" or "Ready,SchedulingDisabled". */
  status: string;
  /** The Ready condition's status ('True', 'False', 'Unknown'), null without one. */
  ready: string | null;
  readyReason: string | null;
  /** The kubelet's last status heartbeat (the Ready condition's lastHeartbeatTime). */
  heartbeatAt: string | null;
  kubeletVersion: string | null;
  containerRuntime: string | null;
  osImage: string | null;
  taints: string[];
  /** A KWOK node: no kubelet, runtime or kube-proxy process exists; KWOK writes its status. */
  simulated: boolean;
  /** Pods on the node that are not finished (Succeeded/Failed pods hold nothing). */
  pods: number;
  kubeProxy: { name: string; ready: boolean } | null;
}

/** An apiserver instance's identity Lease (one per running kube-apiserver). */
export interface ApiserverIdentity {
  name: string;
  holder: string | null;
  renewTime: string | null;
}

export interface ClusterOverviewModel {
  cluster: ClusterExplanation;
  /** Each component's evidence paths with the live value behind them. */
  evidence: Record<ClusterComponentId, EvidenceLine[]>;
  podStatusCounts: { status: string; count: number; severity: StatusSeverity }[];
  namespaces: { name: string; pods: number }[];
  totalPods: number;
  nodes: ClusterNodeBox[];
  apiservers: ApiserverIdentity[];
}

const KWOK_ANNOTATION = 'kwok.x-k8s.io/node';

function readyCondition(n: V1Node) {
  return (n.status?.conditions ?? []).filter((c) => c.type === 'Ready').at(-1);
}

/** One node's box; `pods` are the pods bound to it (podsByNode), so no node scans every pod. */
function nodeBox(n: V1Node, pods: readonly V1Pod[]): ClusterNodeBox {
  const name = n.metadata?.name ?? '';
  const ready = readyCondition(n);
  const proxy = pods.find((p) => p.spec?.nodeName === name && p.metadata?.namespace === 'kube-system' && p.metadata?.labels?.['k8s-app'] === 'kube-proxy');
  return {
    name,
    roles: nodeRoles(n),
    status: nodeStatus(n),
    ready: ready?.status ?? null,
    readyReason: ready?.reason ?? null,
    heartbeatAt: toIso(ready?.lastHeartbeatTime),
    kubeletVersion: n.status?.nodeInfo?.kubeletVersion || null,
    containerRuntime: n.status?.nodeInfo?.containerRuntimeVersion || null,
    osImage: n.status?.nodeInfo?.osImage || null,
    taints: (n.spec?.taints ?? []).map((t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`),
    simulated: n.metadata?.annotations?.[KWOK_ANNOTATION] !== undefined,
    pods: pods.filter((p) => p.spec?.nodeName === name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed').length,
    kubeProxy: proxy ? { name: proxy.metadata?.name ?? '', ready: (proxy.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True') } : null,
  };
}

function apiserverIdentities(leases: V1Lease[]): ApiserverIdentity[] {
  return leases
    .filter((l) => l.metadata?.namespace === 'kube-system' && l.metadata.labels?.['apiserver.kubernetes.io/identity'] === 'kube-apiserver')
    .map((l) => ({ name: l.metadata?.name ?? '', holder: l.spec?.holderIdentity ?? null, renewTime: toIso(l.spec?.renewTime) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The cluster overview: each component's health with its evidence, the
 * nodes with their agents, pod counts by kubectl STATUS and per namespace.
 * @example buildClusterOverview({ nodes, pods, leases }, { version, readyz }, now).podStatusCounts[0] → { status: 'Running', count: 7, severity: 'ok' }
 */
export function buildClusterOverview(inputs: ClusterInputs, probes: ClusterProbes, now: Date): ClusterOverviewModel {
  const rows = inputs.pods.map((p) => toPodRow(p, now));
  const perNs = new Map<string, number>();
  for (const r of rows) perNs.set(r.namespace, (perNs.get(r.namespace) ?? 0) + 1);
  const cluster = explainCluster({ version: probes.version as never, readyz: probes.readyz, leases: inputs.leases, pods: inputs.pods, nodes: inputs.nodes, now });
  // Each status's badge severity (the last row of a status decides, as a Map built from all rows would keep it).
  const severityOf = new Map<string, StatusSeverity>();
  for (const r of rows) severityOf.set(r.status, r.severity);
  const onNode = podsByNode(inputs.pods);
  const index = clusterEvidenceIndex(inputs);
  return {
    cluster,
    evidence: Object.fromEntries(cluster.components.map((c) => [c.id, componentEvidence(c, { cluster, inputs, index })])) as Record<ClusterComponentId, EvidenceLine[]>,
    podStatusCounts: statusCounts(rows).map((s) => ({ ...s, severity: severityOf.get(s.status) ?? statusSeverity(s.status, '') })),
    namespaces: [...perNs].map(([name, pods]) => ({ name, pods })).sort((a, b) => a.name.localeCompare(b.name)),
    totalPods: rows.length,
    nodes: inputs.nodes.map((n) => nodeBox(n, onNode.get(n.metadata?.name ?? '') ?? [])).sort((a, b) => a.name.localeCompare(b.name)),
    apiservers: apiserverIdentities(inputs.leases),
  };
}
