/**
 * explainService: a Service, the pods its selector does and does not pick,
 * its EndpointSlices, ports, type, DNS names and env vars, and what is wrong.
 * Facts: docs concepts/services-networking/service, endpoint-slices,
 * dns-pod-service; the controller rules are in ./service-endpoints.
 */
import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import { keyPath, podReadiness } from './cluster-shared';
import { namespacedName } from './object-key';
import { toIso } from './timestamps';
import { formatLabels, matchSelector, sharesAnyLabel, type LabelMatch } from './selector';
import { serviceColumns, serviceType, type ServiceColumns, type ServiceType } from './service-columns';
import {
  isHeadless,
  podsWithoutServiceEnv,
  serviceDns,
  serviceEnvVars,
  type PodWithoutServiceEnv,
  type ServiceDns,
  type ServiceEnvVars,
} from './service-discovery';
import {
  expectedEndpoint,
  readEndpointSlices,
  type EndpointSliceView,
  type ExpectedEndpoint,
  type PodEndpointReason,
  type ServiceEndpointView,
} from './service-endpoints';
import { servicePorts, type ServicePortView } from './service-ports';
import type { Diagnosis } from './types';

export interface ExplainServiceInput {
  /** Pods of the Service's namespace; pods of other namespaces may be added to flag a wrong namespace. */
  pods: V1Pod[];
  endpointSlices: V1EndpointSlice[];
  now: Date;
  /** The kubelet's --cluster-domain; cluster.local unless the cluster says otherwise. */
  clusterDomain?: string;
}

/** One row of the selector match table. */
export interface ServicePodRow {
  namespace: string;
  name: string;
  sameNamespace: boolean;
  labels: LabelMatch[];
  matchesAll: boolean;
  /** matchesAll in the Service's own namespace: the controller considers it. */
  selected: boolean;
  podIP: string | null;
  nodeName: string | null;
  phase: string | null;
  ready: boolean;
  terminating: boolean;
  expected: ExpectedEndpoint;
  /** The pod's endpoint as an EndpointSlice currently lists it (first slice when dual-stack). */
  observed: { slice: string; index: number; ready: boolean; serving: boolean; terminating: boolean } | null;
  /** Paths (on this pod) behind every mismatch and reason. */
  evidence: string[];
}

export interface ServiceLoadBalancer {
  state: 'pending' | 'provisioned';
  ingress: { ip: string | null; hostname: string | null }[];
  loadBalancerClass: string | null;
}

export interface ServiceExplanation {
  name: string;
  namespace: string;
  createdAt: string | null;
  type: ServiceType;
  headless: boolean;
  conceptIds: ConceptId[];
  columns: ServiceColumns;
  selector: Record<string, string> | null;
  /** 'selector': the EndpointSlice controller follows pods; 'manual': no selector, slices are someone else's; 'none': ExternalName. */
  endpointsFrom: 'selector' | 'manual' | 'none';
  publishNotReadyAddresses: boolean;
  pods: ServicePodRow[];
  podCounts: { selected: number; ready: number; notReady: number; terminating: number; unlisted: number; wrongNamespace: number };
  endpointSlices: EndpointSliceView[];
  endpoints: ServiceEndpointView[];
  endpointCounts: { total: number; ready: number; serving: number; terminating: number };
  ports: ServicePortView[];
  loadBalancer: ServiceLoadBalancer | null;
  externalName: string | null;
  dns: ServiceDns;
  envVars: ServiceEnvVars & { podsWithout: PodWithoutServiceEnv[] };
  diagnoses: Diagnosis[];
}

const TYPE_CONCEPTS: Record<ServiceType, ConceptId> = {
  ClusterIP: 'service-type-cluster-ip',
  NodePort: 'service-type-node-port',
  LoadBalancer: 'service-type-load-balancer',
  ExternalName: 'service-type-external-name',
};

/**
 * Explains a Service against the pods and EndpointSlices around it.
 * @example explainService(svc, { pods, endpointSlices, now }).diagnoses
 *   // [{ id: 'service-no-ready-endpoints', severity: 'critical', params: { service: 'web', ... }, evidence: [...] }]
 */
