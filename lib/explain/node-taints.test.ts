import type { V1Node, V1Taint } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { nodeTaints, type NodeTaintView } from './node-taints';

/** The real minikube v1.17 capture carrying one given taint (its Ready condition is at index 3). */
function nodeWith(taint: V1Taint): V1Node {
  const node = structuredClone(loadFixture<V1Node>('nodes/minikube-v1.17-docker-ready.json'));
  node.spec = { taints: [taint] };
  return node;
}

describe('nodeTaints', () => {
  it.each<[string, V1Taint, Omit<NodeTaintView, 'evidence' | 'timeAdded'>]>([
    [
      'explains the not-ready NoExecute taint with its 300 s default toleration',
      { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' },
      {
        key: 'node.kubernetes.io/not-ready',
        value: null,
        effect: 'NoExecute',
        origin: 'automatic',
        conceptId: 'taint-not-ready',
        impact: { newPods: 'blocked', runningPods: 'evicted' },
        defaultTolerationSeconds: 300,
        causePath: 'status.conditions[3].status',
      },
    ],
    [
      'marks the legacy master taint as set up by the installer',
      { key: 'node-role.kubernetes.io/master', effect: 'NoSchedule' },
      {
        key: 'node-role.kubernetes.io/master',
        value: null,
        effect: 'NoSchedule',
        origin: 'setup',
        conceptId: 'taint-control-plane',
        impact: { newPods: 'blocked', runningPods: 'kept' },
        defaultTolerationSeconds: null,
        causePath: null,
      },
    ],
    [
      'marks the cloud provider uninitialized taint as setup',
      { key: 'node.cloudprovider.kubernetes.io/uninitialized', value: 'true', effect: 'NoSchedule' },
      {
        key: 'node.cloudprovider.kubernetes.io/uninitialized',
        value: 'true',
        effect: 'NoSchedule',
        origin: 'setup',
        conceptId: 'taints-tolerations',
        impact: { newPods: 'blocked', runningPods: 'kept' },
        defaultTolerationSeconds: null,
        causePath: null,
      },
    ],
    [
      'treats the out-of-service taint as manual: an admin sets it',
      { key: 'node.kubernetes.io/out-of-service', value: 'nodeshutdown', effect: 'NoExecute' },
      {
        key: 'node.kubernetes.io/out-of-service',
        value: 'nodeshutdown',
        effect: 'NoExecute',
        origin: 'manual',
        conceptId: 'taints-tolerations',
        impact: { newPods: 'blocked', runningPods: 'evicted' },
        defaultTolerationSeconds: null,
        causePath: null,
      },
    ],
    [
      'has no cause path for an unschedulable taint on a node that is not cordoned',
      { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' },
      {
        key: 'node.kubernetes.io/unschedulable',
        value: null,
        effect: 'NoSchedule',
        origin: 'automatic',
        conceptId: 'taint-unschedulable',
        impact: { newPods: 'blocked', runningPods: 'kept' },
        defaultTolerationSeconds: null,
        causePath: null,
      },
    ],
    [
      'has no cause path when the network-unavailable taint has no matching condition',
      { key: 'node.kubernetes.io/network-unavailable', effect: 'NoSchedule' },
      {
        key: 'node.kubernetes.io/network-unavailable',
        value: null,
        effect: 'NoSchedule',
        origin: 'automatic',
        conceptId: 'taint-network-unavailable',
        impact: { newPods: 'blocked', runningPods: 'kept' },
        defaultTolerationSeconds: null,
        causePath: null,
      },
    ],
  ])('%s', (_name, taint, expected) => {
    expect(nodeTaints(nodeWith(taint))).toStrictEqual([{ ...expected, timeAdded: null, evidence: 'spec.taints[0]' }]);
  });
});
