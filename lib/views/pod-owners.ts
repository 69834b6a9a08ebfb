import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';

/**
 * How we know a link of the owner chain: the pod's own ownerReferences; an
 * event in which the owner's controller names the child (ScalingReplicaSet
 * "Scaled up replica set web-569b4d9d45 …" from the Deployment); or only the
 * naming convention (a Deployment's ReplicaSet is "<deployment>-<pod-template-hash>").
 */
export type OwnerBasis = 'owner-reference' | 'event' | 'name-pattern';

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
};

function conceptOf(kind: string): ConceptId {
  return CONCEPTS[kind] ?? 'owner-references';
}

/**
 * The chain of owners above a pod, outermost first (the pod itself is not
 * included). Only the pod's direct owner is read from the API; a ReplicaSet's
 * Deployment is confirmed by the Deployment's ScalingReplicaSet event when it
 * is still recorded, else inferred from the name and the pod-template-hash label.
 * @example ownerChain(webPod, events) → [{ kind: 'Deployment', name: 'web', basis: 'event', … }, { kind: 'ReplicaSet', name: 'web-569b4d9d45', basis: 'owner-reference', … }]
 */
export function ownerChain(pod: V1Pod, events: readonly CoreV1Event[]): OwnerLink[] {
  const refs = pod.metadata?.ownerReferences ?? [];
  const index = Math.max(0, refs.findIndex((r) => r.controller));
  const ref = refs[index];
  if (!ref) return [];
  const direct: OwnerLink = { kind: ref.kind, name: ref.name, basis: 'owner-reference', evidence: `metadata.ownerReferences[${index}]`, conceptId: conceptOf(ref.kind) };
  if (ref.kind !== 'ReplicaSet') return [direct];

  const scaled = events.filter(
    (e) => e.involvedObject?.kind === 'Deployment' && e.reason === 'ScalingReplicaSet' && new RegExp(`replica set ${escape(ref.name)}\\b`).test(e.message ?? ''),
  );
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
