import { describe, expect, it } from 'vitest';
import { explainService } from '../explain/service';
import { serviceDiagram } from './service-diagram';
import { CAPTURED_AT, demoEndpointSlices, demoPods, demoServices } from './service-views.testdata';

const explain = (name: string, slices = demoEndpointSlices) =>
  explainService(demoServices.find((s) => s.metadata?.name === name)!, { pods: demoPods, endpointSlices: slices, now: CAPTURED_AT });

describe('serviceDiagram', () => {
  it('shows readiness-fail as a not-ready endpoint of the readiness-demo slice', () => {
    expect(serviceDiagram(explain('readiness-demo'))).toStrictEqual({
      slices: [
        {
          name: 'readiness-demo-swzpv',
          addressType: 'IPv4',
          managedBy: 'endpointslice-controller.k8s.io',
          ports: ['http 8080/TCP'],
          endpoints: [
            {
              key: 'readiness-demo-swzpv/0',
              addresses: ['10.244.2.3'],
              pod: { namespace: 'explain-demo', name: 'readiness-fail' },
              nodeName: 'sandbox-worker2',
              ready: false,
              serving: false,
              terminating: false,
              state: 'not-ready',
              unknownConditions: [],
            },
          ],
        },
      ],
      counts: { ready: 0, terminating: 0, notReady: 1 },
    });
  });

  it('counts the three web pods as ready endpoints', () => {
    const d = serviceDiagram(explain('web'));
    expect(d.counts).toStrictEqual({ ready: 3, terminating: 0, notReady: 0 });
    expect(d.slices[0]?.endpoints.map((e) => e.pod?.name)).toStrictEqual(['web-569b4d9d45-n5j2w', 'web-569b4d9d45-7bj98', 'web-569b4d9d45-n9xln']);
  });

  it('marks an endpoint with terminating=true as terminating even while it still serves', () => {
    const slices = demoEndpointSlices.map((s) =>
      s.metadata?.name === 'web-pgjgp'
        ? { ...s, endpoints: s.endpoints.map((e, i) => (i === 0 ? { ...e, conditions: { ready: false, serving: true, terminating: true } } : e)) }
        : s,
    );
    const d = serviceDiagram(explain('web', slices));
    expect(d.slices[0]?.endpoints[0]).toStrictEqual({
      key: 'web-pgjgp/0',
      addresses: ['10.244.1.1'],
      pod: { namespace: 'explain-demo', name: 'web-569b4d9d45-n5j2w' },
      nodeName: 'sandbox-worker',
      ready: false,
      serving: true,
      terminating: true,
      state: 'terminating',
      unknownConditions: [],
    });
    expect(d.counts).toStrictEqual({ ready: 2, terminating: 1, notReady: 0 });
  });

  it('shows an empty slice for a Service whose selector matches nothing', () => {
    expect(serviceDiagram(explain('no-endpoints'))).toStrictEqual({
      slices: [{ name: 'no-endpoints-wbt9j', addressType: 'IPv4', managedBy: 'endpointslice-controller.k8s.io', ports: [], endpoints: [] }],
      counts: { ready: 0, terminating: 0, notReady: 0 },
    });
  });
});
