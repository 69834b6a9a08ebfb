import type { V1ConfigMap, V1PersistentVolume, V1PersistentVolumeClaim, V1StorageClass } from '@kubernetes/client-node';
import { objectKey } from '../../explain/object-key';
import { configMapColumns, type ConfigMapColumns } from '../../explain/storage/configmap-columns';
import { persistentVolumeColumns, type PersistentVolumeColumns } from '../../explain/storage/pv-columns';
import { persistentVolumeClaimColumns, type PersistentVolumeClaimColumns } from '../../explain/storage/pvc-columns';
import type { RedactedSecret } from '../../explain/storage/redacted-secret';
import { secretColumns, type SecretColumns } from '../../explain/storage/secret-columns';
import { storageClassColumns, type StorageClassColumns } from '../../explain/storage/storageclass-columns';
import type { StatusSeverity } from '../pod-row';

/**
 * The storage and configuration kinds by their kubectl resource names, which
 * are also their routes (`/<context>/persistentvolumeclaims`) and their list
 * views' names.
 */
export const STORAGE_RESOURCES = ['persistentvolumeclaims', 'persistentvolumes', 'storageclasses', 'configmaps', 'secrets'] as const;
export type StorageResource = (typeof STORAGE_RESOURCES)[number];

/** The cluster-scoped ones: no namespace in their URLs, subscriptions or rows. */
export const CLUSTER_SCOPED_STORAGE: ReadonlySet<StorageResource> = new Set<StorageResource>(['persistentvolumes', 'storageclasses']);

/** The Kind of each resource, as references and the relations panel name it. */
export const STORAGE_KIND: Readonly<Record<StorageResource, 'PersistentVolumeClaim' | 'PersistentVolume' | 'StorageClass' | 'ConfigMap' | 'Secret'>> = {
  persistentvolumeclaims: 'PersistentVolumeClaim',
  persistentvolumes: 'PersistentVolume',
  storageclasses: 'StorageClass',
  configmaps: 'ConfigMap',
  secrets: 'Secret',
};

/** What every storage row has besides its kubectl columns: identity and how it is doing (the badge colour). */
interface RowIdentity {
  /** objectKey: the row's stable key in the live list. */
  uid: string;
  /** '' for the cluster-scoped kinds. */
  namespace: string;
  health: StatusSeverity;
}

export type PersistentVolumeClaimRow = RowIdentity & PersistentVolumeClaimColumns;
export type PersistentVolumeRow = RowIdentity & PersistentVolumeColumns;
/** `name` is kubectl's (with " (default)"); `objectName` is the class's own name, for its URL. */
export type StorageClassRow = RowIdentity & StorageClassColumns & { objectName: string };
export type ConfigMapRow = RowIdentity & ConfigMapColumns;
export type SecretRow = RowIdentity & SecretColumns;

/** The row type of each storage list view. */
export interface StorageRowOf {
  persistentvolumeclaims: PersistentVolumeClaimRow;
  persistentvolumes: PersistentVolumeRow;
  storageclasses: StorageClassRow;
  configmaps: ConfigMapRow;
  secrets: SecretRow;
}
export type StorageRow = StorageRowOf[StorageResource];

function identity(obj: { metadata?: { uid?: string; name?: string; namespace?: string } }, health: StatusSeverity): RowIdentity {
  return { uid: objectKey(obj), namespace: obj.metadata?.namespace ?? '', health };
}

const CLAIM_HEALTH: Readonly<Record<string, StatusSeverity>> = { Bound: 'ok', Pending: 'progress', Lost: 'critical', Terminating: 'progress' };

/**
 * A claim's row: printPersistentVolumeClaim's columns. Bound is ok, Lost
 * critical; Pending is progress, because a Pending claim may be waiting as
 * designed (WaitForFirstConsumer): its page says which.
 * @example toPersistentVolumeClaimRow(staticClaim, now) → { name: 'static-claim', status: 'Bound', volume: 'hi-pv-static', capacity: '1Gi', health: 'ok', … }
 */
export function toPersistentVolumeClaimRow(claim: V1PersistentVolumeClaim, now: Date): PersistentVolumeClaimRow {
  const cols = persistentVolumeClaimColumns(claim, now);
  return { ...identity(claim, CLAIM_HEALTH[cols.status] ?? 'warning'), ...cols };
}

const VOLUME_HEALTH: Readonly<Record<string, StatusSeverity>> = {
  Available: 'ok',
  Bound: 'ok',
  Pending: 'progress',
  Terminating: 'progress',
  Released: 'warning',
  Failed: 'critical',
};

/**
 * A PersistentVolume's row: printPersistentVolume's columns. Released is a
 * warning (under Retain no claim can bind it until someone cleans it up),
 * Failed critical.
 * @example toPersistentVolumeRow(retained, now) → { name: 'hi-pv-retain', status: 'Released', claim: 'hi-capture/retain-claim', health: 'warning', … }
 */
export function toPersistentVolumeRow(volume: V1PersistentVolume, now: Date): PersistentVolumeRow {
  const cols = persistentVolumeColumns(volume, now);
  return { ...identity(volume, VOLUME_HEALTH[cols.status] ?? 'warning'), ...cols };
}

/**
 * A StorageClass's row: printStorageClass's columns (the default class named
 * "<name> (default)"), plus its plain name for the link.
 * @example toStorageClassRow(standard, now) → { name: 'standard (default)', objectName: 'standard', isDefault: true, … }
 */
export function toStorageClassRow(storageClass: V1StorageClass, now: Date): StorageClassRow {
  return { ...identity(storageClass, 'ok'), ...storageClassColumns(storageClass, now), objectName: storageClass.metadata?.name ?? '' };
}

/**
 * A ConfigMap's row: printConfigMap's columns.
 * @example toConfigMapRow(appConfig, now) → { name: 'app-config', data: 4, … }
 */
export function toConfigMapRow(configMap: V1ConfigMap, now: Date): ConfigMapRow {
  return { ...identity(configMap, 'ok'), ...configMapColumns(configMap, now) };
}

/**
 * A Secret's row: printSecret's columns, from the redacted Secret the cache
 * keeps (key count only; no value exists to leak).
 * @example toSecretRow(dbCredentials, now) → { name: 'db-credentials', type: 'Opaque', data: 3, … }
 */
export function toSecretRow(secret: RedactedSecret, now: Date): SecretRow {
  return { ...identity(secret, 'ok'), ...secretColumns(secret, now) };
}

/** Each storage resource's row projection, for the subscription registry and the first paint. */
export const STORAGE_ROW: { readonly [R in StorageResource]: (obj: never, now: Date) => StorageRowOf[R] } = {
  persistentvolumeclaims: toPersistentVolumeClaimRow,
  persistentvolumes: toPersistentVolumeRow,
  storageclasses: toStorageClassRow,
  configmaps: toConfigMapRow,
  secrets: toSecretRow,
};

/**
 * The URL of a storage object's page: `/<context>/<resource>/<namespace>/<name>`,
 * or `/<context>/<resource>/<name>` for PersistentVolumes and StorageClasses.
 * @example storageHref('kind-kind', 'persistentvolumes', { namespace: '', name: 'pv-1' }) // '/kind-kind/persistentvolumes/pv-1'
 */
export function storageHref(context: string, resource: StorageResource, id: { namespace: string; name: string }): string {
  const base = `/${encodeURIComponent(context)}/${resource}`;
  return CLUSTER_SCOPED_STORAGE.has(resource) ? `${base}/${encodeURIComponent(id.name)}` : `${base}/${encodeURIComponent(id.namespace)}/${encodeURIComponent(id.name)}`;
}