export function explainService(service: V1Service, input: ExplainServiceInput): ServiceExplanation {
  const name = service.metadata?.name ?? '';
  const namespace = service.metadata?.namespace ?? 'default';
  const type = serviceType(service);
  const headless = isHeadless(service);
  const selector = service.spec?.selector;
  const hasSelector = selector !== undefined && Object.keys(selector).length > 0;
  // The controller ignores selector-less Services, and ExternalName never has endpoints.
  const endpointsFrom = type === 'ExternalName' ? 'none' : hasSelector ? 'selector' : 'manual';

  const { slices, endpoints } = readEndpointSlices(service, input.endpointSlices);
  const rows = endpointsFrom === 'selector' ? podRows(service, input.pods, endpoints) : [];
  const selectedPods =
    endpointsFrom === 'selector'
      ? input.pods
          .filter((p) => (p.metadata?.namespace ?? '') === namespace && sharesAnyLabel(selector, p.metadata?.labels) && matchSelector(selector, p.metadata?.labels).matchesAll)
          .sort((a, b) => compare(a.metadata?.name ?? '', b.metadata?.name ?? ''))
      : [];

  const explanation: ServiceExplanation = {
    name,
    namespace,
    createdAt: toIso(service.metadata?.creationTimestamp),
    type,
    headless,
    conceptIds: conceptIds(type, headless, endpointsFrom, (service.spec?.ports ?? []).length > 0),
    columns: serviceColumns(service, input.now),
    selector: hasSelector ? { ...selector } : null,
    endpointsFrom,
    publishNotReadyAddresses: service.spec?.publishNotReadyAddresses === true,
    pods: rows,
    podCounts: podCounts(rows),
    endpointSlices: slices,
    endpoints,
    endpointCounts: {
      total: endpoints.length,
      ready: endpoints.filter((e) => e.ready).length,
      serving: endpoints.filter((e) => e.serving).length,
      terminating: endpoints.filter((e) => e.terminating).length,
    },
    ports: servicePorts(service.spec?.ports ?? [], type === 'ExternalName' ? [] : selectedPods),
    loadBalancer: type === 'LoadBalancer' ? loadBalancer(service) : null,
    externalName: type === 'ExternalName' ? (service.spec?.externalName ?? null) : null,
    dns: serviceDns(service, input.clusterDomain),
    envVars: { ...serviceEnvVars(service), podsWithout: podsWithoutServiceEnv(service, input.pods) },
    diagnoses: [],
  };
  explanation.diagnoses = serviceDiagnoses(explanation, input.pods);
  return explanation;
}

function conceptIds(
  type: ServiceType,
  headless: boolean,
  endpointsFrom: ServiceExplanation['endpointsFrom'],
  hasPorts: boolean,
): ConceptId[] {
  const ids: ConceptId[] = ['service', 'service-types', TYPE_CONCEPTS[type]];
  if (headless) ids.push('service-headless');
  else if (type !== 'ExternalName') ids.push('cluster-ip', 'kube-proxy');
  if (endpointsFrom === 'selector') ids.push('label', 'label-selector');
  if (endpointsFrom !== 'none') ids.push('endpointslice');
  if (hasPorts && type !== 'ExternalName') ids.push('target-port');
  ids.push('service-discovery', 'coredns');
  return ids;
}

function podRows(service: V1Service, pods: V1Pod[], endpoints: ServiceEndpointView[]): ServicePodRow[] {
  const namespace = service.metadata?.namespace ?? 'default';
  const rows: (ServicePodRow & { matched: number })[] = [];
  // Each pod's endpoint is looked up by name, not searched for among all the Service's endpoints.
  const endpointsByPod = new Map<string, ServiceEndpointView[]>();
  for (const e of endpoints) {
    if (e.targetRef?.kind !== 'Pod') continue;
    const list = endpointsByPod.get(e.targetRef.name);
    if (list) list.push(e);
    else endpointsByPod.set(e.targetRef.name, [e]);
  }
  for (const pod of pods) {
    // Most pods of a big namespace share no selector label: skip them before building their match table.
    if (!sharesAnyLabel(service.spec?.selector, pod.metadata?.labels)) continue;
    const match = matchSelector(service.spec?.selector, pod.metadata?.labels);
    if (!match.sharesAny) continue;
    const podNamespace = pod.metadata?.namespace ?? '';
    const podName = pod.metadata?.name ?? '';
    const sameNamespace = podNamespace === namespace;
    const expected = expectedEndpoint(pod, service, match.matchesAll);
    const observed = endpointsByPod.get(podName)?.find((e) => e.targetRef?.namespace === null || e.targetRef?.namespace === podNamespace);
    rows.push({
      namespace: podNamespace,
      name: podName,
      sameNamespace,
      labels: match.labels,
      matchesAll: match.matchesAll,
      selected: match.matchesAll && sameNamespace,
      podIP: pod.status?.podIP || null,
      nodeName: pod.spec?.nodeName || null,
      phase: pod.status?.phase ?? null,
      ready: podReadiness(pod).ready,
      terminating: Boolean(pod.metadata?.deletionTimestamp),
      expected,
      observed: observed
        ? { slice: observed.slice, index: observed.index, ready: observed.ready, serving: observed.serving, terminating: observed.terminating }
        : null,
      evidence: [
        ...match.labels.filter((l) => l.state !== 'match').map((l) => keyPath(`${podRef(pod)}.metadata.labels`, l.key)),
        ...reasonEvidence(pod, expected.reasons),
      ],
      matched: match.labels.filter((l) => l.state === 'match').length,
    });
  }
  rows.sort(
    (a, b) =>
      Number(b.sameNamespace) - Number(a.sameNamespace) ||
      b.matched - a.matched ||
      compare(a.namespace, b.namespace) ||
      compare(a.name, b.name),
  );
  return rows.map(({ matched: _matched, ...row }) => row);
}

