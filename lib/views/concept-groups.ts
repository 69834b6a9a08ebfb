import type { ConceptId } from '../concepts/ids';

export type ConceptGroupId = 'docker' | 'objects' | 'architecture' | 'lifecycle' | 'containers' | 'probes' | 'services' | 'nodes' | 'storage' | 'kubectl';

/**
 * The catalogue's sections as a learner meets them: containers first, then
 * the objects, who runs them, how a Pod lives, and the tools. Every concept
 * is in exactly one group (concept-groups.test.ts proves it).
 */
export const CONCEPT_GROUPS: readonly { id: ConceptGroupId; concepts: readonly ConceptId[] }[] = [
  {
    id: 'docker',
    concepts: [
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
    ],
  },
  {
    id: 'objects',
    concepts: ['kubernetes', 'pod', 'node', 'namespace', 'label', 'label-selector', 'deployment', 'replicaset', 'job', 'owner-references', 'finalizers', 'events'],
  },
  {
    id: 'architecture',
    concepts: ['control-plane', 'kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'kubelet', 'kube-proxy', 'coredns', 'lease'],
  },
  {
    id: 'lifecycle',
    concepts: [
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
    ],
  },
  {
    id: 'containers',
    concepts: [
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
    ],
  },
  { id: 'probes', concepts: ['liveness-probe', 'readiness-probe', 'startup-probe'] },
  {
    id: 'services',
    concepts: [
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
    ],
  },
  {
    id: 'nodes',
    concepts: [
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
    ],
  },
  { id: 'storage', concepts: ['emptydir', 'hostpath', 'persistent-volume', 'pvc', 'storage-class', 'configmap-secret-volumes', 'host-network'] },
  { id: 'kubectl', concepts: ['kubectl'] },
];

const GROUP_OF = new Map<ConceptId, ConceptGroupId>(CONCEPT_GROUPS.flatMap((g) => g.concepts.map((c) => [c, g.id] as const)));

/**
 * The section a concept is listed under.
 * @example conceptGroup('liveness-probe') → 'probes'
 */
export function conceptGroup(id: ConceptId): ConceptGroupId {
  return GROUP_OF.get(id) ?? 'objects';
}
