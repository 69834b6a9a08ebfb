/**
 * Test support: core/v1 Events shaped exactly like the ones real clusters
 * record about a pod, so flow and diagnosis tests run on realistic sequences.
 * Two writer styles exist in the wild and both are built here:
 * - the old core/v1 recorder (kubelet, kube-controller-manager, pre-1.19
 *   schedulers): source.component + host, firstTimestamp/lastTimestamp, count,
 *   eventTime null, reportingComponent '' (or the same name on newer kubelets);
 * - the events.k8s.io/v1 recorder (kube-scheduler since 1.19) read back through
 *   core/v1: source {}, firstTimestamp/lastTimestamp null, eventTime with
 *   microseconds, reportingComponent/reportingInstance, action, series.
 */
import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';

let sequence = 0;

export interface RecordedEventInput {
  reason: string;
  message: string;
  component: string;
  host?: string;
  type?: 'Normal' | 'Warning';
  /** ISO time of the first occurrence. */
  first: string;
  /** ISO time of the last occurrence (defaults to first). */
  last?: string;
  count?: number;
  /** Container the event is about, e.g. 'nginx' → fieldPath spec.containers{nginx}. */
  container?: string;
  init?: boolean;
}

/**
 * An old-style core/v1 Event about a pod (what the kubelet writes).
 * @example podEvent(pod, { reason: 'Pulled', message: 'Container image "nginx:alpine" already present on machine', component: 'kubelet', host: 'minikube', first: '2019-08-09T05:12:20Z', container: 'nginx' })
 */
export function podEvent(pod: V1Pod, input: RecordedEventInput): CoreV1Event {
  sequence += 1;
  const name = pod.metadata?.name ?? 'pod';
  const namespace = pod.metadata?.namespace ?? 'default';
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: `${name}.${sequence.toString(16).padStart(16, '0')}`,
      namespace,
      uid: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
      resourceVersion: String(590000 + sequence),
      creationTimestamp: input.first as unknown as Date,
    },
    involvedObject: {
      apiVersion: 'v1',
      kind: 'Pod',
      name,
      namespace,
      uid: pod.metadata?.uid,
      resourceVersion: pod.metadata?.resourceVersion,
      ...(input.container
        ? { fieldPath: `spec.${input.init ? 'initContainers' : 'containers'}{${input.container}}` }
        : {}),
    },
    reason: input.reason,
    message: input.message,
    source: { component: input.component, ...(input.host ? { host: input.host } : {}) },
    firstTimestamp: input.first as unknown as Date,
    lastTimestamp: (input.last ?? input.first) as unknown as Date,
    count: input.count ?? 1,
    type: input.type ?? 'Normal',
    eventTime: null as unknown as undefined,
    reportingComponent: '',
    reportingInstance: '',
  };
}

/**
 * A kube-scheduler event (events.k8s.io/v1 recorder) as core/v1 serves it.
 * @example schedulerEvent(pod, 'Scheduled', 'Successfully assigned default/sleep to kind-control-plane', '2024-08-24T01:54:32.318204Z')
 */
export function schedulerEvent(
  pod: V1Pod,
  reason: 'Scheduled' | 'FailedScheduling',
  message: string,
  eventTime: string,
  series?: { count: number; lastObservedTime: string },
): CoreV1Event {
  sequence += 1;
  const name = pod.metadata?.name ?? 'pod';
  const namespace = pod.metadata?.namespace ?? 'default';
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: `${name}.${sequence.toString(16).padStart(16, '0')}`,
      namespace,
      uid: `00000000-0000-4000-9000-${String(sequence).padStart(12, '0')}`,
      resourceVersion: String(17000 + sequence),
      creationTimestamp: eventTime.replace(/\.\d+Z$/, 'Z') as unknown as Date,
    },
    involvedObject: {
      apiVersion: 'v1',
      kind: 'Pod',
      name,
      namespace,
      uid: pod.metadata?.uid,
      resourceVersion: pod.metadata?.resourceVersion,
    },
    reason,
    message,
    source: {},
    firstTimestamp: null as unknown as undefined,
    lastTimestamp: null as unknown as undefined,
    count: 0,
    type: reason === 'Scheduled' ? 'Normal' : 'Warning',
    eventTime: eventTime as unknown as Date,
    action: reason === 'Scheduled' ? 'Binding' : 'Scheduling',
    reportingComponent: 'default-scheduler',
    reportingInstance: 'default-scheduler-kind-control-plane',
    ...(series ? { series: { count: series.count, lastObservedTime: series.lastObservedTime as unknown as Date } } : {}),
  };
}

/**
 * The ReplicaSet controller's event when it creates a pod: it is about the
 * ReplicaSet, not the pod, and names the pod in its message.
 * @example replicaSetCreatedEvent(pod, '2019-12-31T19:27:22Z')
 */
export function replicaSetCreatedEvent(pod: V1Pod, at: string): CoreV1Event {
  sequence += 1;
  const owner = pod.metadata?.ownerReferences?.[0];
  const namespace = pod.metadata?.namespace ?? 'default';
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: {
      name: `${owner?.name ?? 'rs'}.${sequence.toString(16).padStart(16, '0')}`,
      namespace,
      uid: `00000000-0000-4000-a000-${String(sequence).padStart(12, '0')}`,
      resourceVersion: String(87290000 + sequence),
      creationTimestamp: at as unknown as Date,
    },
    involvedObject: {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      name: owner?.name,
      namespace,
      uid: owner?.uid,
      resourceVersion: '87290100',
    },
    reason: 'SuccessfulCreate',
    message: `Created pod: ${pod.metadata?.name ?? ''}`,
    source: { component: 'replicaset-controller' },
    firstTimestamp: at as unknown as Date,
    lastTimestamp: at as unknown as Date,
    count: 1,
    type: 'Normal',
    eventTime: null as unknown as undefined,
    reportingComponent: '',
    reportingInstance: '',
  };
}
