/**
 * What the scheduler compares: a node's allocatable resources against the sum
 * of the requests of the non-terminal pods bound to it.
 * A pod's effective request is ported from kubernetes
 * staging/src/k8s.io/component-helpers/resource/helpers.go (PodRequests) and
 * docs concepts/workloads/pods/sidecar-containers#resource-sharing-within-containers:
 *   sum(app containers) + sum(sidecars), raised to the highest init step,
 *   where init step i = its own request + the sidecars started before it;
 *   pod-level spec.resources.requests (cpu, memory) replace the container sum;
 *   spec.overhead (RuntimeClass) is added on top.
 * In-place resize (status.containerStatuses[].resources) is not considered.
 */
import type { V1Container, V1Node, V1Pod } from '@kubernetes/client-node';
import { isPodTerminal } from './cluster-shared';
import { addQuantities, maxQuantity, parseQuantity, toMilli, toUnits, ZERO_QUANTITY, type ExactQuantity } from './quantity';

type ResourceMap = Map<string, ExactQuantity>;

const POD_LEVEL_RESOURCES = ['cpu', 'memory'];

function toMap(list: Record<string, string> | undefined): ResourceMap {
  const map: ResourceMap = new Map();
  for (const [name, text] of Object.entries(list ?? {})) {
    const q = parseQuantity(String(text));
    if (q) map.set(name, q);
  }
  return map;
}

function addInto(target: ResourceMap, source: ResourceMap): void {
  for (const [name, q] of source) target.set(name, addQuantities(target.get(name) ?? ZERO_QUANTITY, q));
}

function maxInto(target: ResourceMap, source: ResourceMap): void {
  for (const [name, q] of source) target.set(name, maxQuantity(target.get(name) ?? ZERO_QUANTITY, q));
}

function requestsOf(container: V1Container): ResourceMap {
  return toMap(container.resources?.requests);
}

/**
 * A pod's effective requests per resource name, as exact quantities (a helper
 * for view models, not one itself).
 * @example podEffectiveRequests(sidecarPod).get('cpu') // 333m: the init step (333m) outweighs app 30m + sidecar 20m
 */
export function podEffectiveRequests(pod: V1Pod): ResourceMap {
  const reqs: ResourceMap = new Map();
  for (const c of pod.spec?.containers ?? []) addInto(reqs, requestsOf(c));

  const sidecarsSoFar: ResourceMap = new Map();
  const initPeak: ResourceMap = new Map();
  for (const c of pod.spec?.initContainers ?? []) {
    const own = requestsOf(c);
    let step: ResourceMap;
    if (c.restartPolicy === 'Always') {
      // A sidecar keeps running next to the app containers, so it adds to the total too.
      addInto(reqs, own);
      addInto(sidecarsSoFar, own);
      step = new Map(sidecarsSoFar);
    } else {
      step = new Map(own);
      addInto(step, sidecarsSoFar);
    }
    maxInto(initPeak, step);
  }
  maxInto(reqs, initPeak);

  const podLevel = toMap(pod.spec?.resources?.requests);
  for (const name of POD_LEVEL_RESOURCES) {
    const q = podLevel.get(name);
    if (q) reqs.set(name, q);
  }
  addInto(reqs, toMap(pod.spec?.overhead));
  return reqs;
}

export interface NodeResourceView {
  unit: 'millicores' | 'bytes' | 'pods';
  capacity: number | null;
  allocatable: number | null;
  /** capacity − allocatable: held back for the OS, the kubelet and the eviction threshold. */
  reserved: number | null;
  requested: number;
  /** As `kubectl describe node` prints it: requested / allocatable × 100, truncated. */
  requestedPercent: number | null;
  /** allocatable − requested: what the scheduler can still place. */
  unrequested: number | null;
  evidence: string[];
}

export interface NodePodRequest {
  namespace: string;
  name: string;
  cpuMillicores: number;
  memoryBytes: number;
  terminating: boolean;
}

export interface NodeResources {
  cpu: NodeResourceView;
  memory: NodeResourceView;
  pods: NodeResourceView;
  /** The non-terminal pods bound to the node, which is what the scheduler counts (terminating ones included). */
  podRequests: NodePodRequest[];
}

/**
 * Capacity, allocatable and requested cpu, memory and pods for one node.
 * @example nodeResources(node, pods).cpu // { unit: 'millicores', capacity: 4000, allocatable: 4000, reserved: 0, requested: 850, requestedPercent: 21, unrequested: 3150, ... }
 */
export function nodeResources(node: V1Node, pods: V1Pod[]): NodeResources {
  const nodeName = node.metadata?.name ?? '';
  const bound = pods.filter((p) => p.spec?.nodeName === nodeName && !isPodTerminal(p));
  const podRequests = bound
    .map((pod): NodePodRequest => {
      const reqs = podEffectiveRequests(pod);
      return {
        namespace: pod.metadata?.namespace ?? '',
        name: pod.metadata?.name ?? '',
        cpuMillicores: toMilli(reqs.get('cpu') ?? ZERO_QUANTITY),
        memoryBytes: toUnits(reqs.get('memory') ?? ZERO_QUANTITY),
        terminating: Boolean(pod.metadata?.deletionTimestamp),
      };
    })
    .sort((a, b) => compare(a.namespace, b.namespace) || compare(a.name, b.name));

  const total = (pick: (p: NodePodRequest) => number) => podRequests.reduce((sum, p) => sum + pick(p), 0);
  return {
    cpu: view(node, 'cpu', 'millicores', toMilli, total((p) => p.cpuMillicores)),
    memory: view(node, 'memory', 'bytes', toUnits, total((p) => p.memoryBytes)),
    pods: view(node, 'pods', 'pods', toUnits, podRequests.length),
    podRequests,
  };
}

function view(
  node: V1Node,
  resource: string,
  unit: NodeResourceView['unit'],
  convert: (q: ExactQuantity) => number,
  requested: number,
): NodeResourceView {
  const read = (list: Record<string, string> | undefined): number | null => {
    const text = list?.[resource];
    const q = text === undefined ? null : parseQuantity(String(text));
    return q ? convert(q) : null;
  };
  const capacity = read(node.status?.capacity);
  const allocatable = read(node.status?.allocatable);
  return {
    unit,
    capacity,
    allocatable,
    reserved: capacity !== null && allocatable !== null ? capacity - allocatable : null,
    requested,
    requestedPercent: allocatable ? Math.trunc((requested / allocatable) * 100) : null,
    unrequested: allocatable !== null ? allocatable - requested : null,
    evidence: [`status.capacity.${resource}`, `status.allocatable.${resource}`],
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
