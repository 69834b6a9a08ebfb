/**
 * Where a Service port sends traffic on each pod. Ported from kubernetes
 * pkg/api/v1/pod/util.go FindPort (also staging/src/k8s.io/endpointslice):
 * a numeric targetPort is used as is; a named one is looked up among the
 * pod's container ports, then its sidecars' (init containers with
 * restartPolicy Always), by name AND protocol. A pod without the name gets no
 * endpoint for that port.
 */
import type { V1Container, V1Pod, V1ServicePort } from '@kubernetes/client-node';

export interface TargetPortResolution {
  /** The port traffic reaches on this pod, null when a named port does not resolve. */
  containerPort: number | null;
  /** The container declaring that port, null when none declares it (fine for numeric ports). */
  container: string | null;
  problem: 'no-such-named-port' | 'named-port-protocol-mismatch' | null;
}

export interface PodPortResolution extends TargetPortResolution {
  namespace: string;
  pod: string;
}

export interface ServicePortView {
  index: number;
  name: string | null;
  protocol: string;
  port: number;
  nodePort: number | null;
  appProtocol: string | null;
  /** targetPort as written, or the port itself when unset (the API default). */
  targetPort: number | string;
  targetPortKind: 'number' | 'name' | 'default';
  /** One entry per selected pod. */
  pods: PodPortResolution[];
  evidence: string;
}

/**
 * Resolves one Service port on one pod.
 * @example resolveTargetPort(podWithHttpOn8080, { port: 4001, targetPort: 'http', protocol: 'TCP' })
 *   // { containerPort: 8080, container: 'app', problem: null }
 */
export function resolveTargetPort(pod: V1Pod, servicePort: V1ServicePort): TargetPortResolution {
  const protocol = servicePort.protocol ?? 'TCP';
  const target = servicePort.targetPort ?? servicePort.port;
  const candidates = [
    ...(pod.spec?.containers ?? []),
    ...(pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always'),
  ];

  if (typeof target === 'number') {
    const declaring = findContainer(candidates, (p) => p.containerPort === target && (p.protocol ?? 'TCP') === protocol);
    return { containerPort: target, container: declaring?.name ?? null, problem: null };
  }

  const exact = findContainer(candidates, (p) => p.name === target && (p.protocol ?? 'TCP') === protocol);
  if (exact) {
    const port = exact.ports?.find((p) => p.name === target && (p.protocol ?? 'TCP') === protocol);
    return { containerPort: port?.containerPort ?? null, container: exact.name, problem: null };
  }
  const sameName = findContainer(candidates, (p) => p.name === target);
  return {
    containerPort: null,
    container: sameName?.name ?? null,
    problem: sameName ? 'named-port-protocol-mismatch' : 'no-such-named-port',
  };
}

function findContainer(
  containers: V1Container[],
  predicate: (port: NonNullable<V1Container['ports']>[number]) => boolean,
): V1Container | undefined {
  return containers.find((c) => (c.ports ?? []).some(predicate));
}

/**
 * Each Service port with its targetPort resolved on every selected pod.
 * @example servicePorts(namedTargetPortSvc, [pod])[0]
 *   // { index: 0, name: 'http', protocol: 'TCP', port: 4001, nodePort: null, appProtocol: null,
 *   //   targetPort: 'http', targetPortKind: 'name', pods: [...], evidence: 'spec.ports[0].targetPort' }
 */
export function servicePorts(ports: V1ServicePort[], selectedPods: V1Pod[]): ServicePortView[] {
  return ports.map((p, index) => {
    const written = p.targetPort;
    return {
      index,
      name: p.name || null,
      protocol: p.protocol ?? 'TCP',
      port: p.port,
      nodePort: p.nodePort && p.nodePort > 0 ? p.nodePort : null,
      appProtocol: p.appProtocol ?? null,
      targetPort: written ?? p.port,
      targetPortKind: written === undefined ? 'default' : typeof written === 'number' ? 'number' : 'name',
      pods: selectedPods.map((pod) => ({
        namespace: pod.metadata?.namespace ?? '',
        pod: pod.metadata?.name ?? '',
        ...resolveTargetPort(pod, p),
      })),
      evidence: `spec.ports[${index}].targetPort`,
    };
  });
}
