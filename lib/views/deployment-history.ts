/**
 * The Deployment page's revision history: newest revision first, as a
 * reader looks for "what did the last change do", each with the pod-template
 * diff from the revision before it (kept ReplicaSets only: older ones were
 * pruned by revisionHistoryLimit) and the kubectl commands to inspect it and
 * roll back to it.
 */
import type { DeploymentRollout, RevisionEntry } from '../explain/workloads/deployment-rollout';
import type { TemplateChange } from '../explain/workloads/pod-template';

export interface HistoryRevision {
  revision: number;
  replicaSet: string;
  podTemplateHash: string | null;
  createdAt: string | null;
  current: boolean;
  replicas: number;
  images: string[];
  changeCause: string | null;
  /** Numbers this ReplicaSet had before `kubectl rollout undo` reused it (it then got a new, higher one). */
  previousRevisions: number[];
  /** The revision the diff is taken from (the next older one kept), null for the oldest kept. */
  diffFrom: number | null;
  changes: TemplateChange[];
  commands: RevisionEntry['commands'];
}

export interface DeploymentHistory {
  revisions: HistoryRevision[];
  /** `kubectl rollout history` of the whole Deployment. */
  list: string;
}

/**
 * Projects the rollout's revision history, newest first.
 * @example deploymentHistory(rollout).revisions.map((r) => [r.revision, r.diffFrom]) // [[4, 3], [3, 2], [2, null]]
 */
export function deploymentHistory(r: DeploymentRollout): DeploymentHistory {
  const ascending = r.history;
  const revisions = ascending
    .map((h, i): HistoryRevision => ({
      revision: h.revision,
      replicaSet: h.replicaSet,
      podTemplateHash: h.podTemplateHash,
      createdAt: h.createdAt,
      current: h.current,
      replicas: h.replicas,
      images: h.images,
      changeCause: h.changeCause,
      previousRevisions: h.previousRevisions,
      diffFrom: i > 0 ? ascending[i - 1]!.revision : null,
      changes: h.changes,
      commands: h.commands,
    }))
    .reverse();
  return { revisions, list: r.commands.history };
}
