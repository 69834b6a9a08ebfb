import type { V1Node } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { explainCluster, parseReadyz, type ClusterComponent, type ClusterExplanation, type ComponentPod } from './cluster';
import {
  APISERVER_IDENTITY_LEASE,
  kindSystemPod,
  leaderLeaseObject,
  READYZ_ETCD_DOWN,
  READYZ_OK,
  VERSION_1_33,
} from './cluster-testdata';

const NOW = new Date('2025-05-20T10:02:14Z');
/** Real minikube capture (Ready, docker://19.3.5) standing in for the cluster's node. */
const readyNode = loadFixture<V1Node>('nodes/minikube-v1.17-docker-ready.json');
/** The same capture renamed minikube-m02 with its Ready condition False. */
const notReadyNode = (() => {
  const n = structuredClone(readyNode);
  n.metadata!.name = 'minikube-m02';
  n.status!.conditions![3]!.status = 'False';
  return n;
})();

const CONTROL_PLANE = { tier: 'control-plane' };
const staticPods = [
  kindSystemPod('etcd-kind-control-plane', { component: 'etcd', ...CONTROL_PLANE }, { mirror: true }),
  kindSystemPod('kube-apiserver-kind-control-plane', { component: 'kube-apiserver', ...CONTROL_PLANE }, { mirror: true }),
  kindSystemPod(
    'kube-controller-manager-kind-control-plane',
    { component: 'kube-controller-manager', ...CONTROL_PLANE },
    { mirror: true, restarts: 1 },
  ),
  kindSystemPod('kube-scheduler-kind-control-plane', { component: 'kube-scheduler', ...CONTROL_PLANE }, { mirror: true }),
];
const kubeProxy = kindSystemPod('kube-proxy-lzr78', {
  'controller-revision-hash': '7bb84c4984',
  'k8s-app': 'kube-proxy',
  'pod-template-generation': '1',
});
const coredns = (suffix: string, options: Parameters<typeof kindSystemPod>[2] = {}) =>
  kindSystemPod(`coredns-674b8bbfcf-${suffix}`, { 'k8s-app': 'kube-dns', 'pod-template-hash': '674b8bbfcf' }, options);
const kindnet = kindSystemPod('kindnet-jbqkp', { app: 'kindnet', 'k8s-app': 'kindnet', tier: 'node' });
/** Not in kube-system, so never taken for the control plane whatever its labels say. */
const impostor = (() => {
  const p = kindSystemPod('etcd-kind-control-plane', { component: 'etcd' }, { ready: false });
  p.metadata!.namespace = 'default';
  return p;
})();

const podView = (name: string, extra: Partial<ComponentPod> = {}): ComponentPod => ({
  namespace: 'kube-system',
  name,
  nodeName: 'kind-control-plane',
  phase: 'Running',
  ready: true,
  restarts: 0,
  mirror: false,
  evidence: `pod[kube-system/${name}].status.conditions[2].status`,
  ...extra,
});

const CONCEPTS: ClusterExplanation['conceptIds'] = [
  'control-plane',
  'kube-apiserver',
  'etcd',
  'kube-scheduler',
  'kube-controller-manager',
  'kubelet',
  'container-runtime',
  'kube-proxy',
  'coredns',
];

const VERSION_VIEW = {
  gitVersion: 'v1.33.1',
  major: '1',
  minor: '33',
  platform: 'linux/amd64',
  goVersion: 'go1.24.2',
  gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828',
  buildDate: '2025-05-15T08:19:08Z',
};

