import type { V1Container, V1ContainerStatus, V1Node, V1Pod, V1Service } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import { podColumns } from './pod-columns';

/** One live object that shows a concept right now. */
export interface LiveExample {
  kind: 'pod' | 'service' | 'node' | 'namespace';
  /** null for cluster-scoped objects (nodes, namespaces). */
  namespace: string | null;
  name: string;
  /** The value that shows the concept on this object, e.g. the kubectl STATUS or a field's value. */
  detail: string;
  /** Where the value was read (the evidence), e.g. status.containerStatuses[0].state.waiting.reason. */
  path: string;
  /** failing: the concept's bad side shows now; now: it is the current state; previous: only the last termination shows it. */
  note: 'failing' | 'now' | 'previous' | null;
}

/** How the objects were chosen; the UI renders it as `live.rule.<id>` with params. */
export type LiveRuleId =
  | 'containerReason'
  | 'podPhase'
  | 'podCondition'
  | 'probe'
  | 'initContainers'
  | 'sidecars'
  | 'resources'
  | 'qosClass'
  | 'restartPolicy'
  | 'imagePullPolicy'
  | 'images'
  | 'containers'
  | 'containerStates'
  | 'terminating'
  | 'finalizers'
  | 'owner'
  | 'owners'
  | 'labels'
  | 'hostNetwork'
  | 'volumes'
  | 'pods'
  | 'newestPods'
  | 'systemPods'
  | 'services'
  | 'serviceType'
  | 'headless'
  | 'serviceSelector'
  | 'servicePorts'
  | 'nodes'
  | 'nodeCondition'
  | 'taint'
  | 'tainted'
  | 'nodeRuntime'
  | 'nodeKubelet'
  | 'nodeAllocatable'
  | 'controlPlaneNodes'
  | 'namespaces';

export interface LiveExamples {
  /** null when the concept is not about a kind of object the cluster can show (e.g. docker commands). */
  rule: { id: LiveRuleId; params: Record<string, string> } | null;
  /** The cluster overview shows this concept's live health (architecture concepts). */
  overview: boolean;
  /** The first LIVE_LIMIT matches, failing ones first. */
  items: LiveExample[];
  total: number;
}

export interface LiveObjects {
  pods: V1Pod[];
  services: V1Service[];
  nodes: V1Node[];
}

export const LIVE_LIMIT = 25;

type Matcher = { rule: LiveRuleId; params?: Record<string, string>; overview?: boolean; find: (o: LiveObjects, now: Date) => LiveExample[] };

const NOTE_RANK = { failing: 0, now: 1, previous: 2 } as const;

function ns(o: { metadata?: { namespace?: string } }): string {
  return o.metadata?.namespace ?? '';
}
function nm(o: { metadata?: { name?: string } }): string {
  return o.metadata?.name ?? '';
}

function podItem(p: V1Pod, detail: string, path: string, note: LiveExample['note'] = null): LiveExample {
  return { kind: 'pod', namespace: ns(p), name: nm(p), detail, path, note };
}
function serviceItem(s: V1Service, detail: string, path: string, note: LiveExample['note'] = null): LiveExample {
  return { kind: 'service', namespace: ns(s), name: nm(s), detail, path, note };
}
function nodeItem(n: V1Node, detail: string, path: string, note: LiveExample['note'] = null): LiveExample {
  return { kind: 'node', namespace: null, name: nm(n), detail, path, note };
}

/** Each pod mapped through `f`, dropping the ones it rejects. */
function eachPod(f: (p: V1Pod, now: Date) => LiveExample | null) {
  return (o: LiveObjects, now: Date) => o.pods.map((p) => f(p, now)).filter((x): x is LiveExample => x !== null);
}
function eachService(f: (s: V1Service) => LiveExample | null) {
  return (o: LiveObjects) => o.services.map(f).filter((x): x is LiveExample => x !== null);
}
function eachNode(f: (n: V1Node) => LiveExample | null) {
  return (o: LiveObjects) => o.nodes.map(f).filter((x): x is LiveExample => x !== null);
}

type StatusList = 'initContainerStatuses' | 'containerStatuses';

