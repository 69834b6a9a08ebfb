import type {
  CoreV1Event,
  V1ConfigMap,
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1Job,
  V1Node,
  V1PersistentVolume,
  V1PersistentVolumeClaim,
  V1Pod,
  V1ReplicaSet,
  V1StatefulSet,
  V1StorageClass,
} from '@kubernetes/client-node';
import { normalizeEvents, type PodEvent } from '../../explain/pod-events';
import { explainConfigMap, explainSecret, type ConfigKeyView, type ConfigMapExplanation, type SecretExplanation } from '../../explain/storage/config-objects';
import { explainPersistentVolume, type VolumeExplanation } from '../../explain/storage/pv';
import { explainPersistentVolumeClaim, type ClaimExplanation } from '../../explain/storage/pvc';
import type { RedactedSecret } from '../../explain/storage/redacted-secret';
import { explainStorageClass, type StorageClassExplanation } from '../../explain/storage/storage-class';
import type { Diagnosis } from '../../explain/types';
import { resolvePaths } from '../evidence';
import {
  toConfigMapRow,
  toPersistentVolumeClaimRow,
  toPersistentVolumeRow,
  toSecretRow,
  toStorageClassRow,
  type ConfigMapRow,
  type PersistentVolumeClaimRow,
  type PersistentVolumeRow,
  type SecretRow,
  type StorageClassRow,
} from './rows';

/**
 * The detail models of the storage and configuration pages: the object's
 * kubectl row (the frame's status), its explanation from lib/explain/storage,
 * the live values behind its diagnoses' evidence paths, and the events about
 * it. The object may be gone: the page keeps watching and says so.
 */
export type StorageDetail<Row, Extra> =
  | { found: false; namespace: string; name: string }
  | ({ found: true; namespace: string; name: string; row: Row; evidence: Record<string, string> } & Extra);

/** Which object a detail view is about; `namespace` is '' for PersistentVolumes and StorageClasses. */
export interface StorageId {
  namespace: string;
  name: string;
}

/** One event about the object, newest first in the model. */
export interface ObjectEventRow {
  key: string;
  type: string;
  reason: string;
  component: string | null;
  count: number;
  firstAt: string | null;
  lastAt: string | null;
  message: string;
}

export type ClaimDetailModel = StorageDetail<PersistentVolumeClaimRow, { explanation: ClaimExplanation; events: ObjectEventRow[] }>;
export type VolumeDetailModel = StorageDetail<PersistentVolumeRow, { explanation: VolumeExplanation; events: ObjectEventRow[] }>;
export type StorageClassDetailModel = StorageDetail<StorageClassRow, { explanation: StorageClassExplanation }>;
/** A ConfigMap key as the page shows it: long values are cut at CONFIG_VALUE_PREVIEW_CHARS, and say so. */
export type ConfigKeyRow = ConfigKeyView & { truncated: boolean };
export type ConfigMapDetailModel = StorageDetail<ConfigMapRow, { explanation: Omit<ConfigMapExplanation, 'keys'> & { keys: ConfigKeyRow[] } }>;
export type SecretDetailModel = StorageDetail<SecretRow, { explanation: SecretExplanation }>;

export interface ClaimDetailInputs {
  persistentvolumeclaims: V1PersistentVolumeClaim[];
  persistentvolumes: V1PersistentVolume[];
  storageclasses: V1StorageClass[];
  pods: V1Pod[];
  events: CoreV1Event[];
}

export interface VolumeDetailInputs {
  persistentvolumes: V1PersistentVolume[];
  persistentvolumeclaims: V1PersistentVolumeClaim[];
  storageclasses: V1StorageClass[];
  nodes: V1Node[];
  /** Events of cluster-scoped objects are written to the default namespace. */
  events: CoreV1Event[];
}

export interface StorageClassDetailInputs {
  storageclasses: V1StorageClass[];
  persistentvolumeclaims: V1PersistentVolumeClaim[];
  persistentvolumes: V1PersistentVolume[];
}

