import { describe, expect, it } from 'vitest';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { KUBECTL_WIDE_COLUMNS, kubectlWideCells } from './kubectl-cells';
import { filterWorkloadRows, jobDuration, lastScheduleText, toCronJobRow, toDaemonSetRow, toDeploymentRow, toJobRow, toReplicaSetRow, toStatefulSetRow, WORKLOAD_ROW } from './rows';

// The sandbox's explain-demo workloads about 3 minutes after sandbox:up (see lib/testing/captured/workloads/README.md).
const demo = workloadSnapshot('explain-demo-workloads');
const AT = new Date(demo.capturedAt);

describe('workload rows', () => {
  it("carries a Deployment's printDeployment columns, its identity, and whether its rollout stalled", () => {
    expect(demo.deployments.map((d) => toDeploymentRow(d, AT))).toStrictEqual([
      {
        uid: '7c100547-796d-459b-af29-610c2e781862',
        namespace: 'explain-demo',
        health: 'ok',
        name: 'rollout-demo',
        ready: '4/4',
        readyReplicas: 4,
        desiredReplicas: 4,
        upToDate: 4,
        available: 4,
        age: '16m',
        createdAt: '2026-12-03T13:10:02Z',
        containers: 'web',
        images: 'nginx:1.28',
        selector: 'app=rollout-demo',
        stalled: false,
      },
      {
        uid: 'a121a73f-1647-46d2-b61a-1849f498d996',
        namespace: 'explain-demo',
        health: 'critical',
        name: 'stuck-rollout',
        ready: '3/3',
        readyReplicas: 3,
        desiredReplicas: 3,
        upToDate: 1,
        available: 3,
        age: '16m',
        createdAt: '2026-12-03T13:10:02Z',
        containers: 'api',
        images: 'registry.example.invalid/team/api:v2.0.0-typo',
        selector: 'app=stuck-rollout',
        stalled: true,
      },
      {
        uid: '08fb925f-344c-4d7f-85f0-bec6990ec229',
        namespace: 'explain-demo',
        health: 'ok',
        name: 'web',
        ready: '3/3',
        readyReplicas: 3,
        desiredReplicas: 3,
        upToDate: 3,
        available: 3,
        age: '16m',
        createdAt: '2026-12-03T13:10:02Z',
        containers: 'nginx',
        images: 'nginx:1.27',
        selector: 'app=web',
        stalled: false,
      },
    ]);
  });

  it('shows a Deployment mid-rollout as in progress until every replica is updated and available', () => {
    const rolling = workloadSnapshot('web-rev2-rolling-1');
    const done = workloadSnapshot('web-rev2-rolling-2');
    const row = (s: typeof rolling) => toDeploymentRow(named(s.deployments, 'web'), new Date(s.capturedAt));
    expect([row(rolling), row(done)].map((r) => [r.ready, r.upToDate, r.available, r.health, r.stalled])).toStrictEqual([
      // READY counts the surge pod: 5 ready of 4 wanted, kubectl prints 5/4 too.
      ['5/4', 2, 3, 'progress', false],
      ['4/4', 4, 4, 'ok', false],
    ]);
  });

  it("carries a ReplicaSet's printReplicaSet columns; one short of ready is in progress", () => {
    expect(toReplicaSetRow(named(demo.replicaSets, 'web-569b4d9d45'), AT)).toStrictEqual({
      uid: 'a4d3f86e-83ca-4803-a6c0-7acd4b62297a',
      namespace: 'explain-demo',
      health: 'ok',
      name: 'web-569b4d9d45',
      desired: 3,
      current: 3,
      ready: 3,
      age: '16m',
      createdAt: '2026-12-03T13:10:02Z',
      containers: 'nginx',
      images: 'nginx:1.27',
      selector: 'app=web,pod-template-hash=569b4d9d45',
    });
    expect(demo.replicaSets.map((r) => [r.metadata?.name, toReplicaSetRow(r, AT).health])).toStrictEqual([
      ['rollout-demo-5c998fbbb', 'ok'],
      ['rollout-demo-d8c97f5bc', 'ok'],
      ['stuck-rollout-5c846db944', 'progress'],
      ['stuck-rollout-84cc6679f', 'ok'],
      ['web-569b4d9d45', 'ok'],
    ]);
  });

  it("carries a StatefulSet's and a DaemonSet's columns", () => {
    expect([toStatefulSetRow(named(demo.statefulSets, 'db'), AT), toDaemonSetRow(named(demo.daemonSets, 'node-agent'), AT)]).toStrictEqual([
      {
        uid: demo.statefulSets[0]?.metadata?.uid,
        namespace: 'explain-demo',
        health: 'ok',
        name: 'db',
        ready: '3/3',
        readyReplicas: 3,
        desiredReplicas: 3,
        age: '16m',
        createdAt: '2026-12-03T13:10:03Z',
        containers: 'postgres',
        images: 'postgres:17',
      },
      {
        uid: demo.daemonSets[0]?.metadata?.uid,
        namespace: 'explain-demo',
        health: 'ok',
        name: 'node-agent',
        desired: 2,
        current: 2,
        ready: 2,
        upToDate: 2,
        available: 2,
        nodeSelector: '<none>',
        age: '16m',
        createdAt: '2026-12-03T13:10:03Z',
        containers: 'agent',
        images: 'fluent/fluent-bit:3.2',
        selector: 'app=node-agent',
      },
    ]);
  });

  it('shows a StatefulSet still starting its ordinals and a DaemonSet mid-update as in progress, a Parallel one all ready as ok', () => {
    const sts = workloadSnapshot('sts-starting');
    const ds = workloadSnapshot('ds-rolling');
    expect([
      ...sts.statefulSets.map((o) => [o.metadata?.name, toStatefulSetRow(o, new Date(sts.capturedAt)).health]),
      ...ds.daemonSets.map((o) => [o.metadata?.name, toDaemonSetRow(o, new Date(ds.capturedAt)).health]),
    ]).toStrictEqual([
      ['kv', 'progress'],
      ['par', 'ok'],
      ['vol', 'progress'],
      ['logs', 'progress'],
      ['picky', 'ok'],
      ['ssd', 'ok'],
    ]);
  });

  it("colours a Job by its printJob STATUS: Complete done, Failed critical, Suspended warning, Running in progress", () => {
    expect(toJobRow(named(demo.jobs, 'failing-job'), AT)).toStrictEqual({
      uid: '679d78fe-36c1-4049-a920-559c17ca1d29',
      namespace: 'explain-demo',
      health: 'critical',
      name: 'failing-job',
      status: 'Failed',
      completions: '0/1',
      succeeded: 0,
      completionsWanted: 1,
      parallelism: 1,
      duration: '16m',
      durationSeconds: 973,
      age: '16m',
      createdAt: '2026-12-03T13:10:04Z',
      containers: 'import',
      images: 'busybox:1.36',
      selector: 'batch.kubernetes.io/controller-uid=679d78fe-36c1-4049-a920-559c17ca1d29',
      startedAt: '2026-12-03T13:10:04Z',
      completedAt: null,
    });
    const jobs = workloadSnapshot('jobs-2');
    expect(jobs.jobs.map((j) => toJobRow(j, new Date(jobs.capturedAt))).map((r) => [r.name, r.status, r.health])).toStrictEqual([
      ['deadline', 'Running', 'progress'],
      ['indexed', 'Complete', 'done'],
      ['perindex', 'Failed', 'critical'],
      ['pfp', 'Failed', 'critical'],
      ['retry', 'Running', 'progress'],
      ['suspended', 'Suspended', 'warning'],
    ]);
  });

  it('shows a suspended CronJob as a warning and an active one as ok', () => {
    expect(toCronJobRow(named(demo.cronJobs, 'every-minute'), AT)).toStrictEqual({
      uid: demo.cronJobs[0]?.metadata?.uid,
      namespace: 'explain-demo',
      health: 'ok',
      name: 'every-minute',
      schedule: '* * * * *',
      timeZone: 'Etc/UTC',
      suspend: 'False',
      active: 0,
      lastSchedule: '17s',
      lastScheduleAt: '2026-12-03T13:26:00Z',
      age: '16m',
      createdAt: '2026-12-03T13:10:03Z',
      containers: 'report',
      images: 'busybox:1.36',
      selector: '<none>',
    });
    const cron = workloadSnapshot('cronjobs-1');
    expect(cron.cronJobs.map((c) => toCronJobRow(c, new Date(cron.capturedAt))).map((r) => [r.name, r.suspend, r.health])).toStrictEqual([
      ['forbid', 'False', 'ok'],
      ['missed', 'True', 'warning'],
      ['tz', 'False', 'ok'],
      ['weekdays', 'True', 'warning'],
    ]);
  });

  it('has one projection per workload resource, each the same function as its named export', () => {
    expect(WORKLOAD_ROW).toStrictEqual({
      deployments: toDeploymentRow,
      replicasets: toReplicaSetRow,
      statefulsets: toStatefulSetRow,
      daemonsets: toDaemonSetRow,
      jobs: toJobRow,
      cronjobs: toCronJobRow,
    });
  });
});

