import { NextResponse } from 'next/server';
import { getKubeconfigs } from '@/lib/k8s/kubeconfig';
import { safeNext } from '@/lib/auth/gate';
import { authRuntime } from '@/lib/auth/runtime';
import { MAX_SEALED_LENGTH, sealSession, SESSION_COOKIE } from '@/lib/auth/session';
import { reviewToken } from '@/lib/auth/token-review';
import type { SignInResult } from '@/lib/contract/auth';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const NO_STORE = { 'Cache-Control': 'no-store' };

function answer(result: SignInResult, status: number): NextResponse {
  return NextResponse.json(result, { status, headers: NO_STORE });
}

/**
 * POST /api/auth/signin { token, next? } (AUTH=token): the cluster checks
 * the token (TokenReview); on success the answer sets the session cookie
 * (sealed username, uid, groups, context and expiry: httpOnly,
 * SameSite=Strict, Secure over https) and the token is forgotten. The
 * request guard has already made sure it came from our own page as JSON.
 */
export async function POST(request: Request): Promise<Response> {
  const { config, key } = await authRuntime();
  if (config.mode !== 'token' || !key) {
    return answer({ ok: false, reason: 'not-token-mode', message: `Signing in with a token is off here (AUTH=${config.mode}).` }, 404);
  }
  let body: Record<string, unknown> = {};
  try {
    const b: unknown = await request.json();
    if (typeof b === 'object' && b !== null) body = b as Record<string, unknown>;
  } catch {
    // An unreadable body is an empty token.
  }
  const now = Math.floor(Date.now() / 1000);
  let context: string;
  try {
    const configs = getKubeconfigs();
    context = configs.currentContext ?? '';
    const review = await reviewToken(configs.forContext(context), body.token, now);
    if (!review.ok) return answer({ ok: false, reason: review.reason, message: review.message }, review.reason === 'unavailable' ? 503 : 401);
    const expiresAt = Math.min(now + config.sessionTtlSeconds, review.expiresAt ?? Infinity);
    const sealed = await sealSession(key, { principal: review.principal, context, issuedAt: now, expiresAt }, 'session');
    if (sealed.length > MAX_SEALED_LENGTH) {
      return answer({ ok: false, reason: 'too-large', message: `This identity has too many groups (${review.principal.groups.length}) to keep in a cookie.` }, 400);
    }
    const res = answer({ ok: true, username: review.principal.username, next: safeNext(typeof body.next === 'string' ? body.next : null) }, 200);
    const https = new URL(request.url).protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
    res.cookies.set(SESSION_COOKIE, sealed, { httpOnly: true, sameSite: 'strict', secure: https, path: '/', maxAge: expiresAt - now });
    return res;
  } catch {
    return answer({ ok: false, reason: 'unavailable', message: 'The server could not read its own cluster configuration to check the token.' }, 503);
  }
}
