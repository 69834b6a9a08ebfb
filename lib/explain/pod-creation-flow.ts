import type { V1ContainerStatus, V1OwnerReference, V1Pod } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import { statusContainerPath } from './paths';
import { eventEvidence, finishSteps, type DraftStep, type FlowEvidence, type FlowStep } from './pod-flow-types';
import { withReason, type PodEvent } from './pod-events';
import { toTimestampMs } from './human-duration';
import { msToIso, secondsBetween, toIso } from './timestamps';

/**
 * How a pod came to be (docs: concepts/scheduling-eviction/kube-scheduler,
 * pod-lifecycle). Only the apiserver talks to etcd: it authenticates,
 * authorises, admits, validates and stores the pod. A bare Pod has no
 * controller; a controller (e.g. the ReplicaSet controller) creates pods
 * through that same apiserver path. The scheduler watches unbound pods and
 * binds one through the apiserver (pods/binding: spec.nodeName, PodScheduled
 * True, event Scheduled). The kubelet on that node admits the pod and mounts
 * its volumes, then asks the runtime for the pod sandbox
 * (PodReadyToStartContainers); only then are images pulled and containers
 * created and started (pkg/kubelet: SyncPod, then kuberuntime SyncPod:
 * createPodSandbox before startContainer, which pulls the image). It reports
 * status back to the apiserver.
 */

/** Steps of pod creation in order; controller-created only for controller-owned pods, completed only for finished ones. */
export type CreationStepId =
  | 'controller-created'
  | 'submitted'
  | 'scheduled'
  | 'volumes-mounted'
  | 'sandbox-created'
  | 'image-pulled'
  | 'container-created'
  | 'started'
  | 'ready'
  | 'completed';

/** Who asked for the pod: a client (kubectl, bare Pod) or a controller named by the ownerReference. */
export type CreatedBy =
  | { kind: 'client' }
  | { kind: 'controller'; ownerKind: string; ownerName: string; controllerName: string | null };

/** The creation steps with their state, time, delta and evidence. */
export interface CreationFlow {
  createdBy: CreatedBy;
  steps: FlowStep<CreationStepId>[];
  /** Seconds from creationTimestamp to Ready=True, when both are known. */
  secondsToReady: number | null;
}

// Event source names of the built-in controllers (kube-controller-manager).
const CONTROLLERS: Readonly<Record<string, { name: string; concept: ConceptId }>> = {
  ReplicaSet: { name: 'replicaset-controller', concept: 'replicaset' },
  ReplicationController: { name: 'replication-controller', concept: 'replicaset' },
  Job: { name: 'job-controller', concept: 'job' },
  StatefulSet: { name: 'statefulset-controller', concept: 'owner-references' },
  DaemonSet: { name: 'daemonset-controller', concept: 'owner-references' },
};

const PULL_ERRORS = new Set(['ErrImagePull', 'ImagePullBackOff', 'InvalidImageName', 'ErrImageNeverPull', 'ImageInspectError']);
const CREATE_ERRORS = new Set(['CreateContainerConfigError', 'CreateContainerError']);
const START_ERRORS = new Set(['RunContainerError', 'PostStartHookError', 'PreStartHookError']);
const MOUNT_FAILURES = new Set(['FailedMount', 'FailedAttachVolume']);
/** The kubelet's admission rejection (pkg/kubelet rejectPod) writes this in front of its message. */
const REJECTED = 'Pod was rejected: ';

/**
 * The owner reference with controller: true, if any.
 * @example controllerOwner(rsPod) // { kind: 'ReplicaSet', name: 'nginx-7fb78fb6d8', … }
 */
export function controllerOwner(pod: V1Pod): V1OwnerReference | null {
  return pod.metadata?.ownerReferences?.find((o) => o.controller) ?? null;
}

interface ContainerFacts {
  name: string;
  path: string | null;
  status: V1ContainerStatus | undefined;
}

/**
 * Reconstructs the creation flow from the pod and its recorded events. Each
 * step is done, failed, current or not-reached, with the time it happened and
 * the evidence (event reason + reporting component, condition, or field).
 * Events expire after about an hour, so status fields back them up.
 * @example creationFlow(pod, events).steps.map((s) => `${s.id}:${s.state}`)
 * // ['submitted:done', 'scheduled:done', 'volumes-mounted:done', 'sandbox-created:done', 'image-pulled:failed', 'container-created:not-reached', 'started:not-reached', 'ready:not-reached']
 */
