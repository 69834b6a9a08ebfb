import type {
  ConditionSnapshot,
  ContainerRole,
  ContainerSnapshot,
  ContainerStateSnapshot,
  HistoryKind,
  ObjectSnapshot,
  SpecSummary,
} from '@/lib/contract/history';
import { HISTORY_KINDS } from '@/lib/contract/history';

/** The loose object shape the projection reads (any kind; every field optional). */
export interface AnyObject {
  kind?: string;
  metadata?: {
    uid?: string;
    name?: string;
    namespace?: string;
    creationTimestamp?: string | Date;
    generation?: number;
    labels?: Record<string, string>;
    ownerReferences?: { kind?: string; name?: string; uid?: string; controller?: boolean }[];
    deletionTimestamp?: string | Date;
    deletionGracePeriodSeconds?: number;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  endpoints?: { conditions?: { ready?: boolean } }[];
}

type Rec = Record<string, unknown>;

const iso = (v: unknown): string | null => {
  if (v instanceof Date) return v.toISOString();
  return typeof v === 'string' && v !== '' ? v : null;
};
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const rec = (v: unknown): Rec => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const arr = (v: unknown): Rec[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Rec[]) : []);

/**
 * Whether `kind` is one the recorder follows.
 * @example isHistoryKind('Pod') // true
 * @example isHistoryKind('Lease') // false
 */
export function isHistoryKind(kind: string | undefined): kind is HistoryKind {
  return !!kind && (HISTORY_KINDS as readonly string[]).includes(kind);
}

/**
 * A container state as recorded: the one set field of `state`/`lastState`.
 * @example containerState({ waiting: { reason: 'CrashLoopBackOff', message: 'back-off 10s' } })
 *   // { state: 'waiting', reason: 'CrashLoopBackOff', message: 'back-off 10s' }
 */
export function containerState(raw: unknown): ContainerStateSnapshot | null {
  const s = rec(raw);
  if (s.terminated) {
    const t = rec(s.terminated);
    return {
      state: 'terminated',
      reason: str(t.reason),
      message: str(t.message),
      exitCode: num(t.exitCode),
      signal: num(t.signal),
      startedAt: iso(t.startedAt),
      finishedAt: iso(t.finishedAt),
    };
  }
  if (s.running) return { state: 'running', startedAt: iso(rec(s.running).startedAt) };
  if (s.waiting) {
    const w = rec(s.waiting);
    return { state: 'waiting', reason: str(w.reason), message: str(w.message) };
  }
  return null;
}

const CONDITION_STATUSES = new Set(['True', 'False', 'Unknown']);

function conditions(status: Rec): ConditionSnapshot[] {
  return arr(status.conditions)
    .filter((c) => typeof c.type === 'string')
    .map((c) => ({
      type: c.type as string,
      status: (CONDITION_STATUSES.has(c.status as string) ? c.status : 'Unknown') as ConditionSnapshot['status'],
      reason: str(c.reason),
      message: str(c.message),
      lastTransitionTime: iso(c.lastTransitionTime),
    }))
    .sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}

/**
 * Requests and limits as one stable string.
 * @example resourcesText({ requests: { memory: '64Mi', cpu: '100m' } }) // 'requests cpu=100m,memory=64Mi'
 */
export function resourcesText(raw: unknown): string {
  const r = rec(raw);
  const part = (label: string, v: unknown): string | null => {
    const entries = Object.entries(rec(v))
      .map(([k, q]) => `${k}=${String(q)}`)
      .sort();
    return entries.length ? `${label} ${entries.join(',')}` : null;
  };
  return [part('requests', r.requests), part('limits', r.limits)].filter((x): x is string => x !== null).join('; ');
}

function podTemplateSpec(kind: HistoryKind, spec: Rec): Rec | null {
  if (kind === 'Pod') return spec;
  if (kind === 'CronJob') return rec(rec(rec(rec(spec.jobTemplate).spec).template).spec);
  if (kind === 'Deployment' || kind === 'ReplicaSet' || kind === 'StatefulSet' || kind === 'DaemonSet' || kind === 'Job') return rec(rec(spec.template).spec);
  return null;
}

function specSummary(kind: HistoryKind, spec: Rec): SpecSummary {
  const images: Record<string, string> = {};
  const resources: Record<string, string> = {};
  const pod = podTemplateSpec(kind, spec);
  if (pod) {
    for (const [prefix, list] of [
      ['init:', arr(pod.initContainers)],
      ['', arr(pod.containers)],
    ] as const) {
      for (const c of list) {
        const name = `${prefix}${String(c.name ?? '')}`;
        if (typeof c.image === 'string') images[name] = c.image;
        const res = resourcesText(c.resources);
        if (res) resources[name] = res;
      }
    }
  }
  const replicas = kind === 'Deployment' || kind === 'ReplicaSet' || kind === 'StatefulSet' ? num(spec.replicas) : kind === 'Job' ? num(spec.parallelism) : null;
  return { images, replicas, resources };
}