describe('filterWorkloadRows', () => {
  const rows = [...demo.replicaSets.map((r) => toReplicaSetRow(r, AT)), { ...toReplicaSetRow(named(demo.replicaSets, 'web-569b4d9d45'), AT), namespace: 'default' }].reverse();
  const keys = (rs: { namespace: string; name: string }[]) => rs.map((r) => `${r.namespace}/${r.name}`);

  it('sorts like kubectl (namespace, then name) without a filter and leaves its input alone', () => {
    const before = keys(rows);
    expect(keys(filterWorkloadRows(rows, ''))).toStrictEqual([
      'default/web-569b4d9d45',
      'explain-demo/rollout-demo-5c998fbbb',
      'explain-demo/rollout-demo-d8c97f5bc',
      'explain-demo/stuck-rollout-5c846db944',
      'explain-demo/stuck-rollout-84cc6679f',
      'explain-demo/web-569b4d9d45',
    ]);
    expect(keys(rows)).toStrictEqual(before);
  });

  it('matches the text anywhere in namespace/name, ignoring case and surrounding spaces', () => {
    expect(keys(filterWorkloadRows(rows, '  STUCK '))).toStrictEqual(['explain-demo/stuck-rollout-5c846db944', 'explain-demo/stuck-rollout-84cc6679f']);
    expect(keys(filterWorkloadRows(rows, 'default/'))).toStrictEqual(['default/web-569b4d9d45']);
    expect(filterWorkloadRows(rows, 'nothing-like-this')).toStrictEqual([]);
  });
});

