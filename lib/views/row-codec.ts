/**
 * Compact rows for the live stream: a list view's rows written column-wise
 * against per-message dictionaries (the wire shape is PackedRows in
 * lib/contract/stream.ts). Pure and shared: the stream hub encodes, the
 * browser decodes. Generic over any keyed row; decoding gives back exactly
 * what JSON would have carried for the plain rows.
 */

import type { KeyedRow, PackedRows } from '@/lib/contract';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const API_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i += 1) B64_INDEX[B64.charCodeAt(i)] = i;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
/** Where a UUID's 32 hex digits sit in its 36 characters. */
const HEX_AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
/** A dictionary index that means "this row has no such field". */
const ABSENT_INDEX = -1;
const ABSENT = Symbol('absent');
/** How decodeRows reads a field: as sent, from its dictionary, as a packed UUID, as seconds after a base. */
const FIELD_RAW = 0;
const FIELD_DICT = 1;
const FIELD_UUID = 2;
const FIELD_TIME = 3;

function hexDigit(c: number): number {
  return c <= 57 ? c - 48 : c - 87;
}

/**
 * A canonical (lowercase, hyphenated) UUID as 22 base64url characters, its
 * 16 bytes exactly; null for anything else.
 * @example packUuid('00010203-0405-0607-0809-0a0b0c0d0e0f') // 'AAECAwQFBgcICQoLDA0ODw'
 */
export function packUuid(uid: string): string | null {
  if (uid.length !== 36 || !UUID.test(uid)) return null;
  const b = new Array<number>(16);
  for (let i = 0; i < 16; i += 1) {
    const at = HEX_AT[i] as number;
    b[i] = (hexDigit(uid.charCodeAt(at)) << 4) | hexDigit(uid.charCodeAt(at + 1));
  }
  let out = '';
  for (let i = 0; i < 15; i += 3) {
    const n = ((b[i] as number) << 16) | ((b[i + 1] as number) << 8) | (b[i + 2] as number);
    out += B64.charAt(n >> 18) + B64.charAt((n >> 12) & 63) + B64.charAt((n >> 6) & 63) + B64.charAt(n & 63);
  }
  const last = b[15] as number;
  return out + B64.charAt(last >> 2) + B64.charAt((last & 3) << 4);
}

/**
 * The UUID a {@link packUuid} string stands for.
 * @example unpackUuid('AAECAwQFBgcICQoLDA0ODw') // '00010203-0405-0607-0809-0a0b0c0d0e0f'
 */
export function unpackUuid(packed: string): string {
  const b = new Array<number>(16);
  for (let i = 0, c = 0; i < 15; i += 3, c += 4) {
    const n = (B64_INDEX[packed.charCodeAt(c)]! << 18) | (B64_INDEX[packed.charCodeAt(c + 1)]! << 12) | (B64_INDEX[packed.charCodeAt(c + 2)]! << 6) | B64_INDEX[packed.charCodeAt(c + 3)]!;
    b[i] = (n >> 16) & 255;
    b[i + 1] = (n >> 8) & 255;
    b[i + 2] = n & 255;
  }
  b[15] = ((B64_INDEX[packed.charCodeAt(20)]! << 2) | (B64_INDEX[packed.charCodeAt(21)]! >> 4)) & 255;
  const h = b.map((x) => HEX[x] as string);
  return `${h[0]}${h[1]}${h[2]}${h[3]}-${h[4]}${h[5]}-${h[6]}${h[7]}-${h[8]}${h[9]}-${h[10]}${h[11]}${h[12]}${h[13]}${h[14]}${h[15]}`;
}

/** Epoch seconds of an API timestamp that formats back to exactly the same text (with `format`, an apiTimeFormatter), else null. */
function apiSeconds(v: string, format: (s: number) => string): number | null {
  if (v.length !== 20 || !API_TIME.test(v)) return null;
  const ms = Date.parse(v);
  return Number.isFinite(ms) && format(ms / 1000) === v ? ms / 1000 : null;
}

function secondsToApiTime(s: number): string {
  return new Date(s * 1000).toISOString().replace('.000Z', 'Z');
}

const SECONDS_PER_DAY = 86_400;
const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/**
 * secondsToApiTime for whole seconds, formatting each day's date once: a
 * snapshot's creation times fall on a few days, and Date's formatter per
 * row was most of the time decodeRows took.
 */
function apiTimeFormatter(): (s: number) => string {
  const days = new Map<number, string>();
  return (s) => {
    if (!Number.isInteger(s)) return secondsToApiTime(s);
    const day = Math.floor(s / SECONDS_PER_DAY);
    let date = days.get(day);
    if (date === undefined) {
      date = secondsToApiTime(day * SECONDS_PER_DAY).slice(0, -9);
      days.set(day, date);
    }
    const t = s - day * SECONDS_PER_DAY;
    const h = Math.floor(t / 3600);
    const m = Math.floor((t % 3600) / 60);
    return `${date}${TWO_DIGITS[h] as string}:${TWO_DIGITS[m] as string}:${TWO_DIGITS[t % 60] as string}Z`;
  };
}

