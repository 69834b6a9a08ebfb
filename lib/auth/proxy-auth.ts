import { ipInCidrs, type Cidr } from './cidr';
import type { Principal } from './session';

/**
 * AUTH=proxy: the person named by an authenticating proxy in front
 * (oauth2-proxy and similar), believed only when the request comes straight
 * from one of its trusted networks. The peer address is the TCP socket's,
 * stamped on the request by the server itself (instrumentation.ts), never a
 * header a client could send.
 */

/** The peer address header the server stamps on each request from its socket (any copy from a client is replaced). */
export const PEER_HEADER = 'x-kube-explain-peer';

/** Longest user or group name accepted from a header. */
const MAX_NAME = 256;
const MAX_GROUPS = 200;

export type ProxyIdentity = { readonly ok: true; readonly principal: Principal } | { readonly ok: false; readonly message: string };

function clean(v: string): string | null {
  const s = v.trim();
  return s && s.length <= MAX_NAME && !/[\u0000-\u001f\u007f]/.test(s) ? s : null;
}

/**
 * Groups from a header value: comma-separated (oauth2-proxy's form), blanks dropped, duplicates once.
 * @example parseGroups('team-a, team-b,,team-a') // ['team-a', 'team-b']
 */
export function parseGroups(value: string | null): string[] {
  const out: string[] = [];
  for (const g of (value ?? '').split(',')) {
    const c = clean(g);
    if (c && !out.includes(c) && out.length < MAX_GROUPS) out.push(c);
  }
  return out;
}

/**
 * The person a request names, if it came from a trusted peer with a user
 * header; otherwise why not (said plainly: the refusal goes back as a 401).
 * The uid is empty: a proxy names people, it does not number them.
 * @example proxyIdentity({ get: (h) => ({ 'x-kube-explain-peer': '10.0.0.5', 'x-forwarded-user': 'ana' })[h] ?? null }, { userHeader: 'x-forwarded-user', groupsHeader: 'x-forwarded-groups', trustedCidrs: [parseCidr('10.0.0.0/8')!] })
 * // { ok: true, principal: { username: 'ana', uid: '', groups: [] } }
 */
export function proxyIdentity(
  headers: { get(name: string): string | null },
  config: { readonly userHeader: string; readonly groupsHeader: string; readonly trustedCidrs: readonly Cidr[] },
): ProxyIdentity {
  const peer = headers.get(PEER_HEADER);
  if (!peer) return { ok: false, message: 'Refused: the server could not tell which address this request came from, so it cannot trust an identity header (AUTH=proxy).' };
  if (!ipInCidrs(peer, config.trustedCidrs)) {
    return { ok: false, message: `Refused: this request did not come through the authenticating proxy (peer ${peer.slice(0, 64)} is not in AUTH_PROXY_TRUSTED_CIDRS).` };
  }
  const user = clean(headers.get(config.userHeader) ?? '');
  if (!user) return { ok: false, message: `Refused: the authenticating proxy did not name a user (header ${config.userHeader}).` };
  return { ok: true, principal: { username: user, uid: '', groups: parseGroups(headers.get(config.groupsHeader)) } };
}
