import { describe, expect, it } from 'vitest';
import type { V1Job } from '@kubernetes/client-node';
import { loadFixture } from '../../testing/fixtures';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { explainJob, parseIndexes, type JobExplanation } from './job';

function explainIn(capture: string, name: string, now?: string): JobExplanation {
  const s = workloadSnapshot(capture);
  return explainJob({ job: named(s.jobs, name), pods: s.pods, now: new Date(now ?? s.capturedAt) });
}

describe('parseIndexes', () => {
  it('reads the interval lists of completedIndexes and failedIndexes', () => {
    expect([parseIndexes('0-2'), parseIndexes('1,3-5,7'), parseIndexes(''), parseIndexes(undefined)]).toStrictEqual([[0, 1, 2], [1, 3, 4, 5, 7], [], []]);
  });
});

describe('explainJob', () => {
  it('fails a Job once more pods failed than backoffLimit allows, listing each failed pod with its exit code', () => {
    // hf-capture/retry: backoffLimit 3, every pod exits 1; the 4th failure failed the Job (FailureTarget, then Failed).
    const want: JobExplanation = {
      name: 'retry',
      namespace: 'hf-capture',
      uid: 'ba02c83a-f1e1-44b3-a625-be05902b021f',
      owner: null,
      status: 'Failed',
      completionMode: 'NonIndexed',
      completions: 1,
      parallelism: 1,
      suspended: false,
      counts: { active: 0, ready: 0, succeeded: 0, failed: 4, terminating: 0 },
      grid: [ { index: null, state: 'pending', pod: null } ],
      completedIndexes: [],
      failedIndexes: [],
      backoff: { limit: 3, failed: 4, retriesLeft: 0, perIndexLimit: null, maxFailedIndexes: null, restartPolicy: 'Never' },
      failedPods: [
        {
          name: 'retry-whxnb',
          index: null,
          indexFailures: null,
          container: 'import',
          exitCode: 1,
          reason: 'Error',
          signal: null,
          finishedAt: '2026-12-03T13:22:35Z',
          matchedRule: null,
          path: 'status.containerStatuses[0].state.terminated.exitCode'
        },
        {
          name: 'retry-pjpqr',
          index: null,
          indexFailures: null,
          container: 'import',
          exitCode: 1,
          reason: 'Error',
          signal: null,
          finishedAt: '2026-12-03T13:22:50Z',
          matchedRule: null,
          path: 'status.containerStatuses[0].state.terminated.exitCode'
        },
        {
          name: 'retry-b4tjk',
          index: null,
          indexFailures: null,
          container: 'import',
          exitCode: 1,
          reason: 'Error',
          signal: null,
          finishedAt: '2026-12-03T13:23:15Z',
          matchedRule: null,
          path: 'status.containerStatuses[0].state.terminated.exitCode'
        },
        {
          name: 'retry-jc94q',
          index: null,
          indexFailures: null,
          container: 'import',
          exitCode: 1,
          reason: 'Error',
          signal: null,
          finishedAt: '2026-12-03T13:24:00Z',
          matchedRule: null,
          path: 'status.containerStatuses[0].state.terminated.exitCode'
        }
      ],
      podFailurePolicy: null,
      deadline: null,
      ttl: null,
      finished: {
        type: 'Failed',
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        lastTransitionTime: '2026-12-03T13:24:01Z',
        path: 'status.conditions[1]'
      },
      failureTarget: {
        type: 'FailureTarget',
        reason: 'BackoffLimitExceeded',
        message: 'Job has reached the specified backoff limit',
        lastTransitionTime: '2026-12-03T13:24:01Z',
        path: 'status.conditions[0]'
      },
      successCriteriaMet: null
    };
    expect(explainIn('jobs-3', 'retry')).toStrictEqual(want);
  });

  it('shows an Indexed Job as one cell per index, filled from completedIndexes', () => {
    const done = explainIn('jobs-2', 'indexed');
    expect([done.status, done.completedIndexes, done.grid, done.successCriteriaMet?.reason, done.ttl]).toStrictEqual([
      'Complete',
      [0, 1, 2, 3, 4],
      [0, 1, 2, 3, 4].map((index) => ({ index, state: 'succeeded', pod: null })),
      'CompletionsReached',
      { seconds: 3600, finishedAt: '2026-12-03T13:22:50Z', deleteAt: '2026-12-03T14:22:50Z', secondsLeft: 3598 },
    ]);
  });

  it('marks the indexes its active pods work on (the pod annotation batch.kubernetes.io/job-completion-index)', () => {
    // Captured mid-run: the Job object was read before indexes 0 and 1 were recorded, its pods a moment later.
    const running = explainIn('jobs-1', 'indexed');
    expect(running.grid?.map((c) => [c.index, c.state, c.pod])).toStrictEqual([
      [0, 'pending', null],
      [1, 'pending', null],
      [2, 'active', 'indexed-2-dtq4n'],
      [3, 'active', 'indexed-3-pvjq6'],
      [4, 'pending', null],
    ]);
  });

  it('names the podFailurePolicy rule that failed the Job at the first failure, ignoring backoffLimit', () => {
    const pfp = explainIn('jobs-3', 'pfp');
    expect({
      policy: pfp.podFailurePolicy,
      failed: pfp.failedPods.map((p) => [p.name, p.exitCode, p.matchedRule]),
      finished: pfp.finished?.reason,
      backoff: [pfp.backoff.limit, pfp.backoff.failed, pfp.backoff.retriesLeft],
    }).toStrictEqual({
      policy: [
        { index: 0, action: 'FailJob', onExitCodes: { containerName: 'import', operator: 'In', values: [1] }, onPodConditions: [] },
        { index: 1, action: 'Ignore', onExitCodes: null, onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] },
      ],
      failed: [['pfp-s2r7c', 1, { index: 0, action: 'FailJob' }]],
      finished: 'PodFailurePolicy',
      backoff: [4, 1, 3],
    });
  });

  it('fails every index after backoffLimitPerIndex retries each, with per-index failure counts', () => {
    const perIndex = explainIn('jobs-3', 'perindex');
    expect({
      backoff: perIndex.backoff,
      failedIndexes: perIndex.failedIndexes,
      grid: perIndex.grid?.map((c) => c.state),
      pods: perIndex.failedPods.map((p) => [p.index, p.indexFailures]),
      finished: perIndex.finished?.reason,
    }).toStrictEqual({
      backoff: { limit: 2147483647, failed: 6, retriesLeft: 2147483641, perIndexLimit: 1, maxFailedIndexes: null, restartPolicy: 'Never' },
      failedIndexes: [0, 1, 2],
      grid: ['failed', 'failed', 'failed'],
      pods: [
        [0, 0],
        [1, 0],
        [2, 0],
        [0, 1],
        [1, 1],
        [2, 1],
      ],
      finished: 'FailedIndexes',
    });
  });

  it('counts down activeDeadlineSeconds from startTime while the Job runs, and reports DeadlineExceeded after', () => {
    expect([explainIn('jobs-2', 'deadline').deadline, explainIn('jobs-3', 'deadline').deadline]).toStrictEqual([
      { seconds: 25, startTime: '2026-12-03T13:22:29Z', at: '2026-12-03T13:22:54Z', secondsLeft: 2, counting: true, exceeded: false },
      { seconds: 25, startTime: '2026-12-03T13:22:29Z', at: '2026-12-03T13:22:54Z', secondsLeft: null, counting: false, exceeded: true },
    ]);
  });

  it('shows a suspended Job with no pods, no start time and an empty grid', () => {
    const suspended = explainIn('jobs-3', 'suspended');
    expect([suspended.status, suspended.suspended, suspended.grid?.map((c) => c.state), suspended.counts.active]).toStrictEqual([
      'Suspended',
      true,
      ['pending', 'pending', 'pending'],
      0,
    ]);
  });

  it('names the CronJob that owns a captured GKE Job', () => {
    const job = loadFixture<V1Job>('jobs/gke-cronjob-owned-job-complete.json');
    const explained = explainJob({ job, pods: [], now: new Date('2019-08-30T15:40:00Z') });
    expect([explained.owner, explained.status, explained.grid]).toStrictEqual([
      { kind: 'CronJob', name: 'hello' },
      'Complete',
      [{ index: null, state: 'succeeded', pod: null }],
    ]);
  });
});
