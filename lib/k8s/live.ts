import 'server-only';
import { cacheKey, getCacheRegistry, type CacheRegistry } from './cache-registry';
import { getKubeconfigs } from './kubeconfig';
import { systemClock, type Clock, type TimerHandle } from './clock';
import { classifyK8sError, errorCause, type K8sErrorKind } from './errors';
import { RESOURCES, type ResourceDescriptor, type ResourceName } from './resources';
import { ApiException, type KubeConfig } from '@kubernetes/client-node';
import { redactSecret } from './secret-redaction';
import { canListAndWatch, createWatchSource, type SourceOptions } from './sources';
import { recordCache } from '../history/runtime';
import { WatchCache, type CacheListener, type CacheResource, type KubeObject, type WatchCacheOptions, type WatchSource } from './watch-cache';

/** Which cache: a context (default: the kubeconfig's current one), a resource, optionally a namespace. */
export interface LiveKey {
  context?: string;
  resource: ResourceName;
  namespace?: string;
}

/**
 * How the stream hub and the first-paint reader reach the shared caches
 * (subscribeResource; unit tests pass one over a fake watch source).
 * @example const off = subscribe({ resource: 'nodes' }, (e) => seen.push(e)); off();
 */
export type ResourceSubscriber = <T extends KubeObject = KubeObject>(key: LiveKey, listener: CacheListener<T>) => () => void;

/**
 * Error kinds that retrying every few seconds cannot fix: the cache shows
 * phase 'error' and retries once a minute instead of backing off quickly.
 */
const FATAL_KINDS = new Set<K8sErrorKind>(['unauthorized', 'exec-plugin-missing', 'malformed-kubeconfig', 'not-found', 'tls']);

/**
 * Subscribes to the shared cache for (context, resource, namespace),
 * creating it from the kubeconfig on first use (see CacheRegistry for the
 * lifetime rules). Throws KubeconfigError when the kubeconfig or context is
 * unusable — classify it with classifyK8sError.
 * @example const off = subscribeResource({ resource: 'pods', namespace: 'default' }, (e) => queue.push('pods', e));
 */
export function subscribeResource<T extends KubeObject = KubeObject>(
  key: LiveKey,
  listener: CacheListener<T>,
  registry: CacheRegistry = getCacheRegistry(),
): () => void {
  const configs = getKubeconfigs();
  const context = key.context ?? configs.currentContext ?? '';
  const resource = RESOURCES[key.resource];
  const namespace = resource.namespaced ? key.namespace : undefined;
  const kc = configs.forContext(context);
  return registry.subscribe<T>(
    cacheKey({ context, resource: key.resource, namespace }),
    // History records what the shared caches observe (lib/history; a no-op with HISTORY=off).
    () => recordCache(liveCache<T>(resource, liveSource(kc, resource, namespace)), context, key.resource, namespace),
    listener,
  );
}

/**
 * The source subscribeResource gives a cache: lists and watches of one
 * resource (in one namespace or cluster-wide) with the context's
 * credentials, each full list preceded by an access check (withAccessCheck).
 * @example liveCache(RESOURCES.pods, liveSource(kc, RESOURCES.pods, 'default'))
 */
export function liveSource(kc: KubeConfig, resource: ResourceDescriptor, namespace?: string, options: Omit<SourceOptions, 'namespace'> = {}): WatchSource {
  return withAccessCheck(createWatchSource(kc, resource, { ...options, namespace }), () => canListAndWatch(kc, resource, namespace), resource.plural);
}

/**
 * Resources whose objects must be cut down before the cache keeps them:
 * Secrets lose every value (redactSecret), so nothing downstream (views, the
 * stream, the browser) can leak one.
 */
const CACHE_NORMALIZERS: Partial<Record<ResourceName, (raw: unknown, resource: CacheResource) => KubeObject>> = {
  secrets: redactSecret,
};

/**
 * How often an open watch re-asks whether it is still allowed
 * (withAccessCheck), and how often a forbidden cache tries again
 * (liveCache): access lost or regained shows within this long.
 */
export const ACCESS_RECHECK_MS = 30_000;

