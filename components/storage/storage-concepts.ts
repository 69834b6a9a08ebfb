import type { ConceptId } from '@/lib/concepts/ids';
import type { StorageResource } from '@/lib/contract';

/** The concept each storage and configuration list and page opens with. */
export const STORAGE_CONCEPT: Readonly<Record<StorageResource, ConceptId>> = {
  persistentvolumeclaims: 'pvc',
  persistentvolumes: 'persistent-volume',
  storageclasses: 'storage-class',
  configmaps: 'configmap',
  secrets: 'secret',
};
