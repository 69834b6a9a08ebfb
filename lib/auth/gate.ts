import type { AuthMode } from './config';

/**
 * Which requests need a signed-in person, and what an anonymous one gets
 * instead. Pure: the request proxy (proxy.ts) asks it before any page or
 * route runs.
 *
 * Open to everyone: the sign-in page and its API, sign-out, the health and
 * readiness probes (a kubelet has no session), Next's static build files
 * and the favicon. Everything else reads the cluster for someone.
 */

/**
 * Whether a path is served without a session.
 * @example isPublicPath('/signin') // true
 * @example isPublicPath('/kind-kind/pods') // false
 */
export function isPublicPath(path: string): boolean {
  return (
    path === '/signin' ||
    path === '/api/auth/signin' ||
    path === '/api/auth/signout' ||
    path === '/api/healthz' ||
    path === '/api/readyz' ||
    path === '/favicon.ico' ||
    path.startsWith('/_next/static/')
  );
}

/** Why a request has no usable session (the sign-in page words each one). */
export type NoSessionReason = 'none' | 'expired';

export type GateDecision =
  | { readonly kind: 'pass' }
  | { readonly kind: 'signin'; readonly location: string }
  | { readonly kind: 'unauthorized'; readonly message: string };

/**
 * What to do with a request in a mode that needs a person: pass it (public
 * path, or a session), send a page navigation to the sign-in page (it
 * comes back to the page afterwards), or answer an API call, RSC fetch or
 * anything else with 401. AUTH=none passes everything.
 * @example gateDecision('token', { method: 'GET', path: '/kind/pods', search: '?namespace=a', accept: 'text/html', hasSession: false, reason: 'expired' })
 * // { kind: 'signin', location: '/signin?next=%2Fkind%2Fpods%3Fnamespace%3Da&reason=expired' }
 */
export function gateDecision(
  mode: AuthMode,
  req: { method: string; path: string; search: string; accept: string | null; rsc: boolean; hasSession: boolean; reason: NoSessionReason },
): GateDecision {
  if (mode === 'none' || req.hasSession || isPublicPath(req.path)) return { kind: 'pass' };
  const method = req.method.toUpperCase();
  const page = (method === 'GET' || method === 'HEAD') && !req.path.startsWith('/api/') && !req.rsc && (req.accept ?? '').includes('text/html');
  if (page) {
    const next = `${req.path}${req.search}`;
    const q = new URLSearchParams({ ...(next !== '/' ? { next } : {}), ...(req.reason === 'expired' ? { reason: 'expired' } : {}) }).toString();
    return { kind: 'signin', location: `/signin${q ? `?${q}` : ''}` };
  }
  return {
    kind: 'unauthorized',
    message: req.reason === 'expired' ? 'Your session has expired: sign in again at /signin.' : 'Sign in first at /signin: this dashboard shows each person what the cluster lets them read.',
  };
}

/**
 * A `next` parameter made safe to redirect to: a path on this site only
 * (no scheme, no host, no `//` or backslash tricks), else '/'.
 * @example safeNext('/kind/pods?namespace=a') // '/kind/pods?namespace=a'
 * @example safeNext('//evil.example/') // '/'
 */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\') || /[\u0000-\u001f]/.test(next)) return '/';
  if (next === '/signin' || next.startsWith('/signin?') || next.startsWith('/api/')) return '/';
  return next;
}
