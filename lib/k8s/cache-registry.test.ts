import 'server-only';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheKey, CacheRegistry, getCacheRegistry, type ManagedCache } from './cache-registry';
import { RESOURCES } from './resources';
import { WatchCache, type CacheEvent, type ListPage, type WatchHandle, type WatchSource } from './watch-cache';

/** A cache that records its lifecycle calls. */
class RecordingCache implements ManagedCache {
  calls: string[] = [];
  start() {
    this.calls.push('start');
  }
  stop() {
    this.calls.push('stop');
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('CacheRegistry', () => {
  it('creates and starts one cache per key on first acquire and shares it', () => {
    const registry = new CacheRegistry();
    const created: RecordingCache[] = [];
    const create = () => {
      const c = new RecordingCache();
      created.push(c);
      return c;
    };
    const a = registry.acquire('k', create);
    const b = registry.acquire('k', create);
    const other = registry.acquire('k2', create);

    expect(a.cache).toBe(b.cache);
    expect(other.cache).not.toBe(a.cache);
    expect(created.map((c) => c.calls)).toStrictEqual([['start'], ['start']]);
    expect(registry.refCount('k')).toBe(2);
  });

  it('stops a cache only after the idle delay once the last reference is released', async () => {
    const registry = new CacheRegistry({ idleStopMs: 60_000 });
    const a = registry.acquire('k', () => new RecordingCache());
    const b = registry.acquire('k', () => new RecordingCache());
    a.release();
    a.release(); // idempotent: does not steal b's reference
    await vi.advanceTimersByTimeAsync(120_000);
    expect(a.cache.calls).toStrictEqual(['start']);

    b.release();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(a.cache.calls).toStrictEqual(['start']);
    expect(registry.keys()).toStrictEqual(['k']);
    await vi.advanceTimersByTimeAsync(1);
    expect(a.cache.calls).toStrictEqual(['start', 'stop']);
    expect(registry.keys()).toStrictEqual([]);
  });

  it('cancels the pending stop when someone re-subscribes within the idle delay', async () => {
    const registry = new CacheRegistry({ idleStopMs: 60_000 });
    const first = registry.acquire('k', () => new RecordingCache());
    first.release();
    await vi.advanceTimersByTimeAsync(30_000);
    const again = registry.acquire('k', () => new RecordingCache());
    await vi.advanceTimersByTimeAsync(120_000);

    expect(again.cache).toBe(first.cache);
    expect(first.cache.calls).toStrictEqual(['start']);
    expect(registry.refCount('k')).toBe(1);
  });

  it('creates a fresh cache after an idle one was stopped', async () => {
    const registry = new CacheRegistry({ idleStopMs: 10 });
    const first = registry.acquire('k', () => new RecordingCache());
    first.release();
    await vi.advanceTimersByTimeAsync(10);
    const second = registry.acquire('k', () => new RecordingCache());
    expect(second.cache).not.toBe(first.cache);
    expect(second.cache.calls).toStrictEqual(['start']);
  });

  it('subscribe starts a real WatchCache lazily, delivers its snapshot, and stops it after the last unsubscribe', async () => {
    const calls: string[] = [];
    const source: WatchSource = {
      listPage: async (): Promise<ListPage> => {
        calls.push('list');
        return { items: [], resourceVersion: '1' };
      },
      watch: async (): Promise<WatchHandle> => {
        calls.push('watch');
        return { abort: () => calls.push('abort') };
      },
    };
    const registry = new CacheRegistry({ idleStopMs: 60_000 });
    const key = cacheKey({ context: 'kind-dev', resource: 'pods', namespace: 'default' });
    const create = () => new WatchCache({ resource: RESOURCES.pods, source });
    expect(calls).toStrictEqual([]);

    const seen: CacheEvent<unknown>[] = [];
    const off1 = registry.subscribe(key, create, (e) => seen.push(e));
    const off2 = registry.subscribe(key, create, () => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toStrictEqual(['list', 'watch']);
    expect(seen.map((e) => e.type)).toStrictEqual(['snapshot', 'page', 'state']);

    off1();
    off2();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toStrictEqual(['list', 'watch', 'abort']);
    expect(registry.keys()).toStrictEqual([]);
  });

  it('keys caches by context, resource and namespace without separator collisions', () => {
    expect(cacheKey({ context: 'a|b', resource: 'pods' })).toBe('["a|b","pods",null]');
    expect(cacheKey({ context: 'a', resource: 'pods', namespace: 'b|c' })).not.toBe(
      cacheKey({ context: 'a|b', resource: 'pods', namespace: 'c' }),
    );
  });

  it('keeps one registry on globalThis across module instances', async () => {
    const first = getCacheRegistry();
    vi.resetModules();
    const reloaded = await import('./cache-registry');
    expect(reloaded.getCacheRegistry()).toBe(first);
  });
});
