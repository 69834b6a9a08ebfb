import { describe, expect, it } from 'vitest';
import { applyAxis, axisKey, axisTicks, fullWindow, MIN_SPAN_MS, panWindow, spanPercent, xPercent, zoomWindow } from './history-axis';

// The crash-loop pod's first restarts as the recorder saw them (seconds after creation: scheduled, started, backoffs).
const T0 = Date.parse('2026-12-03T15:00:00Z');
const crashLoop = [0, 1, 3, 14, 35, 76, 157].map((s) => T0 + s * 1000);

describe('fullWindow', () => {
  it('spans the recorded moments with 2 % room on each side', () => {
    expect(fullWindow(crashLoop)).toStrictEqual({ from: T0 - 3140, to: T0 + 157_000 + 3140 });
  });

  it('gives a lone moment a minute around it, and an empty history a minute from 0', () => {
    expect(fullWindow([T0])).toStrictEqual({ from: T0 - 30_000, to: T0 + 30_000 });
    expect(fullWindow([])).toStrictEqual({ from: 0, to: 60_000 });
  });
});

describe('zoomWindow', () => {
  const bounds = { from: 0, to: 100_000 };

  it('halves the span around the centre, and around an anchor that stays under the pointer', () => {
    expect(zoomWindow(bounds, 0.5, bounds)).toStrictEqual({ from: 25_000, to: 75_000 });
    expect(zoomWindow(bounds, 0.5, bounds, 80_000)).toStrictEqual({ from: 40_000, to: 90_000 });
  });

  it('never zooms in past two seconds nor out past the recorded span', () => {
    expect(zoomWindow({ from: 10_000, to: 13_000 }, 0.1, bounds)).toStrictEqual({ from: 10_500, to: 10_500 + MIN_SPAN_MS });
    expect(zoomWindow({ from: 40_000, to: 60_000 }, 100, bounds)).toStrictEqual(bounds);
  });
});

describe('panWindow', () => {
  it('moves by a share of the view and stops at the edges', () => {
    const bounds = { from: 0, to: 100_000 };
    expect(panWindow({ from: 0, to: 10_000 }, 0.5, bounds)).toStrictEqual({ from: 5000, to: 15_000 });
    expect(panWindow({ from: 0, to: 10_000 }, -1, bounds)).toStrictEqual({ from: 0, to: 10_000 });
    expect(panWindow({ from: 85_000, to: 95_000 }, 1, bounds)).toStrictEqual({ from: 90_000, to: 100_000 });
  });
});

describe('xPercent and spanPercent', () => {
  it('place a moment in percent of the width, nothing outside the window', () => {
    expect([xPercent(0, { from: 0, to: 200 }), xPercent(50, { from: 0, to: 200 }), xPercent(201, { from: 0, to: 200 })]).toStrictEqual([0, 25, null]);
  });

  it('cut a span at the window edges', () => {
    const w = { from: 100, to: 200 };
    expect([spanPercent(50, 150, w), spanPercent(120, 300, w), spanPercent(0, 50, w)]).toStrictEqual([{ left: 0, width: 50 }, { left: 20, width: 80 }, null]);
  });
});

describe('axisTicks', () => {
  it('picks the smallest round step that keeps the labels few', () => {
    expect(axisTicks({ from: 0, to: 60_000 }, 4)).toStrictEqual([0, 15_000, 30_000, 45_000, 60_000]);
    expect(axisTicks({ from: 1000, to: 3_600_000 }, 4)).toStrictEqual([900_000, 1_800_000, 2_700_000, 3_600_000]);
  });
});

describe('axisKey and applyAxis', () => {
  it('maps +, -, arrows (Shift for a whole view) and 0 to actions, other keys to nothing', () => {
    expect(['+', '=', '-', 'ArrowLeft', 'ArrowRight', '0', 'a'].map((k) => axisKey(k, false))).toStrictEqual([
      { kind: 'zoom', factor: 0.5 },
      { kind: 'zoom', factor: 0.5 },
      { kind: 'zoom', factor: 2 },
      { kind: 'pan', share: -0.2 },
      { kind: 'pan', share: 0.2 },
      { kind: 'reset' },
      null,
    ]);
    expect(axisKey('ArrowRight', true)).toStrictEqual({ kind: 'pan', share: 1 });
  });

  it('zooms in, pans and resets to the whole span', () => {
    const bounds = { from: 0, to: 100_000 };
    const zoomed = applyAxis(bounds, { kind: 'zoom', factor: 0.5 }, bounds);
    const panned = applyAxis(zoomed, { kind: 'pan', share: 0.2 }, bounds);
    expect([zoomed, panned, applyAxis(panned, { kind: 'reset' }, bounds)]).toStrictEqual([{ from: 25_000, to: 75_000 }, { from: 35_000, to: 85_000 }, bounds]);
  });
});
