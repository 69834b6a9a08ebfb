/**
 * A StatefulSet as data: one row per ordinal with its stable pod name, DNS
 * name and claims, where OrderedReady start-up is blocked, and how the update
 * strategy and partition split old and new revisions. Rules from kubernetes
 * pkg/controller/statefulset: stateful_set_utils.go (getPodName
 * `<set>-<ordinal>`, getPersistentVolumeClaimName `<claim>-<set>-<ordinal>`,
 * isRunningAndReady, isRunningAndAvailable, isCreated), and
 * stateful_set_control.go (processReplica: with OrderedReady — "monotonic" —
 * the controller stops at the first ordinal that is not created, terminating,
 * not Running and Ready, or not available for minReadySeconds; Parallel does
 * not wait). DNS names follow the docs' stable network identity:
 * `<pod>.<serviceName>.<namespace>.svc.<cluster domain>`, where the cluster
 * domain is assumed to be the default cluster.local.
 */
import type { V1PersistentVolumeClaim, V1Pod, V1Service, V1StatefulSet } from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import { DEFAULT_CLUSTER_DOMAIN } from '../service-discovery';
import { isControlledBy, isPodAvailable, isPodReady, workloadPod, type WorkloadPod } from './shared';

const REVISION_LABEL = 'controller-revision-hash';

export interface StatefulSetInput {
  statefulSet: V1StatefulSet;
  /** Pods of the namespace. */
  pods: readonly V1Pod[];
  /** PersistentVolumeClaims of the namespace, to show each expected claim's phase. */
  pvcs?: readonly V1PersistentVolumeClaim[];
  /** Services of the namespace, to check the governing Service exists and is headless. */
  services?: readonly V1Service[];
  now: Date;
}

/** Where one ordinal stands, in the order OrderedReady checks it. */
export type OrdinalState = 'missing' | 'terminating' | 'finished' | 'pending' | 'not-ready' | 'not-available' | 'available';

export interface StatefulSetOrdinal {
  ordinal: number;
  podName: string;
  /** `<pod>.<serviceName>.<namespace>.svc.cluster.local`, null without spec.serviceName. */
  dnsName: string | null;
  pod: WorkloadPod | null;
  state: OrdinalState;
  /** The pod's controller-revision-hash. */
  revision: string | null;
  /** On status.updateRevision; null when there is no pod. */
  updated: boolean | null;
  /** RollingUpdate leaves ordinals below the partition on the old revision. */
  belowPartition: boolean;
  /** OrderedReady stops here: this ordinal holds back every later one. */
  blocking: boolean;
  claims: { template: string; name: string; phase: string | null }[];
}

export interface StatefulSetExplanation {
  name: string;
  namespace: string;
  uid: string | null;
  serviceName: string | null;
  /** The governing Service as found among the Services given; null when none were given. */
  service: { exists: boolean; headless: boolean } | null;
  podManagementPolicy: 'OrderedReady' | 'Parallel';
  replicas: number;
  startOrdinal: number;
  minReadySeconds: number;
  updateStrategy: {
    type: 'RollingUpdate' | 'OnDelete';
    partition: number;
    /** As written; only honoured with the MaxUnavailableStatefulSet feature gate, which is off by default in 1.36. */
    maxUnavailable: number | string | null;
  };
  status: {
    replicas: number;
    readyReplicas: number;
    availableReplicas: number;
    currentReplicas: number;
    updatedReplicas: number;
    currentRevision: string | null;
    updateRevision: string | null;
  };
  /** currentRevision ≠ updateRevision: some pods still run the old template. */
  updating: boolean;
  observed: boolean;
  ordinals: StatefulSetOrdinal[];
  /** OrderedReady only: the first ordinal that keeps the others from being created or updated. */
  blockedAt: { ordinal: number; podName: string; state: OrdinalState } | null;
  /** Pods it owns outside the ordinal range (being removed after a scale-down, highest first). */
  condemned: string[];
  volumeClaimTemplates: { name: string; storageClassName: string | null; accessModes: string[]; storage: string | null }[];
  pvcRetention: { whenDeleted: string; whenScaled: string };
}

function ordinalState(pod: V1Pod | undefined, minReadySeconds: number, now: Date): OrdinalState {
  if (!pod || !pod.status?.phase) return 'missing';
  if (toTimestampMs(pod.metadata?.deletionTimestamp) !== undefined) return 'terminating';
  const phase = pod.status.phase;
  if (phase === 'Failed' || phase === 'Succeeded') return 'finished';
  if (phase !== 'Running') return 'pending';
  if (!isPodReady(pod)) return 'not-ready';
  if (!isPodAvailable(pod, minReadySeconds, now)) return 'not-available';
  return 'available';
}

/** getParentNameAndOrdinal: `<parent>-<ordinal>`. */
function ordinalOf(podName: string, setName: string): number | null {
  const match = /^(.*)-(\d+)$/.exec(podName);
  return match && match[1] === setName ? Number(match[2]) : null;
}

/**
 * Explains a StatefulSet at `now`.
 * @example explainStatefulSet({ statefulSet: db, pods, now }).blockedAt // { ordinal: 1, podName: 'db-1', state: 'not-ready' }
 */
