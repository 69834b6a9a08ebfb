import { describe, expect, it } from 'vitest';
import type { StreamMessage, StreamState } from '@/lib/contract';
import { encodeRows } from '@/lib/views/row-codec';
import { applyListMessages, createLiveRows, nextModel, type LiveRows } from './live-state';

const SYNCING: StreamState = { phase: 'syncing', count: 0, lastEventAt: null };
const SYNCED: StreamState = { phase: 'synced', lastEventAt: null };
const row = (uid: string, status = 'Running') => ({ uid, status });
const rowsOf = (m: LiveRows<{ uid: string; status: string }>) => m.order;

describe('applyListMessages', () => {
  it('keeps the rows shown so far when a reconnect lands on a replica whose cache is still syncing, until its synced snapshot replaces them', () => {
    const rows = createLiveRows([row('a'), row('b')]);
    const s1 = applyListMessages(rows, SYNCED, [{ sub: 's', type: 'snapshot', items: [], state: SYNCING }]);
    const during = rowsOf(rows);
    const s2 = applyListMessages(rows, s1, [{ sub: 's', type: 'snapshot', items: [row('b'), row('c')], state: SYNCED }]);
    expect([s1, during, s2, rowsOf(rows)]).toStrictEqual([SYNCING, [row('a'), row('b')], SYNCED, [row('b'), row('c')]]);
  });

  it('replaces the rows with any snapshot that has rows, even one taken while a relist is under way', () => {
    const rows = createLiveRows([row('a')]);
    applyListMessages(rows, SYNCED, [{ sub: 's', type: 'snapshot', items: [row('z')], state: { phase: 'syncing', count: 1, lastEventAt: null } }]);
    expect(rowsOf(rows)).toStrictEqual([row('z')]);
  });

  it('empties the rows on an empty synced snapshot: the namespace really has none', () => {
    const rows = createLiveRows([row('a')]);
    applyListMessages(rows, SYNCED, [{ sub: 's', type: 'snapshot', items: [], state: SYNCED }]);
    expect(rowsOf(rows)).toStrictEqual([]);
  });

  it('applies upserts and deletes by uid in order, and a state message changes only the state', () => {
    const rows = createLiveRows([row('a')]);
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
    const rows = createLiveRows(firstPaint);
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
    const rows = createLiveRows([row('a')]);
    applyListMessages(rows, SYNCING, [{ sub: 's', type: 'append', items: [row('b'), row('a', 'Terminating')], state: progress(2) }]);
    expect(rowsOf(rows)).toStrictEqual([row('a', 'Terminating'), row('b')]);
  });
});

describe('applyListMessages keeps kubectl\'s order', () => {
  type Pod = { uid: string; namespace: string; name: string; status: string };
  const pod = (namespace: string, name: string, status = 'Running', uid = `${namespace}/${name}`): Pod => ({ uid, namespace, name, status });
  const names = (r: LiveRows<Pod>) => r.order.map((p) => `${p.namespace}/${p.name}`);

  it('puts pods a watch adds in their place by namespace and name, not at the end, and takes deleted ones out', () => {
    const rows = createLiveRows([pod('a', 'web-1'), pod('b', 'db-0')]);
    applyListMessages(rows, SYNCED, [
      { sub: 's', type: 'upsert', item: pod('a', 'api-0') },
      { sub: 's', type: 'upsert', item: pod('c', 'job-1') },
      { sub: 's', type: 'upsert', item: pod('a', 'web-0') },
      { sub: 's', type: 'delete', uid: 'b/db-0' },
    ]);
    expect(names(rows)).toStrictEqual(['a/api-0', 'a/web-0', 'a/web-1', 'c/job-1']);
  });

  it('sorts a snapshot that arrives out of order, and first-paint rows', () => {
    const rows = createLiveRows([pod('b', 'x'), pod('a', 'y')]);
    const before = names(rows);
    applyListMessages(rows, null, [{ sub: 's', type: 'snapshot', items: [pod('z', 'a'), pod('a', 'b'), pod('a', 'a')], state: SYNCED }]);
    expect([before, names(rows)]).toStrictEqual([['a/y', 'b/x'], ['a/a', 'a/b', 'z/a']]);
  });

  it('keeps the object of every row that did not change, through a snapshot, an append and an upsert of the same content, and counts no change', () => {
    const a = pod('a', 'one');
    const b = pod('a', 'two');
    const rows = createLiveRows([a, b]);
    const version = rows.version;
    applyListMessages(rows, SYNCED, [
      { sub: 's', type: 'snapshot', packed: encodeRows([pod('a', 'one'), pod('a', 'two')]), state: SYNCED },
      { sub: 's', type: 'append', items: [pod('a', 'one')], state: SYNCED },
      { sub: 's', type: 'upsert', item: pod('a', 'two') },
    ]);
    const unchangedVersion = rows.version;
    applyListMessages(rows, SYNCED, [{ sub: 's', type: 'upsert', item: pod('a', 'two', 'Terminating') }]);
    expect([rows.order[0] === a, rows.order[1] === b, rows.order[1], unchangedVersion === version, rows.version > unchangedVersion]).toStrictEqual([true, false, pod('a', 'two', 'Terminating'), true, true]);
  });

  it('ends in the same order as sorting every row, whatever mix of pages, upserts, renames and deletes arrives', () => {
    let seed = 11;
    const rnd = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
    const rows = createLiveRows<Pod>([]);
    const model = new Map<string, Pod>();
    for (let step = 0; step < 400; step += 1) {
      const batch: StreamMessage[] = [];
      for (let i = 0; i < 5; i += 1) {
        const uid = `u${rnd(150)}`;
        const op = rnd(10);
        if (op < 2) {
          batch.push({ sub: 's', type: 'delete', uid });
          model.delete(uid);
        } else {
          const p = pod(`ns-${rnd(8)}`, `p-${rnd(40)}`, ['Running', 'Pending'][rnd(2)], uid);
          batch.push(op < 5 ? { sub: 's', type: 'append', items: [p], state: SYNCING } : { sub: 's', type: 'upsert', item: p });
          model.set(uid, p);
        }
      }
      applyListMessages(rows, SYNCED, batch);
    }
    const expected = [...model.values()].sort((x, y) => (x.namespace !== y.namespace ? (x.namespace < y.namespace ? -1 : 1) : x.name !== y.name ? (x.name < y.name ? -1 : 1) : x.uid < y.uid ? -1 : 1));
    expect([rows.order, rows.byUid.size]).toStrictEqual([expected, model.size]);
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
