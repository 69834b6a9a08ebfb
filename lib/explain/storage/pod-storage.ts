/**
 * What a pod's storage and configuration keep it from doing, as diagnoses
 * that name the claim, volume, ConfigMap or Secret (alongside the generic
 * pod diagnoses of pod-diagnoses.ts):
 * - a claim that does not exist: the scheduler's VolumeBinding PreFilter fails
 *   with `persistentvolumeclaim "<name>" not found`;
 * - a claim that is not bound: "pod has unbound immediate PersistentVolumeClaims"
 *   (Immediate), or "didn't find available persistent volumes to bind"
 *   (WaitForFirstConsumer); a Lost claim: "bound to non-existent persistentvolume";
 * - a bound volume pinned to nodes the pod cannot use: "didn't match
 *   PersistentVolume's node affinity" (1.36; older releases: "had volume node
 *   affinity conflict") (pkg/scheduler/framework/plugins/volumebinding, v1.36.3);
 * - a reference to a missing ConfigMap, Secret or key that is not optional:
 *   the kubelet refuses the container (CreateContainerConfigError, already
 *   diagnosed from the status) or the mount (FailedMount).
 */
import type { V1Node, V1PersistentVolume, V1PersistentVolumeClaim, V1Pod } from '@kubernetes/client-node';
import { parseConfigErrorMessage } from '../config-error-message';
import { lastOf, withReason, type PodEvent } from '../pod-events';
import type { Diagnosis } from '../types';
import { parseNodeSelectorRequirements } from '../workloads/label-selector';
import { checkedReferences, type ConfigObjects } from './config-refs';
import { parsedSelectorMatches } from './shared';

export interface PodStorageInput {
  pod: V1Pod;
  /** Claims of the pod's namespace. */
  claims: readonly V1PersistentVolumeClaim[];
  volumes: readonly V1PersistentVolume[];
  nodes: readonly V1Node[];
  /** ConfigMaps and (redacted) Secrets of the pod's namespace. */
  objects: ConfigObjects;
  /** Normalised events about the pod. */
  events: readonly PodEvent[];
}

// The scheduler's words for a volume node affinity failure, 1.36 and before.
const NODE_AFFINITY_CONFLICT = /didn't match PersistentVolume's node affinity|volume node affinity conflict/;

/**
 * Diagnoses a pod's claims, volumes and config references. Pods that have
 * finished (Succeeded, Failed) get none: nothing will start again.
 * @example diagnosePodStorage({ pod, claims, volumes, nodes, objects, events }).map((d) => d.id) // ['pod-pvc-unbound']
 */
export function diagnosePodStorage(input: PodStorageInput): Diagnosis[] {
  const { pod } = input;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return [];
  return [...claimDiagnoses(input), ...nodeAffinityDiagnoses(input), ...configDiagnoses(input)];
}

/** The scheduler's last word on an unscheduled pod: the PodScheduled condition, else the newest FailedScheduling event. */
function schedulingMessage(pod: V1Pod, events: readonly PodEvent[]): { message: string; evidence: string[] } | null {
  if (pod.spec?.nodeName) return null;
  const conditions = pod.status?.conditions ?? [];
  const index = conditions.findIndex((c) => c.type === 'PodScheduled' && c.status === 'False');
  const evidence: string[] = [];
  if (index >= 0 && conditions[index]?.message) evidence.push(`status.conditions[${index}].message`);
  const failed = withReason(events, 'FailedScheduling');
  if (failed.length) evidence.push('events[reason=FailedScheduling].message');
  const message = (index >= 0 ? conditions[index]?.message : undefined) || lastOf(failed)?.message || '';
  return message ? { message, evidence } : null;
}

