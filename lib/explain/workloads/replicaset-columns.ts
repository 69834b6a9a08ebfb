/**
 * The columns of `kubectl get replicasets` (and -o wide), ported from
 * kubernetes pkg/printers/internalversion/printers.go printReplicaSet
 * (v1.36.3).
 */
import type { V1ReplicaSet } from '@kubernetes/client-node';
import { translateTimestampSince } from '../human-duration';
import { toIso } from '../timestamps';
import { formatLabelSelector } from './label-selector';
import { layoutContainerCells } from './shared';

export interface ReplicaSetColumns {
  name: string;
  /** DESIRED: spec.replicas (the API defaults it to 1). */
  desired: number;
  /** CURRENT: status.replicas. */
  current: number;
  /** READY: status.readyReplicas. */
  ready: number;
  age: string;
  createdAt: string | null;
  containers: string;
  images: string;
  /** -o wide SELECTOR (metav1.FormatLabelSelector: "<none>" when empty). */
  selector: string;
}

/**
 * NAME DESIRED CURRENT READY AGE, plus CONTAINERS IMAGES SELECTOR for -o wide.
 * @example replicaSetColumns(rs, now) // { name: 'web-7d4b9c', desired: 3, current: 3, ready: 3, age: '5m', … }
 */
export function replicaSetColumns(replicaSet: V1ReplicaSet, now: Date): ReplicaSetColumns {
  return {
    name: replicaSet.metadata?.name ?? '',
    desired: replicaSet.spec?.replicas ?? 1,
    current: replicaSet.status?.replicas ?? 0,
    ready: replicaSet.status?.readyReplicas ?? 0,
    age: translateTimestampSince(replicaSet.metadata?.creationTimestamp, now),
    createdAt: toIso(replicaSet.metadata?.creationTimestamp),
    ...layoutContainerCells(replicaSet.spec?.template?.spec?.containers),
    selector: formatLabelSelector(replicaSet.spec?.selector),
  };
}
