import { describe, expect, it } from 'vitest';
import type { V1StatefulSet } from '@kubernetes/client-node';
import { statefulSetColumns, type StatefulSetColumns } from './statefulset-columns';

const NOW = new Date('2025-06-01T12:00:00Z');
const JUST_NOW = new Date(NOW.getTime() + 1900);

// kubernetes pkg/printers/internalversion/printers_test.go TestPrintStatefulSet (both cases share the object).
const test1: V1StatefulSet = {
  metadata: { name: 'test1', creationTimestamp: JUST_NOW },
  spec: {
    replicas: 5,
    selector: {},
    template: {
      spec: {
        containers: [
          { name: 'fake-container1', image: 'fake-image1' },
          { name: 'fake-container2', image: 'fake-image2' },
        ],
      },
    },
  },
  status: { replicas: 5, readyReplicas: 2 },
};

describe('statefulSetColumns', () => {
  it('prints READY as ready/desired, AGE, and CONTAINERS and IMAGES for -o wide (TestPrintStatefulSet)', () => {
    const want: StatefulSetColumns = {
      name: 'test1',
      ready: '2/5',
      readyReplicas: 2,
      desiredReplicas: 5,
      age: '0s',
      createdAt: '2025-06-01T12:00:01.900Z',
      containers: 'fake-container1,fake-container2',
      images: 'fake-image1,fake-image2',
    };
    expect(statefulSetColumns(test1, NOW)).toStrictEqual(want);
  });

  it('counts a missing readyReplicas as 0', () => {
    expect(statefulSetColumns({ ...test1, status: { replicas: 0 } }, NOW).ready).toBe('0/5');
  });
});