/** A namespace's ConfigMaps, Secrets (redacted by the cache) and everything that carries a pod spec. */
export interface ConfigDetailInputs {
  configmaps: V1ConfigMap[];
  secrets: RedactedSecret[];
  pods: V1Pod[];
  deployments: V1Deployment[];
  statefulsets: V1StatefulSet[];
  daemonsets: V1DaemonSet[];
  replicasets: V1ReplicaSet[];
  jobs: V1Job[];
  cronjobs: V1CronJob[];
}

/** A ConfigMap value longer than this is cut on the page (a ConfigMap may hold up to 1 MiB; the live model is resent on every change). */
export const CONFIG_VALUE_PREVIEW_CHARS = 4096;

function find<T extends { metadata?: { name?: string; namespace?: string } }>(items: readonly T[], id: StorageId): T | undefined {
  return items.find((o) => o.metadata?.name === id.name && (o.metadata?.namespace ?? '') === id.namespace);
}

function eventRows(events: readonly PodEvent[]): ObjectEventRow[] {
  return events
    .map((e, i) => ({ key: `${i}:${e.reason}:${e.firstAt ?? ''}`, type: e.type, reason: e.reason, component: e.component, count: e.count, firstAt: e.firstAt, lastAt: e.lastAt, message: e.message }))
    .reverse();
}

/** Events about one object, by kind and name (and uid when the event carries one), oldest first. */
function eventsAbout(events: readonly CoreV1Event[], kind: string, meta: { name?: string; namespace?: string; uid?: string } | undefined): PodEvent[] {
  return normalizeEvents(events).filter((e) => e.involvedKind === kind && e.involvedName === meta?.name && (!e.involvedUid || !meta?.uid || e.involvedUid === meta.uid));
}

function evidenceOf(root: object, diagnoses: readonly Diagnosis[]): Record<string, string> {
  return resolvePaths(root, [...new Set(diagnoses.flatMap((d) => d.evidence))]);
}

/**
 * A PersistentVolumeClaim's page: its row, the claim explained against the
 * cluster's volumes and classes and its namespace's pods and events (why it
 * is Pending, what it is bound to, expansion, the pods that mount it), its
 * events, and the values behind the evidence paths.
 * @example buildClaimDetail(inputs, now, { namespace: 'hi-capture', name: 'provisioner-claim' }).explanation.pending.cause.kind // 'waiting-for-provisioner'
 */
export function buildClaimDetail(inputs: ClaimDetailInputs, now: Date, id: StorageId): ClaimDetailModel {
  const claim = find(inputs.persistentvolumeclaims, id);
  if (!claim) return { found: false, ...id };
  const all = normalizeEvents(inputs.events);
  const explanation = explainPersistentVolumeClaim({ claim, volumes: inputs.persistentvolumes, classes: inputs.storageclasses, pods: inputs.pods, events: all, now });
  const mine = eventsAbout(inputs.events, 'PersistentVolumeClaim', claim.metadata);
  return {
    found: true,
    ...id,
    row: toPersistentVolumeClaimRow(claim, now),
    explanation,
    events: eventRows(mine),
    evidence: evidenceOf({ ...claim, events: mine }, explanation.diagnoses),
  };
}

/**
 * A PersistentVolume's page: its row, the volume explained (phase, reclaim
 * policy's consequence, claimRef, node affinity against the nodes, source),
 * its events and the evidence values.
 * @example buildVolumeDetail(inputs, now, { namespace: '', name: 'hi-pv-retain' }).explanation.reclaim.consequence // 'keep-released'
 */
