/**
 * A PersistentVolume explained: where it is in its life (Pending → Available
 * → Bound → Released, or Failed), what its reclaim policy does with the data
 * when its claim goes, the claim it points at, the nodes it is pinned to, and
 * what backs it.
 *
 * Reclaiming (pkg/controller/volume/persistentvolume/pv_controller.go
 * syncVolume and reclaimVolume, v1.36.3; docs: concepts/storage/persistent-volumes#reclaiming):
 * once the claim is deleted the volume is Released. Retain keeps it Released,
 * data and claimRef included, so no other claim can bind it until an
 * administrator deletes the PV or clears spec.claimRef. Delete removes the PV
 * and, through its plugin or CSI driver, the storage itself; a failure leaves
 * it Failed (VolumeFailedDelete). Recycle (deprecated, nfs and hostPath only)
 * scrubs the data and makes it Available again.
 */
import type { V1Node, V1PersistentVolume, V1PersistentVolumeClaim, V1StorageClass } from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import { lastOf, withReason, type PodEvent } from '../pod-events';
import type { Diagnosis } from '../types';
import { parseNodeSelectorRequirements, requirementString } from '../workloads/label-selector';
import type { LifecycleStep } from './pvc';
import { effectiveVolumeMode, parsedSelectorMatches, PROVISIONED_BY_ANNOTATION, storageCell, volumeClassName } from './shared';
import { accessModeViews, volumeSource, type AccessModeView, type VolumeSourceView } from './volume-source';

export type VolumePhase = 'Pending' | 'Available' | 'Bound' | 'Released' | 'Failed';

/** What the reclaim policy does with the storage once the claim is deleted. */
export type ReclaimConsequence = 'delete-storage' | 'keep-released' | 'recycle' | 'unknown';

export interface ClaimRefView {
  namespace: string;
  name: string;
  uid: string | null;
  /** The claim exists (same namespace and name). */
  claimExists: boolean;
  /** The existing claim is the one bound (its uid matches the claimRef's, when the claimRef has one). */
  sameClaim: boolean;
  /** Set by the controller (pv.kubernetes.io/bound-by-controller), not pre-bound by a user. */
  boundByController: boolean;
}

/** One nodeSelectorTerm of the volume's required node affinity, with the nodes it admits. */
export interface NodeAffinityTermView {
  requirements: string[];
  nodes: string[];
}

export interface VolumeExplanation {
  name: string;
  phase: VolumePhase | 'Unknown';
  terminating: boolean;
  finalizers: string[];
  lifecycle: LifecycleStep<VolumePhase>[];
  capacity: string;
  accessModes: AccessModeView[];
  volumeMode: string;
  storageClass: { name: string; exists: boolean | null };
  reclaim: { policy: string; consequence: ReclaimConsequence; deprecated: boolean };
  /** Created by a provisioner (pv.kubernetes.io/provisioned-by), else static. */
  provisionedBy: string | null;
  claimRef: ClaimRefView | null;
  /** Required node affinity: terms ORed; null when the volume is not pinned. */
  nodeAffinity: { terms: NodeAffinityTermView[]; nodes: string[] } | null;
  source: VolumeSourceView;
  mountOptions: string[];
  /** status.reason and status.message, plus the controller's last failure event. */
  failure: { reason: string | null; message: string | null; event: string | null } | null;
  diagnoses: Diagnosis[];
}

export interface VolumeInput {
  volume: V1PersistentVolume;
  /** The claims the claimRef may name (all namespaces, or at least its namespace). */
  claims: readonly V1PersistentVolumeClaim[];
  classes: readonly V1StorageClass[];
  nodes: readonly V1Node[];
  /** Normalised events about this volume (cluster-scoped objects' events live in the default namespace). */
  events: readonly PodEvent[];
}

const PHASES: readonly VolumePhase[] = ['Pending', 'Available', 'Bound', 'Released', 'Failed'];

const CONSEQUENCES: Readonly<Record<string, ReclaimConsequence>> = {
  Delete: 'delete-storage',
  Retain: 'keep-released',
  Recycle: 'recycle',
};

/**
 * Explains one PersistentVolume.
 * @example explainPersistentVolume({ volume, claims, classes, nodes, events }).reclaim
 *   // { policy: 'Retain', consequence: 'keep-released', deprecated: false }
 */
