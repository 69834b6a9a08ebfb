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