export function creationFlow(pod: V1Pod, events: readonly PodEvent[]): CreationFlow {
  const owner = controllerOwner(pod);
  const name = pod.metadata?.name ?? '';
  const drafts: DraftStep<CreationStepId>[] = [];
  let createdBy: CreatedBy = { kind: 'client' };

  if (owner) {
    const known = CONTROLLERS[owner.kind];
    createdBy = { kind: 'controller', ownerKind: owner.kind, ownerName: owner.name, controllerName: known?.name ?? null };
    // The controller's event is about the owner, not the pod: "Created pod: <name>".
    const created = events.filter((e) => e.reason === 'SuccessfulCreate' && e.message.includes(name));
    const ownerIndex = pod.metadata?.ownerReferences?.indexOf(owner) ?? 0;
    drafts.push({
      id: 'controller-created',
      state: 'done',
      component: known ? 'kube-controller-manager' : 'custom-controller',
      conceptIds: ['kube-controller-manager', 'owner-references', ...(known ? [known.concept] : [])],
      at: created[0]?.firstAt ?? null,
      evidence: [
        { kind: 'field', path: `metadata.ownerReferences[${ownerIndex}].kind`, value: owner.kind },
        ...created.map(eventEvidence),
      ],
      params: { ownerKind: owner.kind, ownerName: owner.name, ...(known ? { controller: known.name } : {}) },
    });
  }

  const creationTimestamp = toIso(pod.metadata?.creationTimestamp);
  drafts.push({
    id: 'submitted',
    state: 'done',
    component: 'kube-apiserver',
    conceptIds: ['kube-apiserver', 'etcd'],
    at: creationTimestamp,
    evidence: [{ kind: 'field', path: 'metadata.creationTimestamp', value: creationTimestamp }],
    params: { requestedBy: owner ? 'controller' : 'client' },
  });

  drafts.push(scheduledStep(pod, events));

  const app: ContainerFacts[] = (pod.spec?.containers ?? []).map((c) => facts(pod, c.name, 'app'));
  const init: ContainerFacts[] = (pod.spec?.initContainers ?? []).map((c) => facts(pod, c.name, 'init'));
  const sandbox = sandboxStep(pod, [...init, ...app], events);
  // Asking for a sandbox at all (even one that failed) means admission and mounts are done.
  drafts.push(volumesStep(pod, sandbox.state === 'done' || sandbox.state === 'failed', events));
  drafts.push(sandbox);
  drafts.push(pullStep(app, init, events));
  drafts.push(containerStep('container-created', app, init, events));
  drafts.push(containerStep('started', app, init, events));
  drafts.push(readyStep(pod, app));
  const completed = completedStep(pod, app);
  if (completed) drafts.push(completed);

  const steps = finishSteps(drafts);
  const readyAt = steps.find((s) => s.id === 'ready' && s.state === 'done')?.at ?? null;
  return { createdBy, steps, secondsToReady: readyAt ? secondsBetween(creationTimestamp, readyAt) : null };
}

function facts(pod: V1Pod, name: string, kind: 'app' | 'init'): ContainerFacts {
  const statuses = (kind === 'app' ? pod.status?.containerStatuses : pod.status?.initContainerStatuses) ?? [];
  const index = statuses.findIndex((s) => s.name === name);
  return { name, path: index >= 0 ? statusContainerPath(kind, index) : null, status: statuses[index] };
}

function scheduledStep(pod: V1Pod, events: readonly PodEvent[]): DraftStep<CreationStepId> {
  const conditions = pod.status?.conditions ?? [];
  const index = conditions.findIndex((c) => c.type === 'PodScheduled');
  const cond = index >= 0 ? conditions[index] : undefined;
  const scheduled = withReason(events, 'Scheduled');
  const failed = withReason(events, 'FailedScheduling');
  const evidence: FlowEvidence[] = [...failed.map(eventEvidence), ...scheduled.map(eventEvidence)];
  if (cond) {
    evidence.push({
      kind: 'condition',
      type: 'PodScheduled',
      status: cond.status,
      reason: cond.reason ?? null,
      at: toIso(cond.lastTransitionTime),
      path: `status.conditions[${index}]`,
    });
  }
  const nodeName = pod.spec?.nodeName;
  const params: Record<string, string | number> = { scheduler: pod.spec?.schedulerName ?? 'default-scheduler' };
  if (failed.length) params.failedAttempts = failed.reduce((n, e) => n + e.count, 0);
  const base = { id: 'scheduled' as const, component: 'kube-scheduler' as const, conceptIds: ['kube-scheduler', 'condition-pod-scheduled'] as ConceptId[] };

  if (nodeName) {
    evidence.push({ kind: 'field', path: 'spec.nodeName', value: nodeName });
    const at = cond?.status === 'True' ? toIso(cond.lastTransitionTime) : (scheduled[0]?.firstAt ?? null);
    return { ...base, state: 'done', at, evidence, params: { ...params, node: nodeName } };
  }
  const unschedulable = cond?.status === 'False' && cond.reason === 'Unschedulable';
  if (cond?.reason === 'SchedulingGated') params.gated = 1;
  return { ...base, state: unschedulable || failed.length ? 'failed' : 'pending', at: null, evidence, params };
}

