import { describe, expect, it } from 'vitest';
import { explainJob } from '../explain/workloads/job';
import { named, workloadSnapshot } from '../testing/workload-capture';
import { jobConditionMeaning, jobReasonMeaning, jobView } from './job-view';
import { sentence as s } from './sentence';

function explained(file: string, name: string) {
  const snap = workloadSnapshot(file);
  const at = new Date(snap.capturedAt);
  return { x: explainJob({ job: named(snap.jobs, name), pods: snap.pods, now: at }), at };
}

const later = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);
const slot = (i: number, state: string, pod: string | null = null) => ({ key: `slot-${i}`, label: String(i + 1), indexed: false, state, pod });
const index = (i: number, state: string, pod: string | null = null) => ({ key: `index-${i}`, label: String(i), indexed: true, state, pod });

describe('jobView', () => {
  it('shows failing-job past its backoff limit: 3 failures for backoffLimit 2, and its one completion will never run', () => {
    const { x, at } = explained('failing-job', 'failing-job');
    expect(jobView(x, at)).toStrictEqual({
      progress: s('job.progress.fixed', { succeeded: 0, completions: 1, active: 0, failed: 3, parallelism: 1 }),
      mode: s('job.mode.nonIndexed', { completions: 1 }),
      grid: [slot(0, 'not-run')],
      backoff: { tone: 'critical', sentences: [s('job.backoff.reached', { limit: 2, failed: 3 })] },
      deadline: null,
      ttl: s('job.ttl.none'),
    });
  });

  it('gives an Indexed Job one cell per index, running pods by index, and the TTL that starts when it finishes', () => {
    const { x, at } = explained('jobs-1', 'indexed');
    expect(jobView(x, at)).toStrictEqual({
      progress: s('job.progress.fixed', { succeeded: 0, completions: 5, active: 2, failed: 0, parallelism: 2 }),
      mode: s('job.mode.indexed', { last: 4, completions: 5 }),
      grid: [index(0, 'pending'), index(1, 'pending'), index(2, 'active', 'indexed-2-dtq4n'), index(3, 'active', 'indexed-3-pvjq6'), index(4, 'pending')],
      backoff: { tone: 'ok', sentences: [s('job.backoff.budget', { limit: 6, failed: 0, left: 6 }), s('job.backoff.delay')] },
      deadline: null,
      ttl: s('job.ttl.waiting', { seconds: 3600 }),
    });
    // Finished 3 min later: every index succeeded and the TTL counts down from the Complete condition.
    const done = explained('jobs-3', 'indexed');
    const view = jobView(done.x, done.at);
    expect([view.grid?.map((c) => c.state), view.ttl, jobView(done.x, later(done.at, 3600)).ttl]).toStrictEqual([
      ['succeeded', 'succeeded', 'succeeded', 'succeeded', 'succeeded'],
      s('job.ttl.at', { seconds: 3600, left: '57m' }),
      s('job.ttl.due', { seconds: 3600 }),
    ]);
  });

  it('counts activeDeadlineSeconds down at the browser’s clock, warns near the end, and says when it was exceeded', () => {
    const { x, at } = explained('jobs-1', 'deadline');
    expect([0, 15, 20, 30].map((dt) => jobView(x, later(at, dt)).deadline)).toStrictEqual([
      { tone: 'progress', sentence: s('job.deadline.counting', { seconds: 25, left: '20s' }), secondsLeft: 20 },
      { tone: 'warning', sentence: s('job.deadline.counting', { seconds: 25, left: '5s' }), secondsLeft: 5 },
      { tone: 'critical', sentence: s('job.deadline.due', { seconds: 25 }), secondsLeft: 0 },
      { tone: 'critical', sentence: s('job.deadline.due', { seconds: 25 }), secondsLeft: 0 },
    ]);
    const over = explained('jobs-3', 'deadline');
    expect(jobView(over.x, over.at)).toStrictEqual({
      progress: s('job.progress.fixed', { succeeded: 0, completions: 1, active: 0, failed: 1, parallelism: 1 }),
      mode: s('job.mode.nonIndexed', { completions: 1 }),
      grid: [slot(0, 'not-run')],
      backoff: { tone: 'warning', sentences: [s('job.backoff.ended', { limit: 6, failed: 1 })] },
      deadline: { tone: 'critical', sentence: s('job.deadline.exceeded', { seconds: 25 }), secondsLeft: null },
      ttl: s('job.ttl.none'),
    });
  });

  it('tells the back-off budget as it runs out, per index with backoffLimitPerIndex, and points at a podFailurePolicy', () => {
    const retrying = explained('jobs-2', 'retry');
    const exhausted = explained('jobs-3', 'retry');
    const perIndex = explained('jobs-3', 'perindex');
    const policy = explained('jobs-1', 'pfp');
    expect([
      jobView(retrying.x, retrying.at).backoff,
      jobView(exhausted.x, exhausted.at).backoff,
      jobView(perIndex.x, perIndex.at).backoff,
      jobView(perIndex.x, perIndex.at).grid?.map((c) => c.state),
      jobView(policy.x, policy.at).backoff,
    ]).toStrictEqual([
      { tone: 'warning', sentences: [s('job.backoff.budget', { limit: 3, failed: 2, left: 1 }), s('job.backoff.delay')] },
      { tone: 'critical', sentences: [s('job.backoff.reached', { limit: 3, failed: 4 })] },
      { tone: 'critical', sentences: [s('job.backoff.perIndex', { limit: 1, failedIndexes: '0,1,2', failed: 6 })] },
      ['failed', 'failed', 'failed'],
      { tone: 'ok', sentences: [s('job.backoff.budget', { limit: 4, failed: 0, left: 4 }), s('job.backoff.policy', { rules: 2 }), s('job.backoff.delay')] },
    ]);
  });

  it('keeps a suspended Job’s cells pending rather than lost', () => {
    const { x, at } = explained('jobs-3', 'suspended');
    expect(jobView(x, at).grid).toStrictEqual([slot(0, 'pending'), slot(1, 'pending'), slot(2, 'pending')]);
  });
});

describe('jobConditionMeaning and jobReasonMeaning', () => {
  it('explain the condition types and reasons the Job controller writes, and name any other', () => {
    expect([
      jobConditionMeaning('FailureTarget'),
      jobConditionMeaning('Suspended'),
      jobConditionMeaning('Frozen'),
      jobReasonMeaning('BackoffLimitExceeded'),
      jobReasonMeaning('DeadlineExceeded'),
      jobReasonMeaning('SomethingElse'),
      jobReasonMeaning(null),
    ]).toStrictEqual([
      s('job.cond.FailureTarget'),
      s('job.cond.Suspended'),
      s('job.cond.other', { type: 'Frozen' }),
      s('job.reason.BackoffLimitExceeded'),
      s('job.reason.DeadlineExceeded'),
      null,
      null,
    ]);
  });
});
