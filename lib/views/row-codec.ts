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
const B64_INDEX: Record<string, number> = Object.fromEntries([...B64].map((c, i) => [c, i]));
/** A dictionary index that means "this row has no such field". */
const ABSENT_INDEX = -1;
const ABSENT = Symbol('absent');

/**
 * A canonical (lowercase, hyphenated) UUID as 22 base64url characters, its
 * 16 bytes exactly; null for anything else.
 * @example packUuid('00010203-0405-0607-0809-0a0b0c0d0e0f') // 'AAECAwQFBgcICQoLDA0ODw'
 */
export function packUuid(uid: string): string | null {
  if (!UUID.test(uid)) return null;
  const hex = uid.replaceAll('-', '');
  const bytes: number[] = [];
  for (let i = 0; i < 32; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
  let out = '';
  for (let i = 0; i < 16; i += 3) {
    const b0 = bytes[i] as number;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += B64[b0 >> 2];
    out += B64[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)];
    if (b1 === undefined) break;
    out += B64[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)];
    if (b2 === undefined) break;
    out += B64[b2 & 63];
  }
  return out;
}

/**
 * The UUID a {@link packUuid} string stands for.
 * @example unpackUuid('AAECAwQFBgcICQoLDA0ODw') // '00010203-0405-0607-0809-0a0b0c0d0e0f'
 */
