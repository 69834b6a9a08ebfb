import 'server-only';
import { describe, expect, it } from 'vitest';
import { sandboxCapture } from '@/lib/testing/sandbox-capture';
import { buildNodeList } from '@/lib/views/node-views';
import { buildModel, parseSubscriptionSpec, resolveSubscription, type ModelDefinition } from './subscriptions';
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
