import type { StreamState } from '../contract';

/** How far a list that is still loading has come: rows so far and the expected whole (null when unknown). */
export interface ListProgress {
  count: number;
  total: number | null;
}

/** What the page's first paint knew about the list (PodsPageModel's count, total and complete). */
export interface FirstPaintCount {
  count: number;
  total: number | null;
  complete: boolean;
}

/**
 * Whether a live list is still loading, and how far it has come, or null
 * once it is complete (or failing: the connection indicator and error panel
 * speak then). The live state decides once it has arrived: syncing carries
 * the server's count and the apiserver's estimate of the whole. Before that,
 * the first paint decides: an incomplete server list, or a complete one of
 * which the page carried only the first screen. The count never goes below
 * the rows the browser already holds, and the estimate never below the count.
 * @example listProgress({ phase: 'syncing', count: 2500, total: 30000, lastEventAt: null }, { count: 500, total: 30000, complete: false }, 2500) → { count: 2500, total: 30000 }
 * @example listProgress({ phase: 'synced', lastEventAt: null }, { count: 500, total: 30000, complete: false }, 30000) → null
 * @example listProgress(null, { count: 30000, total: 30000, complete: true }, 100) → { count: 100, total: 30000 }
 */
export function listProgress(state: StreamState | null, first: FirstPaintCount, received: number): ListProgress | null {
  if (state) {
    if (state.phase !== 'syncing') return null;
    const count = Math.max(state.count, received);
    return { count, total: state.total === undefined ? null : Math.max(state.total, count) };
  }
  if (!first.complete) {
    const count = Math.max(first.count, received);
    return { count, total: first.total === null ? null : Math.max(first.total, count) };
  }
  return received < first.count ? { count: received, total: first.count } : null;
}
