import { describe, expect, it } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { restartsText } from '../explain/pod-columns';
import {
  capturedPodCases,
  derivedCases,
  NOW,
  otherUpstreamCases,
  testPrintPod,
  testPrintPodWithRestartableInitContainer,
  type PodColumnsCase,
} from '../explain/pod-columns.testdata';
import { loadFixture } from '../testing/fixtures';
import { byName, sandboxCapture } from '../testing/sandbox-capture';
import { toPodRow } from './pod-row';

const MINUTE = 60_000;

/** The row's RESTARTS fields: the server's text and the values the browser re-ages. */
function restartFields(pod: V1Pod, now: Date) {
  const row = toPodRow(pod, now);
  return {
    restarts: row.restarts,
    restartCount: row.restartCount,
    lastRestartAt: row.lastRestartAt,
    browserText: restartsText(row.restartCount, row.lastRestartAt, now),
  };
}

/** What kubectl prints (the oracle's RESTARTS text), with podColumns' values carried unchanged. */
function expected({ want }: Pick<PodColumnsCase, 'want'>) {
  return { restarts: want.restarts, restartCount: want.restartCount, lastRestartAt: want.lastRestartAt, browserText: want.restarts };
}

describe('toPodRow RESTARTS equals kubectl on every case of the printPod oracle', () => {
  const oracle = [...testPrintPod, ...testPrintPodWithRestartableInitContainer, ...otherUpstreamCases, ...derivedCases];
  it.each(oracle)('$name', (c) => {
    expect(restartFields(c.pod, NOW)).toStrictEqual(expected(c));
  });

  it.each(capturedPodCases)('$name ($file)', (c) => {
    expect(restartFields(loadFixture<V1Pod>(`pods/${c.file}`), new Date(c.now))).toStrictEqual(expected(c));
  });
});

describe('toPodRow', () => {
  // The sandbox's init-demo pod (Running, app container never restarted), with its
  // init container edited to have failed once, five minutes before `now`.
  const initFailedOnce = (): V1Pod => {
    const pod = byName(sandboxCapture.pods(), 'init-demo');
    const init = pod.status?.initContainerStatuses?.[0];
    if (!init) throw new Error('init-demo lost its init container status');
    init.restartCount = 1;
    init.lastState = {
      terminated: {
        exitCode: 1,
        reason: 'Error',
        startedAt: new Date('2026-11-26T01:59:24Z'),
        finishedAt: '2026-11-26T01:59:25Z' as unknown as Date,
      },
    };
    return pod;
  };
  const now = new Date('2026-11-26T02:04:25Z');

  it("shows 0 restarts with no age for a pod whose init container once failed, as kubectl does (not '0 (5m ago)')", () => {
    expect(toPodRow(initFailedOnce(), now)).toStrictEqual({
      uid: 'f99c6cf0-7066-447f-a8e7-91b83310859e',
      name: 'init-demo',
      namespace: 'explain-demo',
      ready: '1/1',
      status: 'Running',
      severity: 'ok',
      restarts: '0',
      restartCount: 0,
      lastRestartAt: null,
      createdAt: '2026-11-26T01:59:20Z',
      node: 'sandbox-worker2',
      ip: '10.244.2.2',
    });
  });

  it('keeps that 0 with no age when the browser re-ages the row later', () => {
    const row = toPodRow(initFailedOnce(), now);
    expect(restartsText(row.restartCount, row.lastRestartAt, new Date(now.getTime() + 10 * MINUTE))).toBe('0');
  });

  it('re-ages a crash-looping pod in the browser from the same values, as kubectl would print it then', () => {
    const crashLoop = byName(sandboxCapture.pods(), 'crash-loop');
    const row = toPodRow(crashLoop, new Date('2026-11-26T02:10:30Z'));
    expect([row.restarts, restartsText(row.restartCount, row.lastRestartAt, new Date('2026-11-26T02:12:30Z'))]).toStrictEqual([
      '6 (5m43s ago)',
      '6 (7m43s ago)',
    ]);
  });
});
