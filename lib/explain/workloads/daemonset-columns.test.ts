import { describe, expect, it } from 'vitest';
import type { V1DaemonSet } from '@kubernetes/client-node';
import { daemonSetColumns, type DaemonSetColumns } from './daemonset-columns';

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

// kubernetes pkg/printers/internalversion/printers_test.go TestPrintDaemonSet.
const test1: V1DaemonSet = {
  metadata: { name: 'test1', creationTimestamp: JUST_NOW },
  spec: { template: twoContainers, selector: { matchLabels: { foo: 'bar' } } },
  status: { currentNumberScheduled: 2, desiredNumberScheduled: 3, numberReady: 1, updatedNumberScheduled: 2, numberAvailable: 0, numberMisscheduled: 0 },
};

describe('daemonSetColumns', () => {
  it('prints the scheduling counts, NODE SELECTOR, AGE and the -o wide cells (TestPrintDaemonSet)', () => {
    const want: DaemonSetColumns = {
      name: 'test1',
      desired: 3,
      current: 2,
      ready: 1,
      upToDate: 2,
      available: 0,
      nodeSelector: '<none>',
      age: '0s',
      createdAt: '2025-06-01T12:00:01.900Z',
      containers: 'fake-container1,fake-container2',
      images: 'fake-image1,fake-image2',
      selector: 'foo=bar',
    };
    expect(daemonSetColumns(test1, NOW)).toStrictEqual(want);
  });

  it('prints each item of a list the same way (TestPrintDaemonSetList)', () => {
    const list: V1DaemonSet[] = [
      {
        metadata: { name: 'daemonset1', creationTimestamp: JUST_NOW },
        spec: { template: twoContainers, selector: undefined as never },
        status: { currentNumberScheduled: 2, desiredNumberScheduled: 3, numberReady: 1, updatedNumberScheduled: 2, numberAvailable: 0, numberMisscheduled: 0 },
      },
      {
        metadata: { name: 'daemonset2', creationTimestamp: JUST_NOW },
        spec: { template: {}, selector: { matchLabels: { foo: 'bar' } } },
        status: { currentNumberScheduled: 4, desiredNumberScheduled: 2, numberReady: 9, updatedNumberScheduled: 3, numberAvailable: 3, numberMisscheduled: 0 },
      },
    ];
    const base = { nodeSelector: '<none>', age: '0s', createdAt: '2025-06-01T12:00:01.900Z' };
    const want: DaemonSetColumns[] = [
      { name: 'daemonset1', desired: 3, current: 2, ready: 1, upToDate: 2, available: 0, ...base, containers: 'fake-container1,fake-container2', images: 'fake-image1,fake-image2', selector: '<none>' },
      { name: 'daemonset2', desired: 2, current: 4, ready: 9, upToDate: 3, available: 3, ...base, containers: '', images: '', selector: 'foo=bar' },
    ];
    expect(list.map((ds) => daemonSetColumns(ds, NOW))).toStrictEqual(want);
  });

  it('prints the template nodeSelector as sorted key=value pairs', () => {
    const ds: V1DaemonSet = {
      ...test1,
      spec: { ...test1.spec!, template: { spec: { containers: [], nodeSelector: { 'kubernetes.io/os': 'linux', disk: 'ssd' } } } },
    };
    expect(daemonSetColumns(ds, NOW).nodeSelector).toBe('disk=ssd,kubernetes.io/os=linux');
  });
});
