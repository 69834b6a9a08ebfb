import type { V1Container, V1Node, V1Pod, V1ResourceRequirements } from '@kubernetes/client-node';
import { addQuantities, compareQuantities, parseQuantity, toMilli, toUnits, type ExactQuantity } from './quantity';

/** QoS classes; they set oom_score_adj (node-pressure eviction ranks pods without them). */
export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

/**
 * The cgroup v2 files a container's requests and limits end up in on Linux.
 * The kubelet computes cgroup v1-style numbers (pkg/kubelet/cm/helpers_linux.go:
 * MilliCPUToShares, MilliCPUToQuota) and hands them to the runtime over the
 * CRI; the OCI runtime writes them as cgroup v2 files. cgroup v2 is what a
 * node runs: cgroup v1 is deprecated since 1.35 and the kubelet refuses to
 * start on it by default (failCgroupV1). Docs: concepts/architecture/cgroups.
 */
export interface CgroupSettings {
  /** cpu.weight (1–10000; 100 is one CPU's request): the CPU request as a relative weight under contention. */
  cpuWeight: number;
  /** cpu.max: "<quota> <period>" in µs from the CPU limit, or "max <period>" without one (never throttled by it). */
  cpuMax: string;
  /** memory.max: the memory limit in bytes, or "max" without one; going over it gets the container OOM-killed. */
  memoryMax: string;
}

/** Requests and limits of one container and what the kubelet makes of them. */
export interface ContainerResources {
  /** As written in the spec. */
  requests: Record<string, string>;
  limits: Record<string, string>;
  /** After defaulting: an omitted request equals the limit. */
  cpuRequestMillicores: number | null;
  cpuLimitMillicores: number | null;
  memoryRequestBytes: number | null;
  memoryLimitBytes: number | null;
  cgroup: CgroupSettings;
  /**
   * oom_score_adj the kubelet gives the container (pkg/kubelet/qos/policy.go):
   * Guaranteed -997, BestEffort 1000, Burstable 1000 − 1000 × memory request ÷
   * node memory capacity clamped to 3…999. null when Burstable and the node is unknown.
   */
  oomScoreAdj: number | null;
}

/** The pod QoS class, from status or computed; `computed` lets the UI spot a disagreement. */
export interface PodQos {
  /** status.qosClass when set, else the computed class. */
  class: QosClass;
  source: 'status' | 'computed';
  computed: QosClass;
}

const CFS_PERIOD_MICROS = 100_000;
const MIN_QUOTA_MICROS = 1_000;
const MIN_SHARES = 2;
const MAX_SHARES = 262_144;
const MAX_WEIGHT = 10_000;
const GUARANTEED_OOM_SCORE_ADJ = -997;
const BEST_EFFORT_OOM_SCORE_ADJ = 1000;

function quantity(list: Record<string, string> | undefined, name: string): ExactQuantity | null {
  const raw = list?.[name];
  if (raw === undefined || raw === null) return null;
  return parseQuantity(String(raw));
}

/** Request after API defaulting: an omitted request takes the limit's value. */
function effectiveRequest(resources: V1ResourceRequirements | undefined, name: string): ExactQuantity | null {
  return quantity(resources?.requests, name) ?? quantity(resources?.limits, name);
}

/**
 * The cgroup v1-style CPU shares the kubelet sends over the CRI for a CPU
 * request, as MilliCPUToShares: request millicores × 1024 / 1000, at least 2.
 * @example cpuShares(200) // 204; cpuShares(null) // 2
 */
export function cpuShares(requestMillicores: number | null): number {
  if (!requestMillicores) return MIN_SHARES;
  const shares = Math.floor((requestMillicores * 1024) / 1000);
  return Math.min(MAX_SHARES, Math.max(MIN_SHARES, shares));
}

/**
 * cpu.weight the OCI runtime writes for CPU shares, as opencontainers/cgroups
 * ConvertCPUSharesToCgroupV2Value (runc 1.3.2+, crun 1.23+; blog 2026-01-30
 * "New Conversion from cgroup v1 CPU Shares to v2 CPU Weight"): a curve
 * through (2, 1), (1024, 100) and (262144, 10000), so one requested CPU gets
 * the kernel's default weight. Older runtimes mapped shares linearly
 * (1 + (shares − 2) × 9999 / 262142, 39 for one CPU).
 * @example cpuWeight(1024) // 100; cpuWeight(204) // 29; cpuWeight(2) // 1
 */
export function cpuWeight(shares: number): number {
  if (shares <= MIN_SHARES) return 1;
  if (shares >= MAX_SHARES) return MAX_WEIGHT;
  const l = Math.log2(shares);
  return Math.ceil(10 ** ((l * l + 125 * l) / 612 - 7 / 34));
}

/**
 * CFS quota for a CPU limit, as MilliCPUToQuota with the default 100 ms period.
 * @example cpuQuotaMicros(200) // 20000; cpuQuotaMicros(null) // null
 */
export function cpuQuotaMicros(limitMillicores: number | null): number | null {
  if (!limitMillicores) return null;
  return Math.max(MIN_QUOTA_MICROS, Math.floor((limitMillicores * CFS_PERIOD_MICROS) / 1000));
}

/**
 * A pod's QoS class, as pkg/apis/core/helper/qos (GetPodQOS): only cpu and
 * memory count, summed over init and app containers (or taken from pod-level
 * resources when set). No requests and no limits anywhere → BestEffort; every
 * container has cpu and memory limits and the summed requests equal the
 * summed limits → Guaranteed; anything else → Burstable.
 * @example computeQosClass(podWithRequestsEqualLimits) // 'Guaranteed'
 */
