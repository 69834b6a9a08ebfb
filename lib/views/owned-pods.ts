import type { V1Pod } from '@kubernetes/client-node';
import { podsOwnedBy, type OwnerFilter } from './pod-filter';
import { toPodRow, type PodRow } from './pod-row';

/** The caches the owner-filtered Pods view reads: pods, and the ReplicaSets or Jobs between them and a Deployment or CronJob. */
export interface OwnedPodsInputs {
  pods: V1Pod[];
  replicasets?: { metadata?: V1Pod['metadata'] }[];
  jobs?: { metadata?: V1Pod['metadata'] }[];
}

/** The Pods view narrowed to one owner: its pods as table rows, and the ReplicaSets or Jobs they were reached through. */
export interface OwnedPodsModel {
  owner: OwnerFilter;
  through: { namespace: string; name: string }[];
  rows: PodRow[];
}

/**
 * Builds the owner-filtered Pods view at `now` (ownerReferences, resolved on the server).
 * @example buildOwnedPods({ pods, replicasets }, now, { kind: 'Deployment', name: 'web' }).through → [{ namespace: 'explain-demo', name: 'web-569b4d9d45' }]
 */
export function buildOwnedPods(inputs: OwnedPodsInputs, now: Date, owner: OwnerFilter): OwnedPodsModel {
  const intermediates = owner.kind === 'Deployment' ? (inputs.replicasets ?? []) : owner.kind === 'CronJob' ? (inputs.jobs ?? []) : [];
  const { pods, through } = podsOwnedBy(inputs.pods, owner, intermediates);
  return { owner, through, rows: pods.map((p) => toPodRow(p, now)) };
}
