import { describe, it, expect } from 'vitest';
import { msToIso, secondsBetween, toIso } from './timestamps';

describe('toIso', () => {
  it.each([
    ['an ISO string from JSON', '2019-04-04T16:06:55Z', '2019-04-04T16:06:55Z'],
    ['a Date from the typed client', new Date('2019-04-04T16:06:55Z'), '2019-04-04T16:06:55Z'],
    ['a MicroTime with fractional seconds', '2024-08-24T01:54:32.318204Z', '2024-08-24T01:54:32.318Z'],
    ['an offset timestamp', '2019-12-31T12:26:47-07:00', '2019-12-31T19:26:47Z'],
    ['Go zero time, which means unset', '0001-01-01T00:00:00Z', null],
    ['null', null, null],
    ['undefined', undefined, null],
    ['garbage', 'yesterday', null],
  ])('normalises %s', (_label, input, expected) => {
    expect(toIso(input)).toBe(expected);
  });

  it('writes epoch milliseconds without a .000 fraction', () => {
    expect(msToIso(0)).toBe('1970-01-01T00:00:00Z');
  });
});

describe('secondsBetween', () => {
  it('counts whole seconds forward and backward', () => {
    expect(secondsBetween('2024-01-01T00:00:00Z', '2024-01-01T00:00:42Z')).toBe(42);
    expect(secondsBetween('2024-01-01T00:00:42Z', new Date('2024-01-01T00:00:00Z'))).toBe(-42);
  });

  it('is null when either end is unknown', () => {
    expect(secondsBetween(null, '2024-01-01T00:00:42Z')).toBeNull();
  });
});
