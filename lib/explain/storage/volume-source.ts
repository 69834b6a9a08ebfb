/**
 * What backs a PersistentVolume and what its access modes mean, as data.
 * Access modes (docs: concepts/storage/persistent-volumes#access-modes):
 * RWO = one node (several pods on that node may share it), RWOP = one pod
 * (CSI only, GA 1.29), ROX = many nodes read-only, RWX = many nodes
 * read-write; none of them enforces write protection once mounted.
 */
import type { V1PersistentVolume } from '@kubernetes/client-node';
import { accessModesString, type AccessMode } from './shared';

/** Who may mount the volume at once under one access mode. */
export type AccessScope = 'one-node' | 'one-pod' | 'many-nodes-read-only' | 'many-nodes';

/** One access mode with its abbreviation and scope. */
export interface AccessModeView {
  mode: string;
  /** RWO, ROX, RWX, RWOP; the mode itself when unknown. */
  short: string;
  scope: AccessScope | 'unknown';
}

const SCOPES: Readonly<Record<AccessMode, AccessScope>> = {
  ReadWriteOnce: 'one-node',
  ReadWriteOncePod: 'one-pod',
  ReadOnlyMany: 'many-nodes-read-only',
  ReadWriteMany: 'many-nodes',
};

/**
 * Each access mode with what it allows, deduplicated, in kubectl's order.
 * @example accessModeViews(['ReadWriteOnce']) // [{ mode: 'ReadWriteOnce', short: 'RWO', scope: 'one-node' }]
 */
export function accessModeViews(modes: readonly string[] | undefined): AccessModeView[] {
  const known = (['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'] as const).filter((m) => modes?.includes(m));
  const unknown = [...new Set((modes ?? []).filter((m) => !(m in SCOPES)))];
  return [
    ...known.map((mode) => ({ mode, short: accessModesString([mode]), scope: SCOPES[mode] })),
    ...unknown.map((mode) => ({ mode, short: mode, scope: 'unknown' as const })),
  ];
}

/** In-tree volume types removed from Kubernetes, with the release that removed them (docs: reference/storage/volume-types#removed-volume-types). */
const REMOVED_IN_TREE: Readonly<Record<string, string>> = {
  photonPersistentDisk: 'v1.16',
  scaleIO: 'v1.22',
  flocker: 'v1.25',
  quobyte: 'v1.25',
  storageos: 'v1.25',
  cinder: 'v1.26',
  glusterfs: 'v1.26',
  awsElasticBlockStore: 'v1.27',
  azureDisk: 'v1.27',
  gcePersistentDisk: 'v1.28',
  azureFile: 'v1.30',
  vsphereVolume: 'v1.30',
  cephfs: 'v1.31',
  rbd: 'v1.31',
  portworxVolume: 'v1.36',
};

/** The PersistentVolumeSpec fields that are not a volume source. */
const NOT_SOURCES = new Set([
  'accessModes',
  'capacity',
  'claimRef',
  'mountOptions',
  'nodeAffinity',
  'persistentVolumeReclaimPolicy',
  'storageClassName',
  'volumeAttributesClassName',
  'volumeMode',
]);

/** What backs a volume. */
export interface VolumeSourceView {
  /** The spec field naming the source: csi, hostPath, local, nfs, iscsi, … */
  type: string;
  /** The CSI driver name, else null. */
  driver: string | null;
  /** Source-specific facts worth showing (paths, server, volumeHandle, fsType). */
  details: Record<string, string>;
  /** The release that removed this in-tree type, when it was removed: such a PV no longer mounts. */
  removedIn: string | null;
}

/**
 * Reads a PV's volume source.
 * @example volumeSource({ spec: { csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-1' } } })
 *   // { type: 'csi', driver: 'ebs.csi.aws.com', details: { volumeHandle: 'vol-1' }, removedIn: null }
 */
export function volumeSource(volume: V1PersistentVolume): VolumeSourceView {
  const spec = (volume.spec ?? {}) as Record<string, unknown>;
  const type = Object.keys(spec).find((k) => !NOT_SOURCES.has(k) && spec[k] !== null && spec[k] !== undefined) ?? 'unknown';
  const source = (spec[type] ?? {}) as Record<string, unknown>;
  const details: Record<string, string> = {};
  for (const field of ['volumeHandle', 'fsType', 'path', 'server', 'type', 'readOnly', 'targetPortal', 'iqn', 'lun']) {
    const v = source[field];
    if ((typeof v === 'string' && v !== '') || typeof v === 'number' || typeof v === 'boolean') details[field] = String(v);
  }
  return {
    type,
    driver: type === 'csi' && typeof source.driver === 'string' ? source.driver : null,
    details,
    removedIn: REMOVED_IN_TREE[type] ?? null,
  };
}
