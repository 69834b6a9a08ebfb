import { describe, expect, it } from 'vitest';
import type { V1PersistentVolume } from '@kubernetes/client-node';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { persistentVolumeColumns, type PersistentVolumeColumns } from './pv-columns';

const NOW = new Date('2025-06-01T12:00:00Z');
const claimRef = { name: 'test', namespace: 'default' };

function volume(name: string, spec: Partial<NonNullable<V1PersistentVolume['spec']>>, phase: string): V1PersistentVolume {
  return { metadata: { name }, spec: { claimRef, ...spec }, status: { phase } };
}

const row = (cells: Pick<PersistentVolumeColumns, 'name' | 'capacity' | 'accessModes' | 'status' | 'storageClass'> & Partial<PersistentVolumeColumns>): PersistentVolumeColumns => ({
  reclaimPolicy: '',
  claim: 'default/test',
  volumeAttributesClass: '<unset>',
  reason: '',
  age: '<unknown>',
  createdAt: null,
  volumeMode: '<unset>',
  ...cells,
});

describe('persistentVolumeColumns', () => {
  // kubernetes pkg/printers/internalversion/printers_test.go TestPrintPersistentVolume, case by case.
  it('prints each phase with its claim, class and attributes class (TestPrintPersistentVolume)', () => {
    const rox4 = { accessModes: ['ReadOnlyMany'], capacity: { storage: '4Gi' } };
    const rwo10 = { accessModes: ['ReadWriteOnce'], capacity: { storage: '10Gi' } };
    const volumes = [
      volume('test1', rox4, 'Bound'),
      volume('test2', rox4, 'Failed'),
      volume('test3', { accessModes: ['ReadWriteMany'], capacity: { storage: '10Gi' } }, 'Pending'),
      volume('test4', { ...rwo10, storageClassName: 'my-scn' }, 'Pending'),
      volume('test4', { ...rwo10, storageClassName: 'my-scn', volumeAttributesClassName: 'my-vacn' }, 'Pending'),
      volume('test5', { ...rwo10, storageClassName: 'my-scn' }, 'Available'),
      volume('test6', { ...rwo10, storageClassName: 'my-scn' }, 'Released'),
    ];
    expect(volumes.map((v) => persistentVolumeColumns(v, NOW))).toStrictEqual([
      row({ name: 'test1', capacity: '4Gi', accessModes: 'ROX', status: 'Bound', storageClass: '' }),
      row({ name: 'test2', capacity: '4Gi', accessModes: 'ROX', status: 'Failed', storageClass: '' }),
      row({ name: 'test3', capacity: '10Gi', accessModes: 'RWX', status: 'Pending', storageClass: '' }),
      row({ name: 'test4', capacity: '10Gi', accessModes: 'RWO', status: 'Pending', storageClass: 'my-scn' }),
      row({ name: 'test4', capacity: '10Gi', accessModes: 'RWO', status: 'Pending', storageClass: 'my-scn', volumeAttributesClass: 'my-vacn' }),
      row({ name: 'test5', capacity: '10Gi', accessModes: 'RWO', status: 'Available', storageClass: 'my-scn' }),
      row({ name: 'test6', capacity: '10Gi', accessModes: 'RWO', status: 'Released', storageClass: 'my-scn' }),
    ]);
  });

  it('prints Terminating once deletion started, and no claim for an unclaimed volume', () => {
    const v = volume('pv', { accessModes: ['ReadWriteOnce', 'ReadWriteOnce'], capacity: { storage: '1Gi' } }, 'Available');
    v.spec!.claimRef = undefined;
    v.metadata!.deletionTimestamp = new Date('2025-06-01T11:00:00Z');
    expect(persistentVolumeColumns(v, NOW)).toStrictEqual(row({ name: 'pv', capacity: '1Gi', accessModes: 'RWO', status: 'Terminating', storageClass: '', claim: '' }));
  });

  it('prints the sandbox volumes as kubectl printed them: Failed with no REASON, Released keeping its claim, RWO,RWX', () => {
    const snapshot = loadStorageSnapshot('final');
    const at = new Date(snapshot.capturedAt);
    const pick = (name: string) => persistentVolumeColumns(byName(snapshot.persistentVolumes, name), at);
    const hi = { volumeAttributesClass: '<unset>', reason: '', age: '3m1s', createdAt: '2026-12-03T13:28:14Z', volumeMode: 'Filesystem' };
    expect([pick('hi-pv-delete'), pick('hi-pv-retain'), pick('hi-pv-gold'), pick('hi-pv-block')]).toStrictEqual([
      { name: 'hi-pv-delete', capacity: '1Gi', accessModes: 'RWO', reclaimPolicy: 'Delete', status: 'Failed', claim: 'hi-capture/delete-claim', storageClass: 'hi-manual', ...hi },
      { name: 'hi-pv-retain', capacity: '1Gi', accessModes: 'RWO', reclaimPolicy: 'Retain', status: 'Released', claim: 'hi-capture/retain-claim', storageClass: 'hi-manual', ...hi },
      { name: 'hi-pv-gold', capacity: '5Gi', accessModes: 'RWO,RWX', reclaimPolicy: 'Retain', status: 'Available', claim: '', storageClass: 'hi-manual', ...hi },
      { name: 'hi-pv-block', capacity: '5Gi', accessModes: 'RWO', reclaimPolicy: 'Retain', status: 'Available', claim: '', storageClass: 'hi-manual', ...hi, volumeMode: 'Block' },
    ]);
  });
});
