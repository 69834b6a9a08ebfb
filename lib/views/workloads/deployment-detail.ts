import type { V1Deployment, V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import type { AnyEvent } from '../../explain/pod-events';
import { explainDeploymentRollout, type DeploymentRollout, type HorizontalPodAutoscaler } from '../../explain/workloads/deployment-rollout';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { toDeploymentRow, type DeploymentRow } from './rows';

/** The caches the Deployment page reads, all in the Deployment's namespace. */
export interface DeploymentDetailInputs {
  deployments: V1Deployment[];
  replicasets: V1ReplicaSet[];
  pods: V1Pod[];
  events: AnyEvent[];
  horizontalpodautoscalers: HorizontalPodAutoscaler[];
}

/** The Deployment page's live model: its kubectl row and the rollout explained (lib/explain/workloads/deployment-rollout). */
export type DeploymentDetailModel = WorkloadDetail<DeploymentRow, { rollout: DeploymentRollout }>;

/**
 * Builds the Deployment page's model at `now`, or `found: false` when it does not exist.
 * @example buildDeploymentDetail(inputs, now, { namespace: 'explain-demo', name: 'web' }).found // true
 */
export function buildDeploymentDetail(inputs: DeploymentDetailInputs, now: Date, id: WorkloadId): DeploymentDetailModel {
  const deployment = findWorkload(inputs.deployments, id);
  if (!deployment) return { found: false, ...id };
  const rollout = explainDeploymentRollout({ deployment, replicaSets: inputs.replicasets, pods: inputs.pods, events: inputs.events, hpas: inputs.horizontalpodautoscalers, now });
  return { found: true, ...id, row: toDeploymentRow(deployment, now), rollout };
}
