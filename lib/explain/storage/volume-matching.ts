/**
 * Static binding: which PersistentVolumes could satisfy a claim, and for each
 * one that cannot, every criterion it fails. Ported from the PV controller's
 * search, k8s.io/component-helpers storage/volume/pv_helpers.go
 * FindMatchingVolume (with CheckVolumeModeMismatches, IsVolumeBoundToClaim),
 * reached through pkg/controller/volume/persistentvolume/index.go
 * findByClaim, which only searches volumes whose access modes contain all the
 * claim's (v1.36.3). Upstream stops at the first failed check; this lists them
 * all, so a learner sees everything that keeps a volume out.
 */
import type { V1PersistentVolume, V1PersistentVolumeClaim } from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import { compareQuantities, parseQuantity, ZERO_QUANTITY, type ExactQuantity } from '../quantity';
import { parseLabelSelector, selectorString } from '../workloads/label-selector';
import { accessModesString, claimClassName, effectiveVolumeMode, parsedSelectorMatches, volumeClassName } from './shared';

/** A binding criterion, in the order the PV controller checks them. */
export type MatchCriterion =
  | 'access-modes'
  | 'claimed-by-other'
  | 'capacity'
  | 'volume-mode'
  | 'attributes-class'
  | 'terminating'
  | 'phase'
  | 'selector'
  | 'class';

/** One failed criterion: what the claim wants and what the volume has, as printable text. */
export interface MatchFailure {
  criterion: MatchCriterion;
  wanted: string;
  actual: string;
}

/** One volume judged against the claim. */
export interface VolumeCandidate {
  name: string;
  capacity: string;
  accessModes: string;
  storageClass: string;
  phase: string;
  /** "namespace/name" of its claimRef, or null. */
  claimRef: string | null;
  /** Pre-bound to this very claim (claimRef names it): the controller takes it without checking class, selector or phase. */
  preBound: boolean;
  failures: MatchFailure[];
  matches: boolean;
}

/**
 * A claim's storage request (spec.resources.requests.storage) as an exact
 * quantity; a missing or unparsable request counts as zero, as an unset
 * Quantity does upstream.
 * @example requestedStorage({ spec: { resources: { requests: { storage: '1Gi' } } } }) // { num: 1073741824n, scale: 0 }
 */
export function requestedStorage(claim: V1PersistentVolumeClaim): ExactQuantity {
  return parseQuantity(claim.spec?.resources?.requests?.storage ?? '') ?? ZERO_QUANTITY;
}

/**
 * Whether the volume's claimRef names this claim (IsVolumeBoundToClaim): same
 * namespace and name, and the same uid when the claimRef carries one.
 * @example isVolumeBoundToClaim(pv, claim) // true for a PV pre-bound to claim by name
 */
export function isVolumeBoundToClaim(volume: V1PersistentVolume, claim: V1PersistentVolumeClaim): boolean {
  const ref = volume.spec?.claimRef;
  if (!ref) return false;
  if (ref.name !== claim.metadata?.name || ref.namespace !== claim.metadata?.namespace) return false;
  return !(ref.uid && ref.uid !== claim.metadata?.uid);
}

/**
 * Judges one volume against a claim, checking every criterion the PV
 * controller checks: access modes contain all the claim's; not claimed by
 * another claim; capacity at least the request; same volume mode (unset is
 * Filesystem); same VolumeAttributesClass; not being deleted; and, unless
 * pre-bound to this claim, phase Available, labels matching the claim's
 * selector, and the same StorageClass name.
 * @example judgeVolume(claim2Gi, pv100Mi).failures // [{ criterion: 'capacity', wanted: '2Gi', actual: '100Mi' }]
 */
