import { describe, expect, it } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { normalizeEvents } from '../../explain/pod-events';
import { explainReplicaSet } from '../../explain/workloads/replicaset';
import { named, workloadSnapshot, type WorkloadSnapshot } from '../../testing/workload-capture';
import { healingStory, type HealingStory } from './replicaset-healing';

const RS = 'web-64d544fcbb';

function storyOf(s: WorkloadSnapshot, at = new Date(s.capturedAt)): HealingStory {
  const replicaSet = named(s.replicaSets, RS);
  const x = explainReplicaSet({ replicaSet, pods: s.pods, events: s.events, now: at });
  const owned = s.pods.filter((p) => p.metadata?.ownerReferences?.some((r) => r.controller && r.uid === replicaSet.metadata?.uid));
  return healingStory(x, owned, normalizeEvents(s.events), s.pods);
}

const RELEASED_7JQKD = {
  lost: { pod: 'web-64d544fcbb-7jqkd', at: null, state: 'released', evidence: ['events[reason=SuccessfulCreate].message', 'pods[web-64d544fcbb-7jqkd].metadata.ownerReferences'] },
  replacement: null,
} as const;

const GONE_4L96F = {
  pod: 'web-64d544fcbb-4l96f',
  at: '2026-12-03T13:25:47Z',
  state: 'gone',
  evidence: ['events[reason=SuccessfulCreate].message', 'events[involvedObject.name=web-64d544fcbb-4l96f,reason=Killing]'],
} as const;

describe('healingStory', () => {
  it('tells a pod deleted with kubectl delete pod and the replacement the ReplicaSet created the same second', () => {
    // hf-capture 2 s after `kubectl delete pod web-64d544fcbb-4l96f`.
    expect(storyOf(workloadSnapshot('rs-self-heal'))).toStrictEqual({
      replacements: [{ lost: GONE_4L96F, replacement: { pod: 'web-64d544fcbb-f8m2f', at: '2026-12-03T13:25:47Z', basis: 'event', state: 'ready' } }],
      deletedByReplicaSet: [],
    });
  });

  it('tells a pod the ReplicaSet deleted itself (one too many after adopting a stray) apart from a pod someone else deleted', () => {
    // Captured after rs-orphaned: the pod released there is still told, first since its time is unknown.
    expect(storyOf(workloadSnapshot('rs-adopted-stray'))).toStrictEqual({
      replacements: [RELEASED_7JQKD, { lost: GONE_4L96F, replacement: { pod: 'web-64d544fcbb-f8m2f', at: '2026-12-03T13:25:47Z', basis: 'event', state: 'available' } }],
      deletedByReplicaSet: [{ pod: 'stray', at: '2026-12-03T13:29:05Z' }],
    });
  });

  it('tells a pod relabelled out of the selector as released, without guessing which pod replaced it', () => {
    expect(storyOf(workloadSnapshot('rs-orphaned'))).toStrictEqual({
      replacements: [RELEASED_7JQKD, { lost: GONE_4L96F, replacement: { pod: 'web-64d544fcbb-f8m2f', at: '2026-12-03T13:25:47Z', basis: 'event', state: 'available' } }],
      deletedByReplicaSet: [],
    });
  });

  it('tells a pod still terminating from its deletion request, with no replacement until the ReplicaSet creates one', () => {
    // rs-self-heal as it read between the delete and the controller's sync: 4l96f (from an earlier capture) terminating, f8m2f not yet created.
    const s = workloadSnapshot('rs-self-heal');
    const earlier = named(workloadSnapshot('stuck-deadline-exceeded').pods, 'web-64d544fcbb-4l96f');
    const terminating: V1Pod = { ...earlier, metadata: { ...earlier.metadata, deletionTimestamp: new Date('2026-12-03T13:26:17Z'), deletionGracePeriodSeconds: 30 } };
    const pods = [...s.pods.filter((p) => p.metadata?.name !== 'web-64d544fcbb-f8m2f'), terminating];
    const events = s.events.filter((e) => !(e.message ?? '').includes('f8m2f') && !(e.involvedObject.name === 'web-64d544fcbb-4l96f' && e.reason === 'Killing'));
    expect(storyOf({ ...s, pods, events }, new Date('2026-12-03T13:25:48Z'))).toStrictEqual({
      replacements: [
        {
          lost: { pod: 'web-64d544fcbb-4l96f', at: '2026-12-03T13:25:47Z', state: 'terminating', evidence: ['pods[web-64d544fcbb-4l96f].metadata.deletionTimestamp'] },
          replacement: null,
        },
      ],
      deletedByReplicaSet: [],
    });
  });

  it('falls back to the replacement pod\'s creationTimestamp when its SuccessfulCreate event is not there', () => {
    const s = workloadSnapshot('rs-self-heal');
    const events = s.events.filter((e) => !(e.reason === 'SuccessfulCreate' && (e.message ?? '').endsWith('f8m2f')));
    expect(storyOf({ ...s, events }).replacements).toStrictEqual([
      { lost: GONE_4L96F, replacement: { pod: 'web-64d544fcbb-f8m2f', at: '2026-12-03T13:25:47Z', basis: 'pod', state: 'ready' } },
    ]);
  });

  it('tells nothing for a ReplicaSet that lost no pod, and lists what it scaled down itself', () => {
    const demo = workloadSnapshot('explain-demo-workloads');
    const rs = named(demo.replicaSets, 'web-569b4d9d45');
    const x = explainReplicaSet({ replicaSet: rs, pods: demo.pods, events: demo.events, now: new Date(demo.capturedAt) });
    expect(healingStory(x, [], normalizeEvents(demo.events))).toStrictEqual({ replacements: [], deletedByReplicaSet: [] });
    const done = workloadSnapshot('rs-self-heal');
    const old = named(done.replicaSets, 'web-56d646ff85');
    const ox = explainReplicaSet({ replicaSet: old, pods: done.pods, events: done.events, now: new Date(done.capturedAt) });
    expect(healingStory(ox, [], normalizeEvents(done.events))).toStrictEqual({
      replacements: [],
      deletedByReplicaSet: [
        { pod: 'web-56d646ff85-2gcg6', at: '2026-12-03T13:15:37Z' },
        { pod: 'web-56d646ff85-kjqdp', at: '2026-12-03T13:15:24Z' },
        { pod: 'web-56d646ff85-tfgm8', at: '2026-12-03T13:15:24Z' },
        { pod: 'web-56d646ff85-n5jxt', at: '2026-12-03T13:15:11Z' },
      ],
    });
  });
});
