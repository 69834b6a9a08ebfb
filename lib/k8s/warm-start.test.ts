import { afterEach, describe, expect, it } from 'vitest';
import type { LiveKey, ResourceSubscriber } from './live';
import { resetWarmStart, startWarmStart, warmStartDecision, WARM_RESOURCES, type WarmStartDeps } from './warm-start';

/** A subscriber that records what it was asked to hold, and which holds were let go. */
function fakeSubscriber(fail?: (key: LiveKey) => Error | null) {
  const held: LiveKey[] = [];
  const released: LiveKey[] = [];
  const listeners: ((e: unknown) => void)[] = [];
  const subscribe = ((key: LiveKey, listener: (e: unknown) => void) => {
    const err = fail?.(key);
    if (err) throw err;
    held.push(key);
    listeners.push(listener);
    return () => released.push(key);
  }) as ResourceSubscriber;
  return { subscribe, held, released, listeners };
}

function deps(over: Partial<WarmStartDeps> = {}): WarmStartDeps & { lines: string[] } {
  const lines: string[] = [];
  return { env: {}, currentContext: () => 'kind-kind', subscribe: fakeSubscriber().subscribe, log: (l) => lines.push(l), lines, ...over };
}

afterEach(() => resetWarmStart());

describe('warmStartDecision', () => {
  it('warms by default on a loopback server without sign-in', () => {
    expect(warmStartDecision({})).toStrictEqual({ on: true });
    expect(warmStartDecision({ AUTH: 'none' })).toStrictEqual({ on: true });
  });

  it('is turned off by WARM_START=off and its spellings', () => {
    for (const v of ['off', 'OFF', '0', 'false', 'no']) expect(warmStartDecision({ WARM_START: v }).on).toBe(false);
    expect(warmStartDecision({ WARM_START: 'on' }).on).toBe(true);
  });

  it('warms nothing when each person reads the caches through their own access (AUTH=token or proxy, or the in-cluster default)', () => {
    expect(warmStartDecision({ AUTH: 'token' })).toStrictEqual({ on: false, reason: 'AUTH=token: caches are per person' });
    expect(warmStartDecision({ AUTH: 'proxy', AUTH_PROXY_TRUSTED_CIDRS: '10.0.0.0/8' }).on).toBe(false);
    expect(warmStartDecision({ KUBERNETES_SERVICE_HOST: '10.96.0.1' }).on).toBe(false);
  });

  it('warms nothing on AUTH settings the server cannot honour', () => {
    expect(warmStartDecision({ AUTH: 'bogus' })).toStrictEqual({ on: false, reason: 'the AUTH settings are invalid' });
  });
});

describe('startWarmStart', () => {
  it('holds the current context’s cluster-wide pods and namespaces caches with listeners that do nothing', () => {
    const sub = fakeSubscriber();
    const warm = startWarmStart(deps({ subscribe: sub.subscribe }));
    expect(warm?.context).toBe('kind-kind');
    expect(sub.held).toStrictEqual(WARM_RESOURCES.map((resource) => ({ context: 'kind-kind', resource })));
    expect(sub.listeners.map((l) => l({ type: 'state' }))).toStrictEqual([undefined, undefined]);
    expect(sub.released).toStrictEqual([]);
  });

  it('starts once per process, and lets the caches go when stopped', () => {
    const sub = fakeSubscriber();
    const warm = startWarmStart(deps({ subscribe: sub.subscribe }));
    expect(startWarmStart(deps({ subscribe: sub.subscribe }))).toBe(warm);
    expect(sub.held).toHaveLength(WARM_RESOURCES.length);
    warm?.stop();
    expect(sub.released).toStrictEqual(sub.held);
  });

  it('does nothing with WARM_START=off or AUTH=token', () => {
    const sub = fakeSubscriber();
    expect(startWarmStart(deps({ env: { WARM_START: 'off' }, subscribe: sub.subscribe }))).toBeNull();
    resetWarmStart();
    expect(startWarmStart(deps({ env: { AUTH: 'token' }, subscribe: sub.subscribe }))).toBeNull();
    expect(sub.held).toStrictEqual([]);
  });

  it('logs one line and does not throw when the kubeconfig is unusable', () => {
    const d = deps({
      currentContext: () => {
        throw new Error('invalid kubeconfig /nope: no such file\n  at load');
      },
    });
    expect(startWarmStart(d)).toBeNull();
    expect(d.lines).toStrictEqual(['warm start: skipped, the kubeconfig is not usable (invalid kubeconfig /nope: no such file)']);
  });

  it('logs one line when the kubeconfig names no current context', () => {
    const d = deps({ currentContext: () => null });
    expect(startWarmStart(d)).toBeNull();
    expect(d.lines).toStrictEqual(['warm start: skipped, the kubeconfig names no current context']);
  });

  it('logs one line and holds what it started when a cache cannot be created', () => {
    const sub = fakeSubscriber((key) => (key.resource === 'namespaces' ? new Error('context "kind-kind" has no user') : null));
    const d = deps({ subscribe: sub.subscribe });
    const warm = startWarmStart(d);
    expect(warm?.resources).toStrictEqual(['pods']);
    expect(d.lines).toStrictEqual(['warm start: namespaces of context "kind-kind" not started (context "kind-kind" has no user)']);
  });
});
