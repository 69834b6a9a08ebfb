import type { ConceptId } from '@/lib/concepts/ids';
import { reasonConcept } from '@/lib/explain/containers';

/**
 * Which catalogue concept explains a mark on the Timeline: an Event by its
 * reason (and, where one reason means several things, its message), a
 * condition by its type, a phase by its value, a container state by its
 * waiting or terminated reason. The mark's chip links to that concept, whose
 * title and summary the page's glossary carries in both languages.
 */

const EVENT_CONCEPTS: Readonly<Record<string, ConceptId>> = {
  Scheduled: 'condition-pod-scheduled',
  FailedScheduling: 'kube-scheduler',
  Preempted: 'kube-scheduler',
  Pulling: 'image-pull-policy',
  Pulled: 'image-pull-policy',
  ErrImageNeverPull: 'reason-err-image-never-pull',
  InspectFailed: 'reason-image-inspect-error',
  Created: 'container-states',
  Started: 'container-states',
  SandboxChanged: 'condition-pod-ready-to-start-containers',
  FailedCreatePodSandBox: 'condition-pod-ready-to-start-containers',
  FailedMount: 'configmap-secret-volumes',
  FailedAttachVolume: 'pvc',
  ProbeWarning: 'readiness-probe',
  Evicted: 'node-allocatable',
  OOMKilling: 'reason-oom-killed',
  SuccessfulCreate: 'self-healing',
  SuccessfulDelete: 'self-healing',
  ScalingReplicaSet: 'rolling-update',
  Completed: 'job',
  BackoffLimitExceeded: 'job-failure-handling',
  SawCompletedJob: 'cronjob',
  TaintManagerEviction: 'taints-tolerations',
  NodeNotReady: 'node-condition-ready',
};

const PROBE_BY_WORD: readonly [RegExp, ConceptId][] = [
  [/liveness/i, 'liveness-probe'],
  [/readiness/i, 'readiness-probe'],
  [/startup/i, 'startup-probe'],
];

function probeIn(message: string): ConceptId | null {
  return PROBE_BY_WORD.find(([re]) => re.test(message))?.[1] ?? null;
}

/**
 * The concept behind an Event: Unhealthy names the probe in its message,
 * Killing is a probe's restart or the deletion flow, BackOff is an image
 * pull's or a crash loop's, Failed carries the container reason it reports
 * (or says it failed to pull the image).
 * @example eventConcept('Unhealthy', 'Liveness probe failed: HTTP probe failed with statuscode: 500') → 'liveness-probe'
 * @example eventConcept('BackOff', 'Back-off restarting failed container app in pod crash-loop') → 'reason-crash-loop-backoff'
 */
export function eventConcept(reason: string, message: string): ConceptId {
  switch (reason) {
    case 'Unhealthy':
      return probeIn(message) ?? 'readiness-probe';
    case 'Killing':
      return /failed \w+ probe/i.test(message) ? (probeIn(message) ?? 'liveness-probe') : 'pod-deletion-flow';
    case 'BackOff':
      return /pull/i.test(message) ? 'reason-image-pull-backoff' : 'reason-crash-loop-backoff';
    case 'Failed': {
      const named = /\b(ErrImagePull|ImagePullBackOff|InvalidImageName|ErrImageNeverPull|CreateContainerConfigError|CreateContainerError|RunContainerError)\b/.exec(message)?.[1];
      if (named) return reasonConcept(named);
      return /pull image/i.test(message) ? 'reason-err-image-pull' : 'container-states';
    }
    default:
      return EVENT_CONCEPTS[reason] ?? 'events';
  }
}

const CONDITION_CONCEPTS: Readonly<Record<string, ConceptId>> = {
  PodScheduled: 'condition-pod-scheduled',
  PodReadyToStartContainers: 'condition-pod-ready-to-start-containers',
  Initialized: 'condition-initialized',
  ContainersReady: 'condition-containers-ready',
  Ready: 'condition-ready',
  DisruptionTarget: 'condition-disruption-target',
};

/**
 * The concept of a pod condition type; readiness gates and unknown types fall back to conditions in general.
 * @example conditionConcept('Initialized') → 'condition-initialized'; conditionConcept('example.com/gate') → 'pod-conditions'
 */
export function conditionConcept(type: string): ConceptId {
  return CONDITION_CONCEPTS[type] ?? 'pod-conditions';
}

const PHASE_CONCEPTS: Readonly<Record<string, ConceptId>> = {
  Pending: 'phase-pending',
  Running: 'phase-running',
  Succeeded: 'phase-succeeded',
  Failed: 'phase-failed',
  Unknown: 'phase-unknown',
};

/**
 * The concept of a pod phase.
 * @example phaseConcept('Running') → 'phase-running'; phaseConcept('') → 'pod-phase'
 */
export function phaseConcept(phase: string | null): ConceptId {
  return (phase && PHASE_CONCEPTS[phase]) || 'pod-phase';
}

/**
 * The concept of a container state: its reason's when it has one, else the container states.
 * @example stateConcept('terminated', 'OOMKilled') → 'reason-oom-killed'; stateConcept('running', null) → 'container-states'
 */
export function stateConcept(kind: string, reason: string | null): ConceptId {
  return kind === 'running' || !reason ? 'container-states' : reasonConcept(reason);
}
