/**
 * History (issue 12): what the server saw happen to objects, kept in an
 * embedded SQLite database beyond the apiserver's one-hour event TTL and
 * after an object is deleted. Everything here crosses to the browser.
 *
 * How it fits together
 * - The recorder (lib/history, server-only) listens to the shared watch
 *   caches, projects each object to a small {@link ObjectSnapshot} and stores
 *   the {@link HistoryTransition}s between two consecutive snapshots (derived
 *   by the pure deriver in lib/explain/history) plus every Event
 *   ({@link HistoryEvent}, deduplicated by uid).
 * - Replay is pure and runs in the browser: `reconstructAt(timeline, at)`
 *   (lib/explain/history/reconstruct.ts) folds the transitions into the
 *   snapshot as it was at `at`; `podAt(timeline, at)` (same module) turns it
 *   into a `V1Pod` + `CoreV1Event[]` so the pod page's own view builders and
 *   components redraw the lifecycle diagram, conditions and container states.
 * - "Since when": `sinceWhen(timeline, diagnosis, now)` (lib/explain/history/since.ts)
 *   → {@link DiagnosisSince}; the server fills it into {@link ObjectTimeline.since}.
 *
 * HTTP (all GET, JSON unless said, `Cache-Control: no-store`):
 * - `/api/history/timeline?context&kind&namespace&name[&uid]` → {@link HistoryResponse}<{@link ObjectTimeline}>
 *   (the newest incarnation with that name unless `uid`; deleted ones included).
 * - `/api/history/export?context&kind&namespace&name[&uid]&format=md|json` → a download
 *   (`text/markdown` or `application/json` with Content-Disposition) of the same timeline.
 * - `/api/history/feed?context&namespace[&from][&to][&kind=Pod,Node][&reason=BackOff][&severity=critical,warning][&limit]`
 *   → {@link HistoryResponse}<{@link NamespaceFeed}> (default: the last hour).
 * - `/api/history/replaced?context&namespace&ownerKind&ownerName` → {@link HistoryResponse}<{@link ReplacedObjects}>
 *   (the deleted pods a workload replaced; Deployments resolve through their ReplicaSets).
 * - `/api/history/state` → {@link RecorderState}.
 *
 * Server-side page query functions (lib/pages/history.ts, server-only), same results without HTTP:
 * - `getObjectTimeline(q: TimelineQuery): Promise<HistoryResponse<ObjectTimeline>>`
 * - `getNamespaceFeed(q: FeedQuery): Promise<HistoryResponse<NamespaceFeed>>`
 * - `getReplacedObjects(q: ReplacedQuery): Promise<HistoryResponse<ReplacedObjects>>`
 * - `getRecorderState(): RecorderState`
 */
import type { DiagnosisId } from '@/lib/concepts/ids';
import type { Severity } from '@/lib/explain/types';

// ---------------------------------------------------------------------------
// Objects and their recorded state
// ---------------------------------------------------------------------------

/** The kinds the recorder follows. */
export type HistoryKind =
  | 'Pod'
  | 'Node'
  | 'Service'
  | 'EndpointSlice'
  | 'Deployment'
  | 'ReplicaSet'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'Job'
  | 'CronJob';

