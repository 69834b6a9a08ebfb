import { describe, expect, it } from 'vitest';
import type { KeyedRow } from '@/lib/contract';
import { compareOrder, compareRows, firstInOrder, insertionIndex, orderKeyOf, type OrderKey } from './row-order';

const key = (namespace: string, name: string, uid = `${namespace}/${name}`): OrderKey => ({ namespace, name, uid });

describe('compareOrder', () => {
  it('orders by namespace, then name, then uid, comparing code units like kubectl (upper case before lower, "a-1" before "a1")', () => {
    const keys = [key('b', 'a'), key('a', 'z'), key('a', 'a1'), key('a', 'a-1'), key('a', 'B'), key('a', 'x', 'u2'), key('a', 'x', 'u1')];
    expect([...keys].sort(compareOrder)).toStrictEqual([key('a', 'B'), key('a', 'a-1'), key('a', 'a1'), key('a', 'x', 'u1'), key('a', 'x', 'u2'), key('a', 'z'), key('b', 'a')]);
  });
});

describe('orderKeyOf', () => {
  it('reads namespace and name from a row, as empty when a cluster-scoped row has none', () => {
    expect([orderKeyOf({ uid: 'u', namespace: 'ns', name: 'n' } as never), orderKeyOf({ uid: 'v', name: 'node-1' } as never), orderKeyOf({ uid: 'w' })]).toStrictEqual([
      { namespace: 'ns', name: 'n', uid: 'u' },
      { namespace: '', name: 'node-1', uid: 'v' },
      { namespace: '', name: '', uid: 'w' },
    ]);
  });
});

describe('compareRows', () => {
  it('orders rows exactly as their order keys do', () => {
    const rows = [{ uid: '2', namespace: 'a', name: 'x' }, { uid: '1', namespace: 'a', name: 'x' }, { uid: '3', name: 'node' }, { uid: '4', namespace: 'a-b', name: 'a' }, { uid: '5' }] as KeyedRow[];
    expect([...rows].sort(compareRows)).toStrictEqual([...rows].sort((a, b) => compareOrder(orderKeyOf(a), orderKeyOf(b))));
  });
});

describe('insertionIndex', () => {
  it('finds the place after every row that sorts before or equal, so inserting keeps the order', () => {
    const sorted = [key('a', 'a'), key('a', 'c'), key('b', 'a')];
    expect([key('0', 'x'), key('a', 'b'), key('a', 'c'), key('c', 'a')].map((k) => insertionIndex(sorted, k, compareOrder))).toStrictEqual([0, 1, 2, 3]);
  });
});

describe('firstInOrder', () => {
  it('gives the same first rows as sorting everything, for any count', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const items = Array.from({ length: 2000 }, (_, i) => key(`ns-${Math.floor(rnd() * 30)}`, `pod-${Math.floor(rnd() * 500)}`, `u${i}`));
    const sorted = [...items].sort(compareOrder);
    expect([0, 1, 100, 2000, 5000].map((n) => firstInOrder(items, n, compareOrder))).toStrictEqual([[], sorted.slice(0, 1), sorted.slice(0, 100), sorted, sorted]);
  });
});
