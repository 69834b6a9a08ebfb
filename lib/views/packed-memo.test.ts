import { describe, expect, it } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import type { KeyedRow } from '@/lib/contract';
import { sandboxCapture } from '@/lib/testing/sandbox-capture';
import { PackedRowsMemo } from './packed-memo';
import { encodeRows } from './row-codec';
import { toPodRow } from './pod-row';

const NOW = new Date('2026-11-26T02:12:00Z');
const rows = (): KeyedRow[] => sandboxCapture.pods().map((p) => toPodRow(p as V1Pod, NOW));

/** A memo whose encoder counts its calls (the real encoding underneath). */
function counting(max?: number, patchShare?: number): { memo: PackedRowsMemo; calls: () => number } {
  let calls = 0;
  const memo = new PackedRowsMemo(
    max,
    (r) => {
      calls += 1;
      return JSON.stringify(encodeRows(r));
    },
    patchShare,
  );
  return { memo, calls: () => calls };
}

const packed = (r: readonly KeyedRow[]) => JSON.stringify(encodeRows(r));

describe('PackedRowsMemo', () => {
  it('gives the JSON of the packed rows, the same text as encoding them, and no changed rows', () => {
    const r = rows();
    expect(new PackedRowsMemo().snapshot('pods', r)).toStrictEqual({ json: packed(r), changed: [] });
  });

  it('encodes once for the same row objects in the same order, even in another array (every tab of an unchanged cache)', () => {
    const { memo, calls } = counting();
    const r = rows();
    const snapshots = [memo.snapshot('pods', r), memo.snapshot('pods', [...r]), memo.snapshot('pods', r.slice())];
    expect({ snapshots, calls: calls() }).toStrictEqual({ snapshots: [0, 1, 2].map(() => ({ json: packed(r), changed: [] })), calls: 1 });
  });

  it('keeps the text it encoded and names the rows that are other objects since, while at most one row in its share differs', () => {
    const { memo, calls } = counting(4, 4);
    const r = rows();
    memo.snapshot('pods', r);
    const changed = [{ ...r[1]!, status: 'Terminating' }, { ...r[5]!, restarts: '3 (5m ago)' }];
    const next = r.map((x, i) => (i === 1 ? changed[0]! : i === 5 ? changed[1]! : x));
    expect({ snapshot: memo.snapshot('pods', next), calls: calls() }).toStrictEqual({ snapshot: { json: packed(r), changed }, calls: 1 });
  });

  it('encodes again when more rows differ than its share, or the uids differ in order or number, and reuses that encoding next', () => {
    const { memo, calls } = counting(4, 4);
    const r = rows();
    memo.snapshot('pods', r);
    const manyChanged = r.map((x, i) => (i < 4 ? { ...x } : x));
    const reordered = [...r].reverse();
    const fewer = r.slice(1);
    const more = [...r, { ...r[0]!, uid: 'other' }];
    const snapshots = [manyChanged, reordered, fewer, more].map((x) => memo.snapshot('pods', x));
    const again = memo.snapshot('pods', [...more]);
    expect({ snapshots, again, calls: calls() }).toStrictEqual({
      snapshots: [manyChanged, reordered, fewer, more].map((x) => ({ json: packed(x), changed: [] })),
      again: { json: packed(more), changed: [] },
      calls: 5,
    });
  });

  it('keeps each key apart, and drops the least recently used key past its bound', () => {
    const { memo, calls } = counting(2);
    const r = rows();
    const a = r.slice(0, 4);
    const b = r.slice(4, 8);
    const c = r.slice(8);
    memo.snapshot('a', a);
    memo.snapshot('b', b);
    memo.snapshot('a', a); // a is now the most recently used: c drops b
    memo.snapshot('c', c);
    const afterC = calls();
    memo.snapshot('a', a);
    memo.snapshot('b', b);
    expect({ afterC, end: calls(), size: memo.size }).toStrictEqual({ afterC: 3, end: 4, size: 2 });
  });
});
