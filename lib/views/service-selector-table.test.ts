import type { V1Service } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { explainService } from '../explain/service';
import { selectorTable } from './service-selector-table';
import { CAPTURED_AT, demoEndpointSlices, demoPods, demoServices } from './service-views.testdata';

const svc = (name: string) => demoServices.find((s) => s.metadata?.name === name)!;
const explain = (s: V1Service, pods = demoPods) => explainService(s, { pods, endpointSlices: demoEndpointSlices, now: CAPTURED_AT });
const app = (wanted: string, actual: string | null, state: 'match' | 'missing' | 'different') => ({ key: 'app', wanted, actual, state });

describe('selectorTable', () => {
  it('says readiness-fail matches the selector but is not an endpoint because it is not Ready', () => {
    expect(selectorTable(explain(svc('readiness-demo')))).toStrictEqual({
      keys: [{ key: 'app', wanted: 'readiness-demo' }],
      rows: [
        {
          namespace: 'explain-demo',
          name: 'readiness-fail',
          sameNamespace: true,
          cells: [app('readiness-demo', 'readiness-demo', 'match')],
          verdict: 'not-ready',
          reasons: ['not-ready'],
          sliceAgrees: true,
        },
      ],
    });
  });

  it('gives each web pod a ✓ for app=web and a ready verdict', () => {
    const table = selectorTable(explain(svc('web')));
    expect(table.rows.map((r) => [r.name, r.cells, r.verdict, r.reasons])).toStrictEqual(
      ['web-569b4d9d45-7bj98', 'web-569b4d9d45-n5j2w', 'web-569b4d9d45-n9xln'].map((n) => [n, [app('web', 'web', 'match')], 'ready', []]),
    );
  });

  it('tells a missing label from a different value and excludes pods that miss one', () => {
    const base = svc('web');
    const strict: V1Service = { ...base, spec: { ...base.spec, selector: { app: 'web', tier: 'backend', track: 'stable' } } };
    const table = selectorTable(explain(strict));
    expect(table.keys).toStrictEqual([
      { key: 'app', wanted: 'web' },
      { key: 'tier', wanted: 'backend' },
      { key: 'track', wanted: 'stable' },
    ]);
    expect(table.rows[0]).toStrictEqual({
      namespace: 'explain-demo',
      name: 'web-569b4d9d45-7bj98',
      sameNamespace: true,
      cells: [
        app('web', 'web', 'match'),
        { key: 'tier', wanted: 'backend', actual: 'frontend', state: 'different' },
        { key: 'track', wanted: 'stable', actual: null, state: 'missing' },
      ],
      verdict: 'excluded',
      reasons: ['selector-mismatch'],
      // The captured slice still lists the pod: the controller has not caught up with this made-up selector.
      sliceAgrees: false,
    });
  });

  it('lists a matching pod without an IP as excluded with the no-ip reason', () => {
    const pods = demoPods.map((p) => (p.metadata?.name === 'readiness-fail' ? { ...p, status: { ...p.status, podIP: undefined, podIPs: [] } } : p));
    const row = selectorTable(explain(svc('readiness-demo'), pods)).rows[0];
    expect([row?.verdict, row?.reasons]).toStrictEqual(['excluded', ['no-ip', 'not-ready']]);
  });
});
