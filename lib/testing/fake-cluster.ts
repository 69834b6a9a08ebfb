import { ApiException } from '@kubernetes/client-node';
import { cacheKey, CacheRegistry } from '@/lib/k8s/cache-registry';
import { liveCache, type LiveKey, type ResourceSubscriber } from '@/lib/k8s/live';
import { RESOURCES } from '@/lib/k8s/resources';
import type { CacheListener, KubeObject, WatchEventType } from '@/lib/k8s/watch-cache';
import { FakeSource, listItem } from './fake-watch-source';

/** The context a key without one resolves to (the kubeconfig's current context in the app). */
export const FAKE_CONTEXT = 'fake-current';

/**
 * The app's shared caches with scripted sources instead of an apiserver: the
 * real CacheRegistry and the cache the app runs (liveCache), one FakeSource
 * per (context, resource, namespace), made when something first subscribes.
 * Run it under `vi.useFakeTimers()` and `stopAll()` after each test.
 * @example const cluster = new FakeCluster(); openStream(signal, { subscribe: cluster.subscribe }); cluster.list({ resource: 'pods' }, pods);
 */
export class FakeCluster {
  readonly registry = new CacheRegistry({ idleStopMs: 0 });
  private readonly sources = new Map<string, FakeSource>();

  /** Drop-in for subscribeResource. */
  readonly subscribe: ResourceSubscriber = <T extends KubeObject>(key: LiveKey, listener: CacheListener<T>) => {
    const k = this.keyOf(key);
    return this.registry.subscribe(k, () => liveCache<T>(RESOURCES[key.resource], this.sourceAt(k)), listener);
  };

  /** The registry key a LiveKey maps to, as subscribeResource maps it. */
  keyOf(key: LiveKey): string {
    const namespace = RESOURCES[key.resource].namespaced ? key.namespace : undefined;
    return cacheKey({ context: key.context ?? FAKE_CONTEXT, resource: key.resource, namespace });
  }

  /** The scripted source behind `key`; throws if nothing ever subscribed to it. */
  source(key: LiveKey): FakeSource {
    const s = this.sources.get(this.keyOf(key));
    if (!s) throw new Error(`nothing subscribed to ${this.keyOf(key)}`);
    return s;
  }

  /** Answers the source's pending list with `items` (one page): the cache syncs. */
  list(key: LiveKey, items: readonly KubeObject[], resourceVersion = '1'): void {
    this.source(key).lastList().resolve({ items: items.map(listItem), resourceVersion });
  }

  /**
   * Answers the source's pending list with one page of `items` that says more
   * follow (`continue`) and how many (remainingItemCount), as a first sync of a
   * big list sees it; answer the last page with list().
   */
  listPage(key: LiveKey, items: readonly KubeObject[], remaining: number, resourceVersion = '1'): void {
    const source = this.source(key);
    source.lastList().resolve({ items: items.map(listItem), resourceVersion, continue: `after-${source.lists.length}`, remainingItemCount: remaining });
  }

  /** Fails the source's pending list with `err` (see forbidden() and refused()). */
  failList(key: LiveKey, err: unknown): void {
    this.source(key).lastList().reject(err);
  }

  /** One watch event on the source's open watch. */
  emit(key: LiveKey, type: WatchEventType, obj: KubeObject): void {
    this.source(key).lastWatch().emit(type, structuredClone(obj));
  }

  /** Keys that still have subscribers. */
  subscribedKeys(): string[] {
    return this.registry.keys().filter((k) => this.registry.refCount(k) > 0);
  }

  stopAll(): void {
    this.registry.stopAll();
  }

  private sourceAt(key: string): FakeSource {
    let s = this.sources.get(key);
    if (!s) this.sources.set(key, (s = new FakeSource()));
    return s;
  }
}

/** What the apiserver answers a user RBAC does not allow to list `plural`. */
export function forbidden(plural: string): ApiException<string> {
  const message = `${plural} is forbidden: User "system:serviceaccount:default:viewer" cannot list resource "${plural}" in API group "" at the cluster scope`;
  return new ApiException(403, 'Forbidden', JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message, reason: 'Forbidden', details: { kind: plural }, code: 403 }), {});
}

/** What a connect to a server nobody listens on fails with. */
export function refused(): Error {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6443'), { code: 'ECONNREFUSED' });
}

/** What the apiserver answers a token it does not accept (a fatal error: the cache shows `error`). */
export function unauthorized(): ApiException<undefined> {
  return new ApiException(401, 'Unauthorized', undefined, {});
}
