/**
 * The columns of `kubectl get persistentvolumeclaims` (and -o wide), ported
 * from kubernetes pkg/printers/internalversion/printers.go
 * printPersistentVolumeClaim (v1.36.3).
 */
import type { V1PersistentVolumeClaim } from '@kubernetes/client-node';
import { toTimestampMs, translateTimestampSince } from '../human-duration';
import { toIso } from '../timestamps';
import { accessModesString, claimClassName, storageCell } from './shared';

export interface PersistentVolumeClaimColumns {
  name: string;
  /** STATUS: status.phase, or "Terminating" once deletionTimestamp is set. */
  status: string;
  /** VOLUME: spec.volumeName ("" until bound). */
  volume: string;
  /** CAPACITY: status.capacity.storage, printed only once spec.volumeName is set ("0" if then missing). */
  capacity: string;
  /** ACCESS MODES: status.accessModes abbreviated, only once spec.volumeName is set. */
  accessModes: string;
  /** STORAGECLASS: the beta annotation, else spec.storageClassName, else "". */
  storageClass: string;
  /** VOLUMEATTRIBUTESCLASS: spec.volumeAttributesClassName or "<unset>". */
  volumeAttributesClass: string;
  age: string;
  createdAt: string | null;
  /** -o wide VOLUMEMODE: spec.volumeMode or "<unset>". */
  volumeMode: string;
}

/**
 * NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS AGE, plus VOLUMEMODE for -o wide.
 * @example persistentVolumeClaimColumns(claim, now) // { name: 'data', status: 'Bound', volume: 'pv-1', capacity: '1Gi', accessModes: 'RWO', … }
 */
export function persistentVolumeClaimColumns(claim: V1PersistentVolumeClaim, now: Date): PersistentVolumeClaimColumns {
  const volumeName = claim.spec?.volumeName ?? '';
  const bound = volumeName !== '';
  return {
    name: claim.metadata?.name ?? '',
    status: toTimestampMs(claim.metadata?.deletionTimestamp) !== undefined ? 'Terminating' : (claim.status?.phase ?? ''),
    volume: volumeName,
    capacity: bound ? storageCell(claim.status?.capacity) : '',
    accessModes: bound ? accessModesString(claim.status?.accessModes) : '',
    storageClass: claimClassName(claim),
    volumeAttributesClass: claim.spec?.volumeAttributesClassName ?? '<unset>',
    age: translateTimestampSince(claim.metadata?.creationTimestamp, now),
    createdAt: toIso(claim.metadata?.creationTimestamp),
    volumeMode: claim.spec?.volumeMode ?? '<unset>',
  };
}
