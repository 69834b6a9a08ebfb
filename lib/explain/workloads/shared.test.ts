import { describe, expect, it } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { byCreation, controllerRef, isPodAvailable, layoutContainerCells, revisionOf, workloadPod } from './shared';

const NOW = new Date('2025-06-01T12:00:00Z');

function readyPod(readySince: string, ready = true): V1Pod {
  return {
    metadata: { name: 'web-1', uid: 'u1', creationTimestamp: new Date('2025-06-01T11:59:00Z') },
    spec: { containers: [], nodeName: 'worker' },
    status: { phase: 'Running', conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: new Date(readySince) }] },
  };
}

describe('layoutContainerCells', () => {
  it('joins names and images with commas, empty for no containers', () => {
    expect(layoutContainerCells([{ name: 'a', image: 'x' }, { name: 'b', image: 'y' }])).toStrictEqual({ containers: 'a,b', images: 'x,y' });
    expect(layoutContainerCells(undefined)).toStrictEqual({ containers: '', images: '' });
  });
});

describe('controllerRef and revisionOf', () => {
  it('finds only the owner reference marked controller, and reads an integer revision', () => {
    const meta = {
      ownerReferences: [
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'c', uid: 'c1' },
        { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: 'd1', controller: true },
      ],
      annotations: { 'deployment.kubernetes.io/revision': '7' },
    };
    expect(controllerRef(meta)?.uid).toBe('d1');
    expect(revisionOf(meta)).toBe(7);
    expect(revisionOf({ annotations: { 'deployment.kubernetes.io/revision': 'x' } })).toBeNull();
  });
});

describe('isPodAvailable and workloadPod', () => {
  it('counts a Ready pod as available only after minReadySeconds have passed since it became Ready', () => {
    expect(isPodAvailable(readyPod('2025-06-01T11:59:55Z'), 10, NOW)).toBe(false);
    expect(isPodAvailable(readyPod('2025-06-01T11:59:50Z'), 10, NOW)).toBe(true);
    expect(isPodAvailable(readyPod('2025-06-01T11:59:59Z'), 0, NOW)).toBe(true);
  });

  it('says how many seconds remain until a Ready pod becomes available', () => {
    expect(workloadPod(readyPod('2025-06-01T11:59:55Z'), 10, NOW)).toStrictEqual({
      name: 'web-1',
      uid: 'u1',
      phase: 'Running',
      nodeName: 'worker',
      ready: true,
      available: false,
      readySince: '2025-06-01T11:59:55Z',
      availableInSeconds: 5,
      terminating: false,
      createdAt: '2025-06-01T11:59:00Z',
    });
  });
});

describe('byCreation', () => {
  it('sorts oldest first and breaks ties by name', () => {
    const at = (name: string, t: string) => ({ metadata: { name, creationTimestamp: new Date(t) } });
    const sorted = byCreation([at('b', '2025-01-02T00:00:00Z'), at('c', '2025-01-01T00:00:00Z'), at('a', '2025-01-02T00:00:00Z')]);
    expect(sorted.map((o) => o.metadata.name)).toStrictEqual(['c', 'a', 'b']);
  });
});
