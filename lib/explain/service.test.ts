import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { explainService, type ServiceExplanation, type ServicePodRow } from './service';
import type { ServiceEndpointView } from './service-endpoints';

const NOW = new Date('2024-06-01T00:00:00Z');

const service = (name: string) => loadFixture<V1Service>(`services/${name}.json`);
const pod = (name: string) => loadFixture<V1Pod>(`pods/${name}.json`);

/** A variant of a real capture: a deep copy with some fields changed by `edit`. */
function derive<T>(object: T, edit: (copy: T) => void): T {
  const copy = structuredClone(object);
  edit(copy);
  return copy;
}

/** JSON as the apiserver returns it (timestamps as strings), typed like the client does. */
function apiObject<T>(json: unknown): T {
  return json as T;
}

// Pods around the minikube NodePort Service "nginx" (selector app=nginx, targetPort 80).
// Each is a real capture; the test only relabels, moves or marks them as noted.
/** Real minikube nginx pod (Running, Ready), given the label app=nginx. */
const readyNginx = derive(pod('minikube-running-ready-nginx'), (p) => {
  p.metadata!.labels = { app: 'nginx' };
});
/** Real GKE Deployment pod (app=nginx, Ready) with deletionTimestamp set: being deleted. */
const terminatingNginx = derive(pod('gke-running-ready-deployment-pod'), (p) => {
  p.metadata!.deletionTimestamp = new Date('2024-05-31T23:59:30Z');
});
/** Real pod whose readiness probe never passes, moved to default and labelled app=nginx. */
const notReadyNginx = derive(pod('minikube-running-not-ready-readiness-tcp-failing'), (p) => {
  p.metadata!.namespace = 'default';
  p.metadata!.labels = { app: 'nginx' };
});
/** Real Pending pod, moved to default, labelled app=nginx, with its IP removed (before the CNI assigns one). */
const noIpNginx = derive(pod('minikube-pending-podinitializing'), (p) => {
  p.metadata!.namespace = 'default';
  p.metadata!.labels = { app: 'nginx' };
  delete p.status!.podIP;
  delete p.status!.podIPs;
});
/** Real Ready pod left in namespace argocd but labelled app=nginx: the wrong namespace. */
const otherNamespaceNginx = derive(pod('minikube-running-ready-restartalways'), (p) => {
  p.metadata!.labels = { app: 'nginx' };
});
/** Real pod labelled app=guestbook-ui: shares no selector label, so not in the match table. */
const unrelated = pod('docker-desktop-imagepullbackoff');

/** The EndpointSlice the controller keeps for "nginx", shaped as GET /apis/discovery.k8s.io/v1 returns it. */
const nginxSlice = apiObject<V1EndpointSlice>({
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  metadata: {
    name: 'nginx-6xkqz',
    generateName: 'nginx-',
    namespace: 'default',
    uid: '0b0f3a48-2f55-4c1e-9b2a-8f61c2d8b7a4',
    resourceVersion: '3066090',
    creationTimestamp: '2020-01-16T04:18:04Z',
    labels: {
      'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
      'kubernetes.io/service-name': 'nginx',
    },
    annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': '2024-05-31T23:59:30Z' },
    ownerReferences: [
      {
        apiVersion: 'v1',
        kind: 'Service',
        name: 'nginx',
        uid: '3dc94561-06ce-4e56-8002-7c4679203d5b',
        controller: true,
        blockOwnerDeletion: true,
      },
    ],
  },
  addressType: 'IPv4',
  endpoints: [
    {
      addresses: ['172.17.0.6'],
      conditions: { ready: true, serving: true, terminating: false },
      nodeName: 'minikube',
      targetRef: { kind: 'Pod', namespace: 'default', name: 'nginx', uid: '614908ed-415b-4506-8370-e3e36fa8cc13' },
    },
    {
      addresses: ['172.17.0.9'],
      conditions: { ready: false, serving: false, terminating: false },
      nodeName: 'minikube',
      targetRef: { kind: 'Pod', namespace: 'default', name: 'never-ready', uid: '5aa62a14-f61d-11e8-a058-fe5f49266390' },
    },
    {
      addresses: ['10.44.0.229'],
      conditions: { ready: false, serving: true, terminating: true },
      nodeName: 'gke-k9s-default-pool-0fa2fb89-lbtf',
      targetRef: {
        kind: 'Pod',
        namespace: 'default',
        name: 'nginx-7fb78fb6d8-2w75j',
        uid: '91bb1cf2-2c03-11ea-883f-42010a800044',
      },
    },
  ],
  ports: [{ name: '', port: 80, protocol: 'TCP' }],
});

