import { describe, expect, it } from 'vitest';
import { normalizeEvents } from '../../explain/pod-events';
import { explainConfigMap, explainSecret } from '../../explain/storage/config-objects';
import { explainPersistentVolume } from '../../explain/storage/pv';
import { explainPersistentVolumeClaim } from '../../explain/storage/pvc';
import { explainStorageClass } from '../../explain/storage/storage-class';
import { loadStorageSnapshot, rawSecrets } from '../../testing/storage-capture';
import { buildClaimDetail, buildConfigMapDetail, buildSecretDetail, buildStorageClassDetail, buildVolumeDetail, CONFIG_VALUE_PREVIEW_CHARS } from './details';
import { toConfigMapRow, toPersistentVolumeClaimRow, toPersistentVolumeRow, toSecretRow, toStorageClassRow } from './rows';

// The sandbox's hi-capture namespace after its edits (lib/testing/captured/storage/README.md).
const s = loadStorageSnapshot('final');
const AT = new Date(s.capturedAt);
const NS = 'hi-capture';
const named = <T extends { metadata?: { name?: string } }>(items: T[], name: string): T => {
  const found = items.find((o) => o.metadata?.name === name);
  if (!found) throw new Error(`no ${name} in the capture`);
  return found;
};
const claimInputs = { persistentvolumeclaims: s.persistentVolumeClaims, persistentvolumes: s.persistentVolumes, storageclasses: s.storageClasses, pods: s.pods, events: s.events };
const volumeInputs = { persistentvolumes: s.persistentVolumes, persistentvolumeclaims: s.persistentVolumeClaims, storageclasses: s.storageClasses, nodes: s.nodes, events: s.events };
const configInputs = { configmaps: s.configMaps, secrets: s.secrets, pods: s.pods, deployments: s.deployments, statefulsets: [], daemonsets: [], replicasets: s.replicaSets, jobs: [], cronjobs: s.cronJobs };
const configContext = {
  holders: { pods: s.pods, deployments: s.deployments, statefulSets: [], daemonSets: [], replicaSets: s.replicaSets, jobs: [], cronJobs: s.cronJobs },
  objects: { configMaps: s.configMaps, secrets: s.secrets },
};
const PROVISIONER_WAITING =
  "Waiting for a volume to be created either by the external provisioner 'example.com/hi-missing' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.";

describe('claim page model', () => {
  it('explains a claim waiting for a provisioner nobody runs, with its events and the live values behind the evidence', () => {
    const claim = named(s.persistentVolumeClaims, 'provisioner-claim');
    expect(buildClaimDetail(claimInputs, AT, { namespace: NS, name: 'provisioner-claim' })).toStrictEqual({
      found: true,
      namespace: NS,
      name: 'provisioner-claim',
      row: toPersistentVolumeClaimRow(claim, AT),
      explanation: explainPersistentVolumeClaim({ claim, volumes: s.persistentVolumes, classes: s.storageClasses, pods: s.pods, events: normalizeEvents(s.events), now: AT }),
      events: [
        {
          key: '0:ExternalProvisioning:2026-12-03T13:28:32Z',
          type: 'Normal',
          reason: 'ExternalProvisioning',
          component: 'persistentvolume-controller',
          count: 12,
          firstAt: '2026-12-03T13:28:32Z',
          lastAt: '2026-12-03T13:31:03Z',
          message: PROVISIONER_WAITING,
        },
      ],
      evidence: {
        'spec.storageClassName': 'hi-missing-provisioner',
        "metadata.annotations['volume.kubernetes.io/storage-provisioner']": 'example.com/hi-missing',
        'events[reason=ExternalProvisioning].message': PROVISIONER_WAITING,
      },
    });
  });

  it('says the claim is gone when no claim has that namespace and name', () => {
    expect([
      buildClaimDetail(claimInputs, AT, { namespace: NS, name: 'nope' }),
      buildClaimDetail(claimInputs, AT, { namespace: 'default', name: 'static-claim' }),
    ]).toStrictEqual([
      { found: false, namespace: NS, name: 'nope' },
      { found: false, namespace: 'default', name: 'static-claim' },
    ]);
  });
});

