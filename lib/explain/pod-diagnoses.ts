import type { V1Node, V1Pod } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import { parseConfigErrorMessage } from './config-error-message';
import { configErrorReference } from './storage/config-refs';
import type { ContainerExplanation } from './containers';
import { conditionPath, eventPath, nodeConditionPath } from './paths';
import type { DeletionFlow } from './pod-deletion-flow';
import { lastOf, withReason, type PodEvent } from './pod-events';
import { parseSchedulingMessage, type SchedulingReasonCategory } from './scheduling-message';
import { toTimestampMs } from './human-duration';
import type { Diagnosis } from './types';

/**
 * What is wrong with a pod, as data: each diagnosis names a catalogue entry,
 * the concepts to learn, the params its text needs and the field paths that
 * prove it. Params per id:
 * - unschedulable: message, totalNodes?, availableNodes?, reasons?, topReason?, topReasonCount?
 * - image-pull-failed / invalid-image-name: container, image, reason, message, pullPolicy
 * - create-container-config-error: container, missing ('object'|'key'|'other'), objectKind?, name?, key?, reference? (the spec path naming it), message
 * - crash-loop-backoff: container, restartCount, backoffSeconds, lastExitCode?, lastReason?, lastSignal?
 * - oom-killed: container, memoryLimit ('none' when unset), exitCode, when ('now'|'last')
 * - container-failed / init-container-failing: container, reason, exitCode?, signal?, restartCount, restartPolicy
 * - liveness-failing / startup-failing: container, probe ('liveness'|'startup'), failures, restarts, message
 * - readiness-failing: container, handler, failures, message
 * - evicted: message, resource?
 * - stuck-terminating: cause ('finalizers'|'node-not-ready'|'kubelet'), overdueSeconds, gracePeriodSeconds, finalizers
 * - node-not-ready: node, status, reason; node-pressure: node, condition, reason
 */
export interface DiagnoseInput {
  pod: V1Pod;
  events: readonly PodEvent[];
  containers: readonly ContainerExplanation[];
  deletion: DeletionFlow | null;
  node?: V1Node;
  now: Date;
}

const PULL_FAILURES = new Set(['ErrImagePull', 'ImagePullBackOff', 'ErrImageNeverPull', 'ImageInspectError']);
const START_FAILURES = new Set(['CreateContainerError', 'RunContainerError', 'PreStartHookError', 'PostStartHookError']);

const CATEGORY_CONCEPTS: Partial<Record<SchedulingReasonCategory, ConceptId>> = {
  'insufficient-resource': 'node-allocatable',
  'too-many-pods': 'node-allocatable',
  'untolerated-taint': 'taints-tolerations',
  'node-affinity': 'label-selector',
  'node-unschedulable': 'taint-unschedulable',
  'node-not-ready': 'taint-not-ready',
  volume: 'pvc',
};

const PRESSURE_CONCEPTS: Readonly<Record<string, [ConceptId, ConceptId]>> = {
  MemoryPressure: ['node-condition-memory-pressure', 'taint-memory-pressure'],
  DiskPressure: ['node-condition-disk-pressure', 'taint-disk-pressure'],
  PIDPressure: ['node-condition-pid-pressure', 'taint-pid-pressure'],
};

/**
 * Diagnoses a pod: pod-level problems first (evicted, stuck-terminating,
 * unschedulable, its node), then each container in init → app order.
 * @example diagnosePod({ pod, events, containers, deletion: null, now }).map((d) => d.id) // ['crash-loop-backoff']
 */
export function diagnosePod(input: DiagnoseInput): Diagnosis[] {
  return [
    ...evicted(input),
    ...stuckTerminating(input),
    ...unschedulable(input),
    ...nodeProblems(input),
    ...input.containers.flatMap((c) => containerDiagnoses(c, input)),
  ];
}

function evicted({ pod, events }: DiagnoseInput): Diagnosis[] {
  if (pod.status?.reason !== 'Evicted') return [];
  const message = pod.status.message ?? '';
  // "The node was low on resource: memory. Threshold quantity: …" (the sentence's period is not part of the name)
  const resource = /low on resource: ([\w./-]+)/.exec(message)?.[1]?.replace(/\.$/, '');
  const evidence = ['status.reason', 'status.message'];
  if (withReason(events, 'Evicted').length) evidence.push(eventPath('Evicted', 'message'));
  return [
    {
      id: 'evicted',
      severity: 'critical',
      conceptIds: ['node-conditions', 'qos-class', 'phase-failed'],
      params: { message, ...(resource ? { resource } : {}) },
      evidence,
    },
  ];
}

