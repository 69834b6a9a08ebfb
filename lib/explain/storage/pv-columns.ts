/**
 * The columns of `kubectl get persistentvolumes` (and -o wide), ported from
 * kubernetes pkg/printers/internalversion/printers.go printPersistentVolume
 * (v1.36.3).
 */
import type { V1PersistentVolume } from '@kubernetes/client-node';
import { toTimestampMs, translateTimestampSince } from '../human-duration';
import { toIso } from '../timestamps';
import { accessModesString, storageCell, volumeClassName } from './shared';

export interface PersistentVolumeColumns {
  name: string;
  /** CAPACITY: spec.capacity.storage ("0" when missing). */
  capacity: string;
  /** ACCESS MODES: spec.accessModes abbreviated. */
  accessModes: string;
  /** RECLAIM POLICY: spec.persistentVolumeReclaimPolicy as stored. */
  reclaimPolicy: string;
  /** STATUS: status.phase, or "Terminating" once deletionTimestamp is set. */
  status: string;
  /** CLAIM: "namespace/name" of spec.claimRef, "" when unclaimed. */
  claim: string;
  /** STORAGECLASS: the beta annotation, else spec.storageClassName. */
  storageClass: string;
  /** VOLUMEATTRIBUTESCLASS: spec.volumeAttributesClassName or "<unset>". */
  volumeAttributesClass: string;
  /** REASON: status.reason. */
  reason: string;
  age: string;
  createdAt: string | null;
  /** -o wide VOLUMEMODE: spec.volumeMode or "<unset>". */
  volumeMode: string;
}

/**
 * NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM STORAGECLASS VOLUMEATTRIBUTESCLASS REASON AGE, plus VOLUMEMODE for -o wide.
 * @example persistentVolumeColumns(pv, now) // { name: 'pv-1', capacity: '4Gi', accessModes: 'ROX', status: 'Bound', claim: 'default/test', … }
 */
export function persistentVolumeColumns(volume: V1PersistentVolume, now: Date): PersistentVolumeColumns {
  const ref = volume.spec?.claimRef;
  return {
    name: volume.metadata?.name ?? '',
    capacity: storageCell(volume.spec?.capacity),
    accessModes: accessModesString(volume.spec?.accessModes),
    reclaimPolicy: volume.spec?.persistentVolumeReclaimPolicy ?? '',
    status: toTimestampMs(volume.metadata?.deletionTimestamp) !== undefined ? 'Terminating' : (volume.status?.phase ?? ''),
    // Upstream concatenates even empty parts, so a claimRef without a namespace prints "/name".
    claim: ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : '',
    storageClass: volumeClassName(volume),
    volumeAttributesClass: volume.spec?.volumeAttributesClassName ?? '<unset>',
    reason: volume.status?.reason ?? '',
    age: translateTimestampSince(volume.metadata?.creationTimestamp, now),
    createdAt: toIso(volume.metadata?.creationTimestamp),
    volumeMode: volume.spec?.volumeMode ?? '<unset>',
  };
}
