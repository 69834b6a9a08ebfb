import 'server-only';
import { systemClock, type Clock, type TimerHandle } from '../k8s/clock';
import { qualifiedResource, RESOURCES, type ResourceDescriptor } from '../k8s/resources';
import type { LiveKey, ResourceSubscriber } from '../k8s/live';
import type { CacheEvent, CacheListener, CacheState, KubeObject } from '../k8s/watch-cache';
import { canListWatch, type AccessCache } from './access';
import type { Principal } from './session';

/** What one person's subscriber runs on. @example { principal, context: 'sandbox', access, inner: subscribeResource, recheckMs: 15_000 } */
export interface AuthorizedSubscriberOptions {
  readonly principal: Principal;
  /** The context the person was authenticated in; every other context is forbidden to them. */
  readonly context: string;
  /** The context a key without one means (the server's current context). */
  readonly defaultContext?: () => string;
  readonly access: AccessCache;
  /** The shared caches (subscribeResource): one watch per kind and scope for every user. */
  readonly inner: ResourceSubscriber;
  /** How often an open subscription re-asks its questions (a revoked binding shows within this plus the access cache's TTL). */
  readonly recheckMs: number;
  readonly clock?: Clock;
}

type Mode = { kind: 'pending' } | { kind: 'all' } | { kind: 'filter' } | { kind: 'denied'; missing: string[] };

/**
 * The namespace whose access decides a row in a cluster-wide view: the
 * object's own namespace, or, in the namespace list, the namespace itself.
 */
function rowNamespace(resource: ResourceDescriptor, o: KubeObject): string | undefined {
  return resource.name === 'namespaces' ? o.metadata?.name : o.metadata?.namespace;
}

function forbidden(resource: ResourceDescriptor, missing: string[]): CacheState {
  return { phase: 'forbidden', verb: missing.join('/'), resource: qualifiedResource(resource), lastEventAt: null, lastSyncedAt: null };
}

/**
 * The shared caches as one person may see them: a ResourceSubscriber for
 * the stream hub and first paints that asks the cluster, for that person
 * (SubjectAccessReview, cached briefly), before handing out anything.
 *
 * Rules, per subscription of (context, resource, namespace):
 * - another context than the person's: forbidden;
 * - list and watch allowed in that scope: the shared cache as it is;
 * - a cluster-wide view of a namespaced kind the person may not list
 *   everywhere: only rows in namespaces where they may list and watch that
 *   kind (each namespace asked once, as its rows first appear); the
 *   namespace list likewise shows the namespaces where they may list pods;
 * - anything else: an empty `forbidden` snapshot naming the missing verbs,
 *   the same panel a server without access shows.
 * Every `recheckMs` the answers are asked again; a change restarts the
 * subscription on the shared cache, so a revoked binding empties the view
 * and a restored one refills it, live, without the browser resubscribing.
 * The shared cache is never restarted: it keeps one watch for everyone.
 * @example const subscribe = authorizedSubscriber({ principal, context, access, inner: subscribeResource, recheckMs: 15_000 });
 */
