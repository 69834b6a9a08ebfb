import type { ContainerSnapshot, HistoryEvent, HistoryTransition, ObjectSnapshot, ObjectTimeline } from '@/lib/contract/history';

/*
 * The crash-loop pod of the sandbox (explain-demo/crash-loop: busybox exits 1
 * because its config file is missing) as the recorder sees it from its
 * creation: scheduled, started, exit 1, CrashLoopBackOff, restart, and its
 * Events (BackOff ×3 still on the apiserver, the first Pulled kept by
 * kube-explain after the apiserver dropped it). Times as the sandbox reported them.
 */

const app = (over: Partial<ContainerSnapshot>): ContainerSnapshot => ({
  name: 'app',
  role: 'app',
  sidecar: false,
  image: 'busybox:1.36',
  ready: false,
  started: false,
  restartCount: 0,
  state: { state: 'waiting', reason: 'ContainerCreating', message: null },
  lastTerminated: null,
  ...over,
});

export const crashLoopBaseline: ObjectSnapshot = {
  kind: 'Pod',
  createdAt: '2026-12-03T15:00:00Z',
  labels: { app: 'crash-loop' },
  owner: null,
  generation: 1,
  phase: 'Pending',
  reason: null,
  message: null,
  nodeName: null,
  restartPolicy: 'Always',
  conditions: [{ type: 'PodScheduled', status: 'False', reason: null, message: null, lastTransitionTime: null }],
  containers: [app({ state: null })],
  spec: { images: { app: 'busybox:1.36' }, replicas: null, resources: {} },
  counts: {},
  deletion: null,
};

const exit1 = { state: 'terminated', reason: 'Error', message: null, exitCode: 1, signal: null, startedAt: '2026-12-03T15:00:03Z', finishedAt: '2026-12-03T15:00:04Z' } as const;

const tr = (seq: number, at: string, reason: string, severity: HistoryTransition['severity'], change: HistoryTransition['change']): HistoryTransition => ({ seq, at, observedAt: at, reason, severity, change });

export const crashLoopTransitions: HistoryTransition[] = [
  tr(1, '2026-12-03T15:00:00Z', 'Pending', 'info', { type: 'observed', state: crashLoopBaseline, existed: false }),
  tr(2, '2026-12-03T15:00:01Z', 'Scheduled', 'info', { type: 'scheduled', from: null, to: 'sandbox-worker2' }),
  tr(3, '2026-12-03T15:00:01Z', 'PodScheduled=True', 'info', {
    type: 'condition',
    condition: 'PodScheduled',
    from: crashLoopBaseline.conditions[0]!,
    to: { type: 'PodScheduled', status: 'True', reason: null, message: null, lastTransitionTime: '2026-12-03T15:00:01Z' },
  }),
  tr(4, '2026-12-03T15:00:03Z', 'Running', 'info', { type: 'phase', from: 'Pending', to: 'Running' }),
  tr(5, '2026-12-03T15:00:03Z', 'Running', 'info', { type: 'container-state', container: 'app', role: 'app', from: null, to: { state: 'running', startedAt: '2026-12-03T15:00:03Z' } }),
  tr(6, '2026-12-03T15:00:04Z', 'Error', 'warning', { type: 'container-state', container: 'app', role: 'app', from: { state: 'running', startedAt: '2026-12-03T15:00:03Z' }, to: exit1 }),
  tr(7, '2026-12-03T15:00:05Z', 'CrashLoopBackOff', 'critical', {
    type: 'container-state',
    container: 'app',
    role: 'app',
    from: exit1,
    to: { state: 'waiting', reason: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container=app pod=crash-loop_explain-demo' },
  }),
  tr(8, '2026-12-03T15:00:05Z', 'Restarted', 'warning', { type: 'restart', container: 'app', role: 'app', from: 0, to: 1, lastTerminated: exit1 }),
];

export const crashLoopEvents: HistoryEvent[] = [
  {
    uid: 'ev-backoff',
    namespace: 'explain-demo',
    involved: { kind: 'Pod', name: 'crash-loop', uid: 'pod-uid-1', fieldPath: 'spec.containers{app}' },
    type: 'Warning',
    reason: 'BackOff',
    message: 'Back-off restarting failed container',
    count: 3,
    firstTimestamp: '2026-12-03T15:00:05Z',
    lastTimestamp: '2026-12-03T15:00:40Z',
    source: 'kubelet',
    firstSeenAt: '2026-12-03T15:00:05Z',
    lastSeenAt: '2026-12-03T15:00:40Z',
    goneAt: null,
    counts: [
      ['2026-12-03T15:00:05Z', 1],
      ['2026-12-03T15:00:20Z', 2],
      ['2026-12-03T15:00:40Z', 3],
    ],
  },
  {
    uid: 'ev-pulled',
    namespace: 'explain-demo',
    involved: { kind: 'Pod', name: 'crash-loop', uid: 'pod-uid-1', fieldPath: 'spec.containers{app}' },
    type: 'Normal',
    reason: 'Pulled',
    message: 'Successfully pulled image',
    count: 1,
    firstTimestamp: '2026-12-03T15:00:02Z',
    lastTimestamp: '2026-12-03T15:00:02Z',
    source: 'kubelet',
    firstSeenAt: '2026-12-03T15:00:02Z',
    lastSeenAt: '2026-12-03T15:00:02Z',
    goneAt: '2026-12-03T16:00:02Z',
    counts: [['2026-12-03T15:00:02Z', 1]],
  },
];

export const crashLoopTimeline: ObjectTimeline = {
  ref: { context: 'kube-explain-sandbox', kind: 'Pod', namespace: 'explain-demo', name: 'crash-loop', uid: 'pod-uid-1' },
  firstObservedAt: '2026-12-03T15:00:00Z',
  lastObservedAt: '2026-12-03T15:00:40Z',
  deletedAt: null,
  lastState: crashLoopBaseline,
  transitions: crashLoopTransitions,
  events: crashLoopEvents,
  incarnations: [],
  since: [],
  historyStart: '2026-12-03T14:00:00Z',
  truncated: false,
};
