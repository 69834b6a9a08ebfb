/**
 * kubectl's age formatting, ported from k8s.io/apimachinery
 * (staging/src/k8s.io/apimachinery/pkg/util/duration/duration.go, HumanDuration)
 * and kubernetes pkg/printers/internalversion/printers.go (translateTimestampSince).
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR_DAYS = 365;

/** Go's zero time (0001-01-01T00:00:00Z); metav1.Time treats it as "not set". */
const GO_ZERO_TIME_MS = Date.parse('0001-01-01T00:00:00Z');

/**
 * Formats a duration the way kubectl's AGE and RESTARTS columns do: about two
 * significant figures, with finer units only while the coarse unit is small.
 * Up to 2s of negative skew reads "0s"; anything earlier is "<invalid>".
 * Go truncates toward zero at every step, so this does too.
 * @example humanDuration(190_000) // "3m10s"; humanDuration(49 * 3_600_000) // "2d1h"
 */
export function humanDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '<invalid>';
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 2 * 60) return `${seconds}s`;

  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) return withRemainder(minutes, 'm', seconds % 60, 's');
  if (minutes < 3 * 60) return `${minutes}m`;

  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) return withRemainder(hours, 'h', minutes % 60, 'm');
  if (hours < 48) return `${hours}h`;

  const days = Math.trunc(ms / DAY);
  if (hours < 8 * 24) return withRemainder(days, 'd', hours % 24, 'h');
  if (hours < 2 * 24 * YEAR_DAYS) return `${days}d`;

  const years = Math.trunc(days / YEAR_DAYS);
  if (hours < 8 * 24 * YEAR_DAYS) return withRemainder(years, 'y', days % YEAR_DAYS, 'd');
  return `${years}y`;
}

/** "3m" when the remainder is zero, else "3m10s": kubectl never prints "3m0s". */
function withRemainder(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0 ? `${major}${majorUnit}` : `${major}${majorUnit}${minor}${minorUnit}`;
}

/**
 * Reads an API timestamp as epoch milliseconds. The client library types them
 * as Date, but objects parsed from JSON at our boundary carry ISO strings.
 * Missing, unparseable and Go-zero timestamps all mean "not set".
 * @example toTimestampMs('2024-08-24T01:54:37Z') // 1724464477000; toTimestampMs(undefined) // undefined
 */
export function toTimestampMs(value: Date | string | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms) || ms === GO_ZERO_TIME_MS) return undefined;
  return ms;
}

/**
 * Age of a timestamp relative to `now`, as kubectl prints it; "<unknown>" when
 * the timestamp is not set.
 * @example translateTimestampSince('2024-01-01T00:00:00Z', new Date('2024-01-01T00:03:10Z')) // "3m10s"
 */
export function translateTimestampSince(value: Date | string | null | undefined, now: Date): string {
  const ms = toTimestampMs(value);
  return ms === undefined ? '<unknown>' : humanDuration(now.getTime() - ms);
}
