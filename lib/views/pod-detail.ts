import type { CoreV1Event, V1EndpointSlice, V1Node, V1Pod, V1Service } from '@kubernetes/client-node';
import { explainPod, type PodExplanation } from '../explain/pod';

export interface PodDetailInputs {
  pods: V1Pod[];
  events: CoreV1Event[];
  nodes: V1Node[];
  services: V1Service[];
  endpointslices: V1EndpointSlice[];
}

export type PodDetailModel = { found: false; namespace: string; name: string } | { found: true; explanation: PodExplanation };

/**
 * The Pod detail page's live model: the pod's explanation from its events,
 * its node and the Services of its namespace.
 * @example buildPodDetail(inputs, now, { namespace: 'explain-demo', name: 'crash-loop' })
 */
export function buildPodDetail(inputs: PodDetailInputs, now: Date, id: { namespace: string; name: string }): PodDetailModel {
  const pod = inputs.pods.find((p) => p.metadata?.name === id.name && p.metadata?.namespace === id.namespace);
  if (!pod) return { found: false, ...id };
  const node = inputs.nodes.find((n) => n.metadata?.name === pod.spec?.nodeName);
  return { found: true, explanation: explainPod(pod, { now, events: inputs.events, node, services: inputs.services }) };
}
