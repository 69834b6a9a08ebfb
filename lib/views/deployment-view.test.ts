import { describe, expect, it } from 'vitest';
import type { V1Deployment, V1DeploymentStrategy } from '@kubernetes/client-node';
import { explainDeploymentRollout, type DeploymentRollout } from '../explain/workloads/deployment-rollout';
import { named, workloadSnapshot } from '../testing/workload-capture';
import { deploymentView, type DeploymentView, type RolloutBar } from './deployment-view';

/** The rollout of a captured Deployment at the moment its capture started, optionally with its spec changed. */
function rolloutOf(capture: string, name: string, change?: (d: V1Deployment) => V1Deployment): DeploymentRollout {
  const s = workloadSnapshot(capture);
  const d = named(s.deployments, name);
  return explainDeploymentRollout({ deployment: change ? change(d) : d, replicaSets: s.replicaSets, pods: s.pods, events: s.events, hpas: s.hpas, now: new Date(s.capturedAt) });
}

function withStrategy(strategy: V1DeploymentStrategy) {
  return (d: V1Deployment): V1Deployment => ({ ...d, spec: { ...d.spec!, strategy } });
}

const ALL_DONE: DeploymentView['steps'] = [
  { id: 'observe-change', state: 'done' },
  { id: 'new-replicaset', state: 'done' },
  { id: 'scale-up-new', state: 'done' },
  { id: 'scale-down-old', state: 'done' },
  { id: 'new-available', state: 'done' },
];

/** explain-demo/rollout-demo at revision 1: one ReplicaSet, 4 pods, all available. */
const REV1_BAR: RolloutBar = {
  name: 'rollout-demo-5dc85f8597',
  revision: 1,
  role: 'new',
  podTemplateHash: '5dc85f8597',
  desired: 4,
  current: 4,
  ready: 4,
  available: 4,
  images: ['nginx:1.27'],
  pods: ['2bnql', '9lv94', 'ppgwm', 'rtkmn'].map((s) => ({ name: `rollout-demo-5dc85f8597-${s}`, state: 'available' as const, availableAt: null })),
};