export function judgeVolume(claim: V1PersistentVolumeClaim, volume: V1PersistentVolume): VolumeCandidate {
  const failures: MatchFailure[] = [];
  const spec = volume.spec;
  const wantedModes = claim.spec?.accessModes ?? [];
  const has = new Set(spec?.accessModes ?? []);
  if (!wantedModes.every((m) => has.has(m))) {
    failures.push({ criterion: 'access-modes', wanted: accessModesString(wantedModes), actual: accessModesString(spec?.accessModes) });
  }
  const ref = spec?.claimRef;
  const preBound = isVolumeBoundToClaim(volume, claim);
  if (ref && !preBound) failures.push({ criterion: 'claimed-by-other', wanted: 'unclaimed', actual: `${ref.namespace ?? ''}/${ref.name ?? ''}` });

  const capacity = parseQuantity(spec?.capacity?.storage ?? '') ?? ZERO_QUANTITY;
  if (compareQuantities(capacity, requestedStorage(claim)) < 0) {
    failures.push({ criterion: 'capacity', wanted: claim.spec?.resources?.requests?.storage ?? '0', actual: spec?.capacity?.storage ?? '0' });
  }
  const wantedMode = effectiveVolumeMode(claim.spec?.volumeMode);
  const actualMode = effectiveVolumeMode(spec?.volumeMode);
  if (wantedMode !== actualMode) failures.push({ criterion: 'volume-mode', wanted: wantedMode, actual: actualMode });
  const wantedVac = claim.spec?.volumeAttributesClassName ?? '';
  const actualVac = spec?.volumeAttributesClassName ?? '';
  if (wantedVac !== actualVac) failures.push({ criterion: 'attributes-class', wanted: wantedVac, actual: actualVac });
  if (toTimestampMs(volume.metadata?.deletionTimestamp) !== undefined) failures.push({ criterion: 'terminating', wanted: 'not deleted', actual: 'Terminating' });

  if (!preBound) {
    const phase = volume.status?.phase ?? '';
    if (phase !== 'Available') failures.push({ criterion: 'phase', wanted: 'Available', actual: phase });
    if (claim.spec?.selector) {
      const parsed = parseLabelSelector(claim.spec.selector);
      if (!parsedSelectorMatches(parsed, volume.metadata?.labels)) {
        const labels = Object.entries(volume.metadata?.labels ?? {}).map(([k, v]) => `${k}=${v}`);
        failures.push({ criterion: 'selector', wanted: selectorString(parsed), actual: labels.length ? labels.join(',') : '<none>' });
      }
    }
    const wantedClass = claimClassName(claim);
    const actualClass = volumeClassName(volume);
    if (wantedClass !== actualClass) failures.push({ criterion: 'class', wanted: wantedClass, actual: actualClass });
  }

  return {
    name: volume.metadata?.name ?? '',
    capacity: spec?.capacity?.storage ?? '0',
    accessModes: accessModesString(spec?.accessModes),
    storageClass: volumeClassName(volume),
    phase: volume.status?.phase ?? '',
    claimRef: ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : null,
    preBound,
    failures,
    matches: failures.length === 0,
  };
}

/**
 * The volumes worth showing for a claim: those in its class (or pre-bound to
 * it), plus, with `otherClasses`, volumes of another class that fail on the
 * class alone (worth it where only a static PV can bind the claim). Matches
 * first (the one the controller would bind first: pre-bound, else the
 * smallest, as FindMatchingVolume prefers), then by fewest failures, then name.
 * @example volumeCandidates(claim, volumes, true).map((c) => [c.name, c.failures.map((f) => f.criterion)])
 *   // [['hi-pv-static', ['claimed-by-other', 'capacity']], ['hi-pv-otherclass', ['selector', 'class']], …]
 */
export function volumeCandidates(claim: V1PersistentVolumeClaim, volumes: readonly V1PersistentVolume[], otherClasses = true): VolumeCandidate[] {
  const wantedClass = claimClassName(claim);
  const judged = volumes.map((v) => ({ v, c: judgeVolume(claim, v) }));
  const onlyClass = (c: VolumeCandidate) => otherClasses && c.failures.length === 1 && c.failures[0]?.criterion === 'class';
  const shown = judged.filter(({ c }) => c.preBound || c.storageClass === wantedClass || onlyClass(c));
  const size = (v: V1PersistentVolume) => parseQuantity(v.spec?.capacity?.storage ?? '') ?? ZERO_QUANTITY;
  shown.sort((a, b) => {
    if (a.c.matches !== b.c.matches) return a.c.matches ? -1 : 1;
    if (a.c.matches && a.c.preBound !== b.c.preBound) return a.c.preBound ? -1 : 1;
    if (a.c.matches) {
      const bySize = compareQuantities(size(a.v), size(b.v));
      if (bySize !== 0) return bySize;
    }
    if (a.c.failures.length !== b.c.failures.length) return a.c.failures.length - b.c.failures.length;
    return a.c.name < b.c.name ? -1 : a.c.name > b.c.name ? 1 : 0;
  });
  return shown.map(({ c }) => c);
}
