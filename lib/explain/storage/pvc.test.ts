import { describe, expect, it } from 'vitest';
import type { V1PersistentVolumeClaim } from '@kubernetes/client-node';
import { normalizeEvents } from '../pod-events';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot, type StorageSnapshotName } from '../../testing/storage-capture';
import { explainPersistentVolumeClaim, type ClaimExplanation } from './pvc';

function explain(snapshot: StorageSnapshotName, name: string, edit?: (claim: V1PersistentVolumeClaim) => void): ClaimExplanation {
  const s = loadStorageSnapshot(snapshot);
  const claim = byName(s.persistentVolumeClaims, name);
  edit?.(claim);
  return explainPersistentVolumeClaim({
    claim,
    volumes: s.persistentVolumes,
    classes: s.storageClasses,
    pods: s.pods,
    events: normalizeEvents(s.events),
    now: new Date(s.capturedAt),
  });
}

const PROVISIONER_EVIDENCE = ['spec.storageClassName', "metadata.annotations['volume.kubernetes.io/storage-provisioner']", 'events[reason=ExternalProvisioning].message'];
const EXTERNAL_MESSAGE =
  "Waiting for a volume to be created either by the external provisioner 'example.com/hi-missing' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.";

describe('explainPersistentVolumeClaim', () => {
  it('explains a statically bound claim: requested 500Mi, got the 1Gi PV, RWO is one node, mounted by one running pod', () => {
    expect(explain('final', 'static-claim')).toStrictEqual({
      name: 'static-claim',
      namespace: 'hi-capture',
      phase: 'Bound',
      terminating: false,
      finalizers: ['kubernetes.io/pvc-protection'],
      lifecycle: [
        { phase: 'Pending', current: false },
        { phase: 'Bound', current: true },
        { phase: 'Lost', current: false },
      ],
      storageClass: {
        state: 'named',
        name: 'hi-manual',
        exists: true,
        provisioner: 'kubernetes.io/no-provisioner',
        volumeBindingMode: 'Immediate',
        allowVolumeExpansion: true,
        reclaimPolicy: 'Retain',
        isDefault: false,
        clusterDefault: null,
      },
      request: {
        storage: '500Mi',
        accessModes: [{ mode: 'ReadWriteOnce', short: 'RWO', scope: 'one-node' }],
        volumeMode: 'Filesystem',
        selector: null,
        volumeName: 'hi-pv-static',
      },
      bound: {
        name: 'hi-pv-static',
        exists: true,
        capacity: '1Gi',
        accessModes: [{ mode: 'ReadWriteOnce', short: 'RWO', scope: 'one-node' }],
        reclaimPolicy: 'Retain',
        phase: 'Bound',
        source: { type: 'hostPath', driver: null, details: { path: '/hi-nonexistent/static', type: 'DirectoryOrCreate' }, removedIn: null },
        nodeAffinity: null,
      },
      pending: null,
      expansion: { state: 'none', requested: '500Mi', capacity: '1Gi', allocated: null, resizeStatus: null, allowed: true, conditions: [], evidence: [] },
      pods: [
        { name: 'static-consumer', phase: 'Running', nodeName: 'sandbox-worker2', volume: 'data', path: 'spec.volumes[0].persistentVolumeClaim', readOnly: false, blocked: null },
      ],
      accessConflict: null,
      diagnoses: [],
    } satisfies ClaimExplanation);
  });

  it('waits on an external provisioner: information after 24 s, a warning once it has said nothing for over a minute', () => {
    const early = explain('claims-created', 'provisioner-claim');
    const late = explain('final', 'provisioner-claim');
    const cause = (waitingSeconds: number, stalled: boolean) => ({
      kind: 'waiting-for-provisioner',
      className: 'hi-missing-provisioner',
      provisioner: 'example.com/hi-missing',
      waitingSeconds,
      stalled,
      message: EXTERNAL_MESSAGE,
    });
    const diagnosis = (severity: 'info' | 'warning', waitingSeconds: number, stalled: string) => ({
      id: 'pvc-pending-provisioner',
      severity,
      conceptIds: ['dynamic-provisioning', 'csi', 'storage-class', 'pvc', 'kube-controller-manager'],
      params: { claim: 'provisioner-claim', namespace: 'hi-capture', className: 'hi-missing-provisioner', provisioner: 'example.com/hi-missing', waitingSeconds, stalled },
      evidence: PROVISIONER_EVIDENCE,
    });
    expect([early.pending, early.diagnoses, late.pending, late.diagnoses]).toStrictEqual([
      { cause: cause(24, false), candidates: [], evidence: PROVISIONER_EVIDENCE },
      [diagnosis('info', 24, 'no')],
      { cause: cause(163, true), candidates: [], evidence: PROVISIONER_EVIDENCE },
      [diagnosis('warning', 163, 'yes')],
    ]);
  });

  it('names the pod an unbound claim holds back, with the scheduler message', () => {
    expect(explain('final', 'provisioner-claim').pods).toStrictEqual([
      {
        name: 'unbound-claim-pod',
        phase: 'Pending',
        nodeName: null,
        volume: 'data',
        path: 'spec.volumes[0].persistentVolumeClaim',
        readOnly: false,
        blocked: {
          reason: 'scheduling',
          message: '0/4 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found',
          evidence: ['status.conditions[0].message', 'events[reason=FailedScheduling].message'],
        },
      },
    ]);
  });

  it('tells "no class and no default" apart from a class that does not exist, each from its own event', () => {
    const noClass = explain('final', 'no-class-claim');
    const missing = explain('final', 'missing-class-claim');
    expect([noClass.pending?.cause, noClass.pending?.evidence, noClass.diagnoses, missing.pending?.cause, missing.diagnoses]).toStrictEqual([
      { kind: 'no-class-no-default' },
      ['spec.storageClassName', 'events[reason=FailedBinding].message'],
      [
        {
          id: 'pvc-pending-no-class',
          severity: 'warning',
          conceptIds: ['pvc', 'storage-class', 'dynamic-provisioning', 'persistent-volume'],
          params: { claim: 'no-class-claim', namespace: 'hi-capture', classField: 'unset', candidates: 2 },
          evidence: ['spec.storageClassName', 'events[reason=FailedBinding].message'],
        },
      ],
      { kind: 'class-not-found', className: 'hi-does-not-exist', message: 'storageclass.storage.k8s.io "hi-does-not-exist" not found' },
      [
        {
          id: 'pvc-pending-class-not-found',
          severity: 'critical',
          conceptIds: ['storage-class', 'pvc', 'dynamic-provisioning'],
          params: { claim: 'missing-class-claim', namespace: 'hi-capture', className: 'hi-does-not-exist', message: 'storageclass.storage.k8s.io "hi-does-not-exist" not found' },
          evidence: ['spec.storageClassName', 'events[reason=ProvisioningFailed].message'],
        },
      ],
    ]);
  });

  it('shows, for a claim without a class, the PVs that differ only by their class', () => {
    expect(explain('final', 'no-class-claim').pending?.candidates.map((c) => [c.name, c.failures])).toStrictEqual([
      ['hi-pv-gold', [{ criterion: 'class', wanted: '', actual: 'hi-manual' }]],
      ['hi-pv-otherclass', [{ criterion: 'class', wanted: '', actual: 'hi-other' }]],
    ]);
  });

  it('explains a class that cannot provision: only a matching static PV would do, and none does', () => {
    const x = explain('final', 'nomatch-claim');
    expect([x.pending?.cause, x.pending?.candidates.map((c) => [c.name, c.failures.map((f) => f.criterion)]), x.diagnoses]).toStrictEqual([
      { kind: 'no-matching-volume', className: 'hi-manual', message: 'no volume plugin matched name: kubernetes.io/no-provisioner' },
      [
        ['hi-pv-gold', ['selector']],
        ['hi-pv-block', ['volume-mode', 'selector']],
        ['hi-pv-rox', ['access-modes', 'selector']],
        ['hi-pv-small', ['capacity', 'selector']],
        ['hi-pv-delete', ['claimed-by-other', 'capacity', 'phase', 'selector']],
        ['hi-pv-expand', ['claimed-by-other', 'capacity', 'phase', 'selector']],
        ['hi-pv-local-ghost', ['claimed-by-other', 'capacity', 'phase', 'selector']],
        ['hi-pv-retain', ['claimed-by-other', 'capacity', 'phase', 'selector']],
        ['hi-pv-static', ['claimed-by-other', 'capacity', 'phase', 'selector']],
      ],
      [
        {
          id: 'pvc-pending-no-matching-volume',
          severity: 'warning',
          conceptIds: ['persistent-volume', 'pvc', 'access-modes', 'storage-class'],
          params: { claim: 'nomatch-claim', namespace: 'hi-capture', className: 'hi-manual', candidates: 9 },
          evidence: ['spec.storageClassName', 'events[reason=ProvisioningFailed].message'],
        },
      ],
    ]);
  });

  it('treats WaitForFirstConsumer as expected while no pod uses the claim, and names the pod once one waits to be scheduled', () => {
    const idle = explain('final', 'wffc-claim');
    const waiting = explain('final', 'wffc-nopv-claim');
    expect([idle.pending?.cause, idle.diagnoses.map((d) => [d.id, d.severity, d.params]), waiting.pending?.cause, waiting.pending?.evidence, waiting.pods.map((p) => [p.name, p.blocked?.message])]).toStrictEqual([
      { kind: 'wait-for-first-consumer', className: 'hi-wffc', pods: [], message: 'waiting for first consumer to be created before binding' },
      [['pvc-waiting-for-first-consumer', 'info', { claim: 'wffc-claim', namespace: 'hi-capture', className: 'hi-wffc', pods: '', waitingPods: 0 }]],
      { kind: 'wait-for-first-consumer', className: 'hi-wffc', pods: ['wffc-nopv-pod'], message: 'waiting for pod wffc-nopv-pod to be scheduled' },
      ['spec.storageClassName', 'events[reason=WaitForPodScheduled].message'],
      [
        [
          'wffc-nopv-pod',
          '0/4 nodes are available: 2 node(s) didn\'t find available persistent volumes to bind, 2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.',
        ],
      ],
    ]);
  });

  it('follows an expansion the class allows to "waiting for an external controller" (ExternalExpanding)', () => {
    expect(explain('final', 'expand-claim').expansion).toStrictEqual({
      state: 'waiting-external',
      requested: '2Gi',
      capacity: '1Gi',
      allocated: null,
      resizeStatus: null,
      allowed: true,
      conditions: [],
      evidence: ['spec.resources.requests.storage', 'status.capacity.storage', 'events[reason=ExternalExpanding].message'],
    });
  });

  it('reads expansion progress from allocatedResourceStatuses and conditions (edited from the captured claim)', () => {
    const states = [
      (c: V1PersistentVolumeClaim) => (c.status!.allocatedResourceStatuses = { storage: 'ControllerResizeInProgress' }),
      (c: V1PersistentVolumeClaim) => (c.status!.conditions = [{ type: 'FileSystemResizePending', status: 'True' }]),
      (c: V1PersistentVolumeClaim) => (c.status!.allocatedResourceStatuses = { storage: 'ControllerResizeInfeasible' }),
    ].map((edit) => explain('final', 'expand-claim', edit).expansion);
    expect(states.map((e) => [e.state, e.evidence])).toStrictEqual([
      ['in-progress', ['spec.resources.requests.storage', 'status.capacity.storage', "status.allocatedResourceStatuses['storage']"]],
      ['file-system-resize-pending', ['spec.resources.requests.storage', 'status.capacity.storage', 'status.conditions[0].type']],
      ['infeasible', ['spec.resources.requests.storage', 'status.capacity.storage', "status.allocatedResourceStatuses['storage']"]],
    ]);
  });

  it('marks a claim whose PV is gone as Lost and critical', () => {
    const x = explain('final', 'lost-claim');
    expect([x.lifecycle, x.bound, x.diagnoses]).toStrictEqual([
      [
        { phase: 'Pending', current: false },
        { phase: 'Bound', current: false },
        { phase: 'Lost', current: true },
      ],
      { name: 'hi-pv-lost', exists: false, capacity: null, accessModes: [], reclaimPolicy: null, phase: null, source: null, nodeAffinity: null },
      [
        {
          id: 'pvc-lost',
          severity: 'critical',
          conceptIds: ['pvc', 'persistent-volume'],
          params: { claim: 'lost-claim', namespace: 'hi-capture', volume: 'hi-pv-lost' },
          evidence: ['status.phase', 'spec.volumeName', 'events[reason=ClaimLost].message'],
        },
      ],
    ]);
  });

  it('shows a bound local volume pinned to a node that does not exist, and the pod it keeps unschedulable', () => {
    const x = explain('final', 'ghost-local-claim');
    expect([x.bound?.source, x.bound?.nodeAffinity, x.pods.map((p) => p.blocked?.reason)]).toStrictEqual([
      { type: 'local', driver: null, details: { path: '/mnt/disks/ghost' }, removedIn: null },
      'hi-no-such-node',
      ['scheduling'],
    ]);
  });

  it('explains a claim naming its volume: missing, bound elsewhere, not satisfying it, or about to bind (edited spec.volumeName)', () => {
    const named = (volume: string) =>
      explain('final', 'nomatch-claim', (c) => {
        c.spec!.volumeName = volume;
        c.spec!.selector = undefined;
      }).pending?.cause;
    expect(['hi-nope', 'hi-pv-static', 'hi-pv-small', 'hi-pv-gold'].map(named)).toStrictEqual([
      { kind: 'requested-volume', volumeName: 'hi-nope', problem: 'missing', failures: [], message: null },
      { kind: 'requested-volume', volumeName: 'hi-pv-static', problem: 'claimed-by-other', failures: [], message: null },
      { kind: 'requested-volume', volumeName: 'hi-pv-small', problem: 'mismatch', failures: [{ criterion: 'capacity', wanted: '2Gi', actual: '100Mi' }], message: null },
      { kind: 'requested-volume', volumeName: 'hi-pv-gold', problem: 'binding', failures: [], message: null },
    ]);
  });

  it('flags an RWO claim mounted on two nodes and an RWOP claim mounted by two pods (a second pod cloned from the capture)', () => {
    const s = loadStorageSnapshot('final');
    const consumer = byName(s.pods, 'static-consumer');
    const twin = structuredClone(consumer);
    twin.metadata = { ...twin.metadata, name: 'static-consumer-2', uid: 'twin' };
    twin.spec = { ...twin.spec!, nodeName: 'sandbox-worker' };
    const conflict = (modes: string[]) => {
      const claim = byName(s.persistentVolumeClaims, 'static-claim');
      claim.status = { ...claim.status, accessModes: modes };
      return explainPersistentVolumeClaim({ claim, volumes: s.persistentVolumes, classes: s.storageClasses, pods: [consumer, twin], events: [], now: new Date(s.capturedAt) }).accessConflict;
    };
    expect([conflict(['ReadWriteOnce']), conflict(['ReadWriteOncePod']), conflict(['ReadWriteMany'])]).toStrictEqual([
      { mode: 'ReadWriteOnce', pods: ['static-consumer', 'static-consumer-2'], nodes: ['sandbox-worker2', 'sandbox-worker'] },
      { mode: 'ReadWriteOncePod', pods: ['static-consumer', 'static-consumer-2'], nodes: ['sandbox-worker2', 'sandbox-worker'] },
      null,
    ]);
  });
});