/**
 * The kubelet admits the pod (resources, node affinity, …) and waits for its
 * volumes to be attached and mounted before it asks for the sandbox. A
 * rejection fails the pod at once (phase Failed, "Pod was rejected: …");
 * FailedMount / FailedAttachVolume events hold it here; a request for the
 * sandbox proves it got past. No event marks success, so the time stays unknown.
 */
function volumesStep(pod: V1Pod, sandboxRequested: boolean, events: readonly PodEvent[]): DraftStep<CreationStepId> {
  const mountFailures = events.filter((e) => MOUNT_FAILURES.has(e.reason));
  const evidence: FlowEvidence[] = mountFailures.map(eventEvidence);
  const base = {
    id: 'volumes-mounted' as const,
    component: 'kubelet' as const,
    conceptIds: ['kubelet', 'reason-container-creating'] as ConceptId[],
    at: null,
    params: { volumes: pod.spec?.volumes?.length ?? 0 },
  };
  const message = pod.status?.message ?? '';
  if (pod.status?.phase === 'Failed' && message.startsWith(REJECTED)) {
    evidence.push({ kind: 'field', path: 'status.reason', value: pod.status.reason ?? null }, { kind: 'field', path: 'status.message', value: message });
    return { ...base, state: 'failed', evidence };
  }
  if (sandboxRequested) return { ...base, state: 'done', evidence };
  return { ...base, state: mountFailures.length ? 'failed' : 'pending', evidence };
}

/**
 * The runtime creates the pod sandbox (network namespace, pod IP) through the
 * CRI; the kubelet then sets PodReadyToStartContainers=True. Clusters before
 * 1.29 lack that condition, so a pod IP or a container that was ever created
 * also proves the sandbox existed (a finished pod's condition turns False
 * again when its sandbox is torn down). The time stays unknown: the kubelet
 * writes the condition at its next status sync, which can come after the
 * first image pull, so the condition's own time rides along as evidence only.
 */
function sandboxStep(pod: V1Pod, containers: readonly ContainerFacts[], events: readonly PodEvent[]): DraftStep<CreationStepId> {
  const conditions = pod.status?.conditions ?? [];
  const index = conditions.findIndex((c) => c.type === 'PodReadyToStartContainers');
  const cond = index >= 0 ? conditions[index] : undefined;
  const failures = withReason(events, 'FailedCreatePodSandBox');
  const evidence: FlowEvidence[] = failures.map(eventEvidence);
  if (cond) {
    evidence.push({
      kind: 'condition',
      type: 'PodReadyToStartContainers',
      status: cond.status,
      reason: cond.reason ?? null,
      at: toIso(cond.lastTransitionTime),
      path: `status.conditions[${index}]`,
    });
  }
  const podIP = pod.status?.podIP;
  if (podIP) evidence.push({ kind: 'field', path: 'status.podIP', value: podIP });
  const base = {
    id: 'sandbox-created' as const,
    component: 'container-runtime' as const,
    conceptIds: ['container-runtime', 'condition-pod-ready-to-start-containers'] as ConceptId[],
    at: null,
    params: {},
  };
  if (cond?.status === 'True' || podIP || containers.some((c) => everCreated(c.status))) return { ...base, state: 'done', evidence };
  return { ...base, state: failures.length ? 'failed' : 'pending', evidence };
}

/** First known time from a list of timestamps (epoch-zero "never started" values ignored). */
function earliest(values: readonly (string | null | undefined)[]): string | null {
  const ms = values.map((v) => toTimestampMs(v ?? undefined)).filter((v): v is number => v !== undefined && v > 0);
  return ms.length ? msToIso(Math.min(...ms)) : null;
}