function statuses(p: V1Pod): { list: StatusList; index: number; cs: V1ContainerStatus }[] {
  const out: { list: StatusList; index: number; cs: V1ContainerStatus }[] = [];
  for (const list of ['initContainerStatuses', 'containerStatuses'] as const) {
    (p.status?.[list] ?? []).forEach((cs, index) => out.push({ list, index, cs }));
  }
  return out;
}

function containers(p: V1Pod): { list: 'initContainers' | 'containers'; index: number; c: V1Container }[] {
  return [
    ...(p.spec?.initContainers ?? []).map((c, index) => ({ list: 'initContainers' as const, index, c })),
    ...(p.spec?.containers ?? []).map((c, index) => ({ list: 'containers' as const, index, c })),
  ];
}

/**
 * A pod shows a container reason when kubectl's STATUS is that reason or a
 * container's state (or, for terminations, its last state) carries it.
 */
function byReason(reason: string) {
  return eachPod((p, now) => {
    const status = podColumns(p, now).status;
    if (status === reason || status === `Init:${reason}`) return podItem(p, status, 'STATUS', 'now');
    for (const { list, index, cs } of statuses(p)) {
      const base = `status.${list}[${index}]`;
      if (cs.state?.waiting?.reason === reason) return podItem(p, status, `${base}.state.waiting.reason`, 'now');
      if (cs.state?.terminated?.reason === reason) return podItem(p, status, `${base}.state.terminated.reason`, 'now');
    }
    for (const { list, index, cs } of statuses(p)) {
      if (cs.lastState?.terminated?.reason === reason) return podItem(p, status, `status.${list}[${index}].lastState.terminated.reason`, 'previous');
    }
    return null;
  });
}

function byPhase(phase: string) {
  return eachPod((p, now) => (p.status?.phase === phase ? podItem(p, podColumns(p, now).status, 'status.phase') : null));
}

function byCondition(type: string) {
  return eachPod((p) => {
    const i = (p.status?.conditions ?? []).findIndex((c) => c.type === type);
    const c = p.status?.conditions?.[i];
    if (!c) return null;
    const detail = c.reason ? `${c.status} (${c.reason})` : c.status;
    return podItem(p, detail, `status.conditions[${i}].status`, c.status === 'True' ? null : 'failing');
  });
}

/** Pods with a probe of this kind; readiness and startup show whether the probe holds the container back now. */
function byProbe(probe: 'livenessProbe' | 'readinessProbe' | 'startupProbe') {
  return eachPod((p) => {
    const index = (p.spec?.containers ?? []).findIndex((c) => c[probe]);
    const c = p.spec?.containers?.[index];
    if (!c) return null;
    const cs = (p.status?.containerStatuses ?? []).find((s) => s.name === c.name);
    const running = Boolean(cs?.state?.running);
    const failing = (probe === 'readinessProbe' && running && cs?.ready === false) || (probe === 'startupProbe' && running && cs?.started === false);
    const detail = failing ? `${c.name}: ${probe === 'readinessProbe' ? 'ready=false' : 'started=false'}` : `${c.name}: ${probeHandler(c[probe])}`;
    return podItem(p, detail, `spec.containers[${index}].${probe}`, failing ? 'failing' : null);
  });
}

function probeHandler(probe: V1Container['livenessProbe']): string {
  if (probe?.httpGet) return `httpGet ${probe.httpGet.path ?? '/'}:${String(probe.httpGet.port)}`;
  if (probe?.tcpSocket) return `tcpSocket ${String(probe.tcpSocket.port)}`;
  if (probe?.grpc) return `grpc ${probe.grpc.port}`;
  if (probe?.exec) return `exec ${(probe.exec.command ?? []).join(' ')}`.trim();
  return 'probe';
}

function byOwner(kind?: string) {
  return eachPod((p) => {
    const refs = p.metadata?.ownerReferences ?? [];
    const i = refs.findIndex((r) => (kind ? r.kind === kind : true));
    const r = refs[i];
    return r ? podItem(p, `${r.kind}/${r.name}`, `metadata.ownerReferences[${i}]`) : null;
  });
}

