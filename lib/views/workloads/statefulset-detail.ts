import type { V1PersistentVolumeClaim, V1Pod, V1Service, V1StatefulSet } from '@kubernetes/client-node';
import type { AnyEvent } from '../../explain/pod-events';
import type { Diagnosis } from '../../explain/types';
import { explainStatefulSet, type StatefulSetExplanation } from '../../explain/workloads/statefulset';
import { diagnoseStatefulSet } from '../../explain/workloads/workload-diagnoses';
import { statefulSetView, type StatefulSetView } from '../statefulset-view';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { toStatefulSetRow, type StatefulSetRow } from './rows';
import { workloadEvidence } from './workload-evidence';

/** The caches the StatefulSet page reads, all in its namespace. */
export interface StatefulSetDetailInputs {
  statefulsets: V1StatefulSet[];
  pods: V1Pod[];
  services: V1Service[];
  /** The claims its volumeClaimTemplates made, for their phase. */
  persistentvolumeclaims: V1PersistentVolumeClaim[];
  /** For the blocking pod's own diagnoses (image pulls, probes…). */
  events: AnyEvent[];
}

/**
 * The StatefulSet page's live model: its kubectl row, the ordinals explained
 * (lib/explain/workloads/statefulset) and projected for the page, the
 * diagnoses (the ordinal OrderedReady waits on, with that pod's own) and the
 * live value of each evidence path.
 */
export type StatefulSetDetailModel = WorkloadDetail<
  StatefulSetRow,
  { explanation: StatefulSetExplanation; view: StatefulSetView; diagnoses: Diagnosis[]; evidence: Record<string, string> }
>;

/**
 * Builds the StatefulSet page's model at `now`, or `found: false` when it does not exist.
 * @example buildStatefulSetDetail(inputs, now, { namespace: 'explain-demo', name: 'db' }).found // true
 */
export function buildStatefulSetDetail(inputs: StatefulSetDetailInputs, now: Date, id: WorkloadId): StatefulSetDetailModel {
  const statefulSet = findWorkload(inputs.statefulsets, id);
  if (!statefulSet) return { found: false, ...id };
  const explanation = explainStatefulSet({ statefulSet, pods: inputs.pods, pvcs: inputs.persistentvolumeclaims, services: inputs.services, now });
  const diagnoses = diagnoseStatefulSet(statefulSet, explanation, { pods: inputs.pods, events: inputs.events, now });
  return {
    found: true,
    ...id,
    row: toStatefulSetRow(statefulSet, now),
    explanation,
    view: statefulSetView(explanation),
    diagnoses,
    evidence: workloadEvidence(diagnoses, { kind: 'StatefulSet', object: statefulSet, pods: inputs.pods, events: inputs.events }),
  };
}
