/**
 * How a live view folds the stream's messages into what it shows. Pure, so
 * the rules are tested without a browser (use-live.ts wires them to SWR).
 */

import type { KeyedRow, StreamMessage, StreamState } from '@/lib/contract';
import { messageRows } from '@/lib/views/row-codec';

/**
 * Applies one batch of a list view's messages to its rows (in place) and
 * returns the view's newest state. A snapshot replaces the rows, except an
 * empty one from a cache that is still syncing: that says nothing about the
 * rows (a replica that has just started, reached after a reconnect, or a
 * server that restarted), so the rows shown so far stay, marked syncing, until
 * the synced snapshot replaces them. An append (a page of the server cache's
 * first list) upserts its rows in order. Upserts and deletes apply by uid.
 * Rows may come packed (row-codec) or plain.
 * @example applyListMessages(new Map([['a', { uid: 'a' }]]), null, [{ sub: 's', type: 'snapshot', items: [], state: { phase: 'syncing', count: 0, lastEventAt: null } }])
 * // the row 'a' stays; returns { phase: 'syncing', count: 0, lastEventAt: null }
 */
export function applyListMessages<T extends KeyedRow>(rows: Map<string, T>, state: StreamState | null, msgs: readonly StreamMessage[]): StreamState | null {
  let next = state;
  for (const m of msgs) {
    if (m.type === 'snapshot') {
      const items = messageRows<T>(m);
      const uninformed = m.state.phase === 'syncing' && items.length === 0;
      if (!uninformed) {
        rows.clear();
        for (const it of items) rows.set(it.uid, it);
      }
      next = m.state;
    } else if (m.type === 'append') {
      for (const it of messageRows<T>(m)) rows.set(it.uid, it);
      next = m.state;
    } else if (m.type === 'upsert') rows.set(m.item.uid, m.item as T);
    else if (m.type === 'delete') rows.delete(m.uid);
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
