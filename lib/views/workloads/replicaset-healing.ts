import type { V1Pod } from '@kubernetes/client-node';
import { toTimestampMs } from '../../explain/human-duration';
import type { PodEvent } from '../../explain/pod-events';
import { msToIso } from '../../explain/timestamps';
import type { ReplicaSetExplanation } from '../../explain/workloads/replicaset';

/** A pod the ReplicaSet made that went away without the ReplicaSet deleting it (no SuccessfulDelete names it). */
export interface LostPod {
  pod: string;
  /** When it was deleted or stopped: the deletion request, else its Killing event; null when nothing recorded it. */
  at: string | null;
  /**
   * Still listed with a deletionTimestamp; already removed; finished
   * (Failed/Succeeded, e.g. evicted); or released: it still exists but no
   * longer matches the selector, so the ReplicaSet dropped its ownerReference.
   */
  state: 'terminating' | 'gone' | 'finished' | 'released';
  /** The fields that show it, e.g. 'pods[web-1].metadata.deletionTimestamp', "events[reason=Killing]". */
  evidence: string[];
}

/** What has become of a replacement pod. */
export type ReplacementState = 'pending' | 'running' | 'ready' | 'available' | 'gone';

/** One act of self-healing: a lost pod and the pod the ReplicaSet created for it (null until it does). */
export interface Replacement {
  lost: LostPod;
  replacement: {
    pod: string;
    at: string | null;
    /** 'event': the ReplicaSet's SuccessfulCreate names it; 'pod': only its creationTimestamp tells (the event is gone or not readable). */
    basis: 'event' | 'pod';
    state: ReplacementState;
  } | null;
}

/** The ReplicaSet's self-healing and scaling, as the page narrates it. */
export interface HealingStory {
  /** Newest first, at most MAX_REPLACEMENTS. */
  replacements: Replacement[];
  /** Pods the ReplicaSet deleted itself (SuccessfulDelete: scaled down, or one too many after an adoption), newest first. */
  deletedByReplicaSet: { pod: string; at: string | null }[];
}

const MAX_REPLACEMENTS = 10;
/** Events and timestamps have whole-second resolution: a replacement may carry the same second as the loss. */
const SAME_SECOND_MS = 1000;

function replacementState(x: ReplicaSetExplanation, pod: string): ReplacementState {
  const p = x.pods.find((w) => w.name === pod);
  if (!p || p.terminating) return 'gone';
  if (p.available) return 'available';
  if (p.ready) return 'ready';
  return p.phase === 'Running' ? 'running' : 'pending';
}

/** When a deletion was asked for: deletionTimestamp is the request plus the grace period. */
function deletionRequestedMs(pod: V1Pod): number | undefined {
  const at = toTimestampMs(pod.metadata?.deletionTimestamp);
  return at === undefined ? undefined : at - (pod.metadata?.deletionGracePeriodSeconds ?? 0) * 1000;
}

function byTime<T>(at: (t: T) => number | undefined): (a: T, b: T) => number {
  return (a, b) => (at(a) ?? Number.POSITIVE_INFINITY) - (at(b) ?? Number.POSITIVE_INFINITY);
}

/**
 * Self-healing told from what the cluster recorded: each pod the ReplicaSet
 * created (its SuccessfulCreate event) or owns that went away without the
 * ReplicaSet deleting it (no SuccessfulDelete) is lost; its replacement is
 * the first pod the ReplicaSet created at or after the loss (from its
 * SuccessfulCreate event, else the owned pod's creationTimestamp). `pods`
 * are the pods it owns, `namespacePods` every pod of its namespace (to tell
 * a pod it released by relabelling from one that is gone). Rule from
 * kubernetes pkg/controller/replicaset/replica_set.go: a terminating or
 * finished pod is not active, so the next sync creates one for it.
 * @example healingStory(explainReplicaSet(…), ownedPods, namespaceEvents).replacements[0] → { lost: { pod: 'web-64d544fcbb-4l96f', state: 'gone', … }, replacement: { pod: 'web-64d544fcbb-f8m2f', basis: 'event', … } }
 */
