/**
 * explainCluster: the control plane and node agents, each mapped to its
 * concept and a health state with the observations behind it.
 * Sources: docs concepts/overview/components, reference/using-api/health-checks,
 * concepts/architecture/leases. On kubeadm-style clusters (kind, minikube) the
 * control plane runs as static (mirror) pods in kube-system labelled
 * component=<name>, tier=control-plane; managed clusters hide it, which is
 * why a missing pod makes a control-plane component 'unknown', never 'absent'.
 */
import type { V1Lease, V1Node, V1Pod, VersionInfo } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import { isPodTerminal, podReadiness } from './cluster-shared';
import { namespacedName } from './object-key';
import { LEADER_COMPONENTS, leaderLease, type LeaderLease } from './cluster-leases';
import { parseReadyz, type ReadyzReport } from './cluster-readyz';

export { parseReadyz } from './cluster-readyz';

export type ComponentHealth = 'healthy' | 'degraded' | 'unknown' | 'absent';

export type ClusterComponentId =
  | 'kube-apiserver'
  | 'etcd'
  | 'kube-scheduler'
  | 'kube-controller-manager'
  | 'kubelet'
  | 'container-runtime'
  | 'kube-proxy'
  | 'coredns';

export type HealthSource = 'version' | 'readyz' | 'lease' | 'pods' | 'nodes';

export interface ComponentPod {
  namespace: string;
  name: string;
  nodeName: string | null;
  phase: string | null;
  ready: boolean;
  restarts: number;
  /** A mirror of a static pod the kubelet runs from a manifest file. */
  mirror: boolean;
  evidence: string;
}

export interface ClusterComponent {
  id: ClusterComponentId;
  conceptId: ConceptId;
  health: ComponentHealth;
  /** The observations the health rests on; empty when unknown or absent. */
  sources: HealthSource[];
  pods: ComponentPod[];
  params: Record<string, string | number>;
  evidence: string[];
}

export interface ApiserverVersion {
  gitVersion: string;
  major: string;
  minor: string;
  platform: string;
  goVersion: string;
  gitCommit: string;
  buildDate: string;
}

export interface ClusterNodeCounts {
  total: number;
  ready: number;
  notReady: number;
  /** No Ready condition at all (kubectl STATUS "Unknown"). */
  unknown: number;
  schedulingDisabled: number;
}

export interface ClusterExplanation {
  version: ApiserverVersion | null;
  readyz: ReadyzReport | null;
  /** null when the Leases were not available to read. */
  leaders: LeaderLease[] | null;
  components: ClusterComponent[];
  nodes: ClusterNodeCounts | null;
  conceptIds: ConceptId[];
}

export interface ExplainClusterInput {
  /** The apiserver's /version answer. */
  version?: VersionInfo | null;
  /** The text of /readyz?verbose. */
  readyz?: string | null;
  /** Leases of kube-system (others are ignored). */
  leases?: V1Lease[] | null;
  /** Pods of kube-system (others are ignored). */
  pods?: V1Pod[] | null;
  nodes?: V1Node[] | null;
  now: Date;
}

type Signal = { source: HealthSource; healthy: boolean };

const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror';
const EVIDENCE_LIMIT = 10;

/**
 * Explains the cluster's components from whatever could be read.
 * @example explainCluster({ version, readyz, leases, pods, nodes, now }).components.map((c) => [c.id, c.health])
 *   // [['kube-apiserver', 'healthy'], ['etcd', 'healthy'], ..., ['kube-proxy', 'absent'], ['coredns', 'healthy']]
 */
export function explainCluster(input: ExplainClusterInput): ClusterExplanation {
  const readyz = input.readyz ? parseReadyz(input.readyz) : null;
  const leaders = input.leases ? LEADER_COMPONENTS.map((c) => leaderLease(c, input.leases ?? [], input.now)) : null;
  const systemPods = input.pods ? input.pods.filter((p) => (p.metadata?.namespace ?? '') === 'kube-system') : null;
  const nodes = input.nodes ?? null;

  const components: ClusterComponent[] = [
    apiserver(input.version ?? null, readyz, systemPods),
    etcd(readyz, systemPods),
    ...LEADER_COMPONENTS.map((c) => leaderComponent(c, leaders, systemPods)),
    kubelet(nodes),
    containerRuntime(nodes),
    addon('kube-proxy', 'kube-proxy', systemPods),
    addon('coredns', 'kube-dns', systemPods),
  ];
  return {
    version: input.version ? versionView(input.version) : null,
    readyz,
    leaders,
    components,
    nodes: nodes ? nodeCounts(nodes) : null,
    conceptIds: ['control-plane', ...components.map((c) => c.conceptId)],
  };
}

