import { describe, expect, it } from 'vitest';
import type { Diagnosis } from '../../explain/types';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { workloadEvidence } from './workload-evidence';

/** A diagnosis that cites these paths (only its evidence matters here). */
const citing = (...evidence: string[]): Diagnosis[] => [{ id: 'job-backoff-limit', severity: 'critical', conceptIds: ['job'], params: {}, evidence }];

describe('workloadEvidence', () => {
  const s = workloadSnapshot('failing-job');
  const job = named(s.jobs, 'failing-job');

  it('reads plain paths on the workload, pod[…] paths on that pod, and events on the object each path is about', () => {
    expect(
      workloadEvidence(
        citing(
          'status.failed',
          'spec.backoffLimit',
          'events[reason=BackoffLimitExceeded].message',
          'pod[failing-job-vm6wr].status.containerStatuses[0].state.terminated.reason',
          'pod[failing-job-vm6wr].events[reason=Scheduled].message',
          // The Job's own event is not the pod's, nor the other way round.
          'pod[failing-job-vm6wr].events[reason=BackoffLimitExceeded].message',
          'events[reason=Scheduled].message',
        ),
        { kind: 'Job', object: job, pods: s.pods, events: s.events },
      ),
    ).toStrictEqual({
      'status.failed': '3',
      'spec.backoffLimit': '2',
      'events[reason=BackoffLimitExceeded].message': 'Job has reached the specified backoff limit',
      'pod[failing-job-vm6wr].status.containerStatuses[0].state.terminated.reason': 'Error',
      'pod[failing-job-vm6wr].events[reason=Scheduled].message': 'Successfully assigned explain-demo/failing-job-vm6wr to sandbox-worker2',
    });
  });

  it('reads node[…] paths on the node and leaves out what resolves to nothing', () => {
    const d = workloadSnapshot('node-agent');
    expect(
      workloadEvidence(citing('node[sandbox-control-plane].spec.taints', 'node[sandbox-worker].spec.taints', 'node[gone].metadata.name', 'pod[gone].status.phase', 'status.nothing'), {
        kind: 'DaemonSet',
        object: named(d.daemonSets, 'node-agent'),
        pods: d.pods,
        nodes: d.nodes,
      }),
    ).toStrictEqual({ 'node[sandbox-control-plane].spec.taints': '[{"effect":"NoSchedule","key":"node-role.kubernetes.io/control-plane"}]' });
  });
});
