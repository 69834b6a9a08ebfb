import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { explainLifecycle } from '../explain/pod-lifecycle';
import { lifecycleDiagram } from './pod-lifecycle-diagram';
import { demoPods, initStepsPods, terminatingPod } from './pod-detail.testdata';

const now = new Date('2026-11-26T02:12:00Z');
const pod = (name: string) => demoPods.find((p) => p.metadata?.name === name) as V1Pod;
const marks = (p: V1Pod) => {
  const d = lifecycleDiagram(explainLifecycle(p, now));
  return [...d.path, ...d.outcomes].map((n) => `${n.id}:${n.state}${n.here ? ':here' : ''}`);
};

describe('lifecycleDiagram', () => {
  it('puts the crash-looping pod at ContainersReady', () => {
    expect(marks(pod('crash-loop'))).toStrictEqual([
      'PodScheduled:passed',
      'Initialized:passed',
      'PodReadyToStartContainers:passed',
      'ContainersReady:current:here',
      'Ready:ahead',
      'Succeeded:inactive',
      'Failed:inactive',
      'Terminating:inactive',
    ]);
  });

  it('puts the unschedulable pod at PodScheduled, and a healthy one at Ready', () => {
    expect(marks(pod('unschedulable')).filter((m) => m.endsWith(':here'))).toStrictEqual(['PodScheduled:current:here']);
    expect(marks(pod('web-569b4d9d45-7bj98')).filter((m) => m.endsWith(':here'))).toStrictEqual(['Ready:passed:here']);
  });

  it('walks the init-container pod from Initialized to Ready', () => {
    expect(initStepsPods.map((p) => marks(p).find((m) => m.endsWith(':here')))).toStrictEqual([
      'Initialized:current:here',
      'Initialized:current:here',
      'Ready:passed:here',
    ]);
  });

  it('marks a finished pod at its terminal phase and a deleted one at Terminating', () => {
    expect(marks(pod('complete-job-blpj8')).filter((m) => m.endsWith(':here'))).toStrictEqual(['Succeeded:current:here']);
    expect(marks(terminatingPod).filter((m) => m.includes('Terminating') || m.endsWith(':here'))).toStrictEqual(['Terminating:current:here']);
  });

  it('keeps the condition details on each node', () => {
    const node = lifecycleDiagram(explainLifecycle(pod('unschedulable'), now)).path[0];
    expect(node).toStrictEqual({
      id: 'PodScheduled',
      kind: 'condition',
      conceptId: 'condition-pod-scheduled',
      state: 'current',
      here: true,
      status: 'False',
      reason: 'Unschedulable',
      message: node?.message,
      at: node?.at,
      setBy: 'kube-scheduler',
    });
    expect(node?.message).toContain('Insufficient cpu');
  });
});
