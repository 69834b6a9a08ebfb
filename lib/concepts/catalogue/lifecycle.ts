import type { ConceptId } from '../ids';
import type { ConceptEntry } from '../types';
import { containerConcepts } from './lifecycle/containers';
import { flowConcepts } from './lifecycle/flows';
import { nodeConcepts } from './lifecycle/nodes';
import { phaseConcepts } from './lifecycle/phases';
import { probeConcepts } from './lifecycle/probes';

/**
 * The concepts of a Pod's and a Node's life: probes, image pulls, phases,
 * conditions, container states and reasons, restarts, resources, the create
 * and delete flows, node conditions and taints. foundations.ts holds the rest.
 */
export const LIFECYCLE_IDS = [
  'liveness-probe',
  'readiness-probe',
  'startup-probe',
  'image-pull-policy',
  'pod-phase',
  'phase-pending',
  'phase-running',
  'phase-succeeded',
  'phase-failed',
  'phase-unknown',
  'pod-conditions',
  'condition-pod-scheduled',
  'condition-pod-ready-to-start-containers',
  'condition-initialized',
  'condition-containers-ready',
  'condition-ready',
  'condition-disruption-target',
  'container-states',
  'reason-container-creating',
  'reason-pod-initializing',
  'reason-err-image-pull',
  'reason-image-pull-backoff',
  'reason-invalid-image-name',
  'reason-err-image-never-pull',
  'reason-image-inspect-error',
  'reason-create-container-config-error',
  'reason-create-container-error',
  'reason-run-container-error',
  'reason-crash-loop-backoff',
  'reason-pre-start-hook-error',
  'reason-post-start-hook-error',
  'reason-completed',
  'reason-error',
  'reason-oom-killed',
  'reason-start-error',
  'reason-container-status-unknown',
  'restart-policy',
  'init-containers',
  'sidecar-containers',
  'resources',
  'qos-class',
  'pod-creation-flow',
  'pod-deletion-flow',
  'node-conditions',
  'node-condition-ready',
  'node-condition-memory-pressure',
  'node-condition-disk-pressure',
  'node-condition-pid-pressure',
  'node-condition-network-unavailable',
  'taints-tolerations',
  'taint-not-ready',
  'taint-unreachable',
  'taint-memory-pressure',
  'taint-disk-pressure',
  'taint-pid-pressure',
  'taint-network-unavailable',
  'taint-unschedulable',
  'taint-control-plane',
  'node-allocatable',
] as const satisfies readonly ConceptId[];

export type LifecycleId = (typeof LIFECYCLE_IDS)[number];

export const lifecycleConcepts: Record<LifecycleId, ConceptEntry> = {
  ...probeConcepts,
  ...phaseConcepts,
  ...containerConcepts,
  ...flowConcepts,
  ...nodeConcepts,
};
