/**
 * Lookups a view builder makes once per build, so no builder scans one of
 * its inputs for every element of another (for each node, filter all pods;
 * for each service, scan all slices): at 30,000 pods and 1,000 nodes such a
 * nested scan is tens of millions of checks every time the model is rebuilt.
 * Every index keeps its inputs' order inside a bucket, and a bucket holds
 * exactly what the scan it replaces would have kept (or a superset the
 * caller narrows with the scan's own test), so a builder's result does not
 * change. Pure: nothing here is cached between builds.
 */
import type { V1EndpointSlice, V1Service } from '@kubernetes/client-node';

type Meta = { metadata?: { name?: string; namespace?: string; uid?: string; labels?: Record<string, string>; ownerReferences?: { uid: string; controller?: boolean }[] } };

/**
 * Groups items by a key, each group in the items' order (a stable groupBy).
 * @example groupBy(['ab', 'b', 'ac'], (s) => s[0]) → Map { 'a' → ['ab', 'ac'], 'b' → ['b'] }
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The first item with each key, as `items.find((i) => key(i) === k)` would
 * return it. Items whose key is undefined are left out.
 * @example indexBy([{ n: 'a', v: 1 }, { n: 'a', v: 2 }], (o) => o.n).get('a') → { n: 'a', v: 1 }
 */
export function indexBy<T, K>(items: Iterable<T>, key: (item: T) => K | undefined): Map<K, T> {
  const index = new Map<K, T>();
  for (const item of items) {
    const k = key(item);
    if (k !== undefined && !index.has(k)) index.set(k, item);
  }
  return index;
}

/**
 * `namespace/name` of an object ('' for a missing part), the key objects are
 * indexed by when the same name can occur in several namespaces.
 * @example namespacedKey({ metadata: { namespace: 'default', name: 'web' } }) → 'default/web'
 */
export function namespacedKey(o: { metadata?: { name?: string; namespace?: string } }): string {
  return `${o.metadata?.namespace ?? ''}/${o.metadata?.name ?? ''}`;
}

/**
 * Pods by spec.nodeName, in the pods' order; pods without one (not yet
 * scheduled) are left out. `get(name) ?? []` is what
 * `pods.filter((p) => p.spec?.nodeName === name)` returns.
 * @example podsByNode(pods).get('sandbox-worker')?.map((p) => p.metadata?.name) → ['complete-job-blpj8', 'image-pull-backoff', …]
 */
export function podsByNode<P extends { spec?: { nodeName?: string } }>(pods: Iterable<P>): Map<string, P[]> {
  const byNode = new Map<string, P[]>();
  for (const p of pods) {
    const node = p.spec?.nodeName;
    if (node === undefined || node === null) continue;
    const list = byNode.get(node);
    if (list) list.push(p);
    else byNode.set(node, [p]);
  }
  return byNode;
}

/**
 * Objects by the uid of their controller owner (the ownerReference with
 * controller: true), in their order; objects without one are left out.
 * `get(uid) ?? []` is what `pods.filter((p) => isControlledBy(p, uid))` returns for a defined uid.
 * @example podsByOwnerUid(pods).get(replicaSet.metadata.uid)?.length → 3
 */
export function podsByOwnerUid<P extends Meta>(pods: Iterable<P>): Map<string, P[]> {
  const byOwner = new Map<string, P[]>();
  for (const p of pods) {
    const uid = p.metadata?.ownerReferences?.find((r) => r.controller === true)?.uid;
    if (uid === undefined) continue;
    const list = byOwner.get(uid);
    if (list) list.push(p);
    else byOwner.set(uid, [p]);
  }
  return byOwner;
}

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/**
 * A Service's EndpointSlices: label kubernetes.io/service-name equal to its
 * name, in its namespace (a slice without a namespace counts for any), in
 * the slices' order — what `slicesOfService` keeps, looked up instead of
 * scanned.
 * @example endpointSlicesByService(slices)(webService).map((s) => s.metadata?.name) → ['web-pgjgp']
 */
export function endpointSlicesByService(slices: Iterable<V1EndpointSlice>): (service: V1Service) => V1EndpointSlice[] {
  const byName = groupBy(slices, (s) => s.metadata?.labels?.[SERVICE_NAME_LABEL]);
  return (service) => {
    const namespace = service.metadata?.namespace;
    const named = byName.get(service.metadata?.name) ?? [];
    return named.filter((s) => s.metadata?.namespace === undefined || s.metadata.namespace === namespace);
  };
}

