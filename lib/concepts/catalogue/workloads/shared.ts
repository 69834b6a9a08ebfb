/**
 * Helpers shared by the workload catalogue files. Every link is an official
 * kubernetes.io page; the facts behind the texts are in
 * /work/shared/reference/k8s-facts-workloads-storage.md, each with its source.
 */

/** Joins paragraphs with a blank line, the separator ConceptText.body expects. */
export const para = (...paragraphs: string[]): string => paragraphs.join('\n\n');

const K8S = 'https://kubernetes.io/docs';
const CONTROLLERS = `${K8S}/concepts/workloads/controllers`;

export const URLS = {
  deployment: `${CONTROLLERS}/deployment/`,
  deploymentUpdating: `${CONTROLLERS}/deployment/#updating-a-deployment`,
  deploymentRollingBack: `${CONTROLLERS}/deployment/#rolling-back-a-deployment`,
  deploymentStatus: `${CONTROLLERS}/deployment/#deployment-status`,
  deploymentMaxUnavailable: `${CONTROLLERS}/deployment/#max-unavailable`,
  deploymentMaxSurge: `${CONTROLLERS}/deployment/#max-surge`,
  deploymentMinReady: `${CONTROLLERS}/deployment/#min-ready-seconds`,
  deploymentPodTemplateHash: `${CONTROLLERS}/deployment/#pod-template-hash-label`,
  replicationController: `${CONTROLLERS}/replicationcontroller/`,
  replicaSet: `${CONTROLLERS}/replicaset/`,
  statefulSet: `${CONTROLLERS}/statefulset/`,
  statefulSetIdentity: `${CONTROLLERS}/statefulset/#pod-identity`,
  statefulSetPodManagement: `${CONTROLLERS}/statefulset/#pod-management-policies`,
  statefulSetUpdates: `${CONTROLLERS}/statefulset/#update-strategies`,
  statefulSetTutorial: `${K8S}/tutorials/stateful-application/basic-stateful-set/`,
  daemonSet: `${CONTROLLERS}/daemonset/`,
  daemonSetScheduling: `${CONTROLLERS}/daemonset/#how-daemon-pods-are-scheduled`,
  taints: `${K8S}/concepts/scheduling-eviction/taint-and-toleration/`,
  job: `${CONTROLLERS}/job/`,
  jobCompletionMode: `${CONTROLLERS}/job/#completion-mode`,
  jobParallel: `${CONTROLLERS}/job/#parallel-jobs`,
  jobFailures: `${CONTROLLERS}/job/#handling-pod-and-container-failures`,
  jobPodFailurePolicy: `${CONTROLLERS}/job/#pod-failure-policy`,
  jobTermination: `${CONTROLLERS}/job/#job-termination-and-cleanup`,
  cronJob: `${CONTROLLERS}/cron-jobs/`,
  cronJobSchedule: `${CONTROLLERS}/cron-jobs/#schedule-syntax`,
  cronJobTimeZones: `${CONTROLLERS}/cron-jobs/#time-zones`,
  cronJobTasks: `${K8S}/tasks/job/automated-tasks-with-cron-jobs/`,
  selfHealing: `${K8S}/concepts/architecture/self-healing/`,
  controllers: `${K8S}/concepts/architecture/controller/`,
  hpa: `${K8S}/concepts/workloads/autoscaling/horizontal-pod-autoscale/`,
  deploymentReplicas: `${CONTROLLERS}/deployment/#replicas`,
  kubectlRollout: `${K8S}/reference/kubectl/generated/kubectl_rollout/`,
} as const;
