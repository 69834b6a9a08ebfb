import { STORAGE_CONCEPT_IDS } from '../ids';
import type { ConceptEntry } from '../types';
import { configConcepts } from './storage/config';
import { provisioningConcepts } from './storage/provisioning';

/**
 * The storage and configuration half of section 16 that the source sheet
 * leaves out or gets wrong: dynamic provisioning and CSI (how volumes are
 * made today), access modes, reclaim policies and binding modes, projected
 * volumes, ConfigMaps, Secrets, and env vs mounted files. emptyDir, hostPath,
 * PV, PVC, StorageClass and configMap/secret volumes are with the foundations
 * (foundations/storage.ts). The ids this file owns are written once, in ../ids.ts.
 */
export { STORAGE_CONCEPT_IDS };

export type StorageConceptId = (typeof STORAGE_CONCEPT_IDS)[number];

export const storageConfigConcepts: Record<StorageConceptId, ConceptEntry> = {
  ...provisioningConcepts,
  ...configConcepts,
};
