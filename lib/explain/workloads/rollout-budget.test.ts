import { describe, expect, it } from 'vitest';
import type { V1Deployment } from '@kubernetes/client-node';
import { resolveFenceposts, rolloutBudget, type RolloutBudget } from './rollout-budget';

function deployment(replicas: number | undefined, rollingUpdate?: { maxSurge?: string | number; maxUnavailable?: string | number }): V1Deployment {
  return {
    metadata: { name: 'web' },
    spec: {
      ...(replicas === undefined ? {} : { replicas }),
      selector: { matchLabels: { app: 'web' } },
      template: {},
      strategy: { type: 'RollingUpdate', ...(rollingUpdate ? { rollingUpdate } : {}) },
    },
  };
}

describe('resolveFenceposts', () => {
  // kubernetes pkg/controller/deployment/util/deployment_util_test.go TestResolveFenceposts.
  const cases: { surge?: string; unavailable?: string; desired: number; want: [number, number]; error: boolean }[] = [
    { surge: '0%', unavailable: '0%', desired: 0, want: [0, 1], error: false },
    { surge: '39%', unavailable: '39%', desired: 10, want: [4, 3], error: false },
    { surge: 'oops', unavailable: '39%', desired: 10, want: [0, 0], error: true },
    { surge: '55%', unavailable: 'urg', desired: 10, want: [0, 0], error: true },
    { unavailable: '39%', desired: 10, want: [0, 3], error: false },
    { surge: '39%', desired: 10, want: [4, 0], error: false },
    { desired: 10, want: [0, 1], error: false },
  ];
  for (const c of cases) {
    it(`resolves maxSurge ${c.surge ?? 'nil'} and maxUnavailable ${c.unavailable ?? 'nil'} of ${c.desired} to ${c.want.join(':')}${c.error ? ' with an error' : ''}`, () => {
      const got = resolveFenceposts(c.surge, c.unavailable, c.desired);
      expect([got.surge, got.unavailable, got.error !== null]).toStrictEqual([...c.want, c.error]);
    });
  }
});

describe('rolloutBudget', () => {
  it('works out the 25 % defaults for 4 replicas: 1 extra pod (rounded up), 1 unavailable (rounded down), at most 5, at least 3', () => {
    const want: RolloutBudget = {
      strategy: 'RollingUpdate',
      replicas: 4,
      maxSurge: {
        field: 'maxSurge',
        source: '25%',
        defaulted: true,
        kind: 'percent',
        percent: 25,
        exact: 1,
        rounding: 'up',
        resolved: 1,
        value: 1,
        path: 'spec.strategy.rollingUpdate.maxSurge',
      },
      maxUnavailable: {
        field: 'maxUnavailable',
        source: '25%',
        defaulted: true,
        kind: 'percent',
        percent: 25,
        exact: 1,
        rounding: 'down',
        resolved: 1,
        value: 1,
        path: 'spec.strategy.rollingUpdate.maxUnavailable',
      },
      bothZeroBumped: false,
      cappedAtReplicas: false,
      maxPods: 5,
      minAvailable: 3,
      availableThreshold: 3,
    };
    expect(rolloutBudget(deployment(4))).toStrictEqual(want);
  });

  it('rounds 25 % of 3 up to 1 for surge and down to 0 for unavailable, so all 3 stay available', () => {
    const budget = rolloutBudget(deployment(3, { maxSurge: '25%', maxUnavailable: '25%' }));
    expect(budget.strategy === 'RollingUpdate' && [budget.maxSurge.exact, budget.maxSurge.value, budget.maxUnavailable.exact, budget.maxUnavailable.value, budget.maxPods, budget.minAvailable]).toStrictEqual([
      0.75, 1, 0.75, 0, 4, 3,
    ]);
  });

  it('makes maxUnavailable 1 when both resolve to 0 after rounding (maxSurge 0, maxUnavailable 10 % of 3)', () => {
    const budget = rolloutBudget(deployment(3, { maxSurge: 0, maxUnavailable: '10%' }));
    expect(budget.strategy === 'RollingUpdate' && [budget.maxSurge.kind, budget.maxUnavailable.resolved, budget.maxUnavailable.value, budget.bothZeroBumped, budget.maxPods, budget.minAvailable]).toStrictEqual([
      'absolute', 0, 1, true, 3, 2,
    ]);
  });

  // kubernetes pkg/controller/deployment/util/deployment_util_test.go TestMaxUnavailable (maxSurge 1).
  const maxUnavailableCases: { name: string; replicas: number; maxUnavailable: string | number; want: number }[] = [
    { name: 'less than replicas', replicas: 10, maxUnavailable: 5, want: 5 },
    { name: 'equal to replicas', replicas: 10, maxUnavailable: 10, want: 10 },
    { name: 'greater than replicas, capped', replicas: 5, maxUnavailable: 10, want: 5 },
    { name: 'with 0 replicas', replicas: 0, maxUnavailable: 10, want: 0 },
    { name: 'less than replicas with percents', replicas: 10, maxUnavailable: '50%', want: 5 },
    { name: 'equal to replicas with percents', replicas: 10, maxUnavailable: '100%', want: 10 },
    { name: 'greater than replicas with percents, capped', replicas: 5, maxUnavailable: '100%', want: 5 },
  ];
  for (const c of maxUnavailableCases) {
    it(`uses maxUnavailable ${c.maxUnavailable} of ${c.replicas} replicas as ${c.want} (${c.name})`, () => {
      const budget = rolloutBudget(deployment(c.replicas, { maxSurge: 1, maxUnavailable: c.maxUnavailable }));
      expect(budget.strategy === 'RollingUpdate' && budget.maxUnavailable.value).toBe(c.want);
    });
  }

  it('flags the cap when maxUnavailable is larger than replicas', () => {
    const budget = rolloutBudget(deployment(5, { maxSurge: 1, maxUnavailable: 10 }));
    expect(budget.strategy === 'RollingUpdate' && [budget.cappedAtReplicas, budget.minAvailable]).toStrictEqual([true, 0]);
  });

  it('explains Recreate: no extra pods, none available in between, and Available wants every replica (MaxUnavailable is 0)', () => {
    const recreate: V1Deployment = { metadata: { name: 'db' }, spec: { replicas: 2, selector: {}, template: {}, strategy: { type: 'Recreate' } } };
    expect(rolloutBudget(recreate)).toStrictEqual({ strategy: 'Recreate', replicas: 2, maxPods: 2, minAvailable: 0, availableThreshold: 2 });
  });

  it('reads an unset replicas as the API default 1', () => {
    expect(rolloutBudget(deployment(undefined)).replicas).toBe(1);
  });
});
