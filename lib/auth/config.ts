import { isLoopbackBind } from '../security/binding';
import { parseCidrList, type Cidr } from './cidr';

/**
 * Who the dashboard serves, and as whom (the `AUTH` setting):
 *
 * - `none`: everyone who reaches it reads with the server's own credentials
 *   (the laptop case; the default on a loopback bind outside a cluster).
 * - `token`: a person signs in with a bearer token the cluster accepts
 *   (TokenReview); every read is then authorized for that person
 *   (SubjectAccessReview). The default in a cluster (KUBERNETES_SERVICE_HOST
 *   set) and on any non-loopback bind.
 * - `proxy`: an authenticating proxy in front names the person in headers,
 *   trusted only from the configured source networks.
 */
export type AuthMode = 'none' | 'token' | 'proxy';

/** The access settings, read once from the environment. */
export interface AuthConfig {
  readonly mode: AuthMode;
  /** How long a session lasts after sign-in (a token's own expiry shortens it). */
  readonly sessionTtlSeconds: number;
  /** How long one SubjectAccessReview answer is reused. */
  readonly accessCacheMs: number;
  /** How often an open view re-asks whether its user may still read it. */
  readonly recheckMs: number;
  /** AUTH=proxy: the header naming the user, the header listing groups (comma-separated, or repeated), the peers trusted to send them. */
  readonly proxy: { readonly userHeader: string; readonly groupsHeader: string; readonly trustedCidrs: readonly Cidr[] };
}

/** A setting that cannot be honoured: the server must not guess (wrong access is worse than none). */
export class AuthConfigError extends Error {
  override name = 'AuthConfigError';
}

export const DEFAULT_SESSION_TTL_SECONDS = 8 * 3600;
export const DEFAULT_ACCESS_CACHE_MS = 10_000;
export const DEFAULT_RECHECK_MS = 15_000;
const HEADER = /^[A-Za-z0-9-]{1,64}$/;

function positiveInt(env: Readonly<Record<string, string | undefined>>, name: string, dflt: number, min: number): number {
  const raw = env[name]?.trim();
  if (!raw) return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new AuthConfigError(`${name}=${JSON.stringify(raw)} is not a whole number ≥ ${min}`);
  return n;
}

/**
 * The mode when AUTH is not set: `token` in a cluster (KUBERNETES_SERVICE_HOST)
 * or on a non-loopback bind (HOST, default 127.0.0.1), else `none`.
 * @example defaultAuthMode({ HOST: '0.0.0.0' }) // 'token'
 * @example defaultAuthMode({}) // 'none'
 */
export function defaultAuthMode(env: Readonly<Record<string, string | undefined>>): AuthMode {
  if (env.KUBERNETES_SERVICE_HOST) return 'token';
  return isLoopbackBind(env.HOST ?? '127.0.0.1') ? 'none' : 'token';
}

/**
 * Reads AUTH and its settings: AUTH_SESSION_TTL_SECONDS (default 8 h),
 * AUTH_ACCESS_CACHE_MS (10 s), AUTH_RECHECK_MS (15 s), and for AUTH=proxy
 * AUTH_PROXY_USER_HEADER (X-Forwarded-User), AUTH_PROXY_GROUPS_HEADER
 * (X-Forwarded-Groups) and AUTH_PROXY_TRUSTED_CIDRS (required: proxy mode
 * without trusted peers would let anyone name themselves). Throws
 * AuthConfigError on anything it cannot honour.
 * @example authConfigFromEnv({ AUTH: 'proxy', AUTH_PROXY_TRUSTED_CIDRS: '10.0.0.0/8' }).proxy.userHeader // 'x-forwarded-user'
 */
export function authConfigFromEnv(env: Readonly<Record<string, string | undefined>>): AuthConfig {
  const raw = env.AUTH?.trim().toLowerCase();
  if (raw && raw !== 'none' && raw !== 'token' && raw !== 'proxy') throw new AuthConfigError(`AUTH=${JSON.stringify(env.AUTH)} is not one of none, token, proxy`);
  const mode: AuthMode = (raw as AuthMode | undefined) || defaultAuthMode(env);
  const userHeader = (env.AUTH_PROXY_USER_HEADER?.trim() || 'X-Forwarded-User').toLowerCase();
  const groupsHeader = (env.AUTH_PROXY_GROUPS_HEADER?.trim() || 'X-Forwarded-Groups').toLowerCase();
  for (const [name, h] of [['AUTH_PROXY_USER_HEADER', userHeader], ['AUTH_PROXY_GROUPS_HEADER', groupsHeader]] as const) {
    if (!HEADER.test(h)) throw new AuthConfigError(`${name}=${JSON.stringify(h)} is not a header name`);
  }
  const cidrs = parseCidrList(env.AUTH_PROXY_TRUSTED_CIDRS ?? '');
  if (!cidrs.ok) throw new AuthConfigError(`AUTH_PROXY_TRUSTED_CIDRS: ${JSON.stringify(cidrs.bad)} is not an address or CIDR`);
  if (mode === 'proxy' && cidrs.cidrs.length === 0) {
    throw new AuthConfigError('AUTH=proxy needs AUTH_PROXY_TRUSTED_CIDRS (the proxy\'s source addresses, e.g. 10.0.0.0/8): without it anyone could name themselves in a header');
  }
  return {
    mode,
    sessionTtlSeconds: positiveInt(env, 'AUTH_SESSION_TTL_SECONDS', DEFAULT_SESSION_TTL_SECONDS, 60),
    accessCacheMs: positiveInt(env, 'AUTH_ACCESS_CACHE_MS', DEFAULT_ACCESS_CACHE_MS, 0),
    recheckMs: positiveInt(env, 'AUTH_RECHECK_MS', DEFAULT_RECHECK_MS, 1000),
    proxy: { userHeader, groupsHeader, trustedCidrs: cidrs.cidrs },
  };
}
