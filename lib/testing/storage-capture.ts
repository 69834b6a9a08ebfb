import type {
  CoreV1Event,
  V1ConfigMap,
  V1CronJob,
  V1Deployment,
  V1Node,
  V1PersistentVolume,
  V1PersistentVolumeClaim,
  V1Pod,
  V1ReplicaSet,
  V1Secret,
  V1StorageClass,
} from '@kubernetes/client-node';
import type { RedactedSecret } from '../explain/storage/redacted-secret';
import { loadFixture } from './fixtures';

/**
 * One capture of the sandbox's hi-capture namespace plus the cluster-scoped
 * hi- StorageClasses and PersistentVolumes (see
 * lib/testing/captured/storage/README.md): `kubectl get -o json` per kind from
 * `capturedAt`, managedFields and last-applied annotations dropped.
 */
export interface StorageSnapshot {
  capturedAt: string;
  namespace: string;
  storageClasses: V1StorageClass[];
  persistentVolumes: V1PersistentVolume[];
  persistentVolumeClaims: V1PersistentVolumeClaim[];
  pods: V1Pod[];
  configMaps: V1ConfigMap[];
  /** Only in `final`: the Secrets as the watch cache keeps them (secrets-redacted.json). */
  secrets: RedactedSecret[];
  deployments: V1Deployment[];
  replicaSets: V1ReplicaSet[];
  cronJobs: V1CronJob[];
  /** hi-capture's events, then the default namespace's events about hi- PersistentVolumes. */
  events: CoreV1Event[];
  nodes: V1Node[];
}

/** The four captures, in the order they were taken. */
export type StorageSnapshotName = 'pvs-available' | 'claims-created' | 'pods-scheduled' | 'final';

const KINDS = [
  'storageClasses',
  'persistentVolumes',
  'persistentVolumeClaims',
  'pods',
  'configMaps',
  'deployments',
  'replicaSets',
  'cronJobs',
  'events',
  'nodes',
] as const;

/**
 * Loads a storage snapshot; kinds the capture did not include are empty lists.
 * Each call reads the files again, so every caller gets its own copy.
 * @example loadStorageSnapshot('final').persistentVolumeClaims.length // 11
 */
export function loadStorageSnapshot(name: StorageSnapshotName): StorageSnapshot {
  const raw = loadFixture<Partial<StorageSnapshot> & { capturedAt: string; namespace: string }>(`storage/${name}.json`);
  const snapshot = { ...raw, secrets: name === 'final' ? loadFixture<RedactedSecret[]>('storage/secrets-redacted.json') : [] } as StorageSnapshot;
  for (const kind of KINDS) (snapshot as unknown as Record<string, unknown[]>)[kind] = raw[kind] ?? [];
  return snapshot;
}

/**
 * The hi-capture Secrets exactly as the apiserver returned them, values,
 * managedFields and last-applied annotations included (the service-account
 * token's value replaced by as many "x" bytes); only the redaction tests read it.
 * @example rawSecrets()[0].data // { 'api-key': 'aGktY2…', password: '…', username: '…' }
 */
export function rawSecrets(): V1Secret[] {
  return loadFixture<V1Secret[]>('storage/secrets-raw.json');
}
