import { NextResponse, type NextRequest } from 'next/server';
import { gateDecision } from './gate';
import { proxyIdentity } from './proxy-auth';
import { authRuntime } from './runtime';
import { FORWARD_HEADER, FORWARD_TTL_SECONDS, openSession, sealSession, SESSION_COOKIE, type Session } from './session';

function unauthorized(message: string): NextResponse {
  const body = JSON.stringify({ error: { kind: 'unauthorized', message, fix: { id: 'fix.auth.signin', params: {} } } });
  return new NextResponse(body, {
    status: 401,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store, no-transform', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * The access step of the request proxy (proxy.ts), after the request guard.
 * AUTH=none: does nothing. AUTH=token: opens the session cookie; AUTH=proxy:
 * believes the proxy's headers from a trusted peer. A request with a person
 * goes on with that person sealed in FORWARD_HEADER on `forward` (the
 * headers the page or route will see; any copy the browser sent is dropped,
 * as are the proxy's identity headers); one without is sent to the sign-in
 * page (a page) or answered 401 (anything else), unless its path is public.
 * Returns the response to send instead, or null to go on.
 * @example const stop = await authenticate(request, headers); if (stop) return stop;
 */
export async function authenticate(request: NextRequest, forward: Headers): Promise<NextResponse | null> {
  const { config, key } = await authRuntime();
  if (config.mode === 'none' || !key) return null;
  forward.delete(FORWARD_HEADER);
  const now = Math.floor(Date.now() / 1000);
  let session: Session | null = null;
  let proxyRefusal: string | null = null;
  let staleCookie = false;
  if (config.mode === 'token') {
    const cookie = request.cookies.get(SESSION_COOKIE)?.value;
    session = await openSession(key, cookie, 'session', now);
    staleCookie = !!cookie && !session;
  } else {
    forward.delete(config.proxy.userHeader);
    forward.delete(config.proxy.groupsHeader);
    const id = proxyIdentity(request.headers, config.proxy);
    if (id.ok) session = { principal: id.principal, context: '', issuedAt: now, expiresAt: now + FORWARD_TTL_SECONDS };
    else proxyRefusal = id.message;
  }
  // Sealed now (openSession accepts a forwarded person for FORWARD_TTL_SECONDS after issuedAt), with the session's own expiry.
  if (session) forward.set(FORWARD_HEADER, await sealSession(key, { ...session, issuedAt: now }, 'forward'));

  const decision = gateDecision(config.mode === 'proxy' ? 'proxy' : 'token', {
    method: request.method,
    path: request.nextUrl.pathname,
    search: request.nextUrl.search,
    accept: request.headers.get('accept'),
    rsc: request.headers.get('rsc') === '1' || request.nextUrl.searchParams.has('_rsc'),
    hasSession: session !== null,
    reason: staleCookie ? 'expired' : 'none',
  });
  if (decision.kind === 'pass') return null;
  // Behind an authenticating proxy there is no sign-in page of ours: say why the proxy's word was not taken.
  if (proxyRefusal) return unauthorized(proxyRefusal);
  // Next sends a same-origin Location relative, so the browser stays on the name and scheme it used.
  const res = decision.kind === 'signin' ? NextResponse.redirect(new URL(decision.location, request.nextUrl), 303) : unauthorized(decision.message);
  if (staleCookie) res.cookies.set(SESSION_COOKIE, '', { path: '/', httpOnly: true, sameSite: 'strict', maxAge: 0 });
  return res;
}
