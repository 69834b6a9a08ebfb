import type {
  ConditionSnapshot,
  ContainerSnapshot,
  ContainerStateSnapshot,
  HistoryTransition,
  ObjectSnapshot,
  SpecChange,
  TransitionChange,
} from '@/lib/contract/history';
import type { Severity } from '@/lib/explain/types';

/** One observed state of an object: the snapshot and when the server saw it (ISO). */
export interface Observation {
  at: string;
  state: ObjectSnapshot;
}

/** A transition before the store gives it a `seq`. */
export type DerivedTransition = Omit<HistoryTransition, 'seq'>;

/**
 * Structural equality of plain JSON data (key order ignored).
 * @example sameData({ a: 1, b: [2] }, { b: [2], a: 1 }) // true
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameData(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Cluster timestamps have whole seconds; allow that much either side of the observation window. */
const TOLERANCE_MS = 1_000;

/**
 * When a fact happened: the object's own time for it when that lies within
 * the window after the previous observation up to this one (±1 s, clamped
 * into the window), else the observation time. Keeps transitions ordered
 * even when the cluster's clock is off.
 * @example factTime('2026-12-03T03:12:04Z', '2026-12-03T03:12:00.000Z', '2026-12-03T03:12:05.000Z') // '2026-12-03T03:12:04.000Z'
 * @example factTime('2020-01-01T00:00:00Z', '2026-12-03T03:12:00.000Z', '2026-12-03T03:12:05.000Z') // '2026-12-03T03:12:05.000Z'
 */
export function factTime(objectTime: string | null, prevAt: string | null, observedAt: string): string {
  const obs = Date.parse(observedAt);
  const t = objectTime ? Date.parse(objectTime) : NaN;
  if (Number.isNaN(t)) return new Date(obs).toISOString();
  // Strictly after the previous observation (which already showed the state before this fact).
  const lo = prevAt ? Math.min(obs, Date.parse(prevAt) + 1) : obs - 60_000;
  if (t < lo - TOLERANCE_MS || t > obs + TOLERANCE_MS) return new Date(obs).toISOString();
  return new Date(Math.min(obs, Math.max(lo, t))).toISOString();
}

const CRITICAL_WAITING = new Set([
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'ErrImageNeverPull',
  'InvalidImageName',
  'CreateContainerConfigError',
  'CreateContainerError',
  'RunContainerError',
]);

/** Conditions whose True is the unhealthy state. */
const BAD_WHEN_TRUE = new Set(['MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable', 'ReplicaFailure', 'Failed', 'FailureTarget', 'DisruptionTarget']);

function conditionSeverity(kind: ObjectSnapshot['kind'], to: ConditionSnapshot | null): Severity {
  if (!to) return 'info';
  const bad = BAD_WHEN_TRUE.has(to.type) ? to.status === 'True' : to.status !== 'True';
  if (!bad) return 'info';
  if (kind === 'Node' && to.type === 'Ready') return 'critical';
  if (kind === 'Job' && to.type === 'Failed') return 'critical';
  if (to.type === 'Progressing' && to.reason === 'ProgressDeadlineExceeded') return 'critical';
  // Jobs and workloads carry conditions that are normal when False (Suspended, Complete before it completes).
  if (to.type === 'Complete' || to.type === 'Suspended' || to.type === 'SuccessCriteriaMet') return 'info';
  return 'warning';
}

function stateLabel(s: ContainerStateSnapshot | null): string {
  if (!s) return 'NoStatus';
  if (s.state === 'running') return 'Running';
  return s.reason ?? (s.state === 'waiting' ? 'Waiting' : 'Terminated');
}

function stateSeverity(s: ContainerStateSnapshot | null): Severity {
  if (!s) return 'info';
  if (s.state === 'waiting') return s.reason && CRITICAL_WAITING.has(s.reason) ? 'critical' : 'info';
  if (s.state === 'terminated') {
    if (s.reason === 'OOMKilled') return 'critical';
    return s.exitCode !== null && s.exitCode !== 0 ? 'warning' : 'info';
  }
  return 'info';
}

const DROP_COUNTS = /^(ready|available|numberReady|numberAvailable|currentNumberScheduled|readyEndpoints|succeeded)/;

/**
 * The short label and severity of a change, for marks and filters.
 * @example classify('Pod', { type: 'phase', from: 'Running', to: 'Failed' }) // { reason: 'Failed', severity: 'critical' }
 */
