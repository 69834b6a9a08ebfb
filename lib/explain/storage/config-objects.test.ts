import { describe, expect, it } from 'vitest';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { explainConfigMap, explainSecret, type ConfigMapExplanation, type SecretExplanation } from './config-objects';

const s = loadStorageSnapshot('final');
const context = {
  holders: { pods: s.pods, deployments: s.deployments, replicaSets: s.replicaSets, cronJobs: s.cronJobs },
  objects: { configMaps: s.configMaps, secrets: s.secrets },
};
const summary = (x: ConfigMapExplanation | SecretExplanation) => x.usedBy.map((u) => [u.kind, u.name, u.broken, u.references.map((r) => `${r.path} ${r.check.state}`)]);

describe('explainConfigMap', () => {
  it('shows app-config\'s values and sizes (binary data by size only) and how its users receive changes', () => {
    const x = explainConfigMap(byName(s.configMaps, 'app-config'), context);
    expect({ ...x, usedBy: summary(x) }).toStrictEqual({
      name: 'app-config',
      namespace: 'hi-capture',
      immutable: false,
      keys: [
        { key: 'DB_HOST', source: 'data', bytes: 17, value: 'db.hi-capture.svc', path: "data['DB_HOST']" },
        { key: 'LOG_LEVEL', source: 'data', bytes: 5, value: 'debug', path: "data['LOG_LEVEL']" },
        { key: 'app.properties', source: 'data', bytes: 26, value: 'color=blue\ngreeting=hello\n', path: "data['app.properties']" },
        { key: 'logo.bin', source: 'binaryData', bytes: 70, value: null, path: "binaryData['logo.bin']" },
      ],
      totalBytes: 118,
      limitBytes: 1048576,
      usedBy: [
        ['Pod', 'broken-refs-pod', true, ['spec.containers[0].env[0].valueFrom.configMapKeyRef missing-keys']],
        [
          'Pod',
          'config-consumer',
          false,
          [
            'spec.initContainers[0].env[0].valueFrom.configMapKeyRef ok',
            'spec.containers[0].envFrom[0].configMapRef ok',
            'spec.containers[0].env[1].valueFrom.configMapKeyRef ok',
            'spec.containers[0].env[3].valueFrom.configMapKeyRef missing-keys',
            'spec.volumes[0].configMap ok',
            'spec.volumes[2].projected.sources[0].configMap ok',
          ],
        ],
        ['Pod', 'config-deploy-89dc495c4-bp62b', false, ['spec.containers[0].envFrom[0].configMapRef ok']],
        ['Pod', 'missing-key-pod', true, ['spec.containers[0].env[0].valueFrom.configMapKeyRef missing-keys']],
        ['Deployment', 'config-deploy', false, ['spec.template.spec.containers[0].envFrom[0].configMapRef ok']],
        ['ReplicaSet', 'config-deploy-89dc495c4', false, ['spec.template.spec.containers[0].envFrom[0].configMapRef ok']],
      ],
      podCount: 4,
      templateCount: 2,
      // env needs a restart, /etc/app refreshes, /etc/app.properties (subPath) never does.
      delivery: { env: true, mountedFiles: true, subPath: true, imagePull: false },
      diagnoses: [],
    });
  });

  it('notes a ConfigMap nothing uses, and an immutable one', () => {
    const unused = explainConfigMap(byName(s.configMaps, 'unused-config'), context);
    const immutable = explainConfigMap(byName(s.configMaps, 'immutable-config'), context);
    expect([unused, immutable.immutable]).toStrictEqual([
      {
        name: 'unused-config',
        namespace: 'hi-capture',
        immutable: false,
        keys: [{ key: 'feature', source: 'data', bytes: 3, value: 'off', path: "data['feature']" }],
        totalBytes: 3,
        limitBytes: 1048576,
        usedBy: [],
        podCount: 0,
        templateCount: 0,
        delivery: { env: false, mountedFiles: false, subPath: false, imagePull: false },
        diagnoses: [
          { id: 'config-unused', severity: 'info', conceptIds: ['configmap'], params: { kind: 'ConfigMap', name: 'unused-config', namespace: 'hi-capture' }, evidence: ['metadata.name'] },
        ],
      },
      true,
    ]);
  });
});

describe('explainSecret', () => {
  it('shows db-credentials\' keys with sizes and no value, and all six users including the CronJob template', () => {
    const x = explainSecret(byName(s.secrets, 'db-credentials'), context);
    expect({ ...x, usedBy: summary(x) }).toStrictEqual({
      name: 'db-credentials',
      namespace: 'hi-capture',
      type: 'Opaque',
      typeKind: 'opaque',
      serviceAccount: null,
      immutable: false,
      keys: [
        { key: 'api-key', source: 'data', bytes: 23, value: null, path: "data['api-key']" },
        { key: 'password', source: 'data', bytes: 30, value: null, path: "data['password']" },
        { key: 'username', source: 'data', bytes: 7, value: null, path: "data['username']" },
      ],
      totalBytes: 60,
      limitBytes: 1048576,
      usedBy: [
        ['Pod', 'broken-refs-pod', true, ['spec.containers[0].env[1].valueFrom.secretKeyRef missing-keys', 'spec.volumes[1].projected.sources[0].secret missing-keys']],
        ['Pod', 'config-consumer', false, ['spec.containers[0].env[2].valueFrom.secretKeyRef ok', 'spec.volumes[1].secret ok', 'spec.volumes[2].projected.sources[1].secret ok']],
        ['Pod', 'config-deploy-89dc495c4-bp62b', false, ['spec.volumes[0].secret ok']],
        ['Deployment', 'config-deploy', false, ['spec.template.spec.volumes[0].secret ok']],
        ['ReplicaSet', 'config-deploy-89dc495c4', false, ['spec.template.spec.volumes[0].secret ok']],
        ['CronJob', 'config-cron', false, ['spec.jobTemplate.spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef ok']],
      ],
      podCount: 3,
      templateCount: 3,
      delivery: { env: true, mountedFiles: true, subPath: false, imagePull: false },
      diagnoses: [],
    });
  });

  it('explains a service-account token Secret by its account, never flags it unused, and flags an unused basic-auth Secret', () => {
    const token = explainSecret(byName(s.secrets, 'default-token'), context);
    const unused = explainSecret(byName(s.secrets, 'unused-secret'), context);
    const pull = explainSecret(byName(s.secrets, 'registry-creds'), context);
    expect([
      [token.typeKind, token.serviceAccount, token.keys.map((k) => [k.key, k.bytes]), token.usedBy, token.diagnoses],
      [unused.typeKind, unused.diagnoses],
      [pull.typeKind, pull.delivery, summary(pull)],
    ]).toStrictEqual([
      ['service-account-token', 'default', [['ca.crt', 635], ['namespace', 10], ['token', 900]], [], []],
      [
        'basic-auth',
        [
          {
            id: 'config-unused',
            severity: 'info',
            conceptIds: ['secret'],
            params: { kind: 'Secret', name: 'unused-secret', namespace: 'hi-capture' },
            evidence: ['metadata.name', 'type'],
          },
        ],
      ],
      ['docker-config', { env: false, mountedFiles: false, subPath: false, imagePull: true }, [['Pod', 'config-consumer', false, ['spec.imagePullSecrets[0] ok']]]],
    ]);
  });
});
