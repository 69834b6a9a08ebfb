/**
 * Exact Kubernetes resource quantities (k8s.io/apimachinery/pkg/api/resource,
 * quantity.go). Grammar:
 *   <quantity> ::= <signedNumber><suffix>
 *   <suffix>   ::= Ki | Mi | Gi | Ti | Pi | Ei            (powers of 1024)
 *                | n | u | m | "" | k | M | G | T | P | E  (powers of 1000)
 *                | e<signedInt> | E<signedInt>            (powers of 10)
 * Values are kept as a bigint over a power of ten so that sums of requests are
 * exact; floats would turn "0.1" + "0.2" CPU into 300.00000000000006m.
 */

/** value = num / 10^scale, with scale >= 0 and num not divisible by 10 when scale > 0. */
export interface ExactQuantity {
  readonly num: bigint;
  readonly scale: number;
}

export const ZERO_QUANTITY: ExactQuantity = { num: 0n, scale: 0 };

const BINARY_SUFFIXES: Readonly<Record<string, bigint>> = {
  Ki: 1n << 10n,
  Mi: 1n << 20n,
  Gi: 1n << 30n,
  Ti: 1n << 40n,
  Pi: 1n << 50n,
  Ei: 1n << 60n,
};

const DECIMAL_SUFFIXES: Readonly<Record<string, number>> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};

const NUMBER_RE = /^([+-]?)(\d+(?:\.\d*)?|\.\d+)(.*)$/;
const EXPONENT_RE = /^[eE]([+-]?\d+)$/;
// apimachinery gives up on exactness far below this; the cap only keeps a
// hostile "1e99999999" from allocating a gigantic bigint.
const MAX_EXPONENT = 1000;

/**
 * Parses a quantity string exactly, or returns null when it is not a valid
 * quantity (apimachinery rejects the same strings, spaces included).
 * @example parseQuantity('1.5Gi') // { num: 1610612736n, scale: 0 }; parseQuantity('250m') // { num: 25n, scale: 2 }
 */
export function parseQuantity(text: string): ExactQuantity | null {
  const match = NUMBER_RE.exec(text);
  if (!match) return null;
  const [, sign = '', digits = '', suffix = ''] = match;
  const [intPart = '', fracPart = ''] = digits.split('.');
  let num = BigInt((intPart || '0') + fracPart);
  let scale = fracPart.length;

  const binary = BINARY_SUFFIXES[suffix];
  let exponent: number;
  if (binary !== undefined) {
    num *= binary;
    exponent = 0;
  } else if (Object.hasOwn(DECIMAL_SUFFIXES, suffix)) {
    exponent = DECIMAL_SUFFIXES[suffix] ?? 0;
  } else {
    const exp = EXPONENT_RE.exec(suffix);
    if (!exp?.[1]) return null;
    exponent = Number.parseInt(exp[1], 10);
    if (Math.abs(exponent) > MAX_EXPONENT) return null;
  }

  if (exponent >= 0) num *= 10n ** BigInt(exponent);
  else scale -= exponent;
  return normalise(sign === '-' ? -num : num, scale);
}

function normalise(num: bigint, scale: number): ExactQuantity {
  let n = num;
  let s = scale;
  while (s > 0 && n % 10n === 0n) {
    n /= 10n;
    s -= 1;
  }
  return { num: n === 0n ? 0n : n, scale: n === 0n ? 0 : s };
}

function align(a: ExactQuantity, b: ExactQuantity): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.num * 10n ** BigInt(scale - a.scale), b.num * 10n ** BigInt(scale - b.scale), scale];
}

/**
 * Exact sum.
 * @example addQuantities(parseQuantity('100m')!, parseQuantity('0.2')!) // 300m, i.e. { num: 3n, scale: 1 }
 */
export function addQuantities(a: ExactQuantity, b: ExactQuantity): ExactQuantity {
  const [x, y, scale] = align(a, b);
  return normalise(x + y, scale);
}

/**
 * Negative, zero or positive as a is below, equal to or above b.
 * @example compareQuantities(parseQuantity('1Ki')!, parseQuantity('1k')!) // 1
 */
export function compareQuantities(a: ExactQuantity, b: ExactQuantity): number {
  const [x, y] = align(a, b);
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * The larger of two quantities.
 * @example maxQuantity(parseQuantity('1')!, parseQuantity('900m')!) // 1
 */
export function maxQuantity(a: ExactQuantity, b: ExactQuantity): ExactQuantity {
  return compareQuantities(a, b) >= 0 ? a : b;
}

/** ceil(q × 10^decimals), the rounding apimachinery's ScaledValue uses for requests. */
function ceilScaled(q: ExactQuantity, decimals: number): bigint {
  const shift = decimals - q.scale;
  if (shift >= 0) return q.num * 10n ** BigInt(shift);
  const divisor = 10n ** BigInt(-shift);
  const quotient = q.num / divisor; // bigint division truncates toward zero
  return q.num > 0n && q.num % divisor !== 0n ? quotient + 1n : quotient;
}

/**
 * Thousandths, rounded up like Quantity.MilliValue: CPU in millicores.
 * @example toMilli(parseQuantity('0.25')!) // 250; toMilli(parseQuantity('1n')!) // 1
 */
export function toMilli(q: ExactQuantity): number {
  return Number(ceilScaled(q, 3));
}

/**
 * Whole units, rounded up like Quantity.Value: memory in bytes, pod counts.
 * @example toUnits(parseQuantity('1Mi')!) // 1048576; toUnits(parseQuantity('100m')!) // 1
 */
export function toUnits(q: ExactQuantity): number {
  return Number(ceilScaled(q, 0));
}