/** The parts of an event's involved object an index reads (core/v1 involvedObject, events.k8s.io regarding, or a normalized PodEvent). */
export interface InvolvedRef {
  kind?: string | null;
  name?: string | null;
  namespace?: string | null;
  uid?: string | null;
}

/** Events grouped by the object they are about. */
export interface EventIndex<E> {
  /**
   * The events about one object, in the events' order: same kind and name;
   * same namespace when both the event and `ref` give one; same uid when both
   * give one (a deleted object's namesake keeps its own events). Events
   * without a uid are matched by kind, namespace and name alone.
   */
  about(ref: InvolvedRef): E[];
  /** Every event with this kind and name, whatever its namespace or uid, for callers with their own rule. */
  named(kind: string | null, name: string | null): E[];
}

const refKey = (kind: string | null | undefined, name: string | null | undefined) => `${kind ?? ''}\u0000${name ?? ''}`;

/**
 * Indexes events by their involved object, read with `involved` (so the
 * same index serves raw core/v1 events and normalized PodEvents). Built once
 * per build, it replaces a filter over all events for each object.
 * @example eventsByInvolvedObject(events, (e) => ({ kind: e.involvedKind, name: e.involvedName, uid: e.involvedUid })).about({ kind: 'Pod', name: 'crash-loop', uid }).length → 11
 */
export function eventsByInvolvedObject<E>(events: Iterable<E>, involved: (e: E) => InvolvedRef | undefined): EventIndex<E> {
  const refs = new Map<E, InvolvedRef | undefined>();
  const byRef = groupBy(events, (e) => {
    const ref = involved(e);
    refs.set(e, ref);
    return refKey(ref?.kind, ref?.name);
  });
  const named = (kind: string | null, name: string | null) => byRef.get(refKey(kind, name)) ?? [];
  return {
    named,
    about: (ref) =>
      named(ref.kind ?? null, ref.name ?? null).filter((e) => {
        const r = refs.get(e);
        if (ref.namespace && r?.namespace && r.namespace !== ref.namespace) return false;
        return !(ref.uid && r?.uid && r.uid !== ref.uid);
      }),
  };
}

/** matchSelector's sharesAny for one object (lib/explain/selector), the test labelIndex's sharingAny answers for many at once. */
export { sharesAnyLabel } from '../explain/selector';

/** Objects looked up by an equality selector; see labelIndex. */
export interface LabelIndex<T> {
  /** Objects carrying every pair of the selector; an empty selector matches nothing. */
  matchingAll(selector: Record<string, string> | undefined): T[];
  /** Objects carrying at least one pair of the selector. */
  sharingAny(selector: Record<string, string> | undefined): T[];
}

/**
 * Finds the objects an equality selector (a Service's spec.selector)
 * matches without testing every object per selector: each `key=value` label
 * pair lists the objects that carry it, once per build.
 * Both lookups return objects in their input order.
 * @example labelIndex(pods).matchingAll({ app: 'web' }).map((p) => p.metadata?.name) → ['web-569b4d9d45-7bj98', …]
 */
export function labelIndex<T extends { metadata?: { labels?: Record<string, string> } }>(objects: readonly T[]): LabelIndex<T> {
  const byPair = new Map<string, number[]>();
  objects.forEach((o, i) => {
    for (const [k, v] of Object.entries(o.metadata?.labels ?? {})) {
      const pair = `${k}\u0000${v ?? ''}`;
      const list = byPair.get(pair);
      if (list) list.push(i);
      else byPair.set(pair, [i]);
    }
  });
  const postings = (selector: Record<string, string>) => Object.entries(selector).map(([k, v]) => byPair.get(`${k}\u0000${v ?? ''}`) ?? []);
  return {
    matchingAll(selector: Record<string, string> | undefined): T[] {
      const lists = postings(selector ?? {});
      if (lists.length === 0) return [];
      const [shortest, ...rest] = [...lists].sort((a, b) => a.length - b.length);
      const others = rest.map((l) => new Set(l));
      return (shortest ?? []).filter((i) => others.every((s) => s.has(i))).map((i) => objects[i] as T);
    },
    sharingAny(selector: Record<string, string> | undefined): T[] {
      const hit = new Set<number>();
      for (const list of postings(selector ?? {})) for (const i of list) hit.add(i);
      return [...hit].sort((a, b) => a - b).map((i) => objects[i] as T);
    },
  };
}

