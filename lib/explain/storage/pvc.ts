/**
 * A PersistentVolumeClaim explained: where it is in its life (Pending →
 * Bound, or Lost), why it is still Pending, what it is bound to, what its
 * access modes allow, how an expansion is going, and which pods mount it.
 *
 * The Pending causes follow the PV controller's own decision tree,
 * pkg/controller/volume/persistentvolume/pv_controller.go syncUnboundClaim
 * (v1.36.3): a claim naming a volume waits for that volume; otherwise the
 * controller looks for a matching PV, then, finding none, assigns the default
 * class to an unset claim, waits for a pod (WaitForFirstConsumer without a
 * selected node), hands a named class to its provisioner, or reports
 * "no storage class is set". Events carry the exact words: FailedBinding,
 * ProvisioningFailed, ExternalProvisioning, WaitForFirstConsumer,
 * WaitForPodScheduled, VolumeMismatch, ClaimLost, ExternalExpanding.
 */
import type { V1PersistentVolume, V1PersistentVolumeClaim, V1Pod, V1StorageClass } from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import { compareQuantities, parseQuantity, ZERO_QUANTITY } from '../quantity';
import { lastOf, withReason, type PodEvent } from '../pod-events';
import { parseSchedulingMessage } from '../scheduling-message';
import type { Diagnosis } from '../types';
import { formatLabelSelector } from '../workloads/label-selector';
import {
  claimClassName,
  claimClassState,
  defaultStorageClass,
  effectiveVolumeMode,
  isDefaultClass,
  NO_PROVISIONER,
  SELECTED_NODE_ANNOTATION,
} from './shared';
import { isVolumeBoundToClaim, judgeVolume, requestedStorage, volumeCandidates, type MatchFailure, type VolumeCandidate } from './volume-matching';
import { accessModeViews, volumeSource, type AccessModeView, type VolumeSourceView } from './volume-source';

/** A waiting provisioner counts as not responding after this long: a running one creates a volume within seconds. */
export const PROVISIONER_PATIENCE_SECONDS = 60;

export type ClaimPhase = 'Pending' | 'Bound' | 'Lost';

/** One box of the lifecycle diagram; `current` is "you are here". */
export interface LifecycleStep<P extends string> {
  phase: P;
  current: boolean;
}

/** Why a claim is Pending, as the PV controller decides it. */
export type PendingCause =
  /** No class named, none marked default: only a PV without a class could bind it. */
  | { kind: 'no-class-no-default' }
  /** No class named but a default exists now: the controller will assign it (retroactive default class). */
  | { kind: 'default-class-will-be-assigned'; defaultClass: string }
  /** `storageClassName: ""`: never provisioned, only a PV without a class binds it. */
  | { kind: 'no-class-requested' }
  | { kind: 'class-not-found'; className: string; message: string | null }
  /** WaitForFirstConsumer and no pod has been scheduled with it yet; `pods` are the pods waiting to be scheduled. */
  | { kind: 'wait-for-first-consumer'; className: string; pods: string[]; message: string | null }
  /** The class cannot provision (kubernetes.io/no-provisioner): only a matching static PV will do. */
  | { kind: 'no-matching-volume'; className: string; message: string | null }
  /** Handed to an external provisioner that has not created a volume; `stalled` after PROVISIONER_PATIENCE_SECONDS. */
  | { kind: 'waiting-for-provisioner'; className: string; provisioner: string; waitingSeconds: number | null; stalled: boolean; message: string | null }
  | { kind: 'provisioning-failed'; className: string; provisioner: string | null; message: string }
  /** spec.volumeName names a PV that does not exist, is bound elsewhere, or does not satisfy the claim. */
  | { kind: 'requested-volume'; volumeName: string; problem: 'missing' | 'claimed-by-other' | 'mismatch' | 'binding'; failures: MatchFailure[]; message: string | null }
  | { kind: 'unknown' };

export interface PendingExplanation {
  cause: PendingCause;
  /** Static PVs judged against the claim (empty when the claim names its volume). */
  candidates: VolumeCandidate[];
  evidence: string[];
}

/** The claim's class, as named and as found. */
export interface ClaimClassView {
  state: 'unset' | 'none' | 'named';
  name: string;
  exists: boolean | null;
  provisioner: string | null;
  volumeBindingMode: string | null;
  allowVolumeExpansion: boolean | null;
  reclaimPolicy: string | null;
  isDefault: boolean;
  /** The class the cluster treats as default (newest marked), or null. */
  clusterDefault: string | null;
}

