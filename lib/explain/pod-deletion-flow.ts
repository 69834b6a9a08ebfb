import type { V1Container, V1ContainerStatus, V1Pod } from '@kubernetes/client-node';
import { eventEvidence, finishSteps, type DraftStep, type FlowEvidence, type FlowStep } from './pod-flow-types';
import { statusContainerPath } from './paths';
import { withReason, type PodEvent } from './pod-events';
import { toTimestampMs } from './human-duration';
import { msToIso } from './timestamps';

/**
 * Graceful pod deletion (docs: concepts/workloads/pods/pod-lifecycle
 * #pod-termination). A delete request sets metadata.deletionTimestamp = time
 * of the request + grace period (so it is the deadline, not the request time)
 * and the pod shows Terminating at once. Meanwhile the EndpointSlice
 * controller marks its endpoints ready=false, terminating=true. The kubelet
 * runs preStop hooks, then sends the stop signal (SIGTERM unless the image's
 * STOPSIGNAL or lifecycle.stopSignal says otherwise), then SIGKILL when the
 * grace period runs out (default 30 s). Finalizers keep the object until
 * their controllers remove them; --force --grace-period=0 removes it at once.
 */

/** Steps of graceful deletion in order. */
export type DeletionStepId =
  | 'deletion-requested'
  | 'endpoints-terminating'
  | 'prestop-hook'
  | 'stop-signal'
  | 'sigkill'
  | 'finalizers'
  | 'removed';

/** Deadline, countdown and steps of a deletion in progress. */
export interface DeletionFlow {
  /** metadata.deletionTimestamp: the deadline for a graceful stop. */
  deadline: string;
  /** deadline − grace period: when the delete request was made. */
  requestedAt: string | null;
  gracePeriodSeconds: number;
  gracePeriodSource: 'metadata.deletionGracePeriodSeconds' | 'spec.terminationGracePeriodSeconds' | 'default';
  /** Seconds until the deadline; negative once it has passed. */
  secondsLeft: number;
  overdue: boolean;
  /** Grace period 0: removed without waiting for the kubelet. */
  force: boolean;
  finalizers: string[];
  steps: FlowStep<DeletionStepId>[];
}

const DEFAULT_GRACE_SECONDS = 30;

interface Running {
  container: V1Container;
  status: V1ContainerStatus;
  path: string;
}

/**
 * The deletion flow of a pod being deleted, or null when it is not.
 * `matchingServices` are names of Services selecting the pod (undefined when unknown).
 * @example deletionFlow(pod, events, now)?.steps.map((s) => `${s.id}:${s.state}`)
 * // ['deletion-requested:done', 'endpoints-terminating:done', 'prestop-hook:skipped', 'stop-signal:done', 'sigkill:not-reached', 'finalizers:skipped', 'removed:not-reached']
 */