function byVolume(types: readonly string[]) {
  return eachPod((p) => {
    const vols = (p.spec?.volumes ?? []).filter((v) => types.some((t) => (v as unknown as Record<string, unknown>)[t] !== undefined));
    if (vols.length === 0) return null;
    const kinds = vols.map((v) => `${v.name} (${types.find((t) => (v as unknown as Record<string, unknown>)[t] !== undefined) ?? ''})`);
    return podItem(p, kinds.join(', '), 'spec.volumes');
  });
}

function bySystemPod(match: (p: V1Pod) => boolean) {
  return eachPod((p, now) => (ns(p) === 'kube-system' && match(p) ? podItem(p, podColumns(p, now).status, 'metadata.labels') : null));
}

const componentLabel = (name: string) => (p: V1Pod) => p.metadata?.labels?.component === name;
const k8sApp = (name: string) => (p: V1Pod) => p.metadata?.labels?.['k8s-app'] === name;

function serviceType(s: V1Service): string {
  return s.spec?.type ?? 'ClusterIP';
}

function byServiceType(type: string) {
  return eachService((s) => (serviceType(s) === type && s.spec?.clusterIP !== 'None' ? serviceItem(s, `${type} ${s.spec?.clusterIP ?? ''}`.trim(), 'spec.type') : null));
}

function nodeConditionItem(n: V1Node, type: string, badWhen: 'True' | 'notTrue'): LiveExample | null {
  const conditions = n.status?.conditions ?? [];
  const i = conditions.map((c) => c.type).lastIndexOf(type);
  const c = conditions[i];
  if (!c) return null;
  const bad = badWhen === 'True' ? c.status === 'True' : c.status !== 'True';
  return nodeItem(n, c.reason ? `${c.status} (${c.reason})` : c.status, `status.conditions[${i}].status`, bad ? 'failing' : null);
}

function byTaint(key: string) {
  return eachNode((n) => {
    const taints = n.spec?.taints ?? [];
    const i = taints.findIndex((t) => t.key === key);
    const taint = taints[i];
    if (taint) return nodeItem(n, `${taint.key}${taint.value ? `=${taint.value}` : ''}:${taint.effect}`, `spec.taints[${i}]`, 'now');
    // A cordoned node shows SchedulingDisabled even before the controller adds the taint.
    if (key === 'node.kubernetes.io/unschedulable' && n.spec?.unschedulable) return nodeItem(n, 'SchedulingDisabled', 'spec.unschedulable', 'now');
    return null;
  });
}

const CONTROL_PLANE_LABEL = 'node-role.kubernetes.io/control-plane';

const podStatus = (p: V1Pod, now: Date) => podItem(p, podColumns(p, now).status, 'STATUS');

const REASONS: Partial<Record<ConceptId, string>> = {
  'reason-container-creating': 'ContainerCreating',
  'reason-pod-initializing': 'PodInitializing',
  'reason-err-image-pull': 'ErrImagePull',
  'reason-image-pull-backoff': 'ImagePullBackOff',
  'reason-invalid-image-name': 'InvalidImageName',
  'reason-err-image-never-pull': 'ErrImageNeverPull',
  'reason-image-inspect-error': 'ImageInspectError',
  'reason-create-container-config-error': 'CreateContainerConfigError',
  'reason-create-container-error': 'CreateContainerError',
  'reason-run-container-error': 'RunContainerError',
  'reason-crash-loop-backoff': 'CrashLoopBackOff',
  'reason-pre-start-hook-error': 'PreStartHookError',
  'reason-post-start-hook-error': 'PostStartHookError',
  'reason-completed': 'Completed',
  'reason-error': 'Error',
  'reason-oom-killed': 'OOMKilled',
  'reason-start-error': 'StartError',
  'reason-container-status-unknown': 'ContainerStatusUnknown',
};

const PHASES: Partial<Record<ConceptId, string>> = {
  'phase-pending': 'Pending',
  'phase-running': 'Running',
  'phase-succeeded': 'Succeeded',
  'phase-failed': 'Failed',
  'phase-unknown': 'Unknown',
};

const CONDITIONS: Partial<Record<ConceptId, string>> = {
  'condition-pod-scheduled': 'PodScheduled',
  'condition-pod-ready-to-start-containers': 'PodReadyToStartContainers',
  'condition-initialized': 'Initialized',
  'condition-containers-ready': 'ContainersReady',
  'condition-ready': 'Ready',
  'condition-disruption-target': 'DisruptionTarget',
};

