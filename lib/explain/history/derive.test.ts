import { describe, expect, it } from 'vitest';
import type { ConditionSnapshot, ContainerSnapshot, ObjectSnapshot } from '@/lib/contract/history';
import { byName, sandboxCapture } from '@/lib/testing/sandbox-capture';
import { loadFixture } from '@/lib/testing/fixtures';
import { snapshotOf, type AnyObject } from './snapshot';
import { classify, deriveDeletion, deriveTransitions, factTime, sameData } from './derive';

// Observation times: when the sandbox captures were taken (lib/testing/captured/sandbox/README.md).
const T_LIST = '2026-11-26T02:10:09.000Z';
const T_RECAPTURE = '2026-11-26T02:11:17.000Z';

const pod = (o: unknown) => snapshotOf('Pod', o as AnyObject);
const cond = (type: string, status: ConditionSnapshot['status'], lastTransitionTime: string, reason: string | null = null, message: string | null = null): ConditionSnapshot => ({
  type,
  status,
  reason,
  message,
  lastTransitionTime,
});
const terminated = (reason: string, exitCode: number, startedAt: string, finishedAt: string): NonNullable<ContainerSnapshot['lastTerminated']> => ({
  state: 'terminated',
  reason,
  message: null,
  exitCode,
  signal: null,
  startedAt,
  finishedAt,
});

describe('factTime', () => {
  it('uses the object’s own time when it lies between the two observations', () => {
    expect(factTime('2026-11-26T02:11:12Z', T_LIST, T_RECAPTURE)).toBe('2026-11-26T02:11:12.000Z');
  });
  it('falls back to the observation time when the object’s time is outside the window (skewed clock, stale field)', () => {
    expect(factTime('2020-01-01T00:00:00Z', T_LIST, T_RECAPTURE)).toBe(T_RECAPTURE);
    expect(factTime(null, T_LIST, T_RECAPTURE)).toBe(T_RECAPTURE);
  });
  it('clamps a whole-second timestamp just before the window to 1 ms after the previous observation', () => {
    expect(factTime('2026-11-26T02:10:09Z', '2026-11-26T02:10:09.400Z', T_RECAPTURE)).toBe('2026-11-26T02:10:09.401Z');
  });
});

