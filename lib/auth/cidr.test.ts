import { describe, expect, it } from 'vitest';
import { ipInCidrs, parseCidr, parseCidrList, parseIp } from './cidr';

describe('parseIp', () => {
  it('reads IPv4, IPv6 in full and compressed forms', () => {
    expect(parseIp('10.0.0.1')).toStrictEqual({ family: 4, value: 0x0a000001n });
    expect(parseIp('::1')).toStrictEqual({ family: 6, value: 1n });
    expect(parseIp('fd00::5')).toStrictEqual({ family: 6, value: (0xfd00n << 112n) | 5n });
    expect(parseIp('2001:db8:0:0:0:0:0:1')).toStrictEqual(parseIp('2001:db8::1'));
  });
  it('reads an IPv4-mapped IPv6 address as the IPv4 address a dual-stack socket means', () => {
    expect(parseIp('::ffff:10.0.0.1')).toStrictEqual({ family: 4, value: 0x0a000001n });
    expect(parseIp('::FFFF:0a00:0001')).toStrictEqual({ family: 4, value: 0x0a000001n });
  });
  it('refuses what is not an address', () => {
    for (const bad of ['', '10.0.0', '10.0.0.256', '010.0.0.1', '1::2::3', 'fe80::1%eth0', '[::1]', 'localhost', '1:2:3:4:5:6:7:8:9']) expect(parseIp(bad), bad).toBeNull();
  });
});

describe('parseCidr and ipInCidrs', () => {
  it('masks the base and matches addresses inside the network only', () => {
    const net = parseCidr('10.1.2.3/8');
    expect(net).toStrictEqual({ family: 4, base: 0x0a000000n, prefix: 8 });
    expect(ipInCidrs('10.255.0.1', [net!])).toBe(true);
    expect(ipInCidrs('11.0.0.1', [net!])).toBe(false);
  });
  it('treats a bare address as a network of one', () => {
    const one = parseCidr('127.0.0.1')!;
    expect(ipInCidrs('127.0.0.1', [one])).toBe(true);
    expect(ipInCidrs('127.0.0.2', [one])).toBe(false);
    expect(ipInCidrs('::ffff:127.0.0.1', [one])).toBe(true);
  });
  it('matches IPv6 networks and never across families', () => {
    const v6 = parseCidr('fd00::/8')!;
    expect(ipInCidrs('fd12:3456::1', [v6])).toBe(true);
    expect(ipInCidrs('fe80::1', [v6])).toBe(false);
    expect(ipInCidrs('10.0.0.1', [parseCidr('::/0')!])).toBe(false);
    expect(ipInCidrs('10.0.0.1', [parseCidr('0.0.0.0/0')!])).toBe(true);
  });
  it('refuses bad prefixes, and an unparseable peer is in no network', () => {
    expect(parseCidr('10.0.0.0/33')).toBeNull();
    expect(parseCidr('10.0.0.0/x')).toBeNull();
    expect(parseCidr('10.0.0.0/8/8')).toBeNull();
    expect(ipInCidrs('not-an-ip', [parseCidr('0.0.0.0/0')!])).toBe(false);
  });
  it('parses a list and names its first bad entry', () => {
    expect(parseCidrList(' 10.0.0.0/8 , ,::1 ')).toMatchObject({ ok: true, cidrs: [{ family: 4 }, { family: 6 }] });
    expect(parseCidrList('10.0.0.0/8,nope')).toStrictEqual({ ok: false, bad: 'nope' });
  });
});
