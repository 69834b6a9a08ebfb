import type { ConceptId } from '../concepts/ids';
import type { ConditionSetter, ConditionStatus, LifecycleCondition, PodLifecycle } from '../explain/pod-lifecycle';

/** passed / current / ahead along the condition path; inactive for an outcome the pod is not in. */
export type DiagramNodeState = 'passed' | 'current' | 'ahead' | 'inactive';

/** One box of the lifecycle state machine. */
export interface DiagramNode {
  /** The condition type, or 'Succeeded' / 'Failed' / 'Terminating'. */
  id: string;
  kind: 'condition' | 'readiness-gate' | 'terminal-phase' | 'terminating';
  conceptId: ConceptId;
  state: DiagramNodeState;
  /** The "you are here" marker: exactly one node carries it. */
  here: boolean;
  status: ConditionStatus | null;
  reason: string | null;
  message: string | null;
  at: string | null;
  setBy: ConditionSetter | null;
}

/** The condition path in order, the outcomes beside it, and conditions that are not steps (DisruptionTarget). */
export interface LifecycleDiagram {
  path: DiagramNode[];
  outcomes: DiagramNode[];
  offPath: DiagramNode[];
}

function conditionNode(c: LifecycleCondition, here: boolean): DiagramNode {
  return {
    id: c.type,
    kind: c.readinessGate ? 'readiness-gate' : 'condition',
    conceptId: c.conceptId,
    state: c.position === 'off-path' ? 'inactive' : c.position,
    here,
    status: c.status,
    reason: c.reason,
    message: c.message,
    at: c.lastTransitionTime,
    setBy: c.setBy,
  };
}

function outcome(id: 'Succeeded' | 'Failed' | 'Terminating', conceptId: ConceptId, active: boolean, here: boolean): DiagramNode {
  return {
    id,
    kind: id === 'Terminating' ? 'terminating' : 'terminal-phase',
    conceptId,
    state: active ? 'current' : 'inactive',
    here,
    status: null,
    reason: null,
    message: null,
    at: null,
    setBy: null,
  };
}

/**
 * Lays out the pod's lifecycle as a state machine: PodScheduled →
 * PodReadyToStartContainers → Initialized → ContainersReady → (readiness
 * gates) → Ready, in the order explainLifecycle gives (Initialized second for
 * a pod without init containers), with Succeeded and Failed as terminal phases and
 * Terminating beside them (a deletion in progress, not a phase). The marker
 * sits on lifecycle.currentStep.
 * @example lifecycleDiagram(explainLifecycle(crashLoopPod, now)).path.find((n) => n.here)?.id → 'ContainersReady'
 */
export function lifecycleDiagram(lifecycle: PodLifecycle): LifecycleDiagram {
  const step = lifecycle.currentStep;
  const onPath = step !== 'Succeeded' && step !== 'Failed' && step !== 'Terminating';
  const pathConditions = lifecycle.conditions.filter((c) => c.position !== 'off-path');
  const hasCurrent = pathConditions.some((c) => c.position === 'current');
  const path = pathConditions.map((c) => conditionNode(c, onPath && (hasCurrent ? c.position === 'current' : c.type === 'Ready')));
  const phase = lifecycle.phase.value;
  return {
    path,
    outcomes: [
      outcome('Succeeded', 'phase-succeeded', phase === 'Succeeded', step === 'Succeeded'),
      outcome('Failed', 'phase-failed', phase === 'Failed', step === 'Failed'),
      outcome('Terminating', 'pod-deletion-flow', lifecycle.terminating, step === 'Terminating'),
    ],
    offPath: lifecycle.conditions.filter((c) => c.position === 'off-path').map((c) => conditionNode(c, false)),
  };
}
