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
import { statusSeverity, toPodRow, type StatusSeverity } from './pod-row';

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

describe('statusSeverity', () => {
  // How alarming each kubectl STATUS looks on its badge (Running depends on READY).
  const BY_STATUS: Record<string, StatusSeverity> = {
    CrashLoopBackOff: 'critical',
    Error: 'critical',
    OOMKilled: 'critical',
    ImagePullBackOff: 'critical',
    ErrImagePull: 'critical',
    InvalidImageName: 'critical',
    ErrImageNeverPull: 'critical',
    CreateContainerConfigError: 'critical',
    CreateContainerError: 'critical',
    RunContainerError: 'critical',
    StartError: 'critical',
    Evicted: 'critical',
    Failed: 'critical',
    ContainerStatusUnknown: 'critical',
    Unknown: 'critical',
    'Init:CrashLoopBackOff': 'critical',
    'Init:Error': 'critical',
    'Init:Signal:9': 'critical',
    'Init:ExitCode:2': 'critical',
    'Signal:15': 'critical',
    'ExitCode:3': 'critical',
    Completed: 'done',
    Succeeded: 'done',
    Pending: 'progress',
    ContainerCreating: 'progress',
    PodInitializing: 'progress',
    Terminating: 'progress',
    'Init:0/1': 'progress',
    'Init:0/2': 'progress',
    'Init:1/2': 'progress',
    'Init:1/3': 'progress',
    SchedulingGated: 'progress',
    NotReady: 'warning',
    NodeLost: 'warning',
    // Reasons kubectl prints verbatim (its upstream tests use made-up ones): not known good, not known bad.
    podPhase: 'warning',
    podReason: 'warning',
    podCrash: 'warning',
    ContainerWaitingReason: 'warning',
    // A pod with no status at all: kubectl prints nothing.
    '': 'warning',
  };

  function expected(status: string, ready: string): StatusSeverity {
    if (status === 'Running') {
      const [r, t] = ready.split('/');
      return r === t ? 'ok' : 'warning';
    }
    const s = BY_STATUS[status];
    if (!s) throw new Error(`no severity decided for STATUS ${status}`);
    return s;
  }

  it.each(Object.entries(BY_STATUS))("shows '%s' as %s", (status, severity) => {
    expect(statusSeverity(status, '0/1')).toBe(severity);
  });

  it('shows a running pod as ok when every container is ready, and as a warning when one is not', () => {
    expect([statusSeverity('Running', '1/1'), statusSeverity('Running', '3/3'), statusSeverity('Running', '0/1'), statusSeverity('Running', '1/2')]).toStrictEqual(['ok', 'ok', 'warning', 'warning']);
  });

  it('has a decided severity for every STATUS the printPod oracle prints', () => {
    const oracle = [...testPrintPod, ...testPrintPodWithRestartableInitContainer, ...otherUpstreamCases, ...derivedCases];
    for (const c of oracle) expect([c.name, statusSeverity(c.want.status, c.want.ready)]).toStrictEqual([c.name, expected(c.want.status, c.want.ready)]);
  });

  it("colours the sandbox's pods by their kubectl STATUS and READY", () => {
    const rows = sandboxCapture.pods().map((p) => toPodRow(p, new Date('2026-11-26T02:12:00Z')));
    expect(Object.fromEntries(rows.map((r) => [r.name, [r.status, r.ready, r.severity]]))).toStrictEqual({
      'complete-job-blpj8': ['Completed', '0/1', 'done'],
      'crash-loop': ['CrashLoopBackOff', '0/1', 'critical'],
      'image-pull-backoff': ['ImagePullBackOff', '0/1', 'critical'],
      'init-demo': ['Running', '1/1', 'ok'],
      'oom-killed': ['CrashLoopBackOff', '0/1', 'critical'],
      'readiness-fail': ['Running', '0/1', 'warning'],
      'slow-delete': ['Running', '1/1', 'ok'],
      unschedulable: ['Pending', '0/1', 'progress'],
      'web-569b4d9d45-7bj98': ['Running', '1/1', 'ok'],
      'web-569b4d9d45-n5j2w': ['Running', '1/1', 'ok'],
      'web-569b4d9d45-n9xln': ['Running', '1/1', 'ok'],
      slow: ['Terminating', '1/1', 'progress'],
    });
  });
});