/** The PV the claim is bound to. */
export interface BoundVolumeView {
  name: string;
  exists: boolean;
  capacity: string | null;
  accessModes: AccessModeView[];
  reclaimPolicy: string | null;
  phase: string | null;
  source: VolumeSourceView | null;
  /** A local or node-pinned volume: the node names its nodeAffinity allows, else null. */
  nodeAffinity: string | null;
}

export type ExpansionState = 'none' | 'not-allowed' | 'requested' | 'waiting-external' | 'in-progress' | 'file-system-resize-pending' | 'infeasible';

export interface ExpansionView {
  state: ExpansionState;
  requested: string | null;
  capacity: string | null;
  /** status.allocatedResources.storage: what the resizer is working towards. */
  allocated: string | null;
  /** status.allocatedResourceStatuses.storage, e.g. ControllerResizeInProgress, NodeResizePending. */
  resizeStatus: string | null;
  /** StorageClass allowVolumeExpansion; null when the class is unknown. */
  allowed: boolean | null;
  conditions: { type: string; status: string; message: string | null }[];
  evidence: string[];
}

/** A pod that mounts the claim, and whether the claim is what holds it back. */
export interface ClaimPodView {
  name: string;
  phase: string;
  nodeName: string | null;
  volume: string;
  path: string;
  readOnly: boolean;
  /** Why the pod is stuck because of storage: not schedulable for a volume reason, or a failed mount; null when not. */
  blocked: { reason: 'scheduling' | 'mount'; message: string; evidence: string[] } | null;
}

export interface ClaimExplanation {
  name: string;
  namespace: string;
  phase: ClaimPhase | 'Unknown';
  terminating: boolean;
  finalizers: string[];
  lifecycle: LifecycleStep<ClaimPhase>[];
  storageClass: ClaimClassView;
  request: {
    storage: string | null;
    accessModes: AccessModeView[];
    volumeMode: string;
    /** The label selector formatted as kubectl prints it, null when the claim has none. */
    selector: string | null;
    volumeName: string | null;
  };
  bound: BoundVolumeView | null;
  pending: PendingExplanation | null;
  expansion: ExpansionView;
  pods: ClaimPodView[];
  /** Mounts that break the access mode: RWOP used by more than one pod, RWO used on more than one node. */
  accessConflict: { mode: 'ReadWriteOnce' | 'ReadWriteOncePod'; pods: string[]; nodes: string[] } | null;
  diagnoses: Diagnosis[];
}

export interface ClaimInput {
  claim: V1PersistentVolumeClaim;
  /** Every PersistentVolume (cluster-scoped). */
  volumes: readonly V1PersistentVolume[];
  classes: readonly V1StorageClass[];
  /** The pods of the claim's namespace. */
  pods: readonly V1Pod[];
  /** Normalised events of the namespace (any involved object); filtered here. */
  events: readonly PodEvent[];
  now: Date;
}

const PHASES: readonly ClaimPhase[] = ['Pending', 'Bound', 'Lost'];

/**
 * Explains one claim.
 * @example explainPersistentVolumeClaim({ claim, volumes, classes, pods, events, now }).pending?.cause
 *   // { kind: 'waiting-for-provisioner', provisioner: 'example.com/hi-missing', waitingSeconds: 161, stalled: true, … }
 */
