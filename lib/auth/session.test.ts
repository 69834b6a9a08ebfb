import { describe, expect, it } from 'vitest';
import { openSession, randomSessionKey, sealSession, sessionKey, tokenExpiry, type Session } from './session';

const secret = 'a-test-secret-of-at-least-32-characters!!';
const session: Session = { principal: { username: 'system:serviceaccount:team-a:ana', uid: 'u-1', groups: ['system:serviceaccounts', 'team-a'] }, context: 'sandbox', issuedAt: 1000, expiresAt: 2000 };

describe('session sealing', () => {
  it('opens what it sealed, with the same key and purpose, before expiry', async () => {
    const key = await sessionKey(secret);
    const sealed = await sealSession(key, session, 'session');
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(await openSession(key, sealed, 'session', 1999)).toStrictEqual(session);
  });
  it('keeps the person unreadable in the sealed text', async () => {
    const sealed = await sealSession(await sessionKey(secret), session, 'session');
    expect(sealed).not.toContain('ana');
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain('team-a');
  });
  it('works with a key from another process holding the same secret (another replica)', async () => {
    const sealed = await sealSession(await sessionKey(secret), session, 'session');
    expect(await openSession(await sessionKey(`  ${secret}\n`), sealed, 'session', 1500)).toStrictEqual(session);
  });
  it('reads an expired session as none, at the exact expiry too', async () => {
    const key = await sessionKey(secret);
    const sealed = await sealSession(key, session, 'session');
    expect(await openSession(key, sealed, 'session', 2000)).toBeNull();
  });
  it('reads a tampered, truncated or foreign-key session as none', async () => {
    const key = await sessionKey(secret);
    const sealed = await sealSession(key, session, 'session');
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const i of [3, 10, 30, sealed.length - 1]) expect(await openSession(key, flip(sealed, i), 'session', 1500)).toBeNull();
    expect(await openSession(key, sealed.slice(0, -5), 'session', 1500)).toBeNull();
    expect(await openSession(await randomSessionKey(), sealed, 'session', 1500)).toBeNull();
    expect(await openSession(key, `v2${sealed.slice(2)}`, 'session', 1500)).toBeNull();
    for (const junk of ['', 'v1.', 'v1.!!!', 'v1.a.b', null, undefined]) expect(await openSession(key, junk, 'session', 1500)).toBeNull();
  });
  it('reads a sealed text whose last character differs only in its spare bits as none (one text per session)', async () => {
    const key = await sessionKey(secret);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let checked = 0;
    // Usernames one character apart: two of every three sealed lengths end in a character with spare bits.
    for (const extra of ['', 'x', 'xy']) {
      const s = { ...session, principal: { ...session.principal, username: `ana${extra}` } };
      const data = (await sealSession(key, s, 'session')).slice(3);
      if (data.length % 4 === 0) continue;
      const twin = `v1.${data.slice(0, -1)}${alphabet[alphabet.indexOf(data.at(-1)!) ^ 1]}`;
      expect(await openSession(key, `v1.${data}`, 'session', 1500)).toMatchObject({ principal: { username: `ana${extra}` } });
      expect(await openSession(key, twin, 'session', 1500)).toBeNull();
      checked += 1;
    }
    expect(checked).toBe(2);
  });
  it('does not accept a forwarded principal as a cookie, or the other way round', async () => {
    const key = await sessionKey(secret);
    expect(await openSession(key, await sealSession(key, session, 'forward'), 'session', 1500)).toBeNull();
    expect(await openSession(key, await sealSession(key, session, 'session'), 'forward', 1500)).toBeNull();
  });
  it('accepts a forwarded person only briefly after it was sealed, whatever the session expiry', async () => {
    const key = await sessionKey(secret);
    const fwd = await sealSession(key, { ...session, issuedAt: 1000, expiresAt: 5000 }, 'forward');
    expect(await openSession(key, fwd, 'forward', 1059)).toMatchObject({ expiresAt: 5000 });
    expect(await openSession(key, fwd, 'forward', 1060)).toBeNull();
    expect(await openSession(key, fwd, 'forward', 990)).toBeNull();
  });
  it('refuses a short secret', async () => {
    await expect(sessionKey('short')).rejects.toThrow(/at least 32/);
  });
});

describe('tokenExpiry', () => {
  const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
  it("reads a JWT's exp claim", () => {
    expect(tokenExpiry(jwt({ exp: 1700000000, sub: 'x' }))).toBe(1700000000);
  });
  it('is null for an opaque token, a JWT without exp, or garbage', () => {
    expect(tokenExpiry('abcdef.ghijkl')).toBeNull();
    expect(tokenExpiry(jwt({ sub: 'x' }))).toBeNull();
    expect(tokenExpiry('a.!!.c')).toBeNull();
    expect(tokenExpiry(jwt({ exp: 'soon' }))).toBeNull();
  });
});
