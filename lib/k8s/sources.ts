import 'server-only';
import http, { STATUS_CODES } from 'node:http';
import https from 'node:https';
import { ApiException, AuthorizationV1Api, Watch, type KubeConfig } from '@kubernetes/client-node';
import { collectionPath, RESOURCES, type ResourceDescriptor, type ResourceName } from './resources';
import type { ListPage, WatchEventType, WatchSource } from './watch-cache';

/** Scope and tuning of a source. @example { namespace: 'default', pageSize: 500 } */
export interface SourceOptions {
  /** Watch one namespace; omit for cluster-wide (ignored for cluster-scoped kinds). */
  namespace?: string;
  /** Items per list page (`limit`). Default 500, as kubectl and client-go use. */
  pageSize?: number;
  /** Give up on one list page after this long. Default 30 s. */
  requestTimeoutMs?: number;
  /** Ask the server to end each watch after this long (then the cache rewatches). Default 300 s. */
  watchTimeoutSeconds?: number;
}

interface RawList {
  metadata?: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
  items?: unknown[] | null;
}

/**
 * A {@link WatchSource} over client-node for one resource, cluster-wide or in
 * one namespace: paginated lists (`limit`/`continue`) and client-node's
 * `Watch` with `allowWatchBookmarks=true`.
 *
 * Lists are fetched as raw JSON through the KubeConfig's own request options
 * (`applyToHTTPSOptions`: CA, client certs, tokens, exec plugins, proxies)
 * rather than the typed list methods, because the typed deserialiser drops
 * fields newer than the client's models and truncates MicroTime to
 * milliseconds, while watch events arrive untouched — list and watch objects
 * must have the same shape. Errors are client-node's ApiException (HTTP
 * status) or the socket error, like the typed clients throw.
 *
 * @example const source = createWatchSource(kc, 'pods', { namespace: 'default' });
 *          const cache = new WatchCache({ resource: RESOURCES.pods, source });
 */
export function createWatchSource(
  kc: KubeConfig,
  resource: ResourceName | ResourceDescriptor,
  options: SourceOptions = {},
): WatchSource {
  const descriptor = typeof resource === 'string' ? RESOURCES[resource] : resource;
  const path = collectionPath(descriptor, options.namespace);
  const pageSize = options.pageSize ?? 500;
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  const watchTimeoutSeconds = options.watchTimeoutSeconds ?? 300;

  return {
    async listPage(continueToken?: string): Promise<ListPage> {
      const query = new URLSearchParams({ limit: String(pageSize) });
      if (continueToken) query.set('continue', continueToken);
      const list = (await getJson(kc, `${path}?${query.toString()}`, requestTimeoutMs)) as RawList;
      return {
        items: list.items ?? [],
        resourceVersion: list.metadata?.resourceVersion ?? '',
        ...(list.metadata?.continue ? { continue: list.metadata.continue } : {}),
        // The server's estimate of the items after this page (progress: "2,500 of about 30,000").
        ...(typeof list.metadata?.remainingItemCount === 'number' ? { remainingItemCount: list.metadata.remainingItemCount } : {}),
      };
    },

    async watch(resourceVersion, onEvent, onDone) {
      const controller = await new Watch(kc).watch(
        path,
        { allowWatchBookmarks: true, resourceVersion, timeoutSeconds: watchTimeoutSeconds },
        (type: string, obj: unknown) => onEvent(type as WatchEventType, obj),
        // client-node passes null on a clean close.
        (err: unknown) => onDone(err ?? undefined),
      );
      return { abort: () => controller.abort() };
    },
  };
}

/**
 * GET a path on the context's cluster and parse JSON. Non-2xx responses throw
 * ApiException(status, reason, bodyText) — the shape client-node's typed
 * clients throw; a stalled request fails with code ETIMEDOUT.
 */
async function getJson(kc: KubeConfig, pathAndQuery: string, timeoutMs: number): Promise<unknown> {
  const res = await requestText(kc, pathAndQuery, timeoutMs);
  if (res.status < 200 || res.status > 299) {
    throw new ApiException(res.status, STATUS_CODES[res.status] ?? 'Unknown API Status Code!', res.text, res.headers);
  }
  return JSON.parse(res.text) as unknown;
}