function stuckTerminating({ deletion, containers, node }: DiagnoseInput): Diagnosis[] {
  if (!deletion) return [];
  const stopped = containers.every((c) => c.state.kind !== 'running');
  const held = deletion.finalizers.length > 0 && stopped;
  if (!deletion.overdue && !held) return [];
  const nodeReady = node?.status?.conditions?.find((c) => c.type === 'Ready')?.status;
  let cause: string;
  if (held) cause = 'finalizers';
  else if (node && nodeReady !== 'True') cause = 'node-not-ready';
  else cause = 'kubelet';
  const evidence = ['metadata.deletionTimestamp'];
  if (deletion.finalizers.length) evidence.push('metadata.finalizers');
  if (cause === 'node-not-ready') {
    const index = node?.status?.conditions?.findIndex((c) => c.type === 'Ready') ?? -1;
    evidence.push(index >= 0 ? nodeConditionPath(index, 'status') : 'node.status.conditions');
  }
  return [
    {
      id: 'stuck-terminating',
      severity: deletion.overdue ? 'warning' : 'info',
      conceptIds: deletion.finalizers.length ? ['pod-deletion-flow', 'finalizers'] : ['pod-deletion-flow'],
      params: {
        cause,
        overdueSeconds: Math.max(0, -deletion.secondsLeft),
        gracePeriodSeconds: deletion.gracePeriodSeconds,
        finalizers: deletion.finalizers.join(','),
      },
      evidence,
    },
  ];
}

function unschedulable({ pod, events }: DiagnoseInput): Diagnosis[] {
  if (pod.spec?.nodeName) return [];
  const conditions = pod.status?.conditions ?? [];
  const index = conditions.findIndex((c) => c.type === 'PodScheduled');
  const cond = index >= 0 ? conditions[index] : undefined;
  const failedEvents = withReason(events, 'FailedScheduling');
  const byCondition = cond?.status === 'False' && cond.reason === 'Unschedulable';
  if (!byCondition && failedEvents.length === 0) return [];
  const evidence: string[] = [];
  if (byCondition) evidence.push(conditionPath(index, 'reason'), conditionPath(index, 'message'));
  if (failedEvents.length) evidence.push(eventPath('FailedScheduling', 'message'));
  const message = (byCondition && cond?.message) || lastOf(failedEvents)?.message || '';
  const parsed = parseSchedulingMessage(message);
  const conceptIds: ConceptId[] = ['kube-scheduler', 'condition-pod-scheduled'];
  const params: Record<string, string | number> = { message };
  if (parsed) {
    params.totalNodes = parsed.totalNodes;
    params.availableNodes = parsed.availableNodes;
    params.reasons = parsed.reasons.map((r) => (r.count === null ? r.text : `${r.count} ${r.text}`)).join(', ');
    // A count-less (pod-level) reason applies to every node.
    const nodes = (r: { count: number | null }) => r.count ?? parsed.totalNodes;
    const top = [...parsed.reasons].sort((a, b) => nodes(b) - nodes(a))[0];
    if (top) {
      params.topReason = top.category;
      params.topReasonCount = nodes(top);
    }
    for (const r of parsed.reasons) {
      const concept = CATEGORY_CONCEPTS[r.category];
      if (concept && !conceptIds.includes(concept)) conceptIds.push(concept);
    }
  }
  return [{ id: 'unschedulable', severity: 'critical', conceptIds, params, evidence }];
}

