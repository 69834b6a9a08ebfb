import type { CoreV1Event, V1Container, V1ContainerStatus, V1Pod, V1PodCondition, V1ResourceRequirements } from '@kubernetes/client-node';
import type {
  ContainerSnapshot,
  ContainerStateSnapshot,
  HistoryEvent,
  HistoryTransition,
  ObjectSnapshot,
  ObjectTimeline,
  TransitionChange,
} from '@/lib/contract/history';

const ROLE_ORDER = { init: 0, app: 1, ephemeral: 2 } as const;

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function withContainer(s: ObjectSnapshot, name: string, role: ContainerSnapshot['role'] | null, edit: (c: ContainerSnapshot) => void): void {
  const c = s.containers.find((x) => x.name === name && (role === null || x.role === role));
  if (c) edit(c);
}

/**
 * Applies one recorded change to a snapshot (a new object; the input is not
 * modified). `observed` replaces the whole state; `deleted` changes nothing.
 * @example applyChange(state, { type: 'phase', from: 'Pending', to: 'Running' }).phase // 'Running'
 */
export function applyChange(state: ObjectSnapshot | null, change: TransitionChange): ObjectSnapshot | null {
  if (change.type === 'observed') return clone(change.state);
  if (!state) return null;
  const s = clone(state);
  switch (change.type) {
    case 'phase':
      s.phase = change.to;
      break;
    case 'reason':
      s.reason = change.to;
      s.message = change.message;
      break;
    case 'scheduled':
      s.nodeName = change.to;
      break;
    case 'condition':
      s.conditions = s.conditions.filter((c) => c.type !== change.condition);
      if (change.to) s.conditions.push(clone(change.to));
      s.conditions.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
      break;
    case 'container-added': {
      const c = clone(change.container);
      const after = s.containers.reduce((last, x, i) => (ROLE_ORDER[x.role] <= ROLE_ORDER[c.role] ? i : last), -1);
      s.containers.splice(after + 1, 0, c);
      break;
    }
    case 'container-removed':
      s.containers = s.containers.filter((c) => c.name !== change.container);
      break;
    case 'container-state':
      withContainer(s, change.container, change.role, (c) => {
        c.state = change.to ? clone(change.to) : null;
      });
      break;
    case 'restart':
      withContainer(s, change.container, change.role, (c) => {
        c.restartCount = change.to;
        c.lastTerminated = change.lastTerminated ? clone(change.lastTerminated) : null;
      });
      break;
    case 'ready':
      withContainer(s, change.container, null, (c) => {
        c.ready = change.to;
      });
      break;
    case 'started':
      withContainer(s, change.container, null, (c) => {
        c.started = change.to;
      });
      break;
    case 'spec':
      s.generation = change.generationTo;
      for (const d of change.changes) {
        if (d.field === 'replicas') s.spec.replicas = typeof d.to === 'number' ? d.to : null;
        else {
          const map = d.field === 'image' ? s.spec.images : s.spec.resources;
          const key = d.container ?? '';
          if (d.to === null) delete map[key];
          else map[key] = String(d.to);
          if (d.field === 'image' && d.to !== null) {
            const init = key.startsWith('init:');
            withContainer(s, init ? key.slice(5) : key, init ? 'init' : 'app', (c) => {
              c.image = String(d.to);
            });
          }
        }
      }
      break;
    case 'counts':
      for (const c of change.changes) {
        if (c.to === null) delete s.counts[c.field];
        else s.counts[c.field] = c.to;
      }
      break;
    case 'labels':
      s.labels = { ...change.to };
      break;
    case 'owner':
      s.owner = change.to ? { ...change.to } : null;
      break;
    case 'deletion-started':
      s.deletion = { at: change.at, gracePeriodSeconds: change.gracePeriodSeconds };
      break;
    case 'deleted':
      break;
  }
  return s;
}

/**
 * Transitions in the order they happened: by `at`, then store order.
 * @example orderTransitions(timeline.transitions)[0].change.type // 'observed'
 */
export function orderTransitions(transitions: readonly HistoryTransition[]): HistoryTransition[] {
  return [...transitions].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.seq - b.seq));
}