/** Slices that must be ignored: another Service's, and a same-named Service's in another namespace. */
const foreignSlices = [
  derive(nginxSlice, (s) => {
    s.metadata!.name = 'nginx-canary-2dq8w';
    s.metadata!.labels!['kubernetes.io/service-name'] = 'nginx-canary';
  }),
  derive(nginxSlice, (s) => {
    s.metadata!.name = 'nginx-9mz4c';
    s.metadata!.namespace = 'staging';
  }),
];

const ENDPOINT_ROWS: ServiceEndpointView[] = [
  {
    ready: true,
    serving: true,
    terminating: false,
    slice: 'nginx-6xkqz',
    index: 0,
    addressType: 'IPv4',
    addresses: ['172.17.0.6'],
    unknownConditions: [],
    targetRef: { kind: 'Pod', namespace: 'default', name: 'nginx' },
    nodeName: 'minikube',
    zone: null,
    hostname: null,
    evidence: 'endpointSlice[nginx-6xkqz].endpoints[0]',
  },
  {
    ready: false,
    serving: false,
    terminating: false,
    slice: 'nginx-6xkqz',
    index: 1,
    addressType: 'IPv4',
    addresses: ['172.17.0.9'],
    unknownConditions: [],
    targetRef: { kind: 'Pod', namespace: 'default', name: 'never-ready' },
    nodeName: 'minikube',
    zone: null,
    hostname: null,
    evidence: 'endpointSlice[nginx-6xkqz].endpoints[1]',
  },
  {
    ready: false,
    serving: true,
    terminating: true,
    slice: 'nginx-6xkqz',
    index: 2,
    addressType: 'IPv4',
    addresses: ['10.44.0.229'],
    unknownConditions: [],
    targetRef: { kind: 'Pod', namespace: 'default', name: 'nginx-7fb78fb6d8-2w75j' },
    nodeName: 'gke-k9s-default-pool-0fa2fb89-lbtf',
    zone: null,
    hostname: null,
    evidence: 'endpointSlice[nginx-6xkqz].endpoints[2]',
  },
];