export function healingStory(x: ReplicaSetExplanation, pods: readonly V1Pod[], events: readonly PodEvent[], namespacePods: readonly V1Pod[] = pods): HealingStory {
  const deletedByRs = new Set(x.history.filter((h) => h.action === 'deleted' && h.pod).map((h) => h.pod));
  const killedAt = new Map<string, string | null>();
  for (const e of events) if (e.involvedKind === 'Pod' && e.reason === 'Killing' && e.involvedName) killedAt.set(e.involvedName, e.lastAt);
  const owned = new Map(pods.map((p) => [p.metadata?.name ?? '', p]));

  const lost: LostPod[] = [];
  const seen = new Set<string>();
  for (const w of x.pods) {
    if (deletedByRs.has(w.name)) continue;
    const pod = owned.get(w.name);
    if (w.terminating && pod) {
      const requested = deletionRequestedMs(pod);
      lost.push({ pod: w.name, at: requested === undefined ? null : msToIso(requested), state: 'terminating', evidence: [`pods[${w.name}].metadata.deletionTimestamp`] });
      seen.add(w.name);
    } else if (w.phase === 'Failed' || w.phase === 'Succeeded') {
      lost.push({ pod: w.name, at: killedAt.get(w.name) ?? null, state: 'finished', evidence: [`pods[${w.name}].status.phase`] });
      seen.add(w.name);
    }
  }
  const ownedNames = new Set(x.pods.map((w) => w.name));
  for (const h of x.history) {
    if (h.action !== 'created' || !h.pod || deletedByRs.has(h.pod) || seen.has(h.pod)) continue;
    if (h.stillExists === true && !ownedNames.has(h.pod)) {
      const other = namespacePods.find((p) => p.metadata?.name === h.pod);
      // A pod of the same name owned by something else is not this ReplicaSet's business.
      if (other && !other.metadata?.ownerReferences?.some((r) => r.controller)) {
        seen.add(h.pod);
        lost.push({ pod: h.pod, at: null, state: 'released', evidence: ['events[reason=SuccessfulCreate].message', `pods[${h.pod}].metadata.ownerReferences`] });
      }
      continue;
    }
    if (h.stillExists !== false) continue;
    seen.add(h.pod);
    const killed = killedAt.get(h.pod);
    lost.push({
      pod: h.pod,
      at: killed ?? null,
      state: 'gone',
      evidence: ['events[reason=SuccessfulCreate].message', ...(killed !== undefined ? [`events[involvedObject.name=${h.pod},reason=Killing]`] : [])],
    });
  }
  lost.sort(byTime((l) => toTimestampMs(l.at)));

  // Candidates in creation order: the ReplicaSet's own word first, then pods whose creation event is not (or no longer) there.
  const created = x.history.filter((h) => h.action === 'created' && h.pod).map((h) => ({ pod: h.pod as string, at: h.at, basis: 'event' as const }));
  const named = new Set(created.map((c) => c.pod));
  const candidates = [
    ...created,
    ...x.pods.filter((w) => !named.has(w.name)).map((w) => ({ pod: w.name, at: w.createdAt, basis: 'pod' as const })),
  ].sort(byTime((c) => toTimestampMs(c.at)));
  const used = new Set<string>();
  const replacements: Replacement[] = lost.map((l) => {
    const from = toTimestampMs(l.at);
    const c =
      from === undefined
        ? undefined
        : candidates.find((k) => !used.has(k.pod) && k.pod !== l.pod && (toTimestampMs(k.at) ?? -Infinity) >= from - SAME_SECOND_MS);
    if (!c) return { lost: l, replacement: null };
    used.add(c.pod);
    return { lost: l, replacement: { pod: c.pod, at: c.at, basis: c.basis, state: replacementState(x, c.pod) } };
  });

  return {
    replacements: replacements.reverse().slice(0, MAX_REPLACEMENTS),
    deletedByReplicaSet: x.history
      .filter((h) => h.action === 'deleted' && h.pod)
      .map((h) => ({ pod: h.pod as string, at: h.at }))
      .reverse(),
  };
}
