/**
 * The Timeline tab's time axis: which span of time is on screen (a window in
 * epoch milliseconds), how zooming and panning move it inside the recorded
 * span, where a moment lands in percent of the width, and the tick marks.
 * Pure: the component keeps the window in state and calls these.
 */

/** A span of time on screen, epoch milliseconds, from < to. */
export interface TimeWindow {
  from: number;
  to: number;
}

/** The narrowest window zooming reaches: two seconds. */
export const MIN_SPAN_MS = 2000;

/**
 * The whole recorded span with 2 % room on each side (a lone moment gets a
 * minute around it), so the first and last marks are not cut at the edges.
 * @example fullWindow([0, 100_000]) → { from: -2000, to: 102000 }
 */
export function fullWindow(times: readonly number[]): TimeWindow {
  const finite = times.filter((t) => Number.isFinite(t));
  if (finite.length === 0) return { from: 0, to: 60_000 };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  if (max - min < MIN_SPAN_MS) return { from: min - 30_000, to: max + 30_000 };
  const pad = (max - min) * 0.02;
  return { from: min - pad, to: max + pad };
}

/** Keeps a window inside the bounds, keeping its span when it fits. */
function clampWindow(w: TimeWindow, bounds: TimeWindow): TimeWindow {
  const span = Math.min(w.to - w.from, bounds.to - bounds.from);
  let from = Math.max(w.from, bounds.from);
  if (from + span > bounds.to) from = bounds.to - span;
  return { from, to: from + span };
}

/**
 * The window zoomed by `factor` (< 1 zooms in) around `anchor` (the moment
 * that stays put, e.g. under the pointer; the centre when omitted), never
 * narrower than MIN_SPAN_MS nor wider than the bounds.
 * @example zoomWindow({ from: 0, to: 100_000 }, 0.5, { from: 0, to: 100_000 }) → { from: 25000, to: 75000 }
 */
export function zoomWindow(w: TimeWindow, factor: number, bounds: TimeWindow, anchor = (w.from + w.to) / 2): TimeWindow {
  const span = w.to - w.from;
  const next = Math.min(Math.max(span * factor, MIN_SPAN_MS), bounds.to - bounds.from);
  const share = span > 0 ? (anchor - w.from) / span : 0.5;
  const from = anchor - next * share;
  return clampWindow({ from, to: from + next }, bounds);
}

/**
 * The window moved by a share of its own span (negative: back in time), held inside the bounds.
 * @example panWindow({ from: 0, to: 10_000 }, 0.5, { from: 0, to: 100_000 }) → { from: 5000, to: 15000 }
 */
export function panWindow(w: TimeWindow, share: number, bounds: TimeWindow): TimeWindow {
  const d = (w.to - w.from) * share;
  return clampWindow({ from: w.from + d, to: w.to + d }, bounds);
}

/**
 * Where a moment lands, in percent of the axis width; null outside the window.
 * @example xPercent(25, { from: 0, to: 100 }) → 25; xPercent(120, { from: 0, to: 100 }) → null
 */
export function xPercent(t: number, w: TimeWindow): number | null {
  if (t < w.from || t > w.to || w.to <= w.from) return null;
  return ((t - w.from) / (w.to - w.from)) * 100;
}

/**
 * A span from one moment to the next in percent, cut at the window's edges; null when wholly outside.
 * @example spanPercent(-50, 50, { from: 0, to: 100 }) → { left: 0, width: 50 }
 */
export function spanPercent(start: number, end: number, w: TimeWindow): { left: number; width: number } | null {
  if (end < w.from || start > w.to || w.to <= w.from) return null;
  const a = Math.max(start, w.from);
  const b = Math.min(end, w.to);
  const total = w.to - w.from;
  return { left: ((a - w.from) / total) * 100, width: ((b - a) / total) * 100 };
}

const STEPS_MS = [1, 2, 5, 10, 15, 30].map((s) => s * 1000).concat([1, 2, 5, 10, 15, 30].map((m) => m * 60_000), [1, 2, 3, 6, 12].map((h) => h * 3_600_000), [86_400_000]);

/**
 * Round moments for the axis labels: the smallest step from 1 s to 1 day that
 * splits the window into at most `most` intervals.
 * @example axisTicks({ from: 0, to: 60_000 }, 4) → [0, 15000, 30000, 45000, 60000]
 */
export function axisTicks(w: TimeWindow, most = 6): number[] {
  const span = w.to - w.from;
  const step = STEPS_MS.find((s) => span / s <= most) ?? STEPS_MS[STEPS_MS.length - 1]!;
  const out: number[] = [];
  for (let t = Math.ceil(w.from / step) * step; t <= w.to; t += step) out.push(t);
  return out;
}

/** What a key does to the axis: zoom (in or out), pan (back or forward), or show everything. */
export type AxisAction = { kind: 'zoom'; factor: number } | { kind: 'pan'; share: number } | { kind: 'reset' };

/**
 * The axis keys: + and = zoom in, - zooms out, ← and → pan a fifth of the
 * view (Shift: a whole view), 0 shows the whole recorded span.
 * @example axisKey('+', false) → { kind: 'zoom', factor: 0.5 }; axisKey('ArrowLeft', true) → { kind: 'pan', share: -1 }
 */
export function axisKey(key: string, shift: boolean): AxisAction | null {
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: 0.5 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 2 };
    case 'ArrowLeft':
      return { kind: 'pan', share: shift ? -1 : -0.2 };
    case 'ArrowRight':
      return { kind: 'pan', share: shift ? 1 : 0.2 };
    case '0':
      return { kind: 'reset' };
    default:
      return null;
  }
}

/**
 * Applies an axis action to the window.
 * @example applyAxis({ from: 0, to: 100 }, { kind: 'reset' }, { from: 0, to: 500 }) → { from: 0, to: 500 }
 */
export function applyAxis(w: TimeWindow, action: AxisAction, bounds: TimeWindow): TimeWindow {
  if (action.kind === 'reset') return bounds;
  if (action.kind === 'zoom') return zoomWindow(w, action.factor, bounds);
  return panWindow(w, action.share, bounds);
}
