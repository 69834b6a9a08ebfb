import { describe, it, expect } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { deletionFlow } from './pod-deletion-flow';
import { normalizeEvents } from './pod-events';
import { podEvent } from './pod-events.testkit';

/** A Deployment pod with a 5 s preStop sleep, deleted at 10:00:00 with the default 30 s grace period. */
function deletedWeb(overrides: { state?: NonNullable<V1Pod['status']>['containerStatuses']; finalizers?: string[]; phase?: string } = {}): V1Pod {
  return {
    metadata: {
      name: 'web-5d9c7b8f4-x2x7k',
      namespace: 'shop',
      uid: '6f1d2c3b-1111-4a5b-9c8d-0123456789ab',
      creationTimestamp: '2024-05-01T09:00:00Z' as unknown as Date,
      // deletionTimestamp = time of the request + grace period: the deadline.
      deletionTimestamp: '2024-05-01T10:00:30Z' as unknown as Date,
      deletionGracePeriodSeconds: 30,
      labels: { app: 'web' },
      ...(overrides.finalizers ? { finalizers: overrides.finalizers } : {}),
    },
    spec: {
      nodeName: 'node-1',
      terminationGracePeriodSeconds: 30,
      containers: [{ name: 'web', image: 'ghcr.io/example/web:2.1', lifecycle: { preStop: { sleep: { seconds: 5 } } } }],
    },
    status: {
      phase: overrides.phase ?? 'Running',
      podIP: '10.244.1.7',
      containerStatuses: overrides.state ?? [
        {
          name: 'web',
          image: 'ghcr.io/example/web:2.1',
          imageID: 'ghcr.io/example/web@sha256:aa',
          containerID: 'containerd://1111',
          ready: true,
          restartCount: 0,
          started: true,
          state: { running: { startedAt: '2024-05-01T09:00:03Z' as unknown as Date } },
        },
      ],
    },
  };
}

const killing = (pod: V1Pod) =>
  podEvent(pod, { reason: 'Killing', message: 'Stopping container web', component: 'kubelet', host: 'node-1', first: '2024-05-01T10:00:00Z', container: 'web' });

