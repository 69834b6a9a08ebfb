import type { V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import { normalizeEvents, type AnyEvent } from '../../explain/pod-events';
import { explainReplicaSet, type ReplicaSetExplanation } from '../../explain/workloads/replicaset';
import { isControlledBy } from '../../explain/workloads/shared';
import { toPodRow, type PodRow } from '../pod-row';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { healingStory, type HealingStory } from './replicaset-healing';
import { toReplicaSetRow, type ReplicaSetRow } from './rows';

/** The caches the ReplicaSet page reads, all in its namespace. */
export interface ReplicaSetDetailInputs {
  replicasets: V1ReplicaSet[];
  pods: V1Pod[];
  events: AnyEvent[];
}

/**
 * The ReplicaSet page's live model: its kubectl row, the explanation
 * (selector, pod-template-hash, desired vs active, owner, history), the pods
 * it owns as Pods-table rows, and its self-healing told from events.
 */
export type ReplicaSetDetailModel = WorkloadDetail<ReplicaSetRow, { explanation: ReplicaSetExplanation; podRows: PodRow[]; healing: HealingStory }>;

/**
 * Builds the ReplicaSet page's model at `now`, or `found: false` when it does not exist.
 * @example buildReplicaSetDetail(inputs, now, { namespace: 'explain-demo', name: 'web-569b4d9d45' }).found // true
 */
export function buildReplicaSetDetail(inputs: ReplicaSetDetailInputs, now: Date, id: WorkloadId): ReplicaSetDetailModel {
  const replicaSet = findWorkload(inputs.replicasets, id);
  if (!replicaSet) return { found: false, ...id };
  const explanation = explainReplicaSet({ replicaSet, pods: inputs.pods, events: inputs.events, now });
  const owned = inputs.pods.filter((p) => p.metadata?.namespace === id.namespace && isControlledBy(p, replicaSet.metadata?.uid));
  const podRows = owned.map((p) => toPodRow(p, now)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return {
    found: true,
    ...id,
    row: toReplicaSetRow(replicaSet, now),
    explanation,
    podRows,
    healing: healingStory(explanation, owned, normalizeEvents(inputs.events), inputs.pods.filter((p) => p.metadata?.namespace === id.namespace)),
  };
}
