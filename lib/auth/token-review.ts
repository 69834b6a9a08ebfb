import 'server-only';
import { AuthenticationV1Api, type KubeConfig } from '@kubernetes/client-node';
import { classifyK8sError } from '../k8s/errors';
import { tokenExpiry, type Principal } from './session';

/** Why a token was refused; each has its own sentence on the sign-in page. */
export type TokenRefusal = 'empty' | 'malformed' | 'expired' | 'rejected' | 'unavailable';

export type TokenReviewResult = { readonly ok: true; readonly principal: Principal; readonly expiresAt: number | null } | { readonly ok: false; readonly reason: TokenRefusal; readonly message: string };

/** Longest token accepted (OIDC ID tokens with many groups run to a few KB). */
export const MAX_TOKEN_LENGTH = 16_384;

/** The refusal for each reason, in English (the sign-in page shows its own translation by reason). None repeats the token. */
export const REFUSAL_MESSAGES: Record<TokenRefusal, string> = {
  empty: 'Paste a bearer token to sign in.',
  malformed: 'That is not a bearer token: it must be one line of printable characters (for example the output of kubectl create token).',
  expired: 'That token has expired. Create a new one (kubectl create token <serviceaccount>) and sign in again.',
  rejected: 'The cluster did not accept that token: it may be mistyped, revoked, expired, or meant for another cluster or audience.',
  unavailable: 'The server could not ask the cluster to check the token (TokenReview). Try again; if it persists, the server may lack permission to create tokenreviews.',
};

function refuse(reason: TokenRefusal, detail = ''): TokenReviewResult {
  return { ok: false, reason, message: detail ? `${REFUSAL_MESSAGES[reason]} (${detail})` : REFUSAL_MESSAGES[reason] };
}

/**
 * Checks a pasted token before it leaves the server: present, one line of
 * printable ASCII, not too long, and not a JWT that says it has expired.
 * @example precheckToken('  eyJ…  ', 1700000000) // { ok: true, token: 'eyJ…' }
 */
export function precheckToken(raw: unknown, nowSeconds: number): { ok: true; token: string } | { ok: false; result: TokenReviewResult } {
  if (typeof raw !== 'string' || !raw.trim()) return { ok: false, result: refuse('empty') };
  // "Bearer xyz" pasted whole is the token xyz.
  const token = raw.trim().replace(/^Bearer\s+/i, '');
  if (token.length > MAX_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(token)) return { ok: false, result: refuse('malformed') };
  const exp = tokenExpiry(token);
  if (exp !== null && exp <= nowSeconds) return { ok: false, result: refuse('expired') };
  return { ok: true, token };
}

/**
 * Asks the cluster who a bearer token belongs to (a TokenReview with the
 * server's own credentials, which need `create` on tokenreviews). Only the
 * username, uid and groups are kept; the token is used for this one call.
 * @example await reviewToken(kc, token, Date.now() / 1000) // { ok: true, principal: { username: 'system:serviceaccount:team-a:ana', uid: '…', groups: [...] }, expiresAt: 1700003600 }
 */
export async function reviewToken(kc: KubeConfig, raw: unknown, nowSeconds: number): Promise<TokenReviewResult> {
  const pre = precheckToken(raw, nowSeconds);
  if (!pre.ok) return pre.result;
  let review;
  try {
    review = await kc.makeApiClient(AuthenticationV1Api).createTokenReview({ body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec: { token: pre.token } } });
  } catch (err) {
    // The classified kind and status only: an error text could quote the request.
    const info = classifyK8sError(err);
    return refuse('unavailable', `${info.kind}${info.statusCode ? ` ${info.statusCode}` : ''}`);
  }
  const status = review.status;
  const user = status?.user;
  if (!status?.authenticated || !user?.username) {
    return /expired/i.test(status?.error ?? '') ? refuse('expired') : refuse('rejected');
  }
  return { ok: true, principal: { username: user.username, uid: user.uid ?? '', groups: [...(user.groups ?? [])] }, expiresAt: tokenExpiry(pre.token) };
}
