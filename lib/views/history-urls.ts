import type { FeedQuery, HistoryKind, ReplacedQuery, TimelineQuery } from '@/lib/contract/history';
import type { Severity } from '@/lib/explain/types';

/**
 * The history API's URLs (see lib/contract/history.ts) and the pages that
 * show history, built in one place so the components and tests agree.
 */

function query(params: Record<string, string | number | null | undefined | readonly string[]>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) q.set(k, v.join(','));
    } else q.set(k, String(v));
  }
  return q.toString();
}

/**
 * One object's timeline as JSON.
 * @example timelineUrl({ context: 'kind', kind: 'Pod', namespace: 'demo', name: 'web' }) → '/api/history/timeline?context=kind&kind=Pod&namespace=demo&name=web'
 */
export function timelineUrl(q: TimelineQuery): string {
  return `/api/history/timeline?${query({ context: q.context, kind: q.kind, namespace: q.namespace, name: q.name, uid: q.uid })}`;
}

/**
 * The download of one object's timeline as Markdown or JSON.
 * @example exportUrl({ context: 'kind', kind: 'Pod', namespace: 'demo', name: 'web' }, 'md') → '/api/history/export?context=kind&kind=Pod&namespace=demo&name=web&format=md'
 */
export function exportUrl(q: TimelineQuery, format: 'md' | 'json'): string {
  return `/api/history/export?${query({ context: q.context, kind: q.kind, namespace: q.namespace, name: q.name, uid: q.uid, format })}`;
}

/**
 * The namespace feed as JSON, filters joined by commas.
 * @example feedUrl({ context: 'kind', namespace: 'demo', kinds: ['Pod'], severities: ['critical'] }) → '/api/history/feed?context=kind&namespace=demo&kind=Pod&severity=critical'
 */
export function feedUrl(q: FeedQuery): string {
  return `/api/history/feed?${query({ context: q.context, namespace: q.namespace, from: q.from, to: q.to, kind: q.kinds, reason: q.reasons, severity: q.severities, limit: q.limit })}`;
}

/**
 * The deleted pods a workload replaced, as JSON.
 * @example replacedUrl({ context: 'kind', namespace: 'demo', ownerKind: 'Deployment', ownerName: 'web' }) → '/api/history/replaced?context=kind&namespace=demo&ownerKind=Deployment&ownerName=web'
 */
export function replacedUrl(q: ReplacedQuery): string {
  return `/api/history/replaced?${query({ context: q.context, namespace: q.namespace, ownerKind: q.ownerKind, ownerName: q.ownerName })}`;
}

/**
 * The namespace feed page.
 * @example feedPageHref('kind', 'explain-demo') → '/kind/history/explain-demo'
 */
export function feedPageHref(context: string, namespace: string): string {
  return `/${encodeURIComponent(context)}/history/${encodeURIComponent(namespace)}`;
}

const PAGE_SEGMENT: Partial<Record<string, string>> = {
  Pod: 'pods',
  Service: 'services',
  Deployment: 'deployments',
  ReplicaSet: 'replicasets',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
  Job: 'jobs',
  CronJob: 'cronjobs',
};

/**
 * Where an object's history shows: a pod's Timeline tab, another kind's page; null for kinds without a page (EndpointSlice).
 * @example objectHistoryHref('kind', 'Pod', 'demo', 'web') → '/kind/pods/demo/web?tab=timeline'
 * @example objectHistoryHref('kind', 'Node', null, 'worker') → '/kind/nodes/worker'
 */
export function objectHistoryHref(context: string, kind: string, namespace: string | null, name: string): string | null {
  const c = encodeURIComponent(context);
  if (kind === 'Node') return `/${c}/nodes/${encodeURIComponent(name)}`;
  const seg = PAGE_SEGMENT[kind];
  if (!seg || !namespace) return null;
  return `/${c}/${seg}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}${kind === 'Pod' ? '?tab=timeline' : ''}`;
}

/** The spans the feed page offers, in hours. */
export const FEED_SPANS = [1, 6, 24] as const;
export type FeedSpan = (typeof FEED_SPANS)[number];

const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

/** The feed page's filters, as its URL carries them (?hours=6&kind=Pod&reason=BackOff&severity=critical). */
export interface FeedFilters {
  hours: FeedSpan;
  kinds: (HistoryKind | 'Event')[];
  reasons: string[];
  severities: Severity[];
}

const list = (v: string | null | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/**
 * Reads the feed page's filters from its query, ignoring unknown severities and spans.
 * @example parseFeedFilters({ hours: '6', kind: 'Pod,Event', severity: 'critical,bogus' }) → { hours: 6, kinds: ['Pod', 'Event'], reasons: [], severities: ['critical'] }
 */
export function parseFeedFilters(params: Record<string, string | string[] | undefined>): FeedFilters {
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v.join(',') : v;
  };
  const hours = Number(one('hours'));
  return {
    hours: (FEED_SPANS as readonly number[]).includes(hours) ? (hours as FeedSpan) : 1,
    kinds: list(one('kind')).filter((k) => /^[A-Za-z]+$/.test(k)) as FeedFilters['kinds'],
    reasons: list(one('reason')).filter((r) => r.length <= 128),
    severities: list(one('severity')).filter((s): s is Severity => (SEVERITIES as readonly string[]).includes(s)),
  };
}

/**
 * The feed query for filters at `now`: from `hours` ago (the API's default,
 * the last hour, needs no `from`) up to whenever it is asked, so one URL
 * refreshes the same span.
 * @example feedQuery('kind', 'demo', { hours: 6, kinds: [], reasons: [], severities: [] }, new Date('2026-12-03T16:00:00Z')).from → '2026-12-03T10:00:00.000Z'
 */
export function feedQuery(context: string, namespace: string, f: FeedFilters, now: Date): FeedQuery {
  return {
    context,
    namespace,
    ...(f.hours === 1 ? {} : { from: new Date(now.getTime() - f.hours * 3_600_000).toISOString() }),
    ...(f.kinds.length ? { kinds: f.kinds } : {}),
    ...(f.reasons.length ? { reasons: f.reasons } : {}),
    ...(f.severities.length ? { severities: f.severities } : {}),
  };
}
