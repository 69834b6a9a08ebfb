import type { FlowComponent } from '../explain/pod-flow-types';

/**
 * Which control-plane or node component reported an event. In the sandbox
 * KWOK plays every kubelet, and its events carry source.component
 * "kwok_controller": they are the kubelet's events, simulated.
 */
export type EventSourceRole = 'kubelet' | 'kubelet-kwok' | 'kube-scheduler' | 'kube-controller-manager' | 'kube-apiserver' | 'other';

/** Event source of KWOK's simulated kubelets (sigs.k8s.io/kwok). */
export const KWOK_COMPONENT = 'kwok_controller';

/** The annotation KWOK puts on the nodes it fakes. */
export const KWOK_NODE_ANNOTATION = 'kwok.x-k8s.io/node';

/**
 * The component behind an event's reporter name.
 * @example eventSourceRole('kwok_controller') → 'kubelet-kwok'; eventSourceRole('replicaset-controller') → 'kube-controller-manager'
 */
export function eventSourceRole(component: string | null): EventSourceRole {
  if (!component) return 'other';
  if (component === KWOK_COMPONENT) return 'kubelet-kwok';
  if (component === 'kubelet') return 'kubelet';
  if (/scheduler$/.test(component)) return 'kube-scheduler';
  // Built-in controllers report as "<name>-controller" (replicaset-controller, job-controller, …).
  if (/-controller$/.test(component)) return 'kube-controller-manager';
  if (component === 'kube-apiserver') return 'kube-apiserver';
  return 'other';
}

/** How the UI names a flow step's actor: the component, or the simulated kubelet/runtime in a KWOK cluster. */
export type FlowActor = FlowComponent | 'kubelet-kwok' | 'container-runtime-kwok';

/**
 * Names the actor of a flow step. Node-side steps (kubelet, container runtime)
 * are simulated when one of the step's events came from KWOK, or, for steps
 * without events, when the pod's node is a KWOK node.
 * @example flowActor('kubelet', ['kwok_controller'], false) → 'kubelet-kwok'
 * @example flowActor('kube-scheduler', ['default-scheduler'], true) → 'kube-scheduler'
 */
export function flowActor(component: FlowComponent, eventComponents: readonly (string | null)[], nodeSimulated: boolean): FlowActor {
  if (component !== 'kubelet' && component !== 'container-runtime') return component;
  const simulated = eventComponents.length > 0 ? eventComponents.some((c) => c === KWOK_COMPONENT) : nodeSimulated;
  if (!simulated) return component;
  return component === 'kubelet' ? 'kubelet-kwok' : 'container-runtime-kwok';
}
