import { describe, expect, it } from 'vitest';
import { explainPod } from '@/lib/explain/pod';
import { deriveTransitions } from './derive';
import { applyChange, eventAt, parseResources, podAt, reconstructAt, snapshotToPod, stateSeries } from './reconstruct';
import { sinceWhen } from './since';
import { snapshotOf } from './snapshot';
import { timelineMarkdown } from './export';
import { capturedTimeline, replayWatch, watchCapture } from './watch-sequence.testdata';

// A fresh crash-loop pod watched from creation to deletion in the sandbox (lib/testing/captured/history).
describe('a captured crash loop, from creation to deletion', () => {
  it('derives the whole timeline: scheduling, each run’s start and Error exit, the restart steps, CrashLoopBackOff after each, deletion', () => {
    // One later run: started (object time, then the observation), Error exit with the readiness dip, the restart step, back-off.
    // The restart step lands 1 ms after the observation that showed the exit (facts come strictly after the state they change).
    const plus1 = (iso: string) => new Date(Date.parse(iso) + 1).toISOString();
    const run = (start: string, startObserved: string, end: string, endObserved: string, backOff: string) => [
      [start, 'Running', 'info'],
      [startObserved, 'ContainerStarted', 'info'],
      [end, 'ContainersReady=False', 'warning'],
      [end, 'Ready=False', 'warning'],
      [end, 'Error', 'warning'],
      [endObserved, 'ContainerNotStarted', 'info'],
      [backOff, 'CrashLoopBackOff', 'critical'],
      [plus1(endObserved), 'Restarted', 'warning'],
    ];
    const got = replayWatch('crash-loop').map((t) => [t.at, t.reason, t.severity]);
    expect(got).toStrictEqual([
      ['2026-12-03T16:49:39.000Z', 'Created', 'info'],
      ['2026-12-03T16:49:39.462Z', 'Scheduled', 'info'],
      ['2026-12-03T16:49:39.462Z', 'PodScheduled=True', 'info'],
      ['2026-12-03T16:49:39.464Z', 'ContainersReady=False', 'warning'],
      ['2026-12-03T16:49:39.464Z', 'Initialized=True', 'info'],
      ['2026-12-03T16:49:39.464Z', 'PodReadyToStartContainers=True', 'info'],
      ['2026-12-03T16:49:39.464Z', 'Ready=False', 'warning'],
      ['2026-12-03T16:49:39.946Z', 'ContainerCreating', 'info'],
      ['2026-12-03T16:49:39.946Z', 'ContainerNotStarted', 'info'],
      ['2026-12-03T16:49:41.777Z', 'Running', 'info'],
      ['2026-12-03T16:49:41.000Z', 'ContainersReady=True', 'info'],
      ['2026-12-03T16:49:41.000Z', 'Ready=True', 'info'],
      ['2026-12-03T16:49:41.000Z', 'Running', 'info'],
      ['2026-12-03T16:49:41.777Z', 'ContainerReady', 'info'],
      ['2026-12-03T16:49:41.777Z', 'ContainerStarted', 'info'],
      ['2026-12-03T16:49:43.000Z', 'ContainersReady=False', 'warning'],
      ['2026-12-03T16:49:43.000Z', 'Ready=False', 'warning'],
      ['2026-12-03T16:49:43.000Z', 'Error', 'warning'],
      ['2026-12-03T16:49:43.813Z', 'ContainerNotReady', 'warning'],
      ['2026-12-03T16:49:43.813Z', 'ContainerNotStarted', 'info'],
      ['2026-12-03T16:49:44.334Z', 'CrashLoopBackOff', 'critical'],
      ['2026-12-03T16:49:43.814Z', 'Restarted', 'warning'],
      // From the second run on, the container is never reported ready.
      ...run('2026-12-03T16:49:54.000Z', '2026-12-03T16:49:54.347Z', '2026-12-03T16:49:56.000Z', '2026-12-03T16:49:56.358Z', '2026-12-03T16:49:56.872Z'),
      ...run('2026-12-03T16:50:16.000Z', '2026-12-03T16:50:16.953Z', '2026-12-03T16:50:18.000Z', '2026-12-03T16:50:18.964Z', '2026-12-03T16:50:19.477Z'),
      ...run('2026-12-03T16:50:59.000Z', '2026-12-03T16:50:59.482Z', '2026-12-03T16:51:01.000Z', '2026-12-03T16:51:01.490Z', '2026-12-03T16:51:02.030Z'),
      ...run('2026-12-03T16:52:22.000Z', '2026-12-03T16:52:22.052Z', '2026-12-03T16:52:24.000Z', '2026-12-03T16:52:24.062Z', '2026-12-03T16:52:24.572Z'),
      ['2026-12-03T16:53:40.000Z', 'Terminating', 'info'],
      ['2026-12-03T16:53:40.141Z', 'Deleted', 'info'],
    ]);
  });

  it('records each restart step with the exit code and times of the run that ended', () => {
    const restarts = replayWatch('crash-loop').filter((t) => t.change.type === 'restart');
    expect(restarts.map((t) => t.change)).toStrictEqual(
      [
        ['16:49:41', '16:49:43'],
        ['16:49:54', '16:49:56'],
        ['16:50:16', '16:50:18'],
        ['16:50:59', '16:51:01'],
        ['16:52:22', '16:52:24'],
      ].map(([started, finished], i) => ({
        type: 'restart',
        container: 'app',
        role: 'app',
        from: i,
        to: i + 1,
        lastTerminated: { state: 'terminated', reason: 'Error', message: null, exitCode: 1, signal: null, startedAt: `2026-12-03T${started}Z`, finishedAt: `2026-12-03T${finished}Z` },
      })),
    );
  });

  it('reconstructs, at each observation, exactly the state that was observed', () => {
    const t = capturedTimeline('crash-loop');
    const observed = watchCapture().pods.filter((p) => p.object.metadata.name === 'crash-loop');
    const mismatches = observed.filter((e) => JSON.stringify(reconstructAt(t, e.receivedAt)) !== JSON.stringify(snapshotOf('Pod', e.object)));
    expect(mismatches.map((e) => e.receivedAt)).toStrictEqual([]);
    expect(reconstructAt(t, '2026-12-03T16:49:38.000Z')).toBeNull();
  });

  it('reconstructs the init-demo pod at every observation too, init containers included', () => {
    const t = capturedTimeline('init-demo');
    const observed = watchCapture().pods.filter((p) => p.object.metadata.name === 'init-demo');
    const mismatches = observed.filter((e) => JSON.stringify(reconstructAt(t, e.receivedAt)) !== JSON.stringify(snapshotOf('Pod', e.object)));
    expect(mismatches.map((e) => e.receivedAt)).toStrictEqual([]);
  });

  it('says since when it has been crash-looping: the first CrashLoopBackOff, 5 restarts since then', () => {
    const t = capturedTimeline('crash-loop');
    const before = { transitions: t.transitions.filter((x) => x.at < '2026-12-03T16:53:00.000Z') };
    expect(sinceWhen(before, { id: 'crash-loop-backoff', params: { container: 'app' } }, new Date('2026-12-03T16:53:00.000Z'))).toStrictEqual({
      diagnosisId: 'crash-loop-backoff',
      subject: 'app',
      since: '2026-12-03T16:49:44.334Z',
      exact: true,
      restartsSince: 4,
      restartCount: 5,
    });
  });

  it('ends a crash-loop episode after a run of ten minutes (the kubelet’s back-off reset)', () => {
    const t = capturedTimeline('crash-loop');
    const base = t.transitions.filter((x) => x.at < '2026-12-03T16:52:00.000Z');
    const last = stateSeries({ transitions: base }).at(-1)!.state;
    const runningLong = { ...last, containers: last.containers.map((c) => ({ ...c, state: { state: 'running' as const, startedAt: '2026-12-03T16:52:00Z' }, ready: true })) };
    const backOff = { ...last, containers: last.containers.map((c) => ({ ...c, restartCount: c.restartCount + 1 })) };
    const extra = [
      ...deriveTransitions({ at: '2026-12-03T16:51:59.000Z', state: last }, { at: '2026-12-03T16:52:00.000Z', state: runningLong }),
      ...deriveTransitions({ at: '2026-12-03T16:52:00.000Z', state: runningLong }, { at: '2026-12-03T17:05:00.000Z', state: backOff }),
    ].map((x, i) => ({ ...x, seq: 1000 + i }));
    expect(sinceWhen({ transitions: [...base, ...extra] }, { id: 'crash-loop-backoff', params: { container: 'app' } }, new Date('2026-12-03T17:06:00.000Z'))).toStrictEqual({
      diagnosisId: 'crash-loop-backoff',
      subject: 'app',
      since: '2026-12-03T17:05:00.000Z',
      exact: true,
      restartsSince: 0,
      restartCount: 5,
    });
  });

  it('replays the pod for the pod page: at 16:50:00 it was backing off after its 2nd restart, and the explainer diagnoses a crash loop', () => {
    const t = capturedTimeline('crash-loop');
    const replay = podAt(t, '2026-12-03T16:50:00.000Z')!;
    const status = replay.pod.status!.containerStatuses![0];
    expect(status).toStrictEqual({
      name: 'app',
      image: 'busybox:1.36',
      imageID: '',
      ready: false,
      restartCount: 2,
      started: false,
      state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off 20s restarting failed container=app pod=crash-loop_hist-capture-e(${t.ref.uid})` } },
      lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: '2026-12-03T16:49:54Z', finishedAt: '2026-12-03T16:49:56Z' } },
    });
    expect(explainPod(replay.pod, { now: new Date('2026-12-03T16:50:00.000Z'), events: replay.events }).diagnoses.map((d) => d.id)).toStrictEqual(['crash-loop-backoff']);
  });
});

describe('applyChange', () => {
  it('leaves the input untouched and applies spec image changes to the container too', () => {
    const t = capturedTimeline('crash-loop');
    const state = reconstructAt(t, '2026-12-03T16:50:00.000Z')!;
    const copy = JSON.parse(JSON.stringify(state));
    const next = applyChange(state, { type: 'spec', generationFrom: null, generationTo: null, changes: [{ field: 'image', container: 'app', from: 'busybox:1.36', to: 'busybox:1.37' }] })!;
    expect(state).toStrictEqual(copy);
    expect([next.spec.images.app, next.containers[0]?.image]).toStrictEqual(['busybox:1.37', 'busybox:1.37']);
  });
});

describe('snapshotToPod and eventAt', () => {
  it('turns recorded requests and limits back into resource requirements', () => {
    expect(parseResources('requests cpu=100m,memory=64Mi; limits memory=128Mi')).toStrictEqual({ requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '128Mi' } });
    expect(parseResources(undefined)).toBeUndefined();
  });

  it('gives a kept event the count it had at the moment replayed, and nothing before it happened', () => {
    const kept = {
      uid: 'e1',
      namespace: 'demo',
      involved: { kind: 'Pod', name: 'p', uid: 'u', fieldPath: null },
      type: 'Warning',
      reason: 'BackOff',
      message: 'Back-off restarting failed container',
      count: 3,
      firstTimestamp: '2026-12-03T16:49:44Z',
      lastTimestamp: '2026-12-03T16:50:19Z',
      source: 'kubelet',
      firstSeenAt: '2026-12-03T16:49:44.400Z',
      lastSeenAt: '2026-12-03T16:50:19.500Z',
      goneAt: null,
      counts: [
        ['2026-12-03T16:49:44Z', 1],
        ['2026-12-03T16:49:56Z', 2],
        ['2026-12-03T16:50:19Z', 3],
      ] as [string, number][],
    };
    expect(eventAt(kept, '2026-12-03T16:49:00Z')).toBeNull();
    expect(eventAt(kept, '2026-12-03T16:50:00Z')).toMatchObject({ count: 2, lastTimestamp: '2026-12-03T16:49:56Z', reason: 'BackOff' });
    expect(eventAt(kept, '2026-12-03T16:51:00Z')).toMatchObject({ count: 3, lastTimestamp: '2026-12-03T16:50:19Z' });
  });

  it('rebuilds the pod’s identity, owner and deletion for the views', () => {
    const t = capturedTimeline('init-demo');
    const pod = snapshotToPod(t.ref, reconstructAt(t, '2026-12-03T16:52:59.900Z')!);
    expect({ meta: { name: pod.metadata?.name, namespace: pod.metadata?.namespace, deletionTimestamp: pod.metadata?.deletionTimestamp }, init: pod.spec?.initContainers?.map((c) => c.name), phase: pod.status?.phase }).toStrictEqual({
      meta: { name: 'init-demo', namespace: 'hist-capture-e', deletionTimestamp: '2026-12-03T16:53:29Z' },
      init: ['fetch-config', 'migrate'],
      phase: 'Running',
    });
  });
});

describe('timelineMarkdown', () => {
  it('writes a bug-report Markdown with the end state, every transition and the kept events marked', () => {
    const t = capturedTimeline('crash-loop');
    const md = timelineMarkdown({
      ...t,
      firstObservedAt: '2026-12-03T16:49:39.461Z',
      lastObservedAt: '2026-12-03T16:53:40.141Z',
      deletedAt: '2026-12-03T16:53:40.141Z',
      lastState: reconstructAt(t, '2026-12-03T16:54:00.000Z')!,
      events: [
        {
          uid: 'e1',
          namespace: 'hist-capture-e',
          involved: { kind: 'Pod', name: 'crash-loop', uid: t.ref.uid, fieldPath: 'spec.containers{app}' },
          type: 'Warning',
          reason: 'BackOff',
          message: 'Back-off restarting failed container app',
          count: 5,
          firstTimestamp: '2026-12-03T16:49:44Z',
          lastTimestamp: '2026-12-03T16:52:24Z',
          source: 'kubelet',
          firstSeenAt: '2026-12-03T16:49:44.327Z',
          lastSeenAt: '2026-12-03T16:52:24.574Z',
          goneAt: '2026-12-03T17:53:00.000Z',
          counts: [],
        },
      ],
      incarnations: [],
      since: [],
      truncated: false,
    });
    const lines = md.split('\n');
    expect(lines.slice(0, 8)).toStrictEqual([
      '# Pod hist-capture-e/crash-loop — timeline',
      '',
      '- context: sandbox',
      `- uid: ${t.ref.uid}`,
      '- observed: 2026-12-03T16:49:39.461Z … 2026-12-03T16:53:40.141Z',
      '- deleted at 2026-12-03T16:53:40.141Z (kept by kube-explain)',
      '- last phase: Running',
      '- container app (app): waiting CrashLoopBackOff, restarts 5, last exit Error 1',
    ]);
    expect(lines.filter((l) => l.includes('restarted'))).toHaveLength(5);
    expect(lines).toContain('| 2026-12-03T16:52:24.063Z | warning | Restarted | container app restarted (4 → 5); previous run ended: Error, exit code 1 |');
    expect(lines).toContain('| 2026-12-03T16:49:44Z | 2026-12-03T16:52:24Z | Warning | BackOff | 5 | Back-off restarting failed container app (kept by kube-explain) |');
  });
});
