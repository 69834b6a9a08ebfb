/**
 * The columns of `kubectl get services`, ported from kubernetes
 * pkg/printers/internalversion/printers.go (printService, getServiceExternalIP,
 * loadBalancerStatusStringer, makePortString; unchanged from v1.30 to v1.36).
 */
import type { V1LoadBalancerStatus, V1Service, V1ServicePort } from '@kubernetes/client-node';
import { translateTimestampSince } from './human-duration';
import { formatLabels } from './selector';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServiceColumns {
  type: string;
  clusterIP: string;
  /** As `kubectl get` prints it: load-balancer addresses clipped to 16 characters. */
  externalIP: string;
  /** As `kubectl get -o wide` prints it: never clipped. */
  externalIPWide: string;
  ports: string;
  age: string;
  /** The -o wide SELECTOR column. */
  selector: string;
}

/** printers.go loadBalancerWidth */
const LOAD_BALANCER_WIDTH = 16;

/**
 * spec.type with the API default applied: the apiserver defaults an unset type
 * to ClusterIP, so only hand-built objects lack it.
 * @example serviceType({ spec: {} }) // 'ClusterIP'
 */
export function serviceType(service: V1Service): ServiceType {
  const type = service.spec?.type;
  return type === 'NodePort' || type === 'LoadBalancer' || type === 'ExternalName' ? type : 'ClusterIP';
}

/**
 * TYPE, CLUSTER-IP, EXTERNAL-IP, PORT(S), AGE and SELECTOR exactly as kubectl prints them.
 * @example serviceColumns(nodePortNginx, now)
 *   // { type: 'NodePort', clusterIP: '10.96.10.89', externalIP: '<none>', externalIPWide: '<none>',
 *   //   ports: '8080:30805/TCP', age: '4y137d', selector: 'app=nginx' }
 */
export function serviceColumns(service: V1Service, now: Date): ServiceColumns {
  const ports = makePortString(service.spec?.ports ?? []);
  return {
    type: service.spec?.type ?? 'ClusterIP',
    clusterIP: clusterIPColumn(service),
    externalIP: externalIPColumn(service, false),
    externalIPWide: externalIPColumn(service, true),
    ports: ports.length === 0 ? '<none>' : ports,
    age: translateTimestampSince(service.metadata?.creationTimestamp, now),
    selector: formatLabels(service.spec?.selector),
  };
}

function clusterIPColumn(service: V1Service): string {
  const first = service.spec?.clusterIPs?.[0];
  if (first) return first;
  // printService reads only spec.clusterIPs, which every apiserver since 1.20
  // fills from spec.clusterIP. Objects captured from older clusters carry just
  // clusterIP, and the kubectl of their day printed that.
  return service.spec?.clusterIP || '<none>';
}

function externalIPColumn(service: V1Service, wide: boolean): string {
  const externalIPs = service.spec?.externalIPs ?? [];
  switch (serviceType(service)) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length > 0 ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatusString(service.status?.loadBalancer, wide);
      if (externalIPs.length > 0) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return service.spec?.externalName ?? '';
  }
}

/** Ingress IPs (else hostnames), de-duplicated and sorted as Go's sets.String does, clipped unless wide. */
function loadBalancerStatusString(status: V1LoadBalancerStatus | undefined, wide: boolean): string {
  const entries = new Set<string>();
  for (const ingress of status?.ingress ?? []) {
    if (ingress.ip) entries.add(ingress.ip);
    else if (ingress.hostname) entries.add(ingress.hostname);
  }
  const joined = [...entries].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(',');
  if (!wide && joined.length > LOAD_BALANCER_WIDTH) return `${joined.slice(0, LOAD_BALANCER_WIDTH - 3)}...`;
  return joined;
}

function makePortString(ports: V1ServicePort[]): string {
  return ports
    .map((p) => {
      // The apiserver defaults protocol to TCP; hand-built objects may omit it.
      const protocol = p.protocol ?? 'TCP';
      return p.nodePort && p.nodePort > 0 ? `${p.port}:${p.nodePort}/${protocol}` : `${p.port}/${protocol}`;
    })
    .join(',');
}
