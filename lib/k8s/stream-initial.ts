import type { SubscriptionSpec } from '@/lib/contract';
import { parseSubscriptionSpec } from './subscriptions';

/** A subscription id as the server takes it (the same rule for POST /api/stream/subscriptions). */
export const SUB_ID = /^[A-Za-z0-9_.:=;-]{1,200}$/;

/** Most subscriptions a stream may start with; the browser sends any others by POST once the stream is open. */
export const MAX_INITIAL_SUBS = 64;

/** What a stream starts with: the valid subscriptions, and the ids of those refused (named back in `hello`). */
export interface InitialSubscriptions {
  subs: { subId: string; spec: SubscriptionSpec }[];
  rejected: string[];
}

/**
 * Reads the `subs` parameter of `GET /api/stream`: JSON `[[subId, spec], …]`.
 * Each entry passes the same checks as a POSTed subscription; a bad entry is
 * refused alone (its id, when it has a usable one, is named in `rejected`),
 * never the whole stream, so a browser that reconnects keeps every view it
 * can. Entries past {@link MAX_INITIAL_SUBS} are refused too; a repeated id
 * counts once. A missing or unreadable parameter starts an empty stream.
 * @example parseInitialSubscriptions(JSON.stringify([['view=pods', { view: 'pods' }], ['x', { view: 'nope' }]]))
 * // { subs: [{ subId: 'view=pods', spec: { view: 'pods', … } }], rejected: ['x'] }
 */
export function parseInitialSubscriptions(raw: string | null): InitialSubscriptions {
  const out: InitialSubscriptions = { subs: [], rejected: [] };
  if (!raw) return out;
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return out;
  }
  if (!Array.isArray(list)) return out;
  const seen = new Set<string>();
  for (const entry of list as unknown[]) {
    const pair = Array.isArray(entry) && entry.length === 2 ? (entry as [unknown, unknown]) : null;
    const subId = typeof pair?.[0] === 'string' && SUB_ID.test(pair[0]) ? pair[0] : null;
    const spec = pair ? parseSubscriptionSpec(pair[1]) : null;
    if (subId === null || seen.has(subId)) continue; // nothing to name it by, or named already
    seen.add(subId);
    if (!spec || out.subs.length >= MAX_INITIAL_SUBS) {
      out.rejected.push(subId);
      continue;
    }
    out.subs.push({ subId, spec });
  }
  return out;
}
