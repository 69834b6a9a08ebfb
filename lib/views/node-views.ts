import type { V1Lease, V1Node, V1Pod } from '@kubernetes/client-node';
import { explainNode, type NodeExplanation } from '../explain/node';
import { nodeColumns, type NodeColumns } from '../explain/node-status';

export interface NodeInputs {
  nodes: V1Node[];
  pods: V1Pod[];
  leases: V1Lease[];
}

export interface NodeListRow {
  uid: string;
  name: string;
  columns: NodeColumns;
  podCount: number;
}

/**
 * The Nodes list: kubectl's columns (STATUS includes SchedulingDisabled) and pods per node.
 * @example buildNodeList(inputs, now).rows.map((r) => r.columns.status)
 */
export function buildNodeList(inputs: NodeInputs, now: Date): { rows: NodeListRow[] } {
  const perNode = new Map<string, number>();
  for (const p of inputs.pods) {
    const n = p.spec?.nodeName;
    if (n && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed') perNode.set(n, (perNode.get(n) ?? 0) + 1);
  }
  const rows = inputs.nodes
    .map((n): NodeListRow => ({ uid: n.metadata?.uid ?? n.metadata?.name ?? '', name: n.metadata?.name ?? '', columns: nodeColumns(n, now), podCount: perNode.get(n.metadata?.name ?? '') ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { rows };
}

export type NodeDetailModel = { found: false; name: string } | { found: true; explanation: NodeExplanation; pods: { namespace: string; name: string; phase: string }[] };

/** The Node detail page: the node explained with its pods and its heartbeat Lease. */
export function buildNodeDetail(inputs: NodeInputs, now: Date, id: { name: string }): NodeDetailModel {
  const node = inputs.nodes.find((n) => n.metadata?.name === id.name);
  if (!node) return { found: false, ...id };
  const lease = inputs.leases.find((l) => l.metadata?.name === id.name && l.metadata?.namespace === 'kube-node-lease') ?? null;
  const pods = inputs.pods
    .filter((p) => p.spec?.nodeName === id.name)
    .map((p) => ({ namespace: p.metadata?.namespace ?? '', name: p.metadata?.name ?? '', phase: p.status?.phase ?? '' }))
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
  return { found: true, explanation: explainNode(node, { pods: inputs.pods, lease, now }), pods };
}
