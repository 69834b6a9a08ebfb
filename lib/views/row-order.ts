/**
 * The order of a list view's rows, as kubectl prints them: by namespace,
 * then name (then uid, so equal names keep one order). Strings compare by
 * code unit, like Go's byte-wise string order for the ASCII names
 * Kubernetes allows. Pure, shared by the server's first paint and the
 * browser's live list.
 */

import type { KeyedRow } from '@/lib/contract';

/** The fields a row is ordered by; a row without namespace or name sorts as ''. */
export interface OrderKey {
  namespace: string;
  name: string;
  uid: string;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * A row's place in the order: its `namespace` and `name` fields ('' when
 * absent, e.g. cluster-scoped rows), and its uid.
 * @example orderKeyOf({ uid: 'u1', namespace: 'default', name: 'web' }) // { namespace: 'default', name: 'web', uid: 'u1' }
 */
export function orderKeyOf(row: KeyedRow): OrderKey {
  const r = row as KeyedRow & { namespace?: unknown; name?: unknown };
  return { namespace: text(r.namespace), name: text(r.name), uid: row.uid };
}

/**
 * Compares two order keys: namespace, then name, then uid.
 * @example compareOrder({ namespace: 'a', name: 'z', uid: '1' }, { namespace: 'b', name: 'a', uid: '0' }) // -1
 */
export function compareOrder(a: OrderKey, b: OrderKey): number {
  if (a.namespace !== b.namespace) return a.namespace < b.namespace ? -1 : 1;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  if (a.uid !== b.uid) return a.uid < b.uid ? -1 : 1;
  return 0;
}

/**
 * Where a row belongs in rows already in order (binary search): the index
 * of the first row that sorts after it.
 * @example insertionIndex([{ namespace: 'a', name: 'x', uid: '1' }], { namespace: 'b', name: 'a', uid: '2' }, (k) => k) // 1
 */
export function insertionIndex<T>(sorted: readonly T[], key: OrderKey, keyOf: (row: T) => OrderKey): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareOrder(keyOf(sorted[mid] as T), key) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The `n` first items in order, without sorting them all: one pass that
 * keeps the best `n` so far (most items are turned away by one comparison
 * with the last kept).
 * @example firstInOrder([{ uid: 'c', name: 'c' }, { uid: 'a', name: 'a' }, { uid: 'b', name: 'b' }], 2, orderKeyOf).map((r) => r.uid) // ['a', 'b']
 */
export function firstInOrder<T>(items: Iterable<T>, n: number, keyOf: (item: T) => OrderKey): T[] {
  const kept: T[] = [];
  const keys: OrderKey[] = [];
  if (n <= 0) return kept;
  for (const item of items) {
    const key = keyOf(item);
    if (kept.length === n && compareOrder(key, keys[n - 1] as OrderKey) >= 0) continue;
    const at = insertionIndex(keys, key, (k) => k);
    kept.splice(at, 0, item);
    keys.splice(at, 0, key);
    if (kept.length > n) {
      kept.pop();
      keys.pop();
    }
  }
  return kept;
}
