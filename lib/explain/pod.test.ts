import { describe, it, expect } from 'vitest';
import type { V1Node, V1Pod, V1Service } from '@kubernetes/client-node';
import { listFixtures, loadFixture } from '../testing/fixtures';
import { explainPod, type PodExplanation } from './index';
import { podEvent, replicaSetCreatedEvent } from './pod-events.testkit';

const POD_FIXTURES = listFixtures('pods');
const pod = (file: string) => loadFixture<V1Pod>(`pods/${file}`);

/** Network, IPC and UTS shared; PID only with shareProcessNamespace; mount never. */
const DEFAULT_NAMESPACES: PodExplanation['namespaces'] = [
  {
    kind: 'network',
    sharedInPod: true,
    host: false,
    field: 'spec.hostNetwork',
    dockerEquivalent: '--network container:<first>',
    conceptIds: ['linux-namespaces', 'docker-network-bridge'],
  },
  { kind: 'ipc', sharedInPod: true, host: false, field: 'spec.hostIPC', dockerEquivalent: '--ipc container:<first>', conceptIds: ['linux-namespaces'] },
  { kind: 'uts', sharedInPod: true, host: false, field: 'spec.hostNetwork', dockerEquivalent: null, conceptIds: ['linux-namespaces'] },
  { kind: 'pid', sharedInPod: false, host: false, field: 'spec.shareProcessNamespace', dockerEquivalent: null, conceptIds: ['linux-namespaces'] },
  { kind: 'mount', sharedInPod: false, host: false, field: null, dockerEquivalent: null, conceptIds: ['linux-namespaces', 'docker-volume'] },
  { kind: 'user', sharedInPod: true, host: true, field: 'spec.hostUsers', dockerEquivalent: null, conceptIds: ['linux-namespaces'] },
];

/** A container with no probes: each kind counts as passing. */
const ABSENT_PROBES = (['startup', 'liveness', 'readiness'] as const).map((kind) => ({
  kind,
  conceptId: `${kind}-probe` as const,
  configured: false,
  handler: null,
  successCriterion: null,
  timing: null,
  defaulted: [],
  secondsUntilAction: null,
  gatedByStartup: false,
  onFailure: kind === 'readiness' ? ('mark-not-ready' as const) : ('kill-and-restart' as const),
  restartsContainer: kind !== 'readiness',
  evidence: { flag: null, failures: 0, lastFailureMessage: null, lastFailureAt: null, restartsCaused: 0, paths: [] },
}));

/** The events a GKE cluster (1.15-era, core/v1 recorders) records for a Deployment's pod. */
function gkeCreationEvents(p: V1Pod) {
  const host = 'gke-k9s-default-pool-0fa2fb89-lbtf';
  return [
    replicaSetCreatedEvent(p, '2019-12-31T19:27:22Z'),
    podEvent(p, { reason: 'Scheduled', message: `Successfully assigned default/nginx-7fb78fb6d8-2w75j to ${host}`, component: 'default-scheduler', first: '2019-12-31T19:27:22Z' }),
    podEvent(p, { reason: 'Pulled', message: 'Container image "k8s.gcr.io/nginx-slim:0.8" already present on machine', component: 'kubelet', host, first: '2019-12-31T19:27:23Z', container: 'nginx' }),
    podEvent(p, { reason: 'Created', message: 'Created container nginx', component: 'kubelet', host, first: '2019-12-31T19:27:23Z', container: 'nginx' }),
    podEvent(p, { reason: 'Started', message: 'Started container nginx', component: 'kubelet', host, first: '2019-12-31T19:27:24Z', container: 'nginx' }),
  ];
}

const nginxService: V1Service = {
  metadata: { name: 'nginx', namespace: 'default' },
  spec: { selector: { app: 'nginx' }, ports: [{ port: 80, targetPort: 80 }] },
};

describe('explainPod, whole results', () => {
  it('explains a healthy ReplicaSet-made pod with its recorded events and the Service that selects it', () => {
    const p = pod('gke-running-ready-deployment-pod.json');
    const result = explainPod(p, { now: new Date('2019-12-31T19:37:22Z'), events: gkeCreationEvents(p), services: [nginxService] });
    expect(result).toStrictEqual(GKE_EXPECTED);
  });

  it('explains a bare crash-looping pod from its status alone once the events have expired', () => {
    const result = explainPod(pod('minikube-crashloopbackoff-lastState-error.json'), { now: new Date('2018-12-02T09:20:40Z') });
    expect(result).toStrictEqual(CRASH_EXPECTED);
  });
});

