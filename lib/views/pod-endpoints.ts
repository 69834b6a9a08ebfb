import type { V1EndpointSlice, V1Pod } from '@kubernetes/client-node';
import type { PodServiceMembership } from '../explain/pod-services';

/** The pod's endpoint as the EndpointSlice controller actually wrote it. */
export interface SliceEndpoint {
  slice: string;
  /** nil in the API means true for ready; serving defaults to ready; terminating to false. */
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

/** A Service that selects the pod: what its conditions should be, and what its EndpointSlices say. */
export interface PodServiceView {
  name: string;
  expected: PodServiceMembership;
  /** null while the pod is in none of the Service's slices (no IP yet, or the controller has not caught up). */
  endpoint: SliceEndpoint | null;
}

/**
 * Pairs each Service that selects the pod with the pod's endpoint in that
 * Service's EndpointSlices (label kubernetes.io/service-name), matched by the
 * endpoint's targetRef.
 * @example podServiceViews(readinessFailPod, membership, slices)[0].endpoint → { slice: 'readiness-demo-swzpv', ready: false, serving: false, terminating: false }
 */
export function podServiceViews(pod: V1Pod, membership: readonly PodServiceMembership[], slices: readonly V1EndpointSlice[]): PodServiceView[] {
  const uid = pod.metadata?.uid;
  const name = pod.metadata?.name;
  const namespace = pod.metadata?.namespace;
  return membership.map((expected) => {
    let endpoint: SliceEndpoint | null = null;
    for (const slice of slices) {
      if (slice.metadata?.labels?.['kubernetes.io/service-name'] !== expected.name) continue;
      if (namespace && slice.metadata?.namespace && slice.metadata.namespace !== namespace) continue;
      const ep = (slice.endpoints ?? []).find((e) => e.targetRef?.kind === 'Pod' && (uid && e.targetRef.uid ? e.targetRef.uid === uid : e.targetRef.name === name));
      if (!ep) continue;
      const ready = ep.conditions?.ready ?? true;
      endpoint = { slice: slice.metadata?.name ?? '', ready, serving: ep.conditions?.serving ?? ready, terminating: ep.conditions?.terminating ?? false };
      break;
    }
    return { name: expected.name, expected, endpoint };
  });
}
