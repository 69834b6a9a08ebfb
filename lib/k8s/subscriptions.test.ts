import 'server-only';
import { describe, expect, it } from 'vitest';
import type { SubscriptionSpec } from '@/lib/contract';
import { READYZ_OK, VERSION_1_33 } from '@/lib/explain/cluster-testdata';
import { sandboxCapture } from '@/lib/testing/sandbox-capture';
import { buildClusterOverview } from '@/lib/views/cluster-overview';
import { toNamespaceRow } from '@/lib/views/namespace-row';
import { buildNodeDetail, buildNodeList } from '@/lib/views/node-views';
import { buildPodDetail } from '@/lib/views/pod-detail';
import { toPodRow } from '@/lib/views/pod-row';
import { buildServiceDetail, buildServiceList } from '@/lib/views/service-views';
import { buildModel, parseSubscriptionSpec, resolveSubscription, type ModelDefinition, type SubscriptionDefinition } from './subscriptions';
import type { KubeObject } from './watch-cache';

function modelDef(def: ReturnType<typeof resolveSubscription>): ModelDefinition {
  if (def.kind !== 'model') throw new Error('not a model view');
  return def;
}

describe('parseSubscriptionSpec', () => {
  it('accepts the views the UI subscribes to', () => {
    expect(parseSubscriptionSpec({ view: 'pods', context: 'kind-kind', namespace: 'default' })).toStrictEqual({ view: 'pods', context: 'kind-kind', namespace: 'default' });
    expect(parseSubscriptionSpec({ view: 'pods', namespace: '' })).toStrictEqual({ view: 'pods', context: undefined, namespace: undefined });
    expect(parseSubscriptionSpec({ view: 'pod', namespace: 'explain-demo', name: 'crash-loop' })).toStrictEqual({ view: 'pod', context: undefined, namespace: 'explain-demo', name: 'crash-loop' });
  });

  it('rejects unknown views, bad names and path tricks', () => {
    expect(parseSubscriptionSpec({ view: 'secrets' })).toBeNull();
    expect(parseSubscriptionSpec({ view: 'pods', namespace: '../kube-system' })).toBeNull();
    expect(parseSubscriptionSpec({ view: 'pod', namespace: 'default' })).toBeNull();
    expect(parseSubscriptionSpec({ view: 'pod', namespace: 'default', name: 'A_B' })).toBeNull();
    expect(parseSubscriptionSpec('pods')).toBeNull();
    expect(parseSubscriptionSpec(null)).toBeNull();
  });

  it('accepts every view with its fields, and drops fields it does not know', () => {
    const ctx = 'arn:aws:eks:eu-west-1:123456789012:cluster/prod';
    expect(
      [
        { view: 'pods', context: ctx },
        { view: 'namespaces', context: ctx, namespace: 'default' },
        { view: 'pod', context: ctx, namespace: 'explain-demo', name: 'web-569b4d9d45-7bj98', extra: 'x' },
        { view: 'services', context: ctx, namespace: 'explain-demo' },
        { view: 'service', context: ctx, namespace: 'explain-demo', name: 'readiness-demo' },
        { view: 'nodes', context: ctx, name: 'sandbox-worker' },
        { view: 'node', context: ctx, name: 'ip-10-0-1-23.eu-west-1.compute.internal' },
        { view: 'cluster', context: null, namespace: null },
      ].map(parseSubscriptionSpec),
    ).toStrictEqual([
      { view: 'pods', context: ctx, namespace: undefined },
      { view: 'namespaces', context: ctx },
      { view: 'pod', context: ctx, namespace: 'explain-demo', name: 'web-569b4d9d45-7bj98' },
      { view: 'services', context: ctx, namespace: 'explain-demo' },
      { view: 'service', context: ctx, namespace: 'explain-demo', name: 'readiness-demo' },
      { view: 'nodes', context: ctx },
      { view: 'node', context: ctx, name: 'ip-10-0-1-23.eu-west-1.compute.internal' },
      { view: 'cluster', context: undefined },
    ]);
  });

  it('rejects a detail view without its namespace or name', () => {
    for (const spec of [
      { view: 'pod', name: 'crash-loop' },
      { view: 'pod', namespace: '', name: 'crash-loop' },
      { view: 'pod', namespace: 'explain-demo' },
      { view: 'service', name: 'web' },
      { view: 'service', namespace: 'explain-demo', name: '' },
      { view: 'node' },
      { view: 'node', name: '' },
    ]) expect([spec, parseSubscriptionSpec(spec)]).toStrictEqual([spec, null]);
  });

  it('rejects names Kubernetes would not accept: case, separators, path tricks, edges, length, non-strings', () => {
    for (const name of ['Crash-Loop', 'a_b', 'a/b', '..', '../etc', '%2e%2e', '-web', 'web-', '.web', 'web.', 'web\n', ' web', 'a'.repeat(254), 42, ['web'], { toString: 'web' }]) {
      for (const spec of [{ view: 'pod', namespace: 'explain-demo', name }, { view: 'service', namespace: 'explain-demo', name }, { view: 'node', name }]) {
        expect([spec, parseSubscriptionSpec(spec)]).toStrictEqual([spec, null]);
      }
    }
    expect(parseSubscriptionSpec({ view: 'node', name: 'a'.repeat(253) })).toStrictEqual({ view: 'node', context: undefined, name: 'a'.repeat(253) });
  });

  it('refuses a malformed namespace instead of reading it as all namespaces', () => {
    for (const namespace of ['Default', 'kube.system', 'a'.repeat(64), '-x', 'x-', 'a/b', 7, ['default'], { name: 'default' }, true]) {
      for (const view of ['pods', 'services', 'namespaces', 'nodes', 'cluster']) {
        const spec = { view, namespace };
        expect([spec, parseSubscriptionSpec(spec)]).toStrictEqual([spec, null]);
      }
    }
    expect(parseSubscriptionSpec({ view: 'pods', namespace: 'a'.repeat(63) })).toStrictEqual({ view: 'pods', context: undefined, namespace: 'a'.repeat(63) });
  });

  it('refuses a malformed context instead of reading it as the current context', () => {
    for (const context of ['', 'c'.repeat(1025), 1, ['kind-kind'], { name: 'kind-kind' }, false]) {
      const spec = { view: 'pods', context };
      expect([spec, parseSubscriptionSpec(spec)]).toStrictEqual([spec, null]);
    }
    expect(parseSubscriptionSpec({ view: 'nodes', context: 'c'.repeat(1024) })).toStrictEqual({ view: 'nodes', context: 'c'.repeat(1024) });
  });

  it('rejects views it does not serve, whatever they are called', () => {
    for (const view of ['secrets', 'Pods', 'pods ', '', 'constructor', '__proto__', 'toString', undefined, null, 1, ['pods'], { view: 'pods' }]) {
      expect([view, parseSubscriptionSpec({ view })]).toStrictEqual([view, null]);
    }
    expect([parseSubscriptionSpec(undefined), parseSubscriptionSpec(7), parseSubscriptionSpec(['pods']), parseSubscriptionSpec({})]).toStrictEqual([null, null, null, null]);
  });
});

