import { describe, expect, it } from 'vitest';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { checkedReferences, checkReference, keysOf, podSpecReferences, type CheckedReference, type ConfigReference } from './config-refs';

const s = loadStorageSnapshot('final');
const objects = { configMaps: s.configMaps, secrets: s.secrets };
const ok: CheckedReference['check'] = { state: 'ok', missingKeys: [], broken: false };

/** The fields most references leave empty, so each expected row names only what it sets. */
function ref(fields: Partial<ConfigReference> & Pick<ConfigReference, 'kind' | 'name' | 'via' | 'path' | 'delivery'>, check: CheckedReference['check'] = ok): CheckedReference {
  return { keys: null, container: null, optional: false, mounts: [], prefix: null, envName: null, ...fields, check };
}

const SA_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

describe('checkedReferences', () => {
  it('finds every way config-consumer uses a ConfigMap or Secret, with exact paths, in the order the kubelet reads them', () => {
    expect(checkedReferences(byName(s.pods, 'config-consumer').spec, 'spec', objects)).toStrictEqual([
      ref({ kind: 'Secret', name: 'registry-creds', via: 'imagePullSecret', path: 'spec.imagePullSecrets[0]', delivery: 'image-pull' }),
      ref({ kind: 'ConfigMap', name: 'app-config', keys: ['DB_HOST'], via: 'env', path: 'spec.initContainers[0].env[0].valueFrom.configMapKeyRef', container: 'wait-db', delivery: 'at-container-start', envName: 'DB_HOST' }),
      ref({ kind: 'ConfigMap', name: 'app-config', via: 'envFrom', path: 'spec.containers[0].envFrom[0].configMapRef', container: 'app', delivery: 'at-container-start', prefix: 'CFG_' }),
      ref(
        { kind: 'Secret', name: 'hi-optional-extra', via: 'envFrom', path: 'spec.containers[0].envFrom[1].secretRef', container: 'app', optional: true, delivery: 'at-container-start' },
        { state: 'missing-object', missingKeys: [], broken: false },
      ),
      ref({ kind: 'ConfigMap', name: 'app-config', keys: ['LOG_LEVEL'], via: 'env', path: 'spec.containers[0].env[1].valueFrom.configMapKeyRef', container: 'app', delivery: 'at-container-start', envName: 'LOG_LEVEL' }),
      ref({ kind: 'Secret', name: 'db-credentials', keys: ['password'], via: 'env', path: 'spec.containers[0].env[2].valueFrom.secretKeyRef', container: 'app', delivery: 'at-container-start', envName: 'DB_PASSWORD' }),
      ref(
        { kind: 'ConfigMap', name: 'app-config', keys: ['FLAG'], via: 'env', path: 'spec.containers[0].env[3].valueFrom.configMapKeyRef', container: 'app', optional: true, delivery: 'at-container-start', envName: 'OPTIONAL_FLAG' },
        { state: 'missing-keys', missingKeys: ['FLAG'], broken: false },
      ),
      ref({
        kind: 'ConfigMap',
        name: 'app-config',
        keys: ['app.properties', 'LOG_LEVEL'],
        via: 'volume',
        path: 'spec.volumes[0].configMap',
        delivery: 'mounted-files',
        mounts: [
          { container: 'app', mountPath: '/etc/app', subPath: null, receivesUpdates: true },
          { container: 'app', mountPath: '/etc/app.properties', subPath: 'app.properties', receivesUpdates: false },
        ],
      }),
      ref({ kind: 'Secret', name: 'db-credentials', via: 'volume', path: 'spec.volumes[1].secret', delivery: 'mounted-files', mounts: [{ container: 'app', mountPath: '/etc/creds', subPath: null, receivesUpdates: true }] }),
      ref({
        kind: 'ConfigMap',
        name: 'app-config',
        keys: ['DB_HOST'],
        via: 'projected',
        path: 'spec.volumes[2].projected.sources[0].configMap',
        delivery: 'mounted-files',
        mounts: [{ container: 'app', mountPath: '/etc/bundle', subPath: null, receivesUpdates: true }],
      }),
      ref({
        kind: 'Secret',
        name: 'db-credentials',
        keys: ['username'],
        via: 'projected',
        path: 'spec.volumes[2].projected.sources[1].secret',
        delivery: 'mounted-files',
        mounts: [{ container: 'app', mountPath: '/etc/bundle', subPath: null, receivesUpdates: true }],
      }),
      // The service account volume the admission controller added: its CA bundle is a ConfigMap too.
      ref({
        kind: 'ConfigMap',
        name: 'kube-root-ca.crt',
        keys: ['ca.crt'],
        via: 'projected',
        path: 'spec.volumes[3].projected.sources[1].configMap',
        delivery: 'mounted-files',
        mounts: [
          { container: 'wait-db', mountPath: SA_MOUNT, subPath: null, receivesUpdates: true },
          { container: 'app', mountPath: SA_MOUNT, subPath: null, receivesUpdates: true },
        ],
      }),
    ]);
  });

  it('marks every missing object or key broken unless the reference is optional (broken-refs-pod)', () => {
    expect(checkedReferences(byName(s.pods, 'broken-refs-pod').spec, 'spec', objects)).toStrictEqual([
      ref(
        { kind: 'Secret', name: 'hi-absent-secret', via: 'envFrom', path: 'spec.containers[0].envFrom[0].secretRef', container: 'app', delivery: 'at-container-start' },
        { state: 'missing-object', missingKeys: [], broken: true },
      ),
      ref(
        { kind: 'ConfigMap', name: 'app-config', keys: ['NOPE'], via: 'env', path: 'spec.containers[0].env[0].valueFrom.configMapKeyRef', container: 'app', delivery: 'at-container-start', envName: 'MISSING_KEY' },
        { state: 'missing-keys', missingKeys: ['NOPE'], broken: true },
      ),
      ref(
        { kind: 'Secret', name: 'db-credentials', keys: ['token'], via: 'env', path: 'spec.containers[0].env[1].valueFrom.secretKeyRef', container: 'app', delivery: 'at-container-start', envName: 'MISSING_SECRET_KEY' },
        { state: 'missing-keys', missingKeys: ['token'], broken: true },
      ),
      ref(
        { kind: 'ConfigMap', name: 'hi-absent-config', via: 'volume', path: 'spec.volumes[0].configMap', delivery: 'mounted-files', mounts: [{ container: 'app', mountPath: '/etc/absent', subPath: null, receivesUpdates: true }] },
        { state: 'missing-object', missingKeys: [], broken: true },
      ),
      ref(
        {
          kind: 'Secret',
          name: 'db-credentials',
          keys: ['ssh-key'],
          via: 'projected',
          path: 'spec.volumes[1].projected.sources[0].secret',
          delivery: 'mounted-files',
          mounts: [{ container: 'app', mountPath: '/etc/mixed', subPath: null, receivesUpdates: true }],
        },
        { state: 'missing-keys', missingKeys: ['ssh-key'], broken: true },
      ),
      ref(
        {
          kind: 'ConfigMap',
          name: 'hi-absent-optional',
          via: 'projected',
          path: 'spec.volumes[1].projected.sources[1].configMap',
          optional: true,
          delivery: 'mounted-files',
          mounts: [{ container: 'app', mountPath: '/etc/mixed', subPath: null, receivesUpdates: true }],
        },
        { state: 'missing-object', missingKeys: [], broken: false },
      ),
      ref({
        kind: 'ConfigMap',
        name: 'kube-root-ca.crt',
        keys: ['ca.crt'],
        via: 'projected',
        path: 'spec.volumes[2].projected.sources[1].configMap',
        delivery: 'mounted-files',
        mounts: [{ container: 'app', mountPath: SA_MOUNT, subPath: null, receivesUpdates: true }],
      }),
    ]);
  });

  it('prefixes paths with where the pod spec sits in a workload: a Deployment template, a CronJob job template', () => {
    const deployment = byName(s.deployments, 'config-deploy');
    const cron = byName(s.cronJobs, 'config-cron');
    expect([
      ...podSpecReferences(deployment.spec?.template.spec, 'spec.template.spec').map((r) => r.path),
      ...podSpecReferences(cron.spec?.jobTemplate.spec?.template.spec, 'spec.jobTemplate.spec.template.spec').map((r) => r.path),
    ]).toStrictEqual([
      'spec.template.spec.containers[0].envFrom[0].configMapRef',
      'spec.template.spec.volumes[0].secret',
      'spec.jobTemplate.spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef',
    ]);
  });
});

describe('keysOf and checkReference', () => {
  it('reads ConfigMap keys from data and binaryData, Secret keys from the redacted sizes, null for a missing object', () => {
    expect([keysOf('ConfigMap', 'app-config', objects), keysOf('Secret', 'db-credentials', objects), keysOf('Secret', 'nope', objects)]).toStrictEqual([
      ['DB_HOST', 'LOG_LEVEL', 'app.properties', 'logo.bin'],
      ['api-key', 'password', 'username'],
      null,
    ]);
  });

  it('lets an optional reference miss without breaking', () => {
    expect([
      checkReference({ kind: 'ConfigMap', name: 'gone', keys: null, optional: true }, objects),
      checkReference({ kind: 'ConfigMap', name: 'app-config', keys: ['logo.bin', 'NOPE', 'ALSO'], optional: false }, objects),
    ]).toStrictEqual([
      { state: 'missing-object', missingKeys: [], broken: false },
      { state: 'missing-keys', missingKeys: ['NOPE', 'ALSO'], broken: true },
    ]);
  });
});