describe('ticking cells', () => {
  it("computes a Job's DURATION like printJob: to completion once complete, to now while it runs, empty before it starts", () => {
    const jobs = demo.jobs.map((j) => toJobRow(j, AT));
    const later = new Date(AT.getTime() + 60_000);
    expect(jobs.map((r) => [r.name, r.duration, jobDuration(r, AT), jobDuration(r, later)])).toStrictEqual([
      ['complete-job', '8s', '8s', '8s'],
      ['every-minute-29938405', '7s', '7s', '7s'],
      ['every-minute-29938406', '6s', '6s', '6s'],
      ['failing-job', '16m', '16m', '17m'],
    ]);
    expect(jobDuration({ startedAt: null, completedAt: null }, AT)).toBe('');
  });

  it("computes a CronJob's LAST SCHEDULE as the age of its last run, <none> before the first", () => {
    const row = toCronJobRow(named(demo.cronJobs, 'every-minute'), AT);
    expect([lastScheduleText(row.lastScheduleAt, AT), lastScheduleText(row.lastScheduleAt, new Date(AT.getTime() + 50_000)), lastScheduleText(null, AT)]).toStrictEqual([row.lastSchedule, '67s', '<none>']);
  });
});

describe('kubectlWideCells', () => {
  it("prints each kind's row as kubectl get -o wide does, in its column order", () => {
    const cells = {
      deployments: kubectlWideCells('deployments', toDeploymentRow(named(demo.deployments, 'stuck-rollout'), AT), AT),
      replicasets: kubectlWideCells('replicasets', toReplicaSetRow(named(demo.replicaSets, 'web-569b4d9d45'), AT), AT),
      statefulsets: kubectlWideCells('statefulsets', toStatefulSetRow(named(demo.statefulSets, 'db'), AT), AT),
      daemonsets: kubectlWideCells('daemonsets', toDaemonSetRow(named(demo.daemonSets, 'node-agent'), AT), AT),
      jobs: kubectlWideCells('jobs', toJobRow(named(demo.jobs, 'failing-job'), AT), AT),
      cronjobs: kubectlWideCells('cronjobs', toCronJobRow(named(demo.cronJobs, 'every-minute'), AT), AT),
    };
    expect(cells).toStrictEqual({
      deployments: ['stuck-rollout', '3/3', '1', '3', '16m', 'api', 'registry.example.invalid/team/api:v2.0.0-typo', 'app=stuck-rollout'],
      replicasets: ['web-569b4d9d45', '3', '3', '3', '16m', 'nginx', 'nginx:1.27', 'app=web,pod-template-hash=569b4d9d45'],
      statefulsets: ['db', '3/3', '16m', 'postgres', 'postgres:17'],
      daemonsets: ['node-agent', '2', '2', '2', '2', '2', '<none>', '16m', 'agent', 'fluent/fluent-bit:3.2', 'app=node-agent'],
      jobs: ['failing-job', 'Failed', '0/1', '16m', '16m', 'import', 'busybox:1.36', 'batch.kubernetes.io/controller-uid=679d78fe-36c1-4049-a920-559c17ca1d29'],
      cronjobs: ['every-minute', '* * * * *', 'Etc/UTC', 'False', '0', '17s', '16m', 'report', 'busybox:1.36', '<none>'],
    });
    expect(Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, v.length]))).toStrictEqual(
      Object.fromEntries(Object.entries(KUBECTL_WIDE_COLUMNS).map(([k, v]) => [k, v.length])),
    );
  });
});
