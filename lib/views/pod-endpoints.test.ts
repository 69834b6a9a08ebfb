import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { servicesSelectingPod } from '../explain/pod-services';
import { podServiceViews } from './pod-endpoints';
import { demoPods, demoServices, demoSlices } from './pod-detail.testdata';

const pod = (name: string) => demoPods.find((p) => p.metadata?.name === name) as V1Pod;
const views = (name: string) => podServiceViews(pod(name), servicesSelectingPod(pod(name), demoServices), demoSlices);

describe('podServiceViews', () => {
  it('shows the readiness-fail pod as a not-ready endpoint of readiness-demo', () => {
    expect(views('readiness-fail')).toStrictEqual([
      {
        name: 'readiness-demo',
        expected: { name: 'readiness-demo', listed: true, ready: false, serving: false, terminating: false, publishNotReadyAddresses: false },
        endpoint: { slice: 'readiness-demo-swzpv', ready: false, serving: false, terminating: false },
      },
    ]);
  });

  it('shows a web replica as a ready endpoint of web', () => {
    expect(views('web-569b4d9d45-7bj98').map((v) => [v.name, v.endpoint])).toStrictEqual([
      ['web', { slice: 'web-pgjgp', ready: true, serving: true, terminating: false }],
    ]);
  });

  it('lists nothing for a pod no Service selects', () => {
    expect(views('crash-loop')).toStrictEqual([]);
  });
});
