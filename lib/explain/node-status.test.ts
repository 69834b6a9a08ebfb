import type { V1Node } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { nodeColumns, nodeRoles, nodeStatus, type NodeColumns } from './node-status';

const node = (name: string) => loadFixture<V1Node>(`nodes/${name}.json`);

function derive<T>(object: T, edit: (copy: T) => void): T {
  const copy = structuredClone(object);
  edit(copy);
  return copy;
}

/** Variants of the real minikube v1.17 capture with the Ready condition (index 3) edited. */
const withReady = (status: string | null, unschedulable = false) =>
  derive(node('minikube-v1.17-docker-ready'), (n) => {
    if (status === null) n.status!.conditions = n.status!.conditions!.filter((c) => c.type !== 'Ready');
    else n.status!.conditions![3]!.status = status;
    if (unschedulable) n.spec!.unschedulable = true;
  });

describe('nodeStatus', () => {
  it.each<[string, V1Node, string]>([
    ['prints Ready for Ready=True', node('minikube-v1.17-docker-ready'), 'Ready'],
    ['prints NotReady for Ready=False', withReady('False'), 'NotReady'],
    ['prints NotReady for Ready=Unknown', withReady('Unknown'), 'NotReady'],
    ['prints Unknown without a Ready condition', withReady(null), 'Unknown'],
    ['appends SchedulingDisabled for a cordoned node', withReady('True', true), 'Ready,SchedulingDisabled'],
    ['appends SchedulingDisabled to NotReady too', withReady('Unknown', true), 'NotReady,SchedulingDisabled'],
    ['prints Unknown,SchedulingDisabled for a cordoned node without conditions', withReady(null, true), 'Unknown,SchedulingDisabled'],
  ])('%s', (_name, n, expected) => {
    expect(nodeStatus(n)).toBe(expected);
  });
});

describe('nodeRoles', () => {
  it.each<[string, Record<string, string>, string[]]>([
    ['reads the legacy master role of the real minikube capture', node('minikube-v1.15-docker-ready').metadata!.labels!, ['master']],
    [
      'sorts several node-role labels',
      { 'node-role.kubernetes.io/worker': '', 'node-role.kubernetes.io/control-plane': '' },
      ['control-plane', 'worker'],
    ],
    ['reads the value of a kubernetes.io/role label', { 'kubernetes.io/role': 'node' }, ['node']],
    ['ignores an empty kubernetes.io/role value', { 'kubernetes.io/role': '' }, []],
    ['ignores a node-role label without a role name', { 'node-role.kubernetes.io/': '' }, []],
    ['de-duplicates a role given both ways', { 'node-role.kubernetes.io/master': '', 'kubernetes.io/role': 'master' }, ['master']],
  ])('%s', (_name, labels, expected) => {
    expect(nodeRoles({ metadata: { labels } })).toStrictEqual(expected);
  });
});

describe('nodeColumns', () => {
  it.each<[string, V1Node, Date, NodeColumns]>([
    [
      'prints every wide column of the real minikube v1.15 capture',
      node('minikube-v1.15-docker-ready'),
      new Date('2019-08-31T04:43:20Z'),
      {
        status: 'Ready',
        roles: 'master',
        age: '4d6h',
        version: 'v1.15.2',
        internalIP: '192.168.64.107',
        externalIP: '<none>',
        osImage: 'Buildroot 2018.05.3',
        kernelVersion: '4.15.0',
        containerRuntime: 'docker://18.9.8',
      },
    ],
    [
      'prints <none> roles, the first ExternalIP and <unknown> for missing node info',
      // Real capture without its role label, with an ExternalIP added and nodeInfo cleared.
      derive(node('minikube-v1.17-docker-ready'), (n) => {
        delete n.metadata!.labels!['node-role.kubernetes.io/master'];
        n.status!.addresses!.push({ type: 'ExternalIP', address: '203.0.113.5' }, { type: 'ExternalIP', address: '203.0.113.6' });
        n.status!.nodeInfo = { ...n.status!.nodeInfo!, osImage: '', kernelVersion: '', containerRuntimeVersion: '' };
      }),
      new Date('2020-01-01T22:06:03Z'),
      {
        status: 'Ready',
        roles: '<none>',
        age: '25h',
        version: 'v1.17.0',
        internalIP: '192.168.64.6',
        externalIP: '203.0.113.5',
        osImage: '<unknown>',
        kernelVersion: '<unknown>',
        containerRuntime: '<unknown>',
      },
    ],
  ])('%s', (_name, n, now, expected) => {
    expect(nodeColumns(n, now)).toStrictEqual(expected);
  });
});
