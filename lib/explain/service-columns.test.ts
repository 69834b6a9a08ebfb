import type { V1Service } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { serviceColumns, serviceType, type ServiceColumns } from './service-columns';

const NOW = new Date('2024-06-01T00:00:00Z');
const service = (name: string) => loadFixture<V1Service>(`services/${name}.json`);

function derive<T>(object: T, edit: (copy: T) => void): T {
  const copy = structuredClone(object);
  edit(copy);
  return copy;
}

describe('serviceColumns', () => {
  it.each<[string, V1Service, ServiceColumns]>([
    [
      'prints a ClusterIP Service with <none> external IP',
      service('clusterip-argocd-metrics'),
      {
        type: 'ClusterIP',
        clusterIP: '10.96.199.2',
        externalIP: '<none>',
        externalIPWide: '<none>',
        ports: '8082/TCP',
        age: '5y218d',
        selector: 'app=argocd-server',
      },
    ],
    [
      'prints the service port, not the named targetPort',
      service('gke-clusterip-named-targetport'),
      {
        type: 'ClusterIP',
        clusterIP: '10.47.248.116',
        externalIP: '<none>',
        externalIPWide: '<none>',
        ports: '4001/TCP',
        age: '4y327d',
        selector: 'app=dictionary1',
      },
    ],
    [
      'clips a load balancer hostname to 16 characters unless wide, and prints port:nodePort pairs',
      service('loadbalancer-aws-elb-hostname'),
      {
        type: 'LoadBalancer',
        clusterIP: '100.69.46.185',
        externalIP: 'abc123.us-wes...',
        externalIPWide: 'abc123.us-west-2.elb.amazonaws.com',
        ports: '80:30354/TCP,443:31866/TCP',
        age: '5y362d',
        selector: 'app=argocd-server',
      },
    ],
    [
      'prints <pending> for a LoadBalancer without ingress',
      service('loadbalancer-pending-unassigned'),
      {
        type: 'LoadBalancer',
        clusterIP: '10.105.70.181',
        externalIP: '<pending>',
        externalIPWide: '<pending>',
        ports: '9000:32667/TCP',
        age: '5y208d',
        selector: 'app=minio,release=argo-artifacts',
      },
    ],
    [
      'prints a NodePort Service',
      service('minikube-nodeport-30805'),
      {
        type: 'NodePort',
        clusterIP: '10.96.10.89',
        externalIP: '<none>',
        externalIPWide: '<none>',
        ports: '8080:30805/TCP',
        age: '4y137d',
        selector: 'app=nginx',
      },
    ],
    [
      'joins spec.externalIPs of a ClusterIP Service',
      derive(service('clusterip-argocd-metrics'), (s) => {
        s.spec!.externalIPs = ['192.0.2.10', '192.0.2.11'];
      }),
      {
        type: 'ClusterIP',
        clusterIP: '10.96.199.2',
        externalIP: '192.0.2.10,192.0.2.11',
        externalIPWide: '192.0.2.10,192.0.2.11',
        ports: '8082/TCP',
        age: '5y218d',
        selector: 'app=argocd-server',
      },
    ],
    [
      'prints externalIPs instead of <pending> for a LoadBalancer without ingress',
      derive(service('loadbalancer-pending-unassigned'), (s) => {
        s.spec!.externalIPs = ['192.0.2.10'];
      }),
      {
        type: 'LoadBalancer',
        clusterIP: '10.105.70.181',
        externalIP: '192.0.2.10',
        externalIPWide: '192.0.2.10',
        ports: '9000:32667/TCP',
        age: '5y208d',
        selector: 'app=minio,release=argo-artifacts',
      },
    ],
    [
      'sorts and de-duplicates ingress IPs as strings before clipping',
      derive(service('loadbalancer-pending-unassigned'), (s) => {
        s.status!.loadBalancer = { ingress: [{ ip: '203.0.113.9' }, { ip: '203.0.113.10' }, { ip: '203.0.113.9' }] };
      }),
      {
        type: 'LoadBalancer',
        clusterIP: '10.105.70.181',
        externalIP: '203.0.113.10,...',
        externalIPWide: '203.0.113.10,203.0.113.9',
        ports: '9000:32667/TCP',
        age: '5y208d',
        selector: 'app=minio,release=argo-artifacts',
      },
    ],
    [
      'puts load balancer addresses before externalIPs',
      derive(service('loadbalancer-aws-elb-hostname'), (s) => {
        s.status!.loadBalancer = { ingress: [{ ip: '203.0.113.7' }] };
        s.spec!.externalIPs = ['192.0.2.10'];
      }),
      {
        type: 'LoadBalancer',
        clusterIP: '100.69.46.185',
        externalIP: '203.0.113.7,192.0.2.10',
        externalIPWide: '203.0.113.7,192.0.2.10',
        ports: '80:30354/TCP,443:31866/TCP',
        age: '5y362d',
        selector: 'app=argocd-server',
      },
    ],
    [
      'prints the external name and <none> cluster IP for ExternalName',
      derive(service('clusterip-argocd-metrics'), (s) => {
        s.spec = { type: 'ExternalName', externalName: 'db.example.com' };
      }),
      {
        type: 'ExternalName',
        clusterIP: '<none>',
        externalIP: 'db.example.com',
        externalIPWide: 'db.example.com',
        ports: '<none>',
        age: '5y218d',
        selector: '<none>',
      },
    ],
    [
      'prints the first of spec.clusterIPs on dual-stack Services',
      derive(service('clusterip-argocd-metrics'), (s) => {
        s.spec!.clusterIPs = ['10.96.199.2', 'fd00:10:96::c7'];
      }),
      {
        type: 'ClusterIP',
        clusterIP: '10.96.199.2',
        externalIP: '<none>',
        externalIPWide: '<none>',
        ports: '8082/TCP',
        age: '5y218d',
        selector: 'app=argocd-server',
      },
    ],
    [
      'prints None for a headless Service',
      derive(service('clusterip-argocd-metrics'), (s) => {
        s.spec!.clusterIP = 'None';
        s.spec!.clusterIPs = ['None'];
        s.spec!.ports = [];
      }),
      {
        type: 'ClusterIP',
        clusterIP: 'None',
        externalIP: '<none>',
        externalIPWide: '<none>',
        ports: '<none>',
        age: '5y218d',
        selector: 'app=argocd-server',
      },
    ],
  ])('%s', (_name, svc, expected) => {
    expect(serviceColumns(svc, NOW)).toStrictEqual(expected);
  });
});

describe('serviceType', () => {
  it('defaults an unset type to ClusterIP, as the apiserver does', () => {
    expect(serviceType({ spec: {} })).toBe('ClusterIP');
  });
});