function claimDiagnoses({ pod, claims, events }: PodStorageInput): Diagnosis[] {
  const out: Diagnosis[] = [];
  const podName = pod.metadata?.name ?? '';
  const scheduling = schedulingMessage(pod, events);
  (pod.spec?.volumes ?? []).forEach((volume, i) => {
    const ephemeral = volume.ephemeral !== undefined;
    const claimName = volume.persistentVolumeClaim?.claimName ?? (ephemeral ? `${podName}-${volume.name}` : null);
    if (!claimName) return;
    const path = ephemeral ? `spec.volumes[${i}].ephemeral` : `spec.volumes[${i}].persistentVolumeClaim.claimName`;
    const claim = claims.find((c) => c.metadata?.name === claimName && c.metadata?.namespace === pod.metadata?.namespace);
    if (!claim) {
      out.push({
        id: 'pod-pvc-missing',
        severity: 'critical',
        conceptIds: ['pvc', 'kube-scheduler'],
        params: { claim: claimName, volume: volume.name, ephemeral: ephemeral ? 'yes' : 'no' },
        evidence: [path, ...(scheduling?.evidence ?? [])],
      });
      return;
    }
    const claimPhase = claim.status?.phase ?? '';
    if (claimPhase === 'Bound' || pod.spec?.nodeName) return;
    out.push({
      id: 'pod-pvc-unbound',
      // Without a scheduler verdict yet the pod may simply be new.
      severity: scheduling ? 'critical' : 'info',
      conceptIds: ['pvc', 'volume-binding-mode', 'kube-scheduler', 'condition-pod-scheduled'],
      params: { claim: claimName, volume: volume.name, claimPhase, message: scheduling?.message ?? '' },
      evidence: [path, ...(scheduling?.evidence ?? [])],
    });
  });
  return out;
}

function nodeAffinityDiagnoses({ pod, claims, volumes, nodes, events }: PodStorageInput): Diagnosis[] {
  const scheduling = schedulingMessage(pod, events);
  if (!scheduling || !NODE_AFFINITY_CONFLICT.test(scheduling.message)) return [];
  // The pod's bound volumes that are pinned to nodes, with the nodes they admit.
  const pinned: { volume: string; claim: string; nodes: string[]; path: string }[] = [];
  (pod.spec?.volumes ?? []).forEach((v, i) => {
    const claim = claims.find((c) => c.metadata?.name === v.persistentVolumeClaim?.claimName && c.metadata?.namespace === pod.metadata?.namespace);
    const pv = volumes.find((x) => x.metadata?.name === claim?.spec?.volumeName);
    const terms = pv?.spec?.nodeAffinity?.required?.nodeSelectorTerms;
    if (!claim || !pv || !terms) return;
    const admitted = nodes.filter((n) => terms.some((t) => (t.matchExpressions?.length ?? 0) > 0 && parsedSelectorMatches(parseNodeSelectorRequirements(t.matchExpressions ?? []), n.metadata?.labels)));
    pinned.push({ volume: pv.metadata?.name ?? '', claim: claim.metadata?.name ?? '', nodes: admitted.map((n) => n.metadata?.name ?? ''), path: `spec.volumes[${i}].persistentVolumeClaim.claimName` });
  });
  return [
    {
      id: 'pod-volume-node-affinity-conflict',
      severity: 'critical',
      conceptIds: ['persistent-volume', 'volume-binding-mode', 'kube-scheduler', 'condition-pod-scheduled'],
      params: {
        message: scheduling.message,
        volumes: pinned.map((p) => p.volume).join(','),
        claims: pinned.map((p) => p.claim).join(','),
        allowedNodes: [...new Set(pinned.flatMap((p) => p.nodes))].join(','),
      },
      evidence: [...pinned.map((p) => p.path), ...scheduling.evidence],
    },
  ];
}

function configDiagnoses({ pod, objects }: PodStorageInput): Diagnosis[] {
  // What the kubelet already reported as CreateContainerConfigError is diagnosed from the status (pod-diagnoses.ts).
  const reported = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]
    .filter((s) => s.state?.waiting?.reason === 'CreateContainerConfigError')
    .map((s) => parseConfigErrorMessage(s.state?.waiting?.message));
  const running = pod.status?.phase === 'Running';
  return checkedReferences(pod.spec, 'spec', objects)
    .filter((r) => r.check.broken)
    .filter(
      (r) =>
        !reported.some(
          (c) => c.objectKind === r.kind && c.name === r.name && (c.missing === 'object' ? r.check.state === 'missing-object' : c.key !== null && r.check.missingKeys.includes(c.key)),
        ),
    )
    .map((r) => ({
      id: 'pod-config-reference-broken' as const,
      // A running container keeps what it read at start; it fails on its next start.
      severity: running ? ('warning' as const) : ('critical' as const),
      conceptIds: [r.kind === 'Secret' ? ('secret' as const) : ('configmap' as const), 'configmap-secret-volumes' as const],
      params: {
        kind: r.kind,
        name: r.name,
        missing: r.check.state === 'missing-object' ? 'object' : 'key',
        keys: r.check.missingKeys.join(','),
        via: r.via,
        path: r.path,
        ...(r.container ? { container: r.container } : {}),
      },
      evidence: [r.path],
    }));
}
