import { describe, expect, it } from 'vitest';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { storageHref, toConfigMapRow, toPersistentVolumeClaimRow, toPersistentVolumeRow, toSecretRow, toStorageClassRow } from './rows';

// The sandbox's hi-capture namespace after its edits (lib/testing/captured/storage/README.md).
const s = loadStorageSnapshot('final');
const AT = new Date(s.capturedAt);
const named = <T extends { metadata?: { name?: string } }>(items: T[], name: string): T => {
  const found = items.find((o) => o.metadata?.name === name);
  if (!found) throw new Error(`no ${name} in the capture`);
  return found;
};

describe('storage rows', () => {
  it("carries a Pending claim's printPersistentVolumeClaim columns, blank until a volume is named, as progress", () => {
    expect(toPersistentVolumeClaimRow(named(s.persistentVolumeClaims, 'provisioner-claim'), AT)).toStrictEqual({
      uid: '8b9f2f5e-3954-411e-9bf0-85edbea82838',
      namespace: 'hi-capture',
      health: 'progress',
      name: 'provisioner-claim',
      status: 'Pending',
      volume: '',
      capacity: '',
      accessModes: '',
      storageClass: 'hi-missing-provisioner',
      volumeAttributesClass: '<unset>',
      age: '2m43s',
      createdAt: '2026-12-03T13:28:32Z',
      volumeMode: 'Filesystem',
    });
  });

  it('colours claims by phase: Bound ok, Pending in progress, Lost critical', () => {
    expect(s.persistentVolumeClaims.map((c) => toPersistentVolumeClaimRow(c, AT)).map((r) => [r.name, r.status, r.health])).toStrictEqual([
      ['expand-claim', 'Bound', 'ok'],
      ['ghost-local-claim', 'Bound', 'ok'],
      ['lost-claim', 'Lost', 'critical'],
      ['missing-class-claim', 'Pending', 'progress'],
      ['no-class-claim', 'Pending', 'progress'],
      ['nomatch-claim', 'Pending', 'progress'],
      ['provisioner-claim', 'Pending', 'progress'],
      ['static-claim', 'Bound', 'ok'],
      ['wffc-claim', 'Pending', 'progress'],
      ['wffc-nopv-claim', 'Pending', 'progress'],
      ['wffc-pod-claim', 'Bound', 'ok'],
    ]);
  });

  it("carries a Failed volume's printPersistentVolume columns with no namespace, as critical", () => {
    expect(toPersistentVolumeRow(named(s.persistentVolumes, 'hi-pv-delete'), AT)).toStrictEqual({
      uid: '4918c5c5-b5c4-482a-91c9-dc293bbfe256',
      namespace: '',
      health: 'critical',
      name: 'hi-pv-delete',
      capacity: '1Gi',
      accessModes: 'RWO',
      reclaimPolicy: 'Delete',
      status: 'Failed',
      claim: 'hi-capture/delete-claim',
      storageClass: 'hi-manual',
      volumeAttributesClass: '<unset>',
      reason: '',
      age: '3m1s',
      createdAt: '2026-12-03T13:28:14Z',
      volumeMode: 'Filesystem',
    });
  });

  it('colours volumes by phase: Available and Bound ok, Released a warning, Failed critical', () => {
    expect(s.persistentVolumes.map((v) => toPersistentVolumeRow(v, AT)).map((r) => [r.name, r.status, r.health])).toStrictEqual([
      ['hi-pv-block', 'Available', 'ok'],
      ['hi-pv-delete', 'Failed', 'critical'],
      ['hi-pv-expand', 'Bound', 'ok'],
      ['hi-pv-gold', 'Available', 'ok'],
      ['hi-pv-local-ghost', 'Bound', 'ok'],
      ['hi-pv-local-worker', 'Bound', 'ok'],
      ['hi-pv-otherclass', 'Available', 'ok'],
      ['hi-pv-retain', 'Released', 'warning'],
      ['hi-pv-rox', 'Available', 'ok'],
      ['hi-pv-small', 'Available', 'ok'],
      ['hi-pv-static', 'Bound', 'ok'],
    ]);
  });

  it("carries a StorageClass's printStorageClass columns and its plain name for the link", () => {
    expect(toStorageClassRow(named(s.storageClasses, 'hi-wffc'), AT)).toStrictEqual({
      uid: '4bec28b4-a3fa-44f2-ae8b-4d2c2b179cb4',
      namespace: '',
      health: 'ok',
      name: 'hi-wffc',
      isDefault: false,
      provisioner: 'kubernetes.io/no-provisioner',
      reclaimPolicy: 'Retain',
      volumeBindingMode: 'WaitForFirstConsumer',
      allowVolumeExpansion: false,
      age: '3m1s',
      createdAt: '2026-12-03T13:28:14Z',
      objectName: 'hi-wffc',
    });
  });

  it('keeps the plain name apart from kubectl\'s "(default)" name for a default class', () => {
    const standard = { ...named(s.storageClasses, 'hi-manual'), metadata: { name: 'standard', uid: 'u-1', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } } };
    const row = toStorageClassRow(standard, AT);
    expect([row.name, row.objectName, row.isDefault]).toStrictEqual(['standard (default)', 'standard', true]);
  });

  it("carries a ConfigMap's DATA count (data plus binaryData) and a Secret's key count, never a value", () => {
    expect([toConfigMapRow(named(s.configMaps, 'app-config'), AT), toSecretRow(named(s.secrets, 'db-credentials'), AT)]).toStrictEqual([
      { uid: 'c0d7f1be-3d1c-4486-ac70-1751b1567255', namespace: 'hi-capture', health: 'ok', name: 'app-config', data: 4, age: '2m43s', createdAt: '2026-12-03T13:28:32Z' },
      { uid: '119f50d3-650f-4823-941b-fe27449179fb', namespace: 'hi-capture', health: 'ok', name: 'db-credentials', type: 'Opaque', data: 3, age: '2m43s', createdAt: '2026-12-03T13:28:32Z' },
    ]);
  });

  it('links namespaced objects under their namespace and cluster-scoped ones by name, encoded', () => {
    expect([
      storageHref('kind-kind', 'secrets', { namespace: 'hi-capture', name: 'db-credentials' }),
      storageHref('kind-kind', 'persistentvolumes', { namespace: '', name: 'hi-pv-retain' }),
      storageHref('a/b', 'storageclasses', { namespace: 'ignored', name: 'standard' }),
    ]).toStrictEqual(['/kind-kind/secrets/hi-capture/db-credentials', '/kind-kind/persistentvolumes/hi-pv-retain', '/a%2Fb/storageclasses/standard']);
  });
});
