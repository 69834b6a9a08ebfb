import type { V1DaemonSet, V1Node, V1Pod } from '@kubernetes/client-node';
import type { Diagnosis } from '../../explain/types';
import { explainDaemonSet, type DaemonSetExplanation } from '../../explain/workloads/daemonset';
import { diagnoseDaemonSet } from '../../explain/workloads/workload-diagnoses';
import { daemonSetView, type DaemonSetView } from '../daemonset-view';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { toDaemonSetRow, type DaemonSetRow } from './rows';
import { workloadEvidence } from './workload-evidence';

/** The caches the DaemonSet page reads: its namespace's DaemonSets and pods, and every node (one pod per eligible node). */
export interface DaemonSetDetailInputs {
  daemonsets: V1DaemonSet[];
  pods: V1Pod[];
  nodes: V1Node[];
}

/**
 * The DaemonSet page's live model: its kubectl row, the node × pod table with
 * each node's fit (lib/explain/workloads/daemonset) and projected for the
 * page (reasons per node, the update budget in numbers), the diagnoses (pods
 * missing on nodes that should run one, its struggling pods' own) and the
 * live value of each evidence path.
 */
export type DaemonSetDetailModel = WorkloadDetail<DaemonSetRow, { explanation: DaemonSetExplanation; view: DaemonSetView; diagnoses: Diagnosis[]; evidence: Record<string, string> }>;

/**
 * Builds the DaemonSet page's model at `now`, or `found: false` when it does not exist.
 * @example buildDaemonSetDetail(inputs, now, { namespace: 'explain-demo', name: 'node-agent' }).found // true
 */
export function buildDaemonSetDetail(inputs: DaemonSetDetailInputs, now: Date, id: WorkloadId): DaemonSetDetailModel {
  const daemonSet = findWorkload(inputs.daemonsets, id);
  if (!daemonSet) return { found: false, ...id };
  // Without ControllerRevisions (not watched) a pod is current by its pod-template-generation label.
  const explanation = explainDaemonSet({ daemonSet, nodes: inputs.nodes, pods: inputs.pods, now });
  const diagnoses = diagnoseDaemonSet(daemonSet, explanation, { pods: inputs.pods, nodes: inputs.nodes, now });
  const evidence = workloadEvidence(diagnoses, { kind: 'DaemonSet', object: daemonSet, pods: inputs.pods, nodes: inputs.nodes });
  return { found: true, ...id, row: toDaemonSetRow(daemonSet, now), explanation, view: daemonSetView(explanation), diagnoses, evidence };
}