export function explainPersistentVolumeClaim(input: ClaimInput): ClaimExplanation {
  const { claim, volumes, classes } = input;
  const name = claim.metadata?.name ?? '';
  const namespace = claim.metadata?.namespace ?? '';
  const rawPhase = claim.status?.phase ?? '';
  const phase = (PHASES as readonly string[]).includes(rawPhase) ? (rawPhase as ClaimPhase) : 'Unknown';
  const events = input.events.filter((e) => e.involvedKind === 'PersistentVolumeClaim' && e.involvedName === name && (!e.involvedUid || !claim.metadata?.uid || e.involvedUid === claim.metadata.uid));
  const className = claimClassName(claim);
  const storageClass = classes.find((c) => c.metadata?.name === className);
  const clusterDefault = defaultStorageClass(classes);
  const classView: ClaimClassView = {
    state: claimClassState(claim),
    name: className,
    exists: className === '' ? null : storageClass !== undefined,
    provisioner: storageClass?.provisioner ?? null,
    volumeBindingMode: storageClass ? (storageClass.volumeBindingMode ?? 'Immediate') : null,
    allowVolumeExpansion: storageClass ? (storageClass.allowVolumeExpansion ?? false) : null,
    reclaimPolicy: storageClass ? (storageClass.reclaimPolicy ?? 'Delete') : null,
    isDefault: storageClass ? isDefaultClass(storageClass.metadata) : false,
    clusterDefault: clusterDefault?.metadata?.name ?? null,
  };
  const volumeName = claim.spec?.volumeName || null;
  const volume = volumeName ? volumes.find((v) => v.metadata?.name === volumeName) : undefined;
  const pods = claimPods(claim, input.pods, input.events);
  const pending = phase === 'Pending' ? explainPending(input, events, storageClass, clusterDefault, pods) : null;
  const expansion = explainExpansion(claim, storageClass, events);

  const explanation: ClaimExplanation = {
    name,
    namespace,
    phase,
    terminating: toTimestampMs(claim.metadata?.deletionTimestamp) !== undefined,
    finalizers: [...(claim.metadata?.finalizers ?? [])],
    lifecycle: PHASES.map((p) => ({ phase: p, current: p === phase })),
    storageClass: classView,
    request: {
      storage: claim.spec?.resources?.requests?.storage ?? null,
      accessModes: accessModeViews(claim.spec?.accessModes),
      volumeMode: effectiveVolumeMode(claim.spec?.volumeMode),
      selector: claim.spec?.selector ? formatLabelSelector(claim.spec.selector) : null,
      volumeName,
    },
    bound: phase === 'Bound' || phase === 'Lost' ? boundView(claim, volumeName, volume) : null,
    pending,
    expansion,
    pods,
    accessConflict: accessConflict(claim, pods),
    diagnoses: [],
  };
  explanation.diagnoses = claimDiagnoses(explanation, events);
  return explanation;
}

function boundView(claim: V1PersistentVolumeClaim, volumeName: string | null, volume: V1PersistentVolume | undefined): BoundVolumeView | null {
  if (!volumeName) return null;
  const terms = volume?.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? [];
  const hostnames = terms.flatMap((t) => (t.matchExpressions ?? []).filter((e) => e.key === 'kubernetes.io/hostname' && e.operator === 'In').flatMap((e) => e.values ?? []));
  return {
    name: volumeName,
    exists: volume !== undefined,
    capacity: claim.status?.capacity?.storage ?? null,
    accessModes: accessModeViews(claim.status?.accessModes),
    reclaimPolicy: volume?.spec?.persistentVolumeReclaimPolicy ?? null,
    phase: volume?.status?.phase ?? null,
    source: volume ? volumeSource(volume) : null,
    nodeAffinity: hostnames.length ? hostnames.join(',') : terms.length ? 'custom' : null,
  };
}

