import { WORKLOAD_CONCEPT_IDS } from '../ids';
import type { ConceptEntry } from '../types';
import { batchConcepts } from './workloads/batch';
import { controllerConcepts } from './workloads/controllers';
import { placementConcepts } from './workloads/placement';
import { rolloutConcepts } from './workloads/rollouts';

/**
 * The workload half of the catalogue: StatefulSet, DaemonSet, CronJob, the
 * legacy ReplicationController, self-healing and autoscaling, how rollouts
 * work, ordinal identity and DaemonSet placement, Job completion and failure,
 * CronJob schedules. Deployment, ReplicaSet and Job themselves are with the
 * objects in foundations.ts. The ids this file owns are written once, in ../ids.ts.
 */
export { WORKLOAD_CONCEPT_IDS };

export type WorkloadConceptId = (typeof WORKLOAD_CONCEPT_IDS)[number];

export const workloadConcepts: Record<WorkloadConceptId, ConceptEntry> = {
  ...controllerConcepts,
  ...rolloutConcepts,
  ...placementConcepts,
  ...batchConcepts,
};
