import type { CoreV1Event, V1ObjectMeta, V1Pod } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';

/**
 * How we know a link of the owner chain: the pod's own ownerReferences; the
 * ownerReferences of the pod's owner (a ReplicaSet's Deployment, a Job's
 * CronJob), read from the API; an event in which the owner's controller
 * names the child (ScalingReplicaSet "Scaled up replica set web-569b4d9d45 …"
 * from the Deployment); or only the naming convention (a Deployment's
 * ReplicaSet is "<deployment>-<pod-template-hash>").
 */
export type OwnerBasis = 'owner-reference' | 'parent-owner-reference' | 'event' | 'name-pattern';

/** One owner above the pod, e.g. { kind: 'Deployment', name: 'web', basis: 'event' }. */
export interface OwnerLink {
  kind: string;
  name: string;
  basis: OwnerBasis;
  /** Where the fact is, e.g. 'metadata.ownerReferences[0]' or "metadata.labels['pod-template-hash']". */
  evidence: string;
  conceptId: ConceptId;
}

const CONCEPTS: Readonly<Record<string, ConceptId>> = {
  Deployment: 'deployment',
  ReplicaSet: 'replicaset',
  Job: 'job',
  CronJob: 'cronjob',
  StatefulSet: 'statefulset',
  DaemonSet: 'daemonset',
};

/** The controllers above a pod's owner that ownerChain can read: the namespace's ReplicaSets and Jobs. */
export interface OwnerParents {
  replicaSets?: readonly { metadata?: V1ObjectMeta }[];
  jobs?: readonly { metadata?: V1ObjectMeta }[];
}

/**
 * The object named `name` in `list` (the uid must match when both have one)
 * and its controller owner with the index in its ownerReferences: undefined
 * when the object is not in the list, null when it has no controller owner.
 */
function parentOf(list: readonly { metadata?: V1ObjectMeta }[] | undefined, namespace: string | undefined, name: string, uid: string): { kind: string; name: string; index: number } | null | undefined {
  const obj = list?.find((o) => o.metadata?.name === name && o.metadata?.namespace === namespace && (!uid || !o.metadata?.uid || o.metadata.uid === uid));
  if (!obj) return undefined;
  const refs = obj.metadata?.ownerReferences ?? [];
  const index = refs.findIndex((r) => r.controller === true);
  const ref = refs[index];
  return ref ? { kind: ref.kind, name: ref.name, index } : null;
}

function conceptOf(kind: string): ConceptId {
  return CONCEPTS[kind] ?? 'owner-references';
}

/**
 * The chain of owners above a pod, outermost first (the pod itself is not
 * included). The pod's direct owner comes from its ownerReferences; above a
 * ReplicaSet or a Job, the owner's own ownerReferences decide when that
 * object is among `parents` (a Deployment, a CronJob). Without it, a
 * ReplicaSet's Deployment is confirmed by the Deployment's ScalingReplicaSet
 * event when it is still recorded, else inferred from the name and the
 * pod-template-hash label.
 * @example ownerChain(webPod, events, { replicaSets }) → [{ kind: 'Deployment', name: 'web', basis: 'parent-owner-reference', … }, { kind: 'ReplicaSet', name: 'web-569b4d9d45', basis: 'owner-reference', … }]
 */
export function ownerChain(pod: V1Pod, events: readonly CoreV1Event[], parents: OwnerParents = {}): OwnerLink[] {
  const refs = pod.metadata?.ownerReferences ?? [];
  const index = Math.max(0, refs.findIndex((r) => r.controller));
  const ref = refs[index];
  if (!ref) return [];
  const direct: OwnerLink = { kind: ref.kind, name: ref.name, basis: 'owner-reference', evidence: `metadata.ownerReferences[${index}]`, conceptId: conceptOf(ref.kind) };
  const list = ref.kind === 'ReplicaSet' ? parents.replicaSets : ref.kind === 'Job' ? parents.jobs : undefined;
  const parent = parentOf(list, pod.metadata?.namespace, ref.name, ref.uid);
  // Read from the API: the owner has no owner of its own, so there is nothing to infer.
  if (parent === null) return [direct];
  if (parent) {
    const where = `${ref.kind === 'ReplicaSet' ? 'replicaset' : 'job'}[${pod.metadata?.namespace ?? ''}/${ref.name}]`;
    return [{ kind: parent.kind, name: parent.name, basis: 'parent-owner-reference', evidence: `${where}.metadata.ownerReferences[${parent.index}]`, conceptId: conceptOf(parent.kind) }, direct];
  }
  if (ref.kind !== 'ReplicaSet') return [direct];

  const names = new RegExp(`replica set ${escape(ref.name)}\\b`);
  const scaled = events.filter((e) => e.involvedObject?.kind === 'Deployment' && e.reason === 'ScalingReplicaSet' && names.test(e.message ?? ''));
  const deployment = scaled.at(-1)?.involvedObject?.name;
  if (deployment) {
    return [{ kind: 'Deployment', name: deployment, basis: 'event', evidence: 'events[reason=ScalingReplicaSet].message', conceptId: 'deployment' }, direct];
  }
  const hash = pod.metadata?.labels?.['pod-template-hash'];
  if (hash && ref.name.endsWith(`-${hash}`) && ref.name.length > hash.length + 1) {
    const name = ref.name.slice(0, -(hash.length + 1));
    return [{ kind: 'Deployment', name, basis: 'name-pattern', evidence: "metadata.labels['pod-template-hash']", conceptId: 'deployment' }, direct];
  }
  return [direct];
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
