import { describe, expect, it } from 'vitest';
import { planScale, scaleManifests } from './scale';

describe('planScale', () => {
  it('splits the pods into Deployments of at most 100 replicas, ten per namespace', () => {
    const plan = planScale(30_000);
    expect(plan.deployments).toHaveLength(300);
    expect(plan.namespaces).toHaveLength(30);
    expect(plan.deployments.reduce((n, d) => n + d.replicas, 0)).toBe(30_000);
  });

  it('puts the remainder in a last, smaller Deployment', () => {
    expect(planScale(250)).toStrictEqual({
      namespaces: ['scale-0'],
      deployments: [
        { namespace: 'scale-0', name: 'load-0', replicas: 100 },
        { namespace: 'scale-0', name: 'load-1', replicas: 100 },
        { namespace: 'scale-0', name: 'load-2', replicas: 50 },
      ],
    });
  });

  it('plans nothing for zero pods', () => {
    expect(planScale(0)).toStrictEqual({ namespaces: [], deployments: [] });
  });

  it('renders namespaces first, then Deployments pinned to the scale node pool', () => {
    const list = scaleManifests(planScale(150)) as { items: { kind: string; spec?: { template: { spec: { nodeSelector: Record<string, string> } } } }[] };
    expect(list.items.map((i) => i.kind)).toStrictEqual(['Namespace', 'Deployment', 'Deployment']);
    expect(list.items[1]?.spec?.template.spec.nodeSelector).toStrictEqual({ 'sandbox.kube-explain.dev/pool': 'scale' });
  });
});