function nodeProblems({ pod, node }: DiagnoseInput): Diagnosis[] {
  const nodeName = node?.metadata?.name;
  if (!node || !nodeName || nodeName !== pod.spec?.nodeName) return [];
  const conditions = node.status?.conditions ?? [];
  const out: Diagnosis[] = [];
  const readyIndex = conditions.findIndex((c) => c.type === 'Ready');
  const ready = readyIndex >= 0 ? conditions[readyIndex] : undefined;
  if (ready?.status !== 'True') {
    const status = ready?.status ?? 'Missing';
    out.push({
      id: 'node-not-ready',
      severity: 'critical',
      // Unknown = no heartbeat (unreachable taint); False = the kubelet says it is not ready.
      conceptIds: ['node-condition-ready', status === 'False' ? 'taint-not-ready' : 'taint-unreachable'],
      params: { node: nodeName, status, reason: ready?.reason ?? '' },
      evidence: [readyIndex >= 0 ? nodeConditionPath(readyIndex, 'status') : 'node.status.conditions'],
    });
  }
  conditions.forEach((c, index) => {
    const concepts = PRESSURE_CONCEPTS[c.type];
    if (!concepts || c.status !== 'True') return;
    out.push({
      id: 'node-pressure',
      severity: 'warning',
      conceptIds: [...concepts],
      params: { node: nodeName, condition: c.type, reason: c.reason ?? '' },
      evidence: [nodeConditionPath(index, 'status')],
    });
  });
  return out;
}

