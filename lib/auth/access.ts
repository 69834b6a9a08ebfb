import 'server-only';
import { AuthorizationV1Api, type KubeConfig } from '@kubernetes/client-node';
import { systemClock, type Clock } from '../k8s/clock';
import type { ResourceDescriptor } from '../k8s/resources';
import type { Principal } from './session';

/** One authorization question about a person: may they `verb` the resource (or its subresource), in a namespace or cluster-wide? */
export interface AccessQuestion {
  readonly context: string;
  readonly verb: string;
  readonly resource: string;
  /** '' is the core group. */
  readonly group: string;
  readonly subresource?: string;
  /** Omitted: cluster-wide (all namespaces, or a cluster-scoped kind). */
  readonly namespace?: string;
}

/** Asks the cluster one question for one person: true only for an explicit "allowed". */
export type AccessReviewer = (principal: Principal, question: AccessQuestion) => Promise<boolean>;

/**
 * A SubjectAccessReview with the server's own credentials for `context`
 * (they need `create` on subjectaccessreviews): the apiserver's authorizer
 * answers for the person, RBAC and webhooks alike.
 * @example const review = subjectAccessReviewer((ctx) => configs.forContext(ctx));
 */
export function subjectAccessReviewer(configFor: (context: string) => KubeConfig): AccessReviewer {
  return async (principal, q) => {
    const api = configFor(q.context).makeApiClient(AuthorizationV1Api);
    const review = await api.createSubjectAccessReview({
      body: {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        spec: {
          user: principal.username,
          ...(principal.uid ? { uid: principal.uid } : {}),
          groups: [...principal.groups],
          resourceAttributes: {
            verb: q.verb,
            resource: q.resource,
            group: q.group,
            ...(q.subresource ? { subresource: q.subresource } : {}),
            ...(q.namespace ? { namespace: q.namespace } : {}),
          },
        },
      },
    });
    return review.status?.allowed === true;
  };
}

/** Answers reused and how many are kept. @example { ttlMs: 10_000, max: 10_000 } */
export interface AccessCacheOptions {
  readonly ttlMs: number;
  readonly max?: number;
  readonly clock?: Clock;
}

/**
 * Access answers, cached briefly per (person, question) so a page with ten
 * views or a hundred users on the same namespace cost a handful of reviews,
 * while a revoked binding still shows within `ttlMs` plus the recheck.
 * Questions in flight are shared. A review that fails is "no" and not
 * kept: access is never granted by an error.
 * @example const access = new AccessCache(reviewer, { ttlMs: 10_000 }); await access.can(alice, { context, verb: 'list', resource: 'pods', group: '', namespace: 'shop' });
 */
export class AccessCache {
  private readonly entries = new Map<string, { at: number; answer: Promise<boolean> }>();
  private readonly max: number;
  private readonly clock: Clock;
  /** Reviews actually sent (tests and figures). */
  reviews = 0;

  constructor(
    private readonly reviewer: AccessReviewer,
    private readonly options: AccessCacheOptions,
  ) {
    this.max = options.max ?? 10_000;
    this.clock = options.clock ?? systemClock;
  }

  can(principal: Principal, q: AccessQuestion): Promise<boolean> {
    const key = JSON.stringify([q.context, principal.username, principal.uid, [...principal.groups].sort(), q.verb, q.group, q.resource, q.subresource ?? '', q.namespace ?? '']);
    const now = this.clock.now();
    const hit = this.entries.get(key);
    if (hit && now - hit.at < this.options.ttlMs) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.answer;
    }
    this.reviews += 1;
    const answer = this.reviewer(principal, q).then(
      (a) => a,
      () => {
        if (this.entries.get(key)?.answer === answer) this.entries.delete(key);
        return false;
      },
    );
    this.entries.delete(key);
    this.entries.set(key, { at: now, answer });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return answer;
  }

  /** Questions held now. */
  get size(): number {
    return this.entries.size;
  }
}

/**
 * Whether a person may list and watch a resource (both needed for a live
 * view), and which of the two they lack.
 * @example await canListWatch(access, alice, 'sandbox', RESOURCES.pods, 'shop') // { allowed: false, missing: ['list', 'watch'] }
 */
export async function canListWatch(
  access: AccessCache,
  principal: Principal,
  context: string,
  resource: Pick<ResourceDescriptor, 'plural' | 'group' | 'namespaced'>,
  namespace?: string,
): Promise<{ allowed: boolean; missing: string[] }> {
  const verbs = ['list', 'watch'];
  const ns = resource.namespaced ? namespace : undefined;
  const answers = await Promise.all(verbs.map((verb) => access.can(principal, { context, verb, resource: resource.plural, group: resource.group, ...(ns ? { namespace: ns } : {}) })));
  const missing = verbs.filter((_, i) => !answers[i]);
  return { allowed: missing.length === 0, missing };
}
