import 'server-only';
import { getKubeconfigs } from '../k8s/kubeconfig';
import { subscribeResource, type ResourceSubscriber } from '../k8s/live';
import type { CacheListener, KubeObject } from '../k8s/watch-cache';
import { AccessCache, subjectAccessReviewer } from './access';
import { authorizedSubscriber } from './authorized-subscriber';
import { authMode, authRuntime } from './runtime';
import { FORWARD_HEADER, openSession, type Session } from './session';

/**
 * Who a request is for, on the server side of the request proxy: proxy.ts
 * verified the cookie (AUTH=token) or the trusted proxy's headers
 * (AUTH=proxy) and forwarded the person sealed in FORWARD_HEADER (a copy
 * sent by a browser is dropped there, and could not be forged without the
 * key anyway). Null in AUTH=none and for a request without a person.
 * @example const session = await sessionOf(request.headers);
 */
export async function sessionOf(headers: { get(name: string): string | null }): Promise<Session | null> {
  if (authMode() === 'none') return null;
  const { key } = await authRuntime();
  if (!key) return null;
  return openSession(key, headers.get(FORWARD_HEADER), 'forward', Date.now() / 1000);
}

const ACCESS_KEY = Symbol.for('kube-explain.access-cache');

/**
 * The process's SubjectAccessReview answers, shared by every person's
 * subscriptions, pages and log reads (kept on globalThis like the caches).
 * @example await (await accessCache()).can(principal, question)
 */
export async function accessCache(): Promise<AccessCache> {
  const { config } = await authRuntime();
  const g = globalThis as { [ACCESS_KEY]?: AccessCache };
  return (g[ACCESS_KEY] ??= new AccessCache(
    subjectAccessReviewer((context) => getKubeconfigs().forContext(context)),
    { ttlMs: config.accessCacheMs },
  ));
}

/**
 * Who owns a tab's stream: only the same person may add subscriptions to it.
 * @example streamOwner(session) // '["ana","u1","sandbox"]'
 */
export function streamOwner(session: Session | null): string | undefined {
  return session ? JSON.stringify([session.principal.username, session.principal.uid, session.context]) : undefined;
}

/**
 * The shared caches as one signed-in person may see them.
 * @example openStream(signal, { subscribe: await subscriberFor(session) })
 */
export async function subscriberFor(session: Session): Promise<ResourceSubscriber> {
  const { config } = await authRuntime();
  return authorizedSubscriber({
    principal: session.principal,
    // AUTH=proxy names no context: the person is the server's current context's user.
    context: session.context || (getKubeconfigs().currentContext ?? ''),
    defaultContext: () => getKubeconfigs().currentContext ?? '',
    access: await accessCache(),
    inner: subscribeResource,
    recheckMs: config.recheckMs,
  });
}

/** A subscriber for nobody: every view is forbidden (a request that reached the server without a person in a mode that needs one). */
export const nobodySubscriber: ResourceSubscriber = <T extends KubeObject>(_key: unknown, listener: CacheListener<T>) => {
  queueMicrotask(() => listener({ type: 'snapshot', items: [], state: { phase: 'forbidden', verb: 'list/watch', resource: 'anything (not signed in)', lastEventAt: null, lastSyncedAt: null } }));
  return () => {};
};

/**
 * The subscriber a server-rendered page reads with: the shared caches as
 * they are in AUTH=none, else as the request's person may see them (read
 * from the request's headers; no person, or no request at all, sees nothing).
 * @example const subscribe = await requestSubscriber();
 */
export async function requestSubscriber(): Promise<ResourceSubscriber> {
  if (authMode() === 'none') return subscribeResource;
  let session: Session | null = null;
  try {
    const { headers } = await import('next/headers');
    session = await sessionOf(await headers());
  } catch {
    session = null;
  }
  return session ? subscriberFor(session) : nobodySubscriber;
}

/**
 * Whether a person may read a pod's log (`get` on pods/log in its
 * namespace, in the context they signed in to); the forbidden state to
 * show when not.
 * @example await logAccess(session, { context: 'sandbox', namespace: 'shop' }) // null, or { phase: 'forbidden', verb: 'get', resource: 'pods/log', … }
 */
export async function logAccess(session: Session, target: { context: string; namespace: string }): Promise<{ phase: 'forbidden'; verb: string; resource: string; lastEventAt: null } | null> {
  const context = session.context || (getKubeconfigs().currentContext ?? '');
  const denied = { phase: 'forbidden' as const, verb: 'get', resource: 'pods/log', lastEventAt: null };
  if ((target.context || context) !== context) return denied;
  const ok = await (await accessCache()).can(session.principal, { context, verb: 'get', resource: 'pods', subresource: 'log', group: '', namespace: target.namespace });
  return ok ? null : denied;
}

