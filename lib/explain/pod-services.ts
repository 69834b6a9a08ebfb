import type { V1Pod, V1Service } from '@kubernetes/client-node';

/**
 * The Services that select a pod and the endpoint conditions the EndpointSlice
 * controller would give it (pkg/controller/endpointslice, podToEndpoint /
 * ShouldPodBeInEndpoints). Pods never register themselves: a Service selects
 * pods by label in its own namespace.
 */
export interface PodServiceMembership {
  name: string;
  /** The pod has an IP and is not Succeeded/Failed, so it appears in the EndpointSlices at all. */
  listed: boolean;
  /** Receives new traffic: Ready and not terminating (or publishNotReadyAddresses). */
  ready: boolean;
  /** Ready regardless of termination (or publishNotReadyAddresses). */
  serving: boolean;
  terminating: boolean;
  publishNotReadyAddresses: boolean;
}

/**
 * True when every selector label matches; an empty or absent selector selects
 * nothing (such Services get their endpoints some other way).
 * @example selectorMatches({ app: 'nginx' }, { app: 'nginx', 'pod-template-hash': '7f' }) // true
 */
export function selectorMatches(
  selector: Record<string, string> | undefined,
  labels: Record<string, string> | undefined,
): boolean {
  const entries = Object.entries(selector ?? {});
  return entries.length > 0 && entries.every(([k, v]) => labels?.[k] === v);
}

/**
 * Services in the pod's namespace whose selector matches the pod, with the
 * endpoint conditions the pod gets in their EndpointSlices.
 * @example servicesSelectingPod(pod, services) // [{ name: 'nginx', listed: true, ready: true, serving: true, terminating: false, publishNotReadyAddresses: false }]
 */
export function servicesSelectingPod(pod: V1Pod, services: readonly V1Service[]): PodServiceMembership[] {
  const namespace = pod.metadata?.namespace ?? 'default';
  const podReady = (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  const terminating = Boolean(pod.metadata?.deletionTimestamp);
  const phase = pod.status?.phase;
  const hasIp = Boolean(pod.status?.podIP || pod.status?.podIPs?.length);
  return services
    .filter((s) => (s.metadata?.namespace ?? 'default') === namespace)
    .filter((s) => s.spec?.type !== 'ExternalName')
    .filter((s) => selectorMatches(s.spec?.selector, pod.metadata?.labels))
    .map((s) => {
      const publish = s.spec?.publishNotReadyAddresses === true;
      const serving = publish || podReady;
      return {
        name: s.metadata?.name ?? '',
        listed: hasIp && phase !== 'Succeeded' && phase !== 'Failed',
        ready: publish || (podReady && !terminating),
        serving,
        terminating,
        publishNotReadyAddresses: publish,
      };
    });
}
