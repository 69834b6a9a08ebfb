import { NextResponse, type NextRequest } from 'next/server';
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_HEADER, LOCALE_QUERY } from '@/lib/i18n/locale';
import { contentSecurityPolicy, newNonce } from '@/lib/security/csp';
import { guardConfigFromEnv, guardRequest } from '@/lib/security/request-guard';
import { authenticate } from '@/lib/auth/edge';

/**
 * Runs before every route, page, RSC payload, API call and the SSE stream:
 *
 * 1. The request guard (lib/security/request-guard.ts) refuses foreign Hosts
 *    (DNS rebinding), cross-site fetches, foreign Origins and non-JSON
 *    changes with a one-line 403/415, before anything reads the cluster.
 * 2. A fresh CSP nonce per request: set on the response and on the request's
 *    own headers, where Next reads it to stamp its inline scripts and the
 *    root layout reads x-nonce for the theme script.
 * 3. Access (lib/auth/edge.ts): with AUTH=token|proxy, a request without a
 *    signed-in person goes to the sign-in page or gets a 401; one with a
 *    person carries them, sealed, to the page or route. AUTH=none skips it.
 * 4. ?lang=en|zh switches the language: forwarded to the page as a request
 *    header (so this very request renders in it) and kept in a cookie for
 *    the next ones. The URL stays shareable with its language.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  // Read per request: `next start` exports the port it bound once it listens.
  const decision = guardRequest(request, guardConfigFromEnv(process.env));
  if (!decision.allow) {
    const body = `${decision.message}\n`;
    // A known length and no-transform keep the refusal uncompressed, written with its headers in one go: a
    // browser that drops an opaque cross-site response early (ORB) then cannot leave the request half-answered.
    return new NextResponse(body, {
      status: decision.status,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Length': String(Buffer.byteLength(body)),
        'Cache-Control': 'no-store, no-transform',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  }

  const headers = new Headers(request.headers);
  const stop = await authenticate(request, headers);
  if (stop) return stop;

  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development');
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', csp);
  const lang = request.nextUrl.searchParams.get(LOCALE_QUERY);
  if (isLocale(lang)) headers.set(LOCALE_HEADER, lang);
  else headers.delete(LOCALE_HEADER);

  const res = NextResponse.next({ request: { headers } });
  res.headers.set('Content-Security-Policy', csp);
  if (isLocale(lang)) res.cookies.set(LOCALE_COOKIE, lang, { path: '/', sameSite: 'lax', maxAge: LOCALE_COOKIE_MAX_AGE });
  return res;
}

// Every path: pages, RSC payloads, /api/* and the SSE stream alike. Static
// build files hold no cluster data, but guarding them too costs little and
// keeps the rule simple: nothing is served to a foreign Host.
export const config = { matcher: ['/:path*'] };
