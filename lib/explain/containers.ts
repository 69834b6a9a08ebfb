import type {
  V1Container,
  V1ContainerState,
  V1ContainerStatus,
  V1LifecycleHandler,
  V1Node,
  V1Pod,
} from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import { explainImagePullPolicy, type PullPolicyExplanation } from './image-pull-policy';
import { specContainerPath, statusContainerPath, type ContainerKind } from './paths';
import type { PodEvent } from './pod-events';
import { explainProbes, type ProbeExplanation } from './probes';
import { containerResources, explainQos, type ContainerResources, type QosClass } from './resources';
import { estimateBackoff, type BackoffEstimate } from './restart-backoff';
import { toIso } from './timestamps';

/** Which of waiting / running / terminated is set; not-reported before the kubelet reports the container. */
export type ContainerStateKind = 'waiting' | 'running' | 'terminated' | 'not-reported';

/** A container state or last state, flattened, e.g. { kind: "terminated", reason: "OOMKilled", exitCode: 137, conceptId: "reason-oom-killed" }. */
export interface ContainerStateView {
  kind: ContainerStateKind;
  reason: string | null;
  message: string | null;
  /** reason-* concept for known reasons, else 'container-states'. */
  conceptId: ConceptId;
  exitCode: number | null;
  signal: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  /** terminated.containerID: the runtime container this state belonged to. */
  containerId: string | null;
  /** Evidence path of this state, e.g. 'status.containerStatuses[0].state.waiting'. */
  path: string | null;
}

/** Pod or container restart policy (Always is the pod default). */
export type RestartPolicy = 'Always' | 'OnFailure' | 'Never';

/** Everything about one container: kind, state, restarts, back-off, pull policy, resources, probes. */
export interface ContainerExplanation {
  name: string;
  kind: ContainerKind;
  conceptIds: ConceptId[];
  specPath: string;
  statusPath: string | null;
  image: string;
  /** status.imageID: the resolved digest the runtime actually ran. */
  imageId: string | null;
  containerId: string | null;
  /** The CRI runtime, from the containerID prefix: 'docker', 'containerd', 'cri-o'… */
  runtime: string | null;
  imagePullPolicy: PullPolicyExplanation;
  state: ContainerStateView;
  lastState: ContainerStateView | null;
  ready: boolean;
  started: boolean | null;
  restartCount: number;
  /**
   * The policy that applies to this container: sidecars always restart;
   * other init containers are re-run on failure unless the pod's policy is Never.
   */
  restartPolicy: RestartPolicy;
  restartPolicySource: 'pod' | 'container' | 'sidecar' | 'init-container';
  /** For a container that has exited (or is backing off): will the kubelet start it again? null while it runs. */
  willRestart: boolean | null;
  backoff: BackoffEstimate | null;
  resources: ContainerResources;
  probes: ProbeExplanation[];
  ports: { name: string | null; containerPort: number; protocol: string }[];
  hooks: {
    postStart: HookType | null;
    preStop: HookType | null;
    /** lifecycle.stopSignal, else null: SIGTERM unless the image sets STOPSIGNAL. */
    stopSignal: string | null;
  };
}

/** Handler type of a postStart / preStop hook. */
export type HookType = 'exec' | 'httpGet' | 'tcpSocket' | 'sleep' | 'unknown';

const REASON_CONCEPTS: Readonly<Record<string, ConceptId>> = {
  ContainerCreating: 'reason-container-creating',
  PodInitializing: 'reason-pod-initializing',
  ErrImagePull: 'reason-err-image-pull',
  ImagePullBackOff: 'reason-image-pull-backoff',
  InvalidImageName: 'reason-invalid-image-name',
  ErrImageNeverPull: 'reason-err-image-never-pull',
  ImageInspectError: 'reason-image-inspect-error',
  CreateContainerConfigError: 'reason-create-container-config-error',
  CreateContainerError: 'reason-create-container-error',
  RunContainerError: 'reason-run-container-error',
  CrashLoopBackOff: 'reason-crash-loop-backoff',
  PreStartHookError: 'reason-pre-start-hook-error',
  PostStartHookError: 'reason-post-start-hook-error',
  Completed: 'reason-completed',
  Error: 'reason-error',
  OOMKilled: 'reason-oom-killed',
  StartError: 'reason-start-error',
  ContainerStatusUnknown: 'reason-container-status-unknown',
};

/**
 * The concept for a waiting/terminated reason.
 * @example reasonConcept('CrashLoopBackOff') // 'reason-crash-loop-backoff'; reasonConcept('Whatever') // 'container-states'
 */
export function reasonConcept(reason: string | null | undefined): ConceptId {
  return (reason && REASON_CONCEPTS[reason]) || 'container-states';
}

