/*
 * Every concept the catalogue explains, once, in the sections the concepts
 * page lists them under (section numbers from concepts-source.md). lib/explain
 * refers to concepts only by these ids, so the compiler proves that each id it
 * emits has an entry, and the catalogue is a Record over this union, so it
 * proves every id has one in both languages.
 */

/** 1-5: Docker and the container foundations. */
const DOCKER_IDS = [
  'docker',
  'container-runtime',
  'image',
  'container',
  'docker-volume',
  'bind-mount',
  'tmpfs',
  'docker-network-bridge',
  'docker-network-host',
  'docker-network-none',
  'linux-namespaces',
  'cgroups',
  'union-fs',
  'container-vs-vm',
  'docker-commands',
] as const;

/** 6-7: Kubernetes and its objects (Service has its own group). */
const OBJECT_IDS = ['kubernetes', 'pod', 'node', 'namespace', 'label', 'label-selector', 'deployment', 'replicaset', 'job', 'owner-references', 'finalizers', 'events'] as const;

/**
 * 6 and 8 (self-healing, scaling, rolling updates): the workload controllers
 * beyond Deployment, ReplicaSet and Job (listed with the objects) and how
 * rollouts, ordering and schedules work.
 */
const WORKLOAD_IDS = [
  'statefulset',
  'daemonset',
  'cronjob',
  'replication-controller',
  'self-healing',
  'rolling-update',
  'max-surge-max-unavailable',
  'deployment-conditions',
  'revision-history',
  'pod-template-hash',
  'horizontal-pod-autoscaler',
  'ordinal-identity',
  'pod-management-policy',
  'daemonset-scheduling',
  'job-completion-modes',
  'job-failure-handling',
  'cronjob-schedule',
] as const;