const NODE_CONDITIONS: Partial<Record<ConceptId, string>> = {
  'node-condition-ready': 'Ready',
  'node-condition-memory-pressure': 'MemoryPressure',
  'node-condition-disk-pressure': 'DiskPressure',
  'node-condition-pid-pressure': 'PIDPressure',
  'node-condition-network-unavailable': 'NetworkUnavailable',
};

const TAINTS: Partial<Record<ConceptId, string>> = {
  'taint-control-plane': CONTROL_PLANE_LABEL,
  'taint-not-ready': 'node.kubernetes.io/not-ready',
  'taint-unreachable': 'node.kubernetes.io/unreachable',
  'taint-memory-pressure': 'node.kubernetes.io/memory-pressure',
  'taint-disk-pressure': 'node.kubernetes.io/disk-pressure',
  'taint-pid-pressure': 'node.kubernetes.io/pid-pressure',
  'taint-network-unavailable': 'node.kubernetes.io/network-unavailable',
  'taint-unschedulable': 'node.kubernetes.io/unschedulable',
};

const SERVICE_TYPES: Partial<Record<ConceptId, string>> = {
  'service-type-cluster-ip': 'ClusterIP',
  'service-type-node-port': 'NodePort',
  'service-type-load-balancer': 'LoadBalancer',
  'service-type-external-name': 'ExternalName',
};

const allServices = eachService((s) => serviceItem(s, `${serviceType(s)} ${s.spec?.clusterIP ?? ''}`.trim(), 'spec.type'));
const allNodes = eachNode((n) => nodeConditionItem(n, 'Ready', 'notTrue') ?? nodeItem(n, 'Unknown', 'status.conditions', 'failing'));

function systemComponent(find: (p: V1Pod) => boolean, rule: Record<string, string>): Matcher {
  return { rule: 'systemPods', params: rule, overview: true, find: bySystemPod(find) };
}

