import { describe, it, expect } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { creationFlow } from './pod-creation-flow';
import type { FlowEvidence } from './pod-flow-types';
import { normalizeEvents } from './pod-events';
import { podEvent, replicaSetCreatedEvent, schedulerEvent } from './pod-events.testkit';

const pod = (file: string) => loadFixture<V1Pod>(`pods/${file}`);

function ev(reason: string, component: string, at: string, message: string, count = 1, lastAt = at): FlowEvidence {
  return { kind: 'event', reason, component, firstAt: at, lastAt, count, message, path: `events[reason=${reason}].message` };
}

describe('creationFlow', () => {
  it('follows a ReplicaSet-made pod from the controller through the apiserver, scheduler and kubelet to Ready', () => {
    const p = pod('gke-running-ready-deployment-pod.json');
    const host = 'gke-k9s-default-pool-0fa2fb89-lbtf';
    // What the cluster recorded, oldest first (pre-1.19 scheduler: core/v1 recorder with source.component).
    const events = normalizeEvents([
      replicaSetCreatedEvent(p, '2019-12-31T19:27:22Z'),
      podEvent(p, { reason: 'Scheduled', message: `Successfully assigned default/nginx-7fb78fb6d8-2w75j to ${host}`, component: 'default-scheduler', first: '2019-12-31T19:27:22Z' }),
      podEvent(p, { reason: 'Pulled', message: 'Container image "k8s.gcr.io/nginx-slim:0.8" already present on machine', component: 'kubelet', host, first: '2019-12-31T19:27:23Z', container: 'nginx' }),
      podEvent(p, { reason: 'Created', message: 'Created container nginx', component: 'kubelet', host, first: '2019-12-31T19:27:23Z', container: 'nginx' }),
      podEvent(p, { reason: 'Started', message: 'Started container nginx', component: 'kubelet', host, first: '2019-12-31T19:27:24Z', container: 'nginx' }),
    ]);
    expect(creationFlow(p, events)).toStrictEqual({
      createdBy: { kind: 'controller', ownerKind: 'ReplicaSet', ownerName: 'nginx-7fb78fb6d8', controllerName: 'replicaset-controller' },
      steps: [
        {
          id: 'controller-created',
          state: 'done',
          component: 'kube-controller-manager',
          conceptIds: ['kube-controller-manager', 'owner-references', 'replicaset'],
          at: '2019-12-31T19:27:22Z',
          evidence: [
            { kind: 'field', path: 'metadata.ownerReferences[0].kind', value: 'ReplicaSet' },
            ev('SuccessfulCreate', 'replicaset-controller', '2019-12-31T19:27:22Z', 'Created pod: nginx-7fb78fb6d8-2w75j'),
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
          state: 'done',
          component: 'kube-scheduler',
          conceptIds: ['kube-scheduler', 'condition-pod-scheduled'],
          at: '2019-12-31T19:27:22Z',
          evidence: [
            ev('Scheduled', 'default-scheduler', '2019-12-31T19:27:22Z', `Successfully assigned default/nginx-7fb78fb6d8-2w75j to ${host}`),
            { kind: 'condition', type: 'PodScheduled', status: 'True', reason: null, at: '2019-12-31T19:27:22Z', path: 'status.conditions[3]' },
            { kind: 'field', path: 'spec.nodeName', value: host },
          ],
          params: { scheduler: 'default-scheduler', node: host },
          secondsSincePrevious: 0,
        },
        // Admission and volume mounts leave no event when they succeed; the sandbox that followed proves them.
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
        // A 2019 cluster writes no PodReadyToStartContainers; the pod IP comes from the sandbox.
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
          evidence: [ev('Pulled', 'kubelet', '2019-12-31T19:27:23Z', 'Container image "k8s.gcr.io/nginx-slim:0.8" already present on machine')],
          params: { alreadyPresent: 1, pulled: 0 },
          secondsSincePrevious: 1,
        },
        {
          id: 'container-created',
          state: 'done',
          component: 'container-runtime',
          conceptIds: ['kubelet', 'container-runtime', 'container'],
          at: '2019-12-31T19:27:23Z',
          evidence: [ev('Created', 'kubelet', '2019-12-31T19:27:23Z', 'Created container nginx')],
          params: { containers: 1 },
          secondsSincePrevious: 0,
        },
        {
          id: 'started',
          state: 'done',
          component: 'kubelet',
          conceptIds: ['kubelet', 'container-states'],
          at: '2019-12-31T19:27:24Z',
          evidence: [ev('Started', 'kubelet', '2019-12-31T19:27:24Z', 'Started container nginx')],
          params: { containers: 1 },
          secondsSincePrevious: 1,
        },
        {
          id: 'ready',
          state: 'done',
          component: 'kubelet',
          conceptIds: ['condition-ready', 'readiness-probe'],
          at: '2019-12-31T19:27:25Z',
          evidence: [{ kind: 'condition', type: 'Ready', status: 'True', reason: null, at: '2019-12-31T19:27:25Z', path: 'status.conditions[1]' }],
          params: {},
          secondsSincePrevious: 1,
        },
      ],
      secondsToReady: 3,
    });
  });

  /** The GKE capture as it stood before its sandbox existed: bound, Initialized (no init containers), no pod IP, no container yet. */
  function beforeSandbox(): V1Pod {
    const p = pod('gke-running-ready-deployment-pod.json');
    const at = '2019-12-31T19:27:23Z' as unknown as Date;
    return {
      ...p,
      status: {
        phase: 'Pending',
        hostIP: '10.128.0.15',
        qosClass: 'Guaranteed',
        startTime: at,
        conditions: [
          { type: 'Initialized', status: 'True', lastTransitionTime: at },
          { type: 'Ready', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: at },
          { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: at },
          { type: 'PodScheduled', status: 'True', lastTransitionTime: '2019-12-31T19:27:22Z' as unknown as Date },
        ],
        containerStatuses: [{ name: 'nginx', image: 'k8s.gcr.io/nginx-slim:0.8', imageID: '', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } }],
      },
    };
  }

  // pkg/kubelet SyncPod: admit, WaitForAttachAndMount, then kuberuntime SyncPod: createPodSandbox, then startContainer (which pulls).
  it('holds a pod whose volume cannot be mounted before the sandbox: nothing after it has happened', () => {
    const p = beforeSandbox();
    const host = 'gke-k9s-default-pool-0fa2fb89-lbtf';
    const mount = 'MountVolume.SetUp failed for volume "default-token-dsl46" : secret "default-token-dsl46" not found';
    const events = normalizeEvents([
      podEvent(p, { reason: 'Scheduled', message: `Successfully assigned default/nginx-7fb78fb6d8-2w75j to ${host}`, component: 'default-scheduler', first: '2019-12-31T19:27:22Z' }),
      podEvent(p, { reason: 'FailedMount', type: 'Warning', message: mount, component: 'kubelet', host, first: '2019-12-31T19:27:23Z', last: '2019-12-31T19:29:25Z', count: 9 }),
    ]);
    const notReached = { state: 'not-reached', at: null, secondsSincePrevious: null } as const;
    expect(creationFlow(p, events)).toStrictEqual({
      createdBy: { kind: 'controller', ownerKind: 'ReplicaSet', ownerName: 'nginx-7fb78fb6d8', controllerName: 'replicaset-controller' },
      steps: [
        {
          id: 'controller-created',
          state: 'done',
          component: 'kube-controller-manager',
          conceptIds: ['kube-controller-manager', 'owner-references', 'replicaset'],
          at: null,
          evidence: [{ kind: 'field', path: 'metadata.ownerReferences[0].kind', value: 'ReplicaSet' }],
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
          secondsSincePrevious: null,
        },
        {
          id: 'scheduled',
          state: 'done',
          component: 'kube-scheduler',
          conceptIds: ['kube-scheduler', 'condition-pod-scheduled'],
          at: '2019-12-31T19:27:22Z',
          evidence: [
            ev('Scheduled', 'default-scheduler', '2019-12-31T19:27:22Z', `Successfully assigned default/nginx-7fb78fb6d8-2w75j to ${host}`),
            { kind: 'condition', type: 'PodScheduled', status: 'True', reason: null, at: '2019-12-31T19:27:22Z', path: 'status.conditions[3]' },
            { kind: 'field', path: 'spec.nodeName', value: host },
          ],
          params: { scheduler: 'default-scheduler', node: host },
          secondsSincePrevious: 0,
        },
        {
          id: 'volumes-mounted',
          state: 'failed',
          component: 'kubelet',
          conceptIds: ['kubelet', 'reason-container-creating'],
          at: null,
          evidence: [ev('FailedMount', 'kubelet', '2019-12-31T19:27:23Z', mount, 9, '2019-12-31T19:29:25Z')],
          params: { volumes: 1 },
          secondsSincePrevious: null,
        },
        { id: 'sandbox-created', ...notReached, component: 'container-runtime', conceptIds: ['container-runtime', 'condition-pod-ready-to-start-containers'], evidence: [], params: {} },
        { id: 'image-pulled', ...notReached, component: 'kubelet', conceptIds: ['kubelet', 'image', 'image-pull-policy'], evidence: [], params: { alreadyPresent: 0, pulled: 0 } },
        { id: 'container-created', ...notReached, component: 'container-runtime', conceptIds: ['kubelet', 'container-runtime', 'container'], evidence: [], params: { containers: 1 } },
        { id: 'started', ...notReached, component: 'kubelet', conceptIds: ['kubelet', 'container-states'], evidence: [], params: { containers: 1 } },
        {
          id: 'ready',
          ...notReached,
          component: 'kubelet',
          conceptIds: ['condition-ready', 'readiness-probe'],
          evidence: [{ kind: 'condition', type: 'Ready', status: 'False', reason: 'ContainersNotReady', at: '2019-12-31T19:27:23Z', path: 'status.conditions[1]' }],
          params: {},
        },
      ],
      secondsToReady: null,
    });
  });

  it('puts a failing sandbox after the mounts (the kubelet asked for it, so they are done) and before any image pull', () => {
    const p = beforeSandbox();
    const host = 'gke-k9s-default-pool-0fa2fb89-lbtf';
    const message = 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to set up sandbox container network for pod "nginx-7fb78fb6d8-2w75j": networkPlugin cni failed to set up pod network: failed to allocate for range 0: no IP addresses available in range set';
    const events = normalizeEvents([
      podEvent(p, { reason: 'FailedCreatePodSandBox', type: 'Warning', message, component: 'kubelet', host, first: '2019-12-31T19:27:24Z', last: '2019-12-31T19:28:40Z', count: 6 }),
    ]);
    const flow = creationFlow(p, events);
    expect(flow.steps.map((s) => `${s.id}:${s.state}`)).toStrictEqual([
      'controller-created:done',
      'submitted:done',
      'scheduled:done',
      'volumes-mounted:done',
      'sandbox-created:failed',
      'image-pulled:not-reached',
      'container-created:not-reached',
      'started:not-reached',
      'ready:not-reached',
    ]);
    expect(flow.steps[4]).toStrictEqual({
      id: 'sandbox-created',
      state: 'failed',
      component: 'container-runtime',
      conceptIds: ['container-runtime', 'condition-pod-ready-to-start-containers'],
      at: null,
      evidence: [ev('FailedCreatePodSandBox', 'kubelet', '2019-12-31T19:27:24Z', message, 6, '2019-12-31T19:28:40Z')],
      params: {},
      secondsSincePrevious: null,
    });
  });

  it('fails the pod at admission when the kubelet rejects it, before any volume, sandbox or image', () => {
    const p = beforeSandbox();
    const message = 'Pod was rejected: Node didn\'t have enough resource: cpu, requested: 200, used: 1900, capacity: 2000';
    const rejected: V1Pod = { ...p, status: { phase: 'Failed', reason: 'OutOfcpu', message, qosClass: 'Guaranteed', startTime: '2019-12-31T19:27:23Z' as unknown as Date } };
    const flow = creationFlow(rejected, []);
    expect(flow.steps.map((s) => `${s.id}:${s.state}`)).toStrictEqual([
      'controller-created:done',
      'submitted:done',
      'scheduled:done',
      'volumes-mounted:failed',
      'sandbox-created:not-reached',
      'image-pulled:not-reached',
      'container-created:not-reached',
      'started:not-reached',
      'ready:skipped',
      'completed:failed',
    ]);
    expect(flow.steps[3]?.evidence).toStrictEqual([
      { kind: 'field', path: 'status.reason', value: 'OutOfcpu' },
      { kind: 'field', path: 'status.message', value: message },
    ]);
  });

  it('has no controller step for a bare Pod: the client talks to the apiserver directly', () => {
    const p = pod('minikube-running-ready-nginx.json');
    const events = normalizeEvents([
      podEvent(p, { reason: 'Scheduled', message: 'Successfully assigned default/nginx to minikube', component: 'default-scheduler', first: '2019-08-09T05:12:19Z' }),
      podEvent(p, { reason: 'Pulled', message: 'Container image "nginx:alpine" already present on machine', component: 'kubelet', host: 'minikube', first: '2019-08-09T05:12:20Z', container: 'nginx' }),
      podEvent(p, { reason: 'Created', message: 'Created container nginx', component: 'kubelet', host: 'minikube', first: '2019-08-09T05:12:20Z', container: 'nginx' }),
      podEvent(p, { reason: 'Started', message: 'Started container nginx', component: 'kubelet', host: 'minikube', first: '2019-08-09T05:12:20Z', container: 'nginx' }),
    ]);
    const flow = creationFlow(p, events);
    expect(flow.createdBy).toStrictEqual({ kind: 'client' });
    expect(flow.steps.map((s) => [s.id, s.state, s.component, s.at, s.secondsSincePrevious])).toStrictEqual([
      ['submitted', 'done', 'kube-apiserver', '2019-08-09T05:12:19Z', null],
      ['scheduled', 'done', 'kube-scheduler', '2019-08-09T05:12:19Z', 0],
      ['volumes-mounted', 'done', 'kubelet', null, null],
      ['sandbox-created', 'done', 'container-runtime', null, null],
      ['image-pulled', 'done', 'kubelet', '2019-08-09T05:12:20Z', 1],
      ['container-created', 'done', 'container-runtime', '2019-08-09T05:12:20Z', 0],
      ['started', 'done', 'kubelet', '2019-08-09T05:12:20Z', 0],
      ['ready', 'done', 'kubelet', '2019-08-09T05:12:21Z', 1],
    ]);
    expect(flow.steps[0]?.params).toStrictEqual({ requestedBy: 'client' });
  });

  it('reads a 1.19+ scheduler event that has only eventTime and reportingComponent', () => {
    const p = pod('kind-native-sidecar-init-completed-running.json');
    const host = 'kind-control-plane';
    const pulled = (container: string, at: string, init = false) =>
      podEvent(p, { reason: 'Pulled', message: 'Successfully pulled image "istio/base" in 845ms (845ms including waiting). Image size: 86512134 bytes.', component: 'kubelet', host, first: at, container, init });
    const events = normalizeEvents([
      schedulerEvent(p, 'Scheduled', 'Successfully assigned default/sleep to kind-control-plane', '2024-08-24T01:54:32.318204Z'),
      podEvent(p, { reason: 'Pulling', message: 'Pulling image "istio/base"', component: 'kubelet', host, first: '2024-08-24T01:54:35Z', container: 'init', init: true }),
      pulled('init', '2024-08-24T01:54:36Z', true),
      pulled('sidecar', '2024-08-24T01:54:37Z', true),
      pulled('sleep', '2024-08-24T01:54:38Z'),
      podEvent(p, { reason: 'Created', message: 'Created container: sleep', component: 'kubelet', host, first: '2024-08-24T01:54:38Z', container: 'sleep' }),
      podEvent(p, { reason: 'Started', message: 'Started container sleep', component: 'kubelet', host, first: '2024-08-24T01:54:38Z', container: 'sleep' }),
    ]);
    const flow = creationFlow(p, events);
    expect(flow.steps[1]?.evidence[0]).toStrictEqual(
      ev('Scheduled', 'default-scheduler', '2024-08-24T01:54:32.318Z', 'Successfully assigned default/sleep to kind-control-plane'),
    );
    expect(flow.steps.map((s) => [s.id, s.state, s.at])).toStrictEqual([
      ['submitted', 'done', '2024-08-24T01:54:32Z'],
      ['scheduled', 'done', '2024-08-24T01:54:32Z'],
      ['volumes-mounted', 'done', null],
      ['sandbox-created', 'done', null],
      // The app container's image is what gates app start; init images were pulled earlier.
      ['image-pulled', 'done', '2024-08-24T01:54:38Z'],
      ['container-created', 'done', '2024-08-24T01:54:38Z'],
      ['started', 'done', '2024-08-24T01:54:38Z'],
      ['ready', 'done', '2024-08-24T01:54:39Z'],
    ]);
    expect(flow.steps[3]?.evidence).toStrictEqual([
      { kind: 'condition', type: 'PodReadyToStartContainers', status: 'True', reason: null, at: '2024-08-24T01:54:36Z', path: 'status.conditions[0]' },
      { kind: 'field', path: 'status.podIP', value: '10.244.0.8' },
    ]);
    expect(flow.steps[4]?.params).toStrictEqual({ alreadyPresent: 0, pulled: 3 });
  });

  it('stops at a failed image pull, with the kubelet events and the waiting reason as evidence', () => {
    const p = pod('docker-desktop-imagepullbackoff.json');
    const image = 'gcr.io/heptio-images/ks-guestbook-demo:0.3';
    const k = { component: 'kubelet', host: 'docker-for-desktop', container: 'errimagepullbackoff' };
    const events = normalizeEvents([
      podEvent(p, { reason: 'Scheduled', message: 'Successfully assigned default/guestbook-ui-errimagepullbackoff-66cfffb669-45w2j to docker-for-desktop', component: 'default-scheduler', first: '2019-04-04T16:06:55Z' }),
      podEvent(p, { ...k, reason: 'Pulling', message: `pulling image "${image}"`, first: '2019-04-04T16:06:57Z', last: '2019-04-04T16:08:30Z', count: 4 }),
      podEvent(p, { ...k, reason: 'Failed', type: 'Warning', message: `Failed to pull image "${image}": rpc error: code = Unknown desc = Error response from daemon: manifest for ${image} not found`, first: '2019-04-04T16:06:58Z', last: '2019-04-04T16:08:31Z', count: 4 }),
      podEvent(p, { ...k, reason: 'Failed', type: 'Warning', message: 'Error: ErrImagePull', first: '2019-04-04T16:06:58Z', last: '2019-04-04T16:08:31Z', count: 4 }),
      podEvent(p, { ...k, reason: 'BackOff', message: `Back-off pulling image "${image}"`, first: '2019-04-04T16:06:59Z', last: '2019-04-04T16:09:10Z', count: 6 }),
      podEvent(p, { ...k, reason: 'Failed', type: 'Warning', message: 'Error: ImagePullBackOff', first: '2019-04-04T16:06:59Z', last: '2019-04-04T16:09:10Z', count: 6 }),
    ]);
    const flow = creationFlow(p, events);
    expect(flow.steps.map((s) => `${s.id}:${s.state}`)).toStrictEqual([
      'controller-created:done',
      'submitted:done',
      'scheduled:done',
      'volumes-mounted:done',
      'sandbox-created:done',
      'image-pulled:failed',
      'container-created:not-reached',
      'started:not-reached',
      'ready:not-reached',
    ]);
    const pull = flow.steps[5];
    expect(pull?.id).toBe('image-pulled');
    expect(pull?.at).toBeNull();
    expect(pull?.evidence.map((e) => (e.kind === 'event' ? `${e.reason}×${e.count}` : e.path))).toStrictEqual([
      'Pulling×4',
      'Failed×4',
      'Failed×4',
      'BackOff×6',
      'Failed×6',
      'status.containerStatuses[0].state.waiting.reason',
    ]);
    expect(flow.secondsToReady).toBeNull();
  });

  it('marks scheduling failed while the scheduler cannot place the pod', () => {
    const p: V1Pod = {
      metadata: { name: 'big', namespace: 'default', uid: 'u1', creationTimestamp: '2024-05-01T10:00:00Z' as unknown as Date },
      spec: { containers: [{ name: 'app', image: 'nginx:1.27' }], schedulerName: 'default-scheduler' },
      status: {
        phase: 'Pending',
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/1 nodes are available: 1 Insufficient cpu.', lastTransitionTime: '2024-05-01T10:00:00Z' as unknown as Date }],
      },
    };
    const events = normalizeEvents([
      schedulerEvent(p, 'FailedScheduling', '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.', '2024-05-01T10:00:00.120000Z', { count: 3, lastObservedTime: '2024-05-01T10:04:00.000000Z' }),
    ]);
    const flow = creationFlow(p, events);
    expect(flow.steps.map((s) => `${s.id}:${s.state}`)).toStrictEqual([
      'submitted:done',
      'scheduled:failed',
      'volumes-mounted:not-reached',
      'sandbox-created:not-reached',
      'image-pulled:not-reached',
      'container-created:not-reached',
      'started:not-reached',
      'ready:not-reached',
    ]);
    expect(flow.steps[1]?.params).toStrictEqual({ scheduler: 'default-scheduler', failedAttempts: 3 });
  });

  it('falls back on status fields once the events have expired', () => {
    const flow = creationFlow(pod('minikube-running-not-ready-readiness-tcp-failing.json'), []);
    expect(flow.steps.map((s) => [s.id, s.state, s.at, s.evidence.map((e) => (e.kind === 'event' ? e.reason : e.path))])).toStrictEqual([
      ['submitted', 'done', '2018-12-02T10:30:57Z', ['metadata.creationTimestamp']],
      ['scheduled', 'done', '2018-12-02T10:30:57Z', ['status.conditions[2]', 'spec.nodeName']],
      ['volumes-mounted', 'done', null, []],
      ['sandbox-created', 'done', null, ['status.podIP']],
      ['image-pulled', 'done', null, ['status.containerStatuses[0].imageID']],
      ['container-created', 'done', null, ['status.containerStatuses[0].containerID']],
      ['started', 'done', '2018-12-02T10:30:59Z', ['status.containerStatuses[0].state.running.startedAt']],
      // Running but never ready: the readiness probe is still failing.
      ['ready', 'current', null, ['status.conditions[1]', 'status.containerStatuses[0].ready']],
    ]);
  });

  it('ends with a completed step for a finished pod and does not claim it is Ready', () => {
    const flow = creationFlow(pod('minikube-succeeded-completed.json'), []);
    expect(flow.steps.slice(-2).map((s) => [s.id, s.state, s.at, s.params])).toStrictEqual([
      ['ready', 'skipped', null, { reason: 'PodCompleted' }],
      ['completed', 'done', '2018-12-02T09:15:29Z', {}],
    ]);
    const failed = creationFlow(pod('minikube-failed-restartnever.json'), []);
    expect(failed.steps.at(-1)).toMatchObject({ id: 'completed', state: 'failed', at: '2018-12-02T09:17:59Z' });
  });

  it('marks Ready failed for a crash-looping container and does not invent a first start time', () => {
    const flow = creationFlow(pod('minikube-crashloopbackoff-lastState-error.json'), []);
    expect(flow.steps.slice(-2).map((s) => [s.id, s.state, s.at])).toStrictEqual([
      ['started', 'done', null],
      ['ready', 'failed', null],
    ]);
  });
});
