import { describe, expect, it } from 'vitest';
import { named, workloadSnapshot } from './workload-capture';

/*
 * The explain-demo workload captures (captured/workloads/README.md, second
 * table) hold the states their rows describe, so tests built on them start
 * from what the sandbox really showed.
 */

const revisionOf = (rs: { metadata?: { annotations?: Record<string, string> } }) => rs.metadata?.annotations?.['deployment.kubernetes.io/revision'];
const ready = (p: { status?: { conditions?: { type: string; status: string }[] } }) => p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

describe('explain-demo workload captures', () => {
  it('rollout-demo moves 2 + 2 pods from revision 1 to 2 within maxSurge 1 and maxUnavailable 1', () => {
    const steps = ['rollout-demo-rolling-1', 'rollout-demo-rolling-2', 'rollout-demo-rolling-3', 'rollout-demo-rolling-4', 'rollout-demo-rolling-5', 'rollout-demo-complete'].map((f) => {
      const s = workloadSnapshot(f);
      const byRev = Object.fromEntries(s.replicaSets.map((rs) => [revisionOf(rs), rs]));
      return [byRev['1']?.spec?.replicas, byRev['2']?.spec?.replicas, byRev['2']?.status?.readyReplicas ?? 0, byRev['2']?.status?.availableReplicas ?? 0];
    });
    // [old desired, new desired, new ready, new available]
    expect(steps).toStrictEqual([
      [3, 2, 0, 0],
      [3, 2, 0, 0],
      [3, 2, 2, 0],
      [1, 4, 2, 2],
      [1, 4, 4, 2],
      [0, 4, 4, 4],
    ]);
    const done = workloadSnapshot('rollout-demo-complete');
    expect(named(done.deployments, 'rollout-demo').status?.conditions?.find((c) => c.type === 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
    for (const p of done.pods) expect(p.status?.containerStatuses?.[0]).toMatchObject({ ready: true, started: true, state: { running: {} } });
  });

  it('stuck-rollout keeps 3 old pods beside 1 in ImagePullBackOff and times out after 30 s', () => {
    const before = workloadSnapshot('stuck-rollout-pull-backoff');
    const after = workloadSnapshot('stuck-rollout-deadline-exceeded');
    const progressing = (s: typeof before) => named(s.deployments, 'stuck-rollout').status?.conditions?.find((c) => c.type === 'Progressing');
    expect([progressing(before)?.status, progressing(before)?.reason]).toStrictEqual(['True', 'NewReplicaSetCreated']);
    expect([progressing(after)?.status, progressing(after)?.reason]).toStrictEqual(['False', 'ProgressDeadlineExceeded']);
    expect(after.pods.map((p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason ?? 'running').sort()).toStrictEqual(['ImagePullBackOff', 'running', 'running', 'running']);
  });

  it('db creates each ordinal only after the one before it is Ready', () => {
    const seen = ['db-ordered-1', 'db-ordered-2', 'db-ordered-3', 'db-ordered-4'].map((f) =>
      workloadSnapshot(f)
        .pods.map((p) => `${p.metadata?.name}:${ready(p) ? 'ready' : 'not-ready'}`)
        .sort(),
    );
    expect(seen).toStrictEqual([
      ['db-0:not-ready'],
      ['db-0:ready', 'db-1:not-ready'],
      ['db-0:ready', 'db-1:ready', 'db-2:not-ready'],
      ['db-0:ready', 'db-1:ready', 'db-2:ready'],
    ]);
  });

  it('node-agent runs on the two workers only, and failing-job ends BackoffLimitExceeded after 3 failed pods', () => {
    const ds = workloadSnapshot('node-agent');
    expect(ds.pods.map((p) => p.spec?.nodeName).sort()).toStrictEqual(['sandbox-worker', 'sandbox-worker2']);
    expect(named(ds.daemonSets, 'node-agent').status?.desiredNumberScheduled).toBe(2);
    const job = workloadSnapshot('failing-job');
    expect(named(job.jobs, 'failing-job').status?.conditions?.map((c) => [c.type, c.reason])).toStrictEqual([
      ['FailureTarget', 'BackoffLimitExceeded'],
      ['Failed', 'BackoffLimitExceeded'],
    ]);
    expect(job.pods.map((p) => p.status?.containerStatuses?.[0]?.state?.terminated?.exitCode)).toStrictEqual([1, 1, 1]);
  });

  it('every-minute has one Job active, then none, keeping 2 successful Jobs', () => {
    const active = workloadSnapshot('every-minute-active');
    const done = workloadSnapshot('every-minute-done');
    expect(named(active.cronJobs, 'every-minute').status?.active).toHaveLength(1);
    expect(named(done.cronJobs, 'every-minute').status?.active).toBeUndefined();
    expect(done.jobs.map((j) => j.status?.succeeded)).toStrictEqual([1, 1]);
  });
});
