import { describe, it, expect } from 'vitest';
import type { CoreV1Event, V1Node, V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { explainContainers } from './containers';
import { deletionFlow } from './pod-deletion-flow';
import { diagnosePod } from './pod-diagnoses';
import { normalizeEvents } from './pod-events';
import { podEvent, schedulerEvent } from './pod-events.testkit';
import { byName } from '../testing/sandbox-capture';
import { loadStorageSnapshot } from '../testing/storage-capture';

const pod = (file: string) => loadFixture<V1Pod>(`pods/${file}`);
const clone = <T>(value: T): T => structuredClone(value);

function diagnose(p: V1Pod, now: Date, raw: CoreV1Event[] = [], node?: V1Node) {
  const events = normalizeEvents(raw);
  const containers = explainContainers(p, events, now, node);
  return diagnosePod({ pod: p, events, containers, deletion: deletionFlow(p, events, now), node, now });
}

/** Five minutes after creation, unless the case says otherwise. */
function soonAfter(p: V1Pod, seconds = 300): Date {
  return new Date(new Date(String(p.metadata?.creationTimestamp)).getTime() + seconds * 1000);
}

describe('diagnosePod on every captured pod', () => {
  it.each([
    ['docker-desktop-imagepullbackoff.json', ['image-pull-failed']],
    ['gke-running-ready-deployment-pod.json', []],
    ['kind-native-sidecar-init-completed-running.json', []],
    ['minikube-crashloopbackoff-lastState-error.json', ['crash-loop-backoff']],
    ['minikube-crashloopbackoff-restartonfailure.json', ['crash-loop-backoff']],
    ['minikube-failed-restartnever.json', ['container-failed']],
    ['minikube-init-container-completed-running.json', []],
    ['minikube-pending-podinitializing.json', []],
    ['minikube-running-not-ready-readiness-tcp-failing.json', ['readiness-failing']],
    ['minikube-running-ready-nginx.json', []],
    ['minikube-running-ready-restartalways.json', []],
    ['minikube-running-ready-restartnever.json', []],
    ['minikube-running-terminated-error-restartalways.json', ['crash-loop-backoff']],
    ['minikube-succeeded-completed.json', []],
  ])('%s → %j', (file, ids) => {
    const p = pod(file);
    expect(diagnose(p, soonAfter(p)).map((d) => d.id)).toStrictEqual(ids);
  });

  it('says nothing is wrong with a Succeeded pod: all its containers exited 0 and none will restart', () => {
    const p = pod('minikube-succeeded-completed.json');
    expect(p.status?.containerStatuses?.every((s) => s.state?.terminated?.exitCode === 0)).toBe(true);
    expect(diagnose(p, soonAfter(p))).toStrictEqual([]);
  });
});

describe('container diagnoses', () => {
  it('reports a crash loop with the last exit code and reason and the back-off in force', () => {
    const p = pod('minikube-crashloopbackoff-lastState-error.json');
    const backOff = podEvent(p, {
      reason: 'BackOff',
      type: 'Warning',
      message: 'Back-off restarting failed container',
      component: 'kubelet',
      host: 'minikube',
      first: '2018-12-02T09:19:50Z',
      last: '2018-12-02T09:20:26Z',
      count: 5,
      container: 'main',
    });
    expect(diagnose(p, new Date('2018-12-02T09:20:40Z'), [backOff])).toStrictEqual([
      {
        id: 'crash-loop-backoff',
        severity: 'critical',
        conceptIds: ['reason-crash-loop-backoff', 'restart-policy', 'reason-error'],
        params: { container: 'main', restartCount: 3, backoffSeconds: 40, lastExitCode: 1, lastReason: 'Error' },
        evidence: [
          'status.containerStatuses[0].state.waiting.reason',
          'status.containerStatuses[0].lastState.terminated.exitCode',
          'status.containerStatuses[0].lastState.terminated.reason',
          'events[reason=BackOff].message',
        ],
      },
    ]);
  });

  it('reports an image pull failure with the registry error from the kubelet events', () => {
    const p = pod('docker-desktop-imagepullbackoff.json');
    const failed = podEvent(p, {
      reason: 'Failed',
      type: 'Warning',
      message: 'Failed to pull image "gcr.io/heptio-images/ks-guestbook-demo:0.3": rpc error: code = Unknown desc = Error response from daemon: manifest for gcr.io/heptio-images/ks-guestbook-demo:0.3 not found',
      component: 'kubelet',
      host: 'docker-for-desktop',
      first: '2019-04-04T16:06:58Z',
      container: 'errimagepullbackoff',
    });
    expect(diagnose(p, new Date('2019-04-04T16:10:00Z'), [failed])).toStrictEqual([
      {
        id: 'image-pull-failed',
        severity: 'critical',
        conceptIds: ['reason-image-pull-backoff', 'image', 'image-pull-policy'],
        params: {
          container: 'errimagepullbackoff',
          image: 'gcr.io/heptio-images/ks-guestbook-demo:0.3',
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "gcr.io/heptio-images/ks-guestbook-demo:0.3"',
          pullPolicy: 'IfNotPresent',
        },
        evidence: [
          'status.containerStatuses[0].state.waiting.reason',
          'status.containerStatuses[0].state.waiting.message',
          'events[reason=Failed].message',
        ],
      },
    ]);
  });

  it('reports an invalid image name separately from a pull failure', () => {
    const p = clone(pod('minikube-pending-podinitializing.json'));
    const status = p.status?.containerStatuses?.[0];
    if (status) status.state = { waiting: { reason: 'InvalidImageName', message: 'Failed to apply default image tag "Does-Not-Exist": couldn\'t parse image name' } };
    expect(diagnose(p, soonAfter(p)).map((d) => [d.id, d.conceptIds[0]])).toStrictEqual([['invalid-image-name', 'reason-invalid-image-name']]);
  });

  it('names the missing Secret of a CreateContainerConfigError', () => {
    const p = clone(pod('minikube-pending-podinitializing.json'));
    const status = p.status?.containerStatuses?.[0];
    if (status) status.state = { waiting: { reason: 'CreateContainerConfigError', message: 'secret "db-credentials" not found' } };
    expect(diagnose(p, soonAfter(p))).toStrictEqual([
      {
        id: 'create-container-config-error',
        severity: 'critical',
        conceptIds: ['reason-create-container-config-error', 'configmap-secret-volumes'],
        params: { container: 'main', missing: 'object', objectKind: 'Secret', name: 'db-credentials', message: 'secret "db-credentials" not found' },
        evidence: ['status.containerStatuses[0].state.waiting.reason', 'status.containerStatuses[0].state.waiting.message'],
      },
    ]);
  });

  it('points a CreateContainerConfigError at the spec line naming the missing key (sandbox missing-key-pod, status as the kubelet writes it)', () => {
    const snapshot = loadStorageSnapshot('final');
    const p = byName(snapshot.pods, 'missing-key-pod');
    const raw = snapshot.events.filter((e) => e.involvedObject.name === 'missing-key-pod');
    const message = "couldn't find key FEATURE in ConfigMap hi-capture/app-config";
    expect(diagnose(p, new Date(snapshot.capturedAt), raw)).toStrictEqual([
      {
        id: 'create-container-config-error',
        severity: 'critical',
        conceptIds: ['reason-create-container-config-error', 'configmap-secret-volumes'],
        params: {
          container: 'app',
          missing: 'key',
          objectKind: 'ConfigMap',
          name: 'app-config',
          key: 'FEATURE',
          reference: 'spec.containers[0].env[0].valueFrom.configMapKeyRef',
          message,
        },
        evidence: [
          'status.containerStatuses[0].state.waiting.reason',
          'status.containerStatuses[0].state.waiting.message',
          'events[reason=Failed].message',
          'spec.containers[0].env[0].valueFrom.configMapKeyRef',
        ],
      },
    ]);
  });

  it('reports an OOM kill from lastState with the memory limit that was exceeded', () => {
    const p = clone(pod('gke-running-ready-deployment-pod.json'));
    const status = p.status?.containerStatuses?.[0];
    if (status) {
      status.restartCount = 1;
      status.lastState = {
        terminated: {
          exitCode: 137,
          reason: 'OOMKilled',
          startedAt: '2019-12-31T19:27:24Z' as unknown as Date,
          finishedAt: '2019-12-31T19:40:02Z' as unknown as Date,
          containerID: 'docker://90e0abf7a779',
        },
      };
    }
    expect(diagnose(p, new Date('2019-12-31T19:45:00Z'))).toStrictEqual([
      {
        id: 'oom-killed',
        severity: 'critical',
        conceptIds: ['reason-oom-killed', 'resources', 'cgroups'],
        params: { container: 'nginx', memoryLimit: '20Mi', exitCode: 137, when: 'last' },
        evidence: ['status.containerStatuses[0].lastState.terminated.reason', 'spec.containers[0].resources.limits'],
      },
    ]);
  });

  it('reports a failing readiness probe with its message, and never a restart for it', () => {
    const p = pod('minikube-running-not-ready-readiness-tcp-failing.json');
    const unhealthy = podEvent(p, {
      reason: 'Unhealthy',
      type: 'Warning',
      message: 'Readiness probe failed: dial tcp 172.17.0.9:8080: connect: connection refused',
      component: 'kubelet',
      host: 'minikube',
      first: '2018-12-02T10:31:09Z',
      last: '2018-12-02T10:35:49Z',
      count: 29,
      container: 'main',
    });
    const diagnoses = diagnose(p, new Date('2018-12-02T10:36:00Z'), [unhealthy]);
    expect(diagnoses).toStrictEqual([
      {
        id: 'readiness-failing',
        severity: 'warning',
        conceptIds: ['readiness-probe', 'condition-ready', 'endpointslice'],
        params: {
          container: 'main',
          handler: 'tcpSocket',
          failures: 29,
          message: 'Readiness probe failed: dial tcp 172.17.0.9:8080: connect: connection refused',
        },
        evidence: ['spec.containers[0].readinessProbe', 'status.containerStatuses[0].ready', 'events[reason=Unhealthy].message'],
      },
    ]);
    expect(p.status?.containerStatuses?.[0]?.restartCount).toBe(0);
    expect(diagnoses.map((d) => d.id)).not.toContain('crash-loop-backoff');
  });

  it('does not call readiness failing during the probe\'s initial delay', () => {
    const p = pod('minikube-running-not-ready-readiness-tcp-failing.json');
    // Started 10:30:59 with initialDelaySeconds 10.
    expect(diagnose(p, new Date('2018-12-02T10:31:05Z'))).toStrictEqual([]);
  });

  it('reports liveness failures and the restarts they caused', () => {
    const p = clone(pod('minikube-running-ready-restartalways.json'));
    const container = p.spec?.containers[0];
    if (container) container.livenessProbe = { httpGet: { path: '/healthz', port: 8080 } };
    const host = { component: 'kubelet', host: 'minikube', container: 'main' };
    const events = [
      podEvent(p, { ...host, reason: 'Unhealthy', type: 'Warning', message: 'Liveness probe failed: Get "http://172.17.0.9:8080/healthz": dial tcp 172.17.0.9:8080: connect: connection refused', first: '2018-12-02T09:25:10Z', last: '2018-12-02T09:26:30Z', count: 6 }),
      podEvent(p, { ...host, reason: 'Killing', message: 'Container main failed liveness probe, will be restarted', first: '2018-12-02T09:25:30Z', last: '2018-12-02T09:26:30Z', count: 2 }),
    ];
    expect(diagnose(p, new Date('2018-12-02T09:27:00Z'), events)).toStrictEqual([
      {
        id: 'liveness-failing',
        severity: 'warning',
        conceptIds: ['liveness-probe', 'restart-policy'],
        params: {
          container: 'main',
          probe: 'liveness',
          failures: 6,
          restarts: 2,
          message: 'Liveness probe failed: Get "http://172.17.0.9:8080/healthz": dial tcp 172.17.0.9:8080: connect: connection refused',
        },
        evidence: ['spec.containers[0].livenessProbe', 'events[reason=Unhealthy].message', 'events[reason=Killing].message'],
      },
    ]);
  });

  it('reports startup probe failures under their own id, so both languages can name the probe', () => {
    const p = clone(pod('minikube-running-ready-restartalways.json'));
    const container = p.spec?.containers[0];
    if (container) container.startupProbe = { httpGet: { path: '/started', port: 8080 }, failureThreshold: 3, periodSeconds: 10 };
    const host = { component: 'kubelet', host: 'minikube', container: 'main' };
    const events = [
      podEvent(p, { ...host, reason: 'Unhealthy', type: 'Warning', message: 'Startup probe failed: Get "http://172.17.0.9:8080/started": dial tcp 172.17.0.9:8080: connect: connection refused', first: '2018-12-02T09:25:00Z', last: '2018-12-02T09:26:20Z', count: 6 }),
      podEvent(p, { ...host, reason: 'Killing', message: 'Container main failed startup probe, will be restarted', first: '2018-12-02T09:25:20Z', last: '2018-12-02T09:26:20Z', count: 2 }),
    ];
    expect(diagnose(p, new Date('2018-12-02T09:27:00Z'), events)).toStrictEqual([
      {
        id: 'startup-failing',
        severity: 'warning',
        conceptIds: ['startup-probe', 'restart-policy'],
        params: {
          container: 'main',
          probe: 'startup',
          failures: 6,
          restarts: 2,
          message: 'Startup probe failed: Get "http://172.17.0.9:8080/started": dial tcp 172.17.0.9:8080: connect: connection refused',
        },
        evidence: ['spec.containers[0].startupProbe', 'events[reason=Unhealthy].message', 'events[reason=Killing].message'],
      },
    ]);
  });

  it('reports an init container stuck in CrashLoopBackOff, not the app container waiting behind it', () => {
    const p = clone(pod('minikube-init-container-completed-running.json'));
    if (p.status) {
      p.status.phase = 'Pending';
      p.status.initContainerStatuses = [
        {
          name: 'init-sleep',
          image: 'busybox:latest',
          imageID: 'docker-pullable://busybox@sha256:6915',
          containerID: 'docker://87f5d5f73827',
          ready: false,
          restartCount: 2,
          lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2020-01-18T06:31:52Z' as unknown as Date, containerID: 'docker://87f5d5f73827' } },
          state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 20s restarting failed container=init-sleep pod=hurry-up-and-wait_default(6b29055a)' } },
        },
      ];
      p.status.containerStatuses = [
        { name: 'busy', image: 'busybox', imageID: '', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } },
      ];
    }
    expect(diagnose(p, new Date('2020-01-18T06:32:00Z'))).toStrictEqual([
      {
        id: 'init-container-failing',
        severity: 'critical',
        conceptIds: ['init-containers', 'reason-crash-loop-backoff', 'reason-error'],
        params: { container: 'init-sleep', reason: 'CrashLoopBackOff', restartCount: 2, restartPolicy: 'OnFailure', exitCode: 1, lastReason: 'Error' },
        evidence: ['status.initContainerStatuses[0].state.waiting.reason', 'status.initContainerStatuses[0].lastState.terminated.exitCode'],
      },
    ]);
  });
});

