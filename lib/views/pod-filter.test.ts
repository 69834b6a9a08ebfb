import { describe, expect, it, vi } from 'vitest';
import { sandboxCapture } from '../testing/sandbox-capture';
import { workloadSnapshot } from '../testing/workload-capture';
import { comparePods, filterPods, intermediateOf, parseOwnerFilter, podsOwnedBy, podTextMatcher, statusCounts } from './pod-filter';
import { toPodRow, type PodRow } from './pod-row';

// The sandbox's explain-demo pods and e2e-pod-capture/slow (Terminating), as the Pods table shows them.
const NOW = new Date('2026-11-26T02:12:00Z');
const rows = (): PodRow[] => sandboxCapture.pods().map((p) => toPodRow(p, NOW));
const names = (rs: PodRow[]) => rs.map((r) => `${r.namespace}/${r.name}`);
const EVERY = { text: '', status: '' };

describe('filterPods', () => {
  it('shows every pod, sorted by namespace then name like kubectl, when no filter is set', () => {
    expect(names(filterPods([...rows()].reverse(), EVERY))).toStrictEqual([
      'e2e-pod-capture/slow',
      'explain-demo/complete-job-blpj8',
      'explain-demo/crash-loop',
      'explain-demo/image-pull-backoff',
      'explain-demo/init-demo',
      'explain-demo/oom-killed',
      'explain-demo/readiness-fail',
      'explain-demo/slow-delete',
      'explain-demo/unschedulable',
      'explain-demo/web-569b4d9d45-7bj98',
      'explain-demo/web-569b4d9d45-n5j2w',
      'explain-demo/web-569b4d9d45-n9xln',
    ]);
  });

  it('matches the text anywhere in namespace/name, ignoring case', () => {
    expect(names(filterPods(rows(), { text: 'WEB-569', status: '' }))).toStrictEqual(['explain-demo/web-569b4d9d45-7bj98', 'explain-demo/web-569b4d9d45-n5j2w', 'explain-demo/web-569b4d9d45-n9xln']);
    expect(names(filterPods(rows(), { text: 'Demo/Crash', status: '' }))).toStrictEqual(['explain-demo/crash-loop']);
    expect(names(filterPods(rows(), { text: 'slow', status: '' }))).toStrictEqual(['e2e-pod-capture/slow', 'explain-demo/slow-delete']);
    expect(names(filterPods(rows(), { text: 'e2e-pod-capture/', status: '' }))).toStrictEqual(['e2e-pod-capture/slow']);
  });

  it('ignores spaces around the text, and a text of spaces filters nothing', () => {
    expect(names(filterPods(rows(), { text: '  oom  ', status: '' }))).toStrictEqual(['explain-demo/oom-killed']);
    expect(filterPods(rows(), { text: '   ', status: '' })).toHaveLength(rows().length);
  });

  it('shows nothing when no pod matches the text', () => {
    expect(filterPods(rows(), { text: 'kube-system', status: '' })).toStrictEqual([]);
  });

  it('filters by the exact kubectl STATUS, not a part of it or another case', () => {
    expect(names(filterPods(rows(), { text: '', status: 'CrashLoopBackOff' }))).toStrictEqual(['explain-demo/crash-loop', 'explain-demo/oom-killed']);
    expect(filterPods(rows(), { text: '', status: 'Crash' })).toStrictEqual([]);
    expect(filterPods(rows(), { text: '', status: 'crashloopbackoff' })).toStrictEqual([]);
  });

  it('applies text and status together', () => {
    expect(names(filterPods(rows(), { text: 'slow', status: 'Terminating' }))).toStrictEqual(['e2e-pod-capture/slow']);
    expect(names(filterPods(rows(), { text: 'slow', status: 'Running' }))).toStrictEqual(['explain-demo/slow-delete']);
  });

  it('leaves the rows it was given as they were', () => {
    const given = [...rows()].reverse();
    const before = names(given);
    filterPods(given, EVERY);
    expect(names(given)).toStrictEqual(before);
  });

  it('hands back the same array for an unfiltered list that is already sorted, so a memo downstream sees no change', () => {
    const sorted = filterPods(rows(), EVERY);
    expect(filterPods(sorted, EVERY)).toBe(sorted);
    expect(filterPods(sorted, { text: 'web', status: '' })).not.toBe(sorted);
  });

  it('keeps kubectl order when filtering rows that arrive sorted', () => {
    const sorted = filterPods(rows(), EVERY);
    expect(names(filterPods(sorted, { text: 'demo', status: 'Running' }))).toStrictEqual(names(filterPods([...sorted].reverse(), { text: 'demo', status: 'Running' })));
  });

  it('matches a text with a slash only across the namespace/name boundary, and a second slash matches nothing', () => {
    expect(names(filterPods(rows(), { text: 'demo/web', status: '' }))).toHaveLength(3);
    expect(filterPods(rows(), { text: 'demo/loop', status: '' })).toStrictEqual([]);
    expect(filterPods(rows(), { text: 'explain-demo/crash-loop/', status: '' })).toStrictEqual([]);
    expect(names(filterPods(rows(), { text: '/', status: '' }))).toHaveLength(rows().length);
  });

  it('filters 30,000 rows without a sort when they arrive in kubectl order', () => {
    const many: PodRow[] = [];
    const base = rows()[0] as PodRow;
    for (let i = 0; i < 30_000; i++) many.push({ ...base, uid: `u${i}`, namespace: `ns-${String(i % 30).padStart(2, '0')}`, name: `pod-${String(i).padStart(5, '0')}` });
    many.sort(comparePods);
    const sort = vi.spyOn(Array.prototype, 'sort');
    const shown = filterPods(many, { text: 'pod-299', status: '' });
    expect(sort).not.toHaveBeenCalled();
    sort.mockRestore();
    expect(shown).toHaveLength(100);
    expect(shown.every((r) => r.name.startsWith('pod-299'))).toBe(true);
    expect(shown.every((r, i) => i === 0 || comparePods(shown[i - 1] as PodRow, r) < 0)).toBe(true);
  });
});

