import { describe, expect, it } from 'vitest';
import type { V1PodTemplateSpec, V1ReplicaSet } from '@kubernetes/client-node';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { diffPodTemplates, equalIgnoreHash, findNewReplicaSet } from './pod-template';

const mid = workloadSnapshot('web-rev2-rolling-1');
const deployment = named(mid.deployments, 'web');
const newRS = named(mid.replicaSets, 'web-59659b8fdb');
const oldRS = named(mid.replicaSets, 'web-6f866446fb');
const template = deployment.spec!.template;

describe('equalIgnoreHash', () => {
  it("matches the new ReplicaSet's template to the Deployment's although only the ReplicaSet carries pod-template-hash", () => {
    expect(newRS.spec?.template?.metadata?.labels?.['pod-template-hash']).toBe('59659b8fdb');
    expect([equalIgnoreHash(newRS.spec?.template, template), equalIgnoreHash(oldRS.spec?.template, template)]).toStrictEqual([true, false]);
  });

  it('compares resource quantities by value and treats empty lists like missing ones, as the semantic DeepEqual does', () => {
    const container = template.spec!.containers[0]!;
    const sameValue: V1PodTemplateSpec = {
      ...template,
      spec: { ...template.spec!, containers: [{ ...container, resources: { ...container.resources, requests: { cpu: '0.1', memory: '64Mi' } } }], volumes: [] },
    };
    expect(container.resources?.requests).toStrictEqual({ cpu: '100m', memory: '64Mi' });
    expect(equalIgnoreHash(sameValue, template)).toBe(true);
  });
});

describe('findNewReplicaSet', () => {
  it('picks the ReplicaSet whose template equals the Deployment template', () => {
    expect(findNewReplicaSet(template, mid.replicaSets)?.metadata?.name).toBe('web-59659b8fdb');
  });

  it('picks the oldest when two ReplicaSets carry the same template', () => {
    const twin: V1ReplicaSet = { ...newRS, metadata: { ...newRS.metadata, name: 'web-twin', creationTimestamp: new Date('2026-12-03T13:13:07Z') } };
    expect(findNewReplicaSet(template, [twin, ...mid.replicaSets])?.metadata?.name).toBe('web-59659b8fdb');
  });

  it('returns null while no ReplicaSet has the template yet (a paused Deployment after an edit)', () => {
    const paused = workloadSnapshot('web-paused');
    expect(findNewReplicaSet(named(paused.deployments, 'web').spec!.template, paused.replicaSets)).toBeNull();
  });
});

describe('diffPodTemplates', () => {
  it('lists the image, env var and memory limit that revision 2 changed', () => {
    expect(diffPodTemplates(oldRS.spec?.template, newRS.spec?.template)).toStrictEqual([
      { kind: 'image', container: 'web', field: 'image', before: 'nginx:1.27', after: 'nginx:1.28', path: 'spec.template.spec.containers[0].image' },
      { kind: 'env', container: 'web', field: 'env.LOG_LEVEL', before: 'info', after: 'debug', path: 'spec.template.spec.containers[0].env' },
      { kind: 'resources', container: 'web', field: 'resources.limits.memory', before: '128Mi', after: '256Mi', path: 'spec.template.spec.containers[0].resources.limits' },
    ]);
  });

  it('names added and removed containers, other container fields, env references and pod spec fields', () => {
    const before = oldRS.spec!.template!;
    const web = before.spec!.containers[0]!;
    const after: V1PodTemplateSpec = {
      ...before,
      spec: {
        ...before.spec!,
        serviceAccountName: 'web-sa',
        containers: [
          { ...web, args: ['--verbose'], env: [...(web.env ?? []), { name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'web', key: 'token' } } }] },
          { name: 'sidecar', image: 'envoy:1.30' },
        ],
      },
    };
    expect(diffPodTemplates(before, after)).toStrictEqual([
      { kind: 'env', container: 'web', field: 'env.TOKEN', before: null, after: '{"secretKeyRef":{"key":"token","name":"web"}}', path: 'spec.template.spec.containers[0].env' },
      { kind: 'container-field', container: 'web', field: 'args', before: null, after: '["--verbose"]', path: 'spec.template.spec.containers[0].args' },
      { kind: 'container-added', container: 'sidecar', field: 'containers', before: null, after: 'envoy:1.30', path: 'spec.template.spec.containers[1]' },
      { kind: 'pod-field', container: null, field: 'spec.serviceAccountName', before: null, after: 'web-sa', path: 'spec.template.spec.serviceAccountName' },
    ]);
    expect(diffPodTemplates(after, before).map((c) => [c.kind, c.container, c.field])).toStrictEqual([
      ['env', 'web', 'env.TOKEN'],
      ['container-field', 'web', 'args'],
      ['container-removed', 'sidecar', 'containers'],
      ['pod-field', null, 'spec.serviceAccountName'],
    ]);
  });
});
