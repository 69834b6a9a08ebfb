import { humanDuration } from '../explain/human-duration';

/**
 * Whole seconds until a deadline, counted up (a countdown that shows 0 has
 * reached it); negative once it has passed. Null without a deadline.
 * @example secondsUntil('2026-11-26T02:12:03Z', new Date('2026-11-26T02:11:45.200Z')) → 18
 */
export function secondsUntil(deadline: string | null, now: Date): number | null {
  if (!deadline) return null;
  const ms = Date.parse(deadline);
  if (Number.isNaN(ms)) return null;
  return Math.ceil((ms - now.getTime()) / 1000);
}

/**
 * A step's distance from the previous one, kubectl-style: "+0s", "+2s", "+1m5s"; null when unknown.
 * @example stepDelta(2) → '+2s'; stepDelta(190) → '+3m10s'; stepDelta(null) → null
 */
export function stepDelta(seconds: number | null): string | null {
  if (seconds === null) return null;
  return `+${humanDuration(Math.max(0, seconds) * 1000)}`;
}
