import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAllYaml, type V1ClusterRole } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../k8s/resources';
import { MANIFEST_RENDERS } from './manifests';
import { intendedPermissions, parseCanIList, permission, permissionsOf, writePermissions } from './rbac';

const root = path.resolve(__dirname, '../..');

function checkedInClusterRole(): V1ClusterRole {
  const docs = loadAllYaml(readFileSync(path.join(root, MANIFEST_RENDERS[0]!.file), 'utf8')) as { kind?: string }[];
  const roles = docs.filter((d) => d?.kind === 'ClusterRole') as V1ClusterRole[];
  expect(roles).toHaveLength(1);
  return roles[0]!;
}

describe('the chart ClusterRole (checked-in manifests)', () => {
  it('grants exactly get/list/watch on every kind the views watch except Secrets, get on pods/log and create on the three reviews', () => {
    const granted = permissionsOf(checkedInClusterRole().rules ?? []);
    expect(granted).toStrictEqual(intendedPermissions(Object.values(RESOURCES), { secrets: false }));
    // Read back against the resource list itself, not only through intendedPermissions.
    for (const r of Object.values(RESOURCES)) {
      const listed = granted.includes(permission('list', r.plural, r.group));
      expect(listed, `${r.plural}.${r.group}`).toBe(r.name !== 'secrets');
    }
  });

  it('has no write verb, no wildcard and nothing that reaches into a container', () => {
    expect(writePermissions(checkedInClusterRole().rules ?? [])).toStrictEqual([]);
  });
});

describe('intendedPermissions', () => {
  it('adds get/list/watch on Secrets only when Secrets are enabled', () => {
    const off = intendedPermissions([RESOURCES.pods, RESOURCES.secrets], { secrets: false });
    const on = intendedPermissions([RESOURCES.pods, RESOURCES.secrets], { secrets: true });
    expect(on.filter((p) => !off.includes(p))).toStrictEqual(['get secrets', 'list secrets', 'watch secrets']);
    expect(off).toStrictEqual([
      'create selfsubjectaccessreviews.authorization.k8s.io',
      'create subjectaccessreviews.authorization.k8s.io',
      'create tokenreviews.authentication.k8s.io',
      'get pods',
      'get pods/log',
      'list pods',
      'watch pods',
    ]);
  });

  it('names a grouped kind with its group, as kubectl auth can-i does', () => {
    expect(intendedPermissions([RESOURCES.endpointslices], { secrets: false })).toContain('watch endpointslices.discovery.k8s.io');
  });
});

describe('permissionsOf', () => {
  it('crosses every group, resource and verb of a rule and drops duplicates across rules', () => {
    expect(
      permissionsOf([
        { apiGroups: ['', 'apps'], resources: ['pods', 'deployments'], verbs: ['get'] },
        { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] },
      ]),
    ).toStrictEqual(['get deployments', 'get deployments.apps', 'get pods', 'get pods.apps', 'list pods']);
  });

  it('keeps resourceNames and non-resource URLs visible', () => {
    expect(
      permissionsOf([
        { apiGroups: [''], resources: ['configmaps'], resourceNames: ['b', 'a'], verbs: ['get'] },
        { nonResourceURLs: ['/metrics'], verbs: ['get'] },
      ]),
    ).toStrictEqual(['get /metrics', 'get configmaps [a,b]']);
  });
});

describe('writePermissions', () => {
  it('flags write verbs, wildcards, escalation verbs and container access, but not reads or the reviews', () => {
    expect(
      writePermissions([
        { apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] },
        { apiGroups: ['authentication.k8s.io'], resources: ['tokenreviews'], verbs: ['create'] },
        { apiGroups: [''], resources: ['pods'], verbs: ['delete'] },
        { apiGroups: [''], resources: ['pods/exec', 'pods/portforward', 'nodes/proxy'], verbs: ['get'] },
        { apiGroups: ['apps'], resources: ['*'], verbs: ['list'] },
        { apiGroups: [''], resources: ['users'], verbs: ['impersonate'] },
        { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['escalate', 'bind'] },
      ]),
    ).toStrictEqual([
      'bind clusterroles.rbac.authorization.k8s.io',
      'delete pods',
      'escalate clusterroles.rbac.authorization.k8s.io',
      'get nodes/proxy',
      'get pods/exec',
      'get pods/portforward',
      'impersonate users',
      'list *.apps',
    ]);
  });
});

describe('parseCanIList', () => {
  it('reads resources with their group, subresources, resource names and non-resource URLs from kubectl\'s table', () => {
    // Shape of kubectl 1.36's output for a ServiceAccount (columns aligned by the header).
    const table = [
      'Resources                                       Non-Resource URLs   Resource Names   Verbs',
      'tokenreviews.authentication.k8s.io              []                  []               [create]',
      'pods/log                                        []                  []               [get]',
      'deployments.apps                                []                  []               [get list watch]',
      'configmaps                                      []                  [app-settings]   [get]',
      '                                                [/version]          []               [get]',
      '                                                [/version]          []               [get]',
      '',
    ].join('\n');
    expect(parseCanIList(table)).toStrictEqual([
      'create tokenreviews.authentication.k8s.io',
      'get /version',
      'get configmaps [app-settings]',
      'get deployments.apps',
      'get pods/log',
      'list deployments.apps',
      'watch deployments.apps',
    ]);
  });

  it('refuses text that is not the table', () => {
    expect(() => parseCanIList('error: unknown flag')).toThrow('not a kubectl auth can-i --list table');
  });
});
