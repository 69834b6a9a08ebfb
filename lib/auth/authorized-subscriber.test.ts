import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../k8s/clock';
import type { LiveKey, ResourceSubscriber } from '../k8s/live';
import type { CacheEvent, CacheListener, CacheState, KubeObject } from '../k8s/watch-cache';
import { AccessCache, type AccessQuestion } from './access';
import { authorizedSubscriber } from './authorized-subscriber';
import type { Principal } from './session';

const synced: CacheState = { phase: 'synced', lastEventAt: null, lastSyncedAt: null };
const ana: Principal = { username: 'ana', uid: 'u1', groups: [] };

const pod = (namespace: string, name: string): KubeObject => ({ metadata: { uid: `${namespace}/${name}`, name, namespace, resourceVersion: '1' } });
const ns = (name: string): KubeObject => ({ metadata: { uid: `ns/${name}`, name, resourceVersion: '1' } });

/** One shared cache per key, as the registry keeps them: a new subscriber gets a snapshot first. */
class FakeShared {
  readonly items = new Map<string, KubeObject[]>();
  readonly listeners = new Map<string, Set<CacheListener<KubeObject>>>();
  /** The state a new subscriber's snapshot carries. */
  state: CacheState = synced;
  subscribe: ResourceSubscriber = <T extends KubeObject>(key: LiveKey, listener: CacheListener<T>) => {
    const k = `${key.resource}/${key.namespace ?? ''}`;
    const set = this.listeners.get(k) ?? new Set();
    this.listeners.set(k, set);
    const l = listener as CacheListener<KubeObject>;
    set.add(l);
    l({ type: 'snapshot', items: this.items.get(k) ?? [], state: this.state });
    return () => set.delete(l);
  };
  emit(k: string, e: CacheEvent<KubeObject>): void {
    for (const l of this.listeners.get(k) ?? []) l(e);
  }
  count(k: string): number {
    return this.listeners.get(k)?.size ?? 0;
  }
}

/** Grants list+watch per "resource/namespace" ('' = cluster-wide). */
function grants(allowed: Set<string>) {
  return new AccessCache(async (_p: Principal, q: AccessQuestion) => allowed.has(`${q.resource}/${q.namespace ?? ''}`), { ttlMs: 0, clock: systemClock });
}

