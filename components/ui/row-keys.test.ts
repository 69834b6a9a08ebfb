import { describe, expect, it } from 'vitest';
import { nextRowIndex, nextTabIndex } from './row-keys';

describe('nextRowIndex', () => {
  it('moves one row with the arrows, a page with PageUp/PageDown, to the ends with Home/End', () => {
    const keys = ['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End'];
    expect(keys.map((k) => nextRowIndex(k, 12, 40))).toStrictEqual([13, 11, 22, 2, 0, 39]);
  });

  it('stops at the first and last row instead of wrapping', () => {
    expect([nextRowIndex('ArrowUp', 0, 5), nextRowIndex('ArrowDown', 4, 5), nextRowIndex('PageDown', 3, 5), nextRowIndex('PageUp', 2, 5)]).toStrictEqual([0, 4, 4, 0]);
  });

  it('leaves other keys (Enter, letters, Tab) to the browser', () => {
    expect(['Enter', 'a', 'Tab', 'ArrowLeft'].map((k) => nextRowIndex(k, 1, 5))).toStrictEqual([null, null, null, null]);
  });

  it('has nowhere to go in an empty table', () => {
    expect(nextRowIndex('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('nextTabIndex', () => {
  it('wraps around with the arrows and jumps with Home/End', () => {
    expect([nextTabIndex('ArrowRight', 7, 8), nextTabIndex('ArrowLeft', 0, 8), nextTabIndex('ArrowRight', 2, 8), nextTabIndex('Home', 5, 8), nextTabIndex('End', 1, 8)]).toStrictEqual([0, 7, 3, 0, 7]);
  });

  it('leaves up/down and other keys alone', () => {
    expect(['ArrowDown', 'Enter', ' '].map((k) => nextTabIndex(k, 1, 3))).toStrictEqual([null, null, null]);
  });
});