/** 8: architecture. */
const ARCHITECTURE_IDS = ['control-plane', 'kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'kubelet', 'kube-proxy', 'coredns', 'lease'] as const;

/** 11-13: a Pod's life: the create and delete flows, phases and pod conditions. */
const POD_LIFECYCLE_IDS = [
  'pod-creation-flow',
  'pod-deletion-flow',
  'pod-phase',
  'phase-pending',
  'phase-running',
  'phase-succeeded',
  'phase-failed',
  'phase-unknown',
  'pod-conditions',
  'condition-pod-scheduled',
  'condition-pod-ready-to-start-containers',
  'condition-initialized',
  'condition-containers-ready',
  'condition-ready',
  'condition-disruption-target',
] as const;

/** 10 and beyond: container states and reasons, restarts, init and sidecar containers, image pull policy, resources. */
const CONTAINER_IDS = [
  'container-states',
  'restart-policy',
  'init-containers',
  'sidecar-containers',
  'image-pull-policy',
  'resources',
  'qos-class',
  'reason-container-creating',
  'reason-pod-initializing',
  'reason-err-image-pull',
  'reason-image-pull-backoff',
  'reason-invalid-image-name',
  'reason-err-image-never-pull',
  'reason-image-inspect-error',
  'reason-create-container-config-error',
  'reason-create-container-error',
  'reason-run-container-error',
  'reason-crash-loop-backoff',
  'reason-pre-start-hook-error',
  'reason-post-start-hook-error',
  'reason-completed',
  'reason-error',
  'reason-oom-killed',
  'reason-start-error',
  'reason-container-status-unknown',
] as const;

/** 9: probes. */
const PROBE_IDS = ['liveness-probe', 'readiness-probe', 'startup-probe'] as const;

/** 14-15: Services. */
const SERVICE_IDS = [
  'service',
  'service-types',
  'service-type-cluster-ip',
  'service-type-node-port',
  'service-type-load-balancer',
  'service-type-external-name',
  'service-headless',
  'cluster-ip',
  'endpointslice',
  'target-port',
  'service-discovery',
] as const;

/** Node health: conditions, allocatable, taints. */
const NODE_IDS = [
  'node-conditions',
  'node-condition-ready',
  'node-condition-memory-pressure',
  'node-condition-disk-pressure',
  'node-condition-pid-pressure',
  'node-condition-network-unavailable',
  'node-allocatable',
  'taints-tolerations',
  'taint-control-plane',
  'taint-not-ready',
  'taint-unreachable',
  'taint-memory-pressure',
  'taint-disk-pressure',
  'taint-pid-pressure',
  'taint-network-unavailable',
  'taint-unschedulable',
] as const;

/** 16: storage. */
const STORAGE_IDS = ['emptydir', 'hostpath', 'persistent-volume', 'pvc', 'storage-class', 'configmap-secret-volumes', 'host-network'] as const;

/**
 * 16, beyond the sheet: how volumes are made today (dynamic provisioning,
 * CSI), the rules a claim and a volume follow (access modes, reclaim policy,
 * binding mode), and how configuration reaches a Pod (projected volumes,
 * ConfigMap, Secret, env vs mounted files).
 */
const STORAGE_CONFIG_IDS = [
  'dynamic-provisioning',
  'csi',
  'access-modes',
  'reclaim-policy',
  'volume-binding-mode',
  'projected-volume',
  'configmap',
  'secret',
  'env-vs-mounted-config',
] as const;

/** 17: kubectl. */
const KUBECTL_IDS = ['kubectl'] as const;

/**
 * The catalogue's sections as a learner meets them: containers first, then
 * the objects, who runs them, how a Pod lives, and the tools. Every concept is
 * in exactly one group (concept-groups.test.ts proves it).
 */
export const CONCEPT_GROUPS = [
  { id: 'docker', concepts: DOCKER_IDS },
  { id: 'objects', concepts: OBJECT_IDS },
  { id: 'workloads', concepts: WORKLOAD_IDS },
  { id: 'architecture', concepts: ARCHITECTURE_IDS },
  { id: 'lifecycle', concepts: POD_LIFECYCLE_IDS },
  { id: 'containers', concepts: CONTAINER_IDS },
  { id: 'probes', concepts: PROBE_IDS },
  { id: 'services', concepts: SERVICE_IDS },
  { id: 'nodes', concepts: NODE_IDS },
  { id: 'storage', concepts: [...STORAGE_IDS, ...STORAGE_CONFIG_IDS] },
  { id: 'kubectl', concepts: KUBECTL_IDS },
] as const;

export type ConceptGroupId = (typeof CONCEPT_GROUPS)[number]['id'];

export type ConceptId = (typeof CONCEPT_GROUPS)[number]['concepts'][number];

/** Every concept id, in section order. */
export const CONCEPT_IDS: readonly ConceptId[] = CONCEPT_GROUPS.flatMap((g) => g.concepts);

/** The ids catalogue/foundations.ts owns: containers, objects, architecture, Services, storage and kubectl. */
export const FOUNDATION_IDS = [...DOCKER_IDS, ...OBJECT_IDS, ...ARCHITECTURE_IDS, ...SERVICE_IDS, ...STORAGE_IDS, ...KUBECTL_IDS] as const;

/** The ids catalogue/lifecycle.ts owns: a Pod's life, containers, probes and node health. */
export const LIFECYCLE_IDS = [...POD_LIFECYCLE_IDS, ...CONTAINER_IDS, ...PROBE_IDS, ...NODE_IDS] as const;

/** The ids catalogue/workloads.ts owns: workload controllers, rollouts, ordering and schedules. */
export const WORKLOAD_CONCEPT_IDS = [...WORKLOAD_IDS] as const;

/** The ids catalogue/storage.ts owns: provisioning, CSI, claim and volume rules, and configuration. */
export const STORAGE_CONCEPT_IDS = [...STORAGE_CONFIG_IDS] as const;

/**
 * The diagnoses lib/explain/storage emits (claims, volumes, the pods that use
 * them, ConfigMaps and Secrets); their text is catalogue/storage-diagnoses.ts.
 */
export const STORAGE_DIAGNOSIS_IDS = [
  'pvc-pending-no-class',
  'pvc-pending-class-not-found',
  'pvc-waiting-for-first-consumer',
  'pvc-pending-no-matching-volume',
  'pvc-pending-provisioner',
  'pvc-provisioning-failed',
  'pvc-pending-requested-volume',
  'pvc-lost',
  'pod-pvc-missing',
  'pod-pvc-unbound',
  'pod-volume-node-affinity-conflict',
  'pod-config-reference-broken',
  'pv-released-retained',
  'pv-failed',
  'config-unused',
] as const;

export type StorageDiagnosisId = (typeof STORAGE_DIAGNOSIS_IDS)[number];

/**
 * The diagnoses lib/explain/workloads emits (Deployments, ReplicaSets,
 * StatefulSets, DaemonSets, Jobs, CronJobs); their text is
 * catalogue/workloads-diagnoses.ts.
 */
export const WORKLOAD_DIAGNOSIS_IDS = [
  'rollout-stuck',
  'replicas-unavailable',
  'replica-failure',
  'selector-mismatch',
  'rollout-paused',
  'job-backoff-limit',
  'job-deadline-exceeded',
  'job-pod-failure-policy',
  'cronjob-suspended',
  'cronjob-missed-schedules',
  'cronjob-cannot-schedule',
  'statefulset-ordinal-blocked',
  'daemonset-pod-missing',
] as const;

export type WorkloadDiagnosisId = (typeof WORKLOAD_DIAGNOSIS_IDS)[number];

/** Every diagnosis lib/explain can emit; each has a catalogue entry in both languages. */
export const DIAGNOSIS_IDS = [
  'unschedulable',
  'image-pull-failed',
  'invalid-image-name',
  'crash-loop-backoff',
  'oom-killed',
  'readiness-failing',
  'liveness-failing',
  'startup-failing',
  'create-container-config-error',
  'evicted',
  'stuck-terminating',
  'init-container-failing',
  'container-failed',
  'node-not-ready',
  'node-pressure',
  'service-no-endpoints',
  'service-no-ready-endpoints',
  ...WORKLOAD_DIAGNOSIS_IDS,
  ...STORAGE_DIAGNOSIS_IDS,
] as const;

export type DiagnosisId = (typeof DIAGNOSIS_IDS)[number];

// The languages are the UI's (lib/i18n); the catalogue is written in each.
export { LOCALES, type Locale } from '../i18n/locale';