function latest(values: readonly (string | null)[]): string | null {
  const ms = values.map((v) => toTimestampMs(v ?? undefined)).filter((v): v is number => v !== undefined);
  return ms.length ? msToIso(Math.max(...ms)) : null;
}

/** Did this container ever get as far as a runtime container (now or before a restart)? */
function everCreated(s: V1ContainerStatus | undefined): boolean {
  return Boolean(s?.containerID || s?.state?.running || s?.state?.terminated || s?.lastState?.terminated);
}

function waitingReason(s: V1ContainerStatus | undefined): string | null {
  return s?.state?.waiting?.reason ?? null;
}

function pullStep(app: readonly ContainerFacts[], init: readonly ContainerFacts[], events: readonly PodEvent[]): DraftStep<CreationStepId> {
  const evidence: FlowEvidence[] = [];
  const all = [...init, ...app];
  const names = new Set(all.map((c) => c.name));
  const pullEvents = events.filter(
    (e) =>
      (e.reason === 'Pulling' ||
        e.reason === 'Pulled' ||
        (e.reason === 'Failed' && /image/i.test(e.message)) ||
        (e.reason === 'BackOff' && /pulling image/i.test(e.message)) ||
        e.reason === 'ErrImageNeverPull' ||
        e.reason === 'InspectFailed') &&
      (e.container === null || names.has(e.container)),
  );
  evidence.push(...pullEvents.map(eventEvidence));
  let failed = false;
  for (const c of all) {
    const reason = waitingReason(c.status);
    if (reason && PULL_ERRORS.has(reason)) {
      failed = true;
      evidence.push({ kind: 'field', path: `${c.path}.state.waiting.reason`, value: reason });
    }
  }
  const pulledTimes: (string | null)[] = [];
  let allPulled = app.length > 0;
  for (const c of app) {
    const pulled = withReason(events, 'Pulled', c.name);
    const pulledNow = pulled.length > 0 || Boolean(c.status?.imageID) || everCreated(c.status);
    if (!pulledNow) allPulled = false;
    pulledTimes.push(earliest(pulled.map((e) => e.firstAt)));
    if (!pulled.length && c.status?.imageID) evidence.push({ kind: 'field', path: `${c.path}.imageID`, value: c.status.imageID });
  }
  const pulledEvents = pullEvents.filter((e) => e.reason === 'Pulled');
  const params: Record<string, string | number> = {
    alreadyPresent: pulledEvents.filter((e) => /already present on machine/i.test(e.message)).length,
    pulled: pulledEvents.filter((e) => /^Successfully pulled/i.test(e.message)).length,
  };
  return {
    id: 'image-pulled',
    state: failed ? 'failed' : allPulled ? 'done' : 'pending',
    component: 'kubelet',
    conceptIds: ['kubelet', 'image', 'image-pull-policy'],
    at: allPulled && !failed ? latest(pulledTimes) : null,
    evidence,
    params,
  };
}

function containerStep(
  id: 'container-created' | 'started',
  app: readonly ContainerFacts[],
  init: readonly ContainerFacts[],
  events: readonly PodEvent[],
): DraftStep<CreationStepId> {
  const reason = id === 'container-created' ? 'Created' : 'Started';
  const errors = id === 'container-created' ? CREATE_ERRORS : START_ERRORS;
  const evidence: FlowEvidence[] = [];
  let failed = false;
  for (const c of [...init, ...app]) {
    const waiting = waitingReason(c.status);
    const terminated = c.status?.state?.terminated?.reason;
    const lastTerminated = c.status?.lastState?.terminated?.reason;
    if (waiting && errors.has(waiting)) {
      failed = true;
      evidence.push({ kind: 'field', path: `${c.path}.state.waiting.reason`, value: waiting });
    } else if (id === 'started' && (terminated === 'StartError' || (waiting === 'CrashLoopBackOff' && lastTerminated === 'StartError'))) {
      failed = true;
      const where = terminated === 'StartError' ? 'state' : 'lastState';
      evidence.push({ kind: 'field', path: `${c.path}.${where}.terminated.reason`, value: 'StartError' });
    }
  }
  const times: (string | null)[] = [];
  let all = app.length > 0;
  for (const c of app) {
    const own = withReason(events, reason, c.name);
    evidence.push(...own.map(eventEvidence));
    const s = c.status;
    let happened: boolean;
    let at: string | null;
    if (id === 'container-created') {
      happened = own.length > 0 || everCreated(s);
      at = earliest(own.map((e) => e.firstAt));
      if (!own.length && s?.containerID) evidence.push({ kind: 'field', path: `${c.path}.containerID`, value: s.containerID });
    } else {
      // After a restart the status only holds later instances' start times, so
      // the first start is known from the Started event alone.
      const firstInstance = (s?.restartCount ?? 0) === 0;
      const stateStart = earliest([toIso(s?.state?.running?.startedAt), toIso(s?.state?.terminated?.startedAt)]);
      const lastStart = earliest([toIso(s?.lastState?.terminated?.startedAt)]);
      at = earliest([...own.map((e) => e.firstAt), firstInstance ? stateStart : null]);
      happened = own.length > 0 || stateStart !== null || lastStart !== null;
      if (!own.length && (stateStart || lastStart)) {
        const where = s?.state?.running ? 'state.running' : stateStart ? 'state.terminated' : 'lastState.terminated';
        evidence.push({ kind: 'field', path: `${c.path}.${where}.startedAt`, value: stateStart ?? lastStart });
      }
    }
    if (!happened) all = false;
    times.push(at);
  }
  return {
    id,
    state: failed ? 'failed' : all ? 'done' : 'pending',
    component: id === 'container-created' ? 'container-runtime' : 'kubelet',
    conceptIds: id === 'container-created' ? ['kubelet', 'container-runtime', 'container'] : ['kubelet', 'container-states'],
    at: all && !failed ? latest(times) : null,
    evidence,
    params: { containers: app.length },
  };
}