/**
 * Flattens a container state (waiting, running or terminated).
 * @example describeState({ waiting: { reason: 'CrashLoopBackOff' } }, 'status.containerStatuses[0].state').kind // 'waiting'
 */
export function describeState(state: V1ContainerState | undefined, path: string | null): ContainerStateView {
  const base = {
    reason: null,
    message: null,
    exitCode: null,
    signal: null,
    startedAt: null,
    finishedAt: null,
    containerId: null,
  };
  if (state?.waiting) {
    const reason = state.waiting.reason ?? null;
    return {
      kind: 'waiting',
      ...base,
      reason,
      message: state.waiting.message ?? null,
      conceptId: reasonConcept(reason),
      path: path && `${path}.waiting`,
    };
  }
  if (state?.running) {
    return {
      kind: 'running',
      ...base,
      conceptId: 'container-states',
      startedAt: toIso(state.running.startedAt),
      path: path && `${path}.running`,
    };
  }
  if (state?.terminated) {
    const t = state.terminated;
    const reason = t.reason ?? null;
    return {
      kind: 'terminated',
      reason,
      message: t.message ?? null,
      conceptId: reasonConcept(reason),
      exitCode: t.exitCode ?? null,
      signal: t.signal ?? null,
      startedAt: toIso(t.startedAt),
      finishedAt: toIso(t.finishedAt),
      containerId: t.containerID || null,
      path: path && `${path}.terminated`,
    };
  }
  return { kind: 'not-reported', ...base, conceptId: 'container-states', path: null };
}

/** A sidecar is an init container with restartPolicy Always (docs: concepts/workloads/pods/sidecar-containers). */
export function isSidecar(container: V1Container): boolean {
  return container.restartPolicy === 'Always';
}

/**
 * The restart policy that governs one container.
 * @example containerRestartPolicy('init', 'Always', undefined) // { policy: 'OnFailure', source: 'init-container' }
 */
export function containerRestartPolicy(
  kind: ContainerKind,
  podPolicy: string | undefined,
  containerPolicy: string | undefined,
): { policy: RestartPolicy; source: ContainerExplanation['restartPolicySource'] } {
  const pod = asPolicy(podPolicy) ?? 'Always';
  if (kind === 'sidecar') return { policy: 'Always', source: 'sidecar' };
  if (kind === 'init') return { policy: pod === 'Never' ? 'Never' : 'OnFailure', source: 'init-container' };
  const own = asPolicy(containerPolicy);
  return own ? { policy: own, source: 'container' } : { policy: pod, source: 'pod' };
}

function asPolicy(value: string | undefined): RestartPolicy | null {
  return value === 'Always' || value === 'OnFailure' || value === 'Never' ? value : null;
}

/**
 * Whether the kubelet will start an exited container again: Always restarts
 * any exit, OnFailure only non-zero exits, Never nothing; nothing restarts
 * once the pod is Succeeded/Failed or being deleted.
 * @example willRestart('OnFailure', 0, false) // false
 */
export function willRestart(policy: RestartPolicy, exitCode: number | null, podFinished: boolean): boolean {
  if (podFinished) return false;
  if (policy === 'Always') return true;
  if (policy === 'OnFailure') return exitCode !== 0;
  return false;
}

/** The runtime name from a containerID such as 'containerd://75295…'. */
function runtimeOf(containerId: string | undefined): string | null {
  const match = /^([a-z0-9-]+):\/\//.exec(containerId ?? '');
  return match?.[1] ?? null;
}

function hookType(handler: V1LifecycleHandler | undefined): HookType | null {
  if (!handler) return null;
  if (handler.exec) return 'exec';
  if (handler.httpGet) return 'httpGet';
  if (handler.tcpSocket) return 'tcpSocket';
  if (handler.sleep) return 'sleep';
  return 'unknown';
}

/**
 * The imagePullPolicy each container had in kubectl's last-applied manifest:
 * name → value, null when the manifest omitted it. Undefined when there is no
 * such annotation (objects made by controllers never have one).
 */
function declaredPullPolicies(pod: V1Pod): Map<string, string | null> | undefined {
  const raw = pod.metadata?.annotations?.['kubectl.kubernetes.io/last-applied-configuration'];
  if (!raw) return undefined;
  try {
    const parsed = JSON.parse(raw) as { spec?: { containers?: unknown[]; initContainers?: unknown[] } };
    const map = new Map<string, string | null>();
    for (const c of [...(parsed.spec?.initContainers ?? []), ...(parsed.spec?.containers ?? [])]) {
      const entry = c as { name?: unknown; imagePullPolicy?: unknown };
      if (typeof entry.name === 'string') {
        map.set(entry.name, typeof entry.imagePullPolicy === 'string' ? entry.imagePullPolicy : null);
      }
    }
    return map;
  } catch {
    return undefined;
  }
}

