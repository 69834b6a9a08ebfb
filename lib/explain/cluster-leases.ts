/**
 * Leader-election Leases of the control plane (coordination.k8s.io/v1 in
 * kube-system, named kube-scheduler and kube-controller-manager). The leader
 * renews spec.renewTime every couple of seconds; once it is older than
 * leaseDurationSeconds (15 s by default) any candidate may take over, so an
 * expired lease means no healthy leader right now.
 * Source: docs concepts/architecture/leases#leader-election and
 * client-go tools/leaderelection.
 */
import type { V1Lease } from '@kubernetes/client-node';
import { secondsSince } from './cluster-shared';
import { toIso } from './timestamps';

export type LeaderComponent = 'kube-scheduler' | 'kube-controller-manager';

export interface LeaderLease {
  component: LeaderComponent;
  found: boolean;
  /** "<hostname>_<uuid>" as client-go writes it. */
  holderIdentity: string | null;
  /** The hostname part of holderIdentity. */
  holder: string | null;
  renewTime: string | null;
  renewAgeSeconds: number | null;
  leaseDurationSeconds: number | null;
  leaseTransitions: number | null;
  /** Renewed within leaseDurationSeconds; null when the lease is missing or incomplete. */
  healthy: boolean | null;
  evidence: string;
}

export const LEADER_COMPONENTS: readonly LeaderComponent[] = ['kube-scheduler', 'kube-controller-manager'];

/**
 * Reads one leader lease from a list of Leases.
 * @example leaderLease('kube-scheduler', leases, now)
 *   // { component: 'kube-scheduler', found: true, holderIdentity: 'kind-control-plane_4b5e…', holder: 'kind-control-plane',
 *   //   renewAgeSeconds: 3, leaseDurationSeconds: 15, healthy: true, ... }
 */
export function leaderLease(component: LeaderComponent, leases: V1Lease[], now: Date): LeaderLease {
  const lease = leases.find(
    (l) => l.metadata?.name === component && (l.metadata.namespace ?? 'kube-system') === 'kube-system',
  );
  const evidence = `lease[kube-system/${component}].spec.renewTime`;
  if (!lease) {
    return {
      component,
      found: false,
      holderIdentity: null,
      holder: null,
      renewTime: null,
      renewAgeSeconds: null,
      leaseDurationSeconds: null,
      leaseTransitions: null,
      healthy: null,
      evidence,
    };
  }
  const identity = lease.spec?.holderIdentity || null;
  const age = secondsSince(lease.spec?.renewTime, now);
  const duration = lease.spec?.leaseDurationSeconds ?? null;
  return {
    component,
    found: true,
    holderIdentity: identity,
    holder: identity ? holderHost(identity) : null,
    renewTime: toIso(lease.spec?.renewTime),
    renewAgeSeconds: age,
    leaseDurationSeconds: duration,
    leaseTransitions: lease.spec?.leaseTransitions ?? null,
    // A released lease (empty holder) has no leader either.
    healthy: age === null || duration === null ? null : identity !== null && age <= duration,
    evidence,
  };
}

/** client-go's identity is hostname + "_" + uuid; the uuid never contains "_". */
function holderHost(identity: string): string {
  const cut = identity.lastIndexOf('_');
  return cut > 0 ? identity.slice(0, cut) : identity;
}