/** Concepts with their own rule; the table-driven families (reasons, phases, …) are added below. */
const MATCHERS: Partial<Record<ConceptId, Matcher>> = {
  pod: { rule: 'pods', find: eachPod(podStatus) },
  container: { rule: 'containers', find: eachPod((p) => podItem(p, (p.spec?.containers ?? []).map((c) => c.name).join(', '), 'spec.containers')) },
  image: { rule: 'images', find: eachPod((p) => podItem(p, [...new Set(containers(p).map(({ c }) => c.image ?? ''))].join(', '), 'spec.containers[*].image')) },
  'image-pull-policy': {
    rule: 'imagePullPolicy',
    find: eachPod((p) => podItem(p, containers(p).map(({ c }) => `${c.name}: ${c.imagePullPolicy ?? '-'}`).join(', '), 'spec.containers[*].imagePullPolicy')),
  },
  'pod-phase': { rule: 'pods', find: eachPod((p) => podItem(p, p.status?.phase ?? '', 'status.phase')) },
  'pod-conditions': { rule: 'podCondition', params: { type: 'Ready' }, find: byCondition('Ready') },
  'container-states': {
    rule: 'containerStates',
    find: eachPod((p) => {
      const s = statuses(p).find(({ cs }) => !cs.state?.running);
      if (!s) return null;
      const state = s.cs.state?.waiting ? `waiting (${s.cs.state.waiting.reason ?? ''})` : s.cs.state?.terminated ? `terminated (${s.cs.state.terminated.reason ?? ''})` : 'unknown';
      return podItem(p, `${s.cs.name}: ${state}`, `status.${s.list}[${s.index}].state`, 'now');
    }),
  },
  'restart-policy': { rule: 'restartPolicy', find: eachPod((p) => podItem(p, p.spec?.restartPolicy ?? 'Always', 'spec.restartPolicy')) },
  'init-containers': {
    rule: 'initContainers',
    find: eachPod((p, now) => {
      const init = (p.spec?.initContainers ?? []).filter((c) => c.restartPolicy !== 'Always');
      return init.length > 0 ? podItem(p, `${init.map((c) => c.name).join(', ')} → ${podColumns(p, now).status}`, 'spec.initContainers') : null;
    }),
  },
  'sidecar-containers': {
    rule: 'sidecars',
    find: eachPod((p) => {
      const i = (p.spec?.initContainers ?? []).findIndex((c) => c.restartPolicy === 'Always');
      const c = p.spec?.initContainers?.[i];
      return c ? podItem(p, c.name, `spec.initContainers[${i}].restartPolicy`) : null;
    }),
  },
  resources: {
    rule: 'resources',
    find: eachPod((p) => {
      const i = (p.spec?.containers ?? []).findIndex((c) => Object.keys(c.resources?.requests ?? {}).length + Object.keys(c.resources?.limits ?? {}).length > 0);
      const c = p.spec?.containers?.[i];
      if (!c) return null;
      const part = (label: string, m: Record<string, string> | undefined) => (m && Object.keys(m).length > 0 ? `${label} ${Object.entries(m).map(([k, v]) => `${k}=${v}`).join(',')}` : '');
      return podItem(p, `${c.name}: ${[part('requests', c.resources?.requests), part('limits', c.resources?.limits)].filter(Boolean).join('; ')}`, `spec.containers[${i}].resources`);
    }),
  },
  'qos-class': { rule: 'qosClass', find: eachPod((p) => (p.status?.qosClass ? podItem(p, p.status.qosClass, 'status.qosClass') : null)) },
  'pod-deletion-flow': { rule: 'terminating', find: eachPod((p, now) => (p.metadata?.deletionTimestamp ? podItem(p, podColumns(p, now).status, 'metadata.deletionTimestamp', 'now') : null)) },
  finalizers: { rule: 'finalizers', find: eachPod((p) => ((p.metadata?.finalizers ?? []).length > 0 ? podItem(p, (p.metadata?.finalizers ?? []).join(', '), 'metadata.finalizers') : null)) },
  'pod-creation-flow': { rule: 'newestPods', find: eachPod(podStatus) },
  'owner-references': { rule: 'owners', find: byOwner() },
  replicaset: { rule: 'owner', params: { kind: 'ReplicaSet' }, find: byOwner('ReplicaSet') },
  deployment: { rule: 'owner', params: { kind: 'ReplicaSet' }, find: byOwner('ReplicaSet') },
  job: { rule: 'owner', params: { kind: 'Job' }, find: byOwner('Job') },
  label: {
    rule: 'labels',
    find: eachPod((p) => {
      const labels = Object.entries(p.metadata?.labels ?? {});
      return labels.length > 0 ? podItem(p, labels.map(([k, v]) => `${k}=${v}`).join(', '), 'metadata.labels') : null;
    }),
  },
  'label-selector': {
    rule: 'serviceSelector',
    find: eachService((s) => {
      const sel = Object.entries(s.spec?.selector ?? {});
      return sel.length > 0 ? serviceItem(s, sel.map(([k, v]) => `${k}=${v}`).join(', '), 'spec.selector') : null;
    }),
  },
  'host-network': { rule: 'hostNetwork', find: eachPod((p) => (p.spec?.hostNetwork ? podItem(p, 'hostNetwork: true', 'spec.hostNetwork') : null)) },
  emptydir: { rule: 'volumes', params: { type: 'emptyDir' }, find: byVolume(['emptyDir']) },
  hostpath: { rule: 'volumes', params: { type: 'hostPath' }, find: byVolume(['hostPath']) },
  pvc: { rule: 'volumes', params: { type: 'persistentVolumeClaim' }, find: byVolume(['persistentVolumeClaim']) },
  'persistent-volume': { rule: 'volumes', params: { type: 'persistentVolumeClaim' }, find: byVolume(['persistentVolumeClaim']) },
  'storage-class': { rule: 'volumes', params: { type: 'persistentVolumeClaim' }, find: byVolume(['persistentVolumeClaim']) },
  'configmap-secret-volumes': { rule: 'volumes', params: { type: 'configMap / secret / projected / downwardAPI' }, find: byVolume(['configMap', 'secret', 'projected', 'downwardAPI']) },
  'dynamic-provisioning': { rule: 'volumes', params: { type: 'persistentVolumeClaim' }, find: byVolume(['persistentVolumeClaim']) },
  csi: { rule: 'volumes', params: { type: 'persistentVolumeClaim / csi' }, find: byVolume(['persistentVolumeClaim', 'csi']) },
  'access-modes': { rule: 'volumes', params: { type: 'persistentVolumeClaim' }, find: byVolume(['persistentVolumeClaim']) },
  'reclaim-policy': { rule: 'volumes', params: { type: 'persistentVolumeClaim' }, find: byVolume(['persistentVolumeClaim']) },
  'volume-binding-mode': { rule: 'volumes', params: { type: 'persistentVolumeClaim' }, find: byVolume(['persistentVolumeClaim']) },
  'projected-volume': { rule: 'volumes', params: { type: 'projected' }, find: byVolume(['projected']) },
  configmap: { rule: 'volumes', params: { type: 'configMap' }, find: byVolume(['configMap']) },
  secret: { rule: 'volumes', params: { type: 'secret' }, find: byVolume(['secret']) },
  'env-vs-mounted-config': { rule: 'volumes', params: { type: 'configMap / secret / projected' }, find: byVolume(['configMap', 'secret', 'projected']) },
  namespace: {
    rule: 'namespaces',
    find: (o) => {
      const counts = new Map<string, number>();
      for (const p of o.pods) counts.set(ns(p), (counts.get(ns(p)) ?? 0) + 1);
      return [...counts].map(([name, n]) => ({ kind: 'namespace' as const, namespace: null, name, detail: `${n} pods`, path: 'metadata.namespace', note: null }));
    },
  },
  service: { rule: 'services', find: allServices },
  'service-types': { rule: 'services', find: allServices },
  'cluster-ip': { rule: 'services', find: allServices },
  endpointslice: { rule: 'serviceSelector', find: eachService((s) => (s.spec?.selector ? serviceItem(s, Object.entries(s.spec.selector).map(([k, v]) => `${k}=${v}`).join(', '), 'spec.selector') : null)) },
  'service-discovery': { rule: 'services', find: eachService((s) => serviceItem(s, `${nm(s)}.${ns(s)}.svc.cluster.local`, 'metadata.name')) },
  'service-headless': { rule: 'headless', find: eachService((s) => (s.spec?.clusterIP === 'None' ? serviceItem(s, 'clusterIP: None', 'spec.clusterIP') : null)) },
  'target-port': {
    rule: 'servicePorts',
    find: eachService((s) => ((s.spec?.ports ?? []).length > 0 ? serviceItem(s, (s.spec?.ports ?? []).map((p) => `${p.port}→${String(p.targetPort ?? p.port)}`).join(', '), 'spec.ports[*].targetPort') : null)),
  },
  node: { rule: 'nodes', find: allNodes },
  'node-conditions': { rule: 'nodes', find: allNodes },
  'node-allocatable': {
    rule: 'nodeAllocatable',
    find: eachNode((n) => nodeItem(n, ['cpu', 'memory', 'pods'].map((k) => `${k}=${n.status?.allocatable?.[k] ?? '?'}`).join(', '), 'status.allocatable')),
  },
  'taints-tolerations': {
    rule: 'tainted',
    find: eachNode((n) => ((n.spec?.taints ?? []).length > 0 ? nodeItem(n, (n.spec?.taints ?? []).map((t) => `${t.key}:${t.effect}`).join(', '), 'spec.taints', 'now') : null)),
  },
  'container-runtime': { rule: 'nodeRuntime', find: eachNode((n) => nodeItem(n, n.status?.nodeInfo?.containerRuntimeVersion || '-', 'status.nodeInfo.containerRuntimeVersion')) },
  kubelet: { rule: 'nodeKubelet', overview: true, find: eachNode((n) => nodeItem(n, n.status?.nodeInfo?.kubeletVersion || '-', 'status.nodeInfo.kubeletVersion')) },
  'control-plane': {
    rule: 'controlPlaneNodes',
    overview: true,
    find: eachNode((n) => (n.metadata?.labels?.[CONTROL_PLANE_LABEL] !== undefined ? nodeItem(n, CONTROL_PLANE_LABEL, `metadata.labels['${CONTROL_PLANE_LABEL}']`) : null)),
  },
  'kube-apiserver': systemComponent(componentLabel('kube-apiserver'), { selector: 'component=kube-apiserver' }),
  etcd: systemComponent(componentLabel('etcd'), { selector: 'component=etcd' }),
  'kube-scheduler': systemComponent(componentLabel('kube-scheduler'), { selector: 'component=kube-scheduler' }),
  'kube-controller-manager': systemComponent(componentLabel('kube-controller-manager'), { selector: 'component=kube-controller-manager' }),
  'kube-proxy': systemComponent(k8sApp('kube-proxy'), { selector: 'k8s-app=kube-proxy' }),
  coredns: systemComponent(k8sApp('kube-dns'), { selector: 'k8s-app=kube-dns' }),
  lease: { rule: 'nodes', overview: true, find: allNodes },
  'liveness-probe': { rule: 'probe', params: { probe: 'livenessProbe' }, find: byProbe('livenessProbe') },
  'readiness-probe': { rule: 'probe', params: { probe: 'readinessProbe' }, find: byProbe('readinessProbe') },
  'startup-probe': { rule: 'probe', params: { probe: 'startupProbe' }, find: byProbe('startupProbe') },
};

