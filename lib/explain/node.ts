/**
 * explainNode: a node's conditions, taints, resources, runtime and heartbeat,
 * and what is wrong with it. Facts: docs concepts/architecture/nodes
 * (conditions, heartbeats: a Lease in kube-node-lease renewed about every
 * 10 s; the node controller marks Ready Unknown after node-monitor-grace-period,
 * 50 s since 1.32) and concepts/scheduling-eviction/node-pressure-eviction.
 */
import type { V1Lease, V1Node, V1Pod } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import { secondsSince } from './cluster-shared';
import { toIso } from './timestamps';
import { nodeResources, type NodeResources } from './node-requests';
import { parseContainerRuntime, type ContainerRuntimeInfo } from './node-runtime';
import { nodeColumns, nodeRoles, type NodeColumns } from './node-status';
import { nodeTaints, type NodeTaintView } from './node-taints';
import type { Diagnosis } from './types';

export { nodeStatus, nodeRoles, nodeColumns } from './node-status';

export interface ExplainNodeInput {
  /** Pods to count against the node; those bound elsewhere are ignored, so all pods may be passed. */
  pods: V1Pod[];
  /** The node's Lease from kube-node-lease (same name as the node), when readable. */
  lease?: V1Lease | null;
  now: Date;
}

export interface NodeConditionView {
  type: string;
  status: string;
  /** ok: Ready=True or a problem condition False; problem: the opposite; unknown: status Unknown. */
  state: 'ok' | 'problem' | 'unknown';
  conceptId: ConceptId;
  reason: string | null;
  lastHeartbeatTime: string | null;
  heartbeatAgeSeconds: number | null;
  lastTransitionTime: string | null;
  transitionAgeSeconds: number | null;
  evidence: string;
}

export type PressureCondition = 'MemoryPressure' | 'DiskPressure' | 'PIDPressure';

export interface NodePressure {
  memory: boolean;
  disk: boolean;
  pid: boolean;
  networkUnavailable: boolean;
  /** The pressure conditions currently True, in that order. */
  active: PressureCondition[];
}

export interface NodeInfoView {
  kubeletVersion: string | null;
  /** Empty since 1.33 (kube-proxy no longer reports it); null then. */
  kubeProxyVersion: string | null;
  osImage: string | null;
  kernelVersion: string | null;
  operatingSystem: string | null;
  architecture: string | null;
  containerRuntime: ContainerRuntimeInfo;
}

export interface NodeHeartbeat {
  source: 'lease' | 'ready-condition' | 'none';
  time: string | null;
  ageSeconds: number | null;
  leaseDurationSeconds: number | null;
  gracePeriodSeconds: number;
  /**
   * Judged from the Lease only: with leases the kubelet rewrites the Ready
   * condition's lastHeartbeatTime just every 5 minutes when nothing changes,
   * so an old one proves nothing.
   */
  overdue: boolean | null;
  evidence: string | null;
}

export interface NodeExplanation {
  name: string;
  createdAt: string | null;
  columns: NodeColumns;
  roles: string[];
  schedulable: boolean;
  ready: 'True' | 'False' | 'Unknown' | 'missing';
  conceptIds: ConceptId[];
  conditions: NodeConditionView[];
  pressure: NodePressure;
  taints: NodeTaintView[];
  resources: NodeResources;
  nodeInfo: NodeInfoView;
  heartbeat: NodeHeartbeat;
  diagnoses: Diagnosis[];
}

const CONDITION_CONCEPTS: Readonly<Record<string, ConceptId>> = {
  Ready: 'node-condition-ready',
  MemoryPressure: 'node-condition-memory-pressure',
  DiskPressure: 'node-condition-disk-pressure',
  PIDPressure: 'node-condition-pid-pressure',
  NetworkUnavailable: 'node-condition-network-unavailable',
};

