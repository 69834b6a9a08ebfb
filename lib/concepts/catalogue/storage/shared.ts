/**
 * Helpers shared by the storage and configuration catalogue files. Every link
 * is an official kubernetes.io page; the facts behind the texts are in
 * /work/shared/reference/k8s-facts-workloads-storage.md §6-7, each with its
 * source.
 */

/** Joins paragraphs with a blank line, the separator ConceptText.body expects. */
export const para = (...paragraphs: string[]): string => paragraphs.join('\n\n');

const K8S = 'https://kubernetes.io/docs';
const STORAGE = `${K8S}/concepts/storage`;
const CONFIG = `${K8S}/concepts/configuration`;

export const URLS = {
  volumes: `${STORAGE}/volumes/`,
  csi: `${STORAGE}/volumes/#csi`,
  volumeTypes: `${K8S}/reference/storage/volume-types/`,
  persistentVolumes: `${STORAGE}/persistent-volumes/`,
  accessModes: `${STORAGE}/persistent-volumes/#access-modes`,
  reclaiming: `${STORAGE}/persistent-volumes/#reclaiming`,
  changeReclaimPolicy: `${K8S}/tasks/administer-cluster/change-pv-reclaim-policy/`,
  storageClasses: `${STORAGE}/storage-classes/`,
  volumeBindingMode: `${STORAGE}/storage-classes/#volume-binding-mode`,
  dynamicProvisioning: `${STORAGE}/dynamic-provisioning/`,
  projectedVolumes: `${STORAGE}/projected-volumes/`,
  serviceAccountToken: `${K8S}/concepts/security/service-accounts/`,
  configMap: `${CONFIG}/configmap/`,
  configMapUpdates: `${CONFIG}/configmap/#mounted-configmaps-are-updated-automatically`,
  configurePodConfigMap: `${K8S}/tasks/configure-pod-container/configure-pod-configmap/`,
  secret: `${CONFIG}/secret/`,
  secretGoodPractices: `${K8S}/concepts/security/secrets-good-practices/`,
  encryptAtRest: `${K8S}/tasks/administer-cluster/encrypt-data/`,
} as const;
