import 'server-only';
import { systemClock, type Clock, type TimerHandle } from './clock';
import type { CacheListener, KubeObject, WatchCache } from './watch-cache';

/** What the registry manages: anything that starts and stops (a WatchCache). */
export interface ManagedCache {
  start(): void;
  stop(): void;
}

/** A counted reference to a shared cache; `release()` is idempotent. */
export interface CacheLease<C> {
  cache: C;
  release(): void;
}

/** Idle delay and clock. @example { idleStopMs: 60_000 } */
export interface CacheRegistryOptions {
  /** How long a cache keeps running after its last subscriber leaves. Default 60 s. */
  idleStopMs?: number;
  clock?: Clock;
}

interface Entry {
  cache: ManagedCache;
  refs: number;
  stopTimer: TimerHandle | null;
}

/**
 * The key of one cache: (context, resource, namespace or cluster-wide).
 * @example cacheKey({ context: 'kind-dev', resource: 'pods', namespace: 'default' })
 *   // '["kind-dev","pods","default"]'
 */
export function cacheKey(parts: { context: string; resource: string; namespace?: string | null }): string {
  // JSON keeps any character in a context name from colliding with a separator.
  return JSON.stringify([parts.context, parts.resource, parts.namespace ?? null]);
}

/**
 * One shared cache per key, ref-counted.
 *
 * Rules: the first `acquire` creates and starts the cache; the last
 * `release` schedules `stop()` after `idleStopMs` (a tab reload or a quick
 * navigation should not throw away a synced cache); an `acquire` within that
 * delay cancels the stop. A key must always map to the same kind of cache.
 *
 * @example
 * const lease = registry.acquire(key, () => new WatchCache({ resource, source }));
 * const off = lease.cache.subscribe(send);
 * // later: off(); lease.release();
 */
export class CacheRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly idleStopMs: number;
  private readonly clock: Clock;

  constructor(options: CacheRegistryOptions = {}) {
    this.idleStopMs = options.idleStopMs ?? 60_000;
    this.clock = options.clock ?? systemClock;
  }

  /** Takes a reference to the cache under `key`, creating and starting it if needed. */
  acquire<C extends ManagedCache>(key: string, create: () => C): CacheLease<C> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { cache: create(), refs: 0, stopTimer: null };
      this.entries.set(key, entry);
      entry.cache.start();
    }
    if (entry.stopTimer !== null) {
      this.clock.clearTimeout(entry.stopTimer);
      entry.stopTimer = null;
    }
    entry.refs += 1;
    const held = entry;
    let released = false;
    return {
      cache: held.cache as C,
      release: () => {
        if (released) return;
        released = true;
        this.release(key, held);
      },
    };
  }

  /**
   * Subscribes to the cache under `key` (acquiring it) and returns one
   * function that unsubscribes and releases.
   * @example const off = registry.subscribe(key, () => new WatchCache(opts), (e) => queue.push(id, e));
   */
  subscribe<T extends KubeObject>(key: string, create: () => WatchCache<T>, listener: CacheListener<T>): () => void {
    const lease = this.acquire(key, create);
    const unsubscribe = lease.cache.subscribe(listener);
    return () => {
      unsubscribe();
      lease.release();
    };
  }

  /** The cache under `key` if one exists (running or idle), without taking a reference. */
  peek<C extends ManagedCache = ManagedCache>(key: string): C | undefined {
    return this.entries.get(key)?.cache as C | undefined;
  }

  /** Live references to `key` (0 while idle or absent). */
  refCount(key: string): number {
    return this.entries.get(key)?.refs ?? 0;
  }

  /** Keys of all caches held, including idle ones waiting to stop. */
  keys(): string[] {
    return [...this.entries.keys()];
  }

  /** Stops and forgets every cache (shutdown, tests). */
  stopAll(): void {
    for (const [key, entry] of this.entries) {
      if (entry.stopTimer !== null) this.clock.clearTimeout(entry.stopTimer);
      entry.cache.stop();
      this.entries.delete(key);
    }
  }

  private release(key: string, entry: Entry): void {
    entry.refs -= 1;
    if (entry.refs > 0) return;
    entry.stopTimer = this.clock.setTimeout(() => {
      // Only stop the entry this timer belongs to, and only if still idle.
      if (this.entries.get(key) !== entry || entry.refs > 0) return;
      this.entries.delete(key);
      entry.cache.stop();
    }, this.idleStopMs);
  }
}

const GLOBAL_KEY = '__kubeExplainCacheRegistry';

/**
 * The process-wide registry, kept on `globalThis` so Next's separate module
 * graphs (route handlers, server components) and hot reloads share caches
 * instead of each opening its own watches.
 * @example getCacheRegistry().acquire(cacheKey({ context, resource: 'pods' }), create)
 */
export function getCacheRegistry(): CacheRegistry {
  const g = globalThis as typeof globalThis & { [GLOBAL_KEY]?: CacheRegistry };
  g[GLOBAL_KEY] ??= new CacheRegistry();
  return g[GLOBAL_KEY];
}
