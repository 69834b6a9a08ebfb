import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authenticate } from './edge';
import { PEER_HEADER } from './proxy-auth';
import { resetAuthRuntime } from './runtime';
import { FORWARD_HEADER, openSession, sealSession, sessionKey, SESSION_COOKIE } from './session';

const SECRET = 'an-edge-test-secret-of-32-characters-or-more';
const ana = { username: 'ana', uid: 'u1', groups: ['team-a'] };

function setup(env: Record<string, string>): void {
  resetAuthRuntime();
  for (const [k, v] of Object.entries({ AUTH: '', SESSION_KEY: SECRET, AUTH_PROXY_TRUSTED_CIDRS: '', KUBERNETES_SERVICE_HOST: '', HOST: '127.0.0.1', ...env })) vi.stubEnv(k, v);
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetAuthRuntime();
});

const req = (path: string, headers: Record<string, string> = {}, method = 'GET') => new NextRequest(`http://127.0.0.1:3000${path}`, { method, headers });
const now = () => Math.floor(Date.now() / 1000);
/** A redirect's path and query (Next makes a same-origin Location relative on the way out). */
const pathOf = (location: string | null | undefined) => {
  const u = new URL(location ?? '', 'http://any.invalid');
  return `${u.pathname}${u.search}`;
};

describe('authenticate', () => {
  it('does nothing at all in AUTH=none, not even dropping headers', async () => {
    setup({ AUTH: 'none' });
    const fwd = new Headers({ [FORWARD_HEADER]: 'x' });
    expect(await authenticate(req('/kind/pods'), fwd)).toBeNull();
    expect(fwd.get(FORWARD_HEADER)).toBe('x');
  });

  it('sends a page without a session to the sign-in page and answers data requests 401, dropping a forged forward header', async () => {
    setup({ AUTH: 'token' });
    const fwd = new Headers({ [FORWARD_HEADER]: 'forged' });
    const page = await authenticate(req('/kind/pods?namespace=a', { accept: 'text/html' }), fwd);
    expect(page?.status).toBe(303);
    expect(pathOf(page?.headers.get('location'))).toBe('/signin?next=%2Fkind%2Fpods%3Fnamespace%3Da');
    expect(fwd.get(FORWARD_HEADER)).toBeNull();
    const api = await authenticate(req('/api/stream'), new Headers());
    expect(api?.status).toBe(401);
    expect(await api?.json()).toMatchObject({ error: { kind: 'unauthorized', fix: { id: 'fix.auth.signin' } } });
    expect(await authenticate(req('/signin', { accept: 'text/html' }), new Headers())).toBeNull();
  });

  it('forwards the person of a valid session cookie, sealed for the route, with the session expiry', async () => {
    setup({ AUTH: 'token' });
    const key = await sessionKey(SECRET);
    const cookie = await sealSession(key, { principal: ana, context: 'sandbox', issuedAt: now(), expiresAt: now() + 600 }, 'session');
    const fwd = new Headers();
    expect(await authenticate(req('/kind/pods', { cookie: `${SESSION_COOKIE}=${cookie}` }), fwd)).toBeNull();
    const forwarded = await openSession(key, fwd.get(FORWARD_HEADER), 'forward', now());
    expect(forwarded).toMatchObject({ principal: ana, context: 'sandbox', expiresAt: now() + 600 });
    // The cookie itself is no forward header.
    expect(await openSession(key, cookie, 'forward', now())).toBeNull();
  });

  it('clears an expired cookie and says the session expired', async () => {
    setup({ AUTH: 'token' });
    const key = await sessionKey(SECRET);
    const cookie = await sealSession(key, { principal: ana, context: 'sandbox', issuedAt: now() - 100, expiresAt: now() - 1 }, 'session');
    const res = await authenticate(req('/kind', { cookie: `${SESSION_COOKIE}=${cookie}`, accept: 'text/html' }), new Headers());
    expect(pathOf(res?.headers.get('location'))).toBe('/signin?next=%2Fkind&reason=expired');
    expect(res?.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Max-Age=0`, 'i'));
  });

  it("believes a trusted proxy's headers, drops them from what the route sees, and refuses anyone else with the reason", async () => {
    setup({ AUTH: 'proxy', AUTH_PROXY_TRUSTED_CIDRS: '10.0.0.0/8' });
    const key = await sessionKey(SECRET);
    const fwd = new Headers({ 'x-forwarded-user': 'ana', 'x-forwarded-groups': 'team-a' });
    expect(await authenticate(req('/kind', { [PEER_HEADER]: '10.1.1.1', 'x-forwarded-user': 'ana', 'x-forwarded-groups': 'team-a' }), fwd)).toBeNull();
    expect(await openSession(key, fwd.get(FORWARD_HEADER), 'forward', now())).toMatchObject({ principal: { username: 'ana', uid: '', groups: ['team-a'] } });
    expect(fwd.get('x-forwarded-user')).toBeNull();
    const refused = await authenticate(req('/kind', { [PEER_HEADER]: '192.168.0.9', 'x-forwarded-user': 'ana', accept: 'text/html' }), new Headers());
    expect(refused?.status).toBe(401);
    expect(((await refused?.json()) as { error: { message: string } }).error.message).toMatch(/AUTH_PROXY_TRUSTED_CIDRS/);
    // Probes need no person.
    expect(await authenticate(req('/api/healthz', { [PEER_HEADER]: '192.168.0.9' }), new Headers())).toBeNull();
  });
});