export function deletionFlow(
  pod: V1Pod,
  events: readonly PodEvent[],
  now: Date,
  matchingServices?: readonly string[],
): DeletionFlow | null {
  const deadlineMs = toTimestampMs(pod.metadata?.deletionTimestamp);
  if (deadlineMs === undefined) return null;
  const deadline = msToIso(deadlineMs);
  const fromMetadata = pod.metadata?.deletionGracePeriodSeconds;
  const fromSpec = pod.spec?.terminationGracePeriodSeconds;
  const gracePeriodSeconds = fromMetadata ?? fromSpec ?? DEFAULT_GRACE_SECONDS;
  const gracePeriodSource: DeletionFlow['gracePeriodSource'] =
    fromMetadata !== undefined && fromMetadata !== null
      ? 'metadata.deletionGracePeriodSeconds'
      : fromSpec !== undefined && fromSpec !== null
        ? 'spec.terminationGracePeriodSeconds'
        : 'default';
  const requestedMs = deadlineMs - gracePeriodSeconds * 1000;
  const requestedAt = msToIso(requestedMs);
  const secondsLeft = Math.trunc((deadlineMs - now.getTime()) / 1000);
  const finalizers = pod.metadata?.finalizers ?? [];

  const containers = [
    ...(pod.spec?.initContainers ?? []).map((c) => ({ c, kind: 'init' as const })),
    ...(pod.spec?.containers ?? []).map((c) => ({ c, kind: 'app' as const })),
  ];
  const running: Running[] = [];
  const exitedAfterRequest: { path: string; finishedMs: number; exitCode: number }[] = [];
  for (const { c, kind } of containers) {
    const statuses = (kind === 'app' ? pod.status?.containerStatuses : pod.status?.initContainerStatuses) ?? [];
    const index = statuses.findIndex((s) => s.name === c.name);
    const status = statuses[index];
    if (!status) continue;
    const path = statusContainerPath(kind, index);
    if (status.state?.running) running.push({ container: c, status, path });
    const finished = toTimestampMs(status.state?.terminated?.finishedAt);
    if (finished !== undefined && finished >= requestedMs) {
      exitedAfterRequest.push({ path, finishedMs: finished, exitCode: status.state?.terminated?.exitCode ?? 0 });
    }
  }
  const stopped = running.length === 0;
  const drafts: DraftStep<DeletionStepId>[] = [];

  drafts.push({
    id: 'deletion-requested',
    state: 'done',
    component: 'kube-apiserver',
    conceptIds: ['pod-deletion-flow', 'kube-apiserver'],
    at: requestedAt,
    evidence: [
      { kind: 'field', path: 'metadata.deletionTimestamp', value: deadline },
      {
        kind: 'field',
        path: gracePeriodSource === 'default' ? 'spec.terminationGracePeriodSeconds' : gracePeriodSource,
        value: gracePeriodSource === 'default' ? null : gracePeriodSeconds,
      },
    ],
    params: { gracePeriodSeconds },
  });

  const serviceCount = matchingServices?.length;
  drafts.push({
    id: 'endpoints-terminating',
    state: serviceCount === 0 ? 'skipped' : 'done',
    component: 'kube-controller-manager',
    conceptIds: ['endpointslice', 'service'],
    at: serviceCount === 0 ? null : requestedAt,
    evidence: [],
    params: matchingServices ? { services: matchingServices.join(',') } : {},
  });

  // The kubelet records Killing ("Stopping container x") before it runs the
  // preStop hook, then sends the stop signal once the hook returns
  // (kuberuntime_container.go, killContainer).
  const killing = withReason(events, 'Killing');
  const hooked = running.filter((r) => r.container.lifecycle?.preStop);
  const hookFailures = withReason(events, 'FailedPreStopHook');
  const hookNames = containers.filter(({ c }) => c.lifecycle?.preStop).map(({ c }) => c.name);
  let hookState: DraftStep<DeletionStepId>['state'];
  if (hookFailures.length) hookState = 'failed';
  else if (!hookNames.length) hookState = 'skipped';
  else if (hooked.length) hookState = 'current';
  else hookState = 'done';
  drafts.push({
    id: 'prestop-hook',
    state: hookState,
    component: 'kubelet',
    conceptIds: ['pod-deletion-flow', 'kubelet'],
    at: hookNames.length ? (killing[0]?.firstAt ?? null) : null,
    evidence: [...(hookNames.length ? killing.map(eventEvidence) : []), ...hookFailures.map(eventEvidence)],
    params: hookNames.length ? { containers: hookNames.join(',') } : {},
  });

  const signals = [...new Set(containers.map(({ c }) => c.lifecycle?.stopSignal ?? 'SIGTERM'))];
  const stopEvidence: FlowEvidence[] = [
    ...killing.map(eventEvidence),
    ...exitedAfterRequest.map((e) => ({ kind: 'field' as const, path: `${e.path}.state.terminated.finishedAt`, value: msToIso(e.finishedMs) })),
  ];
  let stopState: DraftStep<DeletionStepId>['state'];
  if (hooked.length) stopState = 'pending'; // sent only after the hook returns
  else if (!stopped) stopState = killing.length ? 'done' : 'current';
  else stopState = exitedAfterRequest.length || killing.length ? 'done' : 'skipped';
  drafts.push({
    id: 'stop-signal',
    state: stopState,
    component: 'container-runtime',
    conceptIds: ['pod-deletion-flow', 'container-runtime'],
    at: stopState === 'done' && !hookNames.length ? (killing[0]?.firstAt ?? null) : null,
    evidence: stopEvidence,
    params: { signal: signals.join(','), imageStopSignalMayOverride: signals.includes('SIGTERM') ? 1 : 0 },
  });

  const exceeded = withReason(events, 'ExceededGracePeriod');
  const killedLate = exitedAfterRequest.filter((e) => e.exitCode === 137 && e.finishedMs >= deadlineMs);
  let killState: DraftStep<DeletionStepId>['state'];
  if (exceeded.length || killedLate.length) killState = 'done';
  else if (!stopped) killState = secondsLeft <= 0 ? 'current' : 'pending';
  else killState = 'skipped';
  drafts.push({
    id: 'sigkill',
    state: killState,
    component: 'container-runtime',
    conceptIds: ['pod-deletion-flow', 'container-runtime'],
    at: killState === 'done' ? deadline : null,
    evidence: [
      ...exceeded.map(eventEvidence),
      ...killedLate.map((e) => ({ kind: 'field' as const, path: `${e.path}.state.terminated.exitCode`, value: e.exitCode })),
    ],
    params: { secondsLeft },
  });

  drafts.push({
    id: 'finalizers',
    state: finalizers.length === 0 ? 'skipped' : stopped ? 'current' : 'pending',
    component: 'kube-apiserver',
    conceptIds: ['finalizers'],
    at: null,
    evidence: finalizers.length ? [{ kind: 'field', path: 'metadata.finalizers', value: finalizers.join(',') }] : [],
    params: finalizers.length ? { finalizers: finalizers.join(',') } : {},
  });

  drafts.push({
    id: 'removed',
    state: 'pending',
    component: 'kube-apiserver',
    conceptIds: ['pod-deletion-flow', 'etcd'],
    at: null,
    evidence: [],
    params: {},
  });

  return {
    deadline,
    requestedAt,
    gracePeriodSeconds,
    gracePeriodSource,
    secondsLeft,
    overdue: secondsLeft < 0,
    force: gracePeriodSeconds === 0,
    finalizers,
    steps: finishSteps(drafts),
  };
}

