/**
 * A StorageClass explained: who provisions its volumes, whether it is the
 * default, when binding happens, what deleting a claim does to the data, and
 * the claims and volumes that use it (api/storage/v1/types.go StorageClass;
 * docs: concepts/storage/storage-classes). Unset fields are shown with the
 * API's defaults: reclaimPolicy Delete, volumeBindingMode Immediate,
 * allowVolumeExpansion false.
 */
import type { V1PersistentVolume, V1PersistentVolumeClaim, V1StorageClass } from '@kubernetes/client-node';
import {
  BETA_DEFAULT_CLASS_ANNOTATION,
  claimClassName,
  claimClassState,
  DEFAULT_CLASS_ANNOTATION,
  defaultStorageClass,
  NO_PROVISIONER,
  volumeClassName,
} from './shared';

export interface StorageClassExplanation {
  name: string;
  provisioner: string;
  /** False for kubernetes.io/no-provisioner: every volume of the class is created by hand (static). */
  canProvision: boolean;
  /** Marked default by either annotation. */
  isDefault: boolean;
  /** Which annotation marks it, when one does. */
  defaultAnnotation: string | null;
  /** The class new claims without a class actually get (the newest marked default), null when none. */
  clusterDefault: string | null;
  /** Other classes also marked default (only the newest is used). */
  otherDefaults: string[];
  reclaimPolicy: { value: string; defaulted: boolean };
  volumeBindingMode: { value: string; defaulted: boolean };
  allowVolumeExpansion: { value: boolean; defaulted: boolean };
  parameters: Record<string, string>;
  mountOptions: string[];
  claims: { namespace: string; name: string; phase: string; volume: string | null }[];
  volumes: { name: string; phase: string; claim: string | null }[];
  /** Claims with no storageClassName at all while this is the default: the PV controller will assign this class to them. */
  unsetClaims: { namespace: string; name: string }[];
}

export interface StorageClassInput {
  storageClass: V1StorageClass;
  classes: readonly V1StorageClass[];
  claims: readonly V1PersistentVolumeClaim[];
  volumes: readonly V1PersistentVolume[];
}

/**
 * Explains one StorageClass.
 * @example explainStorageClass({ storageClass, classes, claims, volumes }).volumeBindingMode // { value: 'WaitForFirstConsumer', defaulted: false }
 */
export function explainStorageClass(input: StorageClassInput): StorageClassExplanation {
  const sc = input.storageClass;
  const name = sc.metadata?.name ?? '';
  const annotations = sc.metadata?.annotations ?? {};
  const defaultAnnotation = [DEFAULT_CLASS_ANNOTATION, BETA_DEFAULT_CLASS_ANNOTATION].find((a) => annotations[a] === 'true') ?? null;
  const clusterDefault = defaultStorageClass(input.classes)?.metadata?.name ?? null;
  const otherDefaults = input.classes
    .filter((c) => c.metadata?.name !== name && [DEFAULT_CLASS_ANNOTATION, BETA_DEFAULT_CLASS_ANNOTATION].some((a) => c.metadata?.annotations?.[a] === 'true'))
    .map((c) => c.metadata?.name ?? '');
  const claims = input.claims.filter((c) => claimClassName(c) === name);
  return {
    name,
    provisioner: sc.provisioner,
    canProvision: sc.provisioner !== NO_PROVISIONER,
    isDefault: defaultAnnotation !== null,
    defaultAnnotation,
    clusterDefault,
    otherDefaults,
    reclaimPolicy: { value: sc.reclaimPolicy ?? 'Delete', defaulted: sc.reclaimPolicy === undefined },
    volumeBindingMode: { value: sc.volumeBindingMode ?? 'Immediate', defaulted: sc.volumeBindingMode === undefined },
    allowVolumeExpansion: { value: sc.allowVolumeExpansion ?? false, defaulted: sc.allowVolumeExpansion === undefined },
    parameters: { ...(sc.parameters ?? {}) },
    mountOptions: [...(sc.mountOptions ?? [])],
    claims: claims.map((c) => ({
      namespace: c.metadata?.namespace ?? '',
      name: c.metadata?.name ?? '',
      phase: c.status?.phase ?? '',
      volume: c.spec?.volumeName || null,
    })),
    volumes: input.volumes
      .filter((v) => volumeClassName(v) === name)
      .map((v) => {
        const ref = v.spec?.claimRef;
        return { name: v.metadata?.name ?? '', phase: v.status?.phase ?? '', claim: ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : null };
      }),
    unsetClaims:
      clusterDefault === name
        ? input.claims
            .filter((c) => claimClassState(c) === 'unset' && !c.spec?.volumeName)
            .map((c) => ({ namespace: c.metadata?.namespace ?? '', name: c.metadata?.name ?? '' }))
        : [],
  };
}