/** Timings a fault test may shorten (the watchdog, the forbidden retry); the app runs the defaults. */
export type LiveCacheTiming = Pick<WatchCacheOptions<KubeObject>, 'watchdogMs' | 'forbiddenRetryMs' | 'fatalRetryMs' | 'backoffBaseMs' | 'backoffMaxMs'>;

/**
 * The cache for one resource as the app runs it: failures classified for the
 * UI, the kinds retrying cannot fix (FATAL_KINDS) retried slowly, a 403
 * retried every ACCESS_RECHECK_MS, and the
 * resource's boundary normaliser (CACHE_NORMALIZERS) when it has one.
 * @example registry.subscribe(key, () => liveCache(RESOURCES.pods, source), listener)
 */
export function liveCache<T extends KubeObject = KubeObject>(resource: ResourceDescriptor, source: WatchSource, timing: LiveCacheTiming = {}): WatchCache<T> {
  const normalize = CACHE_NORMALIZERS[resource.name];
  return new WatchCache<T>({
    // Access regained shows as soon as access lost does (ACCESS_RECHECK_MS).
    forbiddenRetryMs: ACCESS_RECHECK_MS,
    ...timing,
    resource,
    source,
    ...(normalize ? { normalize: normalize as (raw: unknown, resource: CacheResource) => T } : {}),
    isFatal: (err) => FATAL_KINDS.has(classifyK8sError(err).kind),
    describeError: errorCause,
  });
}

function forbiddenError(missing: string[], plural: string): ApiException<string> {
  return new ApiException(403, 'Forbidden', JSON.stringify({ kind: 'Status', code: 403, reason: 'Forbidden', message: `cannot ${missing.join(', ')} ${plural} (SelfSubjectAccessReview)` }), {});
}

/**
 * Asks the apiserver (SelfSubjectAccessReview) before each full list whether
 * this user may list and watch the resource; a "no" becomes a 403 that the
 * cache shows as `forbidden` for this view only. If the review itself fails,
 * the list goes ahead and reports its own error.
 *
 * The apiserver authorizes a watch once, when it starts: an open watch keeps
 * delivering after the user's RoleBinding is deleted (fault test
 * rbac-revoked). So while a watch is open the review is asked again every
 * `recheckMs` (0 turns that off); a "no" ends the watch with a 403, the
 * cache turns `forbidden` and retries slowly, and recovers by itself once
 * access is back. A review that fails proves nothing and keeps the watch.
 * @example withAccessCheck(source, () => canListAndWatch(kc, RESOURCES.pods, 'shop'), 'pods')
 */
export function withAccessCheck<Raw>(
  source: WatchSource<Raw>,
  check: () => Promise<{ allowed: boolean; missing: string[] }>,
  plural: string,
  options: { recheckMs?: number; clock?: Clock } = {},
): WatchSource<Raw> {
  const recheckMs = options.recheckMs ?? ACCESS_RECHECK_MS;
  const clock = options.clock ?? systemClock;
  return {
    async listPage(continueToken) {
      if (!continueToken) {
        const answer = await check().catch(() => ({ allowed: true, missing: [] as string[] }));
        if (!answer.allowed) throw forbiddenError(answer.missing, plural);
      }
      return source.listPage(continueToken);
    },
    async watch(rv, onEvent, onDone) {
      let finished = false;
      let timer: TimerHandle | null = null;
      const finish = (err?: unknown) => {
        if (finished) return;
        finished = true;
        if (timer !== null) clock.clearTimeout(timer);
        timer = null;
        onDone(err);
      };
      const handle = await source.watch(rv, onEvent, finish);
      const recheck = () => {
        timer = clock.setTimeout(() => {
          timer = null;
          void check().then(
            (answer) => {
              if (finished) return;
              if (answer.allowed) return recheck();
              const denied = forbiddenError(answer.missing, plural);
              finished = true;
              handle.abort();
              onDone(denied);
            },
            () => {
              if (!finished) recheck();
            },
          );
        }, recheckMs);
      };
      if (recheckMs > 0 && !finished) recheck();
      return {
        abort: () => {
          finished = true;
          if (timer !== null) clock.clearTimeout(timer);
          timer = null;
          handle.abort();
        },
      };
    },
  };
}