export function explainStatefulSet(input: StatefulSetInput): StatefulSetExplanation {
  const { statefulSet: sts, now } = input;
  const name = sts.metadata?.name ?? '';
  const namespace = sts.metadata?.namespace ?? 'default';
  const uid = sts.metadata?.uid;
  const spec = sts.spec;
  const replicas = spec?.replicas ?? 1;
  const start = spec?.ordinals?.start ?? 0;
  const minReadySeconds = spec?.minReadySeconds ?? 0;
  const policy = spec?.podManagementPolicy === 'Parallel' ? 'Parallel' : 'OrderedReady';
  const serviceName = spec?.serviceName || null;
  const strategyType = spec?.updateStrategy?.type === 'OnDelete' ? 'OnDelete' : 'RollingUpdate';
  const partition = strategyType === 'RollingUpdate' ? (spec?.updateStrategy?.rollingUpdate?.partition ?? 0) : 0;
  const updateRevision = sts.status?.updateRevision ?? null;

  const owned = input.pods.filter((p) => isControlledBy(p, uid));
  const byOrdinal = new Map<number, V1Pod>();
  const condemned: string[] = [];
  for (const pod of owned) {
    const ordinal = ordinalOf(pod.metadata?.name ?? '', name);
    if (ordinal !== null && ordinal >= start && ordinal < start + replicas) byOrdinal.set(ordinal, pod);
    else condemned.push(pod.metadata?.name ?? '');
  }
  const templates = spec?.volumeClaimTemplates ?? [];
  // The first claim of each name, as find would pick it: one lookup per ordinal and template, not a scan of every claim.
  const claimNamed = new Map<string, V1PersistentVolumeClaim>();
  for (const c of input.pvcs ?? []) {
    const n = c.metadata?.name;
    if (n !== undefined && !claimNamed.has(n)) claimNamed.set(n, c);
  }

  const ordinals: StatefulSetOrdinal[] = [];
  let blockedAt: StatefulSetExplanation['blockedAt'] = null;
  for (let ordinal = start; ordinal < start + replicas; ordinal++) {
    const pod = byOrdinal.get(ordinal);
    const podName = `${name}-${ordinal}`;
    const state = ordinalState(pod, minReadySeconds, now);
    const blocking = policy === 'OrderedReady' && blockedAt === null && state !== 'available';
    if (blocking) blockedAt = { ordinal, podName, state };
    const revision = pod?.metadata?.labels?.[REVISION_LABEL] ?? null;
    ordinals.push({
      ordinal,
      podName,
      dnsName: serviceName ? `${podName}.${serviceName}.${namespace}.svc.${DEFAULT_CLUSTER_DOMAIN}` : null,
      pod: pod ? workloadPod(pod, minReadySeconds, now) : null,
      state,
      revision,
      updated: pod ? revision !== null && revision === updateRevision : null,
      belowPartition: strategyType === 'RollingUpdate' && ordinal < partition,
      blocking,
      claims: templates.map((t) => {
        const claimName = `${t.metadata?.name ?? ''}-${name}-${ordinal}`;
        const pvc = claimNamed.get(claimName);
        return { template: t.metadata?.name ?? '', name: claimName, phase: pvc?.status?.phase ?? null };
      }),
    });
  }

  const service = input.services && serviceName ? input.services.find((s) => s.metadata?.name === serviceName) : undefined;
  const st = sts.status;
  const generation = sts.metadata?.generation;
  return {
    name,
    namespace,
    uid: uid ?? null,
    serviceName,
    service: input.services && serviceName ? { exists: service !== undefined, headless: service?.spec?.clusterIP === 'None' } : null,
    podManagementPolicy: policy,
    replicas,
    startOrdinal: start,
    minReadySeconds,
    updateStrategy: { type: strategyType, partition, maxUnavailable: spec?.updateStrategy?.rollingUpdate?.maxUnavailable ?? null },
    status: {
      replicas: st?.replicas ?? 0,
      readyReplicas: st?.readyReplicas ?? 0,
      availableReplicas: st?.availableReplicas ?? 0,
      currentReplicas: st?.currentReplicas ?? 0,
      updatedReplicas: st?.updatedReplicas ?? 0,
      currentRevision: st?.currentRevision ?? null,
      updateRevision,
    },
    updating: (st?.currentRevision ?? null) !== updateRevision,
    observed: generation === undefined || (st?.observedGeneration ?? 0) >= generation,
    ordinals,
    blockedAt,
    condemned: condemned.sort((a, b) => (ordinalOf(b, name) ?? 0) - (ordinalOf(a, name) ?? 0)),
    volumeClaimTemplates: templates.map((t) => ({
      name: t.metadata?.name ?? '',
      storageClassName: t.spec?.storageClassName ?? null,
      accessModes: t.spec?.accessModes ?? [],
      storage: t.spec?.resources?.requests?.storage ?? null,
    })),
    pvcRetention: {
      whenDeleted: spec?.persistentVolumeClaimRetentionPolicy?.whenDeleted ?? 'Retain',
      whenScaled: spec?.persistentVolumeClaimRetentionPolicy?.whenScaled ?? 'Retain',
    },
  };
}
