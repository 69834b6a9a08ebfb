import { describe, expect, it } from 'vitest';
import { expectedWatches, parseWatchCounts, percentile, rssGrowth, sseFrames, steadyWatches, table, watchDelta } from './load-figures';

// Captured from the sandbox apiserver's GET /metrics (v1.36.3), trimmed to the gauge and a neighbour.
const METRICS = `# HELP apiserver_longrunning_requests [STABLE] Gauge of all active long-running apiserver requests broken out by verb, group, version, resource, scope and component. Not all requests are tracked this way.
# TYPE apiserver_longrunning_requests gauge
apiserver_longrunning_requests{component="apiserver",group="",resource="nodes",scope="cluster",subresource="",verb="WATCH",version="v1"} 5
apiserver_longrunning_requests{component="apiserver",group="",resource="pods",scope="cluster",subresource="",verb="WATCH",version="v1"} 5
apiserver_longrunning_requests{component="apiserver",group="",resource="pods",scope="namespace",subresource="",verb="WATCH",version="v1"} 1
apiserver_longrunning_requests{component="apiserver",group="",resource="pods",scope="resource",subresource="log",verb="CONNECT",version="v1"} 0
apiserver_longrunning_requests{component="apiserver",group="coordination.k8s.io",resource="leases",scope="cluster",subresource="",verb="WATCH",version="v1"} 1
apiserver_longrunning_requests{component="apiserver",group="coordination.k8s.io",resource="leases",scope="namespace",subresource="",verb="WATCH",version="v1"} 3
apiserver_request_total{code="200",component="apiserver",dry_run="",group="",resource="pods",scope="namespace",subresource="",verb="WATCH",version="v1"} 41
`;

describe('parseWatchCounts', () => {
  it('reads open WATCH requests per group, resource and scope, ignoring other verbs, subresources and metrics', () => {
    expect(parseWatchCounts(METRICS)).toStrictEqual({
      '/nodes/cluster': 5,
      '/pods/cluster': 5,
      '/pods/namespace': 1,
      'coordination.k8s.io/leases/cluster': 1,
      'coordination.k8s.io/leases/namespace': 3,
    });
  });

  it('reads nothing from a text without the gauge', () => {
    expect(parseWatchCounts('# HELP up\nup 1\n')).toStrictEqual({});
  });
});

describe('watchDelta', () => {
  it('subtracts the reading before from the reading after for the keys asked, absent counts being 0', () => {
    expect(watchDelta({ '/pods/cluster': 5 }, { '/pods/cluster': 6, '/events/namespace': 2 }, ['/pods/cluster', '/events/namespace', '/nodes/cluster'])).toStrictEqual({
      '/pods/cluster': 1,
      '/events/namespace': 2,
      '/nodes/cluster': 0,
    });
  });
});

describe('expectedWatches', () => {
  it('counts one watch per resource and namespace however many clients share it, scoped as the gauge scopes them', () => {
    const pods = (namespace?: string) => ({ group: '', plural: 'pods', namespaced: true, namespace });
    const sources = [
      ...Array.from({ length: 100 }, (_, i) => pods(`ns-${i % 5}`)),
      pods(),
      pods(),
      { group: '', plural: 'nodes', namespaced: false },
      { group: '', plural: 'nodes', namespaced: false, namespace: 'ignored-for-cluster-scoped' },
      { group: 'coordination.k8s.io', plural: 'leases', namespaced: true, namespace: 'kube-node-lease' },
    ];
    expect(expectedWatches(sources)).toStrictEqual({ '/pods/namespace': 5, '/pods/cluster': 1, '/nodes/cluster': 1, 'coordination.k8s.io/leases/namespace': 1 });
  });
});

describe('steadyWatches', () => {
  it('keeps per key the watches every reading holds, so another client passing through does not count', () => {
    expect(steadyWatches([{ '/pods/cluster': 2, '/events/namespace': 5 }, { '/pods/cluster': 1, '/events/namespace': 6 }, { '/pods/cluster': 1 }], ['/pods/cluster', '/events/namespace'])).toStrictEqual({
      '/pods/cluster': 1,
      '/events/namespace': 0,
    });
  });
});

describe('sseFrames', () => {
  it('splits complete frames, drops comments and keeps the unfinished rest for the next chunk', () => {
    expect(sseFrames('retry: 2000\nevent: hello\ndata: {"streamId":"ab"}\n\n: heartbeat 2026-12-03T13:00:00.000Z\n\ndata: [{"sub":"pods"}]\n\ndata: [{"su')).toStrictEqual({
      frames: [
        { event: 'hello', data: '{"streamId":"ab"}' },
        { event: 'message', data: '[{"sub":"pods"}]' },
      ],
      rest: 'data: [{"su',
    });
  });
});

describe('percentile', () => {
  it('takes the nearest rank, so p95 of four values is the largest', () => {
    expect([percentile([5, 1, 9, 3], 0.95), percentile([5, 1, 9, 3], 0.5), percentile([], 0.5)]).toStrictEqual([9, 3, null]);
  });
});

describe('rssGrowth', () => {
  it('compares the median of the first window after warm-up with the median of the last window', () => {
    const samples = [
      { t: 0, mb: 50 },
      { t: 10, mb: 100 },
      { t: 12, mb: 140 },
      { t: 14, mb: 102 },
      { t: 40, mb: 104 },
      { t: 42, mb: 106 },
      { t: 44, mb: 105 },
    ];
    expect(rssGrowth(samples, 10, 4)).toStrictEqual({ startMB: 102, endMB: 105, peakMB: 140, growthPct: 2.9 });
  });

  it('has no figure without samples after warm-up', () => {
    expect(rssGrowth([{ t: 1, mb: 80 }], 10, 4)).toBeNull();
  });
});

describe('table', () => {
  it('prints one row per target with its verdict', () => {
    expect(table([{ target: 'lag', measured: 'max 12 ms', pass: true }, { target: 'rss', measured: '+20 %', pass: false }]).split('\n')).toStrictEqual([
      '| target | measured  |      |',
      '|--------|-----------|------|',
      '| lag    | max 12 ms | PASS |',
      '| rss    | +20 %     | FAIL |',
    ]);
  });
});
