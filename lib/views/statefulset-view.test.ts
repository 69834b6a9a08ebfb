import { describe, expect, it } from 'vitest';
import { explainStatefulSet } from '../explain/workloads/statefulset';
import { named, workloadSnapshot } from '../testing/workload-capture';
import { statefulSetView, type OrdinalRow, type StatefulSetView } from './statefulset-view';

function viewOf(capture: string, name: string): StatefulSetView {
  const s = workloadSnapshot(capture);
  return statefulSetView(explainStatefulSet({ statefulSet: named(s.statefulSets, name), pods: s.pods, pvcs: s.pvcs, services: s.services, now: new Date(s.capturedAt) }));
}

/** An ordinal whose pod runs and is available, on the one revision. */
function availableRow(set: string, ordinal: number, namespace: string, node: string, revision: string): OrdinalRow {
  return {
    ordinal,
    podName: `${set}-${ordinal}`,
    dnsName: `${set}-${ordinal}.${set}.${namespace}.svc.cluster.local`,
    exists: true,
    phase: 'Running',
    nodeName: node,
    state: 'available',
    availableAt: null,
    revision,
    updated: true,
    belowPartition: false,
    blocking: false,
    waitsFor: null,
    why: { key: 'sts.why.available', params: {} },
    claims: [],
  };
}

