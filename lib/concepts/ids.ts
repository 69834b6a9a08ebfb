/**
 * Every concept the catalogue explains. lib/explain refers to concepts only by
 * these ids, so the compiler proves that each id it emits has an entry, and
 * the catalogue is a Record over this union, so it proves every id has one
 * in both languages.
 */
export const CONCEPT_IDS = [
  // 1-5: Docker and the container foundations
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
  // 6-7: Kubernetes objects
  'kubernetes',
  'pod',
  'node',
  'namespace',
  'service',
  'label',
  'label-selector',
  'deployment',
  'replicaset',
  'job',
  'owner-references',
  'finalizers',
  'events',
  // 8: architecture
  'control-plane',
  'kube-apiserver',
  'etcd',
  'kube-scheduler',
  'kube-controller-manager',
  'kubelet',
  'kube-proxy',
  'coredns',
  'lease',
  // 9: probes
  'liveness-probe',
  'readiness-probe',
  'startup-probe',
  // 10: images
  'image-pull-policy',
  // 11: phases
  'pod-phase',
  'phase-pending',
  'phase-running',
  'phase-succeeded',
  'phase-failed',
  'phase-unknown',
  // pod conditions
  'pod-conditions',
  'condition-pod-scheduled',
  'condition-pod-ready-to-start-containers',
  'condition-initialized',
  'condition-containers-ready',
  'condition-ready',
  'condition-disruption-target',
  // container states and reasons
  'container-states',
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
  'restart-policy',
  'init-containers',
  'sidecar-containers',
  'resources',
  'qos-class',
  // 12-13: flows
  'pod-creation-flow',
  'pod-deletion-flow',
  // 14-15: services
  'endpointslice',
  'cluster-ip',
  'service-types',
  'service-type-cluster-ip',
  'service-type-node-port',
  'service-type-load-balancer',
  'service-type-external-name',
  'service-headless',
  'service-discovery',
  'target-port',
  // nodes
  'node-conditions',
  'node-condition-ready',
  'node-condition-memory-pressure',
  'node-condition-disk-pressure',
  'node-condition-pid-pressure',
  'node-condition-network-unavailable',
  'taints-tolerations',
  'taint-not-ready',
  'taint-unreachable',
  'taint-memory-pressure',
  'taint-disk-pressure',
  'taint-pid-pressure',
  'taint-network-unavailable',
  'taint-unschedulable',
  'taint-control-plane',
  'node-allocatable',
  // 16: storage
  'emptydir',
  'hostpath',
  'persistent-volume',
  'pvc',
  'storage-class',
  'configmap-secret-volumes',
  'host-network',
  // 17: kubectl
  'kubectl',
] as const;

export type ConceptId = (typeof CONCEPT_IDS)[number];

/** Every diagnosis lib/explain can emit; each has a catalogue entry in both languages. */
export const DIAGNOSIS_IDS = [
  'unschedulable',
  'image-pull-failed',
  'invalid-image-name',
  'crash-loop-backoff',
  'oom-killed',
  'readiness-failing',
  'liveness-failing',
  'create-container-config-error',
  'evicted',
  'stuck-terminating',
  'init-container-failing',
  'container-failed',
  'node-not-ready',
  'node-pressure',
  'service-no-endpoints',
  'service-no-ready-endpoints',
] as const;

export type DiagnosisId = (typeof DIAGNOSIS_IDS)[number];

export type Locale = 'en' | 'zh';
export const LOCALES: readonly Locale[] = ['en', 'zh'];
