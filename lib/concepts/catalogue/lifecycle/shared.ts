/**
 * Small helpers shared by the lifecycle catalogue files. Every link here is an
 * official kubernetes.io page (anchors checked against kubernetes/website).
 */

/** Joins paragraphs with a blank line, the separator ConceptText.body expects. */
export const para = (...paragraphs: string[]): string => paragraphs.join('\n\n');

const K8S = 'https://kubernetes.io/docs';

export const URLS = {
  podLifecycle: `${K8S}/concepts/workloads/pods/pod-lifecycle/`,
  podPhase: `${K8S}/concepts/workloads/pods/pod-lifecycle/#pod-phase`,
  podConditions: `${K8S}/concepts/workloads/pods/pod-lifecycle/#pod-conditions`,
  readinessGate: `${K8S}/concepts/workloads/pods/pod-lifecycle/#pod-readiness-gate`,
  podHasNetwork: `${K8S}/concepts/workloads/pods/pod-lifecycle/#pod-has-network`,
  containerStates: `${K8S}/concepts/workloads/pods/pod-lifecycle/#container-states`,
  containerRestarts: `${K8S}/concepts/workloads/pods/pod-lifecycle/#container-restarts`,
  restartPolicy: `${K8S}/concepts/workloads/pods/pod-lifecycle/#restart-policy`,
  containerProbes: `${K8S}/concepts/workloads/pods/pod-lifecycle/#container-probes`,
  podTermination: `${K8S}/concepts/workloads/pods/pod-lifecycle/#pod-termination`,
  podTerminationFlow: `${K8S}/concepts/workloads/pods/pod-lifecycle/#pod-termination-flow`,
  podTerminationForced: `${K8S}/concepts/workloads/pods/pod-lifecycle/#pod-termination-forced`,
  podGc: `${K8S}/concepts/workloads/pods/pod-lifecycle/#pod-garbage-collection`,
  configureProbes: `${K8S}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`,
  images: `${K8S}/concepts/containers/images/`,
  imagePullPolicy: `${K8S}/concepts/containers/images/#image-pull-policy`,
  imagePullPolicyDefaulting: `${K8S}/concepts/containers/images/#imagepullpolicy-defaulting`,
  privateRegistry: `${K8S}/tasks/configure-pod-container/pull-image-private-registry/`,
  lifecycleHooks: `${K8S}/concepts/containers/container-lifecycle-hooks/`,
  initContainers: `${K8S}/concepts/workloads/pods/init-containers/`,
  sidecarContainers: `${K8S}/concepts/workloads/pods/sidecar-containers/`,
  resources: `${K8S}/concepts/configuration/manage-resources-containers/`,
  assignMemory: `${K8S}/tasks/configure-pod-container/assign-memory-resource/`,
  podQos: `${K8S}/concepts/workloads/pods/pod-qos/`,
  configMapPod: `${K8S}/tasks/configure-pod-container/configure-pod-configmap/`,
  secrets: `${K8S}/concepts/configuration/secret/`,
  securityContext: `${K8S}/tasks/configure-pod-container/security-context/`,
  debugPods: `${K8S}/tasks/debug/debug-application/debug-pods/`,
  terminationReason: `${K8S}/tasks/debug/debug-application/determine-reason-pod-failure/`,
  kubeScheduler: `${K8S}/concepts/scheduling-eviction/kube-scheduler/`,
  schedulingReadiness: `${K8S}/concepts/scheduling-eviction/pod-scheduling-readiness/`,
  disruptionConditions: `${K8S}/concepts/workloads/pods/disruptions/#pod-disruption-conditions`,
  finalizers: `${K8S}/concepts/overview/working-with-objects/finalizers/`,
  nodes: `${K8S}/concepts/architecture/nodes/`,
  nodeStatusConditions: `${K8S}/reference/node/node-status/#condition`,
  nodeStatusCapacity: `${K8S}/reference/node/node-status/#capacity`,
  nodeHeartbeats: `${K8S}/reference/node/node-status/#heartbeats`,
  nodePressureEviction: `${K8S}/concepts/scheduling-eviction/node-pressure-eviction/`,
  taints: `${K8S}/concepts/scheduling-eviction/taint-and-toleration/`,
  taintBasedEvictions: `${K8S}/concepts/scheduling-eviction/taint-and-toleration/#taint-based-evictions`,
  taintByCondition: `${K8S}/concepts/scheduling-eviction/taint-and-toleration/#taint-nodes-by-condition`,
  wellKnownLabels: `${K8S}/reference/labels-annotations-taints/`,
  reserveCompute: `${K8S}/tasks/administer-cluster/reserve-compute-resources/#node-allocatable`,
  safelyDrain: `${K8S}/tasks/administer-cluster/safely-drain-node/`,
  leases: `${K8S}/concepts/architecture/leases/`,
} as const;
