import { describe, expect, it } from 'vitest';
import type { V1PersistentVolume } from '@kubernetes/client-node';
import { normalizeEvents } from '../pod-events';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot, type StorageSnapshotName } from '../../testing/storage-capture';
import { explainPersistentVolume, type VolumeExplanation, type VolumePhase } from './pv';

function explain(snapshot: StorageSnapshotName, name: string, edit?: (v: V1PersistentVolume) => void): VolumeExplanation {
  const s = loadStorageSnapshot(snapshot);
  const volume = byName(s.persistentVolumes, name);
  edit?.(volume);
  return explainPersistentVolume({ volume, claims: s.persistentVolumeClaims, classes: s.storageClasses, nodes: s.nodes, events: normalizeEvents(s.events) });
}

const lifecycle = (current: VolumePhase) => (['Pending', 'Available', 'Bound', 'Released', 'Failed'] as const).map((phase) => ({ phase, current: phase === current }));

describe('explainPersistentVolume', () => {
  it('explains a Delete volume whose deletion failed: Failed, the deleter\'s message, claim gone', () => {
    const message = 'host_path deleter only supports /tmp/.+ but received provided /hi-nonexistent/delete';
    expect(explain('final', 'hi-pv-delete')).toStrictEqual({
      name: 'hi-pv-delete',
      phase: 'Failed',
      terminating: false,
      finalizers: ['kubernetes.io/pv-protection'],
      lifecycle: lifecycle('Failed'),
      capacity: '1Gi',
      accessModes: [{ mode: 'ReadWriteOnce', short: 'RWO', scope: 'one-node' }],
      volumeMode: 'Filesystem',
      storageClass: { name: 'hi-manual', exists: true },
      reclaim: { policy: 'Delete', consequence: 'delete-storage', deprecated: false },
      provisionedBy: null,
      claimRef: { namespace: 'hi-capture', name: 'delete-claim', uid: '5fcaf04a-efdd-4297-b5c4-fdc3e5c37bae', claimExists: false, sameClaim: false, boundByController: false },
      nodeAffinity: null,
      source: { type: 'hostPath', driver: null, details: { path: '/hi-nonexistent/delete' }, removedIn: null },
      mountOptions: [],
      failure: { reason: null, message, event: message },
      diagnoses: [
        {
          id: 'pv-failed',
          severity: 'critical',
          conceptIds: ['reclaim-policy', 'persistent-volume'],
          params: { volume: 'hi-pv-delete', policy: 'Delete', claim: 'hi-capture/delete-claim', message },
          evidence: ['status.phase', 'status.message', 'events[reason=VolumeFailedDelete].message'],
        },
      ],
    } satisfies VolumeExplanation);
  });

  it('keeps a Retain volume Released with the deleted claim still in claimRef, so nothing else can bind it', () => {
    const x = explain('final', 'hi-pv-retain');
    expect([x.lifecycle, x.reclaim, x.claimRef, x.diagnoses]).toStrictEqual([
      lifecycle('Released'),
      { policy: 'Retain', consequence: 'keep-released', deprecated: false },
      { namespace: 'hi-capture', name: 'retain-claim', uid: '1e57647a-4ab5-4491-b28b-ea3920d1e1c0', claimExists: false, sameClaim: false, boundByController: false },
      [
        {
          id: 'pv-released-retained',
          severity: 'warning',
          conceptIds: ['reclaim-policy', 'persistent-volume', 'pvc'],
          params: { volume: 'hi-pv-retain', claim: 'hi-capture/retain-claim', claimExists: 'no' },
          evidence: ['status.phase', 'spec.persistentVolumeReclaimPolicy', 'spec.claimRef'],
        },
      ],
    ]);
  });

  it('shows the node a local volume is pinned to, the scheduler-bound claim, and none of the nodes for a ghost node', () => {
    const worker = explain('final', 'hi-pv-local-worker');
    const ghost = explain('final', 'hi-pv-local-ghost');
    expect([worker.lifecycle, worker.nodeAffinity, worker.claimRef, worker.source, ghost.nodeAffinity]).toStrictEqual([
      lifecycle('Bound'),
      { terms: [{ requirements: ['kubernetes.io/hostname in (sandbox-worker)'], nodes: ['sandbox-worker'] }], nodes: ['sandbox-worker'] },
      { namespace: 'hi-capture', name: 'wffc-pod-claim', uid: 'f88135bf-ffb6-42ff-a704-b713f6925978', claimExists: true, sameClaim: true, boundByController: true },
      { type: 'local', driver: null, details: { path: '/mnt/disks/worker-1' }, removedIn: null },
      { terms: [{ requirements: ['kubernetes.io/hostname in (hi-no-such-node)'], nodes: [] }], nodes: [] },
    ]);
  });

  it('names the CSI driver and handle of a CSI volume, and the state before any claim existed', () => {
    const x = explain('pvs-available', 'hi-pv-gold');
    expect([x.lifecycle, x.source, x.accessModes, x.claimRef, x.diagnoses]).toStrictEqual([
      lifecycle('Available'),
      { type: 'csi', driver: 'hi.csi.example.com', details: { volumeHandle: 'vol-gold-0001', fsType: 'ext4' }, removedIn: null },
      [
        { mode: 'ReadWriteOnce', short: 'RWO', scope: 'one-node' },
        { mode: 'ReadWriteMany', short: 'RWX', scope: 'many-nodes' },
      ],
      null,
      [],
    ]);
  });

  it('marks Recycle deprecated and an in-tree type removed from Kubernetes (edited source)', () => {
    const x = explain('final', 'hi-pv-rox', (v) => {
      v.spec = { ...v.spec, persistentVolumeReclaimPolicy: 'Recycle', nfs: undefined, glusterfs: { endpoints: 'gluster', path: 'vol' } } as V1PersistentVolume['spec'];
    });
    expect([x.reclaim, x.source]).toStrictEqual([
      { policy: 'Recycle', consequence: 'recycle', deprecated: true },
      { type: 'glusterfs', driver: null, details: { path: 'vol' }, removedIn: 'v1.26' },
    ]);
  });
});
