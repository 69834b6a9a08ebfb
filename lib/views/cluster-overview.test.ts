import { describe, expect, it } from 'vitest';
import type { V1Node, V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { APISERVER_IDENTITY_LEASE, READYZ_OK, VERSION_1_33, kindSystemPod, leaderLeaseObject } from '../explain/cluster-testdata';
import { buildClusterOverview, type ClusterInputs } from './cluster-overview';
import { SANDBOX_CAPTURE } from '../explain/concept-live.testdata';

const now = new Date('2025-05-20T10:02:08Z');
const inputs: ClusterInputs = {
  nodes: [SANDBOX_CAPTURE.controlPlaneNode, loadFixture<V1Node>('nodes/minikube-v1.17-docker-ready.json')],
  pods: [
    loadFixture<V1Pod>('pods/minikube-crashloopbackoff-lastState-error.json'),
    loadFixture<V1Pod>('pods/minikube-running-ready-nginx.json'),
    loadFixture<V1Pod>('pods/minikube-succeeded-completed.json'),
    kindSystemPod('etcd-kind-control-plane', { component: 'etcd', tier: 'control-plane' }, { mirror: true }),
    kindSystemPod('kube-proxy-abcde', { 'k8s-app': 'kube-proxy' }),
  ],
  leases: [leaderLeaseObject('kube-scheduler', '2025-05-20T10:02:05.123456Z'), leaderLeaseObject('kube-controller-manager', '2025-05-20T10:02:06.000000Z'), APISERVER_IDENTITY_LEASE],
};
const model = buildClusterOverview(inputs, { version: VERSION_1_33, readyz: READYZ_OK }, now);

describe('cluster overview model', () => {
  it('counts pods by kubectl STATUS with the badge severity, most common first', () => {
    expect(model.podStatusCounts).toStrictEqual([
      { status: 'Running', count: 3, severity: 'ok' },
      { status: 'Completed', count: 1, severity: 'done' },
      { status: 'CrashLoopBackOff', count: 1, severity: 'critical' },
    ]);
    expect(model.totalPods).toBe(5);
  });

  it('counts pods per namespace in name order', () => {
    expect(model.namespaces).toStrictEqual([
      { name: 'argocd', pods: 2 },
      { name: 'default', pods: 1 },
      { name: 'kube-system', pods: 2 },
    ]);
  });

  it('shows etcd healthy with the readyz lines the apiserver printed and its static pod', () => {
    expect(model.cluster.components.find((c) => c.id === 'etcd')?.health).toBe('healthy');
    expect(model.evidence.etcd).toStrictEqual([
      { path: 'readyz[etcd]', value: '[+]etcd ok' },
      { path: 'readyz[etcd-readiness]', value: '[+]etcd-readiness ok' },
      { path: 'pod[kube-system/etcd-kind-control-plane].status.conditions[2].status', value: 'True' },
    ]);
  });

  it('backs the scheduler and the apiserver with their lease renewal and version', () => {
    expect(model.evidence['kube-scheduler']).toStrictEqual([{ path: 'lease[kube-system/kube-scheduler].spec.renewTime', value: '2025-05-20T10:02:05.123456Z' }]);
    expect(model.evidence['kube-apiserver']).toStrictEqual([
      { path: 'version.gitVersion', value: 'v1.33.1' },
      { path: 'readyz', value: 'readyz check passed' },
    ]);
    expect(model.evidence.coredns).toStrictEqual([]);
  });

  it('draws each node with its kubelet, runtime, taints, and whether KWOK simulates it', () => {
    expect(model.nodes).toStrictEqual([
      {
        name: 'minikube',
        roles: ['master'],
        status: 'Ready',
        ready: 'True',
        readyReason: 'KubeletReady',
        heartbeatAt: '2020-01-01T22:05:55Z',
        kubeletVersion: 'v1.17.0',
        containerRuntime: 'docker://19.3.5',
        osImage: 'Buildroot 2019.02.7',
        taints: [],
        simulated: false,
        pods: 2,
        kubeProxy: null,
      },
      {
        name: 'sandbox-control-plane',
        roles: ['control-plane'],
        status: 'Ready',
        ready: 'True',
        readyReason: 'KubeletReady',
        heartbeatAt: '2026-11-26T02:10:24Z',
        kubeletVersion: 'v1.36.3',
        containerRuntime: 'containerd://2.1.4',
        osImage: 'Debian GNU/Linux 12 (bookworm)',
        taints: ['node-role.kubernetes.io/control-plane:NoSchedule'],
        simulated: true,
        pods: 0,
        kubeProxy: null,
      },
    ]);
  });

  it('lists the apiserver identity leases apart from the leader leases', () => {
    expect(model.apiservers).toStrictEqual([
      { name: 'apiserver-xhxcfn7gx4uvuwj4x5ygy5ixbi', holder: 'apiserver-xhxcfn7gx4uvuwj4x5ygy5ixbi_0b6cde1e-3f7a-4d8d-a3c4-2c4c0bf1b7f2', renewTime: '2025-05-20T10:02:05Z' },
    ]);
  });

  it('shows an empty cluster without failing', () => {
    const empty = buildClusterOverview({ nodes: [], pods: [], leases: [] }, { version: null, readyz: null }, now);
    expect([empty.podStatusCounts, empty.namespaces, empty.nodes, empty.apiservers, empty.totalPods]).toStrictEqual([[], [], [], [], 0]);
    expect(empty.cluster.components.map((c) => [c.id, c.health])).toStrictEqual([
      ['kube-apiserver', 'unknown'],
      ['etcd', 'unknown'],
      ['kube-scheduler', 'unknown'],
      ['kube-controller-manager', 'unknown'],
      ['kubelet', 'absent'],
      ['container-runtime', 'absent'],
      ['kube-proxy', 'absent'],
      ['coredns', 'absent'],
    ]);
  });

  it("gives each of many nodes its own pods and kube-proxy, the first one bound to it when there are two", () => {
    const template = loadFixture<V1Node>('nodes/minikube-v1.17-docker-ready.json');
    const nodes = Array.from({ length: 4 }, (_, i) => ({ ...template, metadata: { ...template.metadata, name: `node-${i}`, uid: `node-${i}` } }));
    const on = (pod: V1Pod, node: string, name: string): V1Pod => ({ ...pod, metadata: { ...pod.metadata, name, uid: name }, spec: { ...pod.spec, containers: pod.spec?.containers ?? [], nodeName: node } });
    const running = loadFixture<V1Pod>('pods/minikube-running-ready-nginx.json');
    const done = loadFixture<V1Pod>('pods/minikube-succeeded-completed.json');
    const proxy = kindSystemPod('kube-proxy-x', { 'k8s-app': 'kube-proxy' });
    const pods = [
      on(running, 'node-0', 'a'), on(done, 'node-0', 'b'), on(running, 'node-1', 'c'), on(running, 'node-1', 'd'), on(running, 'node-2', 'e'),
      on(proxy, 'node-1', 'kube-proxy-1'), on(proxy, 'node-2', 'kube-proxy-2a'), on(proxy, 'node-2', 'kube-proxy-2b'),
    ];
    const boxes = buildClusterOverview({ nodes, pods, leases: [] }, { version: null, readyz: null }, now).nodes;
    expect(boxes.map((b) => [b.name, b.pods, b.kubeProxy?.name ?? null])).toStrictEqual([
      ['node-0', 1, null],
      ['node-1', 3, 'kube-proxy-1'],
      ['node-2', 3, 'kube-proxy-2a'],
      ['node-3', 0, null],
    ]);
  });
});