const PRESSURE: readonly { type: PressureCondition; taint: string; taintConcept: ConceptId }[] = [
  { type: 'MemoryPressure', taint: 'node.kubernetes.io/memory-pressure', taintConcept: 'taint-memory-pressure' },
  { type: 'DiskPressure', taint: 'node.kubernetes.io/disk-pressure', taintConcept: 'taint-disk-pressure' },
  { type: 'PIDPressure', taint: 'node.kubernetes.io/pid-pressure', taintConcept: 'taint-pid-pressure' },
];

/** node-monitor-grace-period default since Kubernetes 1.32 (40 s before). */
export const NODE_MONITOR_GRACE_PERIOD_SECONDS = 50;

/**
 * Explains a node.
 * @example explainNode(node, { pods, lease, now }).diagnoses.map((d) => d.id) // ['node-not-ready']
 */
export function explainNode(node: V1Node, input: ExplainNodeInput): NodeExplanation {
  const name = node.metadata?.name ?? '';
  const conditions = (node.status?.conditions ?? []).map((c, i): NodeConditionView => {
    const state = c.status === 'Unknown' ? 'unknown' : (c.status === 'True') === (c.type === 'Ready') ? 'ok' : 'problem';
    return {
      type: c.type,
      status: c.status,
      state,
      conceptId: CONDITION_CONCEPTS[c.type] ?? 'node-conditions',
      reason: c.reason ?? null,
      lastHeartbeatTime: toIso(c.lastHeartbeatTime),
      heartbeatAgeSeconds: secondsSince(c.lastHeartbeatTime, input.now),
      lastTransitionTime: toIso(c.lastTransitionTime),
      transitionAgeSeconds: secondsSince(c.lastTransitionTime, input.now),
      evidence: `status.conditions[${i}].status`,
    };
  });
  const isTrue = (type: string) => conditions.some((c) => c.type === type && c.status === 'True');
  const readyCondition = conditions.filter((c) => c.type === 'Ready').at(-1);
  const ready = readyCondition === undefined ? 'missing' : readyCondition.status === 'True' ? 'True' : readyCondition.status === 'False' ? 'False' : 'Unknown';
  const roles = nodeRoles(node);
  const taints = nodeTaints(node);
  const info = node.status?.nodeInfo;

  const explanation: NodeExplanation = {
    name,
    createdAt: toIso(node.metadata?.creationTimestamp),
    columns: nodeColumns(node, input.now),
    roles,
    schedulable: !node.spec?.unschedulable,
    ready,
    conceptIds: nodeConcepts(roles, taints.length > 0),
    conditions,
    pressure: {
      memory: isTrue('MemoryPressure'),
      disk: isTrue('DiskPressure'),
      pid: isTrue('PIDPressure'),
      networkUnavailable: isTrue('NetworkUnavailable'),
      active: PRESSURE.filter((p) => isTrue(p.type)).map((p) => p.type),
    },
    taints,
    resources: nodeResources(node, input.pods),
    nodeInfo: {
      kubeletVersion: info?.kubeletVersion || null,
      kubeProxyVersion: info?.kubeProxyVersion || null,
      osImage: info?.osImage || null,
      kernelVersion: info?.kernelVersion || null,
      operatingSystem: info?.operatingSystem || null,
      architecture: info?.architecture || null,
      containerRuntime: parseContainerRuntime(info?.containerRuntimeVersion, info?.kubeletVersion),
    },
    heartbeat: heartbeat(name, input.lease ?? null, node, input.now),
    diagnoses: [],
  };
  explanation.diagnoses = nodeDiagnoses(explanation);
  return explanation;
}

function nodeConcepts(roles: string[], tainted: boolean): ConceptId[] {
  const ids: ConceptId[] = ['node', 'kubelet', 'node-conditions', 'node-allocatable', 'container-runtime', 'lease'];
  if (tainted) ids.push('taints-tolerations');
  if (roles.includes('control-plane') || roles.includes('master')) ids.push('control-plane');
  return ids;
}