export function explainPersistentVolume(input: VolumeInput): VolumeExplanation {
  const { volume } = input;
  const name = volume.metadata?.name ?? '';
  const rawPhase = volume.status?.phase ?? '';
  const phase = (PHASES as readonly string[]).includes(rawPhase) ? (rawPhase as VolumePhase) : 'Unknown';
  const events = input.events.filter((e) => e.involvedKind === 'PersistentVolume' && e.involvedName === name);
  const className = volumeClassName(volume);
  const policy = volume.spec?.persistentVolumeReclaimPolicy ?? '';
  const failedEvent = lastOf([...withReason(events, 'VolumeFailedDelete'), ...withReason(events, 'VolumeFailedRecycle')]);
  const x: VolumeExplanation = {
    name,
    phase,
    terminating: toTimestampMs(volume.metadata?.deletionTimestamp) !== undefined,
    finalizers: [...(volume.metadata?.finalizers ?? [])],
    lifecycle: PHASES.map((p) => ({ phase: p, current: p === phase })),
    capacity: storageCell(volume.spec?.capacity),
    accessModes: accessModeViews(volume.spec?.accessModes),
    volumeMode: effectiveVolumeMode(volume.spec?.volumeMode),
    storageClass: { name: className, exists: className === '' ? null : input.classes.some((c) => c.metadata?.name === className) },
    reclaim: { policy, consequence: CONSEQUENCES[policy] ?? 'unknown', deprecated: policy === 'Recycle' },
    provisionedBy: volume.metadata?.annotations?.[PROVISIONED_BY_ANNOTATION] ?? null,
    claimRef: claimRefView(volume, input.claims),
    nodeAffinity: nodeAffinityView(volume, input.nodes),
    source: volumeSource(volume),
    mountOptions: [...(volume.spec?.mountOptions ?? [])],
    failure:
      phase === 'Failed' || failedEvent
        ? { reason: volume.status?.reason || null, message: volume.status?.message || null, event: failedEvent?.message ?? null }
        : null,
    diagnoses: [],
  };
  x.diagnoses = volumeDiagnoses(x, events);
  return x;
}

function claimRefView(volume: V1PersistentVolume, claims: readonly V1PersistentVolumeClaim[]): ClaimRefView | null {
  const ref = volume.spec?.claimRef;
  if (!ref) return null;
  const claim = claims.find((c) => c.metadata?.namespace === ref.namespace && c.metadata?.name === ref.name);
  return {
    namespace: ref.namespace ?? '',
    name: ref.name ?? '',
    uid: ref.uid ?? null,
    claimExists: claim !== undefined,
    sameClaim: claim !== undefined && (!ref.uid || claim.metadata?.uid === ref.uid),
    boundByController: volume.metadata?.annotations?.['pv.kubernetes.io/bound-by-controller'] !== undefined,
  };
}

/**
 * The nodes each required term admits, matched as the scheduler's
 * CheckNodeAffinity does (component-helpers MatchNodeSelectorTerms:
 * matchExpressions against labels; matchFields only supports metadata.name).
 */
function nodeAffinityView(volume: V1PersistentVolume, nodes: readonly V1Node[]): VolumeExplanation['nodeAffinity'] {
  const terms = volume.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms) return null;
  const views = terms.map((term): NodeAffinityTermView => {
    const byLabel = parseNodeSelectorRequirements(term.matchExpressions ?? []);
    const byField = parseNodeSelectorRequirements(term.matchFields ?? []);
    const requirements = [byLabel, byField].flatMap((p) => (p.kind === 'requirements' ? p.requirements.map(requirementString) : []));
    const admitted = nodes.filter((node) => {
      // An empty term matches nothing; each part present must hold.
      if (!term.matchExpressions?.length && !term.matchFields?.length) return false;
      if (term.matchExpressions?.length && !parsedSelectorMatches(byLabel, node.metadata?.labels)) return false;
      if (term.matchFields?.length && !parsedSelectorMatches(byField, { 'metadata.name': node.metadata?.name ?? '' })) return false;
      return true;
    });
    return { requirements, nodes: admitted.map((n) => n.metadata?.name ?? '') };
  });
  return { terms: views, nodes: [...new Set(views.flatMap((t) => t.nodes))] };
}

function volumeDiagnoses(x: VolumeExplanation, events: readonly PodEvent[]): Diagnosis[] {
  const out: Diagnosis[] = [];
  const claim = x.claimRef ? `${x.claimRef.namespace}/${x.claimRef.name}` : '';
  if (x.phase === 'Released' && x.reclaim.policy === 'Retain') {
    out.push({
      id: 'pv-released-retained',
      severity: 'warning',
      conceptIds: ['reclaim-policy', 'persistent-volume', 'pvc'],
      params: { volume: x.name, claim, claimExists: x.claimRef?.claimExists ? 'yes' : 'no' },
      evidence: ['status.phase', 'spec.persistentVolumeReclaimPolicy', 'spec.claimRef'],
    });
  }
  if (x.phase === 'Failed') {
    const evidence = ['status.phase'];
    if (x.failure?.message) evidence.push('status.message');
    for (const reason of ['VolumeFailedDelete', 'VolumeFailedRecycle']) if (withReason(events, reason).length) evidence.push(`events[reason=${reason}].message`);
    out.push({
      id: 'pv-failed',
      severity: 'critical',
      conceptIds: ['reclaim-policy', 'persistent-volume'],
      params: { volume: x.name, policy: x.reclaim.policy, claim, message: x.failure?.event ?? x.failure?.message ?? '' },
      evidence,
    });
  }
  return out;
}
