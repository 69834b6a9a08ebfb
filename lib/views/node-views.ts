import type { V1Lease, V1Node, V1Pod } from '@kubernetes/client-node';
import { isPodTerminal } from '../explain/cluster-shared';
import { objectKey } from '../explain/object-key';
import { toIso } from '../explain/timestamps';
import { explainNode, type NodeExplanation } from '../explain/node';
import { nodeColumns, type NodeColumns } from '../explain/node-status';
import { toPodRow, type StatusSeverity } from './pod-row';
import { resolvePaths } from './evidence';

export interface NodeInputs {
  nodes: V1Node[];
  pods: V1Pod[];
  leases: V1Lease[];
}

export interface NodeListRow {
  uid: string;
  name: string;
  /** The client re-ages AGE from this, so the column ticks between model pushes. */
  createdAt: string | null;
  columns: NodeColumns;
  severity: StatusSeverity;
  /** Non-terminal pods bound to the node (what the scheduler counts against its pods capacity). */
  podCount: number;
}

export interface NodeListModel {
  rows: NodeListRow[];
}

/**
 * How alarming kubectl's node STATUS is, for the badge colour.
 * @example nodeStatusSeverity('Ready,SchedulingDisabled') // 'warning'
 */
export function nodeStatusSeverity(status: string): StatusSeverity {
  if (status === 'Ready') return 'ok';
  if (status.startsWith('Ready,')) return 'warning';
  return 'critical';
}

/**
 * The Nodes list: kubectl's columns (STATUS includes SchedulingDisabled) and pods per node.
 * @example buildNodeList(inputs, now).rows.map((r) => r.columns.status) // ['Ready', 'Ready', 'Ready']
 */
export function buildNodeList(inputs: NodeInputs, now: Date): NodeListModel {
  const perNode = new Map<string, number>();
  for (const p of inputs.pods) {
    const n = p.spec?.nodeName;
    if (n && !isPodTerminal(p)) perNode.set(n, (perNode.get(n) ?? 0) + 1);
  }
  const rows = inputs.nodes
    .map((n): NodeListRow => {
      const columns = nodeColumns(n, now);
      return {
        uid: objectKey(n),
        name: n.metadata?.name ?? '',
        createdAt: toIso(n.metadata?.creationTimestamp),
        columns,
        severity: nodeStatusSeverity(columns.status),
        podCount: perNode.get(n.metadata?.name ?? '') ?? 0,
      };
    })
    .sort((a, b) => compare(a.name, b.name));
  return { rows };
}

export interface NodePodLink {
  namespace: string;
  name: string;
  ready: string;
  status: string;
  severity: StatusSeverity;
}

export type NodeDetailModel =
  | { found: false; name: string }
  | {
      found: true;
      explanation: NodeExplanation;
      /** Every pod bound to the node (terminal ones too), with kubectl's READY and STATUS. */
      pods: NodePodLink[];
      /** Each diagnosis evidence path with its live value (raw objects never reach the browser). */
      evidence: Record<string, string>;
    };

/**
 * The Node detail page: the node explained with its pods and its heartbeat Lease.
 * @example buildNodeDetail(inputs, now, { name: 'sandbox-worker' }).found // true
 */
export function buildNodeDetail(inputs: NodeInputs, now: Date, id: { name: string }): NodeDetailModel {
  const node = inputs.nodes.find((n) => n.metadata?.name === id.name);
  if (!node) return { found: false, ...id };
  const lease = inputs.leases.find((l) => l.metadata?.name === id.name && l.metadata?.namespace === 'kube-node-lease') ?? null;
  const pods = inputs.pods
    .filter((p) => p.spec?.nodeName === id.name)
    .map((p): NodePodLink => {
      const row = toPodRow(p, now);
      return { namespace: row.namespace, name: row.name, ready: row.ready, status: row.status, severity: row.severity };
    })
    .sort((a, b) => compare(a.namespace, b.namespace) || compare(a.name, b.name));
  const explanation = explainNode(node, { pods: inputs.pods, lease, now });
  // explainNode writes `lease[kube-node-lease/<node>].…` for the heartbeat and plain paths for the node.
  const root = { ...node, lease: lease ? { [`kube-node-lease/${id.name}`]: lease } : {} };
  const evidence = resolvePaths(root, explanation.diagnoses.flatMap((d) => d.evidence));
  return { found: true, explanation, pods, evidence };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
