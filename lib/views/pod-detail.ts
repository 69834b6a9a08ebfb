import type { CoreV1Event, V1EndpointSlice, V1Node, V1Pod, V1Service } from '@kubernetes/client-node';
import { explainPod, type PodExplanation } from '../explain/pod';
import { eventsForPod, normalizeEvents, podEventCandidates, type PodEvent } from '../explain/pod-events';
import type { ParsedSchedulingMessage } from '../explain/scheduling-message';
import { formatEvidence, readPath } from './evidence';
import { podServiceViews, type PodServiceView } from './pod-endpoints';
import { attributeContainerEvents } from '../explain/pod-event-attribution';
import { eventSourceRole, KWOK_COMPONENT, KWOK_NODE_ANNOTATION, type EventSourceRole } from './pod-event-source';
import { lifecycleDiagram, type LifecycleDiagram } from './pod-lifecycle-diagram';
import { ownerChain, type OwnerLink, type OwnerParents } from './pod-owners';
import { decodeScheduling } from './pod-scheduling';
import { sanitizePod, toYaml } from './pod-yaml';
import { clampText } from './clamp-text';

export interface PodDetailInputs {
  pods: V1Pod[];
  events: CoreV1Event[];
  nodes: V1Node[];
  services: V1Service[];
  endpointslices: V1EndpointSlice[];
  /** The namespace's ReplicaSets and Jobs: the owner chain reads a Deployment or CronJob from their ownerReferences. */
  replicasets?: OwnerParents['replicaSets'];
  jobs?: OwnerParents['jobs'];
}

/** One row of the events table, e.g. { reason: 'BackOff', component: 'kwok_controller', role: 'kubelet-kwok', count: 6, … }. */
export interface PodEventRow {
  key: string;
  type: string;
  reason: string;
  component: string | null;
  role: EventSourceRole;
  count: number;
  firstAt: string | null;
  lastAt: string | null;
  /** The message, cut at EVENT_MESSAGE_MAX characters (core/v1 Events have no length limit). */
  message: string;
  /** Characters of the message left out; 0 when it is whole. */
  messageOmitted: number;
  container: string | null;
}

/** The most of one event's message a row carries: the model is resent on every change, and the table shows it whole. */
export const EVENT_MESSAGE_MAX = 4096;

/** The node the pod runs on, as far as the page needs it. */
export interface PodNodeView {
  name: string;
  /** status.nodeInfo.containerRuntimeVersion, e.g. 'containerd://2.1.4'. */
  runtime: string | null;
  /** A KWOK node: its kubelet and runtime are simulated. */
  simulated: boolean;
}

/** Everything the Pod page shows, as plain JSON. */
export interface PodDetail {
  found: true;
  explanation: PodExplanation;
  diagram: LifecycleDiagram;
  /** The scheduler's failure decoded per reason, while the pod is unbound. */
  scheduling: ParsedSchedulingMessage | null;
  /** Events about the pod, newest first. */
  events: PodEventRow[];
  /** The live value of every evidence path the diagnoses and probes cite. */
  evidence: Record<string, string>;
  owners: OwnerLink[];
  services: PodServiceView[];
  node: PodNodeView | null;
  /** Container events without a field path that were attributed from the pod's spec (see pod-event-attribution). */
  attributedEvents: number;
  /** The pod as `kubectl get -o yaml` prints it, managedFields dropped. */
  yaml: string;
}

export type PodDetailModel = { found: false; namespace: string; name: string } | PodDetail;

function eventRows(events: readonly PodEvent[]): PodEventRow[] {
  return events
    .map((e, i) => ({ e, i, message: clampText(e.message, EVENT_MESSAGE_MAX) }))
    .map(({ e, i, message }) => ({
      key: `${i}:${e.reason}:${e.firstAt ?? ''}`,
      type: e.type,
      reason: e.reason,
      component: e.component,
      role: eventSourceRole(e.component),
      count: e.count,
      firstAt: e.firstAt,
      lastAt: e.lastAt,
      message: message.text,
      messageOmitted: message.omitted,
      container: e.container,
    }))
    .reverse();
}

/**
 * The Pod detail page's live model: the pod's explanation from its events,
 * its node and the Services of its namespace, plus the lifecycle diagram,
 * the decoded scheduling failure, the events table, the evidence values, the
 * owner chain, the Services with their EndpointSlice state and the YAML.
 * Pure: the same inputs and `now` give the same model.
 * @example buildPodDetail(inputs, now, { namespace: 'explain-demo', name: 'crash-loop' }).found → true
 */
export function buildPodDetail(inputs: PodDetailInputs, now: Date, id: { namespace: string; name: string }): PodDetailModel {
  const pod = inputs.pods.find((p) => p.metadata?.name === id.name && p.metadata?.namespace === id.namespace);
  if (!pod) return { found: false, ...id };
  const node = inputs.nodes.find((n) => n.metadata?.name === pod.spec?.nodeName);
  // One cheap pass drops the namespace's other events before anything normalizes or sorts them.
  const candidates = podEventCandidates(inputs.events, id.name);
  const { events: attributed, attributed: attributedEvents } = attributeContainerEvents(pod, candidates);
  const explanation = explainPod(pod, { now, events: attributed, node, services: inputs.services });
  const podEvents = eventsForPod(normalizeEvents(attributed), id.name, pod.metadata?.uid);
  const clean = sanitizePod(pod);

  const root = { ...clean, events: podEvents, node };
  const paths = new Set([
    ...explanation.diagnoses.flatMap((d) => d.evidence),
    ...explanation.containers.flatMap((c) => c.probes.flatMap((p) => p.evidence.paths)),
  ]);
  const evidence: Record<string, string> = {};
  for (const path of paths) {
    const value = formatEvidence(readPath(root, path));
    if (value !== undefined) evidence[path] = value;
  }

  const unbound = !pod.spec?.nodeName;
  const conditionMessage = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False')?.message;
  const lastFailed = podEvents.filter((e) => e.reason === 'FailedScheduling').at(-1)?.message;

  return {
    found: true,
    explanation,
    diagram: lifecycleDiagram(explanation.lifecycle),
    scheduling: unbound ? decodeScheduling(conditionMessage || lastFailed) : null,
    events: eventRows(podEvents),
    evidence,
    owners: ownerChain(pod, inputs.events, { replicaSets: inputs.replicasets, jobs: inputs.jobs }),
    services: podServiceViews(pod, explanation.services ?? [], inputs.endpointslices),
    node: node
      ? {
          name: node.metadata?.name ?? '',
          runtime: node.status?.nodeInfo?.containerRuntimeVersion || null,
          simulated: node.metadata?.annotations?.[KWOK_NODE_ANNOTATION] === 'fake' || podEvents.some((e) => e.component === KWOK_COMPONENT),
        }
      : null,
    attributedEvents,
    yaml: toYaml(clean),
  };
}
