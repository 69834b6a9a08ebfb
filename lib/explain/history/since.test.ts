import { describe, expect, it } from 'vitest';
import type { HistoryTransition } from '@/lib/contract/history';
import { byName, sandboxCapture } from '@/lib/testing/sandbox-capture';
import { deriveTransitions } from './derive';
import { sinceWhen } from './since';
import { snapshotOf, type AnyObject } from './snapshot';

const seq = (list: Omit<HistoryTransition, 'seq'>[]): HistoryTransition[] => list.map((t, i) => ({ ...t, seq: i + 1 }));

describe('sinceWhen for conditions other than a crash loop', () => {
  it('gives "at least since" the first observation for an unschedulable pod that was already so when recording started', () => {
    const pod = snapshotOf('Pod', byName(sandboxCapture.pods(), 'unschedulable') as AnyObject);
    const transitions = seq(deriveTransitions(null, { at: '2026-11-26T02:10:09.000Z', state: pod }, true));
    expect(sinceWhen({ transitions }, { id: 'unschedulable', params: {} }, new Date('2026-11-26T02:20:00.000Z'))).toStrictEqual({
      diagnosisId: 'unschedulable',
      subject: null,
      since: '2026-11-26T02:10:09.000Z',
      exact: false,
      restartsSince: null,
      restartCount: null,
    });
  });

  it('dates an image pull failure from the observation where the container started waiting on the pull', () => {
    const failing = snapshotOf('Pod', byName(sandboxCapture.pods(), 'image-pull-backoff') as AnyObject);
    const creating = { ...failing, containers: failing.containers.map((c) => ({ ...c, state: { state: 'waiting' as const, reason: 'ContainerCreating', message: null } })) };
    const transitions = seq([
      ...deriveTransitions(null, { at: '2026-11-26T02:00:00.000Z', state: creating }, true),
      ...deriveTransitions({ at: '2026-11-26T02:00:00.000Z', state: creating }, { at: '2026-11-26T02:00:05.000Z', state: failing }),
    ]);
    const container = failing.containers[0]?.name ?? '';
    expect(sinceWhen({ transitions }, { id: 'image-pull-failed', params: { container } }, new Date('2026-11-26T02:10:00.000Z'))).toStrictEqual({
      diagnosisId: 'image-pull-failed',
      subject: container,
      since: '2026-11-26T02:00:05.000Z',
      exact: true,
      restartsSince: null,
      restartCount: 0,
    });
  });

  it('says nothing for diagnoses history cannot date (a node’s) or that do not hold', () => {
    const pod = snapshotOf('Pod', byName(sandboxCapture.pods(), 'web-569b4d9d45-7bj98') as AnyObject);
    const transitions = seq(deriveTransitions(null, { at: '2026-11-26T02:10:09.000Z', state: pod }, true));
    expect(sinceWhen({ transitions }, { id: 'node-not-ready', params: { node: 'n1' } }, new Date())).toBeNull();
    expect(sinceWhen({ transitions }, { id: 'crash-loop-backoff', params: { container: 'web' } }, new Date())).toBeNull();
    expect(sinceWhen({ transitions: [] }, { id: 'unschedulable', params: {} }, new Date())).toBeNull();
  });
});