function explainPending(
  input: ClaimInput,
  events: readonly PodEvent[],
  storageClass: V1StorageClass | undefined,
  clusterDefault: V1StorageClass | null,
  pods: readonly ClaimPodView[],
): PendingExplanation {
  const { claim, volumes, now } = input;
  const message = (reason: string) => lastOf(withReason(events, reason))?.message ?? null;
  const evidence = (reasons: string[], fields: string[]) => [...fields, ...reasons.filter((r) => withReason(events, r).length > 0).map((r) => `events[reason=${r}].message`)];
  const volumeName = claim.spec?.volumeName;

  if (volumeName) {
    const volume = volumes.find((v) => v.metadata?.name === volumeName);
    let problem: 'missing' | 'claimed-by-other' | 'mismatch' | 'binding';
    let failures: MatchFailure[] = [];
    if (!volume) problem = 'missing';
    else if (volume.spec?.claimRef && !isVolumeBoundToClaim(volume, claim)) problem = 'claimed-by-other';
    else {
      // checkVolumeSatisfyClaim: capacity, class, attributes class, volume mode, access modes, deletion.
      const checked = new Set(['capacity', 'class', 'attributes-class', 'volume-mode', 'access-modes', 'terminating']);
      failures = judgeVolume(claim, volume).failures.filter((f) => checked.has(f.criterion));
      problem = failures.length ? 'mismatch' : 'binding';
    }
    const reason = problem === 'mismatch' ? 'VolumeMismatch' : 'FailedBinding';
    return {
      cause: { kind: 'requested-volume', volumeName, problem, failures, message: message(reason) },
      candidates: [],
      evidence: evidence([reason], ['spec.volumeName']),
    };
  }

  const className = claimClassName(claim);
  const state = claimClassState(claim);
  // Only a static PV can bind a claim without a usable class; then a PV that is off by its class alone is a real hint.
  const staticOnly = state !== 'named' || !storageClass || storageClass.provisioner === NO_PROVISIONER;
  const candidates = volumeCandidates(claim, volumes, staticOnly);
  if (state === 'unset') {
    if (clusterDefault) {
      return { cause: { kind: 'default-class-will-be-assigned', defaultClass: clusterDefault.metadata?.name ?? '' }, candidates, evidence: ['spec.storageClassName'] };
    }
    return { cause: { kind: 'no-class-no-default' }, candidates, evidence: evidence(['FailedBinding'], ['spec.storageClassName']) };
  }
  if (state === 'none') return { cause: { kind: 'no-class-requested' }, candidates, evidence: evidence(['FailedBinding'], ['spec.storageClassName']) };

  if (!storageClass) {
    return { cause: { kind: 'class-not-found', className, message: message('ProvisioningFailed') }, candidates, evidence: evidence(['ProvisioningFailed'], ['spec.storageClassName']) };
  }
  const delayed = storageClass.volumeBindingMode === 'WaitForFirstConsumer';
  const selectedNode = claim.metadata?.annotations?.[SELECTED_NODE_ANNOTATION];
  if (delayed && !selectedNode) {
    const waiting = pods.filter((p) => p.nodeName === null).map((p) => p.name);
    const reason = withReason(events, 'WaitForPodScheduled').length ? 'WaitForPodScheduled' : 'WaitForFirstConsumer';
    return {
      cause: { kind: 'wait-for-first-consumer', className, pods: waiting, message: message(reason) },
      candidates,
      evidence: evidence([reason], ['spec.storageClassName']),
    };
  }
  const provisioner = storageClass.provisioner;
  if (provisioner === NO_PROVISIONER) {
    return {
      cause: { kind: 'no-matching-volume', className, message: message('ProvisioningFailed') },
      candidates,
      evidence: evidence(['ProvisioningFailed'], ['spec.storageClassName']),
    };
  }
  const failed = lastOf(withReason(events, 'ProvisioningFailed'));
  const external = withReason(events, 'ExternalProvisioning');
  // A failure newer than the last "waiting" line is the provisioner's own answer.
  if (failed && (external.length === 0 || (toTimestampMs(failed.lastAt) ?? 0) >= (toTimestampMs(lastOf(external)?.lastAt) ?? 0))) {
    return {
      cause: { kind: 'provisioning-failed', className, provisioner, message: failed.message },
      candidates,
      evidence: evidence(['ProvisioningFailed'], ['spec.storageClassName']),
    };
  }
  const since = toTimestampMs(external[0]?.firstAt) ?? toTimestampMs(claim.metadata?.creationTimestamp);
  const waitingSeconds = since === undefined ? null : Math.max(0, Math.trunc((now.getTime() - since) / 1000));
  return {
    cause: {
      kind: 'waiting-for-provisioner',
      className,
      provisioner,
      waitingSeconds,
      stalled: waitingSeconds !== null && waitingSeconds >= PROVISIONER_PATIENCE_SECONDS,
      message: message('ExternalProvisioning'),
    },
    candidates,
    evidence: evidence(['ExternalProvisioning'], ['spec.storageClassName', "metadata.annotations['volume.kubernetes.io/storage-provisioner']"]),
  };
}

function explainExpansion(claim: V1PersistentVolumeClaim, storageClass: V1StorageClass | undefined, events: readonly PodEvent[]): ExpansionView {
  const requested = claim.spec?.resources?.requests?.storage ?? null;
  const capacity = claim.status?.capacity?.storage ?? null;
  const allocated = claim.status?.allocatedResources?.storage ?? null;
  const resizeStatus = claim.status?.allocatedResourceStatuses?.storage ?? null;
  const conditions = (claim.status?.conditions ?? []).map((c) => ({ type: c.type, status: c.status, message: c.message ?? null }));
  const allowed = storageClass ? (storageClass.allowVolumeExpansion ?? false) : null;
  const evidence: string[] = [];
  const larger = capacity !== null && compareQuantities(requestedStorage(claim), parseQuantity(capacity) ?? ZERO_QUANTITY) > 0;
  const conditionIndex = (type: string) => (claim.status?.conditions ?? []).findIndex((c) => c.type === type && c.status === 'True');
  let state: ExpansionState = 'none';
  if (larger) {
    evidence.push('spec.resources.requests.storage', 'status.capacity.storage');
    const fsPending = conditionIndex('FileSystemResizePending');
    const resizing = conditionIndex('Resizing');
    if (resizeStatus?.endsWith('Infeasible')) state = 'infeasible';
    else if (fsPending >= 0 || resizeStatus === 'NodeResizePending' || resizeStatus === 'NodeResizeInProgress') state = 'file-system-resize-pending';
    else if (resizing >= 0 || resizeStatus === 'ControllerResizeInProgress') state = 'in-progress';
    else if (withReason(events, 'ExternalExpanding').length) state = 'waiting-external';
    else if (allowed === false) state = 'not-allowed';
    else state = 'requested';
    if (resizeStatus) evidence.push("status.allocatedResourceStatuses['storage']");
    for (const i of [fsPending, resizing]) if (i >= 0) evidence.push(`status.conditions[${i}].type`);
    if (state === 'waiting-external') evidence.push('events[reason=ExternalExpanding].message');
  }
  return { state, requested, capacity, allocated, resizeStatus, allowed, conditions, evidence };
}

