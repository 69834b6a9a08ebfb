import type { CoreV1Event, V1Node, V1Pod, V1Service } from '@kubernetes/client-node';
import { podCommands, type PodCommand } from './commands';
import { explainContainers, type ContainerExplanation } from './containers';
import { explainNamespaces, type NamespaceExplanation } from './linux-namespaces';
import { creationFlow, controllerOwner, type CreationFlow } from './pod-creation-flow';
import { deletionFlow, type DeletionFlow } from './pod-deletion-flow';
import { diagnosePod } from './pod-diagnoses';
import { attributeContainerEvents } from './pod-event-attribution';
import { eventsForPod, lastOf, normalizeEvents, withReason, type AnyEvent, type PodEvent } from './pod-events';
import { explainLifecycle, type PodLifecycle } from './pod-lifecycle';
import { servicesSelectingPod, type PodServiceMembership } from './pod-services';
import { explainQos, type PodQos } from './resources';
import { parseSchedulingMessage, type ParsedSchedulingMessage } from './scheduling-message';
import { secondsBetween, toIso } from './timestamps';
import type { Diagnosis } from './types';
import { explainVolumes, type VolumeExplanation } from './volumes';

/** Inputs besides the pod. Only `now` is required; everything else adds evidence. */
export interface ExplainPodOptions {
  /** The moment to explain the pod at; every age and countdown is relative to it. */
  now: Date;
  /** Events about this pod (core/v1 or events.k8s.io/v1); others are filtered out. */
  events?: readonly AnyEvent[];
  /** The node the pod is bound to, for node health and OOM scores. */
  node?: V1Node;
  /** Services in the pod's namespace, to show which select it. */
  services?: readonly V1Service[];
}

/** Identity and placement of the pod, e.g. { name: "nginx", nodeName: "minikube", ageSeconds: 600, owner: null }. */
export interface PodSummary {
  name: string;
  namespace: string;
  uid: string | null;
  nodeName: string | null;
  podIP: string | null;
  hostIP: string | null;
  createdAt: string | null;
  ageSeconds: number | null;
  restartPolicy: string;
  owner: { kind: string; name: string } | null;
}

/** Everything lib/explain says about a pod; plain JSON (ISO strings, seconds). */
export interface PodExplanation {
  pod: PodSummary;
  lifecycle: PodLifecycle;
  creationFlow: CreationFlow;
  /** Present only while metadata.deletionTimestamp is set. */
  deletionFlow: DeletionFlow | null;
  containers: ContainerExplanation[];
  qos: PodQos;
  volumes: VolumeExplanation[];
  namespaces: NamespaceExplanation[];
  /** The scheduler's latest "0/N nodes are available" message, parsed, while the pod is unbound. */
  scheduling: ParsedSchedulingMessage | null;
  /** Services selecting the pod and its endpoint conditions; null when services were not given. */
  services: PodServiceMembership[] | null;
  commands: PodCommand[];
  diagnoses: Diagnosis[];
}

/**
 * Explains a pod at a moment: lifecycle position, creation and deletion
 * flows, containers (state, restarts, pull policy, resources, probes),
 * volumes, shared namespaces, matching Services, kubectl/docker commands and
 * diagnoses. Pure: the same inputs always give the same output.
 * @example explainPod(pod, { now: new Date(), events, node, services }).diagnoses.map((d) => d.id) // ['crash-loop-backoff']
 */
export function explainPod(pod: V1Pod, options: ExplainPodOptions): PodExplanation {
  const { now, services } = options;
  // Only the node the pod is bound to says anything about it.
  const node = options.node && options.node.metadata?.name === pod.spec?.nodeName ? options.node : undefined;
  const name = pod.metadata?.name ?? '';
  // Reporters such as KWOK leave involvedObject.fieldPath empty; where the spec settles which container an event is about, say so.
  const coreEvents = (options.events ?? []).filter((e): e is CoreV1Event => 'involvedObject' in e);
  const otherEvents = (options.events ?? []).filter((e) => !('involvedObject' in e));
  const events = eventsForPod(normalizeEvents([...attributeContainerEvents(pod, coreEvents).events, ...otherEvents]), name, pod.metadata?.uid);
  const containers = explainContainers(pod, events, now, node);
  const membership = services ? servicesSelectingPod(pod, services) : null;
  const deletion = deletionFlow(pod, events, now, membership?.map((s) => s.name));
  const owner = controllerOwner(pod);
  const createdAt = toIso(pod.metadata?.creationTimestamp);
  return {
    pod: {
      name,
      namespace: pod.metadata?.namespace ?? 'default',
      uid: pod.metadata?.uid ?? null,
      nodeName: pod.spec?.nodeName ?? null,
      podIP: pod.status?.podIP ?? null,
      hostIP: pod.status?.hostIP ?? null,
      createdAt,
      ageSeconds: createdAt ? secondsBetween(createdAt, now) : null,
      restartPolicy: pod.spec?.restartPolicy ?? 'Always',
      owner: owner ? { kind: owner.kind, name: owner.name } : null,
    },
    lifecycle: explainLifecycle(pod, now),
    creationFlow: creationFlow(pod, events),
    deletionFlow: deletion,
    containers,
    qos: explainQos(pod),
    volumes: explainVolumes(pod),
    namespaces: explainNamespaces(pod),
    scheduling: schedulingFailure(pod, events),
    services: membership,
    commands: podCommands(pod, containers),
    diagnoses: diagnosePod({ pod, events, containers, deletion, node, now }),
  };
}

/** The current scheduling failure of an unbound pod: condition message first, else the latest event. */
function schedulingFailure(pod: V1Pod, events: readonly PodEvent[]): ParsedSchedulingMessage | null {
  if (pod.spec?.nodeName) return null;
  const cond = pod.status?.conditions?.find((c) => c.type === 'PodScheduled');
  const message = (cond?.status === 'False' && cond.message) || lastOf(withReason(events, 'FailedScheduling'))?.message;
  return message ? parseSchedulingMessage(message) : null;
}
