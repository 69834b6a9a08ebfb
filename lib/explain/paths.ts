/**
 * Evidence paths: where in an object a diagnosis or a flow step found its
 * facts, so the UI can show each path next to its live value. Pod fields use
 * real indices (`status.containerStatuses[0].state.waiting.reason`); events
 * are addressed by reason (`events[reason=Unhealthy].message`) because their
 * order is not stable; the pod's node is prefixed with `node.`.
 */

/** Which list a container lives in. Sidecars are init containers with restartPolicy Always. */
export type ContainerKind = 'init' | 'sidecar' | 'app';

/**
 * The spec path of a container.
 * @example specContainerPath('app', 0) // 'spec.containers[0]'
 */
export function specContainerPath(kind: ContainerKind, index: number): string {
  return kind === 'app' ? `spec.containers[${index}]` : `spec.initContainers[${index}]`;
}

/**
 * The status path of a container's status entry.
 * @example statusContainerPath('init', 1) // 'status.initContainerStatuses[1]'
 */
export function statusContainerPath(kind: ContainerKind, index: number): string {
  return kind === 'app' ? `status.containerStatuses[${index}]` : `status.initContainerStatuses[${index}]`;
}

/**
 * A path into the events about this pod, selected by reason.
 * @example eventPath('Unhealthy', 'message') // 'events[reason=Unhealthy].message'
 */
export function eventPath(reason: string, field: string): string {
  return `events[reason=${reason}].${field}`;
}

/**
 * A path into the pod's status.conditions.
 * @example conditionPath(2, 'status') // 'status.conditions[2].status'
 */
export function conditionPath(index: number, field: string): string {
  return `status.conditions[${index}].${field}`;
}

/**
 * A path into the pod's node (the V1Node passed alongside the pod).
 * @example nodeConditionPath(3, 'status') // 'node.status.conditions[3].status'
 */
export function nodeConditionPath(index: number, field: string): string {
  return `node.status.conditions[${index}].${field}`;
}
