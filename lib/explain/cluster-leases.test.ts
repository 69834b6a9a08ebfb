import type { V1Lease } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { leaderLease, type LeaderLease } from './cluster-leases';
import { leaderLeaseObject } from './cluster-testdata';

const NOW = new Date('2025-05-20T10:02:14Z');

describe('leaderLease', () => {
  it.each<[string, V1Lease[], Omit<LeaderLease, 'component' | 'evidence'>]>([
    [
      'is healthy when renewed within leaseDurationSeconds',
      [leaderLeaseObject('kube-scheduler', '2025-05-20T10:02:00.000000Z')],
      {
        found: true,
        holderIdentity: 'kind-control-plane_7c1f0a1e-5b52-4a57-9d07-2f3f0f0e8d11',
        holder: 'kind-control-plane',
        renewTime: '2025-05-20T10:02:00Z',
        renewAgeSeconds: 14,
        leaseDurationSeconds: 15,
        leaseTransitions: 0,
        healthy: true,
      },
    ],
    [
      'is unhealthy once the lease has expired',
      [leaderLeaseObject('kube-scheduler', '2025-05-20T10:01:58.000000Z')],
      {
        found: true,
        holderIdentity: 'kind-control-plane_7c1f0a1e-5b52-4a57-9d07-2f3f0f0e8d11',
        holder: 'kind-control-plane',
        renewTime: '2025-05-20T10:01:58Z',
        renewAgeSeconds: 16,
        leaseDurationSeconds: 15,
        leaseTransitions: 0,
        healthy: false,
      },
    ],
    [
      'keeps underscores of a hostname and cuts only before the uuid',
      [leaderLeaseObject('kube-scheduler', '2025-05-20T10:02:13.000000Z', 'cp_node_1')],
      {
        found: true,
        holderIdentity: 'cp_node_1_7c1f0a1e-5b52-4a57-9d07-2f3f0f0e8d11',
        holder: 'cp_node_1',
        renewTime: '2025-05-20T10:02:13Z',
        renewAgeSeconds: 1,
        leaseDurationSeconds: 15,
        leaseTransitions: 0,
        healthy: true,
      },
    ],
    [
      'has no leader when the holder released the lease',
      [
        (() => {
          const l = leaderLeaseObject('kube-scheduler', '2025-05-20T10:02:13.000000Z');
          l.spec!.holderIdentity = '';
          return l;
        })(),
      ],
      {
        found: true,
        holderIdentity: null,
        holder: null,
        renewTime: '2025-05-20T10:02:13Z',
        renewAgeSeconds: 1,
        leaseDurationSeconds: 15,
        leaseTransitions: 0,
        healthy: false,
      },
    ],
    [
      'is not found when only another component holds a lease',
      [leaderLeaseObject('kube-controller-manager', '2025-05-20T10:02:13.000000Z')],
      {
        found: false,
        holderIdentity: null,
        holder: null,
        renewTime: null,
        renewAgeSeconds: null,
        leaseDurationSeconds: null,
        leaseTransitions: null,
        healthy: null,
      },
    ],
  ])('%s', (_name, leases, expected) => {
    expect(leaderLease('kube-scheduler', leases, NOW)).toStrictEqual({
      component: 'kube-scheduler',
      ...expected,
      evidence: 'lease[kube-system/kube-scheduler].spec.renewTime',
    });
  });
});