const NGINX_ROWS: Record<'noIp' | 'notReady' | 'ready' | 'terminating' | 'otherNamespace', ServicePodRow> = {
  noIp: {
    namespace: 'default',
    name: 'image-pull-backoff',
    sameNamespace: true,
    labels: [{ key: 'app', wanted: 'nginx', actual: 'nginx', state: 'match' }],
    matchesAll: true,
    selected: true,
    podIP: null,
    nodeName: 'minikube',
    phase: 'Pending',
    ready: false,
    terminating: false,
    expected: { listed: false, conditions: null, reasons: ['no-ip', 'not-ready'] },
    observed: null,
    evidence: ['pod[default/image-pull-backoff].status.podIP', 'pod[default/image-pull-backoff].status.conditions[1].status'],
  },
  notReady: {
    namespace: 'default',
    name: 'never-ready',
    sameNamespace: true,
    labels: [{ key: 'app', wanted: 'nginx', actual: 'nginx', state: 'match' }],
    matchesAll: true,
    selected: true,
    podIP: '172.17.0.9',
    nodeName: 'minikube',
    phase: 'Running',
    ready: false,
    terminating: false,
    expected: { listed: true, conditions: { ready: false, serving: false, terminating: false }, reasons: ['not-ready'] },
    observed: { slice: 'nginx-6xkqz', index: 1, ready: false, serving: false, terminating: false },
    evidence: ['pod[default/never-ready].status.conditions[1].status'],
  },
  ready: {
    namespace: 'default',
    name: 'nginx',
    sameNamespace: true,
    labels: [{ key: 'app', wanted: 'nginx', actual: 'nginx', state: 'match' }],
    matchesAll: true,
    selected: true,
    podIP: '172.17.0.6',
    nodeName: 'minikube',
    phase: 'Running',
    ready: true,
    terminating: false,
    expected: { listed: true, conditions: { ready: true, serving: true, terminating: false }, reasons: [] },
    observed: { slice: 'nginx-6xkqz', index: 0, ready: true, serving: true, terminating: false },
    evidence: [],
  },
  terminating: {
    namespace: 'default',
    name: 'nginx-7fb78fb6d8-2w75j',
    sameNamespace: true,
    labels: [{ key: 'app', wanted: 'nginx', actual: 'nginx', state: 'match' }],
    matchesAll: true,
    selected: true,
    podIP: '10.44.0.229',
    nodeName: 'gke-k9s-default-pool-0fa2fb89-lbtf',
    phase: 'Running',
    ready: true,
    terminating: true,
    expected: { listed: true, conditions: { ready: false, serving: true, terminating: true }, reasons: ['terminating'] },
    observed: { slice: 'nginx-6xkqz', index: 2, ready: false, serving: true, terminating: true },
    evidence: ['pod[default/nginx-7fb78fb6d8-2w75j].metadata.deletionTimestamp'],
  },
  otherNamespace: {
    namespace: 'argocd',
    name: 'my-pod',
    sameNamespace: false,
    labels: [{ key: 'app', wanted: 'nginx', actual: 'nginx', state: 'match' }],
    matchesAll: true,
    selected: false,
    podIP: '172.17.0.9',
    nodeName: 'minikube',
    phase: 'Running',
    ready: true,
    terminating: false,
    expected: { listed: false, conditions: null, reasons: ['wrong-namespace'] },
    observed: null,
    evidence: ['pod[argocd/my-pod].metadata.namespace'],
  },
};

