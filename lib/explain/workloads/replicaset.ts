/**
 * A ReplicaSet as data: its selector and pod-template-hash, the pods it owns,
 * why it is creating or deleting pods (spec.replicas against the pods it
 * counts), its owner Deployment, and the pods it created or deleted as its
 * events tell it (self-healing). Rules from kubernetes
 * pkg/controller/replicaset/replica_set.go (manageReplicas: diff = active pods
 * − spec.replicas; syncReplicaSet: active pods are owned, not terminating and
 * not Succeeded/Failed; events SuccessfulCreate "Created pod: <name>",
 * SuccessfulDelete "Deleted pod: <name>", FailedCreate).
 */
import type { V1Pod, V1ReplicaSet } from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import { normalizeEvents, type AnyEvent } from '../pod-events';
import { parseLabelSelector, selectorMatches, selectorString, type LabelRequirement } from './label-selector';
import { controllerRef, isControlledBy, POD_TEMPLATE_HASH_LABEL, revisionOf, workloadPod, type WorkloadPod } from './shared';

export interface ReplicaSetInput {
  replicaSet: V1ReplicaSet;
  /** Pods of the namespace. */
  pods: readonly V1Pod[];
  /** Events of the namespace (either API). */
  events?: readonly AnyEvent[];
  now: Date;
}

/** One pod-level action of the ReplicaSet controller, from its events. */
export interface ReplicaSetPodEvent {
  at: string | null;
  action: 'created' | 'deleted' | 'create-failed' | 'delete-failed';
  /** The pod named in the message (none for a failed create). */
  pod: string | null;
  /** For created pods: whether the pod still exists among the pods given. */
  stillExists: boolean | null;
  count: number;
  message: string;
}

export interface ReplicaSetExplanation {
  name: string;
  namespace: string;
  uid: string | null;
  /** The controlling owner, normally a Deployment. */
  owner: { kind: string; name: string; uid: string } | null;
  revision: number | null;
  podTemplateHash: string | null;
  selector: { text: string; requirements: LabelRequirement[]; error: string | null };
  minReadySeconds: number;
  /** spec.replicas. */
  desired: number;
  /** status.replicas, readyReplicas, availableReplicas, fullyLabeledReplicas as the controller last reported them. */
  current: number;
  ready: number;
  available: number;
  fullyLabeled: number;
  /** Pods it counts now: owned, not terminating, not finished. */
  activePods: number;
  /** What it does next: create or delete `count` pods, or nothing. */
  action: { kind: 'create' | 'delete' | 'none'; count: number };
  /** status.observedGeneration ≥ metadata.generation. */
  observed: boolean;
  pods: WorkloadPod[];
  /** Pods its selector matches that it does not own: another controller's, or orphans it may adopt. */
  matchingNotOwned: { name: string; owner: { kind: string; name: string } | null }[];
  history: ReplicaSetPodEvent[];
  replicaFailure: { reason: string | null; message: string | null } | null;
}

const POD_IN_MESSAGE = /^(?:Created|Deleted) pod: (\S+)$/;

function isActive(pod: V1Pod): boolean {
  const phase = pod.status?.phase;
  return toTimestampMs(pod.metadata?.deletionTimestamp) === undefined && phase !== 'Succeeded' && phase !== 'Failed';
}

/**
 * Explains a ReplicaSet at `now`.
 * @example explainReplicaSet({ replicaSet, pods, events, now }).action // { kind: 'create', count: 1 } right after a pod was deleted
 */
export function explainReplicaSet(input: ReplicaSetInput): ReplicaSetExplanation {
  const { replicaSet: rs, now } = input;
  const uid = rs.metadata?.uid;
  const name = rs.metadata?.name ?? '';
  const namespace = rs.metadata?.namespace ?? 'default';
  const minReadySeconds = rs.spec?.minReadySeconds ?? 0;
  const desired = rs.spec?.replicas ?? 1;
  const parsed = parseLabelSelector(rs.spec?.selector);

  const inNamespace = input.pods.filter((p) => (p.metadata?.namespace ?? namespace) === namespace);
  const owned = inNamespace.filter((p) => isControlledBy(p, uid));
  const active = owned.filter(isActive).length;
  const diff = active - desired;
  const owner = controllerRef(rs.metadata);

  const events = normalizeEvents(input.events ?? []).filter(
    (e) => e.involvedKind === 'ReplicaSet' && e.involvedName === name && !(uid && e.involvedUid && e.involvedUid !== uid),
  );
  const podNames = new Set(inNamespace.map((p) => p.metadata?.name));
  const history = events.flatMap((e): ReplicaSetPodEvent[] => {
    const pod = POD_IN_MESSAGE.exec(e.message)?.[1] ?? null;
    const base = { at: e.lastAt, count: e.count, message: e.message };
    switch (e.reason) {
      case 'SuccessfulCreate':
        return [{ ...base, action: 'created', pod, stillExists: pod === null ? null : podNames.has(pod) }];
      case 'SuccessfulDelete':
        return [{ ...base, action: 'deleted', pod, stillExists: null }];
      case 'FailedCreate':
        return [{ ...base, action: 'create-failed', pod: null, stillExists: null }];
      case 'FailedDelete':
        return [{ ...base, action: 'delete-failed', pod, stillExists: null }];
      default:
        return [];
    }
  });

  const failure = rs.status?.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
  const generation = rs.metadata?.generation;
  return {
    name,
    namespace,
    uid: uid ?? null,
    owner: owner ? { kind: owner.kind, name: owner.name, uid: owner.uid } : null,
    revision: revisionOf(rs.metadata),
    podTemplateHash: rs.metadata?.labels?.[POD_TEMPLATE_HASH_LABEL] ?? rs.spec?.selector?.matchLabels?.[POD_TEMPLATE_HASH_LABEL] ?? null,
    selector: {
      text: selectorString(parsed),
      requirements: parsed.kind === 'requirements' ? parsed.requirements : [],
      error: parsed.kind === 'invalid' ? parsed.error : null,
    },
    minReadySeconds,
    desired,
    current: rs.status?.replicas ?? 0,
    ready: rs.status?.readyReplicas ?? 0,
    available: rs.status?.availableReplicas ?? 0,
    fullyLabeled: rs.status?.fullyLabeledReplicas ?? 0,
    activePods: active,
    action: diff < 0 ? { kind: 'create', count: -diff } : diff > 0 ? { kind: 'delete', count: diff } : { kind: 'none', count: 0 },
    observed: generation === undefined || (rs.status?.observedGeneration ?? 0) >= generation,
    pods: owned
      .map((p) => workloadPod(p, minReadySeconds, now))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    matchingNotOwned: inNamespace
      .filter((p) => !isControlledBy(p, uid) && selectorMatches(parsed, p.metadata?.labels))
      .map((p) => {
        const ref = controllerRef(p.metadata);
        return { name: p.metadata?.name ?? '', owner: ref ? { kind: ref.kind, name: ref.name } : null };
      }),
    history,
    replicaFailure: failure ? { reason: failure.reason ?? null, message: failure.message ?? null } : null,
  };
}