/**
 * Explains every container of a pod: init containers and sidecars in spec
 * order, then app containers. Each gets its state and last state with
 * concept ids, restart policy and back-off, pull policy, resources with
 * cgroup settings, and probes.
 * @example explainContainers(pod, events, now).map((c) => `${c.kind}:${c.name}`) // ['init:init', 'sidecar:sidecar', 'app:sleep']
 */
export function explainContainers(
  pod: V1Pod,
  events: readonly PodEvent[],
  now: Date,
  node?: V1Node,
): ContainerExplanation[] {
  const qos: QosClass = explainQos(pod).class;
  const declared = declaredPullPolicies(pod);
  const phase = pod.status?.phase;
  const podFinished = phase === 'Succeeded' || phase === 'Failed' || Boolean(pod.metadata?.deletionTimestamp);
  const init = (pod.spec?.initContainers ?? []).map((c, i) => ({
    container: c,
    index: i,
    kind: (isSidecar(c) ? 'sidecar' : 'init') as ContainerKind,
  }));
  const app = (pod.spec?.containers ?? []).map((c, i) => ({ container: c, index: i, kind: 'app' as ContainerKind }));

  return [...init, ...app].map(({ container, index, kind }) => {
    const statuses = kind === 'app' ? pod.status?.containerStatuses : pod.status?.initContainerStatuses;
    const statusIndex = (statuses ?? []).findIndex((s) => s.name === container.name);
    const status: V1ContainerStatus | undefined = statusIndex >= 0 ? statuses?.[statusIndex] : undefined;
    const specPath = specContainerPath(kind, index);
    const statusPath = statusIndex >= 0 ? statusContainerPath(kind, statusIndex) : null;
    const state = describeState(status?.state, statusPath && `${statusPath}.state`);
    const lastState = status?.lastState && Object.keys(status.lastState).length
      ? describeState(status.lastState, statusPath && `${statusPath}.lastState`)
      : null;
    const { policy, source } = containerRestartPolicy(kind, pod.spec?.restartPolicy, container.restartPolicy);
    const restartCount = status?.restartCount ?? 0;
    const backingOff = state.kind === 'waiting' && state.reason === 'CrashLoopBackOff';
    const exitedAndRestarting =
      state.kind === 'terminated' && restartCount > 0 && willRestart(policy, state.exitCode, podFinished);
    let restart: boolean | null = null;
    if (backingOff) restart = !podFinished;
    else if (state.kind === 'terminated') restart = willRestart(policy, state.exitCode, podFinished);
    const image = container.image ?? '';
    return {
      name: container.name,
      kind,
      conceptIds: kindConcepts(kind),
      specPath,
      statusPath,
      image,
      imageId: status?.imageID || null,
      containerId: status?.containerID || null,
      runtime: runtimeOf(status?.containerID),
      imagePullPolicy: explainImagePullPolicy(
        image,
        container.imagePullPolicy,
        declared === undefined ? undefined : (declared.get(container.name) ?? null),
      ),
      state,
      lastState,
      ready: status?.ready ?? false,
      started: status?.started ?? null,
      restartCount,
      restartPolicy: policy,
      restartPolicySource: source,
      willRestart: restart,
      backoff:
        backingOff || exitedAndRestarting
          ? estimateBackoff(
              restartCount,
              state.message,
              // The back-off runs from the latest exit: lastState while waiting, the state itself when just exited.
              backingOff ? status?.lastState?.terminated?.finishedAt : status?.state?.terminated?.finishedAt,
              now,
            )
          : null,
      resources: containerResources(pod, container, kind === 'sidecar', qos, node),
      // Plain init containers cannot have probes (API validation forbids them).
      probes: kind === 'init' ? [] : explainProbes(container, status, events, policy, specPath, statusPath),
      ports: (container.ports ?? []).map((p) => ({
        name: p.name ?? null,
        containerPort: p.containerPort,
        protocol: p.protocol ?? 'TCP',
      })),
      hooks: {
        postStart: hookType(container.lifecycle?.postStart),
        preStop: hookType(container.lifecycle?.preStop),
        stopSignal: container.lifecycle?.stopSignal ?? null,
      },
    };
  });
}

function kindConcepts(kind: ContainerKind): ConceptId[] {
  if (kind === 'init') return ['container', 'init-containers'];
  if (kind === 'sidecar') return ['container', 'sidecar-containers'];
  return ['container'];
}