export function computeQosClass(pod: V1Pod): QosClass {
  const names = ['cpu', 'memory'];
  const requests = new Map<string, ExactQuantity>();
  const limits = new Map<string, ExactQuantity>();
  let guaranteed = true;
  const add = (map: Map<string, ExactQuantity>, name: string, q: ExactQuantity | null): boolean => {
    if (!q || q.num <= 0n) return false;
    const prev = map.get(name);
    map.set(name, prev ? addQuantities(prev, q) : q);
    return true;
  };
  const podLevel = pod.spec?.resources;
  const sources: (V1ResourceRequirements | undefined)[] =
    podLevel && (podLevel.requests || podLevel.limits)
      ? [podLevel]
      : [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])].map((c) => c.resources);
  for (const resources of sources) {
    let limitsFound = 0;
    for (const name of names) {
      add(requests, name, effectiveRequest(resources, name));
      if (add(limits, name, quantity(resources?.limits, name))) limitsFound++;
    }
    if (limitsFound < names.length) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (guaranteed) {
    for (const [name, req] of requests) {
      const lim = limits.get(name);
      if (!lim || compareQuantities(lim, req) !== 0) guaranteed = false;
    }
  }
  return guaranteed && requests.size === limits.size ? 'Guaranteed' : 'Burstable';
}

/**
 * The pod's QoS class: status.qosClass when present (the apiserver computes
 * it at creation), alongside our own computation.
 * @example explainQos(pod) // { class: 'Burstable', source: 'status', computed: 'Burstable' }
 */
export function explainQos(pod: V1Pod): PodQos {
  const computed = computeQosClass(pod);
  const stored = pod.status?.qosClass;
  if (stored === 'Guaranteed' || stored === 'Burstable' || stored === 'BestEffort') {
    return { class: stored, source: 'status', computed };
  }
  return { class: computed, source: 'computed', computed };
}

/**
 * A container's requests, limits, the cgroup v2 values they become and its
 * OOM score adjustment. `node` supplies memory capacity for Burstable pods.
 * @example containerResources(pod, pod.spec.containers[0], false, 'Guaranteed') // { cpuRequestMillicores: 200, cgroup: { cpuWeight: 29, cpuMax: '20000 100000', memoryMax: '20971520' }, oomScoreAdj: -997, … }
 */
export function containerResources(
  pod: V1Pod,
  container: V1Container,
  sidecar: boolean,
  qos: QosClass,
  node?: V1Node,
): ContainerResources {
  const r = container.resources;
  const cpuReq = effectiveRequest(r, 'cpu');
  const cpuLim = quantity(r?.limits, 'cpu');
  const memReq = effectiveRequest(r, 'memory');
  const memLim = quantity(r?.limits, 'memory');
  const cpuRequestMillicores = cpuReq ? toMilli(cpuReq) : null;
  const cpuLimitMillicores = cpuLim ? toMilli(cpuLim) : null;
  const memoryRequestBytes = memReq ? toUnits(memReq) : null;
  const memoryLimitBytes = memLim ? toUnits(memLim) : null;
  return {
    requests: stringify(r?.requests),
    limits: stringify(r?.limits),
    cpuRequestMillicores,
    cpuLimitMillicores,
    memoryRequestBytes,
    memoryLimitBytes,
    cgroup: cgroupSettings(cpuRequestMillicores, cpuLimitMillicores, memoryLimitBytes),
    oomScoreAdj: oomScoreAdj(pod, memoryRequestBytes, sidecar, qos, node),
  };
}

function cgroupSettings(cpuRequest: number | null, cpuLimit: number | null, memoryLimit: number | null): CgroupSettings {
  const quota = cpuQuotaMicros(cpuLimit);
  return {
    cpuWeight: cpuWeight(cpuShares(cpuRequest)),
    cpuMax: `${quota ?? 'max'} ${CFS_PERIOD_MICROS}`,
    memoryMax: memoryLimit === null ? 'max' : String(memoryLimit),
  };
}

function stringify(list: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(list ?? {}).map(([k, v]) => [k, String(v)]));
}

function oomScoreAdj(
  pod: V1Pod,
  memoryRequestBytes: number | null,
  sidecar: boolean,
  qos: QosClass,
  node: V1Node | undefined,
): number | null {
  if (pod.spec?.priorityClassName === 'system-node-critical') return GUARANTEED_OOM_SCORE_ADJ;
  if (qos === 'Guaranteed') return GUARANTEED_OOM_SCORE_ADJ;
  if (qos === 'BestEffort') return BEST_EFFORT_OOM_SCORE_ADJ;
  const capacityText = node?.status?.capacity?.memory;
  const capacity = capacityText ? parseQuantity(String(capacityText)) : null;
  if (!capacity) return null;
  const capacityBytes = toUnits(capacity);
  if (capacityBytes <= 0) return null;
  let request = memoryRequestBytes ?? 0;
  // Sidecars get at least the smallest app container's request, so the
  // kernel kills app containers before the sidecars they depend on.
  if (sidecar) {
    const appRequests = (pod.spec?.containers ?? []).map((c) => {
      const q = effectiveRequest(c.resources, 'memory');
      return q ? toUnits(q) : 0;
    });
    if (appRequests.length) request = Math.max(request, Math.min(...appRequests));
  }
  const adj = 1000 - Math.floor((1000 * request) / capacityBytes);
  if (adj < 1000 + GUARANTEED_OOM_SCORE_ADJ) return 1000 + GUARANTEED_OOM_SCORE_ADJ;
  if (adj === BEST_EFFORT_OOM_SCORE_ADJ) return adj - 1;
  return adj;
}