function versionView(v: VersionInfo): ApiserverVersion {
  return {
    gitVersion: v.gitVersion,
    major: v.major,
    minor: v.minor,
    platform: v.platform,
    goVersion: v.goVersion,
    gitCommit: v.gitCommit,
    buildDate: v.buildDate,
  };
}

function component(
  id: ClusterComponentId,
  signals: Signal[],
  pods: ComponentPod[],
  params: Record<string, string | number>,
  evidence: string[],
  whenSilent: 'unknown' | 'absent' = 'unknown',
): ClusterComponent {
  const health: ComponentHealth =
    signals.length === 0 ? whenSilent : signals.every((s) => s.healthy) ? 'healthy' : 'degraded';
  return {
    id,
    conceptId: id,
    health,
    sources: [...new Set(signals.map((s) => s.source))],
    pods,
    params,
    evidence,
  };
}

function apiserver(version: VersionInfo | null, readyz: ReadyzReport | null, pods: V1Pod[] | null): ClusterComponent {
  const signals: Signal[] = [];
  const evidence: string[] = [];
  const params: Record<string, string | number> = {};
  if (version) {
    // It answered /version, so it is serving; readiness is readyz's to say.
    signals.push({ source: 'version', healthy: true });
    evidence.push('version.gitVersion');
    params.gitVersion = version.gitVersion;
  }
  if (readyz && readyz.status !== 'unknown') {
    signals.push({ source: 'readyz', healthy: readyz.status === 'passed' });
    evidence.push(...(readyz.failed.length > 0 ? readyz.failed.map((name) => `readyz[${name}]`) : ['readyz']));
    params.failedChecks = readyz.failed.length;
  }
  const own = podsOf(pods, (p) => isStaticComponent(p, 'kube-apiserver'));
  addPodSignal(own, signals, evidence, params);
  return component('kube-apiserver', signals, own.map(podView), params, evidence);
}

function etcd(readyz: ReadyzReport | null, pods: V1Pod[] | null): ClusterComponent {
  const signals: Signal[] = [];
  const evidence: string[] = [];
  const params: Record<string, string | number> = {};
  if (readyz) {
    const checks = readyz.checks.filter((c) => c.name === 'etcd' || c.name.startsWith('etcd-'));
    if (checks.length > 0) {
      signals.push({ source: 'readyz', healthy: checks.every((c) => c.ok) });
      evidence.push(...checks.map((c) => `readyz[${c.name}]`));
    } else if (!readyz.verbose && readyz.status === 'passed') {
      // A bare "ok" means every check passed, the etcd ones included.
      signals.push({ source: 'readyz', healthy: true });
      evidence.push('readyz');
    }
  }
  const own = podsOf(pods, (p) => isStaticComponent(p, 'etcd'));
  addPodSignal(own, signals, evidence, params);
  return component('etcd', signals, own.map(podView), params, evidence);
}

function leaderComponent(id: 'kube-scheduler' | 'kube-controller-manager', leaders: LeaderLease[] | null, pods: V1Pod[] | null): ClusterComponent {
  const signals: Signal[] = [];
  const evidence: string[] = [];
  const params: Record<string, string | number> = {};
  const lease = leaders?.find((l) => l.component === id);
  if (lease?.healthy !== null && lease?.healthy !== undefined) {
    signals.push({ source: 'lease', healthy: lease.healthy });
    evidence.push(lease.evidence);
    if (lease.holder) params.leader = lease.holder;
    if (lease.renewAgeSeconds !== null) params.renewAgeSeconds = lease.renewAgeSeconds;
  }
  const own = podsOf(pods, (p) => isStaticComponent(p, id));
  addPodSignal(own, signals, evidence, params);
  return component(id, signals, own.map(podView), params, evidence);
}

function kubelet(nodes: V1Node[] | null): ClusterComponent {
  if (nodes === null) return component('kubelet', [], [], {}, []);
  const { signals, evidence, params } = nodeSignals(nodes);
  return component('kubelet', signals, [], params, evidence, 'absent');
}

function containerRuntime(nodes: V1Node[] | null): ClusterComponent {
  if (nodes === null) return component('container-runtime', [], [], {}, []);
  const runtimes = [...new Set(nodes.map((n) => n.status?.nodeInfo?.containerRuntimeVersion).filter((r): r is string => Boolean(r)))].sort();
  if (runtimes.length === 0) return component('container-runtime', [], [], {}, [], nodes.length === 0 ? 'absent' : 'unknown');
  // The kubelet turns Ready False when its runtime is down (PLEG, runtime or runtime network not ready).
  const { signals, evidence, params } = nodeSignals(nodes);
  return component('container-runtime', signals, [], { ...params, runtimes: runtimes.join(',') }, evidence);
}