describe('explainCluster', () => {
  it('finds every component of a healthy kind cluster healthy, with the evidence behind each', () => {
    const result = explainCluster({
      version: VERSION_1_33,
      readyz: READYZ_OK,
      leases: [
        leaderLeaseObject('kube-scheduler', '2025-05-20T10:02:11.873214Z'),
        leaderLeaseObject('kube-controller-manager', '2025-05-20T10:02:12.104381Z'),
        APISERVER_IDENTITY_LEASE,
      ],
      pods: [...staticPods, kubeProxy, coredns('m9wzs'), coredns('7xq2m'), kindnet, impostor],
      nodes: [readyNode],
      now: NOW,
    });
    const mirror = { mirror: true };
    const expected: ClusterExplanation = {
      version: VERSION_VIEW,
      readyz: parseReadyz(READYZ_OK),
      leaders: [
        {
          component: 'kube-scheduler',
          found: true,
          holderIdentity: 'kind-control-plane_7c1f0a1e-5b52-4a57-9d07-2f3f0f0e8d11',
          holder: 'kind-control-plane',
          renewTime: '2025-05-20T10:02:11.873Z',
          renewAgeSeconds: 2,
          leaseDurationSeconds: 15,
          leaseTransitions: 0,
          healthy: true,
          evidence: 'lease[kube-system/kube-scheduler].spec.renewTime',
        },
        {
          component: 'kube-controller-manager',
          found: true,
          holderIdentity: 'kind-control-plane_7c1f0a1e-5b52-4a57-9d07-2f3f0f0e8d11',
          holder: 'kind-control-plane',
          renewTime: '2025-05-20T10:02:12.104Z',
          renewAgeSeconds: 1,
          leaseDurationSeconds: 15,
          leaseTransitions: 0,
          healthy: true,
          evidence: 'lease[kube-system/kube-controller-manager].spec.renewTime',
        },
      ],
      components: [
        {
          id: 'kube-apiserver',
          conceptId: 'kube-apiserver',
          health: 'healthy',
          sources: ['version', 'readyz', 'pods'],
          pods: [podView('kube-apiserver-kind-control-plane', mirror)],
          params: { gitVersion: 'v1.33.1', failedChecks: 0, readyPods: 1, pods: 1 },
          evidence: ['version.gitVersion', 'readyz', 'pod[kube-system/kube-apiserver-kind-control-plane].status.conditions[2].status'],
        },
        {
          id: 'etcd',
          conceptId: 'etcd',
          health: 'healthy',
          sources: ['readyz', 'pods'],
          pods: [podView('etcd-kind-control-plane', mirror)],
          params: { readyPods: 1, pods: 1 },
          evidence: ['readyz[etcd]', 'readyz[etcd-readiness]', 'pod[kube-system/etcd-kind-control-plane].status.conditions[2].status'],
        },
        {
          id: 'kube-scheduler',
          conceptId: 'kube-scheduler',
          health: 'healthy',
          sources: ['lease', 'pods'],
          pods: [podView('kube-scheduler-kind-control-plane', mirror)],
          params: { leader: 'kind-control-plane', renewAgeSeconds: 2, readyPods: 1, pods: 1 },
          evidence: [
            'lease[kube-system/kube-scheduler].spec.renewTime',
            'pod[kube-system/kube-scheduler-kind-control-plane].status.conditions[2].status',
          ],
        },
        {
          id: 'kube-controller-manager',
          conceptId: 'kube-controller-manager',
          health: 'healthy',
          sources: ['lease', 'pods'],
          pods: [podView('kube-controller-manager-kind-control-plane', { mirror: true, restarts: 1 })],
          params: { leader: 'kind-control-plane', renewAgeSeconds: 1, readyPods: 1, pods: 1 },
          evidence: [
            'lease[kube-system/kube-controller-manager].spec.renewTime',
            'pod[kube-system/kube-controller-manager-kind-control-plane].status.conditions[2].status',
          ],
        },
        {
          id: 'kubelet',
          conceptId: 'kubelet',
          health: 'healthy',
          sources: ['nodes'],
          pods: [],
          params: { readyNodes: 1, totalNodes: 1 },
          evidence: ['node[minikube].status.conditions[3].status'],
        },
        {
          id: 'container-runtime',
          conceptId: 'container-runtime',
          health: 'healthy',
          sources: ['nodes'],
          pods: [],
          params: { readyNodes: 1, totalNodes: 1, runtimes: 'docker://19.3.5' },
          evidence: ['node[minikube].status.conditions[3].status'],
        },
        {
          id: 'kube-proxy',
          conceptId: 'kube-proxy',
          health: 'healthy',
          sources: ['pods'],
          pods: [podView('kube-proxy-lzr78')],
          params: { readyPods: 1, pods: 1 },
          evidence: ['pod[kube-system/kube-proxy-lzr78].status.conditions[2].status'],
        },
        {
          id: 'coredns',
          conceptId: 'coredns',
          health: 'healthy',
          sources: ['pods'],
          pods: [podView('coredns-674b8bbfcf-7xq2m'), podView('coredns-674b8bbfcf-m9wzs')],
          params: { readyPods: 2, pods: 2 },
          evidence: [
            'pod[kube-system/coredns-674b8bbfcf-7xq2m].status.conditions[2].status',
            'pod[kube-system/coredns-674b8bbfcf-m9wzs].status.conditions[2].status',
          ],
        },
      ],
      nodes: { total: 1, ready: 1, notReady: 0, unknown: 0, schedulingDisabled: 0 },
      conceptIds: CONCEPTS,
    };
    expect(result).toStrictEqual(expected);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result); // plain JSON, no Dates or undefined
  });

  it('degrades what failing checks, an expired lease, a NotReady node and a not-ready DNS pod point at', () => {
    // No static pods (control plane outside the cluster), no kube-proxy (replaced by the CNI),
    // no controller-manager lease readable; one CoreDNS replica not ready and an evicted leftover.
    const result = explainCluster({
      version: VERSION_1_33,
      readyz: READYZ_ETCD_DOWN,
      leases: [leaderLeaseObject('kube-scheduler', '2025-05-20T10:01:30.000000Z')],
      pods: [coredns('7xq2m'), coredns('m9wzs', { ready: false }), coredns('zz9k1', { phase: 'Failed', ready: false })],
      nodes: [readyNode, notReadyNode],
      now: NOW,
    });
    const expected: ClusterComponent[] = [
      {
        id: 'kube-apiserver',
        conceptId: 'kube-apiserver',
        health: 'degraded',
        sources: ['version', 'readyz'],
        pods: [],
        params: { gitVersion: 'v1.33.1', failedChecks: 2 },
        evidence: ['version.gitVersion', 'readyz[etcd]', 'readyz[etcd-readiness]'],
      },
      {
        id: 'etcd',
        conceptId: 'etcd',
        health: 'degraded',
        sources: ['readyz'],
        pods: [],
        params: {},
        evidence: ['readyz[etcd]', 'readyz[etcd-readiness]'],
      },
      {
        id: 'kube-scheduler',
        conceptId: 'kube-scheduler',
        health: 'degraded',
        sources: ['lease'],
        pods: [],
        params: { leader: 'kind-control-plane', renewAgeSeconds: 44 },
        evidence: ['lease[kube-system/kube-scheduler].spec.renewTime'],
      },
      {
        id: 'kube-controller-manager',
        conceptId: 'kube-controller-manager',
        health: 'unknown',
        sources: [],
        pods: [],
        params: {},
        evidence: [],
      },
      {
        id: 'kubelet',
        conceptId: 'kubelet',
        health: 'degraded',
        sources: ['nodes'],
        pods: [],
        params: { readyNodes: 1, totalNodes: 2 },
        evidence: ['node[minikube-m02].status.conditions[3].status'],
      },
      {
        id: 'container-runtime',
        conceptId: 'container-runtime',
        health: 'degraded',
        sources: ['nodes'],
        pods: [],
        params: { readyNodes: 1, totalNodes: 2, runtimes: 'docker://19.3.5' },
        evidence: ['node[minikube-m02].status.conditions[3].status'],
      },
      {
        id: 'kube-proxy',
        conceptId: 'kube-proxy',
        health: 'absent',
        sources: [],
        pods: [],
        params: {},
        evidence: [],
      },
      {
        id: 'coredns',
        conceptId: 'coredns',
        health: 'degraded',
        sources: ['pods'],
        pods: [
          podView('coredns-674b8bbfcf-7xq2m'),
          podView('coredns-674b8bbfcf-m9wzs', { ready: false }),
          podView('coredns-674b8bbfcf-zz9k1', { ready: false, phase: 'Failed' }),
        ],
        params: { readyPods: 1, pods: 2 },
        evidence: ['pod[kube-system/coredns-674b8bbfcf-m9wzs].status.conditions[2].status'],
      },
    ];
    expect({ components: result.components, nodes: result.nodes, leaders: result.leaders?.map((l) => [l.component, l.found, l.healthy]) }).toStrictEqual({
      components: expected,
      nodes: { total: 2, ready: 1, notReady: 1, unknown: 0, schedulingDisabled: 0 },
      leaders: [
        ['kube-scheduler', true, false],
        ['kube-controller-manager', false, null],
      ],
    });
  });

  it('reports every component unknown when nothing could be read', () => {
    const unknown = (id: ClusterComponent['id']): ClusterComponent => ({
      id,
      conceptId: id,
      health: 'unknown',
      sources: [],
      pods: [],
      params: {},
      evidence: [],
    });
    expect(explainCluster({ now: NOW })).toStrictEqual({
      version: null,
      readyz: null,
      leaders: null,
      components: [
        unknown('kube-apiserver'),
        unknown('etcd'),
        unknown('kube-scheduler'),
        unknown('kube-controller-manager'),
        unknown('kubelet'),
        unknown('container-runtime'),
        unknown('kube-proxy'),
        unknown('coredns'),
      ],
      nodes: null,
      conceptIds: CONCEPTS,
    });
  });

  it('trusts a bare "ok" from /readyz for etcd on a managed cluster that hides its control plane', () => {
    const result = explainCluster({ version: VERSION_1_33, readyz: 'ok', leases: [], pods: [kubeProxy], nodes: [], now: NOW });
    expect(result.components.map((c) => [c.id, c.health, c.sources])).toStrictEqual([
      ['kube-apiserver', 'healthy', ['version', 'readyz']],
      ['etcd', 'healthy', ['readyz']],
      ['kube-scheduler', 'unknown', []],
      ['kube-controller-manager', 'unknown', []],
      ['kubelet', 'absent', []],
      ['container-runtime', 'absent', []],
      ['kube-proxy', 'healthy', ['pods']],
      ['coredns', 'absent', []],
    ]);
  });
});
