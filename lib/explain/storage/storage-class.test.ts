import { describe, expect, it } from 'vitest';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { explainStorageClass, type StorageClassExplanation } from './storage-class';

const s = loadStorageSnapshot('final');

describe('explainStorageClass', () => {
  it('explains a static-only WaitForFirstConsumer class with the claims and local volumes that use it', () => {
    expect(explainStorageClass({ storageClass: byName(s.storageClasses, 'hi-wffc'), classes: s.storageClasses, claims: s.persistentVolumeClaims, volumes: s.persistentVolumes })).toStrictEqual({
      name: 'hi-wffc',
      provisioner: 'kubernetes.io/no-provisioner',
      canProvision: false,
      isDefault: false,
      defaultAnnotation: null,
      clusterDefault: null,
      otherDefaults: [],
      reclaimPolicy: { value: 'Retain', defaulted: false },
      volumeBindingMode: { value: 'WaitForFirstConsumer', defaulted: false },
      allowVolumeExpansion: { value: false, defaulted: true },
      parameters: {},
      mountOptions: [],
      claims: [
        { namespace: 'hi-capture', name: 'wffc-claim', phase: 'Pending', volume: null },
        { namespace: 'hi-capture', name: 'wffc-nopv-claim', phase: 'Pending', volume: null },
        { namespace: 'hi-capture', name: 'wffc-pod-claim', phase: 'Bound', volume: 'hi-pv-local-worker' },
      ],
      volumes: [{ name: 'hi-pv-local-worker', phase: 'Bound', claim: 'hi-capture/wffc-pod-claim' }],
      unsetClaims: [],
    } satisfies StorageClassExplanation);
  });

  it('shows a class whose manifest set only provisioner and parameters: the apiserver stored Delete and Immediate, allowVolumeExpansion stays unset', () => {
    const x = explainStorageClass({ storageClass: byName(s.storageClasses, 'hi-missing-provisioner'), classes: s.storageClasses, claims: s.persistentVolumeClaims, volumes: s.persistentVolumes });
    expect([x.canProvision, x.reclaimPolicy, x.volumeBindingMode, x.allowVolumeExpansion, x.parameters, x.claims]).toStrictEqual([
      true,
      { value: 'Delete', defaulted: false },
      { value: 'Immediate', defaulted: false },
      { value: false, defaulted: true },
      { tier: 'fast' },
      [{ namespace: 'hi-capture', name: 'provisioner-claim', phase: 'Pending', volume: null }],
    ]);
  });

  it('with two classes marked default, uses the newest and lists the claims without a class it will be given to (annotations added to the captures)', () => {
    const classes = structuredClone(s.storageClasses);
    const older = byName(classes, 'hi-manual');
    const newer = byName(classes, 'hi-wffc');
    older.metadata!.annotations = { 'storageclass.kubernetes.io/is-default-class': 'true' };
    older.metadata!.creationTimestamp = new Date('2026-12-03T13:00:00Z');
    newer.metadata!.annotations = { 'storageclass.beta.kubernetes.io/is-default-class': 'true' };
    const x = explainStorageClass({ storageClass: newer, classes, claims: s.persistentVolumeClaims, volumes: s.persistentVolumes });
    const y = explainStorageClass({ storageClass: older, classes, claims: s.persistentVolumeClaims, volumes: s.persistentVolumes });
    expect([x.isDefault, x.defaultAnnotation, x.clusterDefault, x.otherDefaults, x.unsetClaims, y.isDefault, y.clusterDefault, y.unsetClaims]).toStrictEqual([
      true,
      'storageclass.beta.kubernetes.io/is-default-class',
      'hi-wffc',
      ['hi-manual'],
      [{ namespace: 'hi-capture', name: 'no-class-claim' }],
      true,
      'hi-wffc',
      [],
    ]);
  });
});