/** The pods mounting the claim: by claimName, or a generic ephemeral volume's claim (<pod>-<volume>). */
function claimPods(claim: V1PersistentVolumeClaim, pods: readonly V1Pod[], events: readonly PodEvent[]): ClaimPodView[] {
  const name = claim.metadata?.name ?? '';
  const out: ClaimPodView[] = [];
  // Pod events by pod name, grouped on first need, so each mounting pod does not scan every event.
  let podEvents: Map<string | null, PodEvent[]> | undefined;
  const eventsOf = (podName: string): PodEvent[] => {
    if (!podEvents) {
      podEvents = new Map();
      for (const e of events) {
        if (e.involvedKind !== 'Pod') continue;
        const list = podEvents.get(e.involvedName);
        if (list) list.push(e);
        else podEvents.set(e.involvedName, [e]);
      }
    }
    return podEvents.get(podName) ?? [];
  };
  for (const pod of pods) {
    if (pod.metadata?.namespace !== claim.metadata?.namespace) continue;
    const podName = pod.metadata?.name ?? '';
    (pod.spec?.volumes ?? []).forEach((v, i) => {
      const byName = v.persistentVolumeClaim?.claimName === name;
      const ephemeral = v.ephemeral !== undefined && `${podName}-${v.name}` === name;
      if (!byName && !ephemeral) return;
      out.push({
        name: podName,
        phase: pod.status?.phase ?? '',
        nodeName: pod.spec?.nodeName || null,
        volume: v.name,
        path: ephemeral ? `spec.volumes[${i}].ephemeral` : `spec.volumes[${i}].persistentVolumeClaim`,
        readOnly: v.persistentVolumeClaim?.readOnly ?? false,
        blocked: podBlocked(pod, v.name, eventsOf(podName)),
      });
    });
  }
  return out;
}

/** Scheduler reasons and mount events that mean storage holds the pod. */
function podBlocked(pod: V1Pod, volume: string, events: readonly PodEvent[]): ClaimPodView['blocked'] {
  const name = pod.metadata?.name ?? '';
  const mine = events.filter((e) => e.involvedKind === 'Pod' && e.involvedName === name && (!e.involvedUid || e.involvedUid === pod.metadata?.uid));
  if (!pod.spec?.nodeName) {
    const conditions = pod.status?.conditions ?? [];
    const index = conditions.findIndex((c) => c.type === 'PodScheduled' && c.status === 'False');
    const message = (index >= 0 ? conditions[index]?.message : undefined) || lastOf(withReason(mine, 'FailedScheduling'))?.message || '';
    const parsed = parseSchedulingMessage(message);
    if (parsed?.reasons.some((r) => r.category === 'volume')) {
      const evidence = index >= 0 ? [`status.conditions[${index}].message`] : [];
      if (withReason(mine, 'FailedScheduling').length) evidence.push('events[reason=FailedScheduling].message');
      return { reason: 'scheduling', message, evidence };
    }
    return null;
  }
  const mount = [...withReason(mine, 'FailedMount'), ...withReason(mine, 'FailedAttachVolume')].filter((e) => e.message.includes(`"${volume}"`));
  const last = lastOf(mount);
  if (last && pod.status?.phase === 'Pending') return { reason: 'mount', message: last.message, evidence: [`events[reason=${last.reason}].message`] };
  return null;
}

