/**
 * Addresses and networks for AUTH=proxy's trusted peers: IPv4 and IPv6,
 * with or without a /prefix. An IPv4-mapped IPv6 address (::ffff:10.0.0.1,
 * how a dual-stack socket reports an IPv4 peer) matches as its IPv4 form.
 */

/** One network: its family, base address as a number, and prefix length. */
export interface Cidr {
  readonly family: 4 | 6;
  readonly base: bigint;
  readonly prefix: number;
}

/**
 * An address as its family and number, or null when it is not one.
 * Zone ids (fe80::1%eth0) and brackets are not addresses.
 * @example parseIp('10.0.0.1') // { family: 4, value: 167772161n }
 * @example parseIp('::ffff:10.0.0.1') // { family: 4, value: 167772161n }
 */
export function parseIp(raw: string): { family: 4 | 6; value: bigint } | null {
  const s = raw.trim().toLowerCase();
  const v4 = parseV4(s);
  if (v4 !== null) return { family: 4, value: v4 };
  const v6 = parseV6(s);
  if (v6 === null) return null;
  // ::ffff:a.b.c.d
  if (v6 >> 32n === 0xffffn) return { family: 4, value: v6 & 0xffffffffn };
  return { family: 6, value: v6 };
}

function parseV4(s: string): bigint | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255 || (p.length > 1 && p.startsWith('0'))) return null;
    v = (v << 8n) | BigInt(Number(p));
  }
  return v;
}

function parseV6(s: string): bigint | null {
  if (!/^[0-9a-f:.]+$/.test(s) || s.split('::').length > 2) return null;
  let text = s;
  // An embedded IPv4 tail (::ffff:10.0.0.1) is two hex groups.
  const lastColon = text.lastIndexOf(':');
  if (lastColon < 0) return null;
  if (text.includes('.')) {
    const v4 = parseV4(text.slice(lastColon + 1));
    if (v4 === null) return null;
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const group = (g: string) => (/^[0-9a-f]{1,4}$/.test(g) ? BigInt(parseInt(g, 16)) : null);
  const [headText, tailText] = text.split('::') as [string, string | undefined];
  const head = headText ? headText.split(':').map(group) : [];
  const rest = tailText ? tailText.split(':').map(group) : [];
  if (head.includes(null) || rest.includes(null)) return null;
  const total = head.length + rest.length;
  let all: bigint[];
  if (tailText === undefined) {
    if (total !== 8) return null;
    all = head as bigint[];
  } else {
    if (total > 7) return null;
    all = [...(head as bigint[]), ...Array<bigint>(8 - total).fill(0n), ...(rest as bigint[])];
  }
  return all.reduce((acc, g) => (acc << 16n) | g, 0n);
}

/**
 * A network such as 10.0.0.0/8 or fd00::/8; a bare address is a network of one.
 * @example parseCidr('10.1.2.3/8') // { family: 4, base: 167772160n, prefix: 8 }
 * @example parseCidr('10.0.0.0/33') // null
 */
export function parseCidr(raw: string): Cidr | null {
  const [addr, len, extra] = raw.trim().split('/');
  if (extra !== undefined || !addr) return null;
  const ip = parseIp(addr);
  if (!ip) return null;
  // A mapped address written as IPv6 keeps an IPv6-style prefix: convert it.
  const bits = ip.family === 4 ? 32 : 128;
  const mappedV6 = ip.family === 4 && addr.includes(':');
  let prefix = len === undefined ? bits : /^\d{1,3}$/.test(len) ? Number(len) : NaN;
  if (mappedV6 && len !== undefined) prefix -= 96;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) return null;
  const mask = prefix === 0 ? 0n : ((1n << BigInt(prefix)) - 1n) << BigInt(bits - prefix);
  return { family: ip.family, base: ip.value & mask, prefix };
}

/**
 * A comma-separated list of networks; the first bad entry fails the list.
 * @example parseCidrList('10.0.0.0/8, 127.0.0.1') // { ok: true, cidrs: [ … two … ] }
 * @example parseCidrList('10.0.0.0/8, nope') // { ok: false, bad: 'nope' }
 */
export function parseCidrList(raw: string): { ok: true; cidrs: Cidr[] } | { ok: false; bad: string } {
  const cidrs: Cidr[] = [];
  for (const entry of raw.split(',')) {
    if (!entry.trim()) continue;
    const c = parseCidr(entry);
    if (!c) return { ok: false, bad: entry.trim() };
    cidrs.push(c);
  }
  return { ok: true, cidrs };
}

/**
 * Whether an address lies in any of the networks. Unparseable addresses are in none.
 * @example ipInCidrs('10.2.3.4', [parseCidr('10.0.0.0/8')!]) // true
 */
export function ipInCidrs(address: string, cidrs: readonly Cidr[]): boolean {
  const ip = parseIp(address);
  if (!ip) return false;
  const bits = ip.family === 4 ? 32 : 128;
  return cidrs.some((c) => {
    if (c.family !== ip.family) return false;
    const mask = c.prefix === 0 ? 0n : ((1n << BigInt(c.prefix)) - 1n) << BigInt(bits - c.prefix);
    return (ip.value & mask) === c.base;
  });
}