/** The length a value takes in JSON (strings without escapes counted plainly: an estimate is enough to choose). */
function jsonLength(v: unknown): number {
  if (typeof v === 'string') return v.length + 2;
  if (typeof v === 'number') return String(v).length;
  if (v === null) return 4;
  if (typeof v === 'boolean') return v ? 4 : 5;
  return JSON.stringify(v)?.length ?? 4;
}

/** The number of characters of a non-negative integer in JSON. */
function digits(n: number): number {
  return n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : n < 10_000 ? 4 : String(n).length;
}

/** One distinct value of a column: how often it occurs, and where first. */
interface Distinct {
  value: unknown;
  n: number;
  first: number;
}

/**
 * A column's distinct values, strings apart from the rest (kept by their
 * JSON, so '1' and 1 differ and objects compare by content).
 */
class Distincts {
  readonly strings = new Map<string, Distinct>();
  readonly others = new Map<string, Distinct>();
  size = 0;

  add(v: unknown, at: number): void {
    const map = typeof v === 'string' ? this.strings : this.others;
    const k = typeof v === 'string' ? v : JSON.stringify(v);
    const d = map.get(k);
    if (d) d.n += 1;
    else {
      map.set(k, { value: v, n: 1, first: at });
      this.size += 1;
    }
  }

  get(v: unknown): Distinct | undefined {
    return typeof v === 'string' ? this.strings.get(v) : this.others.get(JSON.stringify(v));
  }

  all(): Distinct[] {
    return [...this.strings.values(), ...this.others.values()];
  }
}

type Choice = { kind: 'raw' } | { kind: 'dict'; dict: unknown[]; index: Map<Distinct, number>; distincts: Distincts } | { kind: 'uuid' } | { kind: 'time'; base: number; seconds: (number | null)[] };

/** The cheapest way to write one column: as-is, dictionary indexes, packed UUIDs or seconds after a base time. */
function choose(values: readonly unknown[]): Choice {
  const n = values.length;
  let absent = 0;
  let raw = 0;
  let allUuid = true;
  let seconds: (number | null)[] | null = [];
  let base = Infinity;
  let nonNull = 0;
  // A dictionary cannot pay when most values are distinct (names, uids, IPs): stop counting them.
  let distincts: Distincts | null = new Distincts();
  const apiTime = apiTimeFormatter();
  for (let i = 0; i < n; i += 1) {
    const v = values[i];
    if (v === ABSENT) {
      absent += 1;
      allUuid = false;
      seconds = null;
      continue;
    }
    raw += jsonLength(v);
    if (distincts) {
      distincts.add(v, i);
      if (distincts.size > n / 2 + 1 && absent === 0) distincts = null;
    }
    if (v === null) {
      seconds?.push(null);
      continue;
    }
    nonNull += 1;
    if (allUuid && !(typeof v === 'string' && v.length === 36 && UUID.test(v))) allUuid = false;
    if (seconds) {
      const s = typeof v === 'string' ? apiSeconds(v, apiTime) : null;
      if (s === null) seconds = null;
      else {
        seconds.push(s);
        if (s < base) base = s;
      }
    }
  }
  if (absent > 0 && !distincts) {
    // Only a dictionary can say "absent": count every value after all.
    distincts = new Distincts();
    for (let i = 0; i < n; i += 1) if (values[i] !== ABSENT) distincts.add(values[i], i);
  }
  let best: Choice = { kind: 'raw' };
  let bestCost = absent > 0 ? Infinity : raw;
  if (distincts) {
    // Most frequent first, so the commonest values get the shortest indexes.
    const entries = distincts.all().sort((a, b) => b.n - a.n || a.first - b.first);
    const index = new Map<Distinct, number>();
    let cost = 2 * absent;
    for (let i = 0; i < entries.length; i += 1) {
      const e = entries[i] as Distinct;
      index.set(e, i);
      cost += jsonLength(e.value) + 1 + digits(i) * e.n;
    }
    if (cost < bestCost) {
      best = { kind: 'dict', dict: entries.map((e) => e.value), index, distincts };
      bestCost = cost;
    }
  }
  if (absent > 0 || nonNull === 0) return best;
  if (allUuid && (n - nonNull) * 4 + nonNull * 24 < bestCost) {
    best = { kind: 'uuid' };
    bestCost = (n - nonNull) * 4 + nonNull * 24;
  }
  if (seconds) {
    let cost = 0;
    for (const s of seconds) cost += s === null ? 4 : digits(s - base);
    if (cost < bestCost) best = { kind: 'time', base, seconds };
  }
  return best;
}

