/**
 * A list's packed rows (row-codec) as JSON text, encoded once and reused
 * while the rows stay the same. Rows are immutable and projected once per
 * cache object (podRowOf), so "the same rows" is cheap to tell: the same
 * objects in the same order. Every tab that opens the Pods page of a synced
 * cache gets its snapshot from here instead of encoding 30,000 rows again.
 */

import type { KeyedRow } from '@/lib/contract';
import { encodeRows } from './row-codec';

interface Entry {
  rows: readonly KeyedRow[];
  json: string;
}

/**
 * The packed JSON of a list's rows for a snapshot, and the rows to send after
 * it as upserts: the ones that differ from what `json` was encoded from.
 */
export interface PackedSnapshot {
  json: string;
  changed: KeyedRow[];
}

/**
 * The rows of `next` that are not the very objects at the same place in
 * `base`, or null when the two lists do not hold the same uids in the same
 * order, or more than `most` rows differ.
 */
function changedRows(base: readonly KeyedRow[], next: readonly KeyedRow[], most: number): KeyedRow[] | null {
  if (base.length !== next.length) return null;
  const changed: KeyedRow[] = [];
  for (let i = 0; i < next.length; i += 1) {
    const a = base[i] as KeyedRow;
    const b = next[i] as KeyedRow;
    if (a === b) continue;
    if (a.uid !== b.uid || changed.length === most) return null;
    changed.push(b);
  }
  return changed;
}

/**
 * Packed-rows JSON by a key (a list view's source), at most `max` keys,
 * the least recently used dropped first. A key's text is reused while the
 * rows asked for hold the same uids in the same order as the rows it was
 * encoded from, and at most one row in `1 / patchShare` of them is another
 * object (a pod changed, or a restarted pod's RESTARTS text re-aged): those
 * rows come back as `changed`, for the caller to send as upserts after the
 * snapshot, so the receiver ends with exactly `rows`. Any other rows are
 * encoded and replace the key's text. The encoding is a function of the rows
 * alone, so the key only decides what to compare with: a miss is never
 * wrong, only slower.
 * @example const memo = new PackedRowsMemo(); memo.snapshot('pods', rows).json === memo.snapshot('pods', [...rows]).json // true, encoded once
 */
export class PackedRowsMemo {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly max = 4,
    private readonly encode: (rows: readonly KeyedRow[]) => string = (rows) => JSON.stringify(encodeRows(rows)),
    private readonly patchShare = 32,
  ) {}

  /** The JSON of `encodeRows` of rows that `rows` differ from only in `changed` (the same uids, in the same order). */
  snapshot(key: string, rows: readonly KeyedRow[]): PackedSnapshot {
    const hit = this.entries.get(key);
    this.entries.delete(key);
    const changed = hit ? changedRows(hit.rows, rows, Math.floor(rows.length / this.patchShare)) : null;
    const entry = hit && changed ? hit : { rows, json: this.encode(rows) };
    this.entries.set(key, entry);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return { json: entry.json, changed: changed ?? [] };
  }

  /** How many keys are held (for tests). */
  get size(): number {
    return this.entries.size;
  }
}
