/**
 * The columns of `kubectl get statefulsets` (and -o wide), ported from
 * kubernetes pkg/printers/internalversion/printers.go printStatefulSet
 * (v1.36.3).
 */
import type { V1StatefulSet } from '@kubernetes/client-node';
import { translateTimestampSince } from '../human-duration';
import { toIso } from '../timestamps';
import { layoutContainerCells } from './shared';

export interface StatefulSetColumns {
  name: string;
  /** READY: "status.readyReplicas/spec.replicas". */
  ready: string;
  readyReplicas: number;
  /** spec.replicas (the API defaults it to 1). */
  desiredReplicas: number;
  age: string;
  createdAt: string | null;
  containers: string;
  images: string;
}

/**
 * NAME READY AGE, plus CONTAINERS IMAGES for -o wide (no SELECTOR column for StatefulSets).
 * @example statefulSetColumns(db, now) // { name: 'db', ready: '2/3', readyReplicas: 2, desiredReplicas: 3, age: '1m', … }
 */
export function statefulSetColumns(statefulSet: V1StatefulSet, now: Date): StatefulSetColumns {
  const readyReplicas = statefulSet.status?.readyReplicas ?? 0;
  const desiredReplicas = statefulSet.spec?.replicas ?? 1;
  return {
    name: statefulSet.metadata?.name ?? '',
    ready: `${readyReplicas}/${desiredReplicas}`,
    readyReplicas,
    desiredReplicas,
    age: translateTimestampSince(statefulSet.metadata?.creationTimestamp, now),
    createdAt: toIso(statefulSet.metadata?.creationTimestamp),
    ...layoutContainerCells(statefulSet.spec?.template?.spec?.containers),
  };
}
