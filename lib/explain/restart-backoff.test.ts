import { describe, it, expect } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import {
  RESTART_BACKOFF_SCHEDULE,
  backoffDelaySeconds,
  estimateBackoff,
  parseBackoffMessage,
} from './restart-backoff';

describe('restart back-off', () => {
  it('restarts the first exit at once, then waits 10 s doubling to a 300 s cap', () => {
    expect(RESTART_BACKOFF_SCHEDULE).toStrictEqual([
      { restartCount: 0, delaySeconds: 0, orMore: false },
      { restartCount: 1, delaySeconds: 10, orMore: false },
      { restartCount: 2, delaySeconds: 20, orMore: false },
      { restartCount: 3, delaySeconds: 40, orMore: false },
      { restartCount: 4, delaySeconds: 80, orMore: false },
      { restartCount: 5, delaySeconds: 160, orMore: false },
      { restartCount: 6, delaySeconds: 300, orMore: true },
    ]);
    expect(backoffDelaySeconds(50)).toBe(300);
  });

  it.each([
    ['back-off 40s restarting failed container=main pod=my-pod_argocd(63674389)', 40],
    ['Back-off 1m20s restarting failed container=main pod=my-pod_argocd(3cf9325e)', 80],
    ['back-off 5m0s restarting failed container=app pod=web_default(1)', 300],
    ['Back-off pulling image "nginx"', null],
    [undefined, null],
  ])('reads the delay from the waiting message %j', (message, seconds) => {
    expect(parseBackoffMessage(message)).toBe(seconds);
  });

  it.each([
    ['pods/minikube-crashloopbackoff-lastState-error.json', 40],
    ['pods/minikube-crashloopbackoff-restartonfailure.json', 80],
  ])('predicts from the restart count what the kubelet printed in %s', (file, delay) => {
    const status = loadFixture<V1Pod>(file).status?.containerStatuses?.[0];
    expect(backoffDelaySeconds(status?.restartCount ?? 0)).toBe(delay);
    expect(parseBackoffMessage(status?.state?.waiting?.message)).toBe(delay);
  });

  it('counts down to the next restart from the last exit', () => {
    const estimate = estimateBackoff(
      3,
      'back-off 40s restarting failed container=main pod=my-pod_argocd(63674389-f613-11e8-a057-fe5f49266390)',
      '2018-12-02T09:20:25Z',
      new Date('2018-12-02T09:20:40Z'),
    );
    expect(estimate).toStrictEqual({
      delaySeconds: 40,
      source: 'message',
      estimatedDelaySeconds: 40,
      capped: false,
      nextRestartAt: '2018-12-02T09:21:05Z',
      secondsUntilRestart: 25,
    });
  });

  it('falls back to the restart count and never counts below zero', () => {
    expect(estimateBackoff(7, undefined, '2018-12-02T09:20:25Z', new Date('2018-12-02T10:00:00Z'))).toStrictEqual({
      delaySeconds: 300,
      source: 'restart-count',
      estimatedDelaySeconds: 300,
      capped: true,
      nextRestartAt: '2018-12-02T09:25:25Z',
      secondsUntilRestart: 0,
    });
  });
});
