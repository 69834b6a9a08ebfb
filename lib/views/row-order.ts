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
 * Compares two rows by their `namespace`, `name` and uid fields, without
 * building keys (the browser compares on every insert).
 * @example compareRows({ uid: '1', namespace: 'a', name: 'z' } as KeyedRow, { uid: '0', namespace: 'b', name: 'a' } as KeyedRow) // -1
 */
export function compareRows(a: KeyedRow, b: KeyedRow): number {
  const ra = a as KeyedRow & { namespace?: unknown; name?: unknown };
  const rb = b as KeyedRow & { namespace?: unknown; name?: unknown };
  const na = text(ra.namespace);
  const nb = text(rb.namespace);
  if (na !== nb) return na < nb ? -1 : 1;
  const ma = text(ra.name);
  const mb = text(rb.name);
  if (ma !== mb) return ma < mb ? -1 : 1;
  if (a.uid !== b.uid) return a.uid < b.uid ? -1 : 1;
  return 0;
}

/**
 * Where an item belongs in items already in order (binary search): the
 * index of the first item that sorts after it. `compare(a, b)` orders two
 * items, like Array.prototype.sort's.
 * @example insertionIndex([1, 3, 5], 4, (a, b) => a - b) // 2
 */
export function insertionIndex<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(sorted[mid] as T, item) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The `n` first items in order, without sorting them all: one pass that
 * keeps the best `n` so far (most items are turned away by one comparison
 * with the last kept).
 * @example firstInOrder([3, 1, 2], 2, (a, b) => a - b) // [1, 2]
 */
export function firstInOrder<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  if (n <= 0) return kept;
  for (const item of items) {
    if (kept.length === n && compare(item, kept[n - 1] as T) >= 0) continue;
    kept.splice(insertionIndex(kept, item, compare), 0, item);
    if (kept.length > n) kept.pop();
  }
  return kept;
}
