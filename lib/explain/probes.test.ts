import { describe, it, expect } from 'vitest';
import type { V1Container, V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { normalizeEvents } from './pod-events';
import { podEvent } from './pod-events.testkit';
import { explainProbe, explainProbes, probeHandler, probeTiming } from './probes';

const web: V1Pod = {
  metadata: { name: 'web', namespace: 'default', uid: 'b7c1e0aa-0000-4000-8000-000000000001' },
  spec: {
    containers: [
      {
        name: 'web',
        image: 'ghcr.io/example/web:2.1',
        startupProbe: { httpGet: { path: '/healthz', port: 'http' }, failureThreshold: 30, periodSeconds: 2 },
        livenessProbe: { httpGet: { path: '/healthz', port: 8080 } },
        readinessProbe: { exec: { command: ['cat', '/tmp/ready'] }, periodSeconds: 5 },
      },
    ],
  },
};

/** What the kubelet records while a liveness probe fails three times and the container is restarted. */
function livenessFailureEvents(pod: V1Pod) {
  return normalizeEvents([
    podEvent(pod, {
      reason: 'Unhealthy',
      type: 'Warning',
      message: 'Liveness probe failed: HTTP probe failed with statuscode: 500',
      component: 'kubelet',
      host: 'node-1',
      first: '2024-05-01T10:00:10Z',
      last: '2024-05-01T10:00:30Z',
      count: 3,
      container: 'web',
    }),
    podEvent(pod, {
      reason: 'Killing',
      message: 'Container web failed liveness probe, will be restarted',
      component: 'kubelet',
      host: 'node-1',
      first: '2024-05-01T10:00:30Z',
      container: 'web',
    }),
    podEvent(pod, {
      reason: 'Unhealthy',
      type: 'Warning',
      message: 'Readiness probe failed: ',
      component: 'kubelet',
      host: 'node-1',
      first: '2024-05-01T10:00:25Z',
      container: 'web',
    }),
  ]);
}

describe('probeTiming', () => {
  it('fills the apiserver defaults: delay 0, period 10, timeout 1, success 1, failure 3', () => {
    expect(probeTiming({ tcpSocket: { port: 80 } })).toStrictEqual({
      timing: { initialDelaySeconds: 0, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
      defaulted: ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'successThreshold', 'failureThreshold'],
    });
  });
});

describe('probeHandler', () => {
  it.each([
    [{ exec: { command: ['cat', '/tmp/ready'] } }, { type: 'exec', command: ['cat', '/tmp/ready'] }],
    [{ httpGet: { path: '/healthz', port: 'http' } }, { type: 'httpGet', scheme: 'HTTP', host: null, port: 'http', path: '/healthz' }],
    [{ tcpSocket: { port: 8080 } }, { type: 'tcpSocket', host: null, port: 8080 }],
    [{ grpc: { port: 9000 } }, { type: 'grpc', port: 9000, service: null }],
  ])('describes %j', (probe, expected) => {
    expect(probeHandler(probe as never)).toStrictEqual(expected);
  });
});

describe('explainProbes', () => {
  it('explains the captured tcpSocket readiness probe that never passes, and the absent probes as passing', () => {
    const pod = loadFixture<V1Pod>('pods/minikube-running-not-ready-readiness-tcp-failing.json');
    const container = pod.spec?.containers[0] as V1Container;
    const probes = explainProbes(container, pod.status?.containerStatuses?.[0], [], 'Always', 'spec.containers[0]', 'status.containerStatuses[0]');
    const absent = (kind: 'startup' | 'liveness', conceptId: 'startup-probe' | 'liveness-probe') => ({
      kind,
      conceptId,
      configured: false,
      handler: null,
      successCriterion: null,
      timing: null,
      defaulted: [],
      secondsUntilAction: null,
      gatedByStartup: false,
      onFailure: 'kill-and-restart',
      restartsContainer: true,
      evidence: { flag: null, failures: 0, lastFailureMessage: null, lastFailureAt: null, restartsCaused: 0, paths: [] },
    });
    expect(probes).toStrictEqual([
      absent('startup', 'startup-probe'),
      absent('liveness', 'liveness-probe'),
      {
        kind: 'readiness',
        conceptId: 'readiness-probe',
        configured: true,
        handler: { type: 'tcpSocket', host: null, port: 8080 },
        successCriterion: 'tcp-connect',
        timing: { initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 },
        defaulted: [],
        // 10 s delay + 3 failures × 10 s
        secondsUntilAction: 40,
        gatedByStartup: false,
        onFailure: 'mark-not-ready',
        restartsContainer: false,
        evidence: {
          flag: false,
          failures: 0,
          lastFailureMessage: null,
          lastFailureAt: null,
          restartsCaused: 0,
          paths: ['spec.containers[0].readinessProbe', 'status.containerStatuses[0].ready'],
        },
      },
    ]);
  });

  it('lets a startup probe gate liveness and readiness, giving the app initialDelay + 30 × 2 s to start', () => {
    const container = web.spec?.containers[0] as V1Container;
    const [startup, liveness, readiness] = explainProbes(container, undefined, [], 'Always', 'spec.containers[0]', null);
    expect(startup?.secondsUntilAction).toBe(60);
    expect(startup?.gatedByStartup).toBe(false);
    expect(liveness?.gatedByStartup).toBe(true);
    expect(readiness?.gatedByStartup).toBe(true);
    expect(startup?.onFailure).toBe('kill-and-restart');
  });

  it('matches Unhealthy events to the probe by message prefix and counts liveness restarts from Killing events', () => {
    const container = web.spec?.containers[0] as V1Container;
    const status = { name: 'web', image: 'ghcr.io/example/web:2.1', imageID: '', ready: false, restartCount: 1, started: true };
    const liveness = explainProbe('liveness', container, status, livenessFailureEvents(web), 'Always', 'spec.containers[0]', 'status.containerStatuses[0]');
    expect(liveness.evidence).toStrictEqual({
      flag: null,
      failures: 3,
      lastFailureMessage: 'Liveness probe failed: HTTP probe failed with statuscode: 500',
      lastFailureAt: '2024-05-01T10:00:30Z',
      restartsCaused: 1,
      paths: ['spec.containers[0].livenessProbe', 'events[reason=Unhealthy].message', 'events[reason=Killing].message'],
    });
  });

  it('never restarts a container for a failed readiness probe, whatever the restart policy', () => {
    const container = web.spec?.containers[0] as V1Container;
    for (const policy of ['Always', 'OnFailure', 'Never']) {
      const readiness = explainProbe('readiness', container, undefined, livenessFailureEvents(web), policy, 'spec.containers[0]', null);
      expect(readiness.onFailure).toBe('mark-not-ready');
      expect(readiness.restartsContainer).toBe(false);
      // The liveness Killing event is not blamed on readiness.
      expect(readiness.evidence.restartsCaused).toBe(0);
      expect(readiness.evidence.failures).toBe(1);
    }
  });

  it('kills without restarting when the restart policy is Never', () => {
    const container = web.spec?.containers[0] as V1Container;
    expect(explainProbe('liveness', container, undefined, [], 'Never', 'spec.containers[0]', null)).toMatchObject({
      onFailure: 'kill',
      restartsContainer: false,
    });
  });
});