describe('comparePods', () => {
  it('orders by namespace, then name, as kubectl lists them', () => {
    const list = [
      { namespace: 'b', name: 'a' },
      { namespace: 'a', name: 'web-2' },
      { namespace: 'a', name: 'web-10' },
      { namespace: 'a', name: 'web' },
      { namespace: 'a', name: 'web.x' },
    ].sort(comparePods);
    expect(list.map((r) => `${r.namespace}/${r.name}`)).toStrictEqual(['a/web', 'a/web-10', 'a/web-2', 'a/web.x', 'b/a']);
  });

  it('agrees with localeCompare on DNS names (lowercase letters, digits, - and .)', () => {
    const pool = ['a', 'a-b', 'a.b', 'a0', 'ab', 'a-0', 'z9', '0a', 'a--b', 'a-.b'];
    for (const x of pool) for (const y of pool) expect(Math.sign(comparePods({ namespace: 'n', name: x }, { namespace: 'n', name: y }))).toBe(Math.sign(x.localeCompare(y)));
  });
});

describe('podTextMatcher', () => {
  it('gives no matcher for a blank query, so an empty filter costs no test per row', () => {
    expect(podTextMatcher('  ')).toBeNull();
  });

  it('matches inside the namespace or the name, ignoring the query case', () => {
    const m = podTextMatcher('DEMO');
    expect(m?.({ namespace: 'explain-demo', name: 'x' })).toBe(true);
    expect(m?.({ namespace: 'x', name: 'demo-1' })).toBe(true);
    expect(m?.({ namespace: 'x', name: 'y' })).toBe(false);
  });
});

describe('statusCounts', () => {
  it('counts each STATUS once per pod, most common first, ties in name order', () => {
    expect(statusCounts(rows())).toStrictEqual([
      { status: 'Running', count: 6 },
      { status: 'CrashLoopBackOff', count: 2 },
      { status: 'Completed', count: 1 },
      { status: 'ImagePullBackOff', count: 1 },
      { status: 'Pending', count: 1 },
      { status: 'Terminating', count: 1 },
    ]);
  });

  it('has nothing to count in an empty namespace', () => {
    expect(statusCounts([])).toStrictEqual([]);
  });
});

describe('parseOwnerFilter', () => {
  it('reads Kind/name for every workload kind that owns pods, directly or through another controller', () => {
    expect(['Deployment/web', 'ReplicaSet/web-569b4d9d45', 'StatefulSet/db', 'DaemonSet/node-agent', 'Job/failing-job', 'CronJob/every-minute', 'Deployment/a.b-c'].map(parseOwnerFilter)).toStrictEqual([
      { kind: 'Deployment', name: 'web' },
      { kind: 'ReplicaSet', name: 'web-569b4d9d45' },
      { kind: 'StatefulSet', name: 'db' },
      { kind: 'DaemonSet', name: 'node-agent' },
      { kind: 'Job', name: 'failing-job' },
      { kind: 'CronJob', name: 'every-minute' },
      { kind: 'Deployment', name: 'a.b-c' },
    ]);
  });

  it('refuses kinds it does not resolve, lower-case kinds, bad names and non-strings', () => {
    for (const v of ['Secret/web', 'deployment/web', 'Deployments/web', 'Deployment/', '/web', 'Deployment', 'Deployment/Web', 'Deployment/web/x', 'Deployment/-web', `Deployment/${'a'.repeat(254)}`, '', null, undefined, 7, ['Deployment/web']]) {
      expect([v, parseOwnerFilter(v)]).toStrictEqual([v, null]);
    }
  });
});