describe('explainService', () => {
  it('explains a NodePort Service whose pods are ready, not ready, terminating, without IP and in the wrong namespace', () => {
    const result = explainService(service('minikube-nodeport-30805'), {
      pods: [readyNginx, terminatingNginx, notReadyNginx, noIpNginx, otherNamespaceNginx, unrelated],
      endpointSlices: [nginxSlice, ...foreignSlices],
      now: NOW,
    });
    const expected: ServiceExplanation = {
      name: 'nginx',
      namespace: 'default',
      createdAt: '2020-01-16T04:18:04Z',
      type: 'NodePort',
      headless: false,
      conceptIds: [
        'service',
        'service-types',
        'service-type-node-port',
        'cluster-ip',
        'kube-proxy',
        'label',
        'label-selector',
        'endpointslice',
        'target-port',
        'service-discovery',
        'coredns',
      ],
      columns: {
        type: 'NodePort',
        clusterIP: '10.96.10.89',
        externalIP: '<none>',
        externalIPWide: '<none>',
        ports: '8080:30805/TCP',
        age: '4y137d',
        selector: 'app=nginx',
      },
      selector: { app: 'nginx' },
      endpointsFrom: 'selector',
      publishNotReadyAddresses: false,
      pods: [NGINX_ROWS.noIp, NGINX_ROWS.notReady, NGINX_ROWS.ready, NGINX_ROWS.terminating, NGINX_ROWS.otherNamespace],
      podCounts: { selected: 4, ready: 1, notReady: 1, terminating: 1, unlisted: 1, wrongNamespace: 1 },
      endpointSlices: [
        {
          name: 'nginx-6xkqz',
          addressType: 'IPv4',
          managedBy: 'endpointslice-controller.k8s.io',
          ports: [{ name: null, port: 80, protocol: 'TCP' }],
          endpointCount: 3,
        },
      ],
      endpoints: ENDPOINT_ROWS,
      endpointCounts: { total: 3, ready: 1, serving: 2, terminating: 1 },
      ports: [
        {
          index: 0,
          name: null,
          protocol: 'TCP',
          port: 8080,
          nodePort: 30805,
          appProtocol: null,
          targetPort: 80,
          targetPortKind: 'number',
          pods: [
            { namespace: 'default', pod: 'image-pull-backoff', containerPort: 80, container: null, problem: null },
            { namespace: 'default', pod: 'never-ready', containerPort: 80, container: null, problem: null },
            { namespace: 'default', pod: 'nginx', containerPort: 80, container: 'nginx', problem: null },
            { namespace: 'default', pod: 'nginx-7fb78fb6d8-2w75j', containerPort: 80, container: 'nginx', problem: null },
          ],
          evidence: 'spec.ports[0].targetPort',
        },
      ],
      loadBalancer: null,
      externalName: null,
      dns: {
        fqdn: 'nginx.default.svc.cluster.local',
        sameNamespaceName: 'nginx',
        otherNamespaceName: 'nginx.default',
        answers: 'cluster-ip',
        target: '10.96.10.89',
        srv: [],
      },
      envVars: {
        injected: true,
        notInjectedReason: null,
        names: [
          'NGINX_SERVICE_HOST',
          'NGINX_SERVICE_PORT',
          'NGINX_PORT',
          'NGINX_PORT_8080_TCP',
          'NGINX_PORT_8080_TCP_PROTO',
          'NGINX_PORT_8080_TCP_PORT',
          'NGINX_PORT_8080_TCP_ADDR',
        ],
        // These captures started before the Service was created, so their containers lack its variables.
        podsWithout: [
          { namespace: 'default', name: 'nginx', reason: 'started-before-service', containers: ['nginx'] },
          { namespace: 'default', name: 'nginx-7fb78fb6d8-2w75j', reason: 'started-before-service', containers: ['nginx'] },
          { namespace: 'default', name: 'never-ready', reason: 'started-before-service', containers: ['main'] },
        ],
      },
      diagnoses: [],
    };
    expect(result).toStrictEqual(expected);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result); // plain JSON, no Dates or undefined
  });

  it('diagnoses no ready endpoints when every selected pod is not ready, terminating or without IP', () => {
    const slice = derive(nginxSlice, (s) => {
      s.endpoints = s.endpoints.slice(1);
    });
    const result = explainService(service('minikube-nodeport-30805'), {
      pods: [terminatingNginx, notReadyNginx, noIpNginx],
      endpointSlices: [slice],
      now: NOW,
    });
    expect(result.diagnoses).toStrictEqual([
      {
        id: 'service-no-ready-endpoints',
        severity: 'critical',
        conceptIds: ['endpointslice', 'condition-ready', 'readiness-probe'],
        params: {
          service: 'nginx',
          namespace: 'default',
          selector: 'app=nginx',
          selectedPods: 3,
          notReady: 1,
          terminating: 1,
          unlisted: 1,
          endpoints: 2,
        },
        evidence: [
          'spec.selector',
          'pod[default/image-pull-backoff].status.podIP',
          'pod[default/image-pull-backoff].status.conditions[1].status',
          'pod[default/never-ready].status.conditions[1].status',
          'pod[default/nginx-7fb78fb6d8-2w75j].metadata.deletionTimestamp',
          'endpointSlice[nginx-6xkqz].endpoints[0].conditions.ready',
          'endpointSlice[nginx-6xkqz].endpoints[1].conditions.ready',
        ],
      },
    ]);
  });

  it('counts a not-ready pod as a ready endpoint when publishNotReadyAddresses is set', () => {
    const svc = derive(service('minikube-nodeport-30805'), (s) => {
      s.spec!.publishNotReadyAddresses = true;
    });
    const result = explainService(svc, { pods: [notReadyNginx], endpointSlices: [], now: NOW });
    expect({ row: result.pods[0]?.expected, counts: result.podCounts, diagnoses: result.diagnoses }).toStrictEqual({
      row: { listed: true, conditions: { ready: true, serving: false, terminating: false }, reasons: ['not-ready'] },
      counts: { selected: 1, ready: 1, notReady: 0, terminating: 0, unlisted: 0, wrongNamespace: 0 },
      diagnoses: [],
    });
  });

  it('explains a pending LoadBalancer whose selector matches no pod, with partial and wrong-namespace matches', () => {
    // Real captures relabelled: two pods in "argo" that share only app=minio, one in "default" that matches fully.
    const differentRelease = derive(pod('minikube-running-ready-restartalways'), (p) => {
      p.metadata!.namespace = 'argo';
      p.metadata!.labels = { app: 'minio', release: 'argo-workflows' };
    });
    const missingRelease = derive(pod('minikube-running-ready-restartnever'), (p) => {
      p.metadata!.namespace = 'argo';
      p.metadata!.name = 'minio-0';
      p.metadata!.labels = { app: 'minio' };
    });
    const wrongNamespace = derive(pod('minikube-running-ready-nginx'), (p) => {
      p.metadata!.labels = { app: 'minio', release: 'argo-artifacts' };
    });
    /** With nothing selected, the controller keeps a placeholder slice; the API returns null lists for it. */
    const placeholder = apiObject<V1EndpointSlice>({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: 'argo-artifacts-hx4tb',
        generateName: 'argo-artifacts-',
        namespace: 'argo',
        labels: {
          'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
          'kubernetes.io/service-name': 'argo-artifacts',
        },
      },
      addressType: 'IPv4',
      endpoints: null,
      ports: null,
    });

    const result = explainService(service('loadbalancer-pending-unassigned'), {
      pods: [differentRelease, missingRelease, wrongNamespace],
      endpointSlices: [placeholder],
      now: NOW,
    });
    const expected: ServiceExplanation = {
      name: 'argo-artifacts',
      namespace: 'argo',
      createdAt: '2018-11-06T01:07:35Z',
      type: 'LoadBalancer',
      headless: false,
      conceptIds: [
        'service',
        'service-types',
        'service-type-load-balancer',
        'cluster-ip',
        'kube-proxy',
        'label',
        'label-selector',
        'endpointslice',
        'target-port',
        'service-discovery',
        'coredns',
      ],
      columns: {
        type: 'LoadBalancer',
        clusterIP: '10.105.70.181',
        externalIP: '<pending>',
        externalIPWide: '<pending>',
        ports: '9000:32667/TCP',
        age: '5y208d',
        selector: 'app=minio,release=argo-artifacts',
      },
      selector: { app: 'minio', release: 'argo-artifacts' },
      endpointsFrom: 'selector',
      publishNotReadyAddresses: false,
      pods: [
        {
          namespace: 'argo',
          name: 'minio-0',
          sameNamespace: true,
          labels: [
            { key: 'app', wanted: 'minio', actual: 'minio', state: 'match' },
            { key: 'release', wanted: 'argo-artifacts', actual: null, state: 'missing' },
          ],
          matchesAll: false,
          selected: false,
          podIP: '172.17.0.9',
          nodeName: 'minikube',
          phase: 'Running',
          ready: true,
          terminating: false,
          expected: { listed: false, conditions: null, reasons: ['selector-mismatch'] },
          observed: null,
          evidence: ['pod[argo/minio-0].metadata.labels.release'],
        },
        {
          namespace: 'argo',
          name: 'my-pod',
          sameNamespace: true,
          labels: [
            { key: 'app', wanted: 'minio', actual: 'minio', state: 'match' },
            { key: 'release', wanted: 'argo-artifacts', actual: 'argo-workflows', state: 'different' },
          ],
          matchesAll: false,
          selected: false,
          podIP: '172.17.0.9',
          nodeName: 'minikube',
          phase: 'Running',
          ready: true,
          terminating: false,
          expected: { listed: false, conditions: null, reasons: ['selector-mismatch'] },
          observed: null,
          evidence: ['pod[argo/my-pod].metadata.labels.release'],
        },
        {
          namespace: 'default',
          name: 'nginx',
          sameNamespace: false,
          labels: [
            { key: 'app', wanted: 'minio', actual: 'minio', state: 'match' },
            { key: 'release', wanted: 'argo-artifacts', actual: 'argo-artifacts', state: 'match' },
          ],
          matchesAll: true,
          selected: false,
          podIP: '172.17.0.6',
          nodeName: 'minikube',
          phase: 'Running',
          ready: true,
          terminating: false,
          expected: { listed: false, conditions: null, reasons: ['wrong-namespace'] },
          observed: null,
          evidence: ['pod[default/nginx].metadata.namespace'],
        },
      ],
      podCounts: { selected: 0, ready: 0, notReady: 0, terminating: 0, unlisted: 0, wrongNamespace: 1 },
      endpointSlices: [
        {
          name: 'argo-artifacts-hx4tb',
          addressType: 'IPv4',
          managedBy: 'endpointslice-controller.k8s.io',
          ports: [],
          endpointCount: 0,
        },
      ],
      endpoints: [],
      endpointCounts: { total: 0, ready: 0, serving: 0, terminating: 0 },
      ports: [
        {
          index: 0,
          name: 'service',
          protocol: 'TCP',
          port: 9000,
          nodePort: 32667,
          appProtocol: null,
          targetPort: 9000,
          targetPortKind: 'number',
          pods: [],
          evidence: 'spec.ports[0].targetPort',
        },
      ],
      loadBalancer: { state: 'pending', ingress: [], loadBalancerClass: null },
      externalName: null,
      dns: {
        fqdn: 'argo-artifacts.argo.svc.cluster.local',
        sameNamespaceName: 'argo-artifacts',
        otherNamespaceName: 'argo-artifacts.argo',
        answers: 'cluster-ip',
        target: '10.105.70.181',
        srv: [{ port: 'service', protocol: 'TCP', name: '_service._tcp.argo-artifacts.argo.svc.cluster.local' }],
      },
      envVars: {
        injected: true,
        notInjectedReason: null,
        names: [
          'ARGO_ARTIFACTS_SERVICE_HOST',
          'ARGO_ARTIFACTS_SERVICE_PORT',
          'ARGO_ARTIFACTS_SERVICE_PORT_SERVICE',
          'ARGO_ARTIFACTS_PORT',
          'ARGO_ARTIFACTS_PORT_9000_TCP',
          'ARGO_ARTIFACTS_PORT_9000_TCP_PROTO',
          'ARGO_ARTIFACTS_PORT_9000_TCP_PORT',
          'ARGO_ARTIFACTS_PORT_9000_TCP_ADDR',
        ],
        podsWithout: [],
      },
      diagnoses: [
        {
          id: 'service-no-endpoints',
          severity: 'warning',
          conceptIds: ['label-selector', 'endpointslice', 'service'],
          params: {
            service: 'argo-artifacts',
            namespace: 'argo',
            selector: 'app=minio,release=argo-artifacts',
            podsInNamespace: 2,
            partialMatches: 2,
            wrongNamespaceMatches: 1,
          },
          evidence: [
            'spec.selector',
            'pod[default/nginx].metadata.namespace',
            'pod[argo/minio-0].metadata.labels.release',
            'pod[argo/my-pod].metadata.labels.release',
          ],
        },
      ],
    };
    expect(result).toStrictEqual(expected);
  });

  it.each<[string, V1Service, Partial<ServiceExplanation>]>([
    [
      'gives an ExternalName Service a CNAME, no endpoints, no env vars and no diagnosis',
      // Real ClusterIP capture turned into ExternalName (the API clears clusterIP for that type).
      derive(service('clusterip-argocd-metrics'), (s) => {
        s.spec!.type = 'ExternalName';
        s.spec!.externalName = 'metrics.example.com';
        delete s.spec!.clusterIP;
      }),
      {
        type: 'ExternalName',
        headless: false,
        endpointsFrom: 'none',
        externalName: 'metrics.example.com',
        columns: {
          type: 'ExternalName',
          clusterIP: '<none>',
          externalIP: 'metrics.example.com',
          externalIPWide: 'metrics.example.com',
          ports: '8082/TCP',
          age: '5y218d',
          selector: 'app=argocd-server',
        },
        dns: {
          fqdn: 'argocd-metrics.argocd.svc.cluster.local',
          sameNamespaceName: 'argocd-metrics',
          otherNamespaceName: 'argocd-metrics.argocd',
          answers: 'cname',
          target: 'metrics.example.com',
          srv: [],
        },
        envVars: { injected: false, notInjectedReason: 'external-name', names: [], podsWithout: [] },
        conceptIds: ['service', 'service-types', 'service-type-external-name', 'service-discovery', 'coredns'],
        diagnoses: [],
      },
    ],
    [
      'gives a headless Service pod-IP DNS answers and no env vars, and still diagnoses its empty selector',
      // Real ClusterIP capture made headless.
      derive(service('clusterip-argocd-metrics'), (s) => {
        s.spec!.clusterIP = 'None';
        s.spec!.clusterIPs = ['None'];
      }),
      {
        type: 'ClusterIP',
        headless: true,
        endpointsFrom: 'selector',
        externalName: null,
        columns: {
          type: 'ClusterIP',
          clusterIP: 'None',
          externalIP: '<none>',
          externalIPWide: '<none>',
          ports: '8082/TCP',
          age: '5y218d',
          selector: 'app=argocd-server',
        },
        dns: {
          fqdn: 'argocd-metrics.argocd.svc.cluster.local',
          sameNamespaceName: 'argocd-metrics',
          otherNamespaceName: 'argocd-metrics.argocd',
          answers: 'pod-ips',
          target: null,
          srv: [{ port: 'http', protocol: 'TCP', name: '_http._tcp.argocd-metrics.argocd.svc.cluster.local' }],
        },
        envVars: { injected: false, notInjectedReason: 'headless', names: [], podsWithout: [] },
        conceptIds: [
          'service',
          'service-types',
          'service-type-cluster-ip',
          'service-headless',
          'label',
          'label-selector',
          'endpointslice',
          'target-port',
          'service-discovery',
          'coredns',
        ],
        diagnoses: [
          {
            id: 'service-no-endpoints',
            severity: 'warning',
            conceptIds: ['label-selector', 'endpointslice', 'service'],
            params: {
              service: 'argocd-metrics',
              namespace: 'argocd',
              selector: 'app=argocd-server',
              podsInNamespace: 0,
              partialMatches: 0,
              wrongNamespaceMatches: 0,
            },
            evidence: ['spec.selector'],
          },
        ],
      },
    ],
    [
      'leaves a selector-less Service to its manually managed slices without diagnosing it',
      // Real ClusterIP capture with its selector removed.
      derive(service('clusterip-argocd-metrics'), (s) => {
        delete s.spec!.selector;
      }),
      {
        type: 'ClusterIP',
        headless: false,
        endpointsFrom: 'manual',
        externalName: null,
        columns: {
          type: 'ClusterIP',
          clusterIP: '10.96.199.2',
          externalIP: '<none>',
          externalIPWide: '<none>',
          ports: '8082/TCP',
          age: '5y218d',
          selector: '<none>',
        },
        dns: {
          fqdn: 'argocd-metrics.argocd.svc.cluster.local',
          sameNamespaceName: 'argocd-metrics',
          otherNamespaceName: 'argocd-metrics.argocd',
          answers: 'cluster-ip',
          target: '10.96.199.2',
          srv: [{ port: 'http', protocol: 'TCP', name: '_http._tcp.argocd-metrics.argocd.svc.cluster.local' }],
        },
        envVars: {
          injected: true,
          notInjectedReason: null,
          names: [
            'ARGOCD_METRICS_SERVICE_HOST',
            'ARGOCD_METRICS_SERVICE_PORT',
            'ARGOCD_METRICS_SERVICE_PORT_HTTP',
            'ARGOCD_METRICS_PORT',
            'ARGOCD_METRICS_PORT_8082_TCP',
            'ARGOCD_METRICS_PORT_8082_TCP_PROTO',
            'ARGOCD_METRICS_PORT_8082_TCP_PORT',
            'ARGOCD_METRICS_PORT_8082_TCP_ADDR',
          ],
          podsWithout: [],
        },
        conceptIds: [
          'service',
          'service-types',
          'service-type-cluster-ip',
          'cluster-ip',
          'kube-proxy',
          'endpointslice',
          'target-port',
          'service-discovery',
          'coredns',
        ],
        diagnoses: [],
      },
    ],
  ])('%s', (_name, svc, expected) => {
    const result = explainService(svc, { pods: [], endpointSlices: [], now: NOW });
    const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, result[k as keyof ServiceExplanation]]));
    expect(picked).toStrictEqual(expected);
  });

  it('lists the pods of the namespace whose containers started before the Service or opted out of service links', () => {
    // Real argocd-metrics capture, re-dated to 2018-12-02T09:20:00Z so that it falls between two real pod starts.
    const svc = derive(service('clusterip-argocd-metrics'), (s) => {
      s.metadata!.creationTimestamp = new Date('2018-12-02T09:20:00Z');
    });
    const startedAfter = pod('minikube-running-ready-restartalways'); // main started 09:24:49
    const startedBefore = derive(pod('minikube-running-ready-restartnever'), (p) => {
      p.metadata!.name = 'early-pod'; // main started 09:15:19
    });
    const optedOut = derive(pod('minikube-running-not-ready-readiness-tcp-failing'), (p) => {
      p.spec!.enableServiceLinks = false;
    });
    const otherNamespace = pod('minikube-running-ready-nginx');
    const result = explainService(svc, {
      pods: [startedAfter, startedBefore, optedOut, otherNamespace],
      endpointSlices: [],
      now: NOW,
    });
    expect(result.envVars.podsWithout).toStrictEqual([
      { namespace: 'argocd', name: 'early-pod', reason: 'started-before-service', containers: ['main'] },
      { namespace: 'argocd', name: 'never-ready', reason: 'service-links-disabled', containers: [] },
    ]);
  });

  it('uses a custom cluster domain for DNS names', () => {
    const result = explainService(service('gke-clusterip-named-targetport'), {
      pods: [],
      endpointSlices: [],
      now: NOW,
      clusterDomain: 'corp.internal',
    });
    expect(result.dns).toStrictEqual({
      fqdn: 'dictionary1.default.svc.corp.internal',
      sameNamespaceName: 'dictionary1',
      otherNamespaceName: 'dictionary1.default',
      answers: 'cluster-ip',
      target: '10.47.248.116',
      srv: [{ port: 'http', protocol: 'TCP', name: '_http._tcp.dictionary1.default.svc.corp.internal' }],
    });
  });

  it('resolves the named targetPort "http" per selected pod and flags pods without it', () => {
    // Two copies of the real GKE pod relabelled app=dictionary1: one names its port 80 "http", one does not.
    const named = derive(pod('gke-running-ready-deployment-pod'), (p) => {
      p.metadata!.name = 'dictionary1-5b7d-named';
      p.metadata!.labels = { app: 'dictionary1' };
      p.spec!.containers[0]!.ports = [{ name: 'http', containerPort: 80, protocol: 'TCP' }];
    });
    const unnamed = derive(pod('gke-running-ready-deployment-pod'), (p) => {
      p.metadata!.name = 'dictionary1-5b7d-plain';
      p.metadata!.labels = { app: 'dictionary1' };
    });
    const result = explainService(service('gke-clusterip-named-targetport'), {
      pods: [unnamed, named],
      endpointSlices: [],
      now: NOW,
    });
    expect(result.ports).toStrictEqual([
      {
        index: 0,
        name: 'http',
        protocol: 'TCP',
        port: 4001,
        nodePort: null,
        appProtocol: null,
        targetPort: 'http',
        targetPortKind: 'name',
        pods: [
          { namespace: 'default', pod: 'dictionary1-5b7d-named', containerPort: 80, container: 'nginx', problem: null },
          {
            namespace: 'default',
            pod: 'dictionary1-5b7d-plain',
            containerPort: null,
            container: null,
            problem: 'no-such-named-port',
          },
        ],
        evidence: 'spec.ports[0].targetPort',
      },
    ]);
  });
});
