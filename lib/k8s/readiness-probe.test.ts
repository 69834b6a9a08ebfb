import { describe, expect, it } from 'vitest';
import { KubeconfigError } from './errors';
import type { LiveKey, ResourceSubscriber } from './live';
import { ReadinessProbe } from './readiness-probe';
import type { CacheListener, CacheState, KubeObject } from './watch-cache';

const at = '2025-01-01T00:00:00.000Z';
const syncing: CacheState = { phase: 'syncing', count: 0, lastEventAt: null, lastSyncedAt: null };
const synced: CacheState = { phase: 'synced', lastEventAt: null, lastSyncedAt: at };

/** A stand-in for the shared caches: records who holds which key and lets the test emit states. */
function fakeCaches() {
  const open = new Map<string, CacheListener<KubeObject>>();
  const key = (k: LiveKey) => `${k.context}/${k.resource}`;
  const subscribe: ResourceSubscriber = <T extends KubeObject>(k: LiveKey, listener: CacheListener<T>) => {
    open.set(key(k), listener as CacheListener<KubeObject>);
    listener({ type: 'snapshot', items: [], state: syncing });
    return () => open.delete(key(k));
  };
  return {
    subscribe,
    held: () => [...open.keys()].sort(),
    emit: (k: string, state: CacheState) => open.get(k)?.({ type: 'state', state }),
  };
}

describe('ReadinessProbe', () => {
  it("holds the current context's namespace and pod caches and turns ready once both are synced", () => {
    const caches = fakeCaches();
    const probe = new ReadinessProbe({ currentContext: () => 'dev', subscribe: caches.subscribe });
    expect(probe.check()).toMatchObject({ ready: false, reason: 'namespaces: first list in progress (0 so far)' });
    expect(caches.held()).toStrictEqual(['dev/namespaces', 'dev/pods']);
    caches.emit('dev/namespaces', synced);
    expect(probe.check()).toMatchObject({ ready: false, reason: 'pods: first list in progress (0 so far)' });
    caches.emit('dev/pods', synced);
    expect(probe.check()).toMatchObject({ ready: true, context: 'dev', reason: null });
  });

  it('subscribes once, however often it is asked', () => {
    const caches = fakeCaches();
    let subscriptions = 0;
    const probe = new ReadinessProbe({
      currentContext: () => 'dev',
      subscribe: (k, l) => {
        subscriptions += 1;
        return caches.subscribe(k, l);
      },
    });
    for (let i = 0; i < 5; i += 1) probe.check();
    expect(subscriptions).toBe(2);
  });

  it('releases the old caches and waits for the new ones when the current context changes', () => {
    const caches = fakeCaches();
    let context = 'dev';
    const probe = new ReadinessProbe({ currentContext: () => context, subscribe: caches.subscribe });
    probe.check();
    caches.emit('dev/namespaces', synced);
    caches.emit('dev/pods', synced);
    expect(probe.check().ready).toBe(true);
    context = 'prod';
    expect(probe.check()).toMatchObject({ ready: false, context: 'prod' });
    expect(caches.held()).toStrictEqual(['prod/namespaces', 'prod/pods']);
  });

  it('is not ready, holding nothing, when the kubeconfig cannot be loaded', () => {
    const caches = fakeCaches();
    let broken = false;
    const probe = new ReadinessProbe({
      currentContext: () => {
        if (broken) throw new KubeconfigError('no-kubeconfig', 'no kubeconfig found', { id: 'fix.kubeconfig.missing', params: { searched: '' } });
        return 'dev';
      },
      subscribe: caches.subscribe,
    });
    probe.check();
    broken = true;
    expect(probe.check()).toStrictEqual({ ready: false, context: null, caches: [], reason: 'no usable kube context (no-kubeconfig)' });
    expect(caches.held()).toStrictEqual([]);
  });

  it('releases what it took when subscribing to one of the caches throws', () => {
    const caches = fakeCaches();
    const probe = new ReadinessProbe({
      currentContext: () => 'gone',
      subscribe: (k, l) => {
        if (k.resource === 'pods') throw new KubeconfigError('malformed-kubeconfig', 'context "gone" not found', { id: 'fix.kubeconfig.contextNotFound', params: { context: 'gone' } });
        return caches.subscribe(k, l);
      },
    });
    expect(probe.check()).toMatchObject({ ready: false, reason: 'no usable kube context (malformed-kubeconfig)' });
    expect(caches.held()).toStrictEqual([]);
  });
});
