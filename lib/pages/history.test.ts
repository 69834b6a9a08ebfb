import { describe, expect, it } from 'vitest';
import { parseFeedQuery, parseReplacedQuery, parseTimelineQuery } from './history';

const q = (s: string) => new URLSearchParams(s);

describe('history query parameters', () => {
  it('reads a timeline query; nodes need no namespace, other kinds do', () => {
    expect(parseTimelineQuery(q('context=c&kind=Pod&namespace=d&name=p&uid=u'))).toStrictEqual({ context: 'c', kind: 'Pod', namespace: 'd', name: 'p', uid: 'u' });
    expect(parseTimelineQuery(q('context=c&kind=Node&name=n1'))).toStrictEqual({ context: 'c', kind: 'Node', namespace: null, name: 'n1' });
    expect(parseTimelineQuery(q('context=c&kind=Pod&name=p'))).toBeNull();
    expect(parseTimelineQuery(q('context=c&kind=Secret&namespace=d&name=s'))).toBeNull();
  });
  it('reads the feed’s comma-separated filters and refuses unknown kinds, severities and bad times', () => {
    expect(parseFeedQuery(q('context=c&namespace=d&kind=Pod%2CEvent&severity=critical,warning&reason=BackOff&from=2026-12-03T16:00:00Z&limit=50'))).toStrictEqual({
      context: 'c',
      namespace: 'd',
      from: '2026-12-03T16:00:00.000Z',
      kinds: ['Pod', 'Event'],
      reasons: ['BackOff'],
      severities: ['critical', 'warning'],
      limit: 50,
    });
    expect(parseFeedQuery(q('context=c&namespace=d&kind=Lease'))).toBeNull();
    expect(parseFeedQuery(q('context=c&namespace=d&severity=bad'))).toBeNull();
    expect(parseFeedQuery(q('context=c&namespace=d&from=yesterday'))).toBeNull();
  });
  it('reads the replaced-pods query for workload kinds only', () => {
    expect(parseReplacedQuery(q('context=c&namespace=d&ownerKind=Deployment&ownerName=web'))).toStrictEqual({ context: 'c', namespace: 'd', ownerKind: 'Deployment', ownerName: 'web' });
    expect(parseReplacedQuery(q('context=c&namespace=d&ownerKind=Pod&ownerName=web'))).toBeNull();
  });
});