export function buildVolumeDetail(inputs: VolumeDetailInputs, now: Date, id: StorageId): VolumeDetailModel {
  const volume = find(inputs.persistentvolumes, id);
  if (!volume) return { found: false, ...id };
  const mine = eventsAbout(inputs.events, 'PersistentVolume', volume.metadata);
  const explanation = explainPersistentVolume({ volume, claims: inputs.persistentvolumeclaims, classes: inputs.storageclasses, nodes: inputs.nodes, events: mine });
  return {
    found: true,
    ...id,
    row: toPersistentVolumeRow(volume, now),
    explanation,
    events: eventRows(mine),
    evidence: evidenceOf({ ...volume, events: mine }, explanation.diagnoses),
  };
}

/**
 * A StorageClass's page: its row and the class explained (provisioner,
 * default, binding mode, reclaim policy, expansion, the claims and volumes
 * of the class).
 * @example buildStorageClassDetail(inputs, now, { namespace: '', name: 'hi-wffc' }).explanation.volumeBindingMode // { value: 'WaitForFirstConsumer', defaulted: false }
 */
export function buildStorageClassDetail(inputs: StorageClassDetailInputs, now: Date, id: StorageId): StorageClassDetailModel {
  const storageClass = find(inputs.storageclasses, id);
  if (!storageClass) return { found: false, ...id };
  const explanation = explainStorageClass({ storageClass, classes: inputs.storageclasses, claims: inputs.persistentvolumeclaims, volumes: inputs.persistentvolumes });
  return { found: true, ...id, row: toStorageClassRow(storageClass, now), explanation, evidence: {} };
}

function configContext(inputs: ConfigDetailInputs) {
  return {
    holders: {
      pods: inputs.pods,
      deployments: inputs.deployments,
      statefulSets: inputs.statefulsets,
      daemonSets: inputs.daemonsets,
      replicaSets: inputs.replicasets,
      jobs: inputs.jobs,
      cronJobs: inputs.cronjobs,
    },
    objects: { configMaps: inputs.configmaps, secrets: inputs.secrets },
  };
}

/**
 * A ConfigMap's page: its row, keys with sizes and values (ConfigMaps are not
 * secret; a long value is cut at CONFIG_VALUE_PREVIEW_CHARS), every pod and
 * workload template that uses it with the exact reference path (broken ones
 * marked), and how changes reach them.
 * @example buildConfigMapDetail(inputs, now, { namespace: 'hi-capture', name: 'app-config' }).explanation.usedBy.map((u) => u.name) // ['broken-refs-pod', 'config-consumer', …]
 */
export function buildConfigMapDetail(inputs: ConfigDetailInputs, now: Date, id: StorageId): ConfigMapDetailModel {
  const configMap = find(inputs.configmaps, id);
  if (!configMap) return { found: false, ...id };
  const x = explainConfigMap(configMap, configContext(inputs));
  const keys = x.keys.map((k) => {
    const truncated = k.value !== null && k.value.length > CONFIG_VALUE_PREVIEW_CHARS;
    return { ...k, value: truncated && k.value !== null ? k.value.slice(0, CONFIG_VALUE_PREVIEW_CHARS) : k.value, truncated };
  });
  return { found: true, ...id, row: toConfigMapRow(configMap, now), explanation: { ...x, keys }, evidence: evidenceOf(configMap, x.diagnoses) };
}

/**
 * A Secret's page from the redacted Secret the cache keeps: its row, type,
 * key names and byte sizes (no value exists here to show), and the same
 * users as a ConfigMap's.
 * @example buildSecretDetail(inputs, now, { namespace: 'hi-capture', name: 'db-credentials' }).explanation.keys.map((k) => [k.key, k.bytes]) // [['api-key', 22], ['password', 30], ['username', 7]]
 */
export function buildSecretDetail(inputs: ConfigDetailInputs, now: Date, id: StorageId): SecretDetailModel {
  const secret = find(inputs.secrets, id);
  if (!secret) return { found: false, ...id };
  const explanation = explainSecret(secret, configContext(inputs));
  return { found: true, ...id, row: toSecretRow(secret, now), explanation, evidence: evidenceOf(secret, explanation.diagnoses) };
}
