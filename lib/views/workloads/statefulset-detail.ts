import type { V1Pod, V1Service, V1StatefulSet } from '@kubernetes/client-node';
import { explainStatefulSet, type StatefulSetExplanation } from '../../explain/workloads/statefulset';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { toStatefulSetRow, type StatefulSetRow } from './rows';

/** The caches the StatefulSet page reads, all in its namespace (PVCs join once the storage resources are watched). */
export interface StatefulSetDetailInputs {
  statefulsets: V1StatefulSet[];
  pods: V1Pod[];
  services: V1Service[];
}

/** The StatefulSet page's live model: its kubectl row and the ordinals explained (lib/explain/workloads/statefulset). */
export type StatefulSetDetailModel = WorkloadDetail<StatefulSetRow, { explanation: StatefulSetExplanation }>;

/**
 * Builds the StatefulSet page's model at `now`, or `found: false` when it does not exist.
 * @example buildStatefulSetDetail(inputs, now, { namespace: 'explain-demo', name: 'db' }).found // true
 */
export function buildStatefulSetDetail(inputs: StatefulSetDetailInputs, now: Date, id: WorkloadId): StatefulSetDetailModel {
  const statefulSet = findWorkload(inputs.statefulsets, id);
  if (!statefulSet) return { found: false, ...id };
  return { found: true, ...id, row: toStatefulSetRow(statefulSet, now), explanation: explainStatefulSet({ statefulSet, pods: inputs.pods, services: inputs.services, now }) };
}