function containerDiagnoses(c: ContainerExplanation, input: DiagnoseInput): Diagnosis[] {
  const out: Diagnosis[] = [];
  const { events, pod, now } = input;
  const state = c.state;
  const statePath = state.path;
  const waiting = state.kind === 'waiting' ? state.reason : null;
  const failedEvents = withReason(events, 'Failed', c.name);

  if (waiting && (PULL_FAILURES.has(waiting) || waiting === 'InvalidImageName')) {
    const evidence = [`${statePath}.reason`];
    if (state.message) evidence.push(`${statePath}.message`);
    if (failedEvents.length) evidence.push(eventPath('Failed', 'message'));
    out.push({
      id: waiting === 'InvalidImageName' ? 'invalid-image-name' : 'image-pull-failed',
      severity: 'critical',
      conceptIds: [state.conceptId, 'image', 'image-pull-policy'],
      params: {
        container: c.name,
        image: c.image,
        reason: waiting,
        message: state.message ?? lastOf(failedEvents)?.message ?? '',
        pullPolicy: c.imagePullPolicy.value,
      },
      evidence,
    });
  }

  if (waiting === 'CreateContainerConfigError') {
    const message = state.message ?? lastOf(failedEvents)?.message ?? '';
    const cause = parseConfigErrorMessage(message);
    const evidence = [`${statePath}.reason`];
    if (state.message) evidence.push(`${statePath}.message`);
    if (failedEvents.length) evidence.push(eventPath('Failed', 'message'));
    // The line of the spec that names the missing ConfigMap, Secret or key.
    const reference = configErrorReference(pod.spec, c.name, cause);
    if (reference) evidence.push(reference.path);
    out.push({
      id: 'create-container-config-error',
      severity: 'critical',
      conceptIds: ['reason-create-container-config-error', 'configmap-secret-volumes'],
      params: {
        container: c.name,
        missing: cause.missing,
        ...(cause.objectKind ? { objectKind: cause.objectKind } : {}),
        ...(cause.name ? { name: cause.name } : {}),
        ...(cause.key ? { key: cause.key } : {}),
        ...(reference ? { reference: reference.path } : {}),
        message,
      },
      evidence,
    });
  }

  const last = c.lastState?.kind === 'terminated' ? c.lastState : null;
  const exitedWithError = state.kind === 'terminated' && state.exitCode !== 0;

  if (c.kind === 'init') {
    if (waiting === 'CrashLoopBackOff' || exitedWithError || (waiting && START_FAILURES.has(waiting))) {
      const source = waiting === 'CrashLoopBackOff' && last ? last : state;
      out.push({
        id: 'init-container-failing',
        severity: 'critical',
        conceptIds: ['init-containers', state.conceptId, ...(source !== state ? [source.conceptId] : [])],
        params: failureParams(c, waiting ?? state.reason ?? '', source),
        evidence: failureEvidence(state.path, source.path, source.exitCode !== null),
      });
    }
  } else {
    const crashLooping = waiting === 'CrashLoopBackOff' || (exitedWithError && c.willRestart === true && c.restartCount > 0);
    if (crashLooping) {
      const source = waiting ? last : state;
      const params: Record<string, string | number> = {
        container: c.name,
        restartCount: c.restartCount,
        backoffSeconds: c.backoff?.delaySeconds ?? 0,
      };
      if (source?.exitCode !== null && source?.exitCode !== undefined) params.lastExitCode = source.exitCode;
      if (source?.reason) params.lastReason = source.reason;
      if (source?.signal) params.lastSignal = source.signal;
      const evidence = waiting ? [`${statePath}.reason`] : [`${statePath}.exitCode`, `${statePath}.reason`];
      if (waiting && source?.path) evidence.push(`${source.path}.exitCode`, `${source.path}.reason`);
      if (withReason(events, 'BackOff', c.name).length) evidence.push(eventPath('BackOff', 'message'));
      out.push({
        id: 'crash-loop-backoff',
        severity: 'critical',
        conceptIds: ['reason-crash-loop-backoff', 'restart-policy', ...(source ? [source.conceptId] : [])].filter(
          (id, i, all): id is ConceptId => all.indexOf(id) === i,
        ),
        params,
        evidence,
      });
    }
    // An evicted pod's containers were stopped by the kubelet; 'evicted' already says why.
    const finalFailure = exitedWithError && c.willRestart === false && pod.status?.reason !== 'Evicted';
    if (finalFailure || (waiting && START_FAILURES.has(waiting))) {
      out.push({
        id: 'container-failed',
        severity: 'critical',
        conceptIds: [state.conceptId, 'restart-policy'],
        params: failureParams(c, state.reason ?? '', state),
        evidence: failureEvidence(state.path, state.path, state.exitCode !== null),
      });
    }
  }

  for (const [view, when] of [
    [state, 'now'],
    [last, 'last'],
  ] as const) {
    if (view?.kind === 'terminated' && view.reason === 'OOMKilled') {
      out.push({
        id: 'oom-killed',
        severity: 'critical',
        conceptIds: ['reason-oom-killed', 'resources', 'cgroups'],
        params: {
          container: c.name,
          memoryLimit: c.resources.limits.memory ?? 'none',
          exitCode: view.exitCode ?? 137,
          when,
        },
        evidence: [`${view.path}.reason`, `${c.specPath}.resources.limits`],
      });
      break;
    }
  }

  for (const probe of c.probes) {
    if (probe.kind === 'readiness') continue;
    if (probe.evidence.failures === 0 && probe.evidence.restartsCaused === 0) continue;
    // One id per kind, so each language names the probe in its own words.
    out.push({
      id: probe.kind === 'startup' ? 'startup-failing' : 'liveness-failing',
      severity: 'warning',
      conceptIds: [probe.conceptId, 'restart-policy'],
      params: {
        container: c.name,
        probe: probe.kind,
        failures: probe.evidence.failures,
        restarts: probe.evidence.restartsCaused,
        message: probe.evidence.lastFailureMessage ?? '',
      },
      evidence: probe.evidence.paths,
    });
  }

  const readiness = c.probes.find((p) => p.kind === 'readiness');
  if (readiness?.configured && readinessFailing(c, readiness.timing?.initialDelaySeconds ?? 0, pod, now)) {
    out.push({
      id: 'readiness-failing',
      severity: 'warning',
      conceptIds: ['readiness-probe', 'condition-ready', 'endpointslice'],
      params: {
        container: c.name,
        handler: readiness.handler?.type ?? 'unknown',
        failures: readiness.evidence.failures,
        message: readiness.evidence.lastFailureMessage ?? '',
      },
      evidence: readiness.evidence.paths,
    });
  }
  return out;
}

/** Running, past its initial delay, startup probe passed, yet not ready, in a live pod. */
function readinessFailing(c: ContainerExplanation, initialDelaySeconds: number, pod: V1Pod, now: Date): boolean {
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed' || pod.metadata?.deletionTimestamp) return false;
  if (c.state.kind !== 'running' || c.ready || c.started === false) return false;
  const started = toTimestampMs(c.state.startedAt);
  return started === undefined || now.getTime() - started >= initialDelaySeconds * 1000;
}

function failureParams(
  c: ContainerExplanation,
  reason: string,
  source: ContainerExplanation['state'],
): Record<string, string | number> {
  const params: Record<string, string | number> = {
    container: c.name,
    reason,
    restartCount: c.restartCount,
    restartPolicy: c.restartPolicy,
  };
  if (source.exitCode !== null) params.exitCode = source.exitCode;
  if (source.signal) params.signal = source.signal;
  if (source.reason && source.reason !== reason) params.lastReason = source.reason;
  return params;
}

function failureEvidence(statePath: string | null, sourcePath: string | null, hasExit: boolean): string[] {
  const out = [`${statePath}.reason`];
  if (hasExit && sourcePath) out.push(`${sourcePath}.exitCode`);
  return [...new Set(out)];
}

