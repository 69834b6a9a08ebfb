/**
 * Small storage facts the list columns, the models and the relations share:
 * which class a claim or volume names, which class is the default, access
 * modes as kubectl abbreviates them, and capacity cells.
 */
import type {
  V1ObjectMeta,
  V1PersistentVolume,
  V1PersistentVolumeClaim,
  V1StorageClass,
} from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import type { Labels } from '../selector';
import { requirementMatches, type ParsedSelector } from '../workloads/label-selector';

/** The beta annotation that still wins over spec.storageClassName (core/v1 BetaStorageClassAnnotation). */
export const BETA_STORAGE_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';
/** Marks the default StorageClass (storage/util IsDefaultStorageClassAnnotation). */
export const DEFAULT_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';
/** The beta spelling of the default-class annotation, still honoured. */
export const BETA_DEFAULT_CLASS_ANNOTATION = 'storageclass.beta.kubernetes.io/is-default-class';
/** Provisioner name of classes that cannot provision (component-helpers NotSupportedProvisioner). */
export const NO_PROVISIONER = 'kubernetes.io/no-provisioner';
/** Set by the scheduler on a WaitForFirstConsumer claim once it picked a node (AnnSelectedNode). */
export const SELECTED_NODE_ANNOTATION = 'volume.kubernetes.io/selected-node';
/** Set by the PV controller on a claim it hands to a provisioner (AnnStorageProvisioner). */
export const STORAGE_PROVISIONER_ANNOTATION = 'volume.kubernetes.io/storage-provisioner';
/** Set on a PV by whoever provisioned it dynamically (AnnDynamicallyProvisioned). */
export const PROVISIONED_BY_ANNOTATION = 'pv.kubernetes.io/provisioned-by';

/** The four access modes, in the order kubectl prints them. */
export type AccessMode = 'ReadWriteOnce' | 'ReadOnlyMany' | 'ReadWriteMany' | 'ReadWriteOncePod';

const ACCESS_MODE_ABBREVIATIONS: readonly [AccessMode, string][] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

/**
 * Access modes as kubectl prints them (pkg/apis/core/helper GetAccessModesAsString):
 * duplicates dropped, always in the order RWO, ROX, RWX, RWOP, joined by commas;
 * unknown modes are left out.
 * @example accessModesString(['ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOnce']) // 'RWO,RWX'
 */
export function accessModesString(modes: readonly string[] | undefined): string {
  const present = new Set(modes ?? []);
  return ACCESS_MODE_ABBREVIATIONS.filter(([mode]) => present.has(mode))
    .map(([, short]) => short)
    .join(',');
}

/**
 * The class a claim asks for (component-helpers GetPersistentVolumeClaimClass):
 * the beta annotation first, then spec.storageClassName; "" when neither is set.
 * Note "" is also what `storageClassName: ""` gives: use {@link claimClassState}
 * to tell "no class" from "unset".
 * @example claimClassName({ spec: { storageClassName: 'fast' } }) // 'fast'
 */
export function claimClassName(claim: V1PersistentVolumeClaim): string {
  const annotations = claim.metadata?.annotations;
  if (annotations && Object.hasOwn(annotations, BETA_STORAGE_CLASS_ANNOTATION)) return annotations[BETA_STORAGE_CLASS_ANNOTATION] ?? '';
  return claim.spec?.storageClassName ?? '';
}

/**
 * How a claim names its class: `unset` (field absent: a default class is
 * assigned when one exists, now or later), `none` (`storageClassName: ""`:
 * only PVs without a class, never provisioned), or `named`.
 * @example claimClassState({ spec: {} }) // 'unset'; claimClassState({ spec: { storageClassName: '' } }) // 'none'
 */
export function claimClassState(claim: V1PersistentVolumeClaim): 'unset' | 'none' | 'named' {
  const annotations = claim.metadata?.annotations;
  const hasBeta = annotations !== undefined && Object.hasOwn(annotations, BETA_STORAGE_CLASS_ANNOTATION);
  if (!hasBeta && (claim.spec?.storageClassName === undefined || claim.spec.storageClassName === null)) return 'unset';
  return claimClassName(claim) === '' ? 'none' : 'named';
}

/**
 * The class a volume belongs to (component-helpers GetPersistentVolumeClass):
 * the beta annotation first, then spec.storageClassName, "" for none.
 * @example volumeClassName({ spec: { storageClassName: 'manual' } }) // 'manual'
 */
export function volumeClassName(volume: V1PersistentVolume): string {
  const annotations = volume.metadata?.annotations;
  if (annotations && Object.hasOwn(annotations, BETA_STORAGE_CLASS_ANNOTATION)) return annotations[BETA_STORAGE_CLASS_ANNOTATION] ?? '';
  return volume.spec?.storageClassName ?? '';
}

/**
 * Whether a StorageClass is marked default (storage/util IsDefaultAnnotation):
 * either annotation spelled exactly "true".
 * @example isDefaultClass({ metadata: { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } }) // true
 */
export function isDefaultClass(meta: V1ObjectMeta | undefined): boolean {
  const annotations = meta?.annotations ?? {};
  return annotations[DEFAULT_CLASS_ANNOTATION] === 'true' || annotations[BETA_DEFAULT_CLASS_ANNOTATION] === 'true';
}

/**
 * The class the DefaultStorageClass admission plugin and the PV controller
 * assign (pkg/volume/util/storageclass.go GetDefaultClass): among classes
 * marked default, the newest, ties broken by name; null when none is marked.
 * @example defaultStorageClass(classes)?.metadata?.name // 'standard'
 */
export function defaultStorageClass(classes: readonly V1StorageClass[]): V1StorageClass | null {
  const marked = classes.filter((c) => isDefaultClass(c.metadata));
  marked.sort((a, b) => {
    const diff = (toTimestampMs(b.metadata?.creationTimestamp) ?? 0) - (toTimestampMs(a.metadata?.creationTimestamp) ?? 0);
    if (diff !== 0) return diff;
    const an = a.metadata?.name ?? '';
    const bn = b.metadata?.name ?? '';
    return an < bn ? -1 : an > bn ? 1 : 0;
  });
  return marked[0] ?? null;
}

/**
 * A capacity cell as printers.go prints `Quantity.String()`: the quantity, or
 * "0" when it is missing. The apiserver already serialises quantities in
 * canonical form ("1000M" is stored as "1G"), so the API's string is printed as is.
 * @example storageCell({ storage: '4Gi' }) // '4Gi'; storageCell(undefined) // '0'
 */
export function storageCell(resources: Record<string, string> | undefined): string {
  return resources?.storage || '0';
}

/**
 * The volume mode a claim or volume uses; the PV controller treats unset as
 * Filesystem (CheckVolumeModeMismatches).
 * @example effectiveVolumeMode(undefined) // 'Filesystem'
 */
export function effectiveVolumeMode(mode: string | undefined | null): string {
  return mode || 'Filesystem';
}

/**
 * Whether a parsed label or node selector selects these labels: every
 * requirement holds; a selector that selects nothing, or is invalid, never
 * matches (labels.Selector.Matches on LabelSelectorAsSelector's result).
 * @example parsedSelectorMatches(parseLabelSelector({ matchLabels: { tier: 'gold' } }), { tier: 'gold' }) // true
 */
export function parsedSelectorMatches(parsed: ParsedSelector, labels: Labels | undefined): boolean {
  return parsed.kind === 'requirements' && parsed.requirements.every((r) => requirementMatches(r, labels));
}
