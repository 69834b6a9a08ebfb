import { describe, expect, it } from 'vitest';
import { explainCronJob } from '../../explain/workloads/cronjob';
import { explainDaemonSet } from '../../explain/workloads/daemonset';
import { explainJob } from '../../explain/workloads/job';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { daemonSetView } from '../daemonset-view';
import { toPodRow } from '../pod-row';
import { buildCronJobDetail } from './cronjob-detail';
import { buildDaemonSetDetail } from './daemonset-detail';
import { buildJobDetail } from './job-detail';
import { toCronJobRow, toDaemonSetRow, toJobRow } from './rows';

describe('buildDaemonSetDetail', () => {
  it('builds node-agent’s page: its row, the node × pod table explained and projected, and nothing to diagnose', () => {
    const s = workloadSnapshot('node-agent');
    const at = new Date(s.capturedAt);
    const ds = named(s.daemonSets, 'node-agent');
    const explanation = explainDaemonSet({ daemonSet: ds, nodes: s.nodes, pods: s.pods, now: at });
    expect(buildDaemonSetDetail({ daemonsets: s.daemonSets, pods: s.pods, nodes: s.nodes }, at, { namespace: 'explain-demo', name: 'node-agent' })).toStrictEqual({
      found: true,
      namespace: 'explain-demo',
      name: 'node-agent',
      row: toDaemonSetRow(ds, at),
      explanation,
      view: daemonSetView(explanation),
      diagnoses: [],
      evidence: {},
    });
  });

  it('diagnoses a worker without its daemon pod, with the status counts and the node’s taints as evidence', () => {
    const s = workloadSnapshot('node-agent');
    const at = new Date(s.capturedAt);
    const tainted = s.nodes.map((n) => (n.metadata?.name === 'sandbox-worker2' ? { ...n, spec: { ...n.spec, taints: [{ key: 'dedicated', value: 'db', effect: 'PreferNoSchedule' }] } } : n));
    const model = buildDaemonSetDetail({ daemonsets: s.daemonSets, pods: s.pods.filter((p) => p.metadata?.name !== 'node-agent-n6mf7'), nodes: tainted }, at, { namespace: 'explain-demo', name: 'node-agent' });
    expect(model.found && [model.diagnoses, model.evidence]).toStrictEqual([
      [
        {
          id: 'daemonset-pod-missing',
          severity: 'warning',
          conceptIds: ['daemonset-scheduling', 'daemonset', 'taints-tolerations'],
          params: { kind: 'DaemonSet', name: 'node-agent', namespace: 'explain-demo', nodes: 'sandbox-worker2', count: 1 },
          evidence: ['status.desiredNumberScheduled', 'status.currentNumberScheduled', 'node[sandbox-worker2].spec.taints'],
        },
      ],
      { 'status.desiredNumberScheduled': '2', 'status.currentNumberScheduled': '2', 'node[sandbox-worker2].spec.taints': '[{"key":"dedicated","value":"db","effect":"PreferNoSchedule"}]' },
    ]);
  });
});

describe('buildJobDetail', () => {
  it('builds failing-job’s page: the Job explained, its conditions, its three failed pods and the backoff-limit diagnosis with their exit codes', () => {
    const s = workloadSnapshot('failing-job');
    const at = new Date(s.capturedAt);
    const job = named(s.jobs, 'failing-job');
    const podNames = ['failing-job-8c85z', 'failing-job-jpdpl', 'failing-job-vm6wr'];
    const exitCode = (pod: string) => `pod[${pod}].status.containerStatuses[0].state.terminated.exitCode`;
    const reason = 'Job has reached the specified backoff limit';
    expect(buildJobDetail({ jobs: s.jobs, pods: s.pods, events: s.events }, at, { namespace: 'explain-demo', name: 'failing-job' })).toStrictEqual({
      found: true,
      namespace: 'explain-demo',
      name: 'failing-job',
      row: toJobRow(job, at),
      explanation: explainJob({ job, pods: s.pods, now: at }),
      conditions: [
        { type: 'FailureTarget', status: 'True', reason: 'BackoffLimitExceeded', message: reason, lastTransitionTime: '2026-12-03T13:10:50Z', path: 'status.conditions[0]' },
        { type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: reason, lastTransitionTime: '2026-12-03T13:10:50Z', path: 'status.conditions[1]' },
      ],
      podRows: podNames.map((n) => toPodRow(named(s.pods, n), at)),
      diagnoses: [
        {
          id: 'job-backoff-limit',
          severity: 'critical',
          conceptIds: ['job-failure-handling', 'job', 'restart-policy'],
          params: { kind: 'Job', name: 'failing-job', namespace: 'explain-demo', scope: 'job', backoffLimit: 2, failed: 3, exitCodes: '1' },
          evidence: ['status.conditions[0].reason', 'spec.backoffLimit', 'status.failed', ...podNames.map(exitCode)],
        },
      ],
      evidence: {
        'status.conditions[0].reason': 'BackoffLimitExceeded',
        'spec.backoffLimit': '2',
        'status.failed': '3',
        ...Object.fromEntries(podNames.map((n) => [exitCode(n), '1'])),
      },
    });
  });
});

describe('buildCronJobDetail', () => {
  it('builds every-minute’s page: the CronJob explained and the kubectl rows of the Jobs it owns, nothing to diagnose', () => {
    const s = workloadSnapshot('every-minute-active');
    const at = new Date(s.capturedAt);
    const cronJob = named(s.cronJobs, 'every-minute');
    expect(buildCronJobDetail({ cronjobs: s.cronJobs, jobs: s.jobs, events: s.events }, at, { namespace: 'explain-demo', name: 'every-minute' })).toStrictEqual({
      found: true,
      namespace: 'explain-demo',
      name: 'every-minute',
      row: toCronJobRow(cronJob, at),
      explanation: explainCronJob({ cronJob, jobs: s.jobs, events: s.events, now: at }),
      jobRows: ['every-minute-29938411', 'every-minute-29938412', 'every-minute-29938413'].map((n) => toJobRow(named(s.jobs, n), at)),
      diagnoses: [],
      evidence: {},
    });
  });

  it('diagnoses the run Forbid skipped, citing the controller’s JobAlreadyActive event', () => {
    const s = workloadSnapshot('cronjobs-3');
    const model = buildCronJobDetail({ cronjobs: s.cronJobs, jobs: s.jobs, events: s.events }, new Date(s.capturedAt), { namespace: 'hf-capture', name: 'forbid' });
    expect(model.found && [model.diagnoses, model.evidence]).toStrictEqual([
      [
        {
          id: 'cronjob-missed-schedules',
          severity: 'warning',
          conceptIds: ['cronjob-schedule', 'cronjob'],
          params: { kind: 'CronJob', name: 'forbid', namespace: 'hf-capture', cause: 'forbid', missed: 1, lastSchedule: '2026-12-03T13:24:00Z', due: '2026-12-03T13:25:00Z' },
          evidence: ['status.lastScheduleTime', 'spec.concurrencyPolicy', 'status.active', 'events[reason=JobAlreadyActive].message'],
        },
      ],
      {
        'status.lastScheduleTime': '2026-12-03T13:24:00Z',
        'spec.concurrencyPolicy': 'Forbid',
        'status.active': '[{"apiVersion":"batch/v1","kind":"Job","name":"forbid-29938404","namespace":"hf-capture","resourceVersion":"4857","uid":"11ab5c69-3f40-4efd-875a-3e1876e97d53"}]',
        'events[reason=JobAlreadyActive].message': 'Not starting job because prior execution is running and concurrency policy is Forbid',
      },
    ]);
  });
});
