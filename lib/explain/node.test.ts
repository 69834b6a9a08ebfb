import type { V1Lease, V1Node, V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { explainNode, type NodeExplanation } from './node';

const node = (name: string) => loadFixture<V1Node>(`nodes/${name}.json`);
const pod = (name: string) => loadFixture<V1Pod>(`pods/${name}.json`);

function derive<T>(object: T, edit: (copy: T) => void): T {
  const copy = structuredClone(object);
  edit(copy);
  return copy;
}

/** The node's Lease in kube-node-lease, shaped as GET /apis/coordination.k8s.io/v1 returns it. */
function nodeLease(name: string, renewTime: string): V1Lease {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name,
      namespace: 'kube-node-lease',
      uid: '5f0e4b1c-3d2a-4c8e-9a51-2b7d6e0f9c13',
      resourceVersion: '214449',
      creationTimestamp: '2019-12-31T20:49:22Z',
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: 'a33a26f0-7688-47b6-8dbf-5a04ea7f43d4' }],
    },
    spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime },
  } as unknown as V1Lease;
}

// Pods bound to "minikube": real captures; the kind sidecar pod is re-bound to minikube and the
// completed pod renamed so that names stay unique.
const PODS: V1Pod[] = [
  pod('minikube-running-ready-nginx'), // requests 100m / 70Mi
  pod('minikube-init-container-completed-running'), // init 100m/100Mi, app 100m/100Mi
  pod('minikube-running-ready-restartalways'), // no requests
  pod('minikube-pending-with-deletiontimestamp-EDITED'), // terminating, still counted
  derive(pod('minikube-succeeded-completed'), (p) => {
    p.metadata!.name = 'job-done'; // terminal: holds nothing
  }),
  derive(pod('kind-native-sidecar-init-completed-running'), (p) => {
    p.spec!.nodeName = 'minikube'; // init 333m/333Mi outweighs app 30m/10Mi + sidecar 20m/40Mi
  }),
  pod('gke-running-ready-deployment-pod'), // bound to another node
];

const MIB = 1024 * 1024;

