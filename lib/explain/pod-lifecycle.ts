import type { V1Pod, V1PodCondition } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import { podColumns, type PodColumns } from './pod-columns';
import { toIso } from './timestamps';

/**
 * Where a pod is in its life (docs: concepts/workloads/pods/pod-lifecycle).
 * Phase is a summary: Pending also covers image pulls, sandbox creation and
 * init containers; Succeeded means every container exited 0 and none will
 * restart; Failed means all terminated, at least one failed, none will
 * restart. Terminating is not a phase: it is metadata.deletionTimestamp.
 */

/** status.phase; Unknown is deprecated and not set in practice (k8s.io/api core/v1 types.go). */
export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';

/** The component that writes a condition, e.g. kube-scheduler for PodScheduled. */
export type ConditionSetter =
  | 'kube-scheduler'
  | 'kubelet'
  | 'kube-controller-manager'
  | 'kube-apiserver'
  | 'external-controller'
  | 'unknown';

/** A condition's status; Missing when the object has no condition of that type. */
export type ConditionStatus = 'True' | 'False' | 'Unknown' | 'Missing';

/**
 * passed: True, or absent but implied by a later True condition or, for
 * PodReadyToStartContainers, by a created container (older clusters lack
 * PodReadyToStartContainers and ContainersReady); current: the
 * first one not yet reached; ahead: after it; off-path: DisruptionTarget and
 * unknown types, which are not steps.
 */
export type ConditionPosition = 'passed' | 'current' | 'ahead' | 'off-path';

/** One pod condition on the lifecycle path, e.g. { type: "Initialized", status: "True", setBy: "kubelet", position: "passed" }. */
export interface LifecycleCondition {
  type: string;
  status: ConditionStatus;
  reason: string | null;
  message: string | null;
  lastTransitionTime: string | null;
  setBy: ConditionSetter;
  conceptId: ConceptId;
  position: ConditionPosition;
  /** spec.readinessGates entry: set by some other controller, must be True for Ready. */
  readinessGate: boolean;
  /** 'status.conditions[i]', null when Missing. */
  path: string | null;
}

/** A state of the "you are here" machine: a condition type, a terminal phase, or Terminating. */
export type LifecycleStep =
  | 'PodScheduled'
  | 'PodReadyToStartContainers'
  | 'Initialized'
  | 'ContainersReady'
  | 'Ready'
  | 'Succeeded'
  | 'Failed'
  | 'Terminating';

/** Phase, ordered conditions, current step and kubectl columns of a pod. */
export interface PodLifecycle {
  phase: { value: PodPhase; conceptId: ConceptId; reason: string | null; message: string | null };
  conditions: LifecycleCondition[];
  /**
   * "You are here": the first condition not yet reached (readiness gates count
   * as Ready), 'Ready' once everything is True, the terminal phase once
   * finished, or 'Terminating' while a deletion is in progress.
   */
  currentStep: LifecycleStep;
  terminating: boolean;
  /** kubectl get pods columns, with RESTARTS also as values. */
  columns: PodColumns;
}

/** The conditions the kubelet sets, besides Ready. */
const KUBELET_STEPS = ['PodReadyToStartContainers', 'Initialized', 'ContainersReady'] as const;

/**
 * The order a pod passes its conditions in (docs: pod-lifecycle, "Pod network
 * readiness"). With init containers, Initialized turns True once they have
 * completed, which is after the sandbox exists (PodReadyToStartContainers).
 * Without any, the kubelet sets Initialized True before it even asks for the
 * sandbox, so Initialized comes second.
 */
function conditionOrder(pod: V1Pod): readonly string[] {
  return pod.spec?.initContainers?.length
    ? ['PodScheduled', 'PodReadyToStartContainers', 'Initialized', 'ContainersReady']
    : ['PodScheduled', 'Initialized', 'PodReadyToStartContainers', 'ContainersReady'];
}

/** A container that was ever created proves its sandbox existed, even where PodReadyToStartContainers is never written (before 1.29). */
function anyContainerCreated(pod: V1Pod): boolean {
  return [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])].some(
    (s) => Boolean(s.containerID || s.state?.running || s.state?.terminated || s.lastState?.terminated),
  );
}

const CONDITION_CONCEPTS: Readonly<Record<string, ConceptId>> = {
  PodScheduled: 'condition-pod-scheduled',
  PodReadyToStartContainers: 'condition-pod-ready-to-start-containers',
  Initialized: 'condition-initialized',
  ContainersReady: 'condition-containers-ready',
  Ready: 'condition-ready',
  DisruptionTarget: 'condition-disruption-target',
};

const PHASE_CONCEPTS: Readonly<Record<PodPhase, ConceptId>> = {
  Pending: 'phase-pending',
  Running: 'phase-running',
  Succeeded: 'phase-succeeded',
  Failed: 'phase-failed',
  Unknown: 'phase-unknown',
};