export function classify(kind: ObjectSnapshot['kind'], change: TransitionChange): { reason: string; severity: Severity } {
  switch (change.type) {
    case 'observed':
      return { reason: change.existed ? 'Observed' : 'Created', severity: 'info' };
    case 'phase':
      return { reason: change.to ?? 'Unknown', severity: change.to === 'Failed' ? 'critical' : change.to === 'Unknown' ? 'warning' : 'info' };
    case 'reason':
      return { reason: change.to ?? 'ReasonCleared', severity: change.to === 'Evicted' ? 'critical' : change.to ? 'warning' : 'info' };
    case 'scheduled':
      return { reason: change.to ? 'Scheduled' : 'Unscheduled', severity: 'info' };
    case 'condition':
      return { reason: change.to ? `${change.condition}=${change.to.status}` : `${change.condition}-removed`, severity: conditionSeverity(kind, change.to) };
    case 'container-added':
      return { reason: 'ContainerAdded', severity: 'info' };
    case 'container-removed':
      return { reason: 'ContainerRemoved', severity: 'info' };
    case 'container-state':
      return { reason: stateLabel(change.to), severity: stateSeverity(change.to) };
    case 'restart':
      if (change.to <= change.from) return { reason: 'LastStateChanged', severity: 'info' };
      return { reason: 'Restarted', severity: change.lastTerminated?.reason === 'OOMKilled' ? 'critical' : 'warning' };
    case 'ready':
      return { reason: change.to ? 'ContainerReady' : 'ContainerNotReady', severity: change.to ? 'info' : 'warning' };
    case 'started':
      return { reason: change.to ? 'ContainerStarted' : 'ContainerNotStarted', severity: 'info' };
    case 'spec': {
      const fields = new Set(change.changes.map((c) => c.field));
      const reason = fields.has('image') ? 'ImageChanged' : fields.has('replicas') ? 'Scaled' : fields.has('resources') ? 'ResourcesChanged' : 'SpecChanged';
      return { reason, severity: 'info' };
    }
    case 'counts': {
      const worse = change.changes.some(
        (c) => (DROP_COUNTS.test(c.field) && c.field !== 'succeeded' && (c.to ?? 0) < (c.from ?? 0)) || ((c.field === 'failed' || c.field === 'numberUnavailable' || c.field === 'unavailableReplicas') && (c.to ?? 0) > (c.from ?? 0)),
      );
      return { reason: 'StatusCounts', severity: worse ? 'warning' : 'info' };
    }
    case 'labels':
      return { reason: 'LabelsChanged', severity: 'info' };
    case 'owner':
      return { reason: change.to ? (change.from ? 'OwnerChanged' : 'Adopted') : 'Orphaned', severity: 'info' };
    case 'deletion-started':
      return { reason: 'Terminating', severity: 'info' };
    case 'deleted':
      return { reason: 'Deleted', severity: 'info' };
  }
}

function make(kind: ObjectSnapshot['kind'], at: string, observedAt: string, change: TransitionChange): DerivedTransition {
  return { at, observedAt, ...classify(kind, change), change };
}

function containerKey(c: Pick<ContainerSnapshot, 'role' | 'name'>): string {
  return `${c.role}/${c.name}`;
}

function stateTime(s: ContainerStateSnapshot | null): string | null {
  if (!s) return null;
  if (s.state === 'running') return s.startedAt;
  if (s.state === 'terminated') return s.finishedAt;
  return null;
}

function specChanges(a: ObjectSnapshot, b: ObjectSnapshot): SpecChange[] {
  const out: SpecChange[] = [];
  const names = (x: Record<string, string>, y: Record<string, string>) => [...new Set([...Object.keys(x), ...Object.keys(y)])];
  for (const name of names(a.spec.images, b.spec.images)) {
    const from = a.spec.images[name] ?? null;
    const to = b.spec.images[name] ?? null;
    if (from !== to) out.push({ field: 'image', container: name, from, to });
  }
  if (a.spec.replicas !== b.spec.replicas) out.push({ field: 'replicas', container: null, from: a.spec.replicas, to: b.spec.replicas });
  for (const name of names(a.spec.resources, b.spec.resources)) {
    const from = a.spec.resources[name] ?? null;
    const to = b.spec.resources[name] ?? null;
    if (from !== to) out.push({ field: 'resources', container: name, from, to });
  }
  return out;
}

/**
 * The transitions between two consecutive observed states of one object
 * (same uid): each is a fact (phase, a condition, a container's state,
 * a restart step with the run that ended, a readiness flip, scheduling,
 * a spec diff, status counts, labels, owner, deletion started), never a
 * copy of the object. With no previous state the result is the `observed`
 * baseline (`existed`: seen in a list, not created while watching). Equal
 * states give no transition, which is what keeps a relist from recording
 * phantoms: the recorder compares the relisted object with the last state it stored.
 * Order: pod-level facts, conditions, then containers in spec order.
 * @example deriveTransitions({ at: t0, state: running }, { at: t1, state: crashLooping }).map((t) => t.reason)
 *   // ['Ready=False', 'Error', 'Restarted', 'ContainerNotReady']
 */