describe('statefulSetView', () => {
  it('shows OrderedReady start-up held at db-1: db-0 available, db-1 Pending and blocking, db-2 not created until db-1 is Ready', () => {
    // scenario 13 (db, 3 replicas, headless Service db) 8 s after creation.
    expect(viewOf('db-ordered-2', 'db')).toStrictEqual({
      ordinals: [
        availableRow('db', 0, 'hh-scratch', 'hh-kwok-test', 'db-5f4f645758'),
        {
          ordinal: 1,
          podName: 'db-1',
          dnsName: 'db-1.db.hh-scratch.svc.cluster.local',
          exists: true,
          phase: 'Pending',
          nodeName: 'hh-kwok-test',
          state: 'pending',
          availableAt: null,
          revision: 'db-5f4f645758',
          updated: true,
          belowPartition: false,
          blocking: true,
          waitsFor: null,
          why: { key: 'sts.why.blockingPending', params: { pod: 'db-1' } },
          claims: [],
        },
        {
          ordinal: 2,
          podName: 'db-2',
          dnsName: 'db-2.db.hh-scratch.svc.cluster.local',
          exists: false,
          phase: null,
          nodeName: null,
          state: 'missing',
          availableAt: null,
          revision: null,
          updated: null,
          belowPartition: false,
          blocking: false,
          waitsFor: { ordinal: 1, podName: 'db-1' },
          why: { key: 'sts.why.waitsMissing', params: { pod: 'db-2', blocker: 'db-1' } },
          claims: [],
        },
      ],
      policy: [
        { key: 'sts.policy.orderedReady', params: {} },
        { key: 'sts.policy.blockedAt', params: { pod: 'db-1', ordinal: 1 } },
      ],
      update: [
        { key: 'sts.update.rolling', params: {} },
        { key: 'sts.update.upToDate', params: { revision: 'db-5f4f645758' } },
      ],
      service: { key: 'sts.service.headless', params: { name: 'db', namespace: 'hh-scratch' } },
      storage: [{ key: 'sts.storage.none', params: {} }],
      notes: [],
    });
  });

  it('shows the claim each ordinal gets from the volumeClaimTemplate, whether created yet, and the missing governing Service', () => {
    // hf-capture/vol: template data, no storage class, so data-vol-0 is Pending and vol-0 cannot be scheduled.
    expect(viewOf('sts-starting', 'vol')).toStrictEqual({
      ordinals: [
        {
          ordinal: 0,
          podName: 'vol-0',
          dnsName: 'vol-0.vol.hf-capture.svc.cluster.local',
          exists: true,
          phase: 'Pending',
          nodeName: null,
          state: 'pending',
          availableAt: null,
          revision: 'vol-6c6b54d544',
          updated: true,
          belowPartition: false,
          blocking: true,
          waitsFor: null,
          why: { key: 'sts.why.blockingPending', params: { pod: 'vol-0' } },
          claims: [{ template: 'data', name: 'data-vol-0', phase: 'Pending' }],
        },
        {
          ordinal: 1,
          podName: 'vol-1',
          dnsName: 'vol-1.vol.hf-capture.svc.cluster.local',
          exists: false,
          phase: null,
          nodeName: null,
          state: 'missing',
          availableAt: null,
          revision: null,
          updated: null,
          belowPartition: false,
          blocking: false,
          waitsFor: { ordinal: 0, podName: 'vol-0' },
          why: { key: 'sts.why.waitsMissing', params: { pod: 'vol-1', blocker: 'vol-0' } },
          claims: [{ template: 'data', name: 'data-vol-1', phase: null }],
        },
      ],
      policy: [
        { key: 'sts.policy.orderedReady', params: {} },
        { key: 'sts.policy.blockedAt', params: { pod: 'vol-0', ordinal: 0 } },
      ],
      update: [
        { key: 'sts.update.rolling', params: {} },
        { key: 'sts.update.upToDate', params: { revision: 'vol-6c6b54d544' } },
      ],
      service: { key: 'sts.service.missing', params: { name: 'vol' } },
      storage: [
        { key: 'sts.storage.templates', params: { set: 'vol' } },
        { key: 'sts.storage.retention', params: { whenDeleted: 'Retain', whenScaled: 'Retain' } },
      ],
      notes: [],
    });
  });

  it('shows Parallel pods all started at once, each Ready and counting down minReadySeconds to available', () => {
    const row = (ordinal: number, node: string, at: string): OrdinalRow => ({
      ordinal,
      podName: `par-${ordinal}`,
      dnsName: `par-${ordinal}.par.hf-capture.svc.cluster.local`,
      exists: true,
      phase: 'Running',
      nodeName: node,
      state: 'not-available',
      availableAt: at,
      revision: 'par-d98647c8d',
      updated: true,
      belowPartition: false,
      blocking: false,
      waitsFor: null,
      why: { key: 'sts.why.notAvailable', params: { seconds: 10 } },
      claims: [],
    });
    expect(viewOf('sts-starting', 'par')).toStrictEqual({
      ordinals: [row(0, 'sandbox-worker2', '2026-12-03T13:19:53Z'), row(1, 'sandbox-worker', '2026-12-03T13:19:54Z'), row(2, 'sandbox-worker2', '2026-12-03T13:19:53Z')],
      policy: [{ key: 'sts.policy.parallel', params: {} }],
      update: [
        { key: 'sts.update.rolling', params: {} },
        { key: 'sts.update.upToDate', params: { revision: 'par-d98647c8d' } },
      ],
      // par names a serviceName nobody created.
      service: { key: 'sts.service.missing', params: { name: 'par' } },
      storage: [{ key: 'sts.storage.none', params: {} }],
      notes: [],
    });
  });

  it('shows a partitioned update: only kv-2 on the new revision, kv-0 and kv-1 held below partition 2', () => {
    const held = (ordinal: number, node: string): OrdinalRow => ({
      ...availableRow('kv', ordinal, 'hf-capture', node, 'kv-66db85c9f7'),
      updated: false,
      belowPartition: true,
      why: { key: 'sts.why.belowPartition', params: { partition: 2 } },
    });
    expect(viewOf('sts-partition', 'kv')).toStrictEqual({
      ordinals: [held(0, 'sandbox-worker'), held(1, 'sandbox-worker2'), availableRow('kv', 2, 'hf-capture', 'sandbox-worker', 'kv-56677c567')],
      policy: [
        { key: 'sts.policy.orderedReady', params: {} },
        { key: 'sts.policy.allAvailable', params: { replicas: 3 } },
      ],
      update: [
        { key: 'sts.update.rolling', params: {} },
        { key: 'sts.update.partition', params: { partition: 2, held: 'kv-0, kv-1' } },
        { key: 'sts.update.revisions', params: { current: 'kv-66db85c9f7', update: 'kv-56677c567', updated: 1, replicas: 3 } },
      ],
      service: { key: 'sts.service.headless', params: { name: 'kv', namespace: 'hf-capture' } },
      storage: [{ key: 'sts.storage.none', params: {} }],
      notes: [],
    });
  });
});
