import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { explainService } from '../explain/service';
import { buildServiceDetail, buildServiceList, editDistance, nearMisses, serviceEvidenceValues } from './service-views';
import { CAPTURED_AT, demoEndpointSlices, demoPods, demoServices } from './service-views.testdata';

const inputs = { services: demoServices, endpointslices: demoEndpointSlices, pods: demoPods };
const service = (name: string) => demoServices.find((s) => s.metadata?.name === name)!;

describe('buildServiceList', () => {
  it('gives kubectl columns, ready/total endpoints and the diagnosis badge for each demo Service', () => {
    const columns = (clusterIP: string, selector: string) => ({
      type: 'ClusterIP',
      clusterIP,
      externalIP: '<none>',
      externalIPWide: '<none>',
      ports: '80/TCP',
      age: '10m',
      selector,
    });
    expect(buildServiceList(inputs, CAPTURED_AT)).toStrictEqual({
      rows: [
        {
          uid: '3548ddf6-ace6-4f6c-a68a-8782eeaed0c2',
          name: 'no-endpoints',
          namespace: 'explain-demo',
          createdAt: '2026-11-26T01:59:20Z',
          columns: columns('10.96.20.54', 'app=web-frontend'),
          endpoints: { ready: 0, total: 0 },
          diagnosis: 'service-no-endpoints',
        },
        {
          uid: '3aa68efb-0a86-4d85-8025-14a2b50df8c9',
          name: 'readiness-demo',
          namespace: 'explain-demo',
          createdAt: '2026-11-26T01:59:20Z',
          columns: columns('10.96.242.210', 'app=readiness-demo'),
          endpoints: { ready: 0, total: 1 },
          diagnosis: 'service-no-ready-endpoints',
        },
        {
          uid: 'fa0a2fc3-284a-46ac-a5ad-7b1c33c6ea31',
          name: 'web',
          namespace: 'explain-demo',
          createdAt: '2026-11-26T01:59:20Z',
          columns: columns('10.96.70.247', 'app=web'),
          endpoints: { ready: 3, total: 3 },
          diagnosis: null,
        },
      ],
    });
  });

  it('judges each Service only against pods of its own namespace', () => {
    const elsewhere = demoPods.map((p) => ({ ...p, metadata: { ...p.metadata, namespace: 'other', uid: `other-${p.metadata?.uid}` } }));
    const rows = buildServiceList({ ...inputs, pods: [...demoPods, ...elsewhere] }, CAPTURED_AT).rows;
    expect(rows.map((r) => [r.name, r.diagnosis])).toStrictEqual([
      ['no-endpoints', 'service-no-endpoints'],
      ['readiness-demo', 'service-no-ready-endpoints'],
      ['web', null],
    ]);
  });

  it("gives each Service of several namespaces the diagnosis its full explanation gives, from its own slices", () => {
    // A second namespace where the web pods are gone and readiness-demo's slice says ready: the badges swap.
    const other = <T extends { metadata?: object }>(o: T) => ({ ...o, metadata: { ...o.metadata, namespace: 'other' } });
    const pods = [...demoPods, ...demoPods.filter((p) => p.metadata?.labels?.app !== 'web').map(other)];
    const slices = [
      ...demoEndpointSlices,
      ...demoEndpointSlices.map((s) => ({ ...other(s), endpoints: (s.endpoints ?? []).map((e) => ({ ...e, conditions: { ...e.conditions, ready: true } })) })),
    ];
    const services = [...demoServices, ...demoServices.map(other)];
    const rows = buildServiceList({ services, endpointslices: slices, pods }, CAPTURED_AT).rows;
    const full = (name: string, namespace: string) => {
      const svc = services.find((s) => s.metadata?.name === name && s.metadata?.namespace === namespace)!;
      const id = explainService(svc, { pods: pods.filter((p) => p.metadata?.namespace === namespace), endpointSlices: slices, now: CAPTURED_AT }).diagnoses[0]?.id ?? null;
      return id === 'service-no-endpoints' || id === 'service-no-ready-endpoints' ? id : null;
    };
    expect(rows.map((r) => r.diagnosis)).toStrictEqual(rows.map((r) => (r.endpoints.ready === 0 ? full(r.name, r.namespace) : null)));
    expect(rows.map((r) => [r.namespace, r.name, r.endpoints, r.diagnosis])).toStrictEqual([
      ['explain-demo', 'no-endpoints', { ready: 0, total: 0 }, 'service-no-endpoints'],
      ['explain-demo', 'readiness-demo', { ready: 0, total: 1 }, 'service-no-ready-endpoints'],
      ['explain-demo', 'web', { ready: 3, total: 3 }, null],
      ['other', 'no-endpoints', { ready: 0, total: 0 }, 'service-no-endpoints'],
      ['other', 'readiness-demo', { ready: 1, total: 1 }, null],
      ['other', 'web', { ready: 3, total: 3 }, null],
    ]);
  });

  it('diagnoses a namespace with many Services without ready endpoints as one Service at a time would', () => {
    // Copies without slices of every demo Service, several times over: past the first few, the list looks pods up by label.
    const copies = [1, 2, 3, 4].flatMap((i) => demoServices.map((svc) => ({ ...svc, metadata: { ...svc.metadata, name: `${svc.metadata?.name}-copy-${i}`, uid: `copy-${i}-${svc.metadata?.uid}` } })));
    const services = [...demoServices, ...copies];
    const rows = buildServiceList({ ...inputs, services }, CAPTURED_AT).rows;
    const full = (name: string) => {
      const svc = services.find((x) => x.metadata?.name === name)!;
      const id = explainService(svc, { pods: demoPods, endpointSlices: demoEndpointSlices, now: CAPTURED_AT }).diagnoses[0]?.id ?? null;
      return id === 'service-no-endpoints' || id === 'service-no-ready-endpoints' ? id : null;
    };
    expect(rows.map((r) => [r.name, r.diagnosis])).toStrictEqual(rows.map((r) => [r.name, r.endpoints.ready === 0 ? full(r.name) : null]));
    expect(rows.filter((r) => r.diagnosis === 'service-no-endpoints').length).toBeGreaterThanOrEqual(5);
  });
});