function heartbeat(name: string, lease: V1Lease | null, node: V1Node, now: Date): NodeHeartbeat {
  const grace = NODE_MONITOR_GRACE_PERIOD_SECONDS;
  const ownLease =
    lease && lease.metadata?.name === name && (lease.metadata.namespace ?? 'kube-node-lease') === 'kube-node-lease'
      ? lease
      : null;
  const renewAge = secondsSince(ownLease?.spec?.renewTime, now);
  if (ownLease && renewAge !== null) {
    return {
      source: 'lease',
      time: toIso(ownLease.spec?.renewTime),
      ageSeconds: renewAge,
      leaseDurationSeconds: ownLease.spec?.leaseDurationSeconds ?? null,
      gracePeriodSeconds: grace,
      overdue: renewAge > grace,
      evidence: `lease[kube-node-lease/${name}].spec.renewTime`,
    };
  }
  const conditions = node.status?.conditions ?? [];
  const index = conditions.findIndex((c) => c.type === 'Ready');
  const readyHeartbeat = index >= 0 ? conditions[index]?.lastHeartbeatTime : undefined;
  const age = secondsSince(readyHeartbeat, now);
  if (age !== null) {
    return {
      source: 'ready-condition',
      time: toIso(readyHeartbeat),
      ageSeconds: age,
      leaseDurationSeconds: null,
      gracePeriodSeconds: grace,
      overdue: null,
      evidence: `status.conditions[${index}].lastHeartbeatTime`,
    };
  }
  return { source: 'none', time: null, ageSeconds: null, leaseDurationSeconds: null, gracePeriodSeconds: grace, overdue: null, evidence: null };
}

function nodeDiagnoses(n: NodeExplanation): Diagnosis[] {
  const diagnoses: Diagnosis[] = [];
  const readyIndex = n.conditions.map((c) => c.type).lastIndexOf('Ready');
  const readyCondition = n.conditions[readyIndex];
  if (n.ready !== 'True') {
    // Ready=False: the kubelet reported a problem (not-ready taint); Unknown/missing:
    // the node controller heard nothing in time (unreachable taint).
    const unreachable = n.ready !== 'False';
    const params: Record<string, string | number> = { node: n.name, status: n.ready };
    if (readyCondition?.reason) params.reason = readyCondition.reason;
    if (readyCondition?.transitionAgeSeconds != null) params.sinceSeconds = readyCondition.transitionAgeSeconds;
    if (n.heartbeat.ageSeconds !== null) params.heartbeatAgeSeconds = n.heartbeat.ageSeconds;
    const taintKey = unreachable ? 'node.kubernetes.io/unreachable' : 'node.kubernetes.io/not-ready';
    diagnoses.push({
      id: 'node-not-ready',
      severity: 'critical',
      conceptIds: ['node-condition-ready', unreachable ? 'taint-unreachable' : 'taint-not-ready', 'kubelet', 'lease'],
      params,
      evidence: [
        readyIndex >= 0 ? `status.conditions[${readyIndex}].status` : 'status.conditions',
        ...(readyCondition?.reason ? [`status.conditions[${readyIndex}].reason`] : []),
        ...(n.heartbeat.evidence ? [n.heartbeat.evidence] : []),
        ...n.taints.filter((t) => t.key === taintKey).map((t) => t.evidence),
      ],
    });
  }
  for (const p of PRESSURE) {
    const index = n.conditions.findIndex((c) => c.type === p.type && c.status === 'True');
    const condition = n.conditions[index];
    if (!condition) continue;
    const params: Record<string, string | number> = { node: n.name, condition: p.type };
    if (condition.reason) params.reason = condition.reason;
    if (condition.transitionAgeSeconds !== null) params.sinceSeconds = condition.transitionAgeSeconds;
    diagnoses.push({
      id: 'node-pressure',
      severity: 'warning',
      conceptIds: [CONDITION_CONCEPTS[p.type] ?? 'node-conditions', p.taintConcept, 'node-allocatable'],
      params,
      evidence: [condition.evidence, ...n.taints.filter((t) => t.key === p.taint).map((t) => t.evidence)],
    });
  }
  return diagnoses;
}
