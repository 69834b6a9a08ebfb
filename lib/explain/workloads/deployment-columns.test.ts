import { describe, expect, it } from 'vitest';
import type { V1Deployment } from '@kubernetes/client-node';
import { deploymentColumns, type DeploymentColumns } from './deployment-columns';

const NOW = new Date('2025-06-01T12:00:00Z');
/** Upstream's `time.Now().Add(1.9e9)`: created 1.9 s in the future, which kubectl prints as 0s. */
const JUST_NOW = new Date(NOW.getTime() + 1900);

// kubernetes pkg/printers/internalversion/printers_test.go TestPrintDeployment.
const testDeployment: V1Deployment = {
  metadata: { name: 'test1', creationTimestamp: JUST_NOW },
  spec: {
    replicas: 5,
    template: {
      spec: {
        containers: [
          { name: 'fake-container1', image: 'fake-image1' },
          { name: 'fake-container2', image: 'fake-image2' },
        ],
      },
    },
    selector: { matchLabels: { foo: 'bar' } },
  },
  status: { replicas: 10, updatedReplicas: 2, availableReplicas: 1, unavailableReplicas: 4 },
};

describe('deploymentColumns', () => {
  it('prints READY as ready/desired, UP-TO-DATE, AVAILABLE, AGE and the -o wide cells (TestPrintDeployment)', () => {
    const want: DeploymentColumns = {
      name: 'test1',
      ready: '0/5',
      readyReplicas: 0,
      desiredReplicas: 5,
      upToDate: 2,
      available: 1,
      age: '0s',
      createdAt: '2025-06-01T12:00:01.900Z',
      containers: 'fake-container1,fake-container2',
      images: 'fake-image1,fake-image2',
      selector: 'foo=bar',
    };
    expect(deploymentColumns(testDeployment, NOW)).toStrictEqual(want);
  });

  it('prints a missing selector as an empty string, not <none>, because printDeployment uses Selector.String()', () => {
    const { selector: _drop, ...spec } = testDeployment.spec!;
    const cols = deploymentColumns({ ...testDeployment, spec: spec as V1Deployment['spec'] }, NOW);
    expect(cols.selector).toBe('');
  });

  it('prints set-based selectors sorted by key with their operators', () => {
    const deployment: V1Deployment = {
      ...testDeployment,
      spec: {
        ...testDeployment.spec!,
        selector: {
          matchLabels: { tier: 'fe' },
          matchExpressions: [
            { key: 'env', operator: 'NotIn', values: ['qa', 'dev'] },
            { key: 'app', operator: 'Exists' },
            { key: 'zz', operator: 'DoesNotExist' },
          ],
        },
      },
    };
    expect(deploymentColumns(deployment, NOW).selector).toBe('app,env notin (dev,qa),tier=fe,!zz');
  });

  it('prints <invalid> for a selector that does not parse', () => {
    const deployment: V1Deployment = {
      ...testDeployment,
      spec: { ...testDeployment.spec!, selector: { matchExpressions: [{ key: 'app', operator: 'Near', values: ['x'] }] } },
    };
    expect(deploymentColumns(deployment, NOW).selector).toBe('<invalid>');
  });
});