function podRef(pod: V1Pod): string {
  return `pod[${namespacedName(pod.metadata)}]`;
}

function reasonEvidence(pod: V1Pod, reasons: PodEndpointReason[]): string[] {
  const ref = podRef(pod);
  return reasons.flatMap((reason): string[] => {
    switch (reason) {
      case 'wrong-namespace':
        return [`${ref}.metadata.namespace`];
      case 'selector-mismatch':
        return []; // the label paths already say which labels
      case 'terminal-phase':
        return [`${ref}.status.phase`];
      case 'no-ip':
        return [`${ref}.status.podIP`];
      case 'terminating':
        return [`${ref}.metadata.deletionTimestamp`];
      case 'not-ready': {
        const { index } = podReadiness(pod);
        return [index === null ? `${ref}.status.conditions` : `${ref}.status.conditions[${index}].status`];
      }
    }
  });
}

function podCounts(rows: ServicePodRow[]): ServiceExplanation['podCounts'] {
  const selected = rows.filter((r) => r.selected);
  return {
    selected: selected.length,
    ready: selected.filter((r) => r.expected.conditions?.ready === true).length,
    notReady: selected.filter((r) => r.expected.listed && !r.expected.conditions?.ready && !r.terminating).length,
    terminating: selected.filter((r) => r.expected.listed && r.terminating).length,
    unlisted: selected.filter((r) => !r.expected.listed).length,
    wrongNamespace: rows.filter((r) => r.matchesAll && !r.sameNamespace).length,
  };
}

function loadBalancer(service: V1Service): ServiceLoadBalancer {
  const ingress = (service.status?.loadBalancer?.ingress ?? []).map((i) => ({ ip: i.ip || null, hostname: i.hostname || null }));
  return {
    // Until the cloud controller (or MetalLB…) writes status.loadBalancer.ingress, kubectl shows <pending>.
    state: ingress.some((i) => i.ip !== null || i.hostname !== null) ? 'provisioned' : 'pending',
    ingress,
    loadBalancerClass: service.spec?.loadBalancerClass ?? null,
  };
}

function serviceDiagnoses(svc: ServiceExplanation, pods: V1Pod[]): Diagnosis[] {
  if (svc.endpointsFrom !== 'selector') return [];
  const selected = svc.pods.filter((r) => r.selected);
  const base = { service: svc.name, namespace: svc.namespace, selector: formatLabels(svc.selector ?? undefined) };

  if (selected.length === 0 && svc.endpoints.length === 0) {
    const partial = svc.pods.filter((r) => r.sameNamespace && !r.matchesAll);
    const wrongNamespace = svc.pods.filter((r) => r.matchesAll && !r.sameNamespace);
    return [
      {
        id: 'service-no-endpoints',
        // Warning, not critical: a selector matching nothing is also how a scaled-to-zero app looks.
        severity: 'warning',
        conceptIds: ['label-selector', 'endpointslice', 'service'],
        params: {
          ...base,
          podsInNamespace: pods.filter((p) => (p.metadata?.namespace ?? '') === svc.namespace).length,
          partialMatches: partial.length,
          wrongNamespaceMatches: wrongNamespace.length,
        },
        evidence: ['spec.selector', ...wrongNamespace.flatMap((r) => r.evidence), ...partial.slice(0, 3).flatMap((r) => r.evidence)],
      },
    ];
  }

  const anyReady = selected.some((r) => r.expected.conditions?.ready === true) || svc.endpoints.some((e) => e.ready);
  if (anyReady) return [];
  return [
    {
      id: 'service-no-ready-endpoints',
      severity: 'critical',
      conceptIds: ['endpointslice', 'condition-ready', 'readiness-probe'],
      params: {
        ...base,
        selectedPods: svc.podCounts.selected,
        notReady: svc.podCounts.notReady,
        terminating: svc.podCounts.terminating,
        unlisted: svc.podCounts.unlisted,
        endpoints: svc.endpoints.length,
      },
      evidence: [
        'spec.selector',
        ...selected.flatMap((r) => r.evidence),
        ...svc.endpoints.map((e) => `${e.evidence}.conditions.ready`),
      ],
    },
  ];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