function collect() {
  const events: CacheEvent<KubeObject>[] = [];
  const rows = new Map<string, KubeObject>();
  let state: CacheState | null = null;
  const listener = (e: CacheEvent<KubeObject>) => {
    events.push(e);
    if (e.type === 'snapshot') {
      rows.clear();
      e.items.forEach((o) => rows.set(o.metadata!.uid!, o));
      state = e.state;
    } else if (e.type === 'page') {
      e.items.forEach((o) => rows.set(o.metadata!.uid!, o));
      state = e.state;
    } else if (e.type === 'upsert') rows.set(e.obj.metadata!.uid!, e.obj);
    else if (e.type === 'delete') rows.delete(e.obj.metadata!.uid!);
    else state = e.state;
  };
  return { events, listener, names: () => [...rows.values()].map((o) => o.metadata!.name).sort(), state: () => state };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('authorizedSubscriber', () => {
  it('passes the shared cache through when the person may list and watch in that scope', async () => {
    const shared = new FakeShared();
    shared.items.set('pods/shop', [pod('shop', 'web')]);
    const sub = authorizedSubscriber({ principal: ana, context: 'sandbox', access: grants(new Set(['pods/shop'])), inner: shared.subscribe, recheckMs: 15_000, clock: systemClock });
    const c = collect();
    sub({ context: 'sandbox', resource: 'pods', namespace: 'shop' }, c.listener);
    await vi.advanceTimersByTimeAsync(0);
    expect(c.names()).toStrictEqual(['web']);
    shared.emit('pods/shop', { type: 'upsert', obj: pod('shop', 'api') });
    expect(c.names()).toStrictEqual(['api', 'web']);
  });

  it('hands out nothing before the answer, and an empty forbidden snapshot when it is no', async () => {
    const shared = new FakeShared();
    shared.items.set('pods/shop', [pod('shop', 'web')]);
    const sub = authorizedSubscriber({ principal: ana, context: 'sandbox', access: grants(new Set()), inner: shared.subscribe, recheckMs: 15_000, clock: systemClock });
    const c = collect();
    sub({ context: 'sandbox', resource: 'pods', namespace: 'shop' }, c.listener);
    expect(c.events).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(c.events).toStrictEqual([{ type: 'snapshot', items: [], state: { phase: 'forbidden', verb: 'list/watch', resource: 'pods', lastEventAt: null, lastSyncedAt: null } }]);
    expect(shared.count('pods/shop')).toBe(0);
  });

  it('shows a cluster-wide view only in the namespaces the person may read, asking about a new one as it appears', async () => {
    const shared = new FakeShared();
    shared.items.set('pods/', [pod('a', 'one'), pod('b', 'two'), pod('c', 'three')]);
    const allowed = new Set(['pods/a', 'pods/c']);
    const access = grants(allowed);
    const sub = authorizedSubscriber({ principal: ana, context: 'sandbox', access, inner: shared.subscribe, recheckMs: 15_000, clock: systemClock });
    const c = collect();
    sub({ context: 'sandbox', resource: 'pods' }, c.listener);
    await vi.advanceTimersByTimeAsync(0);
    expect(c.names()).toStrictEqual(['one', 'three']);
    // Only whole snapshots: the first paint never sees a list half-decided.
    expect(c.events.filter((e) => e.type === 'snapshot')).toHaveLength(1);
    shared.emit('pods/', { type: 'upsert', obj: pod('b', 'two-b') });
    shared.emit('pods/', { type: 'upsert', obj: pod('a', 'four') });
    expect(c.names()).toStrictEqual(['four', 'one', 'three']);
    allowed.add('pods/d');
    shared.items.set('pods/', [...shared.items.get('pods/')!, pod('d', 'new')]);
    shared.emit('pods/', { type: 'upsert', obj: pod('d', 'new') });
    await vi.advanceTimersByTimeAsync(0);
    expect(c.names()).toContain('new');
    expect(shared.count('pods/')).toBe(1);
  });

  it('passes a first sync\'s pages in namespaces already decided, and holds the synced state until the new namespaces are answered and a snapshot with their rows is out', async () => {
    const shared = new FakeShared();
    const syncing: CacheState = { phase: 'syncing', count: 0, lastEventAt: null, lastSyncedAt: null };
    shared.state = syncing;
    const sub = authorizedSubscriber({ principal: ana, context: 'sandbox', access: grants(new Set(['pods/a', 'pods/c'])), inner: shared.subscribe, recheckMs: 15_000, clock: systemClock });
    const c = collect();
    sub({ context: 'sandbox', resource: 'pods' }, c.listener);
    await vi.advanceTimersByTimeAsync(0);
    const firstPage = [pod('a', 'one'), pod('b', 'two')];
    shared.items.set('pods/', firstPage);
    shared.emit('pods/', { type: 'page', items: firstPage, state: { ...syncing, count: 2, total: 3 } });
    const all = [...firstPage, pod('c', 'three')];
    shared.items.set('pods/', all);
    shared.state = synced;
    shared.emit('pods/', { type: 'page', items: [pod('c', 'three')], state: { ...syncing, count: 3, total: 3 } });
    shared.emit('pods/', { type: 'state', state: synced });
    const beforeAnswers = c.state();
    await vi.advanceTimersByTimeAsync(0);
    shared.emit('pods/', { type: 'upsert', obj: pod('a', 'four') });
    shared.emit('pods/', { type: 'upsert', obj: pod('b', 'five') });
    const firstSynced = c.events.find((e) => e.type !== 'upsert' && e.type !== 'delete' && e.state.phase === 'synced');
    expect([beforeAnswers?.phase, firstSynced?.type, c.names(), c.state()]).toStrictEqual(['syncing', 'snapshot', ['four', 'one', 'three'], synced]);
  });

  it('lists the namespaces where the person may list pods', async () => {
    const shared = new FakeShared();
    shared.items.set('namespaces/', [ns('a'), ns('b'), ns('kube-system')]);
    const sub = authorizedSubscriber({ principal: ana, context: 'sandbox', access: grants(new Set(['pods/b'])), inner: shared.subscribe, recheckMs: 15_000, clock: systemClock });
    const c = collect();
    sub({ context: 'sandbox', resource: 'namespaces' }, c.listener);
    await vi.advanceTimersByTimeAsync(0);
    expect(c.names()).toStrictEqual(['b']);
  });

  it('turns a view forbidden when access is revoked, and refills it when restored, without a new subscription', async () => {
    const shared = new FakeShared();
    shared.items.set('pods/shop', [pod('shop', 'web')]);
    const allowed = new Set(['pods/shop']);
    const sub = authorizedSubscriber({ principal: ana, context: 'sandbox', access: grants(allowed), inner: shared.subscribe, recheckMs: 15_000, clock: systemClock });
    const c = collect();
    const off = sub({ context: 'sandbox', resource: 'pods', namespace: 'shop' }, c.listener);
    await vi.advanceTimersByTimeAsync(0);
    expect(c.names()).toStrictEqual(['web']);
    allowed.delete('pods/shop');
    await vi.advanceTimersByTimeAsync(15_000);
    expect(c.state()?.phase).toBe('forbidden');
    expect(c.names()).toStrictEqual([]);
    expect(shared.count('pods/shop')).toBe(0);
    shared.emit('pods/shop', { type: 'upsert', obj: pod('shop', 'leak') });
    expect(c.names()).toStrictEqual([]);
    allowed.add('pods/shop');
    shared.items.set('pods/shop', [pod('shop', 'web'), pod('shop', 'later')]);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(c.state()?.phase).toBe('synced');
    expect(c.names()).toStrictEqual(['later', 'web']);
    off();
    expect(shared.count('pods/shop')).toBe(0);
  });

  it('drops the rows of a namespace whose access is revoked from a cluster-wide view', async () => {
    const shared = new FakeShared();
    shared.items.set('pods/', [pod('a', 'one'), pod('c', 'three')]);
    const allowed = new Set(['pods/a', 'pods/c']);
    const sub = authorizedSubscriber({ principal: ana, context: 'sandbox', access: grants(allowed), inner: shared.subscribe, recheckMs: 15_000, clock: systemClock });
    const c = collect();
    sub({ context: 'sandbox', resource: 'pods' }, c.listener);
    await vi.advanceTimersByTimeAsync(0);
    allowed.delete('pods/a');
    await vi.advanceTimersByTimeAsync(15_000);
    expect(c.names()).toStrictEqual(['three']);
  });

  it('forbids every context but the one the person signed in to', async () => {
    const shared = new FakeShared();
    const sub = authorizedSubscriber({ principal: ana, context: 'sandbox', access: grants(new Set(['nodes/'])), inner: shared.subscribe, recheckMs: 15_000, clock: systemClock });
    const c = collect();
    sub({ context: 'prod', resource: 'nodes' }, c.listener);
    await vi.advanceTimersByTimeAsync(0);
    expect(c.state()?.phase).toBe('forbidden');
    expect(shared.count('nodes/')).toBe(0);
  });

  it('keeps one shared subscription per scope for two people, each seeing their own rows', async () => {
    const shared = new FakeShared();
    shared.items.set('pods/', [pod('a', 'one'), pod('b', 'two')]);
    const access = new AccessCache(async (p, q) => (p.username === 'ana' ? q.namespace === 'a' : q.namespace === 'b'), { ttlMs: 10_000, clock: systemClock });
    const mk = (principal: Principal) => authorizedSubscriber({ principal, context: 'sandbox', access, inner: shared.subscribe, recheckMs: 15_000, clock: systemClock });
    const a = collect();
    const b = collect();
    mk(ana)({ context: 'sandbox', resource: 'pods' }, a.listener);
    mk({ username: 'bo', uid: 'u2', groups: [] })({ context: 'sandbox', resource: 'pods' }, b.listener);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.names()).toStrictEqual(['one']);
    expect(b.names()).toStrictEqual(['two']);
    expect(shared.count('pods/')).toBe(2);
  });

  it('stops asking once unsubscribed', async () => {
    const shared = new FakeShared();
    const reviewer = vi.fn(async () => true);
    const sub = authorizedSubscriber({ principal: ana, context: 'sandbox', access: new AccessCache(reviewer, { ttlMs: 0, clock: systemClock }), inner: shared.subscribe, recheckMs: 15_000, clock: systemClock });
    const off = sub({ context: 'sandbox', resource: 'nodes' }, () => {});
    await vi.advanceTimersByTimeAsync(0);
    off();
    const asked = reviewer.mock.calls.length;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(reviewer.mock.calls.length).toBe(asked);
    expect(shared.count('nodes/')).toBe(0);
  });
});
