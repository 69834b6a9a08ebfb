import { describe, expect, it } from 'vitest';
import {
  addQuantities,
  compareQuantities,
  maxQuantity,
  parseQuantity,
  toMilli,
  toUnits,
  type ExactQuantity,
} from './quantity';

function q(text: string): ExactQuantity {
  const parsed = parseQuantity(text);
  if (!parsed) throw new Error(`bad quantity in test: ${text}`);
  return parsed;
}

describe('parseQuantity', () => {
  it.each<[string, string, ExactQuantity | null]>([
    ['reads plain integers', '4', { num: 4n, scale: 0 }],
    ['reads millicores', '250m', { num: 25n, scale: 2 }],
    ['reads decimal cores', '0.5', { num: 5n, scale: 1 }],
    ['reads a trailing dot', '2.', { num: 2n, scale: 0 }],
    ['reads a leading dot', '.5', { num: 5n, scale: 1 }],
    ['reads nano and micro suffixes', '1500n', { num: 15n, scale: 7 }],
    ['reads micro', '3u', { num: 3n, scale: 6 }],
    ['reads kilo', '2k', { num: 2000n, scale: 0 }],
    ['reads mega and giga', '1G', { num: 1_000_000_000n, scale: 0 }],
    ['reads exa (capital E without digits)', '1E', { num: 10n ** 18n, scale: 0 }],
    ['reads Ki as 1024', '8063156Ki', { num: 8_256_671_744n, scale: 0 }],
    ['reads Mi', '128Mi', { num: 134_217_728n, scale: 0 }],
    ['reads fractional Gi exactly', '1.5Gi', { num: 1_610_612_736n, scale: 0 }],
    ['reads Ei', '1Ei', { num: 1n << 60n, scale: 0 }],
    ['reads lower-case exponents', '1e3', { num: 1000n, scale: 0 }],
    ['reads upper-case exponents', '12E6', { num: 12_000_000n, scale: 0 }],
    ['reads negative exponents', '5e-3', { num: 5n, scale: 3 }],
    ['reads exponents with a plus sign', '1.2e+2', { num: 120n, scale: 0 }],
    ['reads signed numbers', '-100m', { num: -1n, scale: 1 }],
    ['reads an explicit plus sign', '+1Ki', { num: 1024n, scale: 0 }],
    ['normalises zero', '0.000', { num: 0n, scale: 0 }],
    ['rejects the empty string', '', null],
    ['rejects unknown suffixes', '1KB', null],
    ['rejects lower-case binary suffixes', '1ki', null],
    ['rejects surrounding spaces', ' 1', null],
    ['rejects a bare e', '1e', null],
    ['rejects a fractional exponent', '1e1.5', null],
    ['rejects absurd exponents', '1e99999', null],
    ['rejects a lone dot', '.', null],
  ])('%s (%s)', (_name, text, expected) => {
    expect(parseQuantity(text)).toStrictEqual(expected);
  });
});

describe('toMilli and toUnits', () => {
  it.each<[string, string, number, number]>([
    ['counts whole cores as 1000 millicores', '4', 4000, 4],
    ['keeps millicores exact', '250m', 250, 1],
    ['rounds sub-millicore values up like MilliValue', '1n', 1, 1],
    ['rounds fractional bytes up like Value', '100m', 100, 1],
    ['keeps large byte counts exact', '16954240Ki', 17_361_141_760_000, 17_361_141_760],
    ['handles exponent forms', '1e3', 1_000_000, 1000],
  ])('%s (%s)', (_name, text, milli, units) => {
    expect({ milli: toMilli(q(text)), units: toUnits(q(text)) }).toStrictEqual({ milli, units });
  });
});

describe('arithmetic', () => {
  it('adds decimal fractions without float error', () => {
    expect(addQuantities(q('0.1'), q('0.2'))).toStrictEqual(q('300m'));
  });

  it('adds binary and decimal suffixes exactly', () => {
    expect(addQuantities(q('1Ki'), q('1k'))).toStrictEqual({ num: 2024n, scale: 0 });
  });

  it.each<[string, string, string, number]>([
    ['orders 1Ki above 1k', '1Ki', '1k', 1],
    ['treats 1000m and 1 as equal', '1000m', '1', 0],
    ['orders 999m below 1', '999m', '1', -1],
  ])('%s', (_name, a, b, expected) => {
    expect(compareQuantities(q(a), q(b))).toBe(expected);
  });

  it('picks the larger quantity', () => {
    expect(maxQuantity(q('900m'), q('1'))).toStrictEqual(q('1'));
  });
});
