/**
 * How a live view folds the stream's messages into what it shows. Pure, so
 * the rules are tested without a browser (use-live.ts wires them to SWR).
 */

import type { KeyedRow, StreamMessage, StreamState } from '@/lib/contract';
import { messageRows } from '@/lib/views/row-codec';
import { compareRows, insertionIndex } from '@/lib/views/row-order';

/**
 * A live list's rows: by uid, and in kubectl's order (namespace, then name;
 * lib/views/row-order) as an array kept sorted as rows come and go.
 * `version` changes whenever the rows do, so a view can skip a batch that
 * changed nothing.
 */
export interface LiveRows<T extends KeyedRow> {
  byUid: Map<string, T>;
  order: T[];
  version: number;
}

/**
 * Live rows holding `initial` (a first paint's rows), in order.
 * @example createLiveRows([{ uid: 'b', name: 'b' }, { uid: 'a', name: 'a' }]).order // [{ uid: 'a', name: 'a' }, { uid: 'b', name: 'b' }]
 */
export function createLiveRows<T extends KeyedRow>(initial: readonly T[] = []): LiveRows<T> {
  const rows: LiveRows<T> = { byUid: new Map(), order: [], version: 0 };
  replaceRows(rows, initial);
  rows.version = 0;
  return rows;
}

/** Whether two rows are the same row as JSON would tell (the fields of decoded rows are JSON values). */
function sameRow(a: KeyedRow, b: KeyedRow): boolean {
  if (a === b) return true;
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  const ka = Object.keys(ra);
  if (ka.length !== Object.keys(rb).length) return false;
  for (const k of ka) {
    const va = ra[k];
    const vb = rb[k];
    if (va === vb) continue;
    if (typeof va !== 'object' || typeof vb !== 'object' || va === null || vb === null || JSON.stringify(va) !== JSON.stringify(vb)) return false;
  }
  return true;
}

/** The index of a row held in `order` (found by binary search). */
function indexOf<T extends KeyedRow>(order: readonly T[], row: T): number {
  const at = insertionIndex(order, row, compareRows) - 1;
  return order[at] === row ? at : order.indexOf(row);
}

/** Replaces every row with `items`, keeping the object of each row that did not change (and the version, when none did). */
function replaceRows<T extends KeyedRow>(rows: LiveRows<T>, items: readonly T[]): void {
  const next = new Map<string, T>();
  for (const it of items) {
    const old = rows.byUid.get(it.uid);
    next.set(it.uid, old && sameRow(old, it) ? old : it);
  }
  // Lists arrive nearly in order (the apiserver lists by namespace and name), which the sort handles in about one pass.
  const order = [...next.values()].sort(compareRows);
  const same = order.length === rows.order.length && order.every((row, i) => row === rows.order[i]);
  rows.byUid = next;
  if (same) return;
  rows.order = order;
  rows.version += 1;
}

/** Puts one row in its place: unchanged rows stay as they are, a changed row is replaced (moved only if its name changed). */
function upsertRow<T extends KeyedRow>(rows: LiveRows<T>, row: T): void {
  const old = rows.byUid.get(row.uid);
  if (old && sameRow(old, row)) return;
  if (old) {
    const at = indexOf(rows.order, old);
    if (compareRows(old, row) === 0) rows.order[at] = row;
    else {
      rows.order.splice(at, 1);
      rows.order.splice(insertionIndex(rows.order, row, compareRows), 0, row);
    }
  } else {
    const at = insertionIndex(rows.order, row, compareRows);
    if (at === rows.order.length) rows.order.push(row);
    else rows.order.splice(at, 0, row);
  }
  rows.byUid.set(row.uid, row);
  rows.version += 1;
}

function deleteRow<T extends KeyedRow>(rows: LiveRows<T>, uid: string): void {
  const old = rows.byUid.get(uid);
  if (!old) return;
  rows.order.splice(indexOf(rows.order, old), 1);
  rows.byUid.delete(uid);
  rows.version += 1;
}

/**
 * Applies one batch of a list view's messages to its rows (in place) and
 * returns the view's newest state. A snapshot replaces the rows, except an
 * empty one from a cache that is still syncing: that says nothing about the
 * rows (a replica that has just started, reached after a reconnect, or a
 * server that restarted), so the rows shown so far stay, marked syncing, until
 * the synced snapshot replaces them. An append (a page of the server cache's
 * first list) upserts its rows in order. Upserts and deletes apply by uid.
 * Rows may come packed (row-codec) or plain. The rows stay in kubectl's
 * order, each put in its place by binary search; a row that did not change
 * keeps its object, so a memoised table row does not render again.
 * @example applyListMessages(createLiveRows([{ uid: 'a' }]), null, [{ sub: 's', type: 'snapshot', items: [], state: { phase: 'syncing', count: 0, lastEventAt: null } }])
 * // the row 'a' stays; returns { phase: 'syncing', count: 0, lastEventAt: null }
 */
export function applyListMessages<T extends KeyedRow>(rows: LiveRows<T>, state: StreamState | null, msgs: readonly StreamMessage[]): StreamState | null {
  let next = state;
  for (const m of msgs) {
    if (m.type === 'snapshot') {
      const items = messageRows<T>(m);
      const uninformed = m.state.phase === 'syncing' && items.length === 0;
      if (!uninformed) replaceRows(rows, items);
      next = m.state;
    } else if (m.type === 'append') {
      for (const it of messageRows<T>(m)) upsertRow(rows, it);
      next = m.state;
    } else if (m.type === 'upsert') upsertRow(rows, m.item as T);
    else if (m.type === 'delete') deleteRow(rows, m.uid);
    else if (m.type === 'state') next = m.state;
  }
  return next;
}

/**
 * A model view's next model: the newest one built, except one built while an
 * input is still syncing when a model is already shown (after a reconnect to
 * a replica whose caches are cold): the shown model stays until the inputs are
 * read, with the new state. A failed build (model null) always replaces it, so
 * its error shows.
 * @example nextModel({ title: 'old' }, { model: { title: 'half' }, state: { phase: 'syncing', count: 0, lastEventAt: null } }) // { title: 'old' }
 */
export function nextModel<M>(shown: M | null, msg: { model: unknown; state: StreamState }): M | null {
  if (msg.state.phase === 'syncing' && shown !== null && msg.model !== null) return shown;
  return msg.model as M | null;
}