describe('explainNode', () => {
  it('explains a healthy minikube node with its lease heartbeat and the requests of the pods bound to it', () => {
    const now = new Date('2020-01-01T22:06:03Z');
    const result = explainNode(node('minikube-v1.17-docker-ready'), {
      pods: PODS,
      lease: nodeLease('minikube', '2020-01-01T22:06:01.482113Z'),
      now,
    });
    const condition = (type: string, reason: string, index: number, status: string, transition: string, transitionAge: number) => ({
      type,
      status,
      state: 'ok' as const,
      conceptId: ({
        MemoryPressure: 'node-condition-memory-pressure',
        DiskPressure: 'node-condition-disk-pressure',
        PIDPressure: 'node-condition-pid-pressure',
        Ready: 'node-condition-ready',
      } as const)[type as 'Ready'],
      reason,
      lastHeartbeatTime: '2020-01-01T22:05:55Z',
      heartbeatAgeSeconds: 8,
      lastTransitionTime: transition,
      transitionAgeSeconds: transitionAge,
      evidence: `status.conditions[${index}].status`,
    });
    const memory = 70 * MIB + 100 * MIB + 333 * MIB;
    const expected: NodeExplanation = {
      name: 'minikube',
      createdAt: '2019-12-31T20:49:21Z',
      columns: {
        status: 'Ready',
        roles: 'master',
        age: '25h',
        version: 'v1.17.0',
        internalIP: '192.168.64.6',
        externalIP: '<none>',
        osImage: 'Buildroot 2019.02.7',
        kernelVersion: '4.19.81',
        containerRuntime: 'docker://19.3.5',
      },
      roles: ['master'],
      schedulable: true,
      ready: 'True',
      conceptIds: ['node', 'kubelet', 'node-conditions', 'node-allocatable', 'container-runtime', 'lease', 'control-plane'],
      conditions: [
        condition('MemoryPressure', 'KubeletHasSufficientMemory', 0, 'False', '2019-12-31T20:49:18Z', 91005),
        condition('DiskPressure', 'KubeletHasNoDiskPressure', 1, 'False', '2019-12-31T20:49:18Z', 91005),
        condition('PIDPressure', 'KubeletHasSufficientPID', 2, 'False', '2019-12-31T20:49:18Z', 91005),
        condition('Ready', 'KubeletReady', 3, 'True', '2019-12-31T20:49:22Z', 91001),
      ],
      pressure: { memory: false, disk: false, pid: false, networkUnavailable: false, active: [] },
      taints: [],
      resources: {
        cpu: {
          unit: 'millicores',
          capacity: 4000,
          allocatable: 4000,
          reserved: 0,
          requested: 533,
          requestedPercent: 13,
          unrequested: 3467,
          evidence: ['status.capacity.cpu', 'status.allocatable.cpu'],
        },
        memory: {
          unit: 'bytes',
          capacity: 8163684 * 1024,
          allocatable: 8163684 * 1024,
          reserved: 0,
          requested: memory,
          requestedPercent: 6,
          unrequested: 8163684 * 1024 - memory,
          evidence: ['status.capacity.memory', 'status.allocatable.memory'],
        },
        pods: {
          unit: 'pods',
          capacity: 110,
          allocatable: 110,
          reserved: 0,
          requested: 5,
          requestedPercent: 4,
          unrequested: 105,
          evidence: ['status.capacity.pods', 'status.allocatable.pods'],
        },
        podRequests: [
          { namespace: 'argocd', name: 'image-pull-backoff', cpuMillicores: 0, memoryBytes: 0, terminating: true },
          { namespace: 'argocd', name: 'my-pod', cpuMillicores: 0, memoryBytes: 0, terminating: false },
          { namespace: 'default', name: 'hurry-up-and-wait', cpuMillicores: 100, memoryBytes: 100 * MIB, terminating: false },
          { namespace: 'default', name: 'nginx', cpuMillicores: 100, memoryBytes: 70 * MIB, terminating: false },
          { namespace: 'default', name: 'sleep', cpuMillicores: 333, memoryBytes: 333 * MIB, terminating: false },
        ],
      },
      nodeInfo: {
        kubeletVersion: 'v1.17.0',
        kubeProxyVersion: 'v1.17.0',
        osImage: 'Buildroot 2019.02.7',
        kernelVersion: '4.19.81',
        operatingSystem: 'linux',
        architecture: 'amd64',
        containerRuntime: {
          raw: 'docker://19.3.5',
          name: 'docker',
          scheme: 'docker',
          version: '19.3.5',
          dockerVia: 'dockershim',
        },
      },
      heartbeat: {
        source: 'lease',
        time: '2020-01-01T22:06:01.482Z',
        ageSeconds: 1,
        leaseDurationSeconds: 40,
        gracePeriodSeconds: 50,
        overdue: false,
        evidence: 'lease[kube-node-lease/minikube].spec.renewTime',
      },
      diagnoses: [],
    };
    expect(result).toStrictEqual(expected);
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result); // plain JSON, no Dates or undefined
  });

  it('diagnoses a node whose kubelet stopped posting status (Ready Unknown, unreachable taints, stale lease)', () => {
    // Real minikube v1.15 capture, edited the way the node lifecycle controller leaves a node whose
    // kubelet went silent: every condition Unknown / NodeStatusUnknown, unreachable taints added.
    const silent = derive(node('minikube-v1.15-docker-ready'), (n) => {
      for (const c of n.status!.conditions!) {
        c.status = 'Unknown';
        c.reason = 'NodeStatusUnknown';
        c.message = 'Kubelet stopped posting node status.';
        c.lastTransitionTime = new Date('2019-08-31T04:44:01Z');
      }
      n.spec!.taints = [
        { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: new Date('2019-08-31T04:44:01Z') },
        { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: new Date('2019-08-31T04:44:06Z') },
      ];
    });
    const result = explainNode(silent, {
      pods: [],
      lease: nodeLease('minikube', '2019-08-31T04:43:11.204187Z'),
      now: new Date('2019-08-31T04:49:11Z'),
    });
    expect({
      status: result.columns.status,
      ready: result.ready,
      states: result.conditions.map((c) => [c.type, c.state, c.transitionAgeSeconds]),
      taints: result.taints,
      heartbeat: result.heartbeat,
      diagnoses: result.diagnoses,
    }).toStrictEqual({
      status: 'NotReady',
      ready: 'Unknown',
      states: [
        ['MemoryPressure', 'unknown', 310],
        ['DiskPressure', 'unknown', 310],
        ['PIDPressure', 'unknown', 310],
        ['Ready', 'unknown', 310],
      ],
      taints: [
        {
          key: 'node.kubernetes.io/unreachable',
          value: null,
          effect: 'NoSchedule',
          timeAdded: '2019-08-31T04:44:01Z',
          origin: 'automatic',
          conceptId: 'taint-unreachable',
          impact: { newPods: 'blocked', runningPods: 'kept' },
          defaultTolerationSeconds: null,
          causePath: 'status.conditions[3].status',
          evidence: 'spec.taints[0]',
        },
        {
          key: 'node.kubernetes.io/unreachable',
          value: null,
          effect: 'NoExecute',
          timeAdded: '2019-08-31T04:44:06Z',
          origin: 'automatic',
          conceptId: 'taint-unreachable',
          impact: { newPods: 'blocked', runningPods: 'evicted' },
          defaultTolerationSeconds: 300,
          causePath: 'status.conditions[3].status',
          evidence: 'spec.taints[1]',
        },
      ],
      heartbeat: {
        source: 'lease',
        time: '2019-08-31T04:43:11.204Z',
        ageSeconds: 359,
        leaseDurationSeconds: 40,
        gracePeriodSeconds: 50,
        overdue: true,
        evidence: 'lease[kube-node-lease/minikube].spec.renewTime',
      },
      diagnoses: [
        {
          id: 'node-not-ready',
          severity: 'critical',
          conceptIds: ['node-condition-ready', 'taint-unreachable', 'kubelet', 'lease'],
          params: { node: 'minikube', status: 'Unknown', reason: 'NodeStatusUnknown', sinceSeconds: 310, heartbeatAgeSeconds: 359 },
          evidence: [
            'status.conditions[3].status',
            'status.conditions[3].reason',
            'lease[kube-node-lease/minikube].spec.renewTime',
            'spec.taints[0]',
            'spec.taints[1]',
          ],
        },
      ],
    });
  });

  it('diagnoses memory and disk pressure on a cordoned node and tells automatic, setup and manual taints apart', () => {
    // Real minikube v1.17 capture with MemoryPressure and DiskPressure turned True (as the kubelet reports
    // them), cordoned, and carrying the taints the controller, kubeadm and an admin would add.
    const pressured = derive(node('minikube-v1.17-docker-ready'), (n) => {
      const [mem, disk] = n.status!.conditions!;
      Object.assign(mem!, { status: 'True', reason: 'KubeletHasInsufficientMemory', lastTransitionTime: '2020-01-01T22:00:00Z' });
      Object.assign(disk!, { status: 'True', reason: 'KubeletHasDiskPressure', lastTransitionTime: '2020-01-01T21:50:00Z' });
      n.spec!.unschedulable = true;
      n.spec!.taints = [
        { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' },
        { key: 'node.kubernetes.io/memory-pressure', effect: 'NoSchedule', timeAdded: new Date('2020-01-01T22:00:01Z') },
        { key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', timeAdded: new Date('2020-01-01T21:50:01Z') },
        { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', timeAdded: new Date('2020-01-01T22:05:00Z') },
        { key: 'dedicated', value: 'gpu', effect: 'PreferNoSchedule' },
      ];
    });
    const result = explainNode(pressured, {
      pods: [],
      lease: nodeLease('minikube', '2020-01-01T22:06:01Z'),
      now: new Date('2020-01-01T22:06:03Z'),
    });
    const taint = (key: string, value: string | null, effect: string, timeAdded: string | null, origin: string, conceptId: string, causePath: string | null, index: number) => ({
      key,
      value,
      effect,
      timeAdded,
      origin,
      conceptId,
      impact: effect === 'PreferNoSchedule' ? { newPods: 'discouraged', runningPods: 'kept' } : { newPods: 'blocked', runningPods: 'kept' },
      defaultTolerationSeconds: null,
      causePath,
      evidence: `spec.taints[${index}]`,
    });
    expect({
      status: result.columns.status,
      schedulable: result.schedulable,
      pressure: result.pressure,
      taints: result.taints,
      conceptIds: result.conceptIds,
      diagnoses: result.diagnoses,
    }).toStrictEqual({
      status: 'Ready,SchedulingDisabled',
      schedulable: false,
      pressure: { memory: true, disk: true, pid: false, networkUnavailable: false, active: ['MemoryPressure', 'DiskPressure'] },
      taints: [
        taint('node-role.kubernetes.io/control-plane', null, 'NoSchedule', null, 'setup', 'taint-control-plane', null, 0),
        taint('node.kubernetes.io/memory-pressure', null, 'NoSchedule', '2020-01-01T22:00:01Z', 'automatic', 'taint-memory-pressure', 'status.conditions[0].status', 1),
        taint('node.kubernetes.io/disk-pressure', null, 'NoSchedule', '2020-01-01T21:50:01Z', 'automatic', 'taint-disk-pressure', 'status.conditions[1].status', 2),
        taint('node.kubernetes.io/unschedulable', null, 'NoSchedule', '2020-01-01T22:05:00Z', 'automatic', 'taint-unschedulable', 'spec.unschedulable', 3),
        taint('dedicated', 'gpu', 'PreferNoSchedule', null, 'manual', 'taints-tolerations', null, 4),
      ],
      conceptIds: [
        'node',
        'kubelet',
        'node-conditions',
        'node-allocatable',
        'container-runtime',
        'lease',
        'taints-tolerations',
        'control-plane',
      ],
      diagnoses: [
        {
          id: 'node-pressure',
          severity: 'warning',
          conceptIds: ['node-condition-memory-pressure', 'taint-memory-pressure', 'node-allocatable'],
          params: { node: 'minikube', condition: 'MemoryPressure', reason: 'KubeletHasInsufficientMemory', sinceSeconds: 363 },
          evidence: ['status.conditions[0].status', 'spec.taints[1]'],
        },
        {
          id: 'node-pressure',
          severity: 'warning',
          conceptIds: ['node-condition-disk-pressure', 'taint-disk-pressure', 'node-allocatable'],
          params: { node: 'minikube', condition: 'DiskPressure', reason: 'KubeletHasDiskPressure', sinceSeconds: 963 },
          evidence: ['status.conditions[1].status', 'spec.taints[2]'],
        },
      ],
    });
  });

  it.each<[string, (n: V1Node) => void, Pick<NodeExplanation, 'ready' | 'diagnoses'> & { status: string; heartbeat: NodeExplanation['heartbeat'] }]>([
    [
      'diagnoses Ready=False as not-ready (the kubelet itself reports the problem)',
      // Real capture with the Ready condition the kubelet posts when its runtime is down.
      (n) => {
        Object.assign(n.status!.conditions![3]!, {
          status: 'False',
          reason: 'KubeletNotReady',
          message: 'container runtime is down',
          lastTransitionTime: '2020-01-01T22:05:00Z',
        });
      },
      {
        status: 'NotReady',
        ready: 'False',
        heartbeat: {
          source: 'ready-condition',
          time: '2020-01-01T22:05:55Z',
          ageSeconds: 8,
          leaseDurationSeconds: null,
          gracePeriodSeconds: 50,
          overdue: null,
          evidence: 'status.conditions[3].lastHeartbeatTime',
        },
        diagnoses: [
          {
            id: 'node-not-ready',
            severity: 'critical',
            conceptIds: ['node-condition-ready', 'taint-not-ready', 'kubelet', 'lease'],
            params: { node: 'minikube', status: 'False', reason: 'KubeletNotReady', sinceSeconds: 63, heartbeatAgeSeconds: 8 },
            evidence: ['status.conditions[3].status', 'status.conditions[3].reason', 'status.conditions[3].lastHeartbeatTime'],
          },
        ],
      },
    ],
    [
      'diagnoses a node that never reported a Ready condition',
      // Real capture with its conditions removed, as right after registration.
      (n) => {
        n.status!.conditions = [];
      },
      {
        status: 'Unknown',
        ready: 'missing',
        heartbeat: {
          source: 'none',
          time: null,
          ageSeconds: null,
          leaseDurationSeconds: null,
          gracePeriodSeconds: 50,
          overdue: null,
          evidence: null,
        },
        diagnoses: [
          {
            id: 'node-not-ready',
            severity: 'critical',
            conceptIds: ['node-condition-ready', 'taint-unreachable', 'kubelet', 'lease'],
            params: { node: 'minikube', status: 'missing' },
            evidence: ['status.conditions'],
          },
        ],
      },
    ],
  ])('%s', (_name, edit, expected) => {
    const result = explainNode(derive(node('minikube-v1.17-docker-ready'), edit), {
      pods: [],
      lease: null,
      now: new Date('2020-01-01T22:06:03Z'),
    });
    expect({ status: result.columns.status, ready: result.ready, heartbeat: result.heartbeat, diagnoses: result.diagnoses }).toStrictEqual(
      expected,
    );
  });

  it('ignores a lease that belongs to another node and falls back to the Ready heartbeat', () => {
    const result = explainNode(node('minikube-v1.17-docker-ready'), {
      pods: [],
      lease: nodeLease('minikube-m02', '2020-01-01T22:06:01Z'),
      now: new Date('2020-01-01T22:06:03Z'),
    });
    expect(result.heartbeat.source).toBe('ready-condition');
  });
});