// Reasons of DisruptionTarget (k8s.io/api core/v1 types.go) and who sets each.
const DISRUPTION_SETTERS: Readonly<Record<string, ConditionSetter>> = {
  PreemptionByScheduler: 'kube-scheduler',
  DeletionByTaintManager: 'kube-controller-manager',
  DeletionByPodGC: 'kube-controller-manager',
  EvictionByEvictionAPI: 'kube-apiserver',
  TerminationByKubelet: 'kubelet',
};

/**
 * The pod's phase; a missing phase reads Pending (the apiserver sets it on create).
 * @example podPhase(pod) // 'Running'
 */
export function podPhase(pod: V1Pod): PodPhase {
  const phase = pod.status?.phase;
  return phase === 'Running' || phase === 'Succeeded' || phase === 'Failed' || phase === 'Unknown' ? phase : 'Pending';
}

/**
 * Who sets a condition: the scheduler binds (PodScheduled), the kubelet
 * reports the rest; DisruptionTarget depends on its reason.
 * @example conditionSetter('Initialized', null) // 'kubelet'
 */
export function conditionSetter(type: string, reason: string | null, readinessGate = false): ConditionSetter {
  if (readinessGate) return 'external-controller';
  if (type === 'PodScheduled') return 'kube-scheduler';
  if (type === 'DisruptionTarget') return (reason && DISRUPTION_SETTERS[reason]) || 'unknown';
  if ((KUBELET_STEPS as readonly string[]).includes(type) || type === 'Ready') return 'kubelet';
  return 'unknown';
}

/**
 * Explains phase, conditions in lifecycle order (PodScheduled →
 * PodReadyToStartContainers → Initialized → ContainersReady → readiness gates
 * → Ready, then DisruptionTarget; Initialized before PodReadyToStartContainers
 * for a pod without init containers), the current step and kubectl's columns.
 * @example explainLifecycle(crashLoopingPod, now).currentStep // 'ContainersReady'
 */
export function explainLifecycle(pod: V1Pod, now: Date): PodLifecycle {
  const raw = pod.status?.conditions ?? [];
  const gates = (pod.spec?.readinessGates ?? []).map((g) => g.conditionType);
  const order = conditionOrder(pod);
  const pathType = [...order, ...gates, 'Ready'];
  const onPath = pathType.map((type) => condition(type, raw, gates.includes(type)));
  const phase = podPhase(pod);
  const terminal = phase === 'Succeeded' || phase === 'Failed';

  const lastTrue = onPath.map((c) => c.status).lastIndexOf('True');
  const sandboxImplied = anyContainerCreated(pod);
  let currentIndex = -1;
  onPath.forEach((c, i) => {
    const implied = i < lastTrue || (c.type === 'PodReadyToStartContainers' && sandboxImplied);
    if (c.status === 'True' || (c.status === 'Missing' && implied)) c.position = 'passed';
    else if (currentIndex < 0 && !terminal) {
      c.position = 'current';
      currentIndex = i;
    } else c.position = 'ahead';
  });

  const known = new Set<string>(pathType);
  const offPath = raw
    .filter((c) => !known.has(c.type))
    .filter((c, i, all) => all.findIndex((o) => o.type === c.type) === i)
    .map((c) => ({ ...condition(c.type, raw, false), position: 'off-path' as const }));

  const terminating = Boolean(pod.metadata?.deletionTimestamp);
  let currentStep: LifecycleStep;
  if (terminal) currentStep = phase;
  else if (terminating) currentStep = 'Terminating';
  else if (currentIndex < 0) currentStep = 'Ready';
  else {
    const type = onPath[currentIndex]?.type ?? 'Ready';
    currentStep = order.includes(type) ? (type as LifecycleStep) : 'Ready';
  }

  return {
    phase: {
      value: phase,
      conceptId: PHASE_CONCEPTS[phase],
      reason: pod.status?.reason ?? null,
      message: pod.status?.message ?? null,
    },
    conditions: [...onPath, ...offPath],
    currentStep,
    terminating,
    columns: podColumns(pod, now),
  };
}

function condition(type: string, raw: readonly V1PodCondition[], readinessGate: boolean): LifecycleCondition {
  const index = raw.findIndex((c) => c.type === type);
  const found = index >= 0 ? raw[index] : undefined;
  const status: ConditionStatus =
    found?.status === 'True' || found?.status === 'False' || found?.status === 'Unknown' ? found.status : 'Missing';
  const reason = found?.reason || null;
  return {
    type,
    status,
    reason,
    message: found?.message || null,
    lastTransitionTime: toIso(found?.lastTransitionTime),
    setBy: conditionSetter(type, reason, readinessGate),
    conceptId: CONDITION_CONCEPTS[type] ?? 'pod-conditions',
    position: 'ahead',
    readinessGate,
    path: index >= 0 ? `status.conditions[${index}]` : null,
  };
}

