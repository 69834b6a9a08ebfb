/**
 * A Service's endpoints: what its EndpointSlices say (discovery.k8s.io/v1,
 * found by the label kubernetes.io/service-name) and what the EndpointSlice
 * controller would list for a given pod. The controller's rules, from
 * staging/src/k8s.io/endpointslice (utils.go podToEndpoint,
 * ShouldPodBeInEndpoints with includeTerminating=true):
 * - terminal pods (Succeeded/Failed) and pods without an IP are left out;
 * - serving = pod Ready; terminating = deletionTimestamp set;
 * - ready = publishNotReadyAddresses || (serving && !terminating).
 */
import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import { isPodTerminal, podReadiness } from './cluster-shared';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';

export interface EndpointConditionsView {
  ready: boolean;
  serving: boolean;
  terminating: boolean;
}

export interface ServiceEndpointView extends EndpointConditionsView {
  slice: string;
  index: number;
  addressType: string;
  addresses: string[];
  /** Conditions the slice left nil; read as ready=true, serving=true, terminating=false per the API. */
  unknownConditions: ('ready' | 'serving' | 'terminating')[];
  targetRef: { kind: string; namespace: string | null; name: string } | null;
  nodeName: string | null;
  zone: string | null;
  hostname: string | null;
  evidence: string;
}

export interface EndpointSliceView {
  name: string;
  addressType: string;
  /** endpointslice-controller.k8s.io for controller-made slices; anything else was written by someone else. */
  managedBy: string | null;
  ports: { name: string | null; port: number | null; protocol: string }[];
  endpointCount: number;
}

/**
 * The slices that belong to a Service: same namespace, label kubernetes.io/service-name = its name.
 * @example slicesOfService(svc, allSlices).map((s) => s.metadata?.name) // ['nginx-7x2kq']
 */
export function slicesOfService(service: V1Service, slices: V1EndpointSlice[]): V1EndpointSlice[] {
  const name = service.metadata?.name;
  const namespace = service.metadata?.namespace;
  return slices.filter(
    (s) =>
      s.metadata?.labels?.[SERVICE_NAME_LABEL] === name &&
      (s.metadata?.namespace === undefined || s.metadata.namespace === namespace),
  );
}

/**
 * Flattens a Service's slices into one row per endpoint.
 * @example readEndpointSlices(svc, slices).endpoints[0]
 *   // { slice: 'nginx-7x2kq', index: 0, addresses: ['10.244.0.5'], ready: true, serving: true, terminating: false, ... }
 */
export function readEndpointSlices(
  service: V1Service,
  slices: V1EndpointSlice[],
): { slices: EndpointSliceView[]; endpoints: ServiceEndpointView[] } {
  const own = slicesOfService(service, slices).sort((a, b) => compare(a.metadata?.name, b.metadata?.name));
  const sliceViews: EndpointSliceView[] = [];
  const endpoints: ServiceEndpointView[] = [];
  for (const slice of own) {
    const name = slice.metadata?.name ?? '';
    sliceViews.push({
      name,
      addressType: slice.addressType,
      managedBy: slice.metadata?.labels?.[MANAGED_BY_LABEL] ?? null,
      ports: (slice.ports ?? []).map((p) => ({ name: p.name || null, port: p.port ?? null, protocol: p.protocol ?? 'TCP' })),
      endpointCount: slice.endpoints?.length ?? 0,
    });
    (slice.endpoints ?? []).forEach((ep, index) => {
      const c = ep.conditions ?? {};
      const unknown: ServiceEndpointView['unknownConditions'] = [];
      if (c.ready === undefined || c.ready === null) unknown.push('ready');
      if (c.serving === undefined || c.serving === null) unknown.push('serving');
      if (c.terminating === undefined || c.terminating === null) unknown.push('terminating');
      endpoints.push({
        slice: name,
        index,
        addressType: slice.addressType,
        addresses: [...(ep.addresses ?? [])],
        ready: c.ready ?? true,
        serving: c.serving ?? true,
        terminating: c.terminating ?? false,
        unknownConditions: unknown,
        targetRef: ep.targetRef
          ? { kind: ep.targetRef.kind ?? '', namespace: ep.targetRef.namespace ?? null, name: ep.targetRef.name ?? '' }
          : null,
        nodeName: ep.nodeName ?? null,
        zone: ep.zone ?? null,
        hostname: ep.hostname ?? null,
        evidence: `endpointSlice[${name}].endpoints[${index}]`,
      });
    });
  }
  return { slices: sliceViews, endpoints };
}

/** Why a pod is not a ready endpoint; several can hold at once. */
export type PodEndpointReason =
  | 'wrong-namespace'
  | 'selector-mismatch'
  | 'terminal-phase'
  | 'no-ip'
  | 'terminating'
  | 'not-ready';

export interface ExpectedEndpoint {
  /** Whether the controller lists the pod in a slice at all. */
  listed: boolean;
  /** The conditions it would write; null when not listed. */
  conditions: EndpointConditionsView | null;
  reasons: PodEndpointReason[];
}

/**
 * What the EndpointSlice controller does with a pod, given whether the
 * Service's selector matches it.
 * @example expectedEndpoint(readyPod, svc, true)  // { listed: true, conditions: { ready: true, serving: true, terminating: false }, reasons: [] }
 * @example expectedEndpoint(notReadyPod, svc, true) // { listed: true, conditions: { ready: false, serving: false, terminating: false }, reasons: ['not-ready'] }
 */
export function expectedEndpoint(pod: V1Pod, service: V1Service, matchesAll: boolean): ExpectedEndpoint {
  const reasons: PodEndpointReason[] = [];
  if ((pod.metadata?.namespace ?? '') !== (service.metadata?.namespace ?? '')) reasons.push('wrong-namespace');
  if (!matchesAll) reasons.push('selector-mismatch');
  if (isPodTerminal(pod)) reasons.push('terminal-phase');
  if (!pod.status?.podIP && (pod.status?.podIPs ?? []).length === 0) reasons.push('no-ip');
  const listed = reasons.length === 0;

  const serving = podReadiness(pod).ready;
  const terminating = Boolean(pod.metadata?.deletionTimestamp);
  if (terminating) reasons.push('terminating');
  if (!serving) reasons.push('not-ready');
  if (!listed) return { listed, conditions: null, reasons };

  const ready = service.spec?.publishNotReadyAddresses === true || (serving && !terminating);
  return { listed, conditions: { ready, serving, terminating }, reasons };
}

function compare(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}
