/** Rows a PageUp/PageDown moves by: about one screen of table. */
export const ROW_PAGE = 10;

/**
 * The row a key moves the focus to in a table of `count` rows, or null when
 * the key is not a row-moving key. Moves stop at the ends (no wrap-around:
 * in a long list, wrapping from the last row to the first disorients).
 * @example nextRowIndex('ArrowDown', 3, 10) → 4; nextRowIndex('End', 3, 10) → 9; nextRowIndex('a', 3, 10) → null
 */
export function nextRowIndex(key: string, index: number, count: number, page = ROW_PAGE): number | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + page);
    case 'PageUp':
      return clamp(index - page);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The tab an arrow key moves to in a tab list of `count` tabs. Unlike rows,
 * tabs wrap, as the ARIA tabs pattern asks.
 * @example nextTabIndex('ArrowRight', 7, 8) → 0; nextTabIndex('ArrowLeft', 0, 8) → 7
 */
export function nextTabIndex(key: string, index: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The most rows a virtual window shows at once: the rows a viewport of this
 * height can touch (a partly scrolled one shows a part of one more) and the
 * overscan on both sides. Rule: the window never holds more rows than this,
 * so `index % slots` is unique within it.
 * @example windowSlots(692, 36, 4) → 29 (20 rows touched, one more part-scrolled, 4 + 4 overscan)
 */
export function windowSlots(viewport: number, rowHeight: number, overscan: number): number {
  return Math.ceil(Math.max(0, viewport) / Math.max(1, rowHeight)) + 1 + 2 * overscan;
}

/**
 * The slot of row `index` in a window of `slots` slots counted from row `base`.
 * @example slotOf(31, 0, 29) → 2; slotOf(3, 10, 29) → 22
 */
export function slotOf(index: number, base: number, slots: number): number {
  return (((index - base) % slots) + slots) % slots;
}

/**
 * The rows a virtual window shows (`first`..`last`), its `slots`, the row its
 * keys count from (`base`), the active (focusable) row, and `held`: the slot
 * whose element may hold the focus — the active row's slot in the last window
 * that showed it.
 */
export interface SlotWindow {
  first: number;
  last: number;
  slots: number;
  base: number;
  active: number;
  held: number;
}

/**
 * The window after `prev`. Rule: a window that shares rows with the last one
 * keeps its base (those rows keep their keys and are not touched); one that
 * shares none (a jump) counts from its first row, so its rows take the keys
 * in order and no `<tr>` has to move. The held slot is the active row's slot
 * under the base it was last shown with.
 * @example nextSlotWindow({ first: 0, last: 23, slots: 29, base: 0, active: 5, held: 5 }, 250, 273, 5, 29) → { first: 250, last: 273, slots: 29, base: 250, active: 5, held: 5 }
 */
export function nextSlotWindow(prev: SlotWindow, first: number, last: number, active: number, slots: number): SlotWindow {
  const overlaps = first <= prev.last && last >= prev.first;
  const base = overlaps ? prev.base : first;
  const shown = prev.first <= active && active <= prev.last;
  return { first, last, slots, base, active, held: slotOf(active, shown ? prev.base : base, slots) };
}

/**
 * The React key of row `index` in the virtual window `w`. Rule: a row takes
 * its slot, so a scroll reuses the window's `<tr>`s in place (a jump of
 * hundreds of rows updates their text instead of removing and creating every
 * element, the cost of each frame); but another row on the held slot gets a
 * key of its own, so the element that may hold the focus is never reused for
 * another row — with the active row out of view it leaves the DOM, as it did
 * with keys per row.
 * @example rowSlotKey(252, { first: 250, last: 273, slots: 29, base: 250, active: 5, held: 5 }) → 's2'; rowSlotKey(255, …same) → 'r255'
 */
export function rowSlotKey(index: number, w: SlotWindow): string {
  const slot = slotOf(index, w.base, w.slots);
  return index !== w.active && slot === w.held ? `r${index}` : `s${slot}`;
}