/**
 * GET a path on the context's cluster with the context's credentials and
 * return the status and body whatever the status (e.g. /readyz answers 500
 * with the failing checks in its body). A stalled request fails with code
 * ETIMEDOUT.
 * @example await requestText(kc, '/readyz?verbose', 5000) // { status: 200, text: '[+]ping ok\n…' }
 */
export async function requestText(kc: KubeConfig, pathAndQuery: string, timeoutMs: number): Promise<{ status: number; text: string; headers: Record<string, string> }> {
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new Error('No currently active cluster');
  const url = new URL(cluster.server + pathAndQuery);
  const options: https.RequestOptions = { method: 'GET', headers: { Accept: 'application/json, text/plain' } };
  // Runs the auth providers (exec plugins included) and builds the TLS/proxy agent.
  await kc.applyToHTTPSOptions(options);
  const transport = url.protocol === 'http:' ? http : https;

  return new Promise((resolve, reject) => {
    const req = transport.request(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = String(v);
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8'), headers });
      });
    });
    req.setTimeout(timeoutMs, () => {
      // Worded like node-fetch's errors so classification can name the server.
      const err = Object.assign(new Error(`request to ${url.toString()} failed, reason: no response within ${timeoutMs} ms`), {
        code: 'ETIMEDOUT',
      });
      req.destroy(err);
    });
    // Worded like client-node's own errors, so every path names the server it could not reach.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'ETIMEDOUT' && err.message.startsWith('request to ')) return reject(err);
      reject(Object.assign(new Error(`request to ${url.toString()} failed, reason: ${err.message}`), { code: err.code }));
    });
    req.end();
  });
}

/** One SelfSubjectAccessReview question. `group` '' is the core group. */
export interface AccessCheck {
  verb: string;
  resource: string;
  group?: string;
  namespace?: string;
}

/** The apiserver's answer; `reason` is the authorizer's explanation when it gave one. */
export interface AccessResult {
  allowed: boolean;
  denied: boolean;
  reason: string | null;
}

/**
 * Asks the apiserver whether the context's user may do `verb` on `resource`
 * (SelfSubjectAccessReview, which every authenticated user may create).
 * Callers check before watching so a denied resource shows as forbidden
 * instead of failing in a retry loop; one denial affects only that resource.
 * @example await checkAccess(kc, { verb: 'watch', resource: 'endpointslices', group: 'discovery.k8s.io', namespace: 'shop' })
 *   // { allowed: true, denied: false, reason: 'RBAC: allowed by RoleBinding "view/shop" …' }
 */
export async function checkAccess(kc: KubeConfig, check: AccessCheck): Promise<AccessResult> {
  const api = kc.makeApiClient(AuthorizationV1Api);
  const review = await api.createSelfSubjectAccessReview({
    body: {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: {
        resourceAttributes: {
          verb: check.verb,
          resource: check.resource,
          group: check.group ?? '',
          ...(check.namespace ? { namespace: check.namespace } : {}),
        },
      },
    },
  });
  return {
    allowed: review.status?.allowed === true,
    denied: review.status?.denied === true,
    reason: review.status?.reason || null,
  };
}

/**
 * Whether a cache for `resource` can run: both `list` and `watch` allowed.
 * @example await canListAndWatch(kc, RESOURCES.pods, 'default') // { allowed: false, missing: ['watch'] }
 */
export async function canListAndWatch(
  kc: KubeConfig,
  resource: ResourceDescriptor,
  namespace?: string,
): Promise<{ allowed: boolean; missing: Array<'list' | 'watch'> }> {
  const ns = resource.namespaced ? namespace : undefined;
  const verbs = ['list', 'watch'] as const;
  const answers = await Promise.all(
    verbs.map((verb) => checkAccess(kc, { verb, resource: resource.plural, group: resource.group, namespace: ns })),
  );
  const missing = verbs.filter((_, i) => !answers[i]?.allowed);
  return { allowed: missing.length === 0, missing };
}
