import { describe, expect, it } from 'vitest';
import type { V1ReplicaSet } from '@kubernetes/client-node';
import { replicaSetColumns, type ReplicaSetColumns } from './replicaset-columns';

const NOW = new Date('2025-06-01T12:00:00Z');
const JUST_NOW = new Date(NOW.getTime() + 1900);

const twoContainers = {
  spec: {
    containers: [
      { name: 'fake-container1', image: 'fake-image1' },
      { name: 'fake-container2', image: 'fake-image2' },
    ],
  },
};

// kubernetes pkg/printers/internalversion/printers_test.go TestPrintReplicaSet.
const test1: V1ReplicaSet = {
  metadata: { name: 'test1', creationTimestamp: JUST_NOW },
  spec: { replicas: 5, template: twoContainers, selector: { matchLabels: { foo: 'bar' } } },
  status: { replicas: 5, readyReplicas: 2 },
};

describe('replicaSetColumns', () => {
  it('prints DESIRED, CURRENT, READY, AGE and the -o wide cells (TestPrintReplicaSet)', () => {
    const want: ReplicaSetColumns = {
      name: 'test1',
      desired: 5,
      current: 5,
      ready: 2,
      age: '0s',
      createdAt: '2025-06-01T12:00:01.900Z',
      containers: 'fake-container1,fake-container2',
      images: 'fake-image1,fake-image2',
      selector: 'foo=bar',
    };
    expect(replicaSetColumns(test1, NOW)).toStrictEqual(want);
  });

  it('prints each item of a list the same way, <none> for a missing selector (TestPrintReplicaSetList)', () => {
    const list: V1ReplicaSet[] = [
      {
        metadata: { name: 'replicaset1', creationTimestamp: JUST_NOW },
        spec: { replicas: 5, template: twoContainers, selector: undefined as never },
        status: { replicas: 5, readyReplicas: 2 },
      },
      {
        metadata: { name: 'replicaset2', creationTimestamp: JUST_NOW },
        spec: { replicas: 4, template: {}, selector: { matchLabels: { foo: 'bar' } } },
        status: { replicas: 3, readyReplicas: 1 },
      },
    ];
    const want: ReplicaSetColumns[] = [
      {
        name: 'replicaset1',
        desired: 5,
        current: 5,
        ready: 2,
        age: '0s',
        createdAt: '2025-06-01T12:00:01.900Z',
        containers: 'fake-container1,fake-container2',
        images: 'fake-image1,fake-image2',
        selector: '<none>',
      },
      {
        name: 'replicaset2',
        desired: 4,
        current: 3,
        ready: 1,
        age: '0s',
        createdAt: '2025-06-01T12:00:01.900Z',
        containers: '',
        images: '',
        selector: 'foo=bar',
      },
    ];
    expect(list.map((rs) => replicaSetColumns(rs, NOW))).toStrictEqual(want);
  });

  it('prints <error> in SELECTOR for an In expression without values', () => {
    const rs: V1ReplicaSet = { ...test1, spec: { ...test1.spec!, selector: { matchExpressions: [{ key: 'a', operator: 'In', values: [] }] } } };
    expect(replicaSetColumns(rs, NOW).selector).toBe('<error>');
  });
});
