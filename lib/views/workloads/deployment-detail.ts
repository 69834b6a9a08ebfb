import type { V1Deployment, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import type { AnyEvent } from '../../explain/pod-events';
import type { Diagnosis } from '../../explain/types';
import { explainDeploymentRollout, type DeploymentRollout, type HorizontalPodAutoscaler } from '../../explain/workloads/deployment-rollout';
import { diagnoseDeployment } from '../../explain/workloads/workload-diagnoses';
import { deploymentHistory, type DeploymentHistory } from '../deployment-history';
import { deploymentStory, type StoryEntry } from '../deployment-story';
import { deploymentView, type DeploymentView } from '../deployment-view';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { toDeploymentRow, type DeploymentRow } from './rows';
import { workloadEvidence } from './workload-evidence';

/** The caches the Deployment page reads, all in the Deployment's namespace. */
export interface DeploymentDetailInputs {
  deployments: V1Deployment[];
  replicasets: V1ReplicaSet[];
  pods: V1Pod[];
  events: AnyEvent[];
  horizontalpodautoscalers: HorizontalPodAutoscaler[];
}

/**
 * The Deployment page's live model: its kubectl row, the rollout explained
 * (lib/explain/workloads/deployment-rollout) and projected for the page
 * (bars, budget, steps, the story so far, the revision history), the
 * diagnoses with the new pods' own, and the live value of each evidence path.
 */
export type DeploymentDetailModel = WorkloadDetail<
  DeploymentRow,
  { rollout: DeploymentRollout; view: DeploymentView; story: StoryEntry[]; history: DeploymentHistory; diagnoses: Diagnosis[]; evidence: Record<string, string> }
>;

/**
 * Builds the Deployment page's model at `now`, or `found: false` when it does not exist.
 * @example buildDeploymentDetail(inputs, now, { namespace: 'explain-demo', name: 'web' }).found // true
 */
export function buildDeploymentDetail(inputs: DeploymentDetailInputs, now: Date, id: WorkloadId): DeploymentDetailModel {
  const deployment = findWorkload(inputs.deployments, id);
  if (!deployment) return { found: false, ...id };
  const rollout = explainDeploymentRollout({ deployment, replicaSets: inputs.replicasets, pods: inputs.pods, events: inputs.events, hpas: inputs.horizontalpodautoscalers, now });
  const diagnoses = diagnoseDeployment(deployment, rollout, inputs.replicasets, { pods: inputs.pods, events: inputs.events, now });
  return {
    found: true,
    ...id,
    row: toDeploymentRow(deployment, now),
    rollout,
    view: deploymentView(rollout),
    story: deploymentStory(rollout),
    history: deploymentHistory(rollout),
    diagnoses,
    evidence: workloadEvidence(diagnoses, { kind: 'Deployment', object: deployment, pods: inputs.pods, events: inputs.events }),
  };
}