/**
 * The object's recorded state at `at` (ISO): every transition up to and
 * including `at` folded into the baseline. null before the first
 * observation. Pure: the replay scrubber calls it in the browser.
 * @example reconstructAt(timeline, '2026-12-03T03:12:00Z')?.containers[0].state // { state: 'running', startedAt: '…' }
 */
export function reconstructAt(timeline: Pick<ObjectTimeline, 'transitions'>, at: string): ObjectSnapshot | null {
  const t = Date.parse(at);
  let state: ObjectSnapshot | null = null;
  for (const tr of orderTransitions(timeline.transitions)) {
    if (Date.parse(tr.at) > t) break;
    state = applyChange(state, tr.change);
  }
  return state;
}

/**
 * Each state the object went through: the snapshot after every transition
 * time (transitions at the same `at` folded together).
 * @example stateSeries(timeline).map((s) => s.state.phase) // ['Pending', 'Pending', 'Running']
 */
export function stateSeries(timeline: Pick<ObjectTimeline, 'transitions'>): { at: string; state: ObjectSnapshot }[] {
  const out: { at: string; state: ObjectSnapshot }[] = [];
  let state: ObjectSnapshot | null = null;
  for (const tr of orderTransitions(timeline.transitions)) {
    state = applyChange(state, tr.change);
    if (!state) continue;
    const last = out[out.length - 1];
    if (last && last.at === tr.at) last.state = state;
    else out.push({ at: tr.at, state });
  }
  return out;
}

/**
 * Requests and limits back from their recorded text.
 * @example parseResources('requests cpu=100m,memory=64Mi; limits memory=128Mi')
 *   // { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } }
 */
export function parseResources(text: string | undefined): V1ResourceRequirements | undefined {
  if (!text) return undefined;
  const out: V1ResourceRequirements = {};
  for (const part of text.split('; ')) {
    const [label, list] = part.split(' ');
    if ((label !== 'requests' && label !== 'limits') || !list) continue;
    out[label] = Object.fromEntries(list.split(',').map((kv) => kv.split('=') as [string, string]));
  }
  return out;
}

function stateToK8s(s: ContainerStateSnapshot | null): V1ContainerStatus['state'] {
  if (!s) return undefined;
  if (s.state === 'running') return { running: { startedAt: s.startedAt as unknown as Date } };
  if (s.state === 'waiting') return { waiting: { ...(s.reason ? { reason: s.reason } : {}), ...(s.message ? { message: s.message } : {}) } };
  return {
    terminated: {
      exitCode: s.exitCode ?? 0,
      ...(s.reason ? { reason: s.reason } : {}),
      ...(s.message ? { message: s.message } : {}),
      ...(s.signal !== null ? { signal: s.signal } : {}),
      ...(s.startedAt ? { startedAt: s.startedAt as unknown as Date } : {}),
      ...(s.finishedAt ? { finishedAt: s.finishedAt as unknown as Date } : {}),
    },
  };
}

/**
 * A `V1Pod` rebuilt from a recorded pod snapshot, with the fields the pod
 * views read (phase, conditions, container specs and statuses, node,
 * owner, deletion); timestamps stay ISO strings as everywhere in the app.
 * @example snapshotToPod(ref, state).status?.containerStatuses?.[0].restartCount // 7
 */