describe('podsOwnedBy', () => {
  const demo = workloadSnapshot('explain-demo-workloads');
  const owned = (kind: string, name: string, through: object[] = []) => {
    const owner = parseOwnerFilter(`${kind}/${name}`);
    if (!owner) throw new Error('owner expected');
    const r = podsOwnedBy(demo.pods, owner, through as never[]);
    return { pods: r.pods.map((p) => p.metadata?.name), through: r.through };
  };

  it("finds a Deployment's pods through the ReplicaSets it controls, old and new", () => {
    expect([owned('Deployment', 'web', demo.replicaSets), owned('Deployment', 'stuck-rollout', demo.replicaSets)]).toStrictEqual([
      { pods: ['web-569b4d9d45-6xdtg', 'web-569b4d9d45-qgz8x', 'web-569b4d9d45-xgbrg'], through: [{ namespace: 'explain-demo', name: 'web-569b4d9d45' }] },
      {
        pods: ['stuck-rollout-5c846db944-48p9k', 'stuck-rollout-84cc6679f-n8hs9', 'stuck-rollout-84cc6679f-xfg7g', 'stuck-rollout-84cc6679f-xp8dn'],
        through: [
          { namespace: 'explain-demo', name: 'stuck-rollout-5c846db944' },
          { namespace: 'explain-demo', name: 'stuck-rollout-84cc6679f' },
        ],
      },
    ]);
  });

  it("finds a CronJob's pods through its Jobs, and the pods a ReplicaSet, StatefulSet, DaemonSet or Job controls directly", () => {
    expect([
      owned('CronJob', 'every-minute', demo.jobs),
      owned('ReplicaSet', 'rollout-demo-5c998fbbb'),
      owned('StatefulSet', 'db'),
      owned('DaemonSet', 'node-agent'),
      owned('Job', 'failing-job'),
    ]).toStrictEqual([
      {
        pods: ['every-minute-29938405-lgnx2', 'every-minute-29938406-j8gbk'],
        through: [
          { namespace: 'explain-demo', name: 'every-minute-29938405' },
          { namespace: 'explain-demo', name: 'every-minute-29938406' },
        ],
      },
      { pods: ['rollout-demo-5c998fbbb-b9tl6', 'rollout-demo-5c998fbbb-fjp4k', 'rollout-demo-5c998fbbb-jpjdh', 'rollout-demo-5c998fbbb-kr7g5'], through: [] },
      { pods: ['db-0', 'db-1', 'db-2'], through: [] },
      { pods: ['node-agent-bcz78', 'node-agent-n6mf7'], through: [] },
      { pods: ['failing-job-8c85z', 'failing-job-jpdpl', 'failing-job-vm6wr'], through: [] },
    ]);
  });

  it('follows ownerReferences, not names: no ReplicaSets known means no pods, and a same-named ReplicaSet in another namespace does not count', () => {
    const rs = demo.replicaSets.find((r) => r.metadata?.name === 'web-569b4d9d45');
    const elsewhere = { ...rs, metadata: { ...rs?.metadata, namespace: 'other' } };
    expect([owned('Deployment', 'web'), owned('Deployment', 'web', [elsewhere]), owned('Deployment', 'nothing', demo.replicaSets), owned('Job', 'every-minute')]).toStrictEqual([
      { pods: [], through: [] },
      { pods: [], through: [{ namespace: 'other', name: 'web-569b4d9d45' }] },
      { pods: [], through: [] },
      { pods: [], through: [] },
    ]);
  });

  it('names the controller between a pod and the owners that do not own pods themselves', () => {
    expect(['Deployment', 'CronJob', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'].map((k) => intermediateOf(k as never))).toStrictEqual([
      { kind: 'ReplicaSet', resource: 'replicasets' },
      { kind: 'Job', resource: 'jobs' },
      null,
      null,
      null,
      null,
    ]);
  });
});