export function deriveTransitions(prev: Observation | null, next: Observation, existed = false): DerivedTransition[] {
  const b = next.state;
  const kind = b.kind;
  const obs = next.at;
  if (!prev) {
    const at = existed ? new Date(Date.parse(obs)).toISOString() : factTime(b.createdAt, null, obs);
    return [make(kind, at, obs, { type: 'observed', state: b, existed })];
  }
  const a = prev.state;
  const p = prev.at;
  const out: DerivedTransition[] = [];
  const at = (objectTime: string | null) => factTime(objectTime, p, obs);
  const add = (time: string, change: TransitionChange) => out.push(make(kind, time, obs, change));

  if (a.phase !== b.phase) add(at(null), { type: 'phase', from: a.phase, to: b.phase });
  if (a.reason !== b.reason || a.message !== b.message) add(at(null), { type: 'reason', from: a.reason, to: b.reason, message: b.message });
  if (a.nodeName !== b.nodeName) {
    const scheduled = b.conditions.find((c) => c.type === 'PodScheduled');
    add(at(scheduled?.lastTransitionTime ?? null), { type: 'scheduled', from: a.nodeName, to: b.nodeName });
  }
  const specDiff = specChanges(a, b);
  if (specDiff.length > 0 || a.generation !== b.generation) add(at(null), { type: 'spec', generationFrom: a.generation, generationTo: b.generation, changes: specDiff });
  if (!sameData(a.labels, b.labels)) add(at(null), { type: 'labels', from: a.labels, to: b.labels });
  if (!sameData(a.owner, b.owner)) add(at(null), { type: 'owner', from: a.owner, to: b.owner });

  const types = [...new Set([...a.conditions.map((c) => c.type), ...b.conditions.map((c) => c.type)])].sort();
  for (const type of types) {
    const from = a.conditions.find((c) => c.type === type) ?? null;
    const to = b.conditions.find((c) => c.type === type) ?? null;
    if (!sameData(from, to)) add(at(to?.lastTransitionTime ?? null), { type: 'condition', condition: type, from, to });
  }

  const countFields = [...new Set([...Object.keys(a.counts), ...Object.keys(b.counts)])].sort();
  const countChanges = countFields.filter((f) => a.counts[f] !== b.counts[f]).map((field) => ({ field, from: a.counts[field] ?? null, to: b.counts[field] ?? null }));
  if (countChanges.length > 0) add(at(null), { type: 'counts', changes: countChanges });

  const before = new Map(a.containers.map((c) => [containerKey(c), c]));
  const afterKeys = new Set(b.containers.map(containerKey));
  for (const c of a.containers) if (!afterKeys.has(containerKey(c))) add(at(null), { type: 'container-removed', container: c.name });
  for (const c of b.containers) {
    const old = before.get(containerKey(c));
    if (!old) {
      add(at(null), { type: 'container-added', container: c });
      continue;
    }
    if (!sameData(old.state, c.state)) add(at(stateTime(c.state)), { type: 'container-state', container: c.name, role: c.role, from: old.state, to: c.state });
    if (old.restartCount !== c.restartCount || !sameData(old.lastTerminated, c.lastTerminated)) {
      add(at(c.lastTerminated?.finishedAt ?? null), { type: 'restart', container: c.name, role: c.role, from: old.restartCount, to: c.restartCount, lastTerminated: c.lastTerminated });
    }
    if (old.ready !== c.ready) add(at(null), { type: 'ready', container: c.name, from: old.ready, to: c.ready });
    if (old.started !== c.started) add(at(null), { type: 'started', container: c.name, from: old.started, to: c.started });
  }

  // A second delete (e.g. with --grace-period=0) moves the deadline: recorded again, so replay shows the new one.
  if (b.deletion && !sameData(a.deletion, b.deletion)) {
    const requested = b.deletion.gracePeriodSeconds !== null ? new Date(Date.parse(b.deletion.at) - b.deletion.gracePeriodSeconds * 1000).toISOString() : b.deletion.at;
    add(at(requested), { type: 'deletion-started', at: b.deletion.at, gracePeriodSeconds: b.deletion.gracePeriodSeconds });
  }
  return out;
}

/**
 * The transitions that close an object's history when the server sees it
 * deleted: whatever changed since the last recorded state (the final
 * object of a DELETED watch event, when there is one), then `deleted`.
 * @example deriveDeletion(last, { at: t, state: final }).at(-1)?.change // { type: 'deleted' }
 */
export function deriveDeletion(last: Observation, final: Observation): DerivedTransition[] {
  const out = deriveTransitions(last, final);
  out.push(make(final.state.kind, new Date(Date.parse(final.at)).toISOString(), final.at, { type: 'deleted' }));
  return out;
}
