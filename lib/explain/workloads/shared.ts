/**
 * Small facts every workload model needs: container cells for -o wide,
 * controller ownership, revisions, pod readiness and availability.
 */
import type { V1Container, V1ObjectMeta, V1OwnerReference, V1Pod } from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import { toIso } from '../timestamps';

/** The annotation the Deployment controller numbers ReplicaSets (and itself) with. */
export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
/** The label the Deployment controller adds to a ReplicaSet's selector, template and pods. */
export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

/**
 * The CONTAINERS and IMAGES cells of -o wide: names and images joined by
 * commas. Ported from kubernetes pkg/printers/internalversion/printers.go
 * layoutContainerCells.
 * @example layoutContainerCells([{ name: 'a', image: 'x' }, { name: 'b', image: 'y' }]) // { containers: 'a,b', images: 'x,y' }
 */
export function layoutContainerCells(containers: readonly V1Container[] | undefined): { containers: string; images: string } {
  const list = containers ?? [];
  return { containers: list.map((c) => c.name).join(','), images: list.map((c) => c.image ?? '').join(',') };
}

/**
 * The controller owner reference of an object (ownerReferences with controller: true), or null.
 * @example controllerRef(pod) // { kind: 'ReplicaSet', name: 'web-7d4b9c', uid: '…', … }
 */
export function controllerRef(meta: V1ObjectMeta | undefined): V1OwnerReference | null {
  return meta?.ownerReferences?.find((r) => r.controller === true) ?? null;
}

/**
 * Whether `obj` is controlled by the object with this uid: the controllers
 * adopt by ownerReferences, so names alone are not proof.
 * @example isControlledBy(replicaSet, deployment.metadata.uid) // true
 */
export function isControlledBy(obj: { metadata?: V1ObjectMeta }, uid: string | undefined): boolean {
  return uid !== undefined && controllerRef(obj.metadata)?.uid === uid;
}

/**
 * The `deployment.kubernetes.io/revision` annotation as a number, or null when
 * missing or not an integer (deployment util Revision parses it with ParseInt).
 * @example revisionOf({ annotations: { 'deployment.kubernetes.io/revision': '3' } }) // 3
 */
export function revisionOf(meta: V1ObjectMeta | undefined): number | null {
  const raw = meta?.annotations?.[REVISION_ANNOTATION];
  if (raw === undefined || !/^[-+]?\d+$/.test(raw)) return null;
  return Number.parseInt(raw, 10);
}

/**
 * A pod's Ready condition status is True (pkg/api/v1/pod/util.go IsPodReady).
 * @example isPodReady(runningReadyPod) // true
 */
export function isPodReady(pod: V1Pod): boolean {
  return pod.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
}

/**
 * Ready for at least minReadySeconds (pkg/api/v1/pod/util.go IsPodAvailable:
 * Ready, and minReadySeconds is 0 or the Ready condition's
 * lastTransitionTime + minReadySeconds is not after now).
 * @example isPodAvailable(pod, 10, now) // false for a pod Ready 4 s ago
 */
export function isPodAvailable(pod: V1Pod, minReadySeconds: number, now: Date): boolean {
  if (!isPodReady(pod)) return false;
  if (minReadySeconds === 0) return true;
  const since = toTimestampMs(pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime);
  return since !== undefined && since + minReadySeconds * 1000 <= now.getTime();
}

/** A pod of a workload, with the facts every workload page shows. */
export interface WorkloadPod {
  name: string;
  uid: string | null;
  phase: string;
  nodeName: string | null;
  ready: boolean;
  /** Ready for minReadySeconds. */
  available: boolean;
  /** When the Ready condition last changed to its current status. */
  readySince: string | null;
  /** Seconds until it counts as available (minReadySeconds not yet served), else null. */
  availableInSeconds: number | null;
  terminating: boolean;
  createdAt: string | null;
}

/**
 * Summarises one pod for a workload view.
 * @example workloadPod(pod, 0, now) // { name: 'web-7d4b9c-abcde', phase: 'Running', ready: true, available: true, … }
 */
export function workloadPod(pod: V1Pod, minReadySeconds: number, now: Date): WorkloadPod {
  const readyCondition = pod.status?.conditions?.find((c) => c.type === 'Ready');
  const ready = readyCondition?.status === 'True';
  const available = isPodAvailable(pod, minReadySeconds, now);
  const since = toTimestampMs(readyCondition?.lastTransitionTime);
  const availableInSeconds =
    ready && !available && since !== undefined ? Math.ceil((since + minReadySeconds * 1000 - now.getTime()) / 1000) : null;
  return {
    name: pod.metadata?.name ?? '',
    uid: pod.metadata?.uid ?? null,
    phase: pod.status?.phase ?? '',
    nodeName: pod.spec?.nodeName ?? null,
    ready,
    available,
    readySince: toIso(readyCondition?.lastTransitionTime),
    availableInSeconds,
    terminating: toTimestampMs(pod.metadata?.deletionTimestamp) !== undefined,
    createdAt: toIso(pod.metadata?.creationTimestamp),
  };
}

/**
 * Sorts by creation time, then name (controller.ReplicaSetsByCreationTimestamp and friends).
 * @example byCreation(replicaSets)[0] // the oldest
 */
export function byCreation<T extends { metadata?: V1ObjectMeta }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    const ta = toTimestampMs(a.metadata?.creationTimestamp) ?? 0;
    const tb = toTimestampMs(b.metadata?.creationTimestamp) ?? 0;
    if (ta !== tb) return ta - tb;
    const na = a.metadata?.name ?? '';
    const nb = b.metadata?.name ?? '';
    return na < nb ? -1 : na > nb ? 1 : 0;
  });
}

/**
 * Seconds from now until `at`, negative once passed, null when unknown.
 * @example secondsUntil(Date.parse('2024-01-01T00:01:00Z'), new Date('2024-01-01T00:00:00Z')) // 60
 */
export function secondsUntil(atMs: number | undefined, now: Date): number | null {
  return atMs === undefined ? null : Math.trunc((atMs - now.getTime()) / 1000);
}
