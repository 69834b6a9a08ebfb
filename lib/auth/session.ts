/**
 * Sessions without server state: who a person is (username, uid, groups and
 * the context the cluster vouched for them in) sealed with AES-256-GCM under
 * a key every replica shares (SESSION_KEY / SESSION_KEY_FILE). The sealed
 * text is the cookie; the bearer token it was made from is never in it.
 * Tampering, a foreign key, another purpose or a passed expiry all read as
 * "no session".
 *
 * Web Crypto only, so the same code runs in the request proxy and in routes.
 */

/** A person as the cluster knows them (from a TokenReview or a trusted proxy). Never holds a credential. */
export interface Principal {
  readonly username: string;
  readonly uid: string;
  readonly groups: readonly string[];
}

/** A signed-in principal, for one kube context, until `expiresAt` (epoch seconds). */
export interface Session {
  readonly principal: Principal;
  readonly context: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/**
 * What a sealed text is for: a `session` cookie, or a `forward` header the
 * request proxy hands to the route it lets through. One cannot be replayed as the other.
 */
export type SealPurpose = 'session' | 'forward';

/** The session cookie's name. */
export const SESSION_COOKIE = 'kube-explain-session';
/** The header the request proxy forwards a verified session in (any copy from the browser is dropped first). */
export const FORWARD_HEADER = 'x-kube-explain-principal';
/** A forwarded person is good for this long after the request proxy sealed it: one request's handling, never a reusable credential. */
export const FORWARD_TTL_SECONDS = 60;
/** A browser keeps cookies up to about 4 KB; a sealed session larger than this is refused at sign-in. */
export const MAX_SEALED_LENGTH = 3800;

const VERSION = 'v1';
const enc = new TextEncoder();
const dec = new TextDecoder();

function b64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromB64url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    // Canonical only: atob ignores a last character's spare bits, so two texts could open as one.
    return b64url(out) === text ? out : null;
  } catch {
    return null;
  }
}

/** Shortest secret accepted for SESSION_KEY (characters; 32 random bytes in base64 are 44). */
export const MIN_SESSION_SECRET = 32;

/**
 * The AES-256-GCM key for a secret: its SHA-256. Throws on a secret shorter
 * than MIN_SESSION_SECRET characters.
 * @example const key = await sessionKey(process.env.SESSION_KEY!);
 */
export async function sessionKey(secret: string): Promise<CryptoKey> {
  const s = secret.trim();
  if (s.length < MIN_SESSION_SECRET) throw new Error(`the session key must be at least ${MIN_SESSION_SECRET} characters (e.g. openssl rand -base64 32)`);
  const digest = await crypto.subtle.digest('SHA-256', enc.encode(s));
  return crypto.subtle.importKey('raw', digest, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** A key for this process only (no SESSION_KEY): sessions end when it stops, and other replicas cannot read them. */
export async function randomSessionKey(): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/**
 * Seals a session: `v1.` and base64url(iv ‖ ciphertext ‖ tag), the purpose bound in as associated data.
 * @example const cookie = await sealSession(key, { principal, context: 'sandbox', issuedAt: now, expiresAt: now + 3600 }, 'session');
 */
export async function sealSession(key: CryptoKey, session: Session, purpose: SealPurpose): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const body = { u: session.principal.username, i: session.principal.uid, g: session.principal.groups, c: session.context, iat: session.issuedAt, exp: session.expiresAt };
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: enc.encode(`kube-explain:${purpose}`) }, key, enc.encode(JSON.stringify(body))));
  const out = new Uint8Array(iv.length + ct.length);
  out.set(iv);
  out.set(ct, iv.length);
  return `${VERSION}.${b64url(out)}`;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/**
 * Opens a sealed session: null when it is malformed, tampered with, sealed
 * under another key or for another purpose, or expired at `nowSeconds`.
 * @example await openSession(key, cookie, 'session', Date.now() / 1000) // { principal: { username: 'system:serviceaccount:a:viewer', … }, … }
 */
export async function openSession(key: CryptoKey, sealed: string | null | undefined, purpose: SealPurpose, nowSeconds: number): Promise<Session | null> {
  if (!sealed || sealed.length > MAX_SEALED_LENGTH * 2) return null;
  const [version, data, extra] = sealed.split('.');
  if (version !== VERSION || !data || extra !== undefined) return null;
  const bytes = fromB64url(data);
  if (!bytes || bytes.length < 12 + 16) return null;
  let plain: ArrayBuffer;
  try {
    plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.slice(0, 12), additionalData: enc.encode(`kube-explain:${purpose}`) }, key, bytes.slice(12));
  } catch {
    return null;
  }
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(dec.decode(plain)) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof o.u !== 'string' || !o.u || typeof o.i !== 'string' || !isStringArray(o.g) || typeof o.c !== 'string' || typeof o.iat !== 'number' || typeof o.exp !== 'number') return null;
  if (!(nowSeconds < o.exp)) return null;
  // A forwarded person carries the session's own expiry (for the stream and "who am I"), and is good only briefly after sealing.
  if (purpose === 'forward' && !(nowSeconds - o.iat < FORWARD_TTL_SECONDS && o.iat <= nowSeconds + 5)) return null;
  return { principal: { username: o.u, uid: o.i, groups: o.g }, context: o.c, issuedAt: o.iat, expiresAt: o.exp };
}

/**
 * When a JWT says it expires (its `exp` claim, epoch seconds), read without
 * trusting it (the TokenReview decides validity): a session never outlives
 * the token it came from. Null for an opaque token or one without `exp`.
 * @example tokenExpiry('eyJhbGciOi….eyJleHAiOjE3MDAwMDAwMDB9.sig') // 1700000000
 */
export function tokenExpiry(token: string): number | null {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  const bytes = fromB64url(parts[1]);
  if (!bytes) return null;
  try {
    const claims = JSON.parse(dec.decode(bytes)) as { exp?: unknown };
    return typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp : null;
  } catch {
    return null;
  }
}
