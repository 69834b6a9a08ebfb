import 'server-only';

/** Opaque handle returned by {@link Clock.setTimeout}. */
export type TimerHandle = unknown;

/**
 * Time and timers, injected so caches and registries are deterministic in
 * tests (pass `systemClock` under `vi.useFakeTimers()`, or a hand-made clock).
 * @example const t = clock.setTimeout(() => retry(), 500); clock.clearTimeout(t);
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/**
 * The real clock. Looks the globals up at call time (not at import time) so
 * `vi.useFakeTimers()` installed after import still takes effect.
 * @example new WatchCache({ ..., clock: systemClock })
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = globalThis.setTimeout(fn, ms);
    // A cache retrying in the background must not keep a CLI process alive.
    (t as { unref?: () => void }).unref?.();
    return t;
  },
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Calls `fn` every `ms` on `clock` until the returned function stops it: an
 * interval built from one-shot timers, so any Clock (a test's too) drives it.
 * The next tick is armed before `fn` runs, so `fn` may stop the interval.
 * @example const stop = every(clock, 15_000, () => beat()); stop();
 */
export function every(clock: Clock, ms: number, fn: () => void): () => void {
  let handle: TimerHandle;
  const tick = () => {
    handle = clock.setTimeout(tick, ms);
    fn();
  };
  handle = clock.setTimeout(tick, ms);
  return () => clock.clearTimeout(handle);
}