export function authorizedSubscriber(options: AuthorizedSubscriberOptions): ResourceSubscriber {
  const clock = options.clock ?? systemClock;
  return <T extends KubeObject = KubeObject>(key: LiveKey, listener: CacheListener<T>) => {
    const resource = RESOURCES[key.resource];
    const context = key.context ?? options.defaultContext?.() ?? options.context;
    const namespace = resource.namespaced ? key.namespace : undefined;
    const emit = listener as CacheListener<KubeObject>;
    let closed = false;
    let mode: Mode = { kind: 'pending' };
    let generation = 0;
    let innerOff: (() => void) | null = null;
    let timer: TimerHandle | null = null;
    /** Filter mode: namespace → may read. */
    const decisions = new Map<string, boolean>();
    const asking = new Set<string>();

    const question = (ns: string) =>
      resource.name === 'namespaces'
        ? canListWatch(options.access, options.principal, context, RESOURCES.pods, ns).then((r) => r.allowed)
        : canListWatch(options.access, options.principal, context, resource, ns).then((r) => r.allowed);

    const stopInner = () => {
      generation += 1;
      const off = innerOff;
      innerOff = null;
      off?.();
    };

    const visible = (o: KubeObject): boolean => {
      const ns = rowNamespace(resource, o);
      return ns !== undefined && decisions.get(ns) === true;
    };

    /** Asks about namespaces seen for the first time; a "yes" restarts so their rows arrive in a fresh snapshot. */
    const askAbout = (namespaces: string[]) => {
      const fresh = namespaces.filter((ns) => !decisions.has(ns) && !asking.has(ns));
      if (fresh.length === 0) return;
      fresh.forEach((ns) => asking.add(ns));
      void Promise.all(fresh.map((ns) => question(ns).then((ok) => [ns, ok] as const))).then((answers) => {
        answers.forEach(([ns, ok]) => {
          asking.delete(ns);
          decisions.set(ns, ok);
        });
        if (!closed && mode.kind === 'filter') restart();
      });
    };

    const filtered = (gen: number) => (e: CacheEvent<KubeObject>) => {
      if (gen !== generation || closed) return;
      switch (e.type) {
        case 'snapshot': {
          const unknown = [...new Set(e.items.map((o) => rowNamespace(resource, o)).filter((ns): ns is string => ns !== undefined && !decisions.has(ns)))];
          // Hold a snapshot until every namespace in it has an answer: a first paint must not take half a list for the whole.
          if (unknown.length > 0) return askAbout(unknown);
          return emit({ type: 'snapshot', items: e.items.filter(visible), state: e.state });
        }
        case 'page': {
          // A first sync's page: its rows in namespaces already answered go on; the others arrive with the snapshot a "yes" restarts with.
          const unknown = [...new Set(e.items.map((o) => rowNamespace(resource, o)).filter((ns): ns is string => ns !== undefined && !decisions.has(ns)))];
          if (unknown.length > 0) askAbout(unknown);
          return emit({ type: 'page', items: e.items.filter(visible), state: e.state });
        }
        case 'upsert': {
          const ns = rowNamespace(resource, e.obj);
          if (ns !== undefined && !decisions.has(ns)) return askAbout([ns]);
          return visible(e.obj) ? emit(e) : undefined;
        }
        case 'delete':
          return visible(e.obj) ? emit(e) : undefined;
        case 'state':
          // While namespaces are being asked about, the list is not complete yet: the restart's snapshot carries this state.
          if (e.state.phase === 'synced' && asking.size > 0) return;
          return emit(e);
      }
    };

    const passthrough = (gen: number) => (e: CacheEvent<KubeObject>) => {
      if (gen === generation && !closed) emit(e);
    };

    /** Subscribes anew (a fresh snapshot), then lets go of the old subscription: the shared cache never sees zero references. */
    const restart = () => {
      const old = innerOff;
      generation += 1;
      const gen = generation;
      innerOff = null;
      try {
        innerOff = options.inner(key, mode.kind === 'filter' ? filtered(gen) : passthrough(gen));
      } finally {
        old?.();
      }
    };

    const sameMode = (a: Mode, b: Mode) => a.kind === b.kind && (a.kind !== 'denied' || (b.kind === 'denied' && a.missing.join() === b.missing.join()));

    const decide = async (): Promise<Mode> => {
      if (context !== options.context) return { kind: 'denied', missing: ['list', 'watch'] };
      const scope = await canListWatch(options.access, options.principal, context, resource, namespace);
      if (scope.allowed) return { kind: 'all' };
      if ((resource.namespaced && !namespace) || resource.name === 'namespaces') return { kind: 'filter' };
      return { kind: 'denied', missing: scope.missing };
    };

    const apply = (next: Mode, changedNamespaces: boolean) => {
      if (closed) return;
      const changed = !sameMode(mode, next);
      mode = next;
      if (next.kind === 'denied') {
        if (!changed) return;
        stopInner();
        emit({ type: 'snapshot', items: [], state: forbidden(resource, next.missing) });
        return;
      }
      if (changed || (next.kind === 'filter' && changedNamespaces)) restart();
    };

    const recheck = async () => {
      const next = await decide();
      let changedNamespaces = false;
      if (next.kind === 'filter') {
        const known = [...decisions.keys()];
        const answers = await Promise.all(known.map((ns) => question(ns)));
        known.forEach((ns, i) => {
          if (decisions.get(ns) !== answers[i]) changedNamespaces = true;
          decisions.set(ns, answers[i] === true);
        });
      }
      apply(next, changedNamespaces);
    };

    const schedule = () => {
      if (closed) return;
      timer = clock.setTimeout(() => {
        timer = null;
        void recheck().finally(schedule);
      }, options.recheckMs);
    };

    void decide().then((m) => {
      apply(m, false);
      schedule();
    });

    return () => {
      if (closed) return;
      closed = true;
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      stopInner();
    };
  };
}