describe('pod-level diagnoses', () => {
  it('parses the scheduler message of an unschedulable pod into node counts per reason', () => {
    const message =
      '0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling..';
    const p: V1Pod = {
      metadata: { name: 'big', namespace: 'default', uid: 'u-big', creationTimestamp: '2024-05-01T10:00:00Z' as unknown as Date },
      spec: { containers: [{ name: 'app', image: 'nginx:1.27', resources: { requests: { cpu: '8' } } }] },
      status: {
        phase: 'Pending',
        qosClass: 'Burstable',
        conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message, lastTransitionTime: '2024-05-01T10:00:00Z' as unknown as Date }],
      },
    };
    const events = [schedulerEvent(p, 'FailedScheduling', message, '2024-05-01T10:00:00.211000Z', { count: 7, lastObservedTime: '2024-05-01T10:04:12.000000Z' })];
    expect(diagnose(p, new Date('2024-05-01T10:05:00Z'), events)).toStrictEqual([
      {
        id: 'unschedulable',
        severity: 'critical',
        conceptIds: ['kube-scheduler', 'condition-pod-scheduled', 'node-allocatable', 'taints-tolerations'],
        params: {
          message,
          totalNodes: 3,
          availableNodes: 0,
          reasons: '1 Insufficient cpu, 2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }',
          topReason: 'untolerated-taint',
          topReasonCount: 2,
        },
        evidence: ['status.conditions[0].reason', 'status.conditions[0].message', 'events[reason=FailedScheduling].message'],
      },
    ]);
  });

  it('reports an evicted pod with the resource the node ran low on', () => {
    const p: V1Pod = {
      metadata: { name: 'cache-7d4b9c-8kq2z', namespace: 'default', creationTimestamp: '2024-05-01T08:00:00Z' as unknown as Date },
      spec: { nodeName: 'node-2', containers: [{ name: 'cache', image: 'redis:7.2' }] },
      status: {
        phase: 'Failed',
        reason: 'Evicted',
        message: 'The node was low on resource: memory. Threshold quantity: 100Mi, available: 51812Ki. Container cache was using 1843412Ki, request is 0, has larger consumption of memory. ',
        conditions: [{ type: 'DisruptionTarget', status: 'True', reason: 'TerminationByKubelet', message: 'The node was low on resource: memory.' }],
        containerStatuses: [
          {
            name: 'cache',
            image: 'redis:7.2',
            imageID: 'docker.io/library/redis@sha256:bb',
            ready: false,
            restartCount: 0,
            state: { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', message: 'The container could not be located when the pod was terminated' } },
          },
        ],
        qosClass: 'BestEffort',
      },
    };
    const diagnoses = diagnose(p, new Date('2024-05-01T09:00:00Z'));
    expect(diagnoses[0]).toStrictEqual({
      id: 'evicted',
      severity: 'critical',
      conceptIds: ['node-conditions', 'qos-class', 'phase-failed'],
      params: { message: p.status?.message ?? '', resource: 'memory' },
      evidence: ['status.reason', 'status.message'],
    });
    // The container the kubelet stopped is not reported as a failure of its own.
    expect(diagnoses.map((d) => d.id)).toStrictEqual(['evicted']);
  });

  it('reports a pod stuck terminating past its grace period', () => {
    const p = pod('minikube-pending-with-deletiontimestamp-EDITED.json');
    expect(diagnose(p, new Date('2018-12-03T10:17:04Z'))).toStrictEqual([
      {
        id: 'stuck-terminating',
        severity: 'warning',
        conceptIds: ['pod-deletion-flow'],
        params: { cause: 'kubelet', overdueSeconds: 60, gracePeriodSeconds: 30, finalizers: '' },
        evidence: ['metadata.deletionTimestamp'],
      },
    ]);
  });

  it('blames finalizers when the containers are gone but the object stays', () => {
    const p = clone(pod('minikube-succeeded-completed.json'));
    if (p.metadata) {
      p.metadata.deletionTimestamp = '2018-12-02T09:20:30Z' as unknown as Date;
      p.metadata.deletionGracePeriodSeconds = 30;
      p.metadata.finalizers = ['batch.kubernetes.io/job-tracking'];
    }
    expect(diagnose(p, new Date('2018-12-02T09:20:10Z'))).toStrictEqual([
      {
        id: 'stuck-terminating',
        severity: 'info',
        conceptIds: ['pod-deletion-flow', 'finalizers'],
        params: { cause: 'finalizers', overdueSeconds: 0, gracePeriodSeconds: 30, finalizers: 'batch.kubernetes.io/job-tracking' },
        evidence: ['metadata.deletionTimestamp', 'metadata.finalizers'],
      },
    ]);
  });

  it('reports the pod\'s node when it is not ready or under pressure', () => {
    const p = pod('minikube-init-container-completed-running.json');
    const node = clone(loadFixture<V1Node>('nodes/minikube-v1.17-docker-ready.json'));
    const conditions = node.status?.conditions ?? [];
    const memory = conditions.find((c) => c.type === 'MemoryPressure');
    const ready = conditions.find((c) => c.type === 'Ready');
    if (memory) Object.assign(memory, { status: 'True', reason: 'KubeletHasInsufficientMemory' });
    if (ready) Object.assign(ready, { status: 'Unknown', reason: 'NodeStatusUnknown' });
    expect(diagnose(p, new Date('2020-01-18T07:00:00Z'), [], node)).toStrictEqual([
      {
        id: 'node-not-ready',
        severity: 'critical',
        conceptIds: ['node-condition-ready', 'taint-unreachable'],
        params: { node: 'minikube', status: 'Unknown', reason: 'NodeStatusUnknown' },
        evidence: ['node.status.conditions[3].status'],
      },
      {
        id: 'node-pressure',
        severity: 'warning',
        conceptIds: ['node-condition-memory-pressure', 'taint-memory-pressure'],
        params: { node: 'minikube', condition: 'MemoryPressure', reason: 'KubeletHasInsufficientMemory' },
        evidence: ['node.status.conditions[0].status'],
      },
    ]);
  });

  it('ignores a node the pod is not bound to', () => {
    const p = pod('gke-running-ready-deployment-pod.json');
    const node = loadFixture<V1Node>('nodes/minikube-v1.17-docker-ready.json');
    expect(diagnose(p, new Date('2019-12-31T19:30:00Z'), [], node)).toStrictEqual([]);
  });
});
