import { describe, expect, it } from 'vitest';
import { named, workloadSnapshot } from '../testing/workload-capture';
import { buildOwnedPods } from './owned-pods';
import { toPodRow } from './pod-row';

describe('buildOwnedPods', () => {
  const demo = workloadSnapshot('explain-demo-workloads');
  const at = new Date(demo.capturedAt);

  it("shows a Deployment's pods as Pods-table rows and the ReplicaSets they were found through", () => {
    expect(buildOwnedPods({ pods: demo.pods, replicasets: demo.replicaSets }, at, { kind: 'Deployment', name: 'web' })).toStrictEqual({
      owner: { kind: 'Deployment', name: 'web' },
      through: [{ namespace: 'explain-demo', name: 'web-569b4d9d45' }],
      rows: ['web-569b4d9d45-6xdtg', 'web-569b4d9d45-qgz8x', 'web-569b4d9d45-xgbrg'].map((n) => toPodRow(named(demo.pods, n), at)),
    });
  });

  it("reads a CronJob's Jobs, and nothing but the pods for a StatefulSet", () => {
    expect([
      buildOwnedPods({ pods: demo.pods, jobs: demo.jobs, replicasets: demo.replicaSets }, at, { kind: 'CronJob', name: 'every-minute' }),
      buildOwnedPods({ pods: demo.pods, replicasets: demo.replicaSets }, at, { kind: 'StatefulSet', name: 'db' }),
      buildOwnedPods({ pods: demo.pods }, at, { kind: 'Deployment', name: 'web' }),
    ]).toStrictEqual([
      {
        owner: { kind: 'CronJob', name: 'every-minute' },
        through: [
          { namespace: 'explain-demo', name: 'every-minute-29938405' },
          { namespace: 'explain-demo', name: 'every-minute-29938406' },
        ],
        rows: ['every-minute-29938405-lgnx2', 'every-minute-29938406-j8gbk'].map((n) => toPodRow(named(demo.pods, n), at)),
      },
      { owner: { kind: 'StatefulSet', name: 'db' }, through: [], rows: ['db-0', 'db-1', 'db-2'].map((n) => toPodRow(named(demo.pods, n), at)) },
      { owner: { kind: 'Deployment', name: 'web' }, through: [], rows: [] },
    ]);
  });
});
