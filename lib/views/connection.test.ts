import { describe, expect, it } from 'vitest';
import { connectionView } from './connection';

const now = new Date('2026-11-26T02:00:00Z');
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe('connectionView', () => {
  it('is live when the stream is open and the cache is synced', () => {
    expect(connectionView('open', { phase: 'synced' }, now, now)).toStrictEqual({ kind: 'live' });
  });

  it('says reconnecting while the apiserver watch is failing, for the first 30 seconds', () => {
    expect(connectionView('open', { phase: 'reconnecting', message: 'connect ECONNREFUSED' }, now, ago(5))).toStrictEqual({ kind: 'reconnecting' });
    expect(connectionView('reconnecting', { phase: 'synced' }, now, ago(29))).toStrictEqual({ kind: 'reconnecting' });
  });

  it('says stale since the last healthy moment once reconnecting lasts 30 seconds', () => {
    expect(connectionView('reconnecting', { phase: 'synced' }, now, ago(45))).toStrictEqual({ kind: 'stale', since: '2026-11-26T01:59:15.000Z' });
  });

  it('shows sync progress with the count so far', () => {
    expect(connectionView('open', { phase: 'syncing', count: 1500 }, now, null)).toStrictEqual({ kind: 'syncing', count: 1500 });
  });

  it('reports no access and errors for this view only', () => {
    expect(connectionView('open', { phase: 'forbidden', verb: 'list', resource: 'secrets' }, now, now)).toStrictEqual({ kind: 'forbidden', verb: 'list', resource: 'secrets' });
    expect(connectionView('open', { phase: 'error', message: 'Unauthorized' }, now, now)).toStrictEqual({ kind: 'error', message: 'Unauthorized' });
  });

  it('is connecting before the first state arrives', () => {
    expect(connectionView('connecting', null, now, null)).toStrictEqual({ kind: 'connecting' });
    expect(connectionView('open', null, now, null)).toStrictEqual({ kind: 'connecting' });
  });
});