export const HISTORY_KINDS: readonly HistoryKind[] = ['Pod', 'Node', 'Service', 'EndpointSlice', 'Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];

/** One object incarnation: a name can have several over time (a pod recreated with the same name), each with its own uid. */
export interface HistoryObjectRef {
  context: string;
  kind: HistoryKind;
  /** null for cluster-scoped kinds (Node). */
  namespace: string | null;
  name: string;
  uid: string;
}

/** A condition as recorded (pods, nodes, workloads). */
export interface ConditionSnapshot {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason: string | null;
  message: string | null;
  /** The object's own lastTransitionTime, ISO, when it had one. */
  lastTransitionTime: string | null;
}

/** A container's current or last state, as in `status.containerStatuses[].state`. */
export type ContainerStateSnapshot =
  | { state: 'waiting'; reason: string | null; message: string | null }
  | { state: 'running'; startedAt: string | null }
  | {
      state: 'terminated';
      reason: string | null;
      message: string | null;
      exitCode: number | null;
      signal: number | null;
      startedAt: string | null;
      finishedAt: string | null;
    };

/** `init` includes native sidecars (restartPolicy Always init containers; `sidecar` true). */
export type ContainerRole = 'init' | 'app' | 'ephemeral';

/** One container as recorded; `state` null before the kubelet reported it. */
export interface ContainerSnapshot {
  name: string;
  role: ContainerRole;
  sidecar: boolean;
  image: string;
  ready: boolean;
  started: boolean | null;
  restartCount: number;
  state: ContainerStateSnapshot | null;
  /** `lastState.terminated` (the previous run's end), or null. */
  lastTerminated: Extract<ContainerStateSnapshot, { state: 'terminated' }> | null;
}

/** The spec fields whose change is shown as a small diff. */
export interface SpecSummary {
  /** container name → image (init containers prefixed `init:`). */
  images: Record<string, string>;
  replicas: number | null;
  /** container name → 'requests cpu=100m,memory=64Mi; limits memory=128Mi' (stable order). */
  resources: Record<string, string>;
}

/**
 * The small projection of an object the recorder keeps (never the object
 * itself). Fields a kind does not have are null / empty.
 */
export interface ObjectSnapshot {
  kind: HistoryKind;
  /** metadata.creationTimestamp. */
  createdAt: string | null;
  labels: Record<string, string>;
  /** The controlling owner (ownerReferences[controller=true], else the first). */
  owner: { kind: string; name: string; uid: string } | null;
  generation: number | null;
  /** Pod: status.phase. */
  phase: string | null;
  /** Pod: status.reason (Evicted, NodeLost, …) and status.message. */
  reason: string | null;
  message: string | null;
  /** Pod: spec.nodeName. */
  nodeName: string | null;
  /** Pod: restartPolicy (needed to replay diagnoses). */
  restartPolicy: string | null;
  conditions: ConditionSnapshot[];
  containers: ContainerSnapshot[];
  spec: SpecSummary;
  /** Workload/Service status numbers: replicas, readyReplicas, availableReplicas, updatedReplicas, active, succeeded, failed, readyEndpoints, … */
  counts: Record<string, number>;
  /** metadata.deletionTimestamp / deletionGracePeriodSeconds once deletion started. */
  deletion: { at: string; gracePeriodSeconds: number | null } | null;
}

// ---------------------------------------------------------------------------
// Transitions: facts derived from two consecutive observed snapshots
// ---------------------------------------------------------------------------

/** One field of a `spec` transition's diff. */
export interface SpecChange {
  field: 'image' | 'replicas' | 'resources';
  /** The container for image/resources, null for replicas. */
  container: string | null;
  from: string | number | null;
  to: string | number | null;
}

/** What changed; `from`/`to` are the values before and after. */
export type TransitionChange =
  /** First observation of this incarnation: the whole baseline snapshot (`existed`: it was already there when recording started / on the first list). */
  | { type: 'observed'; state: ObjectSnapshot; existed: boolean }
  | { type: 'phase'; from: string | null; to: string | null }
  | { type: 'reason'; from: string | null; to: string | null; message: string | null }
  | { type: 'scheduled'; from: string | null; to: string | null }
  | { type: 'condition'; condition: string; from: ConditionSnapshot | null; to: ConditionSnapshot | null }
  | { type: 'container-added'; container: ContainerSnapshot }
  | { type: 'container-removed'; container: string }
  | { type: 'container-state'; container: string; role: ContainerRole; from: ContainerStateSnapshot | null; to: ContainerStateSnapshot | null }
  /** restartCount stepped; `lastTerminated` is the run that ended (reason, exit code). */
  | { type: 'restart'; container: string; role: ContainerRole; from: number; to: number; lastTerminated: ContainerSnapshot['lastTerminated'] }
  | { type: 'ready'; container: string; from: boolean; to: boolean }
  | { type: 'started'; container: string; from: boolean | null; to: boolean | null }
  | { type: 'spec'; generationFrom: number | null; generationTo: number | null; changes: SpecChange[] }
  | { type: 'counts'; changes: { field: string; from: number | null; to: number | null }[] }
  | { type: 'labels'; from: Record<string, string>; to: Record<string, string> }
  | { type: 'owner'; from: ObjectSnapshot['owner']; to: ObjectSnapshot['owner'] }
  | { type: 'deletion-started'; at: string; gracePeriodSeconds: number | null }
  | { type: 'deleted' };

/** The `type` of a {@link TransitionChange}. */
export type TransitionType = TransitionChange['type'];

/**
 * One recorded transition. `at` is when it happened: the object's own
 * timestamp for it (a condition's lastTransitionTime, a container's
 * startedAt/finishedAt, the deletionTimestamp) when that lies between the
 * two observations, else `observedAt`, when the server saw it.
 * `reason` is a short machine label for filters and marks
 * (CrashLoopBackOff, Error, OOMKilled, Ready=False, Running, Scheduled, …);
 * `severity` how bad it is.
 * @example { seq: 12, at: '2026-12-03T03:12:04Z', observedAt: '2026-12-03T03:12:05Z', reason: 'CrashLoopBackOff', severity: 'critical',
 *            change: { type: 'container-state', container: 'app', role: 'app', from: { state: 'terminated', … }, to: { state: 'waiting', reason: 'CrashLoopBackOff', message: 'back-off 10s …' } } }
 */
export interface HistoryTransition {
  /** Store order (monotonic within one database); stable tie-break for equal `at`. */
  seq: number;
  at: string;
  observedAt: string;
  reason: string;
  severity: Severity;
  change: TransitionChange;
}

// ---------------------------------------------------------------------------
// Events, kept beyond the apiserver's TTL
// ---------------------------------------------------------------------------

/**
 * An Event as kept (deduplicated by uid). `goneAt` is set once the
 * apiserver no longer has it (deleted / expired): the UI marks it "kept by
 * kube-explain". `counts` are the observed count steps [ISO time, count]
 * (capped), so replay can show the count as it was.
 */
export interface HistoryEvent {
  uid: string;
  namespace: string | null;
  involved: { kind: string; name: string; uid: string | null; fieldPath: string | null };
  type: 'Normal' | 'Warning' | string;
  reason: string;
  message: string;
  count: number;
  firstTimestamp: string | null;
  lastTimestamp: string | null;
  /** reportingController / source.component. */
  source: string | null;
  firstSeenAt: string;
  lastSeenAt: string;
  goneAt: string | null;
  counts: [string, number][];
}

// ---------------------------------------------------------------------------
// Answers
// ---------------------------------------------------------------------------

/** Where recording is. `since` is the oldest retained moment (history starts there). */
export type RecorderStatus =
  | { status: 'recording'; since: string | null }
  /** HISTORY=off, or the native module could not load (message says why). */
  | { status: 'off'; reason: 'disabled' | 'unavailable'; message: string }
  /** Writes fail (read-only path, full disk, I/O error): recording pauses, the dashboard keeps working; retried in the background. */
  | { status: 'paused'; reason: 'read-only' | 'disk-full' | 'io-error'; message: string; pausedAt: string; since: string | null }
  | { status: 'starting' };

/** The recorder's state for the UI. `notice` reports a one-off event such as a corrupt file moved aside. */
export type RecorderState = RecorderStatus & {
  /** Database file (HISTORY_DB or ~/.cache/kube-explain/history.db); null when off. */
  path: string | null;
  sizeBytes: number | null;
  /** Changes waiting for the next batched write. */
  pending: number;
  lastWriteAt: string | null;
  retention: { maxAgeDays: number; maxBytes: number };
  notice: { kind: 'corrupt-moved-aside'; movedTo: string; at: string; message: string } | null;
};

/** Every history answer carries the recorder state, so the UI can say "recording off: …" or "paused: disk full". */
export type HistoryResponse<T> =
  | { ok: true; data: T; recorder: RecorderState }
  | { ok: false; reason: 'off' | 'not-found' | 'invalid' | 'forbidden' | 'error'; message: string; recorder: RecorderState };

/** How long a diagnosis has held, from history. */
export interface DiagnosisSince {
  diagnosisId: DiagnosisId;
  /** The container (or condition) the diagnosis is about, when it names one. */
  subject: string | null;
  /** The earliest moment from which it held continuously up to now. */
  since: string;
  /** false when it already held at the first recorded observation: it started at or before `since`. */
  exact: boolean;
  /** Restarts of `subject` since then (crash-loop, liveness), else null. */
  restartsSince: number | null;
  /** The current restartCount of `subject`, else null. */
  restartCount: number | null;
}

/** GET /api/history/timeline and getObjectTimeline. */
export interface TimelineQuery {
  context: string;
  kind: HistoryKind;
  namespace: string | null;
  name: string;
  uid?: string;
}

/**
 * One object's history. Transitions ascend by (at, seq); the first is the
 * `observed` baseline. For a deleted object `deletedAt` is set and
 * `lastState` is its last recorded state ("deleted at …, kept by kube-explain").
 */
export interface ObjectTimeline {
  ref: HistoryObjectRef;
  firstObservedAt: string;
  lastObservedAt: string;
  deletedAt: string | null;
  lastState: ObjectSnapshot;
  transitions: HistoryTransition[];
  /** Events whose involvedObject is this object (by uid, or by kind+name within its lifetime). */
  events: HistoryEvent[];
  /** Other incarnations with the same kind/namespace/name, newest first (not including this one). */
  incarnations: { uid: string; firstObservedAt: string; deletedAt: string | null }[];
  /** "Since when" for the diagnoses that hold on `lastState` (pods only; filled by the server). */
  since: DiagnosisSince[];
  /** The oldest retained moment of the whole store; before it nothing is known. */
  historyStart: string | null;
  /** More transitions than the cap were stored; the oldest were left out. */
  truncated: boolean;
}

/** GET /api/history/feed and getNamespaceFeed; `from`/`to` ISO (default: the last hour up to now). */
export interface FeedQuery {
  context: string;
  namespace: string;
  from?: string;
  to?: string;
  kinds?: (HistoryKind | 'Event')[];
  reasons?: string[];
  severities?: Severity[];
  limit?: number;
}

/** One line of the namespace feed: a transition or an Event. */
export type FeedItem =
  | { source: 'transition'; at: string; reason: string; severity: Severity; transition: HistoryTransition }
  | { source: 'event'; at: string; reason: string; severity: Severity; event: HistoryEvent };

/** The feed grouped per object (newest activity first); each group links to the object's timeline. */
export interface FeedGroup {
  /** The object; for an Event about an object not recorded, `uid` may be ''. */
  ref: Omit<HistoryObjectRef, 'kind'> & { kind: HistoryKind | string };
  deleted: boolean;
  first: string;
  last: string;
  severity: Severity;
  items: FeedItem[];
}

/** "What happened in <namespace> in the last hour". `facets` count the unfiltered items, for the filter chips. */
export interface NamespaceFeed {
  context: string;
  namespace: string;
  from: string;
  to: string;
  groups: FeedGroup[];
  facets: { kinds: Record<string, number>; reasons: Record<string, number>; severities: Partial<Record<Severity, number>> };
  truncated: boolean;
}

/** GET /api/history/replaced and getReplacedObjects. */
export interface ReplacedQuery {
  context: string;
  namespace: string;
  ownerKind: 'Deployment' | 'ReplicaSet' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'CronJob';
  ownerName: string;
}

/** A deleted object, for lists ("pods it replaced"). */
export interface DeletedObjectSummary {
  ref: HistoryObjectRef;
  /** The direct owner (a ReplicaSet for a Deployment's pods). */
  owner: ObjectSnapshot['owner'];
  firstObservedAt: string;
  deletedAt: string;
  /** Last phase, and the last container termination (reason / exit code) if any. */
  lastPhase: string | null;
  lastReason: string | null;
  lastExitCode: number | null;
  restartCount: number;
}

/** Deleted pods of a workload, newest deletion first. */
export interface ReplacedObjects {
  owner: { kind: string; name: string };
  items: DeletedObjectSummary[];
  truncated: boolean;
}
