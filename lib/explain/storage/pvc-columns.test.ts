import { describe, expect, it } from 'vitest';
import type { V1PersistentVolumeClaim } from '@kubernetes/client-node';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { byName } from '../../testing/sandbox-capture';
import { persistentVolumeClaimColumns, type PersistentVolumeClaimColumns } from './pvc-columns';

const NOW = new Date('2025-06-01T12:00:00Z');

function claim(name: string, spec: V1PersistentVolumeClaim['spec'], status: V1PersistentVolumeClaim['status']): V1PersistentVolumeClaim {
  return { metadata: { name }, spec, status };
}

const row = (cells: Omit<PersistentVolumeClaimColumns, 'age' | 'createdAt'>): PersistentVolumeClaimColumns => ({
  ...cells,
  age: '<unknown>',
  createdAt: null,
});

describe('persistentVolumeClaimColumns', () => {
  // kubernetes pkg/printers/internalversion/printers_test.go TestPrintPersistentVolumeClaim, case by case.
  it('prints the upstream cases: capacity and access modes only once a volume is named (TestPrintPersistentVolumeClaim)', () => {
    const rox4 = { accessModes: ['ReadOnlyMany'], capacity: { storage: '4Gi' } };
    const claims = [
      claim('test1', { volumeName: 'my-volume', volumeMode: 'Filesystem' }, { phase: 'Bound', ...rox4 }),
      claim('test2', { volumeMode: 'Filesystem' }, { phase: 'Lost', ...rox4 }),
      claim('test3', { volumeName: 'my-volume', volumeMode: 'Filesystem' }, { phase: 'Pending', accessModes: ['ReadWriteMany'], capacity: { storage: '10Gi' } }),
      claim('test4', { volumeName: 'my-volume', storageClassName: 'my-scn', volumeMode: 'Filesystem' }, { phase: 'Pending', accessModes: ['ReadWriteOnce'], capacity: { storage: '10Gi' } }),
      claim('test5', { volumeName: 'my-volume', storageClassName: 'my-scn' }, { phase: 'Pending', accessModes: ['ReadWriteOnce'], capacity: { storage: '10Gi' } }),
      claim('test5', { volumeName: 'my-volume', storageClassName: 'my-scn', volumeAttributesClassName: 'my-vacn' }, { phase: 'Pending', accessModes: ['ReadWriteOnce'], capacity: { storage: '10Gi' } }),
    ];
    const base = { storageClass: '', volumeAttributesClass: '<unset>' };
    expect(claims.map((c) => persistentVolumeClaimColumns(c, NOW))).toStrictEqual([
      row({ name: 'test1', status: 'Bound', volume: 'my-volume', capacity: '4Gi', accessModes: 'ROX', ...base, volumeMode: 'Filesystem' }),
      row({ name: 'test2', status: 'Lost', volume: '', capacity: '', accessModes: '', ...base, volumeMode: 'Filesystem' }),
      row({ name: 'test3', status: 'Pending', volume: 'my-volume', capacity: '10Gi', accessModes: 'RWX', ...base, volumeMode: 'Filesystem' }),
      row({ name: 'test4', status: 'Pending', volume: 'my-volume', capacity: '10Gi', accessModes: 'RWO', ...base, storageClass: 'my-scn', volumeMode: 'Filesystem' }),
      row({ name: 'test5', status: 'Pending', volume: 'my-volume', capacity: '10Gi', accessModes: 'RWO', ...base, storageClass: 'my-scn', volumeMode: '<unset>' }),
      row({ name: 'test5', status: 'Pending', volume: 'my-volume', capacity: '10Gi', accessModes: 'RWO', storageClass: 'my-scn', volumeAttributesClass: 'my-vacn', volumeMode: '<unset>' }),
    ]);
  });

  it('prints Terminating for a claim being deleted, whatever its phase', () => {
    const deleting = claim('data', { volumeName: 'pv-1' }, { phase: 'Bound', accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' } });
    deleting.metadata!.deletionTimestamp = new Date('2025-06-01T11:59:00Z');
    expect(persistentVolumeClaimColumns(deleting, NOW).status).toBe('Terminating');
  });

  it('prefers the beta storage-class annotation over spec.storageClassName (GetPersistentVolumeClaimClass)', () => {
    const annotated = claim('data', { storageClassName: 'spec-class' }, { phase: 'Pending' });
    annotated.metadata!.annotations = { 'volume.beta.kubernetes.io/storage-class': 'beta-class' };
    expect(persistentVolumeClaimColumns(annotated, NOW).storageClass).toBe('beta-class');
  });

  it('prints the sandbox claims as kubectl printed them: a Lost claim keeps its volume name and shows capacity 0', () => {
    const snapshot = loadStorageSnapshot('final');
    const at = new Date(snapshot.capturedAt);
    const pick = (name: string) => persistentVolumeClaimColumns(byName(snapshot.persistentVolumeClaims, name), at);
    // kubectl get pvc -n hi-capture at capture time printed these rows (AGE aside).
    expect([pick('static-claim'), pick('lost-claim'), pick('provisioner-claim'), pick('no-class-claim')]).toStrictEqual([
      { name: 'static-claim', status: 'Bound', volume: 'hi-pv-static', capacity: '1Gi', accessModes: 'RWO', storageClass: 'hi-manual', volumeAttributesClass: '<unset>', age: '2m43s', createdAt: '2026-12-03T13:28:32Z', volumeMode: 'Filesystem' },
      { name: 'lost-claim', status: 'Lost', volume: 'hi-pv-lost', capacity: '0', accessModes: '', storageClass: 'hi-manual', volumeAttributesClass: '<unset>', age: '58s', createdAt: '2026-12-03T13:30:17Z', volumeMode: 'Filesystem' },
      { name: 'provisioner-claim', status: 'Pending', volume: '', capacity: '', accessModes: '', storageClass: 'hi-missing-provisioner', volumeAttributesClass: '<unset>', age: '2m43s', createdAt: '2026-12-03T13:28:32Z', volumeMode: 'Filesystem' },
      { name: 'no-class-claim', status: 'Pending', volume: '', capacity: '', accessModes: '', storageClass: '', volumeAttributesClass: '<unset>', age: '2m43s', createdAt: '2026-12-03T13:28:32Z', volumeMode: 'Filesystem' },
    ]);
  });
});
