import { describe, expect, it } from 'vitest';
import { explainDeploymentRollout } from '../explain/workloads/deployment-rollout';
import { named, workloadSnapshot } from '../testing/workload-capture';
import { deploymentHistory, type DeploymentHistory } from './deployment-history';

function historyOf(capture: string, name: string): DeploymentHistory {
  const s = workloadSnapshot(capture);
  return deploymentHistory(
    explainDeploymentRollout({ deployment: named(s.deployments, name), replicaSets: s.replicaSets, pods: s.pods, events: s.events, hpas: s.hpas, now: new Date(s.capturedAt) }),
  );
}

describe('deploymentHistory', () => {
  it('lists the revisions newest first, each diffed against the next older one kept, with the undo that a reused ReplicaSet came from', () => {
    // hf-capture/web: no revision 1 any more, the undo renumbered its ReplicaSet to revision 4 (revision-history: 1).
    expect(historyOf('web-undo-complete', 'web')).toStrictEqual({
      revisions: [
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
          diffFrom: 3,
          changes: [
            { kind: 'image', container: 'web', field: 'image', before: 'nginx:1.28', after: 'nginx:1.27', path: 'spec.template.spec.containers[0].image' },
            { kind: 'env', container: 'web', field: 'env.LOG_LEVEL', before: 'debug', after: 'info', path: 'spec.template.spec.containers[0].env' },
            { kind: 'resources', container: 'web', field: 'resources.limits.memory', before: '256Mi', after: '128Mi', path: 'spec.template.spec.containers[0].resources.limits' },
            {
              kind: 'annotation',
              container: null,
              field: 'metadata.annotations.kubectl.kubernetes.io/restartedAt',
              before: '2026-12-03T13:14:25Z',
              after: null,
              path: 'spec.template.metadata.annotations',
            },
          ],
          commands: { history: 'kubectl rollout history deployment/web -n hf-capture --revision=4', undo: null },
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
          diffFrom: 2,
          // kubectl rollout restart: only the restartedAt annotation differs.
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
          commands: {
            history: 'kubectl rollout history deployment/web -n hf-capture --revision=3',
            undo: 'kubectl rollout undo deployment/web -n hf-capture --to-revision=3',
          },
        },
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
          diffFrom: null,
          changes: [],
          commands: {
            history: 'kubectl rollout history deployment/web -n hf-capture --revision=2',
            undo: 'kubectl rollout undo deployment/web -n hf-capture --to-revision=2',
          },
        },
      ],
      list: 'kubectl rollout history deployment/web -n hf-capture',
    });
  });

  it('has one revision with nothing to diff or undo to for a Deployment never updated', () => {
    expect(historyOf('rollout-demo-rev1', 'rollout-demo')).toStrictEqual({
      revisions: [
        {
          revision: 1,
          replicaSet: 'rollout-demo-5dc85f8597',
          podTemplateHash: '5dc85f8597',
          createdAt: '2026-12-03T13:36:12Z',
          current: true,
          replicas: 4,
          images: ['nginx:1.27'],
          changeCause: null,
          previousRevisions: [],
          diffFrom: null,
          changes: [],
          commands: { history: 'kubectl rollout history deployment/rollout-demo -n hh-scratch --revision=1', undo: null },
        },
      ],
      list: 'kubectl rollout history deployment/rollout-demo -n hh-scratch',
    });
  });
});