describe('deriveTransitions on captured sandbox pods', () => {
  it('records the crash-loop pod’s next restart with the exit code of the run that ended, and the readiness dip it implies', () => {
    const before = pod(byName(sandboxCapture.pods(), 'crash-loop'));
    const after = pod(byName(sandboxCapture.podsRecaptured(), 'crash-loop'));
    const unready = (ltt: string, type: string) => cond(type, 'False', ltt, 'ContainersNotReady', 'containers with unready status: [app]');
    expect(deriveTransitions({ at: T_LIST, state: before }, { at: T_RECAPTURE, state: after })).toStrictEqual([
      {
        at: '2026-11-26T02:11:12.000Z',
        observedAt: T_RECAPTURE,
        reason: 'ContainersReady=False',
        severity: 'warning',
        change: { type: 'condition', condition: 'ContainersReady', from: unready('2026-11-26T02:04:47Z', 'ContainersReady'), to: unready('2026-11-26T02:11:12Z', 'ContainersReady') },
      },
      {
        at: '2026-11-26T02:11:12.000Z',
        observedAt: T_RECAPTURE,
        reason: 'Ready=False',
        severity: 'warning',
        change: { type: 'condition', condition: 'Ready', from: unready('2026-11-26T02:04:47Z', 'Ready'), to: unready('2026-11-26T02:11:12Z', 'Ready') },
      },
      {
        at: '2026-11-26T02:11:12.000Z',
        observedAt: T_RECAPTURE,
        reason: 'Restarted',
        severity: 'warning',
        change: { type: 'restart', container: 'app', role: 'app', from: 6, to: 7, lastTerminated: terminated('Error', 1, '2026-11-26T02:11:10Z', '2026-11-26T02:11:12Z') },
      },
    ]);
  });

  it('records deletion started at the request time (deletionTimestamp minus the grace period), not at the deadline', () => {
    const before = pod(byName(sandboxCapture.pods(), 'slow-delete'));
    const after = pod(byName(sandboxCapture.podsRecaptured(), 'slow-delete'));
    expect(deriveTransitions({ at: T_LIST, state: before }, { at: '2026-11-26T02:11:30.000Z', state: after })).toStrictEqual([
      {
        at: '2026-11-26T02:11:08.000Z',
        observedAt: '2026-11-26T02:11:30.000Z',
        reason: 'Terminating',
        severity: 'info',
        change: { type: 'deletion-started', at: '2026-11-26T02:11:28Z', gracePeriodSeconds: 20 },
      },
    ]);
  });

  it('records the init-steps pod’s first init container completing and the second starting', () => {
    const [s0, s1] = sandboxCapture.podsInitSteps().map(pod) as [ObjectSnapshot, ObjectSnapshot];
    const obs = '2026-11-26T02:11:30.000Z';
    expect(deriveTransitions({ at: '2026-11-26T02:11:23.000Z', state: s0 }, { at: obs, state: s1 })).toStrictEqual([
      {
        at: '2026-11-26T02:11:28.000Z',
        observedAt: obs,
        reason: 'Completed',
        severity: 'info',
        change: { type: 'container-state', container: 'fetch', role: 'init', from: { state: 'running', startedAt: '2026-11-26T02:11:22Z' }, to: terminated('Completed', 0, '2026-11-26T02:11:22Z', '2026-11-26T02:11:28Z') },
      },
      { at: obs, observedAt: obs, reason: 'ContainerReady', severity: 'info', change: { type: 'ready', container: 'fetch', from: false, to: true } },
      { at: obs, observedAt: obs, reason: 'ContainerNotStarted', severity: 'info', change: { type: 'started', container: 'fetch', from: true, to: false } },
      {
        at: '2026-11-26T02:11:28.000Z',
        observedAt: obs,
        reason: 'Running',
        severity: 'info',
        change: { type: 'container-state', container: 'migrate', role: 'init', from: { state: 'waiting', reason: 'PodInitializing', message: null }, to: { state: 'running', startedAt: '2026-11-26T02:11:28Z' } },
      },
      { at: obs, observedAt: obs, reason: 'ContainerStarted', severity: 'info', change: { type: 'started', container: 'migrate', from: false, to: true } },
    ]);
  });

  it('records the pod turning Running after its init containers: phase, conditions with their own times, then each container', () => {
    const [, s1, s2] = sandboxCapture.podsInitSteps().map(pod) as [ObjectSnapshot, ObjectSnapshot, ObjectSnapshot];
    const obs = '2026-11-26T02:11:38.000Z';
    const notInit = cond('Initialized', 'False', '2026-11-26T02:11:22Z', 'ContainersNotInitialized', 'containers with incomplete status: [fetch migrate]');
    const notReady = (type: string) => cond(type, 'False', '2026-11-26T02:11:22Z', 'ContainersNotReady', 'containers with unready status: [app]');
    const result = deriveTransitions({ at: '2026-11-26T02:11:30.000Z', state: s1 }, { at: obs, state: s2 });
    expect(result).toStrictEqual([
      { at: obs, observedAt: obs, reason: 'Running', severity: 'info', change: { type: 'phase', from: 'Pending', to: 'Running' } },
      {
        at: '2026-11-26T02:11:35.000Z',
        observedAt: obs,
        reason: 'ContainersReady=True',
        severity: 'info',
        change: { type: 'condition', condition: 'ContainersReady', from: notReady('ContainersReady'), to: cond('ContainersReady', 'True', '2026-11-26T02:11:35Z') },
      },
      {
        at: '2026-11-26T02:11:34.000Z',
        observedAt: obs,
        reason: 'Initialized=True',
        severity: 'info',
        change: { type: 'condition', condition: 'Initialized', from: notInit, to: cond('Initialized', 'True', '2026-11-26T02:11:34Z') },
      },
      {
        at: '2026-11-26T02:11:35.000Z',
        observedAt: obs,
        reason: 'Ready=True',
        severity: 'info',
        change: { type: 'condition', condition: 'Ready', from: notReady('Ready'), to: cond('Ready', 'True', '2026-11-26T02:11:35Z') },
      },
      // The capture's status no longer lists `fetch` (only `migrate`): recorded as its status going missing.
      { at: obs, observedAt: obs, reason: 'NoStatus', severity: 'info', change: { type: 'container-state', container: 'fetch', role: 'init', from: terminated('Completed', 0, '2026-11-26T02:11:22Z', '2026-11-26T02:11:28Z'), to: null } },
      { at: obs, observedAt: obs, reason: 'ContainerNotReady', severity: 'warning', change: { type: 'ready', container: 'fetch', from: true, to: false } },
      { at: obs, observedAt: obs, reason: 'ContainerNotStarted', severity: 'info', change: { type: 'started', container: 'fetch', from: false, to: null } },
      {
        at: '2026-11-26T02:11:34.000Z',
        observedAt: obs,
        reason: 'Completed',
        severity: 'info',
        change: { type: 'container-state', container: 'migrate', role: 'init', from: { state: 'running', startedAt: '2026-11-26T02:11:28Z' }, to: terminated('Completed', 0, '2026-11-26T02:11:28Z', '2026-11-26T02:11:34Z') },
      },
      { at: obs, observedAt: obs, reason: 'ContainerReady', severity: 'info', change: { type: 'ready', container: 'migrate', from: false, to: true } },
      { at: obs, observedAt: obs, reason: 'ContainerNotStarted', severity: 'info', change: { type: 'started', container: 'migrate', from: true, to: false } },
      {
        at: '2026-11-26T02:11:35.000Z',
        observedAt: obs,
        reason: 'Running',
        severity: 'info',
        change: { type: 'container-state', container: 'app', role: 'app', from: { state: 'waiting', reason: 'PodInitializing', message: null }, to: { state: 'running', startedAt: '2026-11-26T02:11:35Z' } },
      },
      { at: obs, observedAt: obs, reason: 'ContainerReady', severity: 'info', change: { type: 'ready', container: 'app', from: false, to: true } },
      { at: obs, observedAt: obs, reason: 'ContainerStarted', severity: 'info', change: { type: 'started', container: 'app', from: false, to: true } },
    ]);
  });

  it('records nothing between two equal states, for every captured pod: a relist or a restart adds no phantom transition', () => {
    const all = [...sandboxCapture.pods(), ...sandboxCapture.podsRecaptured(), ...sandboxCapture.podsInitSteps()];
    const phantoms = all.flatMap((p) => deriveTransitions({ at: T_LIST, state: pod(p) }, { at: T_RECAPTURE, state: pod(JSON.parse(JSON.stringify(p))) }));
    expect(phantoms).toStrictEqual([]);
  });

  it('ignores what history does not keep: node heartbeats and resourceVersions between two captures of the same nodes', () => {
    const nodes = sandboxCapture.nodes();
    const later = sandboxCapture.nodesRecaptured();
    const changes = nodes.flatMap((n) => deriveTransitions({ at: T_LIST, state: snapshotOf('Node', n as AnyObject) }, { at: T_RECAPTURE, state: snapshotOf('Node', byName(later, n.metadata!.name!) as AnyObject) }));
    expect(changes).toStrictEqual([]);
  });

  it('starts a history with the whole baseline: "Observed" for an object listed when recording began, "Created" at its creation time for one added while watching', () => {
    const state = pod(byName(sandboxCapture.pods(), 'crash-loop'));
    expect(deriveTransitions(null, { at: T_LIST, state }, true)).toStrictEqual([{ at: T_LIST, observedAt: T_LIST, reason: 'Observed', severity: 'info', change: { type: 'observed', state, existed: true } }]);
    const fresh = { ...state, createdAt: '2026-11-26T02:10:08Z' };
    expect(deriveTransitions(null, { at: T_LIST, state: fresh })).toStrictEqual([
      { at: '2026-11-26T02:10:08.000Z', observedAt: T_LIST, reason: 'Created', severity: 'info', change: { type: 'observed', state: fresh, existed: false } },
    ]);
  });

  it('closes a history with the last changes then "deleted"', () => {
    const before = pod(byName(sandboxCapture.pods(), 'slow-delete'));
    const after = pod(byName(sandboxCapture.podsRecaptured(), 'slow-delete'));
    const end = '2026-11-26T02:11:31.000Z';
    expect(deriveDeletion({ at: '2026-11-26T02:11:30.000Z', state: after }, { at: end, state: after })).toStrictEqual([{ at: end, observedAt: end, reason: 'Deleted', severity: 'info', change: { type: 'deleted' } }]);
    expect(deriveDeletion({ at: T_LIST, state: before }, { at: end, state: after }).map((t) => t.change.type)).toStrictEqual(['deletion-started', 'deleted']);
  });
});