function readyStep(pod: V1Pod, app: readonly ContainerFacts[]): DraftStep<CreationStepId> {
  const conditions = pod.status?.conditions ?? [];
  const index = conditions.findIndex((c) => c.type === 'Ready');
  const cond = index >= 0 ? conditions[index] : undefined;
  const evidence: FlowEvidence[] = [];
  if (cond) {
    evidence.push({
      kind: 'condition',
      type: 'Ready',
      status: cond.status,
      reason: cond.reason ?? null,
      at: toIso(cond.lastTransitionTime),
      path: `status.conditions[${index}]`,
    });
  }
  const base = { id: 'ready' as const, component: 'kubelet' as const, conceptIds: ['condition-ready', 'readiness-probe'] as ConceptId[] };
  if (cond?.status === 'True') return { ...base, state: 'done', at: toIso(cond.lastTransitionTime), evidence, params: {} };
  const phase = pod.status?.phase;
  // A finished pod is no longer Ready (reason PodCompleted) whether or not it ever was.
  if (phase === 'Succeeded' || phase === 'Failed') {
    return { ...base, state: 'skipped', at: null, evidence, params: cond?.reason ? { reason: cond.reason } : {} };
  }
  let failing = false;
  for (const c of app) {
    const waiting = waitingReason(c.status);
    const terminated = c.status?.state?.terminated;
    if (waiting === 'CrashLoopBackOff' || (terminated && terminated.exitCode !== 0)) {
      failing = true;
      evidence.push(
        waiting
          ? { kind: 'field', path: `${c.path}.state.waiting.reason`, value: waiting }
          : { kind: 'field', path: `${c.path}.state.terminated.exitCode`, value: terminated?.exitCode ?? null },
      );
    } else if (c.status?.state?.running && !c.status.ready) {
      evidence.push({ kind: 'field', path: `${c.path}.ready`, value: false });
    }
  }
  return { ...base, state: failing ? 'failed' : 'pending', at: null, evidence, params: {} };
}

function completedStep(pod: V1Pod, app: readonly ContainerFacts[]): DraftStep<CreationStepId> | null {
  const phase = pod.status?.phase;
  if (phase !== 'Succeeded' && phase !== 'Failed') return null;
  const evidence: FlowEvidence[] = [{ kind: 'field', path: 'status.phase', value: phase }];
  const finished: (string | null)[] = [];
  for (const c of app) {
    const t = c.status?.state?.terminated;
    if (t) {
      finished.push(toIso(t.finishedAt));
      evidence.push({ kind: 'field', path: `${c.path}.state.terminated.exitCode`, value: t.exitCode });
    }
  }
  return {
    id: 'completed',
    state: phase === 'Succeeded' ? 'done' : 'failed',
    component: 'kubelet',
    conceptIds: [phase === 'Succeeded' ? 'phase-succeeded' : 'phase-failed'],
    at: latest(finished),
    evidence,
    params: pod.status?.reason ? { reason: pod.status.reason } : {},
  };
}
