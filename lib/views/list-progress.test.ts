import { describe, expect, it } from 'vitest';
import type { StreamState } from '../contract';
import { listProgress } from './list-progress';

const syncing = (count: number, total?: number): StreamState => ({ phase: 'syncing', count, ...(total === undefined ? {} : { total }), lastEventAt: null });
const COLD = { count: 500, total: 30_000, complete: false };
const WARM = { count: 30_000, total: 30_000, complete: true };

describe('listProgress', () => {
  it('follows the live syncing state once it has arrived: the server count and the apiserver estimate', () => {
    expect(listProgress(syncing(2_500, 30_000), COLD, 2_500)).toStrictEqual({ count: 2_500, total: 30_000 });
  });

  it('has no estimate while the apiserver gave none', () => {
    expect(listProgress(syncing(2_500), COLD, 2_500)).toStrictEqual({ count: 2_500, total: null });
  });

  it('is over once the live state is synced, even if the first paint was incomplete', () => {
    expect(listProgress({ phase: 'synced', lastEventAt: null }, COLD, 30_000)).toBeNull();
  });

  it('leaves a failing list to the connection indicator and the error panel', () => {
    expect(listProgress({ phase: 'reconnecting', message: 'refused', kind: 'unreachable', fix: { id: 'fix.unreachable', params: {} }, lastEventAt: null }, COLD, 500)).toBeNull();
    expect(listProgress({ phase: 'forbidden', verb: 'list', resource: 'pods', lastEventAt: null }, COLD, 0)).toBeNull();
  });

  it('never counts fewer rows than the browser holds, nor estimates fewer than it counts', () => {
    expect(listProgress(syncing(2_000, 1_000), COLD, 2_500)).toStrictEqual({ count: 2_500, total: 2_500 });
  });

  it('shows the first paint of a list the server was still syncing, before the stream answers', () => {
    expect(listProgress(null, COLD, 100)).toStrictEqual({ count: 500, total: 30_000 });
    expect(listProgress(null, { count: 0, total: null, complete: false }, 0)).toStrictEqual({ count: 0, total: null });
  });

  it('shows a complete list whose first paint carried only the first screen as loading, until every row is in', () => {
    expect(listProgress(null, WARM, 100)).toStrictEqual({ count: 100, total: 30_000 });
    expect(listProgress(null, WARM, 30_000)).toBeNull();
  });
});