describe('deriveTransitions on captured workloads', () => {
  interface Capture {
    capturedAt: string;
    deployments: AnyObject[];
  }
  const deploy = (file: string) => {
    const c = loadFixture<Capture>(`workloads/${file}`);
    return { at: c.capturedAt, state: snapshotOf('Deployment', byName(c.deployments as { metadata?: { name?: string } }[], 'rollout-demo') as AnyObject) };
  };

  it('records a rollout’s start: the image diff with its generation step, the Progressing reason (at observation time: its lastTransitionTime predates the window) and the counts it moved', () => {
    const rev1 = deploy('rollout-demo-rev1.json');
    const rolling = deploy('rollout-demo-rolling-1.json');
    const at = '2026-12-03T13:36:30.586Z';
    const progressing = (reason: string, message: string) => cond('Progressing', 'True', '2026-12-03T13:36:12Z', reason, message);
    expect(rev1.at).toBe('2026-12-03T13:36:20.283Z');
    expect(deriveTransitions(rev1, rolling)).toStrictEqual([
      {
        at,
        observedAt: at,
        reason: 'ImageChanged',
        severity: 'info',
        change: { type: 'spec', generationFrom: 1, generationTo: 2, changes: [{ field: 'image', container: 'web', from: 'nginx:1.27', to: 'nginx:1.28' }] },
      },
      {
        at,
        observedAt: at,
        reason: 'Progressing=True',
        severity: 'info',
        change: {
          type: 'condition',
          condition: 'Progressing',
          from: progressing('NewReplicaSetAvailable', 'ReplicaSet "rollout-demo-5dc85f8597" has successfully progressed.'),
          to: progressing('ReplicaSetUpdated', 'ReplicaSet "rollout-demo-6cd7b545c8" is progressing.'),
        },
      },
      {
        at,
        observedAt: at,
        reason: 'StatusCounts',
        severity: 'warning',
        change: {
          type: 'counts',
          changes: [
            { field: 'availableReplicas', from: 4, to: 3 },
            { field: 'observedGeneration', from: 1, to: 2 },
            { field: 'readyReplicas', from: 4, to: 3 },
            { field: 'replicas', from: 4, to: 5 },
            { field: 'unavailableReplicas', from: null, to: 2 },
            { field: 'updatedReplicas', from: 4, to: 2 },
          ],
        },
      },
    ]);
  });
});