describe('buildServiceDetail', () => {
  it('reports a Service missing from the cache as not found', () => {
    expect(buildServiceDetail(inputs, CAPTURED_AT, { namespace: 'explain-demo', name: 'gone' })).toStrictEqual({ found: false, namespace: 'explain-demo', name: 'gone' });
  });

  it('resolves every evidence path of the no-ready-endpoints diagnosis to its live value', () => {
    const model = buildServiceDetail(inputs, CAPTURED_AT, { namespace: 'explain-demo', name: 'readiness-demo' });
    if (!model.found) throw new Error('readiness-demo not found');
    expect(model.explanation.diagnoses.map((d) => d.id)).toStrictEqual(['service-no-ready-endpoints']);
    expect(model.evidence).toStrictEqual({
      'spec.selector': '{"app":"readiness-demo"}',
      'pod[explain-demo/readiness-fail].status.conditions[3].status': 'False',
      'endpointSlice[readiness-demo-swzpv].endpoints[0].conditions.ready': 'false',
    });
    expect(model.nearMisses).toStrictEqual([]);
  });

  it('lists the namespace pods whose selector-key value differs when the selector picks no pod', () => {
    const model = buildServiceDetail(inputs, CAPTURED_AT, { namespace: 'explain-demo', name: 'no-endpoints' });
    if (!model.found) throw new Error('no-endpoints not found');
    expect(model.evidence).toStrictEqual({ 'spec.selector': '{"app":"web-frontend"}' });
    expect(model.nearMisses.map((m) => [m.name, m.labels])).toStrictEqual(
      [
        ['web-569b4d9d45-7bj98', 'web'],
        ['web-569b4d9d45-n5j2w', 'web'],
        ['web-569b4d9d45-n9xln', 'web'],
        ['oom-killed', 'oom-killed'],
        ['slow-delete', 'slow-delete'],
        ['init-demo', 'init-demo'],
        ['complete-job-blpj8', 'complete-job'],
        ['crash-loop', 'crash-loop'],
        ['image-pull-backoff', 'image-pull'],
        ['readiness-fail', 'readiness-demo'],
        ['unschedulable', 'unschedulable'],
      ].map(([name, actual]) => [name, [{ key: 'app', wanted: 'web-frontend', actual, state: 'different' }]]),
    );
  });
});

describe('serviceEvidenceValues', () => {
  it('reads the pod each path names, a namesake in another namespace and a quoted key included', () => {
    const pod = demoPods[0]!;
    const name = pod.metadata?.name ?? '';
    const twin = { ...pod, metadata: { ...pod.metadata, namespace: 'other' }, status: { ...pod.status, phase: 'Failed' } };
    const paths = [`pod[${pod.metadata?.namespace}/${name}].status.phase`, `pod['other/${name}'].status.phase`, `pod[nowhere/${name}].status.phase`, 'spec.selector'];
    expect(serviceEvidenceValues(service('web'), { pods: [...demoPods, twin], endpointslices: demoEndpointSlices }, paths)).toStrictEqual({
      [paths[0]!]: pod.status?.phase,
      [paths[1]!]: 'Failed',
      'spec.selector': '{"app":"web"}',
    });
  });
});

describe('nearMisses', () => {
  it('ranks the closest value first, so a crowded namespace keeps the likely typo within the limit', () => {
    const pod = (name: string, app: string): V1Pod => ({ metadata: { name, namespace: 'explain-demo', labels: { app } } });
    const crowd = Array.from({ length: 30 }, (_, i) => pod(`a-${String(i).padStart(2, '0')}`, `unrelated-${i}`));
    const misses = nearMisses(service('no-endpoints'), [...crowd, pod('z-web', 'web-frontnd')]);
    expect(misses).toHaveLength(20);
    expect(misses[0]).toStrictEqual({ namespace: 'explain-demo', name: 'z-web', labels: [{ key: 'app', wanted: 'web-frontend', actual: 'web-frontnd', state: 'different' }] });
  });

  it('measures edit distance as inserts, deletes and substitutions', () => {
    expect([editDistance('web', 'web-frontend'), editDistance('kitten', 'sitting'), editDistance('', 'abc'), editDistance('same', 'same')]).toStrictEqual([9, 3, 3, 0]);
  });

  it('leaves out pods that lack every selector key, and pods of other namespaces', () => {
    const unlabelled: V1Pod = { metadata: { name: 'bare', namespace: 'explain-demo', labels: { tier: 'x' } } };
    const foreign: V1Pod = { metadata: { name: 'far', namespace: 'other', labels: { app: 'nope' } } };
    expect(nearMisses(service('no-endpoints'), [unlabelled, foreign])).toStrictEqual([]);
  });
});
