import { describe, it, expect } from 'vitest';
import { humanDuration, toTimestampMs, translateTimestampSince } from './human-duration';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;

// Ported from k8s.io/apimachinery pkg/util/duration/duration_test.go (TestHumanDuration).
describe('humanDuration — upstream TestHumanDuration', () => {
  it.each([
    { ms: SECOND, want: '1s' },
    { ms: 70 * SECOND, want: '70s' },
    { ms: 190 * SECOND, want: '3m10s' },
    { ms: 70 * MINUTE, want: '70m' },
    { ms: 47 * HOUR, want: '47h' },
    { ms: 49 * HOUR, want: '2d1h' },
    { ms: (8 * 24 + 2) * HOUR, want: '8d' },
    { ms: 367 * DAY, want: '367d' },
    { ms: 2 * YEAR + 25 * HOUR, want: '2y1d' },
    { ms: 8 * YEAR + 2 * HOUR, want: '8y' },
  ])('formats $ms ms as $want', ({ ms, want }) => {
    expect(humanDuration(ms)).toBe(want);
  });
});

// Ported from duration_test.go (TestHumanDurationBoundaries). Go counts in
// nanoseconds; "-2s + 1ns" becomes a fraction of a millisecond here.
describe('humanDuration — upstream TestHumanDurationBoundaries', () => {
  it.each([
    { ms: -2 * SECOND, want: '<invalid>' },
    { ms: -2 * SECOND + 0.000001, want: '0s' },
    { ms: 0, want: '0s' },
    { ms: SECOND - 1, want: '0s' },
    { ms: 2 * MINUTE - 1, want: '119s' },
    { ms: 2 * MINUTE, want: '2m' },
    { ms: 2 * MINUTE + SECOND, want: '2m1s' },
    { ms: 10 * MINUTE - 1, want: '9m59s' },
    { ms: 10 * MINUTE, want: '10m' },
    { ms: 10 * MINUTE + SECOND, want: '10m' },
    { ms: 3 * HOUR - 1, want: '179m' },
    { ms: 3 * HOUR, want: '3h' },
    { ms: 3 * HOUR + MINUTE, want: '3h1m' },
    { ms: 8 * HOUR - 1, want: '7h59m' },
    { ms: 8 * HOUR, want: '8h' },
    { ms: 8 * HOUR + 59 * MINUTE, want: '8h' },
    { ms: 2 * DAY - 1, want: '47h' },
    { ms: 2 * DAY, want: '2d' },
    { ms: 2 * DAY + HOUR, want: '2d1h' },
    { ms: 8 * DAY - 1, want: '7d23h' },
    { ms: 8 * DAY, want: '8d' },
    { ms: 8 * DAY + 23 * HOUR, want: '8d' },
    { ms: 2 * YEAR - 1, want: '729d' },
    { ms: 2 * YEAR, want: '2y' },
    { ms: 2 * YEAR + 23 * HOUR, want: '2y' },
    { ms: 2 * YEAR + 23 * HOUR + 59 * MINUTE, want: '2y' },
    { ms: 2 * YEAR + DAY - 1, want: '2y' },
    { ms: 2 * YEAR + DAY, want: '2y1d' },
    { ms: 3 * YEAR, want: '3y' },
    { ms: 4 * YEAR, want: '4y' },
    { ms: 5 * YEAR, want: '5y' },
    { ms: 6 * YEAR, want: '6y' },
    { ms: 7 * YEAR, want: '7y' },
    { ms: 8 * YEAR - 1, want: '7y364d' },
    { ms: 8 * YEAR, want: '8y' },
    { ms: 8 * YEAR + 364 * DAY, want: '8y' },
    { ms: 9 * YEAR, want: '9y' },
  ])('formats $ms ms as $want', ({ ms, want }) => {
    expect(humanDuration(ms)).toBe(want);
  });
});

describe('humanDuration — inputs Go cannot produce', () => {
  it('reports a non-finite duration as <invalid> instead of printing NaN', () => {
    expect([humanDuration(Number.NaN), humanDuration(Number.POSITIVE_INFINITY)]).toStrictEqual([
      '<invalid>',
      '<invalid>',
    ]);
  });
});

describe('translateTimestampSince', () => {
  const now = new Date('2024-01-01T00:03:10Z');

  it('formats the age of an ISO string timestamp', () => {
    expect(translateTimestampSince('2024-01-01T00:00:00Z', now)).toBe('3m10s');
  });

  it('formats the age of a Date timestamp', () => {
    expect(translateTimestampSince(new Date('2023-12-30T00:00:00Z'), now)).toBe('2d');
  });

  it('prints <unknown> for a missing, null, unparseable or Go-zero timestamp', () => {
    expect(
      [undefined, null, 'not a date', '0001-01-01T00:00:00Z'].map((ts) => translateTimestampSince(ts, now)),
    ).toStrictEqual(['<unknown>', '<unknown>', '<unknown>', '<unknown>']);
  });

  it('prints <invalid> for a timestamp more than 2s in the future (clock skew beyond tolerance)', () => {
    expect(translateTimestampSince('2024-01-01T00:03:13Z', now)).toBe('<invalid>');
  });
});

describe('toTimestampMs', () => {
  it('reads Date and ISO string timestamps to the same epoch milliseconds', () => {
    expect([toTimestampMs('2024-08-24T01:54:37Z'), toTimestampMs(new Date('2024-08-24T01:54:37Z'))]).toStrictEqual([
      1724464477000, 1724464477000,
    ]);
  });
});