describe('classify', () => {
  it('calls a node going NotReady critical and a pod losing readiness a warning', () => {
    const notReady = cond('Ready', 'False', '2026-11-26T02:11:12Z');
    expect(classify('Node', { type: 'condition', condition: 'Ready', from: null, to: notReady })).toStrictEqual({ reason: 'Ready=False', severity: 'critical' });
    expect(classify('Pod', { type: 'condition', condition: 'Ready', from: null, to: notReady })).toStrictEqual({ reason: 'Ready=False', severity: 'warning' });
  });
  it('calls memory pressure turning True a warning and an OOM-killed restart critical', () => {
    expect(classify('Node', { type: 'condition', condition: 'MemoryPressure', from: null, to: cond('MemoryPressure', 'True', '2026-11-26T02:11:12Z') })).toStrictEqual({ reason: 'MemoryPressure=True', severity: 'warning' });
    expect(classify('Pod', { type: 'restart', container: 'app', role: 'app', from: 1, to: 2, lastTerminated: terminated('OOMKilled', 137, 'a', 'b') })).toStrictEqual({ reason: 'Restarted', severity: 'critical' });
  });
});

describe('sameData', () => {
  it('compares plain data regardless of key order', () => {
    expect(sameData({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], [2, 1])).toBe(false);
  });
});
