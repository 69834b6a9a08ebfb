/**
 * The columns of `kubectl get storageclasses`, ported from kubernetes
 * pkg/printers/internalversion/printers.go printStorageClass (v1.36.3).
 */
import type { V1StorageClass } from '@kubernetes/client-node';
import { translateTimestampSince } from '../human-duration';
import { toIso } from '../timestamps';
import { isDefaultClass } from './shared';

export interface StorageClassColumns {
  /** NAME, with " (default)" appended for a class marked default. */
  name: string;
  isDefault: boolean;
  provisioner: string;
  /** RECLAIMPOLICY: reclaimPolicy, "Delete" when unset. */
  reclaimPolicy: string;
  /** VOLUMEBINDINGMODE: volumeBindingMode, "Immediate" when unset. */
  volumeBindingMode: string;
  /** ALLOWVOLUMEEXPANSION: allowVolumeExpansion, false when unset. */
  allowVolumeExpansion: boolean;
  age: string;
  createdAt: string | null;
}

/**
 * NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION AGE.
 * @example storageClassColumns(standard, now) // { name: 'standard (default)', isDefault: true, provisioner: 'rancher.io/local-path', reclaimPolicy: 'Delete', … }
 */
export function storageClassColumns(storageClass: V1StorageClass, now: Date): StorageClassColumns {
  const isDefault = isDefaultClass(storageClass.metadata);
  const name = storageClass.metadata?.name ?? '';
  return {
    name: isDefault ? `${name} (default)` : name,
    isDefault,
    provisioner: storageClass.provisioner,
    reclaimPolicy: storageClass.reclaimPolicy ?? 'Delete',
    volumeBindingMode: storageClass.volumeBindingMode ?? 'Immediate',
    allowVolumeExpansion: storageClass.allowVolumeExpansion ?? false,
    age: translateTimestampSince(storageClass.metadata?.creationTimestamp, now),
    createdAt: toIso(storageClass.metadata?.creationTimestamp),
  };
}