describe('deletionFlow', () => {
  it('is null for a pod nobody is deleting', () => {
    expect(deletionFlow(loadFixture<V1Pod>('pods/minikube-running-ready-nginx.json'), [], new Date())).toBeNull();
  });

  it('counts down to the deadline while the preStop hook runs and the endpoint is already terminating', () => {
    const pod = deletedWeb();
    const flow = deletionFlow(pod, normalizeEvents([killing(pod)]), new Date('2024-05-01T10:00:03Z'), ['web']);
    expect(flow).toStrictEqual({
      deadline: '2024-05-01T10:00:30Z',
      requestedAt: '2024-05-01T10:00:00Z',
      gracePeriodSeconds: 30,
      gracePeriodSource: 'metadata.deletionGracePeriodSeconds',
      secondsLeft: 27,
      overdue: false,
      force: false,
      finalizers: [],
      steps: [
        {
          id: 'deletion-requested',
          state: 'done',
          component: 'kube-apiserver',
          conceptIds: ['pod-deletion-flow', 'kube-apiserver'],
          at: '2024-05-01T10:00:00Z',
          evidence: [
            { kind: 'field', path: 'metadata.deletionTimestamp', value: '2024-05-01T10:00:30Z' },
            { kind: 'field', path: 'metadata.deletionGracePeriodSeconds', value: 30 },
          ],
          params: { gracePeriodSeconds: 30 },
          secondsSincePrevious: null,
        },
        {
          id: 'endpoints-terminating',
          state: 'done',
          component: 'kube-controller-manager',
          conceptIds: ['endpointslice', 'service'],
          at: '2024-05-01T10:00:00Z',
          evidence: [],
          params: { services: 'web' },
          secondsSincePrevious: 0,
        },
        {
          id: 'prestop-hook',
          state: 'current',
          component: 'kubelet',
          conceptIds: ['pod-deletion-flow', 'kubelet'],
          at: '2024-05-01T10:00:00Z',
          evidence: [
            {
              kind: 'event',
              reason: 'Killing',
              component: 'kubelet',
              firstAt: '2024-05-01T10:00:00Z',
              lastAt: '2024-05-01T10:00:00Z',
              count: 1,
              message: 'Stopping container web',
              path: 'events[reason=Killing].message',
            },
          ],
          params: { containers: 'web' },
          secondsSincePrevious: 0,
        },
        {
          id: 'stop-signal',
          state: 'not-reached',
          component: 'container-runtime',
          conceptIds: ['pod-deletion-flow', 'container-runtime'],
          at: null,
          evidence: [
            {
              kind: 'event',
              reason: 'Killing',
              component: 'kubelet',
              firstAt: '2024-05-01T10:00:00Z',
              lastAt: '2024-05-01T10:00:00Z',
              count: 1,
              message: 'Stopping container web',
              path: 'events[reason=Killing].message',
            },
          ],
          params: { signal: 'SIGTERM', imageStopSignalMayOverride: 1 },
          secondsSincePrevious: null,
        },
        {
          id: 'sigkill',
          state: 'not-reached',
          component: 'container-runtime',
          conceptIds: ['pod-deletion-flow', 'container-runtime'],
          at: null,
          evidence: [],
          params: { secondsLeft: 27 },
          secondsSincePrevious: null,
        },
        {
          id: 'finalizers',
          state: 'skipped',
          component: 'kube-apiserver',
          conceptIds: ['finalizers'],
          at: null,
          evidence: [],
          params: {},
          secondsSincePrevious: null,
        },
        {
          id: 'removed',
          state: 'not-reached',
          component: 'kube-apiserver',
          conceptIds: ['pod-deletion-flow', 'etcd'],
          at: null,
          evidence: [],
          params: {},
          secondsSincePrevious: null,
        },
      ],
    });
  });

  it('shows a finalizer holding the object after the containers exited on SIGTERM', () => {
    const pod = deletedWeb({
      finalizers: ['example.com/drain'],
      phase: 'Succeeded',
      state: [
        {
          name: 'web',
          image: 'ghcr.io/example/web:2.1',
          imageID: 'ghcr.io/example/web@sha256:aa',
          containerID: 'containerd://1111',
          ready: false,
          restartCount: 0,
          started: false,
          state: {
            terminated: {
              exitCode: 0,
              reason: 'Completed',
              startedAt: '2024-05-01T09:00:03Z' as unknown as Date,
              finishedAt: '2024-05-01T10:00:06Z' as unknown as Date,
            },
          },
        },
      ],
    });
    const flow = deletionFlow(pod, normalizeEvents([killing(pod)]), new Date('2024-05-01T10:02:00Z'), []);
    expect(flow?.steps.map((s) => `${s.id}:${s.state}`)).toStrictEqual([
      'deletion-requested:done',
      // No Service selects it: nothing to mark.
      'endpoints-terminating:skipped',
      'prestop-hook:done',
      'stop-signal:done',
      // It exited 24 s before the deadline, so no SIGKILL was needed.
      'sigkill:skipped',
      'finalizers:current',
      'removed:not-reached',
    ]);
    expect(flow).toMatchObject({ overdue: true, secondsLeft: -90, finalizers: ['example.com/drain'] });
    expect(flow?.steps[3]?.evidence.at(-1)).toStrictEqual({
      kind: 'field',
      path: 'status.containerStatuses[0].state.terminated.finishedAt',
      value: '2024-05-01T10:00:06Z',
    });
  });

  it('records SIGKILL when the runtime had to kill the container at the deadline', () => {
    const pod = deletedWeb({
      state: [
        {
          name: 'web',
          image: 'ghcr.io/example/web:2.1',
          imageID: '',
          ready: false,
          restartCount: 0,
          state: { terminated: { exitCode: 137, reason: 'Error', finishedAt: '2024-05-01T10:00:30Z' as unknown as Date } },
        },
      ],
    });
    const flow = deletionFlow(pod, normalizeEvents([killing(pod)]), new Date('2024-05-01T10:00:31Z'));
    expect(flow?.steps.find((s) => s.id === 'sigkill')).toMatchObject({ state: 'done', at: '2024-05-01T10:00:30Z' });
  });

  it('takes the grace period from the spec when the object lacks deletionGracePeriodSeconds (the edited capture)', () => {
    const pod = loadFixture<V1Pod>('pods/minikube-pending-with-deletiontimestamp-EDITED.json');
    const flow = deletionFlow(pod, [], new Date('2018-12-03T10:16:30Z'));
    expect(flow).toMatchObject({
      deadline: '2018-12-03T10:16:04Z',
      requestedAt: '2018-12-03T10:15:34Z',
      gracePeriodSeconds: 30,
      gracePeriodSource: 'spec.terminationGracePeriodSeconds',
      secondsLeft: -26,
      overdue: true,
      force: false,
    });
    // No container ever ran, so there was nothing to signal; only the removal is outstanding.
    expect(flow?.steps.map((s) => `${s.id}:${s.state}`)).toStrictEqual([
      'deletion-requested:done',
      'endpoints-terminating:done',
      'prestop-hook:skipped',
      'stop-signal:skipped',
      'sigkill:skipped',
      'finalizers:skipped',
      'removed:current',
    ]);
  });

  it('waits on the stop signal of a pod whose node never acted, even past the deadline', () => {
    const pod = deletedWeb();
    if (pod.spec?.containers[0]) pod.spec.containers[0].lifecycle = undefined;
    const flow = deletionFlow(pod, [], new Date('2024-05-01T10:10:00Z'));
    expect(flow?.overdue).toBe(true);
    expect(flow?.steps.map((s) => `${s.id}:${s.state}`)).toStrictEqual([
      'deletion-requested:done',
      'endpoints-terminating:done',
      'prestop-hook:skipped',
      'stop-signal:current',
      'sigkill:not-reached',
      'finalizers:skipped',
      'removed:not-reached',
    ]);
  });

  it('flags a forced deletion with grace period 0', () => {
    const pod = deletedWeb();
    if (pod.metadata) {
      pod.metadata.deletionGracePeriodSeconds = 0;
      pod.metadata.deletionTimestamp = '2024-05-01T10:00:00Z' as unknown as Date;
    }
    expect(deletionFlow(pod, [], new Date('2024-05-01T10:00:00Z'))).toMatchObject({
      force: true,
      gracePeriodSeconds: 0,
      requestedAt: '2024-05-01T10:00:00Z',
      secondsLeft: 0,
      overdue: false,
    });
  });

  it('uses the container stop signal when lifecycle.stopSignal overrides SIGTERM', () => {
    const pod = deletedWeb();
    if (pod.spec?.containers[0]) pod.spec.containers[0].lifecycle = { stopSignal: 'SIGQUIT' };
    const flow = deletionFlow(pod, [], new Date('2024-05-01T10:00:01Z'));
    expect(flow?.steps.find((s) => s.id === 'stop-signal')?.params).toStrictEqual({ signal: 'SIGQUIT', imageStopSignalMayOverride: 0 });
  });
});