function containers(spec: Rec, status: Rec): ContainerSnapshot[] {
  const out: ContainerSnapshot[] = [];
  const groups: [ContainerRole, Rec[], Rec[]][] = [
    ['init', arr(spec.initContainers), arr(status.initContainerStatuses)],
    ['app', arr(spec.containers), arr(status.containerStatuses)],
    ['ephemeral', arr(spec.ephemeralContainers), arr(status.ephemeralContainerStatuses)],
  ];
  for (const [role, specs, statuses] of groups) {
    const byName = new Map(statuses.map((s) => [String(s.name), s]));
    const names = [...specs.map((c) => String(c.name)), ...statuses.map((s) => String(s.name)).filter((n) => !specs.some((c) => c.name === n))];
    for (const name of names) {
      const c = specs.find((x) => x.name === name) ?? {};
      const s = byName.get(name) ?? {};
      const last = containerState(s.lastState);
      out.push({
        name,
        role,
        sidecar: role === 'init' && c.restartPolicy === 'Always',
        image: str(c.image) ?? str(s.image) ?? '',
        ready: s.ready === true,
        started: typeof s.started === 'boolean' ? s.started : null,
        restartCount: num(s.restartCount) ?? 0,
        state: containerState(s.state),
        lastTerminated: last && last.state === 'terminated' ? last : null,
      });
    }
  }
  return out;
}

const COUNT_FIELDS: Partial<Record<HistoryKind, string[]>> = {
  Deployment: ['replicas', 'readyReplicas', 'availableReplicas', 'updatedReplicas', 'unavailableReplicas', 'observedGeneration'],
  ReplicaSet: ['replicas', 'readyReplicas', 'availableReplicas', 'fullyLabeledReplicas', 'observedGeneration'],
  StatefulSet: ['replicas', 'readyReplicas', 'availableReplicas', 'currentReplicas', 'updatedReplicas', 'observedGeneration'],
  DaemonSet: ['desiredNumberScheduled', 'currentNumberScheduled', 'numberReady', 'numberAvailable', 'numberUnavailable', 'numberMisscheduled', 'updatedNumberScheduled', 'observedGeneration'],
  Job: ['active', 'succeeded', 'failed', 'ready', 'terminating'],
  CronJob: [],
};

function counts(kind: HistoryKind, obj: AnyObject, status: Rec): Record<string, number> {
  const out: Record<string, number> = {};
  for (const field of COUNT_FIELDS[kind] ?? []) {
    const v = num(status[field]);
    if (v !== null) out[field] = v;
  }
  if (kind === 'CronJob') out.active = arr(status.active).length;
  if (kind === 'EndpointSlice') {
    const eps = Array.isArray(obj.endpoints) ? obj.endpoints : [];
    out.endpoints = eps.length;
    out.readyEndpoints = eps.filter((e) => e?.conditions?.ready !== false).length;
  }
  return out;
}

function owner(obj: AnyObject): ObjectSnapshot['owner'] {
  const refs = obj.metadata?.ownerReferences ?? [];
  const ref = refs.find((r) => r.controller) ?? refs[0];
  return ref && ref.kind && ref.name ? { kind: ref.kind, name: ref.name, uid: ref.uid ?? '' } : null;
}

/**
 * Projects an object to the small state history keeps: phase, conditions,
 * containers (state, last termination, restarts, readiness), node, the spec
 * fields shown as diffs (images, replicas, resources), status counts and
 * deletion. Conditions are sorted by type, so the projection of an object
 * does not depend on the order the apiserver lists them in.
 * @example snapshotOf('Pod', pod).containers[0] // { name: 'app', role: 'app', state: { state: 'waiting', reason: 'CrashLoopBackOff', … }, restartCount: 7, … }
 */
export function snapshotOf(kind: HistoryKind, obj: AnyObject): ObjectSnapshot {
  const meta = obj.metadata ?? {};
  const spec = rec(obj.spec);
  const status = rec(obj.status);
  const isPod = kind === 'Pod';
  const deletionAt = iso(meta.deletionTimestamp);
  return {
    kind,
    createdAt: iso(meta.creationTimestamp),
    labels: { ...(meta.labels ?? {}) },
    owner: owner(obj),
    generation: isPod ? null : num(meta.generation),
    phase: isPod ? str(status.phase) : null,
    reason: isPod ? str(status.reason) : null,
    message: isPod ? str(status.message) : null,
    nodeName: isPod ? str(spec.nodeName) : null,
    restartPolicy: isPod ? str(spec.restartPolicy) : null,
    conditions: conditions(status),
    containers: isPod ? containers(spec, status) : [],
    spec: specSummary(kind, spec),
    counts: counts(kind, obj, status),
    deletion: deletionAt ? { at: deletionAt, gracePeriodSeconds: num(meta.deletionGracePeriodSeconds) } : null,
  };
}