function nodeSignals(nodes: V1Node[]): { signals: Signal[]; evidence: string[]; params: Record<string, string | number> } {
  if (nodes.length === 0) return { signals: [], evidence: [], params: {} };
  const readiness = nodes.map((n) => {
    const conditions = n.status?.conditions ?? [];
    const index = conditions.map((c) => c.type).lastIndexOf('Ready');
    const ref = `node[${n.metadata?.name ?? ''}]`;
    return {
      ready: index >= 0 && conditions[index]?.status === 'True',
      evidence: index >= 0 ? `${ref}.status.conditions[${index}].status` : `${ref}.status.conditions`,
    };
  });
  const notReady = readiness.filter((r) => !r.ready);
  return {
    signals: [{ source: 'nodes', healthy: notReady.length === 0 }],
    // Point at the failing nodes when there are any, else at the healthy ones.
    evidence: (notReady.length > 0 ? notReady : readiness).slice(0, EVIDENCE_LIMIT).map((r) => r.evidence),
    params: { readyNodes: readiness.length - notReady.length, totalNodes: readiness.length },
  };
}

function addon(id: 'kube-proxy' | 'coredns', k8sApp: string, pods: V1Pod[] | null): ClusterComponent {
  if (pods === null) return component(id, [], [], {}, []);
  const own = podsOf(pods, (p) => p.metadata?.labels?.['k8s-app'] === k8sApp);
  const signals: Signal[] = [];
  const evidence: string[] = [];
  const params: Record<string, string | number> = {};
  addPodSignal(own, signals, evidence, params);
  // Optional add-ons: clusters may replace kube-proxy (e.g. Cilium) or DNS.
  return component(id, signals, own.map(podView), params, evidence, 'absent');
}

function podsOf(pods: V1Pod[] | null, predicate: (p: V1Pod) => boolean): V1Pod[] {
  return (pods ?? []).filter(predicate).sort((a, b) => compare(a.metadata?.name ?? '', b.metadata?.name ?? ''));
}

function isStaticComponent(pod: V1Pod, name: 'kube-apiserver' | 'etcd' | 'kube-scheduler' | 'kube-controller-manager'): boolean {
  const labels = pod.metadata?.labels ?? {};
  if (labels.component === name) return true;
  // Without kubeadm's labels, fall back to the mirror-pod naming "<component>-<node>".
  return (pod.metadata?.name ?? '').startsWith(`${name}-`) && Boolean(pod.metadata?.annotations?.[MIRROR_ANNOTATION]);
}

function addPodSignal(pods: V1Pod[], signals: Signal[], evidence: string[], params: Record<string, string | number>): void {
  if (pods.length === 0) return;
  // Failed/Succeeded leftovers (e.g. evicted pods) say nothing about the running replicas.
  const live = pods.filter((p) => !isPodTerminal(p));
  const ready = live.filter((p) => podReadiness(p).ready);
  signals.push({ source: 'pods', healthy: live.length > 0 && ready.length === live.length });
  const notReady = live.filter((p) => !podReadiness(p).ready);
  evidence.push(...(notReady.length > 0 ? notReady : live).slice(0, EVIDENCE_LIMIT).map((p) => podView(p).evidence));
  params.readyPods = ready.length;
  params.pods = live.length;
}

function podView(pod: V1Pod): ComponentPod {
  const { ready, index } = podReadiness(pod);
  const ref = `pod[${namespacedName(pod.metadata)}]`;
  return {
    namespace: pod.metadata?.namespace ?? '',
    name: pod.metadata?.name ?? '',
    nodeName: pod.spec?.nodeName || null,
    phase: pod.status?.phase ?? null,
    ready,
    restarts: (pod.status?.containerStatuses ?? []).reduce((sum, c) => sum + (c.restartCount ?? 0), 0),
    mirror: Boolean(pod.metadata?.annotations?.[MIRROR_ANNOTATION]),
    evidence: index === null ? `${ref}.status.phase` : `${ref}.status.conditions[${index}].status`,
  };
}

function nodeCounts(nodes: V1Node[]): ClusterNodeCounts {
  const counts: ClusterNodeCounts = { total: nodes.length, ready: 0, notReady: 0, unknown: 0, schedulingDisabled: 0 };
  for (const n of nodes) {
    const ready = (n.status?.conditions ?? []).filter((c) => c.type === 'Ready').at(-1);
    if (ready === undefined) counts.unknown += 1;
    else if (ready.status === 'True') counts.ready += 1;
    else counts.notReady += 1;
    if (n.spec?.unschedulable) counts.schedulingDisabled += 1;
  }
  return counts;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
