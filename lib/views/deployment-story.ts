/**
 * A rollout told step by step, oldest first: the ReplicaSets being created,
 * every scaling step the controller reported (ScalingReplicaSet events), the
 * new pods becoming Ready and then available after minReadySeconds, and the
 * Progressing and Available conditions as they stand. Built from the rollout
 * explanation alone, so a page rebuilt on each change tells the rollout as it
 * happens.
 */
import { toTimestampMs } from '../explain/human-duration';
import { msToIso } from '../explain/timestamps';
import type { ConditionView, DeploymentRollout } from '../explain/workloads/deployment-rollout';
import { sentence, type Sentence } from './sentence';

export type StoryKind = 'replicaset-created' | 'scaled' | 'pod-ready' | 'pod-available' | 'progressing' | 'available';

export interface StoryEntry {
  /** When it happened (an event's last time, a condition's update time), null when unknown. */
  at: string | null;
  kind: StoryKind;
  /** The ReplicaSet it is about, with its revision and role now ('gone' once pruned). */
  replicaSet: { name: string; revision: number | null; role: 'new' | 'old' | 'gone' } | null;
  text: Sentence;
  /** What a condition's reason means; null for the other kinds. */
  detail: Sentence | null;
  /** The controller's own words (a condition's message), shown as written. */
  quote: string | null;
  /** How many times the event was reported. */
  count: number;
  tone: 'ok' | 'info' | 'warn' | 'bad';
}

/** Condition reasons the Deployment controller writes (deployment_util.go constants), each with its own explanation. */
const KNOWN_REASONS = new Set([
  'NewReplicaSetCreated',
  'FoundNewReplicaSet',
  'ReplicaSetUpdated',
  'NewReplicaSetAvailable',
  'ProgressDeadlineExceeded',
  'ReplicaSetCreateError',
  'DeploymentPaused',
  'DeploymentResumed',
  'MinimumReplicasAvailable',
  'MinimumReplicasUnavailable',
]);

/** Same-second entries in causal order: a ReplicaSet exists, its pods become available, which lets the controller scale; the conditions sum it up. */
const KIND_ORDER: Record<StoryKind, number> = { 'replicaset-created': 0, 'pod-ready': 1, 'pod-available': 2, scaled: 3, progressing: 4, available: 5 };

function reasonDetail(c: ConditionView): Sentence {
  const reason = c.reason ?? '';
  return KNOWN_REASONS.has(reason) ? sentence(`deploy.reason.${reason}` as Sentence['key']) : sentence('deploy.reason.other', { reason });
}

function conditionEntry(c: ConditionView, kind: 'progressing' | 'available', at: string | null, tone: StoryEntry['tone']): StoryEntry {
  return {
    at,
    kind,
    replicaSet: null,
    text: sentence('deploy.story.condition', { type: c.type, status: c.status, reason: c.reason ?? '—' }),
    detail: reasonDetail(c),
    quote: c.message,
    count: 1,
    tone,
  };
}

/**
 * The rollout's story, oldest first (entries without a time last).
 * @example deploymentStory(rollout).map((e) => e.kind) // ['replicaset-created', 'scaled', 'replicaset-created', 'scaled', 'scaled', 'pod-ready', …, 'progressing', 'available']
 */
export function deploymentStory(r: DeploymentRollout): StoryEntry[] {
  const entries: StoryEntry[] = [];
  for (const rs of r.replicaSets) {
    // An undo renumbers the ReplicaSet it reuses; it was created under the first number in its revision-history.
    const firstRevision = r.history.find((h) => h.replicaSet === rs.name)?.previousRevisions[0] ?? rs.revision;
    entries.push({
      at: rs.createdAt,
      kind: 'replicaset-created',
      replicaSet: { name: rs.name, revision: rs.revision, role: rs.role },
      text: sentence('deploy.story.created', { rs: rs.name, hash: rs.podTemplateHash ?? '—', revision: firstRevision ?? '?' }),
      detail: null,
      quote: null,
      count: 1,
      tone: 'info',
    });
  }
  for (const s of r.scaling) {
    const key = s.direction === 'up' ? (s.from === null ? 'deploy.story.scaledUpTo' : 'deploy.story.scaledUp') : s.from === null ? 'deploy.story.scaledDownTo' : 'deploy.story.scaledDown';
    entries.push({
      at: s.at,
      kind: 'scaled',
      replicaSet: { name: s.replicaSet, revision: s.revision, role: s.role },
      text: sentence(key, { rs: s.replicaSet, from: s.from ?? '', to: s.to }),
      detail: null,
      quote: null,
      count: s.count,
      tone: 'info',
    });
  }
  const fresh = r.replicaSets.find((s) => s.role === 'new');
  for (const p of fresh?.pods ?? []) {
    const since = toTimestampMs(p.readySince);
    if (!p.ready || since === undefined) continue;
    const ref = { name: fresh!.name, revision: fresh!.revision, role: 'new' as const };
    entries.push({ at: p.readySince, kind: 'pod-ready', replicaSet: ref, text: sentence('deploy.story.podReady', { pod: p.name }), detail: null, quote: null, count: 1, tone: 'info' });
    if (p.available && r.minReadySeconds > 0) {
      entries.push({
        at: msToIso(since + r.minReadySeconds * 1000),
        kind: 'pod-available',
        replicaSet: ref,
        text: sentence('deploy.story.podAvailable', { pod: p.name, seconds: r.minReadySeconds }),
        detail: null,
        quote: null,
        count: 1,
        tone: 'ok',
      });
    }
  }
  if (r.progressing) {
    const tone = r.stage === 'complete' ? 'ok' : r.stage === 'timed-out' || r.stage === 'create-error' ? 'bad' : r.stage === 'paused' ? 'warn' : 'info';
    entries.push(conditionEntry(r.progressing, 'progressing', r.progressing.lastUpdateTime, tone));
  }
  if (r.available) entries.push(conditionEntry(r.available, 'available', r.available.lastTransitionTime, r.available.status === 'True' ? 'ok' : 'warn'));

  return entries
    .map((e, i) => ({ e, i, t: toTimestampMs(e.at) }))
    .sort((a, b) => {
      if (a.t === undefined || b.t === undefined) return a.t === b.t ? a.i - b.i : a.t === undefined ? 1 : -1;
      return a.t - b.t || KIND_ORDER[a.e.kind] - KIND_ORDER[b.e.kind] || a.i - b.i;
    })
    .map((x) => x.e);
}
