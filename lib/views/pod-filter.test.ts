import { describe, expect, it } from 'vitest';
import { sandboxCapture } from '../testing/sandbox-capture';
import { filterPods, statusCounts } from './pod-filter';
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
