import { describe, expect, it } from 'vitest';
import { nextRowIndex, nextSlotWindow, nextTabIndex, rowSlotKey, slotOf, windowSlots, type SlotWindow } from './row-keys';

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

describe('windowSlots', () => {
  it('counts the rows a viewport touches, one more part-scrolled row, and the overscan on both sides', () => {
    expect([windowSlots(692, 36, 4), windowSlots(720, 36, 4), windowSlots(0, 36, 4)]).toStrictEqual([29, 29, 9]);
  });
});

describe('slotOf', () => {
  it('counts slots from the base, wrapping around the slot count on both sides of it', () => {
    expect([slotOf(31, 0, 29), slotOf(250, 250, 29), slotOf(3, 10, 29), slotOf(9, 10, 29)]).toStrictEqual([2, 0, 22, 28]);
  });
});

describe('nextSlotWindow', () => {
  const start: SlotWindow = { first: 0, last: 23, slots: 29, base: 0, active: 5, held: 5 };

  it('keeps the base while the window shares rows with the last one', () => {
    expect(nextSlotWindow({ ...start, base: 17, held: 17 }, 20, 43, 5, 29)).toStrictEqual({ first: 20, last: 43, slots: 29, base: 17, active: 5, held: 17 });
  });

  it('counts from the first row after a jump, holding the slot the active row had where it was last shown', () => {
    expect(nextSlotWindow(start, 250, 273, 5, 29)).toStrictEqual({ first: 250, last: 273, slots: 29, base: 250, active: 5, held: 5 });
    expect(nextSlotWindow({ ...start, base: 3, held: 2 }, 250, 273, 5, 29)).toStrictEqual({ first: 250, last: 273, slots: 29, base: 250, active: 5, held: 2 });
  });

  it('holds the active row slot under the new base when the last window did not show it', () => {
    expect(nextSlotWindow({ ...start, first: 100, last: 123, base: 100 }, 0, 23, 5, 29)).toStrictEqual({ first: 0, last: 23, slots: 29, base: 0, active: 5, held: 5 });
  });
});

describe('rowSlotKey', () => {
  it('gives every row of a window a different key, in order from the base', () => {
    const w = nextSlotWindow({ first: 0, last: 23, slots: 29, base: 0, active: 0, held: 0 }, 250, 278, 0, 29);
    const keys = Array.from({ length: 29 }, (_, i) => rowSlotKey(250 + i, w));
    expect(new Set(keys).size).toBe(29);
    expect(keys.slice(0, 3)).toStrictEqual(['r250', 's1', 's2']);
  });

  it('keeps the active row on its slot while it is shown', () => {
    const w: SlotWindow = { first: 0, last: 23, slots: 29, base: 0, active: 5, held: 5 };
    expect([rowSlotKey(5, w), rowSlotKey(6, w)]).toStrictEqual(['s5', 's6']);
  });

  it('never gives the held slot to another row: the focused element leaves the DOM instead of showing another pod', () => {
    const w = nextSlotWindow({ first: 0, last: 23, slots: 29, base: 3, active: 5, held: 2 }, 250, 273, 5, 29);
    expect([rowSlotKey(251, w), rowSlotKey(252, w), rowSlotKey(253, w)]).toStrictEqual(['s1', 'r252', 's3']);
  });
});
