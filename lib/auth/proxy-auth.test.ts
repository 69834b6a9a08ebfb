import { describe, expect, it } from 'vitest';
import { parseCidr } from './cidr';
import { parseGroups, PEER_HEADER, proxyIdentity } from './proxy-auth';

const config = { userHeader: 'x-forwarded-user', groupsHeader: 'x-forwarded-groups', trustedCidrs: [parseCidr('10.0.0.0/8')!, parseCidr('::1')!] };
const headers = (h: Record<string, string>) => new Headers(h);

describe('proxyIdentity', () => {
  it('believes the user and groups headers from a trusted peer', () => {
    expect(proxyIdentity(headers({ [PEER_HEADER]: '10.2.3.4', 'x-forwarded-user': 'ana@example.com', 'x-forwarded-groups': 'team-a,teachers' }), config)).toStrictEqual({
      ok: true,
      principal: { username: 'ana@example.com', uid: '', groups: ['team-a', 'teachers'] },
    });
    expect(proxyIdentity(headers({ [PEER_HEADER]: '::1', 'x-forwarded-user': 'bo' }), config)).toMatchObject({ ok: true, principal: { username: 'bo', groups: [] } });
  });
  it('refuses the same headers from any other peer, naming why', () => {
    const r = proxyIdentity(headers({ [PEER_HEADER]: '192.168.1.9', 'x-forwarded-user': 'system:admin' }), config);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/not in AUTH_PROXY_TRUSTED_CIDRS/) });
  });
  it('refuses when the peer is unknown or no user is named', () => {
    expect(proxyIdentity(headers({ 'x-forwarded-user': 'ana' }), config)).toMatchObject({ ok: false, message: expect.stringMatching(/which address/) });
    expect(proxyIdentity(headers({ [PEER_HEADER]: '10.0.0.1', 'x-forwarded-user': '  ' }), config)).toMatchObject({ ok: false, message: expect.stringMatching(/did not name a user/) });
  });
});

describe('parseGroups', () => {
  it('splits on commas, trims, drops blanks and repeats', () => {
    expect(parseGroups(' a, b,,a ,c')).toStrictEqual(['a', 'b', 'c']);
    expect(parseGroups(null)).toStrictEqual([]);
  });
});