function accessConflict(claim: V1PersistentVolumeClaim, pods: readonly ClaimPodView[]): ClaimExplanation['accessConflict'] {
  const modes = claim.status?.accessModes?.length ? claim.status.accessModes : (claim.spec?.accessModes ?? []);
  const live = pods.filter((p) => p.phase !== 'Succeeded' && p.phase !== 'Failed');
  const podNames = [...new Set(live.map((p) => p.name))];
  const nodes = [...new Set(live.map((p) => p.nodeName).filter((n): n is string => n !== null))];
  if (modes.length === 1 && modes[0] === 'ReadWriteOncePod' && podNames.length > 1) return { mode: 'ReadWriteOncePod', pods: podNames, nodes };
  // RWO alone: any node may mount it, one at a time. With ROX/RWX alongside, many nodes are allowed.
  if (modes.length === 1 && modes[0] === 'ReadWriteOnce' && nodes.length > 1) return { mode: 'ReadWriteOnce', pods: podNames, nodes };
  return null;
}

function claimDiagnoses(x: ClaimExplanation, events: readonly PodEvent[]): Diagnosis[] {
  const out: Diagnosis[] = [];
  const claim = { claim: x.name, namespace: x.namespace };
  if (x.phase === 'Lost') {
    const evidence = ['status.phase', 'spec.volumeName'];
    if (withReason(events, 'ClaimLost').length) evidence.push('events[reason=ClaimLost].message');
    out.push({ id: 'pvc-lost', severity: 'critical', conceptIds: ['pvc', 'persistent-volume'], params: { ...claim, volume: x.request.volumeName ?? '' }, evidence });
  }
  const pending = x.pending;
  if (!pending) return out;
  const cause = pending.cause;
  const evidence = pending.evidence;
  const candidates = pending.candidates.length;
  switch (cause.kind) {
    case 'no-class-no-default':
    case 'no-class-requested':
      out.push({
        id: 'pvc-pending-no-class',
        severity: 'warning',
        conceptIds: ['pvc', 'storage-class', 'dynamic-provisioning', 'persistent-volume'],
        params: { ...claim, classField: cause.kind === 'no-class-requested' ? 'empty' : 'unset', candidates },
        evidence,
      });
      break;
    case 'class-not-found':
      out.push({
        id: 'pvc-pending-class-not-found',
        severity: 'critical',
        conceptIds: ['storage-class', 'pvc', 'dynamic-provisioning'],
        params: { ...claim, className: cause.className, message: cause.message ?? '' },
        evidence,
      });
      break;
    case 'wait-for-first-consumer':
      out.push({
        id: 'pvc-waiting-for-first-consumer',
        severity: 'info',
        conceptIds: ['volume-binding-mode', 'storage-class', 'pvc', 'kube-scheduler'],
        params: { ...claim, className: cause.className, pods: cause.pods.join(','), waitingPods: cause.pods.length },
        evidence,
      });
      break;
    case 'no-matching-volume':
      out.push({
        id: 'pvc-pending-no-matching-volume',
        severity: 'warning',
        conceptIds: ['persistent-volume', 'pvc', 'access-modes', 'storage-class'],
        params: { ...claim, className: cause.className, candidates },
        evidence,
      });
      break;
    case 'waiting-for-provisioner':
      out.push({
        id: 'pvc-pending-provisioner',
        severity: cause.stalled ? 'warning' : 'info',
        conceptIds: ['dynamic-provisioning', 'csi', 'storage-class', 'pvc', 'kube-controller-manager'],
        params: { ...claim, className: cause.className, provisioner: cause.provisioner, waitingSeconds: cause.waitingSeconds ?? 0, stalled: cause.stalled ? 'yes' : 'no' },
        evidence,
      });
      break;
    case 'provisioning-failed':
      out.push({
        id: 'pvc-provisioning-failed',
        severity: 'critical',
        conceptIds: ['dynamic-provisioning', 'csi', 'storage-class', 'pvc'],
        params: { ...claim, className: cause.className, provisioner: cause.provisioner ?? '', message: cause.message },
        evidence,
      });
      break;
    case 'requested-volume':
      out.push({
        id: 'pvc-pending-requested-volume',
        severity: cause.problem === 'binding' ? 'info' : 'warning',
        conceptIds: ['pvc', 'persistent-volume'],
        params: {
          ...claim,
          volume: cause.volumeName,
          problem: cause.problem,
          failures: cause.failures.map((f) => f.criterion).join(','),
          message: cause.message ?? '',
        },
        evidence,
      });
      break;
    case 'default-class-will-be-assigned':
    case 'unknown':
      break;
  }
  return out;
}
