import { describe, expect, it } from 'vitest';
import { explainDeploymentRollout } from '../explain/workloads/deployment-rollout';
import { named, workloadSnapshot } from '../testing/workload-capture';
import { deploymentStory, type StoryEntry } from './deployment-story';

function storyOf(capture: string, name: string): StoryEntry[] {
  const s = workloadSnapshot(capture);
  return deploymentStory(
    explainDeploymentRollout({ deployment: named(s.deployments, name), replicaSets: s.replicaSets, pods: s.pods, events: s.events, hpas: s.hpas, now: new Date(s.capturedAt) }),
  );
}

type Ref = NonNullable<StoryEntry['replicaSet']>;
const plain = { detail: null, quote: null, count: 1 } as const;
const created = (at: string, rs: Ref, hash: string, revision: number): StoryEntry => ({
  at,
  kind: 'replicaset-created',
  replicaSet: rs,
  text: { key: 'deploy.story.created', params: { rs: rs.name, hash, revision } },
  ...plain,
  tone: 'info',
});
const scaled = (at: string, rs: Ref, direction: 'up' | 'down', from: number, to: number): StoryEntry => ({
  at,
  kind: 'scaled',
  replicaSet: rs,
  text: { key: direction === 'up' ? 'deploy.story.scaledUp' : 'deploy.story.scaledDown', params: { rs: rs.name, from, to } },
  ...plain,
  tone: 'info',
});
const ready = (at: string, rs: Ref, pod: string): StoryEntry => ({ at, kind: 'pod-ready', replicaSet: rs, text: { key: 'deploy.story.podReady', params: { pod } }, ...plain, tone: 'info' });
const available = (at: string, rs: Ref, pod: string, seconds: number): StoryEntry => ({
  at,
  kind: 'pod-available',
  replicaSet: rs,
  text: { key: 'deploy.story.podAvailable', params: { pod, seconds } },
  ...plain,
  tone: 'ok',
});
const minimumAvailable = (at: string): StoryEntry => ({
  at,
  kind: 'available',
  replicaSet: null,
  text: { key: 'deploy.story.condition', params: { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' } },
  detail: { key: 'deploy.reason.MinimumReplicasAvailable', params: {} },
  quote: 'Deployment has minimum availability.',
  count: 1,
  tone: 'ok',
});

describe('deploymentStory', () => {
  it('tells rollout-demo’s rolling update in causal order: new ReplicaSet, scale steps, pods Ready then available after minReadySeconds, done', () => {
    const r1: Ref = { name: 'rollout-demo-5dc85f8597', revision: 1, role: 'old' };
    const r2: Ref = { name: 'rollout-demo-6cd7b545c8', revision: 2, role: 'new' };
    const pod = (s: string) => `rollout-demo-6cd7b545c8-${s}`;
    expect(storyOf('rollout-demo-complete', 'rollout-demo')).toStrictEqual([
      created('2026-12-03T13:36:12Z', r1, '5dc85f8597', 1),
      scaled('2026-12-03T13:36:12Z', r1, 'up', 0, 4),
      minimumAvailable('2026-12-03T13:36:16Z'),
      created('2026-12-03T13:36:28Z', r2, '6cd7b545c8', 2),
      // maxSurge 1: one new pod; maxUnavailable 1: one old pod may go at once, which makes room for a second new one.
      scaled('2026-12-03T13:36:28Z', r2, 'up', 0, 1),
      scaled('2026-12-03T13:36:28Z', r1, 'down', 4, 3),
      scaled('2026-12-03T13:36:28Z', r2, 'up', 1, 2),
      ready('2026-12-03T13:36:45Z', r2, pod('bk2sk')),
      ready('2026-12-03T13:36:45Z', r2, pod('z7d8b')),
      // Available 10 s after Ready, and at that moment the controller takes the next step.
      available('2026-12-03T13:36:55Z', r2, pod('bk2sk'), 10),
      available('2026-12-03T13:36:55Z', r2, pod('z7d8b'), 10),
      scaled('2026-12-03T13:36:55Z', r1, 'down', 3, 1),
      scaled('2026-12-03T13:36:55Z', r2, 'up', 2, 4),
      ready('2026-12-03T13:37:12Z', r2, pod('2skhr')),
      ready('2026-12-03T13:37:12Z', r2, pod('knxsg')),
      available('2026-12-03T13:37:22Z', r2, pod('2skhr'), 10),
      available('2026-12-03T13:37:22Z', r2, pod('knxsg'), 10),
      scaled('2026-12-03T13:37:22Z', r1, 'down', 1, 0),
      {
        at: '2026-12-03T13:37:22Z',
        kind: 'progressing',
        replicaSet: null,
        text: { key: 'deploy.story.condition', params: { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' } },
        detail: { key: 'deploy.reason.NewReplicaSetAvailable', params: {} },
        quote: 'ReplicaSet "rollout-demo-6cd7b545c8" has successfully progressed.',
        count: 1,
        tone: 'ok',
      },
    ]);
  });

  it('ends a stuck rollout on Progressing False with ProgressDeadlineExceeded, in the controller’s words', () => {
    const r1: Ref = { name: 'stuck-rollout-6d8494ff65', revision: 1, role: 'old' };
    const r2: Ref = { name: 'stuck-rollout-589595585b', revision: 2, role: 'new' };
    expect(storyOf('stuck-rollout-deadline-exceeded', 'stuck-rollout')).toStrictEqual([
      created('2026-12-03T13:31:00Z', r1, '6d8494ff65', 1),
      scaled('2026-12-03T13:31:00Z', r1, 'up', 0, 3),
      minimumAvailable('2026-12-03T13:31:02Z'),
      created('2026-12-03T13:31:08Z', r2, '589595585b', 2),
      scaled('2026-12-03T13:31:08Z', r2, 'up', 0, 1),
      {
        at: '2026-12-03T13:31:39Z',
        kind: 'progressing',
        replicaSet: null,
        text: { key: 'deploy.story.condition', params: { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' } },
        detail: { key: 'deploy.reason.ProgressDeadlineExceeded', params: {} },
        quote: 'ReplicaSet "stuck-rollout-589595585b" has timed out progressing.',
        count: 1,
        tone: 'bad',
      },
    ]);
  });

  it('tells the ReplicaSet an undo reused as created under its first revision, while tagging its steps with the number it has now', () => {
    // hf-capture/web after kubectl rollout undo --to-revision=1: web-6f866446fb is revision 4 with revision-history 1.
    const story = storyOf('web-undo-complete', 'web');
    expect(story.slice(0, 2)).toStrictEqual([
      created('2026-12-03T13:12:11Z', { name: 'web-6f866446fb', revision: 4, role: 'new' }, '6f866446fb', 1),
      scaled('2026-12-03T13:12:11Z', { name: 'web-6f866446fb', revision: 4, role: 'new' }, 'up', 0, 4),
    ]);
    expect(story.map((e) => [e.kind, e.at])).toStrictEqual([
      ['replicaset-created', '2026-12-03T13:12:11Z'],
      ['scaled', '2026-12-03T13:12:11Z'],
      ['available', '2026-12-03T13:12:26Z'],
      ['replicaset-created', '2026-12-03T13:13:06Z'],
      ['scaled', '2026-12-03T13:13:06Z'],
      ['scaled', '2026-12-03T13:13:06Z'],
      ['scaled', '2026-12-03T13:13:06Z'],
      ['scaled', '2026-12-03T13:13:20Z'],
      ['scaled', '2026-12-03T13:13:20Z'],
      ['scaled', '2026-12-03T13:13:34Z'],
      ['replicaset-created', '2026-12-03T13:14:25Z'],
      ['scaled', '2026-12-03T13:14:25Z'],
      ['scaled', '2026-12-03T13:14:25Z'],
      ['pod-ready', '2026-12-03T13:15:12Z'],
      ['pod-ready', '2026-12-03T13:15:12Z'],
      ['pod-available', '2026-12-03T13:15:24Z'],
      ['pod-available', '2026-12-03T13:15:24Z'],
      ['pod-ready', '2026-12-03T13:15:25Z'],
      ['pod-ready', '2026-12-03T13:15:26Z'],
      ['pod-available', '2026-12-03T13:15:37Z'],
      ['pod-available', '2026-12-03T13:15:38Z'],
      ['progressing', '2026-12-03T13:15:38Z'],
    ]);
  });
});