describe('deploymentView', () => {
  it('shows a rolling update whose two new pods are Ready but wait out minReadySeconds, with the 25 % budget of 4 worked out', () => {
    // 17 s after revision 2: the new pods became Ready at 13:36:45 and count as available at 13:36:55 (minReadySeconds 10).
    expect(deploymentView(rolloutOf('rollout-demo-rolling-3', 'rollout-demo'))).toStrictEqual({
      phase: 'rolling',
      bars: {
        scale: 5,
        sets: [
          {
            name: 'rollout-demo-6cd7b545c8',
            revision: 2,
            role: 'new',
            podTemplateHash: '6cd7b545c8',
            desired: 2,
            current: 2,
            ready: 2,
            available: 0,
            images: ['nginx:1.28'],
            pods: [
              { name: 'rollout-demo-6cd7b545c8-bk2sk', state: 'ready', availableAt: '2026-12-03T13:36:55Z' },
              { name: 'rollout-demo-6cd7b545c8-z7d8b', state: 'ready', availableAt: '2026-12-03T13:36:55Z' },
            ],
          },
          {
            name: 'rollout-demo-5dc85f8597',
            revision: 1,
            role: 'old',
            podTemplateHash: '5dc85f8597',
            desired: 3,
            current: 3,
            ready: 3,
            available: 3,
            images: ['nginx:1.27'],
            pods: ['2bnql', 'ppgwm', 'rtkmn'].map((s) => ({ name: `rollout-demo-5dc85f8597-${s}`, state: 'available', availableAt: null })),
          },
        ],
      },
      budget: [
        { key: 'deploy.budget.surge.percent', params: { source: '25%', replicas: 4, exact: '1', value: 1 } },
        { key: 'deploy.budget.unavailable.percent', params: { source: '25%', replicas: 4, exact: '1', value: 1 } },
        { key: 'deploy.budget.so', params: { maxPods: 5, minAvailable: 3 } },
        { key: 'deploy.budget.threshold', params: { threshold: 3, available: 3 } },
      ],
      minReady: { key: 'deploy.minReady.some', params: { seconds: 10 } },
      steps: [
        { id: 'observe-change', state: 'done' },
        { id: 'new-replicaset', state: 'done' },
        { id: 'scale-up-new', state: 'current' },
        { id: 'scale-down-old', state: 'waiting' },
        { id: 'new-available', state: 'waiting' },
      ],
      now: { key: 'deploy.now.scalingUp', params: { rs: 'rollout-demo-6cd7b545c8', desired: 2, replicas: 4, maxPods: 5, pods: 5 } },
      notes: [],
    });
  });

  it('says a rollout past its progress deadline is stuck, with 25 % of 3 rounding to 1 extra pod and 0 unavailable', () => {
    expect(deploymentView(rolloutOf('stuck-rollout-deadline-exceeded', 'stuck-rollout'))).toStrictEqual({
      phase: 'timed-out',
      bars: {
        scale: 4,
        sets: [
          {
            name: 'stuck-rollout-589595585b',
            revision: 2,
            role: 'new',
            podTemplateHash: '589595585b',
            desired: 1,
            current: 1,
            ready: 0,
            available: 0,
            images: ['registry.example.invalid/team/api:v2.0.0-typo'],
            pods: [{ name: 'stuck-rollout-589595585b-8tsnn', state: 'pending', availableAt: null }],
          },
          {
            name: 'stuck-rollout-6d8494ff65',
            revision: 1,
            role: 'old',
            podTemplateHash: '6d8494ff65',
            desired: 3,
            current: 3,
            ready: 3,
            available: 3,
            images: ['nginx:1.27'],
            pods: ['2dwg6', '56l6c', 'ch79d'].map((s) => ({ name: `stuck-rollout-6d8494ff65-${s}`, state: 'available', availableAt: null })),
          },
        ],
      },
      budget: [
        { key: 'deploy.budget.surge.percent', params: { source: '25%', replicas: 3, exact: '0.75', value: 1 } },
        { key: 'deploy.budget.unavailable.percent', params: { source: '25%', replicas: 3, exact: '0.75', value: 0 } },
        { key: 'deploy.budget.so', params: { maxPods: 4, minAvailable: 3 } },
        { key: 'deploy.budget.threshold', params: { threshold: 3, available: 3 } },
      ],
      minReady: { key: 'deploy.minReady.zero', params: {} },
      steps: [
        { id: 'observe-change', state: 'done' },
        { id: 'new-replicaset', state: 'done' },
        { id: 'scale-up-new', state: 'failed' },
        { id: 'scale-down-old', state: 'waiting' },
        { id: 'new-available', state: 'waiting' },
      ],
      now: { key: 'deploy.now.timedOut', params: { seconds: 30, rs: 'stuck-rollout-589595585b', available: 0, replicas: 3 } },
      notes: [],
    });
  });

  it('says old pods are removed only while enough stay available, and draws terminating pods apart from the counts', () => {
    // Old ReplicaSet at 1 with two of its pods still terminating; two more new pods pending.
    const view = deploymentView(rolloutOf('rollout-demo-rolling-4', 'rollout-demo'));
    expect(view).toStrictEqual({
      phase: 'rolling',
      bars: {
        scale: 5,
        sets: [
          {
            name: 'rollout-demo-6cd7b545c8',
            revision: 2,
            role: 'new',
            podTemplateHash: '6cd7b545c8',
            desired: 4,
            current: 4,
            ready: 2,
            available: 2,
            images: ['nginx:1.28'],
            pods: [
              { name: 'rollout-demo-6cd7b545c8-2skhr', state: 'pending', availableAt: null },
              { name: 'rollout-demo-6cd7b545c8-bk2sk', state: 'available', availableAt: null },
              { name: 'rollout-demo-6cd7b545c8-knxsg', state: 'pending', availableAt: null },
              { name: 'rollout-demo-6cd7b545c8-z7d8b', state: 'available', availableAt: null },
            ],
          },
          {
            name: 'rollout-demo-5dc85f8597',
            revision: 1,
            role: 'old',
            podTemplateHash: '5dc85f8597',
            desired: 1,
            current: 1,
            ready: 1,
            available: 1,
            images: ['nginx:1.27'],
            pods: [
              { name: 'rollout-demo-5dc85f8597-2bnql', state: 'terminating', availableAt: null },
              { name: 'rollout-demo-5dc85f8597-ppgwm', state: 'available', availableAt: null },
              { name: 'rollout-demo-5dc85f8597-rtkmn', state: 'terminating', availableAt: null },
            ],
          },
        ],
      },
      budget: [
        { key: 'deploy.budget.surge.percent', params: { source: '25%', replicas: 4, exact: '1', value: 1 } },
        { key: 'deploy.budget.unavailable.percent', params: { source: '25%', replicas: 4, exact: '1', value: 1 } },
        { key: 'deploy.budget.so', params: { maxPods: 5, minAvailable: 3 } },
        { key: 'deploy.budget.threshold', params: { threshold: 3, available: 3 } },
      ],
      minReady: { key: 'deploy.minReady.some', params: { seconds: 10 } },
      steps: [
        { id: 'observe-change', state: 'done' },
        { id: 'new-replicaset', state: 'done' },
        { id: 'scale-up-new', state: 'done' },
        { id: 'scale-down-old', state: 'current' },
        { id: 'new-available', state: 'waiting' },
      ],
      now: { key: 'deploy.now.scalingDown', params: { old: 1, minAvailable: 3, available: 3 } },
      notes: [],
    });
  });

  it('notes the HPA that owns replicas on a finished rollout, and keeps every pruned-to-zero ReplicaSet as an empty bar', () => {
    const empty = (name: string, revision: number, image: string): RolloutBar => ({
      name,
      revision,
      role: 'old',
      podTemplateHash: name.slice('web-'.length),
      desired: 0,
      current: 0,
      ready: 0,
      available: 0,
      images: [image],
      pods: [],
    });
    expect(deploymentView(rolloutOf('stuck-deadline-exceeded', 'web'))).toStrictEqual({
      phase: 'complete',
      bars: {
        scale: 5,
        sets: [
          {
            name: 'web-64d544fcbb',
            revision: 5,
            role: 'new',
            podTemplateHash: '64d544fcbb',
            desired: 4,
            current: 4,
            ready: 4,
            available: 4,
            images: ['nginx:1.29'],
            pods: ['4l96f', '7jqkd', 'g74cj', 'pbz57'].map((s) => ({ name: `web-64d544fcbb-${s}`, state: 'available', availableAt: null })),
          },
          empty('web-6f866446fb', 4, 'nginx:1.27'),
          empty('web-56d646ff85', 3, 'nginx:1.28'),
          empty('web-59659b8fdb', 2, 'nginx:1.28'),
        ],
      },
      budget: [
        { key: 'deploy.budget.surge.percent', params: { source: '25%', replicas: 4, exact: '1', value: 1 } },
        { key: 'deploy.budget.unavailable.percent', params: { source: '25%', replicas: 4, exact: '1', value: 1 } },
        { key: 'deploy.budget.so', params: { maxPods: 5, minAvailable: 3 } },
        { key: 'deploy.budget.threshold', params: { threshold: 3, available: 4 } },
      ],
      minReady: { key: 'deploy.minReady.some', params: { seconds: 12 } },
      steps: ALL_DONE,
      now: { key: 'deploy.now.complete', params: { replicas: 4, revision: 5 } },
      // The autoscaling/v2 HPA web (min 4, max 8) has no metrics API to read, so it reports desiredReplicas 0.
      notes: [{ key: 'deploy.note.hpa', params: { name: 'web', min: 4, max: 8, current: 4, desired: 0 } }],
    });
  });

  it('says a paused Deployment rolls out nothing, with its template change still waiting for a ReplicaSet', () => {
    const view = deploymentView(rolloutOf('web-paused', 'web'));
    const old = (name: string, revision: number, image: string, pods: string[]): RolloutBar => ({
      name,
      revision,
      role: 'old',
      podTemplateHash: name.slice('web-'.length),
      desired: pods.length,
      current: pods.length,
      ready: pods.length,
      available: pods.length,
      images: [image],
      pods: pods.map((s) => ({ name: `${name}-${s}`, state: 'available' as const, availableAt: null })),
    });
    expect(view).toStrictEqual({
      phase: 'paused',
      bars: {
        scale: 5,
        sets: [old('web-6f866446fb', 4, 'nginx:1.27', ['8rt28', 'ghhgc', 'm4p6k', 'p7frr']), old('web-56d646ff85', 3, 'nginx:1.28', []), old('web-59659b8fdb', 2, 'nginx:1.28', [])],
      },
      budget: [
        { key: 'deploy.budget.surge.percent', params: { source: '25%', replicas: 4, exact: '1', value: 1 } },
        { key: 'deploy.budget.unavailable.percent', params: { source: '25%', replicas: 4, exact: '1', value: 1 } },
        { key: 'deploy.budget.so', params: { maxPods: 5, minAvailable: 3 } },
        { key: 'deploy.budget.threshold', params: { threshold: 3, available: 4 } },
      ],
      minReady: { key: 'deploy.minReady.some', params: { seconds: 12 } },
      steps: [
        { id: 'observe-change', state: 'done' },
        { id: 'new-replicaset', state: 'current' },
        { id: 'scale-up-new', state: 'waiting' },
        { id: 'scale-down-old', state: 'waiting' },
        { id: 'new-available', state: 'waiting' },
      ],
      now: { key: 'deploy.now.paused', params: {} },
      notes: [{ key: 'deploy.note.paused', params: {} }],
    });
  });

  it('explains Recreate: no surge, never more than replicas pods, Available needs every replica', () => {
    expect(deploymentView(rolloutOf('rollout-demo-rev1', 'rollout-demo', withStrategy({ type: 'Recreate' })))).toStrictEqual({
      phase: 'complete',
      bars: { scale: 4, sets: [REV1_BAR] },
      budget: [
        { key: 'deploy.budget.recreate', params: { replicas: 4 } },
        { key: 'deploy.budget.threshold', params: { threshold: 4, available: 4 } },
      ],
      minReady: { key: 'deploy.minReady.zero', params: {} },
      steps: ALL_DONE,
      now: { key: 'deploy.now.complete', params: { replicas: 4, revision: 1 } },
      notes: [],
    });
  });

  it('says when both fields round to 0 and maxUnavailable becomes 1, and when a field was left to its default', () => {
    // maxSurge 0 with maxUnavailable 10 % of 4 = 0.4, rounded down to 0: the controller makes it 1.
    expect(deploymentView(rolloutOf('rollout-demo-rev1', 'rollout-demo', withStrategy({ type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: '10%' } })))).toStrictEqual({
      phase: 'complete',
      bars: { scale: 4, sets: [REV1_BAR] },
      budget: [
        { key: 'deploy.budget.surge.absolute', params: { value: 0 } },
        { key: 'deploy.budget.unavailable.percent', params: { source: '10%', replicas: 4, exact: '0.4', value: 0 } },
        { key: 'deploy.budget.bumped', params: {} },
        { key: 'deploy.budget.so', params: { maxPods: 4, minAvailable: 3 } },
        { key: 'deploy.budget.threshold', params: { threshold: 3, available: 4 } },
      ],
      minReady: { key: 'deploy.minReady.zero', params: {} },
      steps: ALL_DONE,
      now: { key: 'deploy.now.complete', params: { replicas: 4, revision: 1 } },
      notes: [],
    });
    expect(deploymentView(rolloutOf('rollout-demo-rev1', 'rollout-demo', withStrategy({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 6 } }))).budget).toStrictEqual([
      { key: 'deploy.budget.defaulted', params: { field: 'maxSurge' } },
      { key: 'deploy.budget.surge.percent', params: { source: '25%', replicas: 4, exact: '1', value: 1 } },
      { key: 'deploy.budget.unavailable.absolute', params: { value: 6 } },
      { key: 'deploy.budget.capped', params: { replicas: 4 } },
      { key: 'deploy.budget.so', params: { maxPods: 5, minAvailable: 0 } },
      { key: 'deploy.budget.threshold', params: { threshold: 0, available: 4 } },
    ]);
  });
});
