import { describe, it, expect } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { byName, sandboxCapture } from '../testing/sandbox-capture';
import { conditionSetter, explainLifecycle, type LifecycleCondition } from './pod-lifecycle';

const pod = (file: string) => loadFixture<V1Pod>(`pods/${file}`);

function cond(
  type: string,
  status: LifecycleCondition['status'],
  position: LifecycleCondition['position'],
  extra: Partial<LifecycleCondition> = {},
): LifecycleCondition {
  const concepts: Record<string, LifecycleCondition['conceptId']> = {
    PodScheduled: 'condition-pod-scheduled',
    PodReadyToStartContainers: 'condition-pod-ready-to-start-containers',
    Initialized: 'condition-initialized',
    ContainersReady: 'condition-containers-ready',
    Ready: 'condition-ready',
  };
  return {
    type,
    status,
    reason: null,
    message: null,
    lastTransitionTime: null,
    setBy: type === 'PodScheduled' ? 'kube-scheduler' : 'kubelet',
    conceptId: concepts[type] ?? 'pod-conditions',
    position,
    readinessGate: false,
    path: null,
    ...extra,
  };
}

describe('explainLifecycle', () => {
  it('walks a 1.29+ pod through all five conditions in lifecycle order, whatever order the API lists them in', () => {
    expect(explainLifecycle(pod('kind-native-sidecar-init-completed-running.json'), new Date('2024-08-24T02:00:00Z'))).toStrictEqual({
      phase: { value: 'Running', conceptId: 'phase-running', reason: null, message: null },
      conditions: [
        cond('PodScheduled', 'True', 'passed', { lastTransitionTime: '2024-08-24T01:54:32Z', path: 'status.conditions[4]' }),
        cond('PodReadyToStartContainers', 'True', 'passed', { lastTransitionTime: '2024-08-24T01:54:36Z', path: 'status.conditions[0]' }),
        cond('Initialized', 'True', 'passed', { lastTransitionTime: '2024-08-24T01:54:38Z', path: 'status.conditions[1]' }),
        cond('ContainersReady', 'True', 'passed', { lastTransitionTime: '2024-08-24T01:54:39Z', path: 'status.conditions[3]' }),
        cond('Ready', 'True', 'passed', { lastTransitionTime: '2024-08-24T01:54:39Z', path: 'status.conditions[2]' }),
      ],
      currentStep: 'Ready',
      terminating: false,
      columns: { ready: '2/2', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
    });
  });

  // docs: pod-lifecycle, "Pod network readiness": without init containers the kubelet sets
  // Initialized True before it creates the sandbox, so the path reads Initialized first.
  it('puts Initialized before PodReadyToStartContainers for a pod without init containers', () => {
    const web = byName(sandboxCapture.pods(), 'web-569b4d9d45-7bj98');
    expect(web.spec?.initContainers).toBeUndefined();
    expect(explainLifecycle(web, new Date('2026-11-26T02:10:09Z'))).toStrictEqual({
      phase: { value: 'Running', conceptId: 'phase-running', reason: null, message: null },
      conditions: [
        cond('PodScheduled', 'True', 'passed', { lastTransitionTime: '2026-11-26T01:59:20Z', path: 'status.conditions[4]' }),
        cond('Initialized', 'True', 'passed', { lastTransitionTime: '2026-11-26T01:59:20Z', path: 'status.conditions[1]' }),
        cond('PodReadyToStartContainers', 'True', 'passed', { lastTransitionTime: '2026-11-26T01:59:20Z', path: 'status.conditions[0]' }),
        cond('ContainersReady', 'True', 'passed', { lastTransitionTime: '2026-11-26T01:59:21Z', path: 'status.conditions[2]' }),
        cond('Ready', 'True', 'passed', { lastTransitionTime: '2026-11-26T01:59:21Z', path: 'status.conditions[3]' }),
      ],
      currentStep: 'Ready',
      terminating: false,
      columns: { ready: '1/1', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
    });
  });

  it('stops a pod without init containers at PodReadyToStartContainers while its sandbox is not ready, Initialized already passed', () => {
    const web = byName(sandboxCapture.pods(), 'web-569b4d9d45-7bj98');
    // The same pod one step earlier: bound and Initialized, the runtime still creating the sandbox.
    const waiting: V1Pod = {
      ...web,
      status: {
        phase: 'Pending',
        qosClass: 'Burstable',
        conditions: [
          { type: 'PodReadyToStartContainers', status: 'False', lastTransitionTime: '2026-11-26T01:59:20Z' as unknown as Date },
          { type: 'Initialized', status: 'True', lastTransitionTime: '2026-11-26T01:59:20Z' as unknown as Date },
          { type: 'ContainersReady', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: '2026-11-26T01:59:20Z' as unknown as Date },
          { type: 'Ready', status: 'False', reason: 'ContainersNotReady', lastTransitionTime: '2026-11-26T01:59:20Z' as unknown as Date },
          { type: 'PodScheduled', status: 'True', lastTransitionTime: '2026-11-26T01:59:20Z' as unknown as Date },
        ],
        containerStatuses: [{ name: 'nginx', image: 'nginx:1.27', imageID: '', ready: false, restartCount: 0, started: false, state: { waiting: { reason: 'ContainerCreating' } } }],
      },
    };
    expect(explainLifecycle(waiting, new Date('2026-11-26T01:59:21Z'))).toStrictEqual({
      phase: { value: 'Pending', conceptId: 'phase-pending', reason: null, message: null },
      conditions: [
        cond('PodScheduled', 'True', 'passed', { lastTransitionTime: '2026-11-26T01:59:20Z', path: 'status.conditions[4]' }),
        cond('Initialized', 'True', 'passed', { lastTransitionTime: '2026-11-26T01:59:20Z', path: 'status.conditions[1]' }),
        cond('PodReadyToStartContainers', 'False', 'current', { lastTransitionTime: '2026-11-26T01:59:20Z', path: 'status.conditions[0]' }),
        cond('ContainersReady', 'False', 'ahead', { reason: 'ContainersNotReady', lastTransitionTime: '2026-11-26T01:59:20Z', path: 'status.conditions[2]' }),
        cond('Ready', 'False', 'ahead', { reason: 'ContainersNotReady', lastTransitionTime: '2026-11-26T01:59:20Z', path: 'status.conditions[3]' }),
      ],
      currentStep: 'PodReadyToStartContainers',
      terminating: false,
      columns: { ready: '0/1', status: 'ContainerCreating', restarts: '0', restartCount: 0, lastRestartAt: null },
    });
  });

  it('marks conditions an older cluster never wrote as Missing, passed when a later one is True', () => {
    expect(explainLifecycle(pod('minikube-crashloopbackoff-lastState-error.json'), new Date('2018-12-02T09:20:40Z'))).toStrictEqual({
      phase: { value: 'Running', conceptId: 'phase-running', reason: null, message: null },
      conditions: [
        cond('PodScheduled', 'True', 'passed', { lastTransitionTime: '2018-12-02T09:19:36Z', path: 'status.conditions[2]' }),
        cond('Initialized', 'True', 'passed', { lastTransitionTime: '2018-12-02T09:19:36Z', path: 'status.conditions[0]' }),
        // Never written before 1.29; the container that ran proves the sandbox existed.
        cond('PodReadyToStartContainers', 'Missing', 'passed'),
        cond('ContainersReady', 'Missing', 'current'),
        cond('Ready', 'False', 'ahead', {
          reason: 'ContainersNotReady',
          message: 'containers with unready status: [main]',
          lastTransitionTime: '2018-12-02T09:19:36Z',
          path: 'status.conditions[1]',
        }),
      ],
      // A crash-looping container keeps the phase Running; the pod is stuck before ContainersReady.
      currentStep: 'ContainersReady',
      terminating: false,
      columns: { ready: '0/1', status: 'CrashLoopBackOff', restarts: '3 (15s ago)', restartCount: 3, lastRestartAt: '2018-12-02T09:20:25Z' },
    });
  });

  it('ends a Succeeded pod at Succeeded, with Ready=False reason PodCompleted left ahead', () => {
    const lifecycle = explainLifecycle(pod('minikube-succeeded-completed.json'), new Date('2018-12-02T09:20:00Z'));
    expect(lifecycle.phase).toStrictEqual({ value: 'Succeeded', conceptId: 'phase-succeeded', reason: null, message: null });
    expect(lifecycle.currentStep).toBe('Succeeded');
    expect(lifecycle.conditions.find((c) => c.type === 'Ready')).toMatchObject({ status: 'False', reason: 'PodCompleted', position: 'ahead' });
    expect(lifecycle.conditions.filter((c) => c.position === 'current')).toStrictEqual([]);
    expect(lifecycle.columns.status).toBe('Completed');
  });

  it('treats a deletion in progress as Terminating, which is not a phase', () => {
    const lifecycle = explainLifecycle(pod('minikube-pending-with-deletiontimestamp-EDITED.json'), new Date('2018-12-03T10:16:30Z'));
    expect(lifecycle.phase.value).toBe('Pending');
    expect(lifecycle.terminating).toBe(true);
    expect(lifecycle.currentStep).toBe('Terminating');
    expect(lifecycle.columns.status).toBe('Terminating');
  });

  it('puts a pod the scheduler could not place at PodScheduled, with every later condition missing', () => {
    const pending: V1Pod = {
      metadata: { name: 'big', namespace: 'default' },
      spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] },
      status: {
        phase: 'Pending',
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message: '0/1 nodes are available: 1 Insufficient cpu.',
            lastTransitionTime: '2024-05-01T10:00:00Z' as unknown as Date,
          },
        ],
        qosClass: 'Burstable',
      },
    };
    const lifecycle = explainLifecycle(pending, new Date('2024-05-01T10:05:00Z'));
    expect(lifecycle.currentStep).toBe('PodScheduled');
    expect(lifecycle.conditions.map((c) => `${c.type}:${c.status}:${c.position}`)).toStrictEqual([
      'PodScheduled:False:current',
      'Initialized:Missing:ahead',
      'PodReadyToStartContainers:Missing:ahead',
      'ContainersReady:Missing:ahead',
      'Ready:Missing:ahead',
    ]);
    expect(lifecycle.columns).toStrictEqual({ ready: '0/1', status: 'Pending', restarts: '0', restartCount: 0, lastRestartAt: null });
  });

  it('places readiness gates before Ready and DisruptionTarget off the path', () => {
    const gated: V1Pod = {
      metadata: { name: 'gated' },
      spec: { containers: [{ name: 'app' }], readinessGates: [{ conditionType: 'example.com/lb-ready' }] },
      status: {
        phase: 'Running',
        conditions: [
          { type: 'PodScheduled', status: 'True' },
          { type: 'Initialized', status: 'True' },
          { type: 'ContainersReady', status: 'True' },
          { type: 'Ready', status: 'False', reason: 'ReadinessGatesNotReady' },
          { type: 'DisruptionTarget', status: 'True', reason: 'EvictionByEvictionAPI' },
        ],
      },
    };
    const lifecycle = explainLifecycle(gated, new Date('2024-05-01T10:05:00Z'));
    expect(lifecycle.conditions.map((c) => `${c.type}:${c.status}:${c.position}:${c.setBy}`)).toStrictEqual([
      'PodScheduled:True:passed:kube-scheduler',
      'Initialized:True:passed:kubelet',
      'PodReadyToStartContainers:Missing:passed:kubelet',
      'ContainersReady:True:passed:kubelet',
      'example.com/lb-ready:Missing:current:external-controller',
      'Ready:False:ahead:kubelet',
      'DisruptionTarget:True:off-path:kube-apiserver',
    ]);
    expect(lifecycle.currentStep).toBe('Ready');
  });

  it.each([
    ['PreemptionByScheduler', 'kube-scheduler'],
    ['DeletionByTaintManager', 'kube-controller-manager'],
    ['DeletionByPodGC', 'kube-controller-manager'],
    ['TerminationByKubelet', 'kubelet'],
  ])('says DisruptionTarget with reason %s was set by %s', (reason, setter) => {
    expect(conditionSetter('DisruptionTarget', reason)).toBe(setter);
  });
});
