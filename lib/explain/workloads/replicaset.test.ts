import { describe, expect, it } from 'vitest';
import type { V1ReplicaSet } from '@kubernetes/client-node';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { explainReplicaSet, type ReplicaSetExplanation } from './replicaset';

function explainIn(capture: string, name: string, edit?: { replicaSet?: (rs: V1ReplicaSet) => V1ReplicaSet; dropPod?: string }): ReplicaSetExplanation {
  const s = workloadSnapshot(capture);
  const rs = named(s.replicaSets, name);
  return explainReplicaSet({
    replicaSet: edit?.replicaSet ? edit.replicaSet(rs) : rs,
    pods: s.pods.filter((p) => p.metadata?.name !== edit?.dropPod),
    events: s.events,
    now: new Date(s.capturedAt),
  });
}

describe('explainReplicaSet', () => {
  it('shows the selector with pod-template-hash, the owner Deployment, its pods, and the replacement it created after a pod was deleted', () => {
    // hf-capture 2 s after `kubectl delete pod web-64d544fcbb-4l96f`: the creation event of 4l96f remains, the pod is gone, f8m2f replaced it.
    const want: ReplicaSetExplanation = {
      name: 'web-64d544fcbb',
      namespace: 'hf-capture',
      uid: '511ab7ff-2a96-432f-b53b-fdfe29b45ecd',
      owner: { kind: 'Deployment', name: 'web', uid: '3f09c00f-8370-46eb-b1db-d1dbe1100c61' },
      revision: 5,
      podTemplateHash: '64d544fcbb',
      selector: {
        text: 'app=web,pod-template-hash=64d544fcbb',
        requirements: [ { key: 'app', operator: '=', values: [ 'web' ] }, { key: 'pod-template-hash', operator: '=', values: [ '64d544fcbb' ] } ],
        error: null
      },
      minReadySeconds: 12,
      desired: 4,
      current: 4,
      ready: 4,
      available: 3,
      fullyLabeled: 4,
      activePods: 4,
      action: { kind: 'none', count: 0 },
      observed: true,
      pods: [
        {
          name: 'web-64d544fcbb-7jqkd',
          uid: '65987cf3-b225-45d8-88ad-5142c70e84eb',
          phase: 'Running',
          nodeName: 'sandbox-worker2',
          ready: true,
          available: true,
          readySince: '2026-12-03T13:17:13Z',
          availableInSeconds: null,
          terminating: false,
          createdAt: '2026-12-03T13:17:11Z'
        },
        {
          name: 'web-64d544fcbb-f8m2f',
          uid: '5c9a3796-2cb7-4301-bc70-eb49e3353216',
          phase: 'Running',
          nodeName: 'sandbox-worker2',
          ready: true,
          available: false,
          readySince: '2026-12-03T13:25:50Z',
          availableInSeconds: 12,
          terminating: false,
          createdAt: '2026-12-03T13:25:47Z'
        },
        {
          name: 'web-64d544fcbb-g74cj',
          uid: '713d4e4a-ca4a-4f80-9dff-5391a4a0e0b4',
          phase: 'Running',
          nodeName: 'sandbox-worker',
          ready: true,
          available: true,
          readySince: '2026-12-03T13:17:00Z',
          availableInSeconds: null,
          terminating: false,
          createdAt: '2026-12-03T13:16:57Z'
        },
        {
          name: 'web-64d544fcbb-pbz57',
          uid: 'fa218afa-10d1-4688-8134-aaad689e945b',
          phase: 'Running',
          nodeName: 'sandbox-worker',
          ready: true,
          available: true,
          readySince: '2026-12-03T13:17:14Z',
          availableInSeconds: null,
          terminating: false,
          createdAt: '2026-12-03T13:17:12Z'
        }
      ],
      matchingNotOwned: [],
      history: [
        {
          at: '2026-12-03T13:16:57Z',
          count: 1,
          message: 'Created pod: web-64d544fcbb-4l96f',
          action: 'created',
          pod: 'web-64d544fcbb-4l96f',
          stillExists: false
        },
        {
          at: '2026-12-03T13:16:57Z',
          count: 1,
          message: 'Created pod: web-64d544fcbb-g74cj',
          action: 'created',
          pod: 'web-64d544fcbb-g74cj',
          stillExists: true
        },
        {
          at: '2026-12-03T13:17:11Z',
          count: 1,
          message: 'Created pod: web-64d544fcbb-7jqkd',
          action: 'created',
          pod: 'web-64d544fcbb-7jqkd',
          stillExists: true
        },
        {
          at: '2026-12-03T13:17:12Z',
          count: 1,
          message: 'Created pod: web-64d544fcbb-pbz57',
          action: 'created',
          pod: 'web-64d544fcbb-pbz57',
          stillExists: true
        },
        {
          at: '2026-12-03T13:25:47Z',
          count: 1,
          message: 'Created pod: web-64d544fcbb-f8m2f',
          action: 'created',
          pod: 'web-64d544fcbb-f8m2f',
          stillExists: true
        }
      ],
      replicaFailure: null
    };
    expect(explainIn('rs-self-heal', 'web-64d544fcbb')).toStrictEqual(want);
  });

  it('creates a pod when it counts fewer active pods than spec.replicas', () => {
    // The same capture without the replacement pod: the moment between the delete and the controller's next sync.
    const rs = explainIn('rs-self-heal', 'web-64d544fcbb', { dropPod: 'web-64d544fcbb-f8m2f' });
    expect([rs.desired, rs.activePods, rs.action]).toStrictEqual([4, 3, { kind: 'create', count: 1 }]);
  });

  it('deletes pods when spec.replicas drops below the active pods', () => {
    const rs = explainIn('rs-self-heal', 'web-64d544fcbb', { replicaSet: (r) => ({ ...r, spec: { ...r.spec!, replicas: 3 } }) });
    expect(rs.action).toStrictEqual({ kind: 'delete', count: 1 });
  });

  it('narrates adopting a stray pod that matched its selector and deleting it as one too many', () => {
    const history = explainIn('rs-adopted-stray', 'web-64d544fcbb').history;
    expect(history.slice(-2).map((h) => [h.action, h.pod, h.stillExists])).toStrictEqual([
      ['created', 'web-64d544fcbb-zc2jx', true],
      ['deleted', 'stray', null],
    ]);
  });

  it('lets go of a pod relabelled out of its selector and replaces it', () => {
    const rs = explainIn('rs-orphaned', 'web-64d544fcbb');
    const orphan = workloadSnapshot('rs-orphaned').pods.find((p) => p.metadata?.name === 'web-64d544fcbb-7jqkd');
    expect([orphan?.metadata?.labels?.app, orphan?.metadata?.ownerReferences, rs.pods.map((p) => p.name), rs.matchingNotOwned]).toStrictEqual([
      'debug-copy',
      undefined,
      ['web-64d544fcbb-f8m2f', 'web-64d544fcbb-g74cj', 'web-64d544fcbb-pbz57', 'web-64d544fcbb-zc2jx'],
      [],
    ]);
  });

  it('lists a pod its selector matches but that no controller owns (one it would adopt)', () => {
    const s = workloadSnapshot('rs-orphaned');
    // The orphan with its app label put back, as it would read just before the ReplicaSet adopts it.
    const pods = s.pods.map((p) =>
      p.metadata?.name === 'web-64d544fcbb-7jqkd' ? { ...p, metadata: { ...p.metadata, labels: { ...p.metadata?.labels, app: 'web' } } } : p,
    );
    const rs = explainReplicaSet({ replicaSet: named(s.replicaSets, 'web-64d544fcbb'), pods, events: s.events, now: new Date(s.capturedAt) });
    expect(rs.matchingNotOwned).toStrictEqual([{ name: 'web-64d544fcbb-7jqkd', owner: null }]);
  });

  it('wants to create pods a ResourceQuota keeps rejecting, and shows the FailedCreate events and the ReplicaFailure condition', () => {
    const rs = explainIn('deploy-quota', 'quota-hit-9f9dcfdbc');
    expect({
      action: rs.action,
      failures: rs.history.filter((h) => h.action === 'create-failed').map((h) => h.count),
      replicaFailure: rs.replicaFailure,
    }).toStrictEqual({
      action: { kind: 'create', count: 2 },
      failures: [1, 1, 1, 1, 1, 1, 1, 1, 1, 6],
      replicaFailure: {
        reason: 'FailedCreate',
        message: 'pods "quota-hit-9f9dcfdbc-s8ps2" is forbidden: exceeded quota: five-pods, requested: pods=1, used: pods=5, limited: pods=5',
      },
    });
  });
});