export function unpackUuid(packed: string): string {
  let bits = 0;
  let acc = 0;
  let hex = '';
  for (const c of packed) {
    acc = (acc << 6) | (B64_INDEX[c] ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      hex += ((acc >> bits) & 255).toString(16).padStart(2, '0');
    }
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Epoch seconds of an API timestamp that formats back to exactly the same text, else null. */
function apiSeconds(v: string): number | null {
  if (!API_TIME.test(v)) return null;
  const ms = Date.parse(v);
  return Number.isFinite(ms) && secondsToApiTime(ms / 1000) === v ? ms / 1000 : null;
}

function secondsToApiTime(s: number): string {
  return new Date(s * 1000).toISOString().replace('.000Z', 'Z');
}

/** The length a value takes in JSON (strings without escapes counted plainly: an estimate is enough to choose). */
function jsonLength(v: unknown): number {
  if (typeof v === 'string') return v.length + 2;
  if (typeof v === 'number') return String(v).length;
  if (v === null) return 4;
  if (typeof v === 'boolean') return v ? 4 : 5;
  return JSON.stringify(v)?.length ?? 4;
}

/** A Map key telling apart values JSON tells apart ('1' from 1, objects by content). */
function dictKey(v: unknown): string {
  return typeof v === 'string' ? `s${v}` : `j${JSON.stringify(v)}`;
}

type Column = { field: string; values: unknown[] };
type Choice = { kind: 'raw'; cost: number } | { kind: 'dict'; cost: number; dict: unknown[]; index: Map<string, number> } | { kind: 'uuid'; cost: number } | { kind: 'time'; cost: number; base: number };

/** The cheapest way to write one column: as-is, dictionary indexes, packed UUIDs or seconds after a base time. */
function choose(col: Column): Choice {
  const { values } = col;
  let absent = false;
  let raw = 0;
  let allUuid = true;
  let allTime = true;
  let base = Infinity;
  const counts = new Map<string, { value: unknown; n: number; first: number }>();
  for (const [i, v] of values.entries()) {
    if (v === ABSENT) {
      absent = true;
      allUuid = allTime = false;
      continue;
    }
    raw += jsonLength(v);
    const k = dictKey(v);
    const c = counts.get(k);
    if (c) c.n += 1;
    else counts.set(k, { value: v, n: 1, first: i });
    if (v === null) continue;
    if (allUuid && !(typeof v === 'string' && UUID.test(v))) allUuid = false;
    if (allTime) {
      const s = typeof v === 'string' ? apiSeconds(v) : null;
      if (s === null) allTime = false;
      else if (s < base) base = s;
    }
  }
  // Most frequent first, so the commonest values get the shortest indexes.
  const entries = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first);
  const index = new Map<string, number>();
  let dictCost = 0;
  for (const [i, [k, e]] of entries.entries()) {
    index.set(k, i);
    dictCost += jsonLength(e.value) + 1 + String(i).length * e.n;
  }
  if (absent) dictCost += 2 * values.filter((v) => v === ABSENT).length;
  const dict: Choice = { kind: 'dict', cost: dictCost, dict: entries.map(([, e]) => e.value), index };
  if (absent) return dict;
  const options: Choice[] = [{ kind: 'raw', cost: raw }, dict];
  const nonNull = values.filter((v) => v !== null);
  if (allUuid && nonNull.length > 0) options.push({ kind: 'uuid', cost: values.length * 4 + nonNull.length * 20 });
  if (allTime && nonNull.length > 0) {
    let cost = 0;
    for (const v of values) cost += v === null ? 4 : String((apiSeconds(v as string) as number) - base).length;
    options.push({ kind: 'time', cost, base });
  }
  return options.reduce((best, o) => (o.cost < best.cost ? o : best));
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
      if (!seen.has(k) && (r as unknown as Record<string, unknown>)[k] !== undefined) {
        seen.add(k);
        fields.push(k);
      }
    }
  }
  const columns: Column[] = fields.map((field) => ({
    field,
    values: rows.map((r) => {
      const v = (r as unknown as Record<string, unknown>)[field];
      return v === undefined || !Object.hasOwn(r, field) ? ABSENT : v;
    }),
  }));
  const choices = columns.map(choose);
  const dicts: Record<string, unknown[]> = {};
  const packs: Record<string, 'uuid' | { time: number }> = {};
  for (const [i, c] of choices.entries()) {
    const field = fields[i] as string;
    if (c.kind === 'dict') dicts[field] = c.dict;
    else if (c.kind === 'uuid') packs[field] = 'uuid';
    else if (c.kind === 'time') packs[field] = { time: c.base };
  }
  const out = rows.map((_, r) => {
    const row: unknown[] = new Array(fields.length);
    for (let f = 0; f < fields.length; f += 1) {
      const v = (columns[f] as Column).values[r];
      const c = choices[f] as Choice;
      if (c.kind === 'dict') row[f] = v === ABSENT ? ABSENT_INDEX : c.index.get(dictKey(v));
      else if (v === null) row[f] = null;
      else if (c.kind === 'uuid') row[f] = packUuid(v as string);
      else if (c.kind === 'time') row[f] = (apiSeconds(v as string) as number) - c.base;
      else row[f] = v;
    }
    return row;
  });
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
  const decoders = fields.map((f): ((v: unknown) => unknown) => {
    const dict = dicts[f];
    if (dict) return (v) => (v === ABSENT_INDEX ? ABSENT : dict[v as number]);
    const p = packs[f];
    if (p === 'uuid') return (v) => (v === null ? null : unpackUuid(v as string));
    if (p !== undefined) return (v) => (v === null ? null : secondsToApiTime(p.time + (v as number)));
    return (v) => v;
  });
  return rows.map((row) => {
    const o: Record<string, unknown> = {};
    for (let f = 0; f < fields.length; f += 1) {
      const v = (decoders[f] as (v: unknown) => unknown)(row[f]);
      if (v !== ABSENT) o[fields[f] as string] = v;
    }
    return o as unknown as T;
  });
}

/**
 * The rows of a list message (snapshot or append), plain or packed.
 * @example messageRows({ items: [{ uid: 'a' }] }) // [{ uid: 'a' }]
 */
export function messageRows<T extends KeyedRow = KeyedRow>(m: { items: KeyedRow[] } | { packed: PackedRows }): T[] {
  return 'packed' in m ? decodeRows<T>(m.packed) : (m.items as T[]);
}
