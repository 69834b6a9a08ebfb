import type { V1Service } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { isHeadless, makeEnvVariableName, serviceEnvVars, type ServiceEnvVars } from './service-discovery';

const service = (name: string) => loadFixture<V1Service>(`services/${name}.json`);

function derive<T>(object: T, edit: (copy: T) => void): T {
  const copy = structuredClone(object);
  edit(copy);
  return copy;
}

describe('makeEnvVariableName', () => {
  it.each([
    ['upper-cases and turns dashes into underscores', 'argo-artifacts', 'ARGO_ARTIFACTS'],
    ['leaves dots alone, as the kubelet does', 'a.b-c', 'A.B_C'],
  ])('%s', (_name, input, expected) => {
    expect(makeEnvVariableName(input)).toBe(expected);
  });
});

describe('serviceEnvVars', () => {
  it.each<[string, V1Service, ServiceEnvVars]>([
    [
      'names every named port and repeats the Docker-link variables per port',
      service('loadbalancer-aws-elb-hostname'),
      {
        injected: true,
        notInjectedReason: null,
        names: [
          'ARGOCD_SERVER_SERVICE_HOST',
          'ARGOCD_SERVER_SERVICE_PORT',
          'ARGOCD_SERVER_SERVICE_PORT_HTTP',
          'ARGOCD_SERVER_SERVICE_PORT_HTTPS',
          'ARGOCD_SERVER_PORT',
          'ARGOCD_SERVER_PORT_80_TCP',
          'ARGOCD_SERVER_PORT_80_TCP_PROTO',
          'ARGOCD_SERVER_PORT_80_TCP_PORT',
          'ARGOCD_SERVER_PORT_80_TCP_ADDR',
          'ARGOCD_SERVER_PORT_443_TCP',
          'ARGOCD_SERVER_PORT_443_TCP_PROTO',
          'ARGOCD_SERVER_PORT_443_TCP_PORT',
          'ARGOCD_SERVER_PORT_443_TCP_ADDR',
        ],
      },
    ],
    [
      'uses the protocol in the link variables',
      // Real capture with its port switched to a named UDP port.
      derive(service('clusterip-argocd-metrics'), (s) => {
        s.spec!.ports = [{ name: 'dns-udp', port: 53, protocol: 'UDP', targetPort: 53 }];
      }),
      {
        injected: true,
        notInjectedReason: null,
        names: [
          'ARGOCD_METRICS_SERVICE_HOST',
          'ARGOCD_METRICS_SERVICE_PORT',
          'ARGOCD_METRICS_SERVICE_PORT_DNS_UDP',
          'ARGOCD_METRICS_PORT',
          'ARGOCD_METRICS_PORT_53_UDP',
          'ARGOCD_METRICS_PORT_53_UDP_PROTO',
          'ARGOCD_METRICS_PORT_53_UDP_PORT',
          'ARGOCD_METRICS_PORT_53_UDP_ADDR',
        ],
      },
    ],
    [
      'injects nothing for a headless Service',
      derive(service('clusterip-argocd-metrics'), (s) => {
        s.spec!.clusterIP = 'None';
      }),
      { injected: false, notInjectedReason: 'headless', names: [] },
    ],
  ])('%s', (_name, svc, expected) => {
    expect(serviceEnvVars(svc)).toStrictEqual(expected);
  });
});

describe('isHeadless', () => {
  it.each<[string, V1Service, boolean]>([
    ['is true for clusterIP None', { spec: { clusterIP: 'None' } }, true],
    ['is false for a virtual IP', service('clusterip-argocd-metrics'), false],
    ['is false for ExternalName', { spec: { type: 'ExternalName', externalName: 'x.example.com' } }, false],
  ])('%s', (_name, svc, expected) => {
    expect(isHeadless(svc)).toBe(expected);
  });
});
