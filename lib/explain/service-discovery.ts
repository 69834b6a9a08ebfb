/**
 * How clients find a Service: cluster DNS (the main mechanism) and the older
 * environment variables the kubelet injects.
 * DNS: https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/
 * Env vars: kubernetes pkg/kubelet/envvars/envvars.go (FromServices,
 * makeEnvVariableName, makeLinkVariables) and pkg/kubelet/kubelet_pods.go
 * (getServiceEnvVarMap: only Services with a cluster IP, from the pod's own
 * namespace when enableServiceLinks is not false, as they exist when the
 * container starts).
 */
import type { V1Pod, V1Service } from '@kubernetes/client-node';
import { toTimestampMs } from './human-duration';
import { serviceType } from './service-columns';

export interface ServiceDns {
  /** <svc>.<ns>.svc.<cluster domain> */
  fqdn: string;
  /** What resolves through the search path from a pod in the same namespace. */
  sameNamespaceName: string;
  /** What resolves through the search path from other namespaces. */
  otherNamespaceName: string;
  /** 'cluster-ip': A/AAAA of the virtual IP; 'pod-ips': headless, one record per ready endpoint; 'cname': ExternalName. */
  answers: 'cluster-ip' | 'pod-ips' | 'cname';
  /** The cluster IP or external name the record points at; null for headless. */
  target: string | null;
  /** SRV records exist for named ports only: _<port>._<proto>.<fqdn>. */
  srv: { port: string; protocol: string; name: string }[];
}

export const DEFAULT_CLUSTER_DOMAIN = 'cluster.local';

/**
 * The DNS names cluster DNS serves for a Service.
 * @example serviceDns(metricsSvc).fqdn // 'argocd-metrics.argocd.svc.cluster.local'
 * @example serviceDns(metricsSvc).srv  // [{ port: 'http', protocol: 'TCP', name: '_http._tcp.argocd-metrics.argocd.svc.cluster.local' }]
 */
export function serviceDns(service: V1Service, clusterDomain: string = DEFAULT_CLUSTER_DOMAIN): ServiceDns {
  const name = service.metadata?.name ?? '';
  const namespace = service.metadata?.namespace ?? 'default';
  const fqdn = `${name}.${namespace}.svc.${clusterDomain}`;
  const type = serviceType(service);
  const headless = isHeadless(service);
  const srv =
    type === 'ExternalName'
      ? []
      : (service.spec?.ports ?? [])
          .filter((p) => Boolean(p.name))
          .map((p) => {
            const protocol = p.protocol ?? 'TCP';
            return { port: p.name ?? '', protocol, name: `_${p.name}._${protocol.toLowerCase()}.${fqdn}` };
          });
  return {
    fqdn,
    sameNamespaceName: name,
    otherNamespaceName: `${name}.${namespace}`,
    answers: type === 'ExternalName' ? 'cname' : headless ? 'pod-ips' : 'cluster-ip',
    target: type === 'ExternalName' ? (service.spec?.externalName ?? null) : headless ? null : clusterIP(service),
    srv,
  };
}

/**
 * clusterIP None marks a headless Service (ExternalName has no cluster IP at all and is not headless).
 * @example isHeadless({ spec: { clusterIP: 'None' } }) // true
 */
export function isHeadless(service: V1Service): boolean {
  return serviceType(service) !== 'ExternalName' && clusterIP(service) === 'None';
}

function clusterIP(service: V1Service): string | null {
  return service.spec?.clusterIPs?.[0] || service.spec?.clusterIP || null;
}

/**
 * The kubelet's env var prefix: upper-case, '-' → '_' (dots stay, see the TODO upstream).
 * @example makeEnvVariableName('my-svc') // 'MY_SVC'
 */
export function makeEnvVariableName(name: string): string {
  return name.replaceAll('-', '_').toUpperCase();
}

export interface ServiceEnvVars {
  /** false when the Service has no cluster IP (headless, ExternalName): kubelet skips it. */
  injected: boolean;
  notInjectedReason: 'headless' | 'external-name' | null;
  /** In the order the kubelet appends them. */
  names: string[];
}

/**
 * The variables the kubelet injects for this Service into containers started
 * after it exists, in its namespace.
 * @example serviceEnvVars(mySvcWithPort80NamedHttp).names
 *   // ['MY_SVC_SERVICE_HOST', 'MY_SVC_SERVICE_PORT', 'MY_SVC_SERVICE_PORT_HTTP', 'MY_SVC_PORT',
 *   //  'MY_SVC_PORT_80_TCP', 'MY_SVC_PORT_80_TCP_PROTO', 'MY_SVC_PORT_80_TCP_PORT', 'MY_SVC_PORT_80_TCP_ADDR']
 */
export function serviceEnvVars(service: V1Service): ServiceEnvVars {
  const ip = clusterIP(service);
  if (serviceType(service) === 'ExternalName' || !ip) {
    return { injected: false, notInjectedReason: 'external-name', names: [] };
  }
  if (ip === 'None') return { injected: false, notInjectedReason: 'headless', names: [] };

  const prefix = makeEnvVariableName(service.metadata?.name ?? '');
  const ports = service.spec?.ports ?? [];
  const names = [`${prefix}_SERVICE_HOST`];
  // Validation requires ports on a Service with a cluster IP; guard anyway.
  if (ports.length > 0) names.push(`${prefix}_SERVICE_PORT`);
  for (const p of ports) if (p.name) names.push(`${prefix}_SERVICE_PORT_${makeEnvVariableName(p.name)}`);
  ports.forEach((p, i) => {
    const protocol = (p.protocol ?? 'TCP').toUpperCase();
    if (i === 0) names.push(`${prefix}_PORT`); // Docker-link compatibility special-cases the first port
    const portPrefix = `${prefix}_PORT_${p.port}_${protocol}`;
    names.push(portPrefix, `${portPrefix}_PROTO`, `${portPrefix}_PORT`, `${portPrefix}_ADDR`);
  });
  return { injected: true, notInjectedReason: null, names };
}

export interface PodWithoutServiceEnv {
  namespace: string;
  name: string;
  reason: 'service-links-disabled' | 'started-before-service';
  /** Containers whose current instance started before the Service was created. */
  containers: string[];
}

/**
 * Pods of the Service's namespace whose running containers lack its env vars:
 * enableServiceLinks is false, or the container started before the Service
 * existed (env is fixed when a container starts; a restart picks them up).
 * @example podsWithoutServiceEnv(svcCreatedAt10h, [podStarted9h]) // [{ ..., reason: 'started-before-service', containers: ['app'] }]
 */
export function podsWithoutServiceEnv(service: V1Service, pods: V1Pod[]): PodWithoutServiceEnv[] {
  if (!serviceEnvVars(service).injected) return [];
  const namespace = service.metadata?.namespace ?? 'default';
  const createdMs = toTimestampMs(service.metadata?.creationTimestamp);
  const result: PodWithoutServiceEnv[] = [];
  for (const pod of pods) {
    if ((pod.metadata?.namespace ?? 'default') !== namespace) continue;
    const base = { namespace, name: pod.metadata?.name ?? '' };
    if (pod.spec?.enableServiceLinks === false) {
      result.push({ ...base, reason: 'service-links-disabled', containers: [] });
      continue;
    }
    if (createdMs === undefined) continue;
    const early = (pod.status?.containerStatuses ?? [])
      .filter((cs) => {
        const started = toTimestampMs(cs.state?.running?.startedAt);
        return started !== undefined && started < createdMs;
      })
      .map((cs) => cs.name);
    if (early.length > 0) result.push({ ...base, reason: 'started-before-service', containers: early });
  }
  return result;
}