export function snapshotToPod(ref: ObjectTimeline['ref'], s: ObjectSnapshot): V1Pod {
  const spec = (c: ContainerSnapshot): V1Container => {
    const key = c.role === 'init' ? `init:${c.name}` : c.name;
    const resources = parseResources(s.spec.resources[key]);
    return { name: c.name, image: c.image, ...(c.sidecar ? { restartPolicy: 'Always' } : {}), ...(resources ? { resources } : {}) };
  };
  const status = (c: ContainerSnapshot): V1ContainerStatus => ({
    name: c.name,
    image: c.image,
    imageID: '',
    ready: c.ready,
    restartCount: c.restartCount,
    ...(c.started !== null ? { started: c.started } : {}),
    ...(c.state ? { state: stateToK8s(c.state) } : {}),
    ...(c.lastTerminated ? { lastState: stateToK8s(c.lastTerminated) } : {}),
  });
  const of = (role: ContainerSnapshot['role']) => s.containers.filter((c) => c.role === role);
  const conditions: V1PodCondition[] = s.conditions.map((c) => ({
    type: c.type,
    status: c.status,
    ...(c.reason ? { reason: c.reason } : {}),
    ...(c.message ? { message: c.message } : {}),
    ...(c.lastTransitionTime ? { lastTransitionTime: c.lastTransitionTime as unknown as Date } : {}),
  }));
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: ref.name,
      namespace: ref.namespace ?? undefined,
      uid: ref.uid,
      labels: { ...s.labels },
      ...(s.createdAt ? { creationTimestamp: s.createdAt as unknown as Date } : {}),
      ...(s.owner ? { ownerReferences: [{ apiVersion: '', kind: s.owner.kind, name: s.owner.name, uid: s.owner.uid, controller: true }] } : {}),
      ...(s.deletion ? { deletionTimestamp: s.deletion.at as unknown as Date } : {}),
      ...(s.deletion && s.deletion.gracePeriodSeconds !== null ? { deletionGracePeriodSeconds: s.deletion.gracePeriodSeconds } : {}),
    },
    spec: {
      containers: of('app').map(spec),
      ...(of('init').length ? { initContainers: of('init').map(spec) } : {}),
      ...(s.nodeName ? { nodeName: s.nodeName } : {}),
      ...(s.restartPolicy ? { restartPolicy: s.restartPolicy } : {}),
    },
    status: {
      ...(s.phase ? { phase: s.phase } : {}),
      ...(s.reason ? { reason: s.reason } : {}),
      ...(s.message ? { message: s.message } : {}),
      conditions,
      containerStatuses: of('app').map(status),
      ...(of('init').length ? { initContainerStatuses: of('init').map(status) } : {}),
    },
  };
}

/**
 * A kept Event as `CoreV1Event`, with the count it had at `at` (from the
 * recorded count steps); null when it had not happened yet.
 * @example eventAt(kept, '2026-12-03T03:12:00Z')?.count // 3
 */
export function eventAt(e: HistoryEvent, at: string): CoreV1Event | null {
  const t = Date.parse(at);
  const first = Date.parse(e.firstTimestamp ?? e.firstSeenAt);
  if (first > t) return null;
  const steps = e.counts.filter(([when]) => Date.parse(when) <= t);
  const step = steps[steps.length - 1];
  const firstStep = e.counts[0];
  const count = step ? step[1] : firstStep ? Math.min(e.count, firstStep[1]) : e.count;
  const last = e.lastTimestamp && Date.parse(e.lastTimestamp) <= t ? e.lastTimestamp : step ? step[0] : (e.firstTimestamp ?? e.firstSeenAt);
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { uid: e.uid, name: `${e.involved.name}.${e.uid.slice(0, 8)}`, namespace: e.namespace ?? undefined },
    involvedObject: { kind: e.involved.kind, name: e.involved.name, namespace: e.namespace ?? undefined, ...(e.involved.uid ? { uid: e.involved.uid } : {}), ...(e.involved.fieldPath ? { fieldPath: e.involved.fieldPath } : {}) },
    type: e.type,
    reason: e.reason,
    message: e.message,
    count,
    ...(e.firstTimestamp ? { firstTimestamp: e.firstTimestamp as unknown as Date } : {}),
    lastTimestamp: last as unknown as Date,
    ...(e.source ? { source: { component: e.source } } : {}),
  };
}

/**
 * The pod and its events as they were at `at`, for the replay scrubber: feed
 * them to the pod page's own view builders. null before the first observation.
 * @example const replay = podAt(timeline, '2026-12-03T03:12:00Z'); // { pod: V1Pod, events: CoreV1Event[] }
 */
export function podAt(timeline: Pick<ObjectTimeline, 'ref' | 'transitions' | 'events'>, at: string): { pod: V1Pod; events: CoreV1Event[] } | null {
  const state = reconstructAt(timeline, at);
  if (!state || state.kind !== 'Pod') return null;
  const events = timeline.events.map((e) => eventAt(e, at)).filter((e): e is CoreV1Event => e !== null);
  return { pod: snapshotToPod(timeline.ref, state), events };
}
