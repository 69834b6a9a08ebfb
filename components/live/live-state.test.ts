import { describe, expect, it } from 'vitest';
import type { StreamMessage, StreamState } from '@/lib/contract';
import { encodeRows } from '@/lib/views/row-codec';
import { applyListMessages, nextModel } from './live-state';

const SYNCING: StreamState = { phase: 'syncing', count: 0, lastEventAt: null };
const SYNCED: StreamState = { phase: 'synced', lastEventAt: null };
const row = (uid: string, status = 'Running') => ({ uid, status });
const rowsOf = (m: Map<string, { uid: string; status: string }>) => [...m.values()];

describe('applyListMessages', () => {
  it('keeps the rows shown so far when a reconnect lands on a replica whose cache is still syncing, until its synced snapshot replaces them', () => {
    const rows = new Map([['a', row('a')], ['b', row('b')]]);
    const s1 = applyListMessages(rows, SYNCED, [{ sub: 's', type: 'snapshot', items: [], state: SYNCING }]);
    const during = rowsOf(rows);
    const s2 = applyListMessages(rows, s1, [{ sub: 's', type: 'snapshot', items: [row('b'), row('c')], state: SYNCED }]);
    expect([s1, during, s2, rowsOf(rows)]).toStrictEqual([SYNCING, [row('a'), row('b')], SYNCED, [row('b'), row('c')]]);
  });

  it('replaces the rows with any snapshot that has rows, even one taken while a relist is under way', () => {
    const rows = new Map([['a', row('a')]]);
    applyListMessages(rows, SYNCED, [{ sub: 's', type: 'snapshot', items: [row('z')], state: { phase: 'syncing', count: 1, lastEventAt: null } }]);
    expect(rowsOf(rows)).toStrictEqual([row('z')]);
  });

  it('empties the rows on an empty synced snapshot: the namespace really has none', () => {
    const rows = new Map([['a', row('a')]]);
    applyListMessages(rows, SYNCED, [{ sub: 's', type: 'snapshot', items: [], state: SYNCED }]);
    expect(rowsOf(rows)).toStrictEqual([]);
  });

  it('applies upserts and deletes by uid in order, and a state message changes only the state', () => {
    const rows = new Map([['a', row('a')]]);
    const reconnecting: StreamState = { phase: 'reconnecting', message: 'm', kind: 'network', fix: { id: 'f', params: {} }, lastEventAt: null };
    const msgs: StreamMessage[] = [
      { sub: 's', type: 'upsert', item: row('b') },
      { sub: 's', type: 'upsert', item: row('a', 'Terminating') },
      { sub: 's', type: 'delete', uid: 'b' },
      { sub: 's', type: 'state', state: reconnecting },
    ];
    expect([applyListMessages(rows, SYNCED, msgs), rowsOf(rows)]).toStrictEqual([reconnecting, [row('a', 'Terminating')]]);
  });
});

describe('applyListMessages with a progressive first list', () => {
  const progress = (count: number): StreamState => ({ phase: 'syncing', count, total: 5, lastEventAt: null });

  it('ends with exactly the server\'s rows after a packed partial snapshot and packed appends, keeping the first-paint rows until the stream has rows', () => {
    const firstPaint = [row('a'), row('b')];
    const rows = new Map(firstPaint.map((r) => [r.uid, r]));
    const s1 = applyListMessages(rows, null, [{ sub: 's', type: 'snapshot', packed: encodeRows([]), state: SYNCING }]);
    const kept = rowsOf(rows);
    const s2 = applyListMessages(rows, s1, [
      { sub: 's', type: 'snapshot', packed: encodeRows([row('a'), row('b', 'Pending')]), state: progress(2) },
      { sub: 's', type: 'append', packed: encodeRows([row('c'), row('d')]), state: progress(4) },
    ]);
    const s3 = applyListMessages(rows, s2, [
      { sub: 's', type: 'append', packed: encodeRows([row('e')]), state: progress(5) },
      { sub: 's', type: 'state', state: SYNCED },
    ]);
    expect([kept, s2, s3, rowsOf(rows)]).toStrictEqual([firstPaint, progress(4), SYNCED, [row('a'), row('b', 'Pending'), row('c'), row('d'), row('e')]]);
  });

  it('upserts an appended row it already holds in place, and reads plain appends as well', () => {
    const rows = new Map([['a', row('a')]]);
    applyListMessages(rows, SYNCING, [{ sub: 's', type: 'append', items: [row('b'), row('a', 'Terminating')], state: progress(2) }]);
    expect(rowsOf(rows)).toStrictEqual([row('a', 'Terminating'), row('b')]);
  });
});

describe('nextModel', () => {
  it('keeps the shown model while a replica reached after a reconnect builds from caches still syncing, then takes the synced one', () => {
    const shown = { pod: 'web-1', phase: 'Running' };
    const half = { pod: 'web-1', phase: 'Unknown' };
    expect([nextModel(shown, { model: half, state: SYNCING }), nextModel(shown, { model: half, state: SYNCED })]).toStrictEqual([shown, half]);
  });

  it('takes a syncing model when nothing is shown yet, and a failed build (null) always', () => {
    const err: StreamState = { phase: 'error', kind: 'build', message: 'm', fix: { id: 'f', params: {} }, lastEventAt: null };
    expect([nextModel(null, { model: { a: 1 }, state: SYNCING }), nextModel({ a: 1 }, { model: null, state: err }), nextModel({ a: 1 }, { model: null, state: SYNCING })]).toStrictEqual([{ a: 1 }, null, null]);
  });
});