for (const [id, reason] of Object.entries(REASONS) as [ConceptId, string][]) {
  // kubectl's STATUS is the reason users search for; the container state is the evidence.
  MATCHERS[id] = { rule: 'containerReason', params: { reason }, find: byReason(reason) };
}
for (const [id, phase] of Object.entries(PHASES) as [ConceptId, string][]) MATCHERS[id] = { rule: 'podPhase', params: { phase }, find: byPhase(phase) };
for (const [id, type] of Object.entries(CONDITIONS) as [ConceptId, string][]) MATCHERS[id] = { rule: 'podCondition', params: { type }, find: byCondition(type) };
for (const [id, type] of Object.entries(NODE_CONDITIONS) as [ConceptId, string][]) {
  MATCHERS[id] = { rule: 'nodeCondition', params: { type }, find: eachNode((n) => nodeConditionItem(n, type, type === 'Ready' ? 'notTrue' : 'True')) };
}
for (const [id, key] of Object.entries(TAINTS) as [ConceptId, string][]) MATCHERS[id] = { rule: 'taint', params: { key }, find: byTaint(key) };
for (const [id, type] of Object.entries(SERVICE_TYPES) as [ConceptId, string][]) MATCHERS[id] = { rule: 'serviceType', params: { type }, find: byServiceType(type) };