describe('resolveSubscription', () => {
  const context = 'kube-explain-sandbox';
  const NS = 'explain-demo';
  const now = new Date('2026-11-26T02:12:00Z');

  /** One spec of every view the browser may ask for (the compiler insists a new view is added here). */
  const SPECS = {
    pods: { view: 'pods', context, namespace: NS },
    namespaces: { view: 'namespaces', context },
    pod: { view: 'pod', context, namespace: NS, name: 'crash-loop' },
    services: { view: 'services', context, namespace: NS },
    service: { view: 'service', context, namespace: NS, name: 'web' },
    nodes: { view: 'nodes', context },
    node: { view: 'node', context, name: 'sandbox-worker' },
    cluster: { view: 'cluster', context },
  } satisfies { [V in SubscriptionSpec['view']]: Extract<SubscriptionSpec, { view: V }> };

  /** What a definition reads, without its functions. */
  function reads(def: SubscriptionDefinition) {
    return def.kind === 'list' ? { kind: def.kind, source: def.source } : { kind: def.kind, sources: def.sources, pollMs: def.poll?.intervalMs ?? null };
  }

  it('reads the caches each view needs, in its namespace where it has one', () => {
    const nodeViews = { nodes: { context, resource: 'nodes' }, pods: { context, resource: 'pods' }, leases: { context, resource: 'leases', namespace: 'kube-node-lease' } };
    const serviceViews = { services: { context, resource: 'services', namespace: NS }, endpointslices: { context, resource: 'endpointslices', namespace: NS }, pods: { context, resource: 'pods', namespace: NS } };
    expect(Object.fromEntries(Object.entries(SPECS).map(([view, spec]) => [view, reads(resolveSubscription(spec))]))).toStrictEqual({
      pods: { kind: 'list', source: { context, resource: 'pods', namespace: NS } },
      namespaces: { kind: 'list', source: { context, resource: 'namespaces' } },
      pod: {
        kind: 'model',
        sources: {
          pods: { context, resource: 'pods', namespace: NS },
          events: { context, resource: 'events', namespace: NS },
          nodes: { context, resource: 'nodes' },
          services: { context, resource: 'services', namespace: NS },
          endpointslices: { context, resource: 'endpointslices', namespace: NS },
        },
        pollMs: null,
      },
      services: { kind: 'model', sources: serviceViews, pollMs: null },
      service: { kind: 'model', sources: serviceViews, pollMs: null },
      nodes: { kind: 'model', sources: nodeViews, pollMs: null },
      node: { kind: 'model', sources: nodeViews, pollMs: null },
      cluster: {
        kind: 'model',
        sources: { nodes: { context, resource: 'nodes' }, pods: { context, resource: 'pods' }, leases: { context, resource: 'leases', namespace: 'kube-system' } },
        pollMs: 10_000,
      },
    });
  });

  it('reads every namespace for the list views without one, and the current context without a context', () => {
    expect([resolveSubscription({ view: 'pods' }), resolveSubscription({ view: 'services' })].map(reads)).toStrictEqual([
      { kind: 'list', source: { context: undefined, resource: 'pods', namespace: undefined } },
      {
        kind: 'model',
        sources: { services: { context: undefined, resource: 'services', namespace: undefined }, endpointslices: { context: undefined, resource: 'endpointslices', namespace: undefined }, pods: { context: undefined, resource: 'pods', namespace: undefined } },
        pollMs: null,
      },
    ]);
  });

  it('projects each pod to its Pods-table row and each namespace to its row, filtering none out', () => {
    const pods = resolveSubscription(SPECS.pods);
    const namespaces = resolveSubscription(SPECS.namespaces);
    if (pods.kind !== 'list' || namespaces.kind !== 'list') throw new Error('list views expected');
    const allPods = sandboxCapture.pods();
    const allNamespaces = sandboxCapture.namespaces();
    expect(allPods.filter(pods.filter).map((p) => pods.project(p, now))).toStrictEqual(allPods.map((p) => toPodRow(p, now)));
    expect(allNamespaces.filter(namespaces.filter).map((n) => namespaces.project(n, now))).toStrictEqual(allNamespaces.map(toNamespaceRow));
  });

  it("builds each model view with its own builder, for the object the spec names", () => {
    const podInputs = { pods: sandboxCapture.pods(), events: sandboxCapture.events(), nodes: sandboxCapture.nodes(), services: sandboxCapture.services(), endpointslices: sandboxCapture.endpointSlices() };
    const serviceInputs = { services: sandboxCapture.services(), endpointslices: sandboxCapture.endpointSlices(), pods: sandboxCapture.pods() };
    const nodeInputs = { nodes: sandboxCapture.nodes(), pods: sandboxCapture.pods(), leases: sandboxCapture.leases() };
    const build = (spec: SubscriptionSpec, inputs: object, polled?: unknown) => modelDef(resolveSubscription(spec)).build(inputs as Record<string, KubeObject[]>, now, polled);
    expect(build(SPECS.pod, podInputs)).toStrictEqual(buildPodDetail(podInputs, now, { namespace: NS, name: 'crash-loop' }));
    expect(build(SPECS.services, serviceInputs)).toStrictEqual(buildServiceList(serviceInputs, now));
    expect(build(SPECS.service, serviceInputs)).toStrictEqual(buildServiceDetail(serviceInputs, now, { namespace: NS, name: 'web' }));
    expect(build(SPECS.nodes, nodeInputs)).toStrictEqual(buildNodeList(nodeInputs, now));
    expect(build(SPECS.node, nodeInputs)).toStrictEqual(buildNodeDetail(nodeInputs, now, { name: 'sandbox-worker' }));
  });

  it('builds the cluster view with its polled probes, and with none before the first poll answers', () => {
    const inputs = { nodes: sandboxCapture.nodes(), pods: sandboxCapture.pods(), leases: [] };
    const def = modelDef(resolveSubscription(SPECS.cluster));
    const probes = { version: VERSION_1_33, readyz: READYZ_OK };
    expect(def.build(inputs, now, probes)).toStrictEqual(buildClusterOverview(inputs, probes, now));
    expect(def.build(inputs, now, undefined)).toStrictEqual(buildClusterOverview(inputs, { version: null, readyz: null }, now));
  });
});

describe('buildModel', () => {
  const now = new Date('2026-11-26T02:12:00Z');
  const inputs = { nodes: sandboxCapture.nodes(), pods: sandboxCapture.pods(), leases: sandboxCapture.leases() } as unknown as Record<string, KubeObject[]>;

  it("returns the view's own model built from its inputs", () => {
    const def = modelDef(resolveSubscription({ view: 'nodes', context: 'kube-explain-sandbox' }));
    expect(buildModel(def, inputs, now, undefined)).toStrictEqual({ ok: true, model: buildNodeList({ nodes: sandboxCapture.nodes(), pods: sandboxCapture.pods(), leases: sandboxCapture.leases() }, now) });
  });

  it('turns a builder that throws into the build error state the error panel shows, not an exception', () => {
    const def = { ...modelDef(resolveSubscription({ view: 'cluster' })), build: () => JSON.parse('{') as unknown };
    let message = '';
    try {
      JSON.parse('{');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(buildModel(def, inputs, now, undefined)).toStrictEqual({ ok: false, error: { phase: 'error', kind: 'build', message, fix: { id: 'fix.build', params: {} }, lastEventAt: null } });
  });
});