/**
 * Encodes rows column-wise: each field is written as-is, as an index into a
 * per-message dictionary of its values (fields whose values repeat:
 * namespace, node, status, null…), as a packed UUID, or as seconds after a
 * base time — whichever is shortest for this batch. A field a row lacks (or
 * holds undefined) stays absent after decoding; everything else comes back
 * JSON-equal.
 * @example encodeRows([{ uid: 'a', ns: 'x' }, { uid: 'b', ns: 'x' }, { uid: 'c', ns: 'x' }])
 *   // { fields: ['uid', 'ns'], dicts: { ns: ['x'] }, rows: [['a', 0], ['b', 0], ['c', 0]] }
 */
export function encodeRows(rows: readonly KeyedRow[]): PackedRows {
  const fields: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const k in r) {
      if (!seen.has(k) && Object.hasOwn(r, k) && (r as unknown as Record<string, unknown>)[k] !== undefined) {
        seen.add(k);
        fields.push(k);
      }
    }
  }
  const n = rows.length;
  const out: unknown[][] = rows.map(() => new Array<unknown>(fields.length));
  const dicts: Record<string, unknown[]> = {};
  const packs: Record<string, 'uuid' | { time: number }> = {};
  for (let f = 0; f < fields.length; f += 1) {
    const field = fields[f] as string;
    const values = new Array<unknown>(n);
    for (let r = 0; r < n; r += 1) {
      // Rows are plain data: a field a row lacks reads as undefined, like one it holds as undefined.
      const v = (rows[r] as unknown as Record<string, unknown>)[field];
      values[r] = v === undefined ? ABSENT : v;
    }
    const c = choose(values);
    if (c.kind === 'dict') {
      dicts[field] = c.dict;
      for (let r = 0; r < n; r += 1) {
        const v = values[r];
        (out[r] as unknown[])[f] = v === ABSENT ? ABSENT_INDEX : c.index.get(c.distincts.get(v) as Distinct);
      }
    } else if (c.kind === 'uuid') {
      packs[field] = 'uuid';
      for (let r = 0; r < n; r += 1) {
        const v = values[r];
        (out[r] as unknown[])[f] = v === null ? null : packUuid(v as string);
      }
    } else if (c.kind === 'time') {
      packs[field] = { time: c.base };
      for (let r = 0; r < n; r += 1) {
        const s = c.seconds[r] as number | null;
        (out[r] as unknown[])[f] = s === null ? null : s - c.base;
      }
    } else for (let r = 0; r < n; r += 1) (out[r] as unknown[])[f] = values[r];
  }
  return Object.keys(packs).length > 0 ? { fields, dicts, packs, rows: out } : { fields, dicts, rows: out };
}

/**
 * Restores the rows of {@link encodeRows}, in order. Dictionary values are
 * shared between the rows that hold them (treat rows as read-only).
 * @example decodeRows({ fields: ['uid', 'ns'], dicts: { ns: ['x'] }, rows: [['a', 0]] }) // [{ uid: 'a', ns: 'x' }]
 */
export function decodeRows<T extends KeyedRow = KeyedRow>(packed: PackedRows): T[] {
  const { fields, dicts, rows } = packed;
  const packs = packed.packs ?? {};
  const nf = fields.length;
  // How each field is read, chosen once per message (not a closure call per value: 30,000 rows × 13 fields).
  const kind = new Uint8Array(nf);
  const dictOf: (unknown[] | undefined)[] = new Array<unknown[] | undefined>(nf);
  const baseOf = new Float64Array(nf);
  for (let f = 0; f < nf; f += 1) {
    const field = fields[f] as string;
    const dict = dicts[field];
    const p = packs[field];
    if (dict) {
      kind[f] = FIELD_DICT;
      dictOf[f] = dict;
    } else if (p === 'uuid') kind[f] = FIELD_UUID;
    else if (p !== undefined) {
      kind[f] = FIELD_TIME;
      baseOf[f] = p.time;
    }
  }
  const apiTime = apiTimeFormatter();
  const out = new Array<T>(rows.length);
  for (let r = 0; r < rows.length; r += 1) {
    const row = rows[r] as unknown[];
    const o: Record<string, unknown> = {};
    for (let f = 0; f < nf; f += 1) {
      const v = row[f];
      const k = kind[f];
      if (k === FIELD_RAW) o[fields[f] as string] = v;
      else if (k === FIELD_DICT) {
        if (v !== ABSENT_INDEX) o[fields[f] as string] = (dictOf[f] as unknown[])[v as number];
      } else if (v === null) o[fields[f] as string] = null;
      else if (k === FIELD_UUID) o[fields[f] as string] = unpackUuid(v as string);
      else {
        o[fields[f] as string] = apiTime((baseOf[f] as number) + (v as number));
      }
    }
    out[r] = o as unknown as T;
  }
  return out;
}

/**
 * The rows of a list message (snapshot or append), plain or packed.
 * @example messageRows({ items: [{ uid: 'a' }] }) // [{ uid: 'a' }]
 */
export function messageRows<T extends KeyedRow = KeyedRow>(m: { items: KeyedRow[] } | { packed: PackedRows }): T[] {
  return 'packed' in m ? decodeRows<T>(m.packed) : (m.items as T[]);
}
