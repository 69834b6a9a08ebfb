import { describe, expect, it } from 'vitest';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { configUsers, podSpecHolders } from './config-usage';

const s = loadStorageSnapshot('final');
const objects = { configMaps: s.configMaps, secrets: s.secrets };

describe('podSpecHolders', () => {
  it('finds the pod spec of pods and of each workload template, with its base path and controller', () => {
    expect(podSpecHolders({ pods: s.pods.slice(2, 3), deployments: s.deployments, replicaSets: s.replicaSets, cronJobs: s.cronJobs }).map((h) => [h.kind, h.name, h.base, h.controller])).toStrictEqual([
      ['Pod', 'config-deploy-89dc495c4-bp62b', 'spec', { kind: 'ReplicaSet', name: 'config-deploy-89dc495c4' }],
      ['Deployment', 'config-deploy', 'spec.template.spec', null],
      ['ReplicaSet', 'config-deploy-89dc495c4', 'spec.template.spec', { kind: 'Deployment', name: 'config-deploy' }],
      ['CronJob', 'config-cron', 'spec.jobTemplate.spec.template.spec', null],
    ]);
  });
});

describe('configUsers', () => {
  it('lists the users of a Secret that does not exist: every one of them is a broken link', () => {
    expect(configUsers({ kind: 'Secret', namespace: 'hi-capture', name: 'hi-absent-secret' }, { pods: s.pods }, objects)).toStrictEqual([
      {
        kind: 'Pod',
        namespace: 'hi-capture',
        name: 'broken-refs-pod',
        uid: '1c031037-b7cc-48b9-b915-586a208677ab',
        controller: null,
        references: [
          {
            kind: 'Secret',
            name: 'hi-absent-secret',
            keys: null,
            via: 'envFrom',
            path: 'spec.containers[0].envFrom[0].secretRef',
            container: 'app',
            optional: false,
            delivery: 'at-container-start',
            mounts: [],
            prefix: null,
            envName: null,
            check: { state: 'missing-object', missingKeys: [], broken: true },
          },
        ],
        broken: true,
      },
    ]);
  });

  it('ignores users in other namespaces', () => {
    expect(configUsers({ kind: 'ConfigMap', namespace: 'elsewhere', name: 'app-config' }, { pods: s.pods, deployments: s.deployments }, objects)).toStrictEqual([]);
  });
});