function createdMs(o: LiveObjects['pods'][number] | undefined): number {
  const t = o?.metadata?.creationTimestamp;
  return t ? new Date(t).getTime() : 0;
}

/**
 * The objects in the cluster that show a concept right now, failing ones
 * first, then by namespace and name (newest first for the creation flow).
 * @example liveExamples('reason-crash-loop-backoff', { pods, services: [], nodes: [] }, now).items[0]
 *   → { kind: 'pod', namespace: 'explain-demo', name: 'crash-loop', detail: 'CrashLoopBackOff', path: 'STATUS', note: 'now' }
 */
export function liveExamples(conceptId: ConceptId, objects: LiveObjects, now: Date): LiveExamples {
  const m = MATCHERS[conceptId];
  if (!m) return { rule: null, overview: false, items: [], total: 0 };
  const found = m.find(objects, now);
  if (m.rule === 'newestPods') {
    const byKey = new Map(objects.pods.map((p) => [`${ns(p)}/${nm(p)}`, p]));
    found.sort((a, b) => createdMs(byKey.get(`${b.namespace}/${b.name}`)) - createdMs(byKey.get(`${a.namespace}/${a.name}`)));
  } else {
    const rank = (x: LiveExample) => (x.note === null ? 3 : NOTE_RANK[x.note]);
    found.sort((a, b) => rank(a) - rank(b) || (a.namespace ?? '').localeCompare(b.namespace ?? '') || a.name.localeCompare(b.name));
  }
  return { rule: { id: m.rule, params: m.params ?? {} }, overview: m.overview ?? false, items: found.slice(0, LIVE_LIMIT), total: found.length };
}

/**
 * Whether a concept has live examples at all (the page then shows the section).
 * @example hasLiveExamples('docker-commands') → false
 */
export function hasLiveExamples(conceptId: ConceptId): boolean {
  return MATCHERS[conceptId] !== undefined;
}
