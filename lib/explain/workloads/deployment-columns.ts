/**
 * The columns of `kubectl get deployments` (and -o wide), ported from
 * kubernetes pkg/printers/internalversion/printers.go printDeployment
 * (v1.36.3).
 */
import type { V1Deployment } from '@kubernetes/client-node';
import { translateTimestampSince } from '../human-duration';
import { toIso } from '../timestamps';
import { parseLabelSelector, selectorString } from './label-selector';
import { layoutContainerCells } from './shared';

export interface DeploymentColumns {
  name: string;
  /** READY: "status.readyReplicas/spec.replicas". */
  ready: string;
  readyReplicas: number;
  /** spec.replicas (the API defaults it to 1). */
  desiredReplicas: number;
  /** UP-TO-DATE: status.updatedReplicas. */
  upToDate: number;
  /** AVAILABLE: status.availableReplicas. */
  available: number;
  age: string;
  createdAt: string | null;
  /** -o wide CONTAINERS. */
  containers: string;
  /** -o wide IMAGES. */
  images: string;
  /** -o wide SELECTOR: the selector's String() (empty when unset, "<invalid>" when it does not parse). */
  selector: string;
}

/**
 * NAME READY UP-TO-DATE AVAILABLE AGE, plus CONTAINERS IMAGES SELECTOR for -o wide.
 * Unlike the other workloads, printDeployment prints the selector with
 * LabelSelectorAsSelector(...).String(), so an empty selector is "" rather
 * than "<none>".
 * @example deploymentColumns(web, now) // { name: 'web', ready: '3/3', upToDate: 3, available: 3, age: '5m', … }
 */
export function deploymentColumns(deployment: V1Deployment, now: Date): DeploymentColumns {
  const readyReplicas = deployment.status?.readyReplicas ?? 0;
  const desiredReplicas = deployment.spec?.replicas ?? 1;
  const parsed = parseLabelSelector(deployment.spec?.selector);
  return {
    name: deployment.metadata?.name ?? '',
    ready: `${readyReplicas}/${desiredReplicas}`,
    readyReplicas,
    desiredReplicas,
    upToDate: deployment.status?.updatedReplicas ?? 0,
    available: deployment.status?.availableReplicas ?? 0,
    age: translateTimestampSince(deployment.metadata?.creationTimestamp, now),
    createdAt: toIso(deployment.metadata?.creationTimestamp),
    ...layoutContainerCells(deployment.spec?.template?.spec?.containers),
    selector: parsed.kind === 'invalid' ? '<invalid>' : selectorString(parsed),
  };
}
