import type { V1DaemonSet, V1Node, V1Pod } from '@kubernetes/client-node';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { toDaemonSetRow, type DaemonSetRow } from './rows';

/** The caches the DaemonSet page reads: its namespace's DaemonSets and pods, and every node (one pod per eligible node). */
export interface DaemonSetDetailInputs {
  daemonsets: V1DaemonSet[];
  pods: V1Pod[];
  nodes: V1Node[];
}

/**
 * The DaemonSet page's live model: its kubectl row. The node × pod
 * explanation joins here when its model lands in lib/explain/workloads.
 */
export type DaemonSetDetailModel = WorkloadDetail<DaemonSetRow, Record<never, never>>;

/**
 * Builds the DaemonSet page's model at `now`, or `found: false` when it does not exist.
 * @example buildDaemonSetDetail(inputs, now, { namespace: 'explain-demo', name: 'node-agent' }).found // true
 */
export function buildDaemonSetDetail(inputs: DaemonSetDetailInputs, now: Date, id: WorkloadId): DaemonSetDetailModel {
  const daemonSet = findWorkload(inputs.daemonsets, id);
  if (!daemonSet) return { found: false, ...id };
  return { found: true, ...id, row: toDaemonSetRow(daemonSet, now) };
}
