import { describe, expect, it } from 'vitest';
import type { V1Deployment } from '@kubernetes/client-node';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { explainDeploymentRollout, parseScalingMessage, type DeploymentRollout } from './deployment-rollout';

/** Explains the named Deployment of a capture at the moment the capture started. */
function rolloutOf(capture: string, name: string, deployment?: (d: V1Deployment) => V1Deployment): DeploymentRollout {
  const s = workloadSnapshot(capture);
  const d = named(s.deployments, name);
  return explainDeploymentRollout({
    deployment: deployment ? deployment(d) : d,
    replicaSets: s.replicaSets,
    pods: s.pods,
    events: s.events,
    hpas: s.hpas,
    now: new Date(s.capturedAt),
  });
}

describe('explainDeploymentRollout', () => {
  it('explains a rolling update mid-way: new and old ReplicaSets, the 25 % budget of 4, minReadySeconds holding the new pods back, the deadline countdown, the scaling events and what revision 2 changed', () => {
    // hf-capture/web 4 s after revision 2 (nginx:1.28, LOG_LEVEL=debug, 256Mi) was applied.
    const want: DeploymentRollout = {
      name: 'web',
      namespace: 'hf-capture',
      uid: '3f09c00f-8370-46eb-b1db-d1dbe1100c61',
      strategy: 'RollingUpdate',
      replicas: 4,
      minReadySeconds: 12,
      paused: false,
      generation: 2,
      observedGeneration: 2,
      observed: true,
      budget: {
        strategy: 'RollingUpdate',
        replicas: 4,
        maxSurge: {
          field: 'maxSurge',
          source: '25%',
          defaulted: false,
          path: 'spec.strategy.rollingUpdate.maxSurge',
          kind: 'percent',
          percent: 25,
          exact: 1,
          rounding: 'up',
          resolved: 1,
          value: 1
        },
        maxUnavailable: {
          field: 'maxUnavailable',
          source: '25%',
          defaulted: false,
          path: 'spec.strategy.rollingUpdate.maxUnavailable',
          kind: 'percent',
          percent: 25,
          exact: 1,
          rounding: 'down',
          resolved: 1,
          value: 1
        },
        bothZeroBumped: false,
        cappedAtReplicas: false,
        maxPods: 5,
        minAvailable: 3,
        availableThreshold: 3
      },
      status: { replicas: 5, updatedReplicas: 2, readyReplicas: 5, availableReplicas: 3, unavailableReplicas: 2, terminatingReplicas: 0 },
      replicaSets: [
        {
          name: 'web-59659b8fdb',
          uid: '9de3ccc8-0c1a-47a4-b174-3b027aacdef3',
          revision: 2,
          podTemplateHash: '59659b8fdb',
          role: 'new',
          desired: 2,
          current: 2,
          ready: 2,
          available: 0,
          createdAt: '2026-12-03T13:13:06Z',
          images: [ 'nginx:1.28' ],
          pods: [
            {
              name: 'web-59659b8fdb-hd9dm',
              uid: 'd5bb4744-f650-4323-ad8e-7aa5c51fc186',
              phase: 'Running',
              nodeName: 'sandbox-worker2',
              ready: true,
              available: false,
              readySince: '2026-12-03T13:13:08Z',
              availableInSeconds: 10,
              terminating: false,
              createdAt: '2026-12-03T13:13:06Z'
            },
            {
              name: 'web-59659b8fdb-wbr2b',
              uid: '446a9b70-b8da-4d56-b0d8-08418417b884',
              phase: 'Running',
              nodeName: 'sandbox-worker',
              ready: true,
              available: false,
              readySince: '2026-12-03T13:13:08Z',
              availableInSeconds: 10,
              terminating: false,
              createdAt: '2026-12-03T13:13:06Z'
            }
          ]
        },
        {
          name: 'web-6f866446fb',
          uid: 'c6f5078d-7058-4a6d-b969-c741d2b4ad41',
          revision: 1,
          podTemplateHash: '6f866446fb',
          role: 'old',
          desired: 3,
          current: 3,
          ready: 3,
          available: 3,
          createdAt: '2026-12-03T13:12:11Z',
          images: [ 'nginx:1.27' ],
          pods: [
            {
              name: 'web-6f866446fb-kd4hg',
              uid: '80aa9f72-c24f-4bcb-9ada-8225b5d7f9df',
              phase: 'Running',
              nodeName: 'sandbox-worker2',
              ready: true,
              available: true,
              readySince: '2026-12-03T13:12:13Z',
              availableInSeconds: null,
              terminating: false,
              createdAt: '2026-12-03T13:12:11Z'
            },
            {
              name: 'web-6f866446fb-qrxz5',
              uid: 'ef0504e9-c2ac-4e83-9059-d19a52642b67',
              phase: 'Running',
              nodeName: 'sandbox-worker',
              ready: true,
              available: true,
              readySince: '2026-12-03T13:12:14Z',
              availableInSeconds: null,
              terminating: false,
              createdAt: '2026-12-03T13:12:11Z'
            },
            {
              name: 'web-6f866446fb-r49lb',
              uid: 'f852f9bc-ae7a-42e4-8f7f-4b51fa6356ae',
              phase: 'Running',
              nodeName: 'sandbox-worker2',
              ready: true,
              available: true,
              readySince: '2026-12-03T13:12:14Z',
              availableInSeconds: null,
              terminating: false,
              createdAt: '2026-12-03T13:12:11Z'
            }
          ]
        }
      ],
      newReplicaSet: 'web-59659b8fdb',
      complete: false,
      progressing: {
        type: 'Progressing',
        status: 'True',
        reason: 'ReplicaSetUpdated',
        message: 'ReplicaSet "web-59659b8fdb" is progressing.',
        lastUpdateTime: '2026-12-03T13:13:09Z',
        lastTransitionTime: '2026-12-03T13:12:11Z',
        path: 'status.conditions[1]'
      },
      stage: 'replicaset-updated',
      available: {
        type: 'Available',
        status: 'True',
        reason: 'MinimumReplicasAvailable',
        message: 'Deployment has minimum availability.',
        lastUpdateTime: '2026-12-03T13:12:26Z',
        lastTransitionTime: '2026-12-03T13:12:26Z',
        path: 'status.conditions[0]'
      },
      replicaFailure: null,
      availability: { available: 3, threshold: 3, met: true },
      steps: [
        { id: 'observe-change', state: 'done' },
        { id: 'new-replicaset', state: 'done' },
        { id: 'scale-up-new', state: 'current' },
        { id: 'scale-down-old', state: 'waiting' },
        { id: 'new-available', state: 'waiting' }
      ],
      deadline: { seconds: 120, from: '2026-12-03T13:13:09Z', at: '2026-12-03T13:15:09Z', secondsLeft: 119, counting: true, exceeded: false },
      hpa: null,
      selectorMatchesTemplate: true,
      scaling: [
        {
          at: '2026-12-03T13:12:11Z',
          count: 1,
          direction: 'up',
          replicaSet: 'web-6f866446fb',
          from: 0,
          to: 4,
          revision: 1,
          role: 'old',
          message: 'Scaled up replica set web-6f866446fb from 0 to 4'
        },
        {
          at: '2026-12-03T13:13:06Z',
          count: 1,
          direction: 'up',
          replicaSet: 'web-59659b8fdb',
          from: 0,
          to: 1,
          revision: 2,
          role: 'new',
          message: 'Scaled up replica set web-59659b8fdb from 0 to 1'
        },
        {
          at: '2026-12-03T13:13:06Z',
          count: 1,
          direction: 'down',
          replicaSet: 'web-6f866446fb',
          from: 4,
          to: 3,
          revision: 1,
          role: 'old',
          message: 'Scaled down replica set web-6f866446fb from 4 to 3'
        },
        {
          at: '2026-12-03T13:13:06Z',
          count: 1,
          direction: 'up',
          replicaSet: 'web-59659b8fdb',
          from: 1,
          to: 2,
          revision: 2,
          role: 'new',
          message: 'Scaled up replica set web-59659b8fdb from 1 to 2'
        },
        {
          at: '2026-12-03T13:13:20Z',
          count: 1,
          direction: 'down',
          replicaSet: 'web-6f866446fb',
          from: 3,
          to: 1,
          revision: 1,
          role: 'old',
          message: 'Scaled down replica set web-6f866446fb from 3 to 1'
        }
      ],
      history: [
        {
          revision: 1,
          replicaSet: 'web-6f866446fb',
          podTemplateHash: '6f866446fb',
          createdAt: '2026-12-03T13:12:11Z',
          current: false,
          replicas: 3,
          images: [ 'nginx:1.27' ],
          changeCause: 'first release nginx 1.27',
          previousRevisions: [],
          changes: [],
          commands: {
            history: 'kubectl rollout history deployment/web -n hf-capture --revision=1',
            undo: 'kubectl rollout undo deployment/web -n hf-capture --to-revision=1'
          }
        },
        {
          revision: 2,
          replicaSet: 'web-59659b8fdb',
          podTemplateHash: '59659b8fdb',
          createdAt: '2026-12-03T13:13:06Z',
          current: true,
          replicas: 2,
          images: [ 'nginx:1.28' ],
          changeCause: 'upgrade to nginx 1.28, debug logging, more memory',
          previousRevisions: [],
          changes: [
            {
              kind: 'image',
              container: 'web',
              field: 'image',
              before: 'nginx:1.27',
              after: 'nginx:1.28',
              path: 'spec.template.spec.containers[0].image'
            },
            {
              kind: 'env',
              container: 'web',
              field: 'env.LOG_LEVEL',
              before: 'info',
              after: 'debug',
              path: 'spec.template.spec.containers[0].env'
            },
            {
              kind: 'resources',
              container: 'web',
              field: 'resources.limits.memory',
              before: '128Mi',
              after: '256Mi',
              path: 'spec.template.spec.containers[0].resources.limits'
            }
          ],
          commands: { history: 'kubectl rollout history deployment/web -n hf-capture --revision=2', undo: null }
        }
      ],
      commands: {
        status: 'kubectl rollout status deployment/web -n hf-capture',
        history: 'kubectl rollout history deployment/web -n hf-capture',
        pause: 'kubectl rollout pause deployment/web -n hf-capture',
        resume: 'kubectl rollout resume deployment/web -n hf-capture',
        restart: 'kubectl rollout restart deployment/web -n hf-capture'
      }
    };
    expect(rolloutOf('web-rev2-rolling-1', 'web')).toStrictEqual(want);
  });

  it('keeps the revision history in order after an undo: the reused ReplicaSet becomes revision 4 and remembers it was 1, and each entry lists what changed from the revision before', () => {
    const rollout = rolloutOf('web-undo-complete', 'web');
    const target = 'deployment/web -n hf-capture';
    const want: DeploymentRollout['history'] = [
      {
        revision: 2,
        replicaSet: 'web-59659b8fdb',
        podTemplateHash: '59659b8fdb',
        createdAt: '2026-12-03T13:13:06Z',
        current: false,
        replicas: 0,
        images: ['nginx:1.28'],
        changeCause: 'upgrade to nginx 1.28, debug logging, more memory',
        previousRevisions: [],
        changes: [],
        commands: { history: `kubectl rollout history ${target} --revision=2`, undo: `kubectl rollout undo ${target} --to-revision=2` },
      },
      {
        revision: 3,
        replicaSet: 'web-56d646ff85',
        podTemplateHash: '56d646ff85',
        createdAt: '2026-12-03T13:14:25Z',
        current: false,
        replicas: 0,
        images: ['nginx:1.28'],
        changeCause: 'upgrade to nginx 1.28, debug logging, more memory',
        previousRevisions: [],
        changes: [
          {
            kind: 'annotation',
            container: null,
            field: 'metadata.annotations.kubectl.kubernetes.io/restartedAt',
            before: null,
            after: '2026-12-03T13:14:25Z',
            path: 'spec.template.metadata.annotations',
          },
        ],
        commands: { history: `kubectl rollout history ${target} --revision=3`, undo: `kubectl rollout undo ${target} --to-revision=3` },
      },
      {
        revision: 4,
        replicaSet: 'web-6f866446fb',
        podTemplateHash: '6f866446fb',
        createdAt: '2026-12-03T13:12:11Z',
        current: true,
        replicas: 4,
        images: ['nginx:1.27'],
        changeCause: 'first release nginx 1.27',
        previousRevisions: [1],
        changes: [
          { kind: 'image', container: 'web', field: 'image', before: 'nginx:1.28', after: 'nginx:1.27', path: 'spec.template.spec.containers[0].image' },
          { kind: 'env', container: 'web', field: 'env.LOG_LEVEL', before: 'debug', after: 'info', path: 'spec.template.spec.containers[0].env' },
          {
            kind: 'resources',
            container: 'web',
            field: 'resources.limits.memory',
            before: '256Mi',
            after: '128Mi',
            path: 'spec.template.spec.containers[0].resources.limits',
          },
          {
            kind: 'annotation',
            container: null,
            field: 'metadata.annotations.kubectl.kubernetes.io/restartedAt',
            before: '2026-12-03T13:14:25Z',
            after: null,
            path: 'spec.template.metadata.annotations',
          },
        ],
        commands: { history: `kubectl rollout history ${target} --revision=4`, undo: null },
      },
    ];
    expect(rollout.history).toStrictEqual(want);
    expect([rollout.newReplicaSet, rollout.complete, rollout.stage, rollout.steps.every((s) => s.state === 'done')]).toStrictEqual([
      'web-6f866446fb',
      true,
      'complete',
      true,
    ]);
  });

  it('shows a paused Deployment whose template changed: no new ReplicaSet yet, Progressing Unknown/DeploymentPaused, and no deadline countdown', () => {
    const rollout = rolloutOf('web-paused', 'web');
    expect({
      paused: rollout.paused,
      newReplicaSet: rollout.newReplicaSet,
      replicaSets: rollout.replicaSets.map((r) => [r.name, r.role, r.revision, r.desired]),
      stage: rollout.stage,
      progressing: rollout.progressing,
      steps: rollout.steps,
      deadline: rollout.deadline,
      complete: rollout.complete,
    }).toStrictEqual({
      paused: true,
      newReplicaSet: null,
      replicaSets: [
        ['web-6f866446fb', 'old', 4, 4],
        ['web-56d646ff85', 'old', 3, 0],
        ['web-59659b8fdb', 'old', 2, 0],
      ],
      stage: 'paused',
      progressing: {
        type: 'Progressing',
        status: 'Unknown',
        reason: 'DeploymentPaused',
        message: 'Deployment is paused',
        lastUpdateTime: '2026-12-03T13:16:27Z',
        lastTransitionTime: '2026-12-03T13:16:27Z',
        path: 'status.conditions[1]',
      },
      steps: [
        { id: 'observe-change', state: 'done' },
        { id: 'new-replicaset', state: 'current' },
        { id: 'scale-up-new', state: 'waiting' },
        { id: 'scale-down-old', state: 'waiting' },
        { id: 'new-available', state: 'waiting' },
      ],
      deadline: { seconds: 120, from: '2026-12-03T13:16:27Z', at: null, secondsLeft: null, counting: false, exceeded: false },
      complete: false,
    });
  });

  it('marks a rollout stuck on an image that cannot be pulled as timed out at the scale-up step, with the old pods still serving', () => {
    const rollout = rolloutOf('stuck-deadline-exceeded', 'stuck');
    expect({
      stage: rollout.stage,
      steps: rollout.steps,
      deadline: rollout.deadline,
      availability: rollout.availability,
      replicaSets: rollout.replicaSets.map((r) => [r.name, r.role, r.desired, r.current, r.ready, r.available]),
      newPods: rollout.replicaSets[0]!.pods.map((p) => [p.name, p.phase, p.ready]),
    }).toStrictEqual({
      stage: 'timed-out',
      steps: [
        { id: 'observe-change', state: 'done' },
        { id: 'new-replicaset', state: 'done' },
        { id: 'scale-up-new', state: 'failed' },
        { id: 'scale-down-old', state: 'waiting' },
        { id: 'new-available', state: 'waiting' },
      ],
      deadline: { seconds: 20, from: '2026-12-03T13:18:33Z', at: null, secondsLeft: null, counting: false, exceeded: true },
      availability: { available: 2, threshold: 2, met: true },
      replicaSets: [
        ['stuck-5f7697c774', 'new', 1, 1, 0, 0],
        ['stuck-6846f7f95f', 'old', 2, 2, 2, 2],
      ],
      newPods: [['stuck-5f7697c774-46qrv', 'Pending', false]],
    });
  });

  it('says an HPA owns the replica count when its scaleTargetRef is this Deployment', () => {
    expect(rolloutOf('stuck-deadline-exceeded', 'web').hpa).toStrictEqual({ name: 'web', minReplicas: 4, maxReplicas: 8, currentReplicas: 4, desiredReplicas: 0 });
    expect(rolloutOf('stuck-deadline-exceeded', 'stuck').hpa).toBeNull();
  });

  it('notices the controller has not seen the latest spec when observedGeneration lags generation', () => {
    // The captured Deployment with generation bumped by one, as it reads between an edit and the controller's next sync.
    const rollout = rolloutOf('web-resumed', 'web', (d) => ({ ...d, metadata: { ...d.metadata, generation: (d.metadata?.generation ?? 0) + 1 } }));
    expect([rollout.generation, rollout.observedGeneration, rollout.observed, rollout.steps[0], rollout.complete]).toStrictEqual([
      8,
      7,
      false,
      { id: 'observe-change', state: 'current' },
      false,
    ]);
  });

  it("narrates explain-demo's rollout-demo from revision 1 to 2: new pods Ready, then available after minReadySeconds, old ones scaled down", () => {
    const states = ['rollout-demo-rev1', 'rollout-demo-rolling-1', 'rollout-demo-rolling-3', 'rollout-demo-rolling-4', 'rollout-demo-rolling-5', 'rollout-demo-complete'].map((capture) => {
      const r = rolloutOf(capture, 'rollout-demo');
      return {
        stage: r.stage,
        steps: r.steps.map((step) => step.state).join(' '),
        replicaSets: r.replicaSets.map((rs) => [rs.role, rs.revision, rs.desired, rs.ready, rs.available]),
        availableIn: r.replicaSets[0]!.pods.map((p) => p.availableInSeconds),
      };
    });
    expect(states).toStrictEqual([
      { stage: 'complete', steps: 'done done done done done', replicaSets: [['new', 1, 4, 4, 4]], availableIn: [null, null, null, null] },
      {
        stage: 'replicaset-updated',
        steps: 'done done current waiting waiting',
        replicaSets: [
          ['new', 2, 2, 0, 0],
          ['old', 1, 3, 3, 3],
        ],
        availableIn: [null, null],
      },
      {
        stage: 'replicaset-updated',
        steps: 'done done current waiting waiting',
        replicaSets: [
          ['new', 2, 2, 2, 0],
          ['old', 1, 3, 3, 3],
        ],
        availableIn: [8, 8],
      },
      {
        stage: 'replicaset-updated',
        steps: 'done done done current waiting',
        replicaSets: [
          ['new', 2, 4, 2, 2],
          ['old', 1, 1, 1, 1],
        ],
        availableIn: [null, null, null, null],
      },
      {
        stage: 'replicaset-updated',
        steps: 'done done done current waiting',
        replicaSets: [
          ['new', 2, 4, 4, 2],
          ['old', 1, 1, 1, 1],
        ],
        availableIn: [10, null, 10, null],
      },
      {
        stage: 'complete',
        steps: 'done done done done done',
        replicaSets: [
          ['new', 2, 4, 4, 4],
          ['old', 1, 0, 0, 0],
        ],
        availableIn: [null, null, null, null],
      },
    ]);
  });

  it('ignores the events of an earlier Deployment with the same name (another uid)', () => {
    const scaled = rolloutOf('web-rev1-complete', 'web').scaling.map((s) => s.message);
    expect(scaled).toStrictEqual(['Scaled up replica set web-6f866446fb from 0 to 4']);
  });

  it('marks a scaled ReplicaSet that no longer exists as gone', () => {
    const s = workloadSnapshot('web-rev2-rolling-2');
    const rollout = explainDeploymentRollout({
      deployment: named(s.deployments, 'web'),
      replicaSets: s.replicaSets.filter((rs) => rs.metadata?.name !== 'web-6f866446fb'),
      pods: s.pods,
      events: s.events,
      now: new Date(s.capturedAt),
    });
    expect(rollout.scaling.filter((step) => step.replicaSet === 'web-6f866446fb').map((step) => [step.role, step.revision])).toStrictEqual([
      ['gone', null],
      ['gone', null],
      ['gone', null],
      ['gone', null],
    ]);
  });
});

describe('parseScalingMessage', () => {
  it('reads the v1.36 "from N to M" form and the older "to M from N" and "to M" forms', () => {
    expect([
      parseScalingMessage('Scaled up replica set web-59659b8fdb from 1 to 2'),
      parseScalingMessage('Scaled down replica set web-6f866446fb to 1 from 3'),
      parseScalingMessage('Scaled up replica set nginx-7854ff8877 to 3'),
      parseScalingMessage('Created pod: web-1'),
    ]).toStrictEqual([
      { direction: 'up', replicaSet: 'web-59659b8fdb', from: 1, to: 2 },
      { direction: 'down', replicaSet: 'web-6f866446fb', from: 3, to: 1 },
      { direction: 'up', replicaSet: 'nginx-7854ff8877', from: null, to: 3 },
      null,
    ]);
  });
});
