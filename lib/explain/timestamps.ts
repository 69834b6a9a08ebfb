import { toTimestampMs } from './human-duration';

/** An API timestamp as the client gives it: Date from the typed client, ISO string from JSON. */
export type ApiTime = Date | string | null | undefined;

/**
 * Normalises an API timestamp to an ISO string in the API's own style (no
 * ".000" when the milliseconds are zero), or null when it is not set. View
 * models carry strings, never Date objects, so they survive JSON.
 * @example toIso(new Date('2019-04-04T16:06:55Z')) // '2019-04-04T16:06:55Z'; toIso(undefined) // null
 */
export function toIso(value: ApiTime): string | null {
  const ms = toTimestampMs(value);
  return ms === undefined ? null : msToIso(ms);
}

/**
 * Epoch milliseconds as an API-style ISO string.
 * @example msToIso(0) // '1970-01-01T00:00:00Z'
 */
export function msToIso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/**
 * Whole seconds from `from` to `to` (negative when `to` is earlier), or null
 * when either is unknown. Rounded toward zero: API times have second precision.
 * @example secondsBetween('2024-01-01T00:00:00Z', '2024-01-01T00:00:42Z') // 42
 */
export function secondsBetween(from: ApiTime, to: ApiTime): number | null {
  const a = toTimestampMs(from);
  const b = toTimestampMs(to);
  if (a === undefined || b === undefined) return null;
  return Math.trunc((b - a) / 1000);
}

