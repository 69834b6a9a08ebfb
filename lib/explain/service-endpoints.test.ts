import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { expectedEndpoint, readEndpointSlices, type ExpectedEndpoint } from './service-endpoints';

const nodePortSvc = loadFixture<V1Service>('services/minikube-nodeport-30805.json');
const pod = (name: string) => loadFixture<V1Pod>(`pods/${name}.json`);

function derive<T>(object: T, edit: (copy: T) => void): T {
  const copy = structuredClone(object);
  edit(copy);
  return copy;
}

describe('expectedEndpoint', () => {
  // The pods are real captures moved into the Service's namespace "default" where needed.
  const inDefault = (name: string, edit: (p: V1Pod) => void = () => {}) =>
    derive(pod(name), (p) => {
      p.metadata!.namespace = 'default';
      edit(p);
    });

  it.each<[string, V1Pod, boolean, V1Service, ExpectedEndpoint]>([
    [
      'lists a ready pod as ready and serving',
      pod('minikube-running-ready-nginx'),
      true,
      nodePortSvc,
      { listed: true, conditions: { ready: true, serving: true, terminating: false }, reasons: [] },
    ],
    [
      'lists a running pod that fails readiness as not ready',
      inDefault('minikube-running-not-ready-readiness-tcp-failing'),
      true,
      nodePortSvc,
      { listed: true, conditions: { ready: false, serving: false, terminating: false }, reasons: ['not-ready'] },
    ],
    [
      'keeps a terminating ready pod serving but not ready',
      derive(pod('gke-running-ready-deployment-pod'), (p) => {
        p.metadata!.deletionTimestamp = new Date('2024-05-31T23:59:30Z');
      }),
      true,
      nodePortSvc,
      { listed: true, conditions: { ready: false, serving: true, terminating: true }, reasons: ['terminating'] },
    ],
    [
      'leaves out a pod that completed (terminal phase)',
      inDefault('minikube-succeeded-completed'),
      true,
      nodePortSvc,
      { listed: false, conditions: null, reasons: ['terminal-phase', 'not-ready'] },
    ],
    [
      'leaves out a pod that has no IP yet',
      inDefault('minikube-pending-podinitializing', (p) => {
        delete p.status!.podIP;
      }),
      true,
      nodePortSvc,
      { listed: false, conditions: null, reasons: ['no-ip', 'not-ready'] },
    ],
    [
      'gives every reason for a pod in another namespace whose labels differ',
      pod('minikube-running-ready-restartalways'),
      false,
      nodePortSvc,
      { listed: false, conditions: null, reasons: ['wrong-namespace', 'selector-mismatch'] },
    ],
    [
      'marks a not-ready pod ready when the Service publishes not-ready addresses',
      inDefault('minikube-running-not-ready-readiness-tcp-failing'),
      true,
      derive(nodePortSvc, (s) => {
        s.spec!.publishNotReadyAddresses = true;
      }),
      { listed: true, conditions: { ready: true, serving: false, terminating: false }, reasons: ['not-ready'] },
    ],
  ])('%s', (_name, p, matchesAll, svc, expected) => {
    expect(expectedEndpoint(p, svc, matchesAll)).toStrictEqual(expected);
  });
});

describe('readEndpointSlices', () => {
  it('reads nil conditions the way the API says: ready and serving true, terminating false', () => {
    // A slice written by hand for a selector-less Service (not controller-managed), conditions left out,
    // shaped as the API returns it.
    const manual = {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: 'nginx-manual',
        namespace: 'default',
        labels: { 'kubernetes.io/service-name': 'nginx', 'endpointslice.kubernetes.io/managed-by': 'staff' },
      },
      addressType: 'IPv4',
      endpoints: [{ addresses: ['192.0.2.42'], conditions: {}, zone: 'zone-a', hostname: 'db-0' }],
      ports: [{ name: '', port: 5432, protocol: 'TCP' }],
    } as unknown as V1EndpointSlice;
    expect(readEndpointSlices(nodePortSvc, [manual])).toStrictEqual({
      slices: [
        {
          name: 'nginx-manual',
          addressType: 'IPv4',
          managedBy: 'staff',
          ports: [{ name: null, port: 5432, protocol: 'TCP' }],
          endpointCount: 1,
        },
      ],
      endpoints: [
        {
          slice: 'nginx-manual',
          index: 0,
          addressType: 'IPv4',
          addresses: ['192.0.2.42'],
          ready: true,
          serving: true,
          terminating: false,
          unknownConditions: ['ready', 'serving', 'terminating'],
          targetRef: null,
          nodeName: null,
          zone: 'zone-a',
          hostname: 'db-0',
          evidence: 'endpointSlice[nginx-manual].endpoints[0]',
        },
      ],
    });
  });
});