describe('volume page model', () => {
  it("explains a Failed volume from its own events in default, with the deleter's message as evidence", () => {
    const volume = named(s.persistentVolumes, 'hi-pv-delete');
    const events = normalizeEvents(s.events).filter((e) => e.involvedKind === 'PersistentVolume' && e.involvedName === 'hi-pv-delete');
    const message = 'host_path deleter only supports /tmp/.+ but received provided /hi-nonexistent/delete';
    expect(buildVolumeDetail(volumeInputs, AT, { namespace: '', name: 'hi-pv-delete' })).toStrictEqual({
      found: true,
      namespace: '',
      name: 'hi-pv-delete',
      row: toPersistentVolumeRow(volume, AT),
      explanation: explainPersistentVolume({ volume, claims: s.persistentVolumeClaims, classes: s.storageClasses, nodes: s.nodes, events }),
      events: [
        {
          key: '0:VolumeFailedDelete:2026-12-03T13:29:35Z',
          type: 'Warning',
          reason: 'VolumeFailedDelete',
          component: 'persistentvolume-controller',
          count: 1,
          firstAt: '2026-12-03T13:29:35Z',
          lastAt: '2026-12-03T13:29:35Z',
          message,
        },
      ],
      evidence: { 'status.phase': 'Failed', 'status.message': message, 'events[reason=VolumeFailedDelete].message': message },
    });
  });

  it('finds a cluster-scoped volume only without a namespace', () => {
    expect(buildVolumeDetail(volumeInputs, AT, { namespace: NS, name: 'hi-pv-delete' })).toStrictEqual({ found: false, namespace: NS, name: 'hi-pv-delete' });
  });
});

describe('StorageClass page model', () => {
  it('explains a WaitForFirstConsumer class with the claims and volumes of the class', () => {
    const storageClass = named(s.storageClasses, 'hi-wffc');
    expect(buildStorageClassDetail({ storageclasses: s.storageClasses, persistentvolumeclaims: s.persistentVolumeClaims, persistentvolumes: s.persistentVolumes }, AT, { namespace: '', name: 'hi-wffc' })).toStrictEqual({
      found: true,
      namespace: '',
      name: 'hi-wffc',
      row: toStorageClassRow(storageClass, AT),
      explanation: explainStorageClass({ storageClass, classes: s.storageClasses, claims: s.persistentVolumeClaims, volumes: s.persistentVolumes }),
      evidence: {},
    });
  });
});

describe('ConfigMap page model', () => {
  it('explains an unused ConfigMap with its key, value and size, and the unused note as evidence', () => {
    const configMap = named(s.configMaps, 'unused-config');
    const x = explainConfigMap(configMap, configContext);
    expect(buildConfigMapDetail(configInputs, AT, { namespace: NS, name: 'unused-config' })).toStrictEqual({
      found: true,
      namespace: NS,
      name: 'unused-config',
      row: toConfigMapRow(configMap, AT),
      explanation: { ...x, keys: [{ key: 'feature', source: 'data', bytes: 3, value: 'off', path: "data['feature']", truncated: false }] },
      evidence: { 'metadata.name': 'unused-config' },
    });
  });

  it('cuts a value longer than the preview and says so, keeping the real byte size', () => {
    const big = { ...named(s.configMaps, 'unused-config'), data: { big: 'x'.repeat(CONFIG_VALUE_PREVIEW_CHARS + 10) } };
    const model = buildConfigMapDetail({ ...configInputs, configmaps: [big] }, AT, { namespace: NS, name: 'unused-config' });
    expect(model.found && model.explanation.keys).toStrictEqual([
      { key: 'big', source: 'data', bytes: CONFIG_VALUE_PREVIEW_CHARS + 10, value: 'x'.repeat(CONFIG_VALUE_PREVIEW_CHARS), path: "data['big']", truncated: true },
    ]);
  });
});

describe('Secret page model', () => {
  it('explains an unused basic-auth Secret with key names and byte sizes only', () => {
    const secret = named(s.secrets, 'unused-secret');
    expect(buildSecretDetail(configInputs, AT, { namespace: NS, name: 'unused-secret' })).toStrictEqual({
      found: true,
      namespace: NS,
      name: 'unused-secret',
      row: toSecretRow(secret, AT),
      explanation: explainSecret(secret, configContext),
      evidence: { 'metadata.name': 'unused-secret', type: 'kubernetes.io/basic-auth' },
    });
  });

  it('never carries a Secret value, in clear or in base64, anywhere in any Secret page model', () => {
    const secrets = rawSecrets();
    const values = secrets.flatMap((raw) => Object.values(raw.data ?? {}).flatMap((b64) => [b64, Buffer.from(b64, 'base64').toString('utf8')]));
    // Only values long enough not to occur by chance in names and types, and not the token Secret's `namespace` key, which holds the (public) namespace name.
    const needles = values.filter((v) => v.length >= 8 && v !== NS);
    expect(needles.length).toBeGreaterThan(5);
    const models = JSON.stringify(secrets.map((raw) => buildSecretDetail(configInputs, AT, { namespace: NS, name: raw.metadata?.name ?? '' })));
    expect(needles.filter((v) => models.includes(v))).toStrictEqual([]);
    expect(JSON.parse(models).map((m: { found: boolean }) => m.found)).toStrictEqual(secrets.map(() => true));
  });
});
