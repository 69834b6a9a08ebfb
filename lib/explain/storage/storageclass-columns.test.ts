import { describe, expect, it } from 'vitest';
import type { V1StorageClass } from '@kubernetes/client-node';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { storageClassColumns, type StorageClassColumns } from './storageclass-columns';

const NOW = new Date('2025-06-01T12:00:00Z');
const JUST_NOW = new Date(NOW.getTime() + 1900);
const FIVE_MINUTES_AGO = new Date(NOW.getTime() - 300_000);

function storageClass(name: string, created: Date, rest: Omit<V1StorageClass, 'metadata'>): V1StorageClass {
  return { metadata: { name, creationTimestamp: created }, ...rest };
}

describe('storageClassColumns', () => {
  // kubernetes pkg/printers/internalversion/printers_test.go TestPrintStorageClass, case by case.
  it('prints Delete, Immediate and false for unset fields (TestPrintStorageClass)', () => {
    const classes = [
      storageClass('sc1', JUST_NOW, { provisioner: 'kubernetes.io/glusterfs' }),
      storageClass('sc2', FIVE_MINUTES_AGO, { provisioner: 'kubernetes.io/nfs' }),
      storageClass('sc3', FIVE_MINUTES_AGO, { provisioner: 'kubernetes.io/nfs', reclaimPolicy: 'Delete' }),
      storageClass('sc4', FIVE_MINUTES_AGO, { provisioner: 'kubernetes.io/nfs', reclaimPolicy: 'Retain', volumeBindingMode: 'Immediate' }),
      storageClass('sc5', FIVE_MINUTES_AGO, { provisioner: 'kubernetes.io/nfs', reclaimPolicy: 'Retain', volumeBindingMode: 'WaitForFirstConsumer' }),
      storageClass('sc6', FIVE_MINUTES_AGO, { provisioner: 'kubernetes.io/nfs', reclaimPolicy: 'Retain', allowVolumeExpansion: true, volumeBindingMode: 'WaitForFirstConsumer' }),
    ];
    const row = (name: string, provisioner: string, reclaimPolicy: string, volumeBindingMode: string, allowVolumeExpansion: boolean, age: string, createdAt: string): StorageClassColumns => ({
      name,
      isDefault: false,
      provisioner,
      reclaimPolicy,
      volumeBindingMode,
      allowVolumeExpansion,
      age,
      createdAt,
    });
    expect(classes.map((c) => storageClassColumns(c, NOW))).toStrictEqual([
      row('sc1', 'kubernetes.io/glusterfs', 'Delete', 'Immediate', false, '0s', '2025-06-01T12:00:01.900Z'),
      row('sc2', 'kubernetes.io/nfs', 'Delete', 'Immediate', false, '5m', '2025-06-01T11:55:00Z'),
      row('sc3', 'kubernetes.io/nfs', 'Delete', 'Immediate', false, '5m', '2025-06-01T11:55:00Z'),
      row('sc4', 'kubernetes.io/nfs', 'Retain', 'Immediate', false, '5m', '2025-06-01T11:55:00Z'),
      row('sc5', 'kubernetes.io/nfs', 'Retain', 'WaitForFirstConsumer', false, '5m', '2025-06-01T11:55:00Z'),
      row('sc6', 'kubernetes.io/nfs', 'Retain', 'WaitForFirstConsumer', true, '5m', '2025-06-01T11:55:00Z'),
    ]);
  });

  it('appends " (default)" for either default-class annotation set to exactly "true" (IsDefaultAnnotation)', () => {
    const marked = (annotations: Record<string, string>) =>
      storageClassColumns({ metadata: { name: 'standard', annotations }, provisioner: 'rancher.io/local-path' }, NOW);
    expect([
      marked({ 'storageclass.kubernetes.io/is-default-class': 'true' }),
      marked({ 'storageclass.beta.kubernetes.io/is-default-class': 'true' }),
      marked({ 'storageclass.kubernetes.io/is-default-class': 'True' }),
    ].map((c) => [c.name, c.isDefault])).toStrictEqual([
      ['standard (default)', true],
      ['standard (default)', true],
      ['standard', false],
    ]);
  });

  it('prints the sandbox classes as kubectl printed them', () => {
    const snapshot = loadStorageSnapshot('final');
    const at = new Date(snapshot.capturedAt);
    expect(storageClassColumns(byName(snapshot.storageClasses, 'hi-missing-provisioner'), at)).toStrictEqual({
      name: 'hi-missing-provisioner',
      isDefault: false,
      provisioner: 'example.com/hi-missing',
      reclaimPolicy: 'Delete',
      volumeBindingMode: 'Immediate',
      allowVolumeExpansion: false,
      age: '3m1s',
      createdAt: '2026-12-03T13:28:14Z',
    });
  });
});
