import { describe, expect, it } from 'vitest';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { explainStatefulSet, type StatefulSetExplanation } from './statefulset';

function explainIn(capture: string, name: string): StatefulSetExplanation {
  const s = workloadSnapshot(capture);
  return explainStatefulSet({ statefulSet: named(s.statefulSets, name), pods: s.pods, pvcs: s.pvcs, services: s.services, now: new Date(s.capturedAt) });
}

describe('explainStatefulSet', () => {
  it('holds kv-1 and kv-2 back while kv-0 is Ready but not yet available for minReadySeconds (OrderedReady), with stable pod and DNS names', () => {
    // hf-capture/kv 5 s after creation: minReadySeconds 10, headless Service kv.
    const want: StatefulSetExplanation = {
      name: 'kv',
      namespace: 'hf-capture',
      uid: 'ad5e77c7-a9fe-431a-8dc2-b826f510b74f',
      serviceName: 'kv',
      service: { exists: true, headless: true },
      podManagementPolicy: 'OrderedReady',
      replicas: 3,
      startOrdinal: 0,
      minReadySeconds: 10,
      updateStrategy: { type: 'RollingUpdate', partition: 0, maxUnavailable: null },
      status: {
        replicas: 1,
        readyReplicas: 1,
        availableReplicas: 0,
        currentReplicas: 1,
        updatedReplicas: 1,
        currentRevision: 'kv-66db85c9f7',
        updateRevision: 'kv-66db85c9f7'
      },
      updating: false,
      observed: true,
      ordinals: [
        {
          ordinal: 0,
          podName: 'kv-0',
          dnsName: 'kv-0.kv.hf-capture.svc.cluster.local',
          pod: {
            name: 'kv-0',
            uid: '51de58bc-12cd-44b4-84c6-5943e7d341bf',
            phase: 'Running',
            nodeName: 'sandbox-worker',
            ready: true,
            available: false,
            readySince: '2026-12-03T13:19:42Z',
            availableInSeconds: 6,
            terminating: false,
            createdAt: '2026-12-03T13:19:41Z'
          },
          state: 'not-available',
          revision: 'kv-66db85c9f7',
          updated: true,
          belowPartition: false,
          blocking: true,
          claims: []
        },
        {
          ordinal: 1,
          podName: 'kv-1',
          dnsName: 'kv-1.kv.hf-capture.svc.cluster.local',
          pod: null,
          state: 'missing',
          revision: null,
          updated: null,
          belowPartition: false,
          blocking: false,
          claims: []
        },
        {
          ordinal: 2,
          podName: 'kv-2',
          dnsName: 'kv-2.kv.hf-capture.svc.cluster.local',
          pod: null,
          state: 'missing',
          revision: null,
          updated: null,
          belowPartition: false,
          blocking: false,
          claims: []
        }
      ],
      blockedAt: { ordinal: 0, podName: 'kv-0', state: 'not-available' },
      condemned: [],
      volumeClaimTemplates: [],
      pvcRetention: { whenDeleted: 'Retain', whenScaled: 'Retain' }
    };
    expect(explainIn('sts-starting', 'kv')).toStrictEqual(want);
  });

  it("follows explain-demo's db starting in order: each ordinal waits for the one before to be Ready", () => {
    const steps = ['db-ordered-1', 'db-ordered-2', 'db-ordered-3', 'db-ordered-4'].map((capture) => {
      const db = explainIn(capture, 'db');
      return [db.blockedAt, db.ordinals.map((o) => o.state)];
    });
    expect(steps).toStrictEqual([
      [{ ordinal: 0, podName: 'db-0', state: 'not-ready' }, ['not-ready', 'missing', 'missing']],
      [{ ordinal: 1, podName: 'db-1', state: 'pending' }, ['available', 'pending', 'missing']],
      [{ ordinal: 2, podName: 'db-2', state: 'pending' }, ['available', 'available', 'pending']],
      [null, ['available', 'available', 'available']],
    ]);
  });

  it('blocks on ordinal 0 whose claim from the volumeClaimTemplate stays Pending, and names the claim <template>-<set>-<ordinal>', () => {
    const vol = explainIn('sts-starting', 'vol');
    expect({
      blockedAt: vol.blockedAt,
      claims: vol.ordinals.map((o) => o.claims),
      templates: vol.volumeClaimTemplates,
      service: vol.service,
    }).toStrictEqual({
      blockedAt: { ordinal: 0, podName: 'vol-0', state: 'pending' },
      claims: [[{ template: 'data', name: 'data-vol-0', phase: 'Pending' }], [{ template: 'data', name: 'data-vol-1', phase: null }]],
      templates: [{ name: 'data', storageClassName: null, accessModes: ['ReadWriteOnce'], storage: '1Gi' }],
      service: { exists: false, headless: false },
    });
  });

  it('does not block with Parallel pod management although no pod is available yet', () => {
    const par = explainIn('sts-starting', 'par');
    expect([par.podManagementPolicy, par.blockedAt, par.ordinals.map((o) => o.state)]).toStrictEqual([
      'Parallel',
      null,
      ['not-available', 'not-available', 'not-available'],
    ]);
  });

  it('updates only the ordinals at or above the partition and leaves the others on the current revision', () => {
    const kv = explainIn('sts-partition', 'kv');
    expect({
      strategy: kv.updateStrategy,
      updating: kv.updating,
      revisions: [kv.status.currentRevision, kv.status.updateRevision],
      ordinals: kv.ordinals.map((o) => [o.podName, o.revision, o.updated, o.belowPartition]),
    }).toStrictEqual({
      strategy: { type: 'RollingUpdate', partition: 2, maxUnavailable: null },
      updating: true,
      revisions: ['kv-66db85c9f7', 'kv-56677c567'],
      ordinals: [
        ['kv-0', 'kv-66db85c9f7', false, true],
        ['kv-1', 'kv-66db85c9f7', false, true],
        ['kv-2', 'kv-56677c567', true, false],
      ],
    });
  });

  it("lists pods above the ordinal range as condemned after a scale-down, highest first", () => {
    const s = workloadSnapshot('sts-partition');
    const par = named(s.statefulSets, 'par');
    // par scaled from 3 to 1 in spec, before the controller removed par-2 and par-1.
    const scaled = explainStatefulSet({ statefulSet: { ...par, spec: { ...par.spec!, replicas: 1 } }, pods: s.pods, now: new Date(s.capturedAt) });
    expect([scaled.ordinals.map((o) => o.podName), scaled.condemned]).toStrictEqual([['par-0'], ['par-2', 'par-1']]);
  });
});
