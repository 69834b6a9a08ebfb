import { describe, expect, it } from 'vitest';
import { exportUrl, feedPageHref, feedQuery, feedUrl, objectHistoryHref, parseFeedFilters, replacedUrl, timelineUrl } from './history-urls';

const pod = { context: 'kube-explain-sandbox', kind: 'Pod' as const, namespace: 'explain-demo', name: 'crash-loop' };

describe('history API URLs', () => {
  it('ask for a pod’s timeline, and its export as Markdown or JSON', () => {
    expect(timelineUrl(pod)).toBe('/api/history/timeline?context=kube-explain-sandbox&kind=Pod&namespace=explain-demo&name=crash-loop');
    expect(timelineUrl({ ...pod, uid: 'u-1' })).toBe('/api/history/timeline?context=kube-explain-sandbox&kind=Pod&namespace=explain-demo&name=crash-loop&uid=u-1');
    expect([exportUrl(pod, 'md'), exportUrl(pod, 'json')]).toStrictEqual([
      '/api/history/export?context=kube-explain-sandbox&kind=Pod&namespace=explain-demo&name=crash-loop&format=md',
      '/api/history/export?context=kube-explain-sandbox&kind=Pod&namespace=explain-demo&name=crash-loop&format=json',
    ]);
  });

  it('ask for the feed with its filters joined by commas, leaving out empty ones', () => {
    expect(feedUrl({ context: 'c', namespace: 'explain-demo', kinds: ['Pod', 'Event'], reasons: [], severities: ['critical', 'warning'] })).toBe(
      '/api/history/feed?context=c&namespace=explain-demo&kind=Pod%2CEvent&severity=critical%2Cwarning',
    );
    expect(replacedUrl({ context: 'c', namespace: 'explain-demo', ownerKind: 'Deployment', ownerName: 'rollout-demo' })).toBe(
      '/api/history/replaced?context=c&namespace=explain-demo&ownerKind=Deployment&ownerName=rollout-demo',
    );
  });
});

describe('history page links', () => {
  it('lead to the feed page, a pod’s Timeline tab, a node or a workload, and nowhere for kinds without a page', () => {
    expect(feedPageHref('kube-explain-sandbox', 'explain-demo')).toBe('/kube-explain-sandbox/history/explain-demo');
    expect([
      objectHistoryHref('c', 'Pod', 'explain-demo', 'crash-loop'),
      objectHistoryHref('c', 'Deployment', 'explain-demo', 'rollout-demo'),
      objectHistoryHref('c', 'Node', null, 'sandbox-worker'),
      objectHistoryHref('c', 'EndpointSlice', 'explain-demo', 'web-abcde'),
    ]).toStrictEqual(['/c/pods/explain-demo/crash-loop?tab=timeline', '/c/deployments/explain-demo/rollout-demo', '/c/nodes/sandbox-worker', null]);
  });
});

describe('parseFeedFilters and feedQuery', () => {
  it('read the span and filters from the URL, dropping unknown values', () => {
    expect(parseFeedFilters({ hours: '6', kind: 'Pod,Event', reason: 'BackOff', severity: 'critical,bogus' })).toStrictEqual({ hours: 6, kinds: ['Pod', 'Event'], reasons: ['BackOff'], severities: ['critical'] });
    expect(parseFeedFilters({ hours: '5', kind: 'Pod;drop' })).toStrictEqual({ hours: 1, kinds: [], reasons: [], severities: [] });
  });

  it('asks for the span up to now with only the filters that are set, the last hour by the API’s default', () => {
    const now = new Date('2026-12-03T16:00:00Z');
    expect(feedQuery('c', 'explain-demo', { hours: 1, kinds: [], reasons: ['BackOff'], severities: [] }, now)).toStrictEqual({ context: 'c', namespace: 'explain-demo', reasons: ['BackOff'] });
    expect(feedQuery('c', 'explain-demo', { hours: 6, kinds: ['Pod'], reasons: [], severities: ['critical'] }, now)).toStrictEqual({
      context: 'c',
      namespace: 'explain-demo',
      from: '2026-12-03T10:00:00.000Z',
      kinds: ['Pod'],
      severities: ['critical'],
    });
  });
});