describe('explainPod on every captured pod', () => {
  it.each(POD_FIXTURES)('%s gives plain JSON: no Date objects, no undefined values', (file) => {
    const p = pod(file);
    const created = new Date(String(p.metadata?.creationTimestamp)).getTime();
    const result = explainPod(p, { now: new Date(created + 3_600_000), events: [], services: [] });
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it.each(POD_FIXTURES)('%s: containers never share the PID namespace by default (only with shareProcessNamespace)', (file) => {
    const p = pod(file);
    expect(p.spec?.shareProcessNamespace).toBeUndefined();
    const ns = explainPod(p, { now: new Date('2025-01-01T00:00:00Z') }).namespaces;
    expect(ns.filter((n) => n.sharedInPod).map((n) => n.kind)).toStrictEqual(['network', 'ipc', 'uts', 'user']);
    expect(ns.find((n) => n.kind === 'pid')?.sharedInPod).toBe(false);
    expect(ns.find((n) => n.kind === 'mount')?.sharedInPod).toBe(false);
  });
});

describe('explainPod accuracy', () => {
  it('Succeeded means every container exited 0 and none will restart, not "all running"', () => {
    const result = explainPod(pod('minikube-succeeded-completed.json'), { now: new Date('2018-12-02T09:20:00Z') });
    expect(result.lifecycle.phase.value).toBe('Succeeded');
    expect(result.lifecycle.currentStep).toBe('Succeeded');
    expect(result.containers.map((c) => [c.state.kind, c.state.exitCode, c.willRestart])).toStrictEqual([['terminated', 0, false]]);
    expect(result.containers.some((c) => c.state.kind === 'running')).toBe(false);
    expect(result.creationFlow.steps.at(-1)).toMatchObject({ id: 'completed', state: 'done' });
    expect(result.diagnoses).toStrictEqual([]);
  });

  it('Failed means all containers terminated, one failed, and none will restart', () => {
    const result = explainPod(pod('minikube-failed-restartnever.json'), { now: new Date('2018-12-02T09:30:00Z') });
    expect(result.lifecycle.phase.value).toBe('Failed');
    expect(result.containers.map((c) => [c.state.kind, c.state.exitCode, c.willRestart])).toStrictEqual([['terminated', 1, false]]);
  });

  it('keeps a crash-looping pod with restartPolicy Always in phase Running', () => {
    const result = explainPod(pod('minikube-crashloopbackoff-lastState-error.json'), { now: new Date('2018-12-02T09:20:40Z') });
    expect(result.lifecycle.phase.value).toBe('Running');
    expect(result.lifecycle.columns.status).toBe('CrashLoopBackOff');
  });

  it('a failing readiness probe never restarts the container: it only takes the pod out of the ready endpoints', () => {
    const p = { ...pod('minikube-running-not-ready-readiness-tcp-failing.json') };
    p.metadata = { ...p.metadata, labels: { app: 'never-ready' } };
    const unhealthy = podEvent(p, {
      reason: 'Unhealthy',
      type: 'Warning',
      message: 'Readiness probe failed: dial tcp 172.17.0.9:8080: connect: connection refused',
      component: 'kubelet',
      host: 'minikube',
      first: '2018-12-02T10:31:09Z',
      last: '2018-12-02T10:40:49Z',
      count: 59,
      container: 'main',
    });
    const service: V1Service = { metadata: { name: 'never-ready', namespace: 'argocd' }, spec: { selector: { app: 'never-ready' } } };
    const result = explainPod(p, { now: new Date('2018-12-02T10:41:00Z'), events: [unhealthy], services: [service] });
    const [main] = result.containers;
    const readiness = main?.probes.find((probe) => probe.kind === 'readiness');
    expect(readiness).toMatchObject({ onFailure: 'mark-not-ready', restartsContainer: false, evidence: { failures: 59, restartsCaused: 0 } });
    expect(main).toMatchObject({ restartCount: 0, state: { kind: 'running' }, willRestart: null, backoff: null });
    expect(result.services).toStrictEqual([
      { name: 'never-ready', listed: true, ready: false, serving: false, terminating: false, publishNotReadyAddresses: false },
    ]);
    expect(result.diagnoses.map((d) => d.id)).toStrictEqual(['readiness-failing']);
  });

  it('parses the scheduling failure of an unbound pod from its latest FailedScheduling event', () => {
    const p: V1Pod = {
      metadata: { name: 'gpu-job', namespace: 'default', uid: 'u-gpu', creationTimestamp: '2024-05-01T10:00:00Z' as unknown as Date },
      spec: { containers: [{ name: 'train', image: 'ghcr.io/example/train:1.0', resources: { limits: { 'nvidia.com/gpu': '2' } } }] },
      status: { phase: 'Pending', qosClass: 'BestEffort' },
    };
    const failed = podEvent(p, {
      reason: 'FailedScheduling',
      type: 'Warning',
      message: '0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 Insufficient nvidia.com/gpu. preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod.',
      component: 'default-scheduler',
      first: '2024-05-01T10:00:01Z',
    });
    const result = explainPod(p, { now: new Date('2024-05-01T10:01:00Z'), events: [failed] });
    expect(result.scheduling).toMatchObject({
      totalNodes: 4,
      reasons: [
        { count: 1, category: 'untolerated-taint', taint: null },
        { count: 3, category: 'insufficient-resource', resource: 'nvidia.com/gpu' },
      ],
    });
    expect(result.diagnoses[0]).toMatchObject({ id: 'unschedulable', params: { topReason: 'insufficient-resource', topReasonCount: 3 } });
    expect(result.lifecycle.currentStep).toBe('PodScheduled');
    expect(result.creationFlow.steps[1]).toMatchObject({ id: 'scheduled', state: 'failed' });
  });

  it('uses only the node the pod is bound to', () => {
    const p = pod('minikube-running-ready-nginx.json');
    const node = loadFixture<V1Node>('nodes/minikube-v1.17-docker-ready.json');
    const elsewhere: V1Node = { ...node, metadata: { ...node.metadata, name: 'other-node' } };
    const now = new Date('2019-08-09T06:00:00Z');
    // status.qosClass says BestEffort (an edited capture), so the score is BestEffort's either way;
    // what matters is that a foreign node's conditions are ignored.
    const notReady: V1Node = structuredClone(elsewhere);
    for (const c of notReady.status?.conditions ?? []) if (c.type === 'Ready') c.status = 'False';
    expect(explainPod(p, { now, node: notReady }).diagnoses).toStrictEqual([]);
    const boundNotReady: V1Node = structuredClone(node);
    for (const c of boundNotReady.status?.conditions ?? []) if (c.type === 'Ready') c.status = 'False';
    expect(explainPod(p, { now, node: boundNotReady }).diagnoses.map((d) => d.id)).toStrictEqual(['node-not-ready']);
  });
});

// Expected results, checked field by field against the fixtures and k8s-facts.md.

const GKE_EXPECTED: PodExplanation = {
  pod: {
    name: 'nginx-7fb78fb6d8-2w75j',
    namespace: 'default',
    uid: '91bb1cf2-2c03-11ea-883f-42010a800044',
    nodeName: 'gke-k9s-default-pool-0fa2fb89-lbtf',
    podIP: '10.44.0.229',
    hostIP: '10.128.0.15',
    createdAt: '2019-12-31T19:27:22Z',
    ageSeconds: 600,
    restartPolicy: 'Always',
    owner: { kind: 'ReplicaSet', name: 'nginx-7fb78fb6d8' },
  },
  lifecycle: {
    phase: { value: 'Running', conceptId: 'phase-running', reason: null, message: null },
    conditions: [
      {
        type: 'PodScheduled',
        status: 'True',
        reason: null,
        message: null,
        lastTransitionTime: '2019-12-31T19:27:22Z',
        setBy: 'kube-scheduler',
        conceptId: 'condition-pod-scheduled',
        position: 'passed',
        readinessGate: false,
        path: 'status.conditions[3]',
      },
      {
        type: 'Initialized',
        status: 'True',
        reason: null,
        message: null,
        lastTransitionTime: '2019-12-31T19:27:23Z',
        setBy: 'kubelet',
        conceptId: 'condition-initialized',
        position: 'passed',
        readinessGate: false,
        path: 'status.conditions[0]',
      },
      {
        type: 'PodReadyToStartContainers',
        status: 'Missing',
        reason: null,
        message: null,
        lastTransitionTime: null,
        setBy: 'kubelet',
        conceptId: 'condition-pod-ready-to-start-containers',
        position: 'passed',
        readinessGate: false,
        path: null,
      },
      {
        type: 'ContainersReady',
        status: 'True',
        reason: null,
        message: null,
        lastTransitionTime: '2019-12-31T19:27:25Z',
        setBy: 'kubelet',
        conceptId: 'condition-containers-ready',
        position: 'passed',
        readinessGate: false,
        path: 'status.conditions[2]',
      },
      {
        type: 'Ready',
        status: 'True',
        reason: null,
        message: null,
        lastTransitionTime: '2019-12-31T19:27:25Z',
        setBy: 'kubelet',
        conceptId: 'condition-ready',
        position: 'passed',
        readinessGate: false,
        path: 'status.conditions[1]',
      },
    ],
    currentStep: 'Ready',
    terminating: false,
    columns: { ready: '1/1', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  creationFlow: {
    createdBy: {
      kind: 'controller',
      ownerKind: 'ReplicaSet',
      ownerName: 'nginx-7fb78fb6d8',
      controllerName: 'replicaset-controller',
    },
    steps: [
      {
        id: 'controller-created',
        state: 'done',
        component: 'kube-controller-manager',
        conceptIds: ['kube-controller-manager', 'owner-references', 'replicaset'],
        at: '2019-12-31T19:27:22Z',
        evidence: [
          { kind: 'field', path: 'metadata.ownerReferences[0].kind', value: 'ReplicaSet' },
          {
            kind: 'event',
            reason: 'SuccessfulCreate',
            component: 'replicaset-controller',
            firstAt: '2019-12-31T19:27:22Z',
            lastAt: '2019-12-31T19:27:22Z',
            count: 1,
            message: 'Created pod: nginx-7fb78fb6d8-2w75j',
            path: 'events[reason=SuccessfulCreate].message',
          },
        ],
        params: { ownerKind: 'ReplicaSet', ownerName: 'nginx-7fb78fb6d8', controller: 'replicaset-controller' },
        secondsSincePrevious: null,
      },
      {
        id: 'submitted',
        state: 'done',
        component: 'kube-apiserver',
        conceptIds: ['kube-apiserver', 'etcd'],
        at: '2019-12-31T19:27:22Z',
        evidence: [{ kind: 'field', path: 'metadata.creationTimestamp', value: '2019-12-31T19:27:22Z' }],
        params: { requestedBy: 'controller' },
        secondsSincePrevious: 0,
      },
      {
        id: 'scheduled',
        component: 'kube-scheduler',
        conceptIds: ['kube-scheduler', 'condition-pod-scheduled'],
        state: 'done',
        at: '2019-12-31T19:27:22Z',
        evidence: [
          {
            kind: 'event',
            reason: 'Scheduled',
            component: 'default-scheduler',
            firstAt: '2019-12-31T19:27:22Z',
            lastAt: '2019-12-31T19:27:22Z',
            count: 1,
            message: 'Successfully assigned default/nginx-7fb78fb6d8-2w75j to gke-k9s-default-pool-0fa2fb89-lbtf',
            path: 'events[reason=Scheduled].message',
          },
          {
            kind: 'condition',
            type: 'PodScheduled',
            status: 'True',
            reason: null,
            at: '2019-12-31T19:27:22Z',
            path: 'status.conditions[3]',
          },
          { kind: 'field', path: 'spec.nodeName', value: 'gke-k9s-default-pool-0fa2fb89-lbtf' },
        ],
        params: { scheduler: 'default-scheduler', node: 'gke-k9s-default-pool-0fa2fb89-lbtf' },
        secondsSincePrevious: 0,
      },
      {
        id: 'volumes-mounted',
        state: 'done',
        component: 'kubelet',
        conceptIds: ['kubelet', 'reason-container-creating'],
        at: null,
        evidence: [],
        params: { volumes: 1 },
        secondsSincePrevious: null,
      },
      {
        id: 'sandbox-created',
        state: 'done',
        component: 'container-runtime',
        conceptIds: ['container-runtime', 'condition-pod-ready-to-start-containers'],
        at: null,
        evidence: [{ kind: 'field', path: 'status.podIP', value: '10.44.0.229' }],
        params: {},
        secondsSincePrevious: null,
      },
      {
        id: 'image-pulled',
        state: 'done',
        component: 'kubelet',
        conceptIds: ['kubelet', 'image', 'image-pull-policy'],
        at: '2019-12-31T19:27:23Z',
        evidence: [
          {
            kind: 'event',
            reason: 'Pulled',
            component: 'kubelet',
            firstAt: '2019-12-31T19:27:23Z',
            lastAt: '2019-12-31T19:27:23Z',
            count: 1,
            message: 'Container image "k8s.gcr.io/nginx-slim:0.8" already present on machine',
            path: 'events[reason=Pulled].message',
          },
        ],
        params: { alreadyPresent: 1, pulled: 0 },
        secondsSincePrevious: 1,
      },
      {
        id: 'container-created',
        state: 'done',
        component: 'container-runtime',
        conceptIds: ['kubelet', 'container-runtime', 'container'],
        at: '2019-12-31T19:27:23Z',
        evidence: [
          {
            kind: 'event',
            reason: 'Created',
            component: 'kubelet',
            firstAt: '2019-12-31T19:27:23Z',
            lastAt: '2019-12-31T19:27:23Z',
            count: 1,
            message: 'Created container nginx',
            path: 'events[reason=Created].message',
          },
        ],
        params: { containers: 1 },
        secondsSincePrevious: 0,
      },
      {
        id: 'started',
        state: 'done',
        component: 'kubelet',
        conceptIds: ['kubelet', 'container-states'],
        at: '2019-12-31T19:27:24Z',
        evidence: [
          {
            kind: 'event',
            reason: 'Started',
            component: 'kubelet',
            firstAt: '2019-12-31T19:27:24Z',
            lastAt: '2019-12-31T19:27:24Z',
            count: 1,
            message: 'Started container nginx',
            path: 'events[reason=Started].message',
          },
        ],
        params: { containers: 1 },
        secondsSincePrevious: 1,
      },
      {
        id: 'ready',
        component: 'kubelet',
        conceptIds: ['condition-ready', 'readiness-probe'],
        state: 'done',
        at: '2019-12-31T19:27:25Z',
        evidence: [
          {
            kind: 'condition',
            type: 'Ready',
            status: 'True',
            reason: null,
            at: '2019-12-31T19:27:25Z',
            path: 'status.conditions[1]',
          },
        ],
        params: {},
        secondsSincePrevious: 1,
      },
    ],
    secondsToReady: 3,
  },
  deletionFlow: null,
  containers: [
    {
      name: 'nginx',
      kind: 'app',
      conceptIds: ['container'],
      specPath: 'spec.containers[0]',
      statusPath: 'status.containerStatuses[0]',
      image: 'k8s.gcr.io/nginx-slim:0.8',
      imageId: 'docker-pullable://k8s.gcr.io/nginx-slim@sha256:8b4501fe0fe221df663c22e16539f399e89594552f400408303c42f3dd8d0e52',
      containerId: 'docker://90e0abf7a779dd76d36038883312baed57a8351428a1d6340df3cff698f51809',
      runtime: 'docker',
      imagePullPolicy: {
        image: 'k8s.gcr.io/nginx-slim:0.8',
        value: 'IfNotPresent',
        stored: 'IfNotPresent',
        defaultValue: 'IfNotPresent',
        rule: 'other-tag',
        matchesDefault: true,
        explicit: false,
        explicitSource: 'unknowable',
      },
      state: {
        kind: 'running',
        reason: null,
        message: null,
        exitCode: null,
        signal: null,
        startedAt: '2019-12-31T19:27:24Z',
        finishedAt: null,
        containerId: null,
        conceptId: 'container-states',
        path: 'status.containerStatuses[0].state.running',
      },
      lastState: null,
      ready: true,
      started: null,
      restartCount: 0,
      restartPolicy: 'Always',
      restartPolicySource: 'pod',
      willRestart: null,
      backoff: null,
      resources: {
        requests: { cpu: '200m', memory: '20Mi' },
        limits: { cpu: '200m', memory: '20Mi' },
        cpuRequestMillicores: 200,
        cpuLimitMillicores: 200,
        memoryRequestBytes: 20971520,
        memoryLimitBytes: 20971520,
        cgroup: { cpuWeight: 29, cpuMax: '20000 100000', memoryMax: '20971520' },
        oomScoreAdj: -997,
      },
      probes: ABSENT_PROBES,
      ports: [{ name: null, containerPort: 80, protocol: 'TCP' }],
      hooks: { postStart: null, preStop: null, stopSignal: null },
    },
  ],
  qos: { class: 'Guaranteed', source: 'status', computed: 'Guaranteed' },
  volumes: [
    {
      name: 'default-token-dsl46',
      path: 'spec.volumes[0]',
      securityRisk: false,
      mounts: [
        {
          container: 'nginx',
          mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
          readOnly: true,
          subPath: null,
        },
      ],
      kind: 'secret',
      conceptIds: ['configmap-secret-volumes'],
      dockerAnalogue: 'none',
      lifetime: 'api-object',
      params: { secretName: 'default-token-dsl46' },
    },
  ],
  namespaces: DEFAULT_NAMESPACES,
  scheduling: null,
  services: [
    {
      name: 'nginx',
      listed: true,
      ready: true,
      serving: true,
      terminating: false,
      publishNotReadyAddresses: false,
    },
  ],
  commands: [
    {
      id: 'get',
      container: null,
      kubectl: 'kubectl get pod nginx-7fb78fb6d8-2w75j -n default -o wide',
      docker: 'docker ps --filter name=nginx-7fb78fb6d8-2w75j',
      conceptIds: ['kubectl', 'docker-commands'],
    },
    {
      id: 'get-yaml',
      container: null,
      kubectl: 'kubectl get pod nginx-7fb78fb6d8-2w75j -n default -o yaml',
      docker: 'docker inspect 90e0abf7a779',
      conceptIds: ['kubectl', 'pod'],
    },
    {
      id: 'describe',
      container: null,
      kubectl: 'kubectl describe pod nginx-7fb78fb6d8-2w75j -n default',
      docker: 'docker inspect 90e0abf7a779',
      conceptIds: ['kubectl', 'events'],
    },
    {
      id: 'events',
      container: null,
      kubectl: 'kubectl events --for pod/nginx-7fb78fb6d8-2w75j -n default',
      docker: null,
      conceptIds: ['events'],
    },
    {
      id: 'logs',
      container: 'nginx',
      kubectl: 'kubectl logs nginx-7fb78fb6d8-2w75j -n default -c nginx',
      docker: 'docker logs 90e0abf7a779',
      conceptIds: ['kubectl', 'docker-commands'],
    },
    {
      id: 'exec',
      container: 'nginx',
      kubectl: 'kubectl exec -it nginx-7fb78fb6d8-2w75j -n default -c nginx -- sh',
      docker: 'docker exec -it 90e0abf7a779 sh',
      conceptIds: ['kubectl', 'docker-commands', 'linux-namespaces'],
    },
  ],
  diagnoses: [],
};

const CRASH_EXPECTED: PodExplanation = {
  pod: {
    name: 'my-pod',
    namespace: 'argocd',
    uid: '63674389-f613-11e8-a057-fe5f49266390',
    nodeName: 'minikube',
    podIP: '172.17.0.9',
    hostIP: '192.168.64.41',
    createdAt: '2018-12-02T09:19:36Z',
    ageSeconds: 64,
    restartPolicy: 'Always',
    owner: null,
  },
  lifecycle: {
    phase: { value: 'Running', conceptId: 'phase-running', reason: null, message: null },
    conditions: [
      {
        type: 'PodScheduled',
        status: 'True',
        reason: null,
        message: null,
        lastTransitionTime: '2018-12-02T09:19:36Z',
        setBy: 'kube-scheduler',
        conceptId: 'condition-pod-scheduled',
        position: 'passed',
        readinessGate: false,
        path: 'status.conditions[2]',
      },
      {
        type: 'Initialized',
        status: 'True',
        reason: null,
        message: null,
        lastTransitionTime: '2018-12-02T09:19:36Z',
        setBy: 'kubelet',
        conceptId: 'condition-initialized',
        position: 'passed',
        readinessGate: false,
        path: 'status.conditions[0]',
      },
      {
        type: 'PodReadyToStartContainers',
        status: 'Missing',
        reason: null,
        message: null,
        lastTransitionTime: null,
        setBy: 'kubelet',
        conceptId: 'condition-pod-ready-to-start-containers',
        position: 'passed',
        readinessGate: false,
        path: null,
      },
      {
        type: 'ContainersReady',
        status: 'Missing',
        reason: null,
        message: null,
        lastTransitionTime: null,
        setBy: 'kubelet',
        conceptId: 'condition-containers-ready',
        position: 'current',
        readinessGate: false,
        path: null,
      },
      {
        type: 'Ready',
        status: 'False',
        reason: 'ContainersNotReady',
        message: 'containers with unready status: [main]',
        lastTransitionTime: '2018-12-02T09:19:36Z',
        setBy: 'kubelet',
        conceptId: 'condition-ready',
        position: 'ahead',
        readinessGate: false,
        path: 'status.conditions[1]',
      },
    ],
    currentStep: 'ContainersReady',
    terminating: false,
    columns: { ready: '0/1', status: 'CrashLoopBackOff', restarts: '3 (15s ago)', restartCount: 3, lastRestartAt: '2018-12-02T09:20:25Z' },
  },
  creationFlow: {
    createdBy: { kind: 'client' },
    steps: [
      {
        id: 'submitted',
        state: 'done',
        component: 'kube-apiserver',
        conceptIds: ['kube-apiserver', 'etcd'],
        at: '2018-12-02T09:19:36Z',
        evidence: [{ kind: 'field', path: 'metadata.creationTimestamp', value: '2018-12-02T09:19:36Z' }],
        params: { requestedBy: 'client' },
        secondsSincePrevious: null,
      },
      {
        id: 'scheduled',
        component: 'kube-scheduler',
        conceptIds: ['kube-scheduler', 'condition-pod-scheduled'],
        state: 'done',
        at: '2018-12-02T09:19:36Z',
        evidence: [
          {
            kind: 'condition',
            type: 'PodScheduled',
            status: 'True',
            reason: null,
            at: '2018-12-02T09:19:36Z',
            path: 'status.conditions[2]',
          },
          { kind: 'field', path: 'spec.nodeName', value: 'minikube' },
        ],
        params: { scheduler: 'default-scheduler', node: 'minikube' },
        secondsSincePrevious: 0,
      },
      {
        id: 'volumes-mounted',
        state: 'done',
        component: 'kubelet',
        conceptIds: ['kubelet', 'reason-container-creating'],
        at: null,
        evidence: [],
        params: { volumes: 1 },
        secondsSincePrevious: null,
      },
      {
        id: 'sandbox-created',
        state: 'done',
        component: 'container-runtime',
        conceptIds: ['container-runtime', 'condition-pod-ready-to-start-containers'],
        at: null,
        evidence: [{ kind: 'field', path: 'status.podIP', value: '172.17.0.9' }],
        params: {},
        secondsSincePrevious: null,
      },
      {
        id: 'image-pulled',
        state: 'done',
        component: 'kubelet',
        conceptIds: ['kubelet', 'image', 'image-pull-policy'],
        at: null,
        evidence: [
          {
            kind: 'field',
            path: 'status.containerStatuses[0].imageID',
            value: 'docker-pullable://alpine@sha256:621c2f39f8133acb8e64023a94dbdf0d5ca81896102b9e57c0dc184cadaf5528',
          },
        ],
        params: { alreadyPresent: 0, pulled: 0 },
        secondsSincePrevious: null,
      },
      {
        id: 'container-created',
        state: 'done',
        component: 'container-runtime',
        conceptIds: ['kubelet', 'container-runtime', 'container'],
        at: null,
        evidence: [
          {
            kind: 'field',
            path: 'status.containerStatuses[0].containerID',
            value: 'docker://c3aa0064b95a26045999b99c268e715a1c64201e816f1279ac06638778547bb8',
          },
        ],
        params: { containers: 1 },
        secondsSincePrevious: null,
      },
      {
        id: 'started',
        state: 'done',
        component: 'kubelet',
        conceptIds: ['kubelet', 'container-states'],
        at: null,
        evidence: [
          {
            kind: 'field',
            path: 'status.containerStatuses[0].lastState.terminated.startedAt',
            value: '2018-12-02T09:20:25Z',
          },
        ],
        params: { containers: 1 },
        secondsSincePrevious: null,
      },
      {
        id: 'ready',
        component: 'kubelet',
        conceptIds: ['condition-ready', 'readiness-probe'],
        state: 'failed',
        at: null,
        evidence: [
          {
            kind: 'condition',
            type: 'Ready',
            status: 'False',
            reason: 'ContainersNotReady',
            at: '2018-12-02T09:19:36Z',
            path: 'status.conditions[1]',
          },
          {
            kind: 'field',
            path: 'status.containerStatuses[0].state.waiting.reason',
            value: 'CrashLoopBackOff',
          },
        ],
        params: {},
        secondsSincePrevious: null,
      },
    ],
    secondsToReady: null,
  },
  deletionFlow: null,
  containers: [
    {
      name: 'main',
      kind: 'app',
      conceptIds: ['container'],
      specPath: 'spec.containers[0]',
      statusPath: 'status.containerStatuses[0]',
      image: 'alpine:latest',
      imageId: 'docker-pullable://alpine@sha256:621c2f39f8133acb8e64023a94dbdf0d5ca81896102b9e57c0dc184cadaf5528',
      containerId: 'docker://c3aa0064b95a26045999b99c268e715a1c64201e816f1279ac06638778547bb8',
      runtime: 'docker',
      imagePullPolicy: {
        image: 'alpine:latest',
        value: 'Always',
        stored: 'Always',
        defaultValue: 'Always',
        rule: 'tag-latest',
        matchesDefault: true,
        explicit: false,
        explicitSource: 'unknowable',
      },
      state: {
        kind: 'waiting',
        reason: 'CrashLoopBackOff',
        message: 'Back-off 40s restarting failed container=main pod=my-pod_argocd(63674389-f613-11e8-a057-fe5f49266390)',
        exitCode: null,
        signal: null,
        startedAt: null,
        finishedAt: null,
        containerId: null,
        conceptId: 'reason-crash-loop-backoff',
        path: 'status.containerStatuses[0].state.waiting',
      },
      lastState: {
        kind: 'terminated',
        reason: 'Error',
        message: null,
        conceptId: 'reason-error',
        exitCode: 1,
        signal: null,
        startedAt: '2018-12-02T09:20:25Z',
        finishedAt: '2018-12-02T09:20:25Z',
        containerId: 'docker://c3aa0064b95a26045999b99c268e715a1c64201e816f1279ac06638778547bb8',
        path: 'status.containerStatuses[0].lastState.terminated',
      },
      ready: false,
      started: null,
      restartCount: 3,
      restartPolicy: 'Always',
      restartPolicySource: 'pod',
      willRestart: true,
      backoff: {
        delaySeconds: 40,
        source: 'message',
        estimatedDelaySeconds: 40,
        capped: false,
        nextRestartAt: '2018-12-02T09:21:05Z',
        secondsUntilRestart: 25,
      },
      resources: {
        requests: {},
        limits: {},
        cpuRequestMillicores: null,
        cpuLimitMillicores: null,
        memoryRequestBytes: null,
        memoryLimitBytes: null,
        cgroup: { cpuWeight: 1, cpuMax: 'max 100000', memoryMax: 'max' },
        oomScoreAdj: 1000,
      },
      probes: ABSENT_PROBES,
      ports: [],
      hooks: { postStart: null, preStop: null, stopSignal: null },
    },
  ],
  qos: { class: 'BestEffort', source: 'status', computed: 'BestEffort' },
  volumes: [
    {
      name: 'default-token-f9jvj',
      path: 'spec.volumes[0]',
      securityRisk: false,
      mounts: [
        {
          container: 'main',
          mountPath: '/var/run/secrets/kubernetes.io/serviceaccount',
          readOnly: true,
          subPath: null,
        },
      ],
      kind: 'secret',
      conceptIds: ['configmap-secret-volumes'],
      dockerAnalogue: 'none',
      lifetime: 'api-object',
      params: { secretName: 'default-token-f9jvj' },
    },
  ],
  namespaces: DEFAULT_NAMESPACES,
  scheduling: null,
  services: null,
  commands: [
    {
      id: 'get',
      container: null,
      kubectl: 'kubectl get pod my-pod -n argocd -o wide',
      docker: 'docker ps --filter name=my-pod',
      conceptIds: ['kubectl', 'docker-commands'],
    },
    {
      id: 'get-yaml',
      container: null,
      kubectl: 'kubectl get pod my-pod -n argocd -o yaml',
      docker: 'docker inspect c3aa0064b95a',
      conceptIds: ['kubectl', 'pod'],
    },
    {
      id: 'describe',
      container: null,
      kubectl: 'kubectl describe pod my-pod -n argocd',
      docker: 'docker inspect c3aa0064b95a',
      conceptIds: ['kubectl', 'events'],
    },
    {
      id: 'events',
      container: null,
      kubectl: 'kubectl events --for pod/my-pod -n argocd',
      docker: null,
      conceptIds: ['events'],
    },
    {
      id: 'logs',
      container: 'main',
      kubectl: 'kubectl logs my-pod -n argocd -c main',
      docker: 'docker logs c3aa0064b95a',
      conceptIds: ['kubectl', 'docker-commands'],
    },
    {
      id: 'logs-previous',
      container: 'main',
      kubectl: 'kubectl logs my-pod -n argocd -c main --previous',
      docker: 'docker logs c3aa0064b95a',
      conceptIds: ['kubectl', 'restart-policy'],
    },
  ],
  diagnoses: [
    {
      id: 'crash-loop-backoff',
      severity: 'critical',
      conceptIds: ['reason-crash-loop-backoff', 'restart-policy', 'reason-error'],
      params: { container: 'main', restartCount: 3, backoffSeconds: 40, lastExitCode: 1, lastReason: 'Error' },
      evidence: [
        'status.containerStatuses[0].state.waiting.reason',
        'status.containerStatuses[0].lastState.terminated.exitCode',
        'status.containerStatuses[0].lastState.terminated.reason',
      ],
    },
  ],
};
