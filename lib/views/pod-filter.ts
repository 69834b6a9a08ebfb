import type { PodRow } from './pod-row';

/**
 * kubectl's order of pods: namespace, then name. Names are DNS labels and
 * subdomains (lowercase letters, digits, '-' and '.'), for which plain code
 * unit order is the collation order, without localeCompare's cost.
 * @example comparePods({ namespace: 'a', name: 'z' }, { namespace: 'b', name: 'a' }) → -1
 */
export function comparePods(a: Pick<PodRow, 'namespace' | 'name'>, b: Pick<PodRow, 'namespace' | 'name'>): number {
  if (a.namespace !== b.namespace) return a.namespace < b.namespace ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * A text filter prepared once per query, so a test per row allocates
 * nothing: the query is lowercased once, and compared with the names as they
 * are (the API only admits lowercase names). A query without '/' matches
 * inside the namespace or the name; 'ns/na' matches a namespace ending in
 * 'ns' and a name starting with 'na' (a substring of "namespace/name").
 * @example podTextMatcher('Demo/Crash')({ namespace: 'explain-demo', name: 'crash-loop' }) → true
 */
export function podTextMatcher(query: string): ((r: Pick<PodRow, 'namespace' | 'name'>) => boolean) | null {
  const text = query.trim().toLowerCase();
  if (!text) return null;
  const slash = text.indexOf('/');
  if (slash < 0) return (r) => r.name.includes(text) || r.namespace.includes(text);
  const head = text.slice(0, slash);
  const tail = text.slice(slash + 1);
  // Neither a namespace nor a name holds a '/': a second one matches nothing.
  if (tail.includes('/')) return () => false;
  return (r) => r.namespace.endsWith(head) && r.name.startsWith(tail);
}

/**
 * The rows a user sees: name filter (case-insensitive substring of
 * namespace/name), status filter (exact kubectl STATUS), sorted like
 * kubectl (namespace, then name). Rows that already come in that order (the
 * live list keeps them sorted) are only filtered, in one pass; the given
 * array is never changed, and is returned as it is when nothing is filtered
 * out of a sorted list (so a memo downstream sees the same rows).
 * @example filterPods(rows, { text: 'web', status: 'Running' })
 */
export function filterPods(rows: readonly PodRow[], f: { text: string; status: string }): PodRow[] {
  const match = podTextMatcher(f.text);
  const status = f.status;
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) sorted = comparePods(rows[i - 1] as PodRow, rows[i] as PodRow) <= 0;
  if (!match && !status && sorted) return rows as PodRow[];
  const out: PodRow[] = [];
  for (const r of rows) if ((!status || r.status === status) && (!match || match(r))) out.push(r);
  return sorted ? out : out.sort(comparePods);
}

/**
 * Distinct statuses with counts, most common first, for the status filter:
 * one pass over the rows (the sort is over the few distinct statuses).
 * @example statusCounts(rows) → [{ status: 'Running', count: 6 }, { status: 'CrashLoopBackOff', count: 2 }]
 */
export function statusCounts(rows: readonly PodRow[]): { status: string; count: number }[] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.status, (m.get(r.status) ?? 0) + 1);
  return [...m].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count || a.status.localeCompare(b.status));
}

/** The owners the Pods view can be narrowed to (`?owner=Kind/name`). */
export const OWNER_KINDS = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** A workload whose pods the Pods view shows: `?owner=Deployment/web`. */
export interface OwnerFilter {
  kind: OwnerKind;
  name: string;
}

/** An object name as the API accepts it: a DNS-1123 subdomain, at most 253 characters. */
const OBJECT_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

/**
 * Reads `?owner=Kind/name`: a workload kind this view knows and a valid
 * object name, else null (an unknown or malformed owner filters nothing
 * rather than guessing).
 * @example parseOwnerFilter('Deployment/web') → { kind: 'Deployment', name: 'web' }
 * @example parseOwnerFilter('Secret/web') → null
 */
export function parseOwnerFilter(value: unknown): OwnerFilter | null {
  if (typeof value !== 'string') return null;
  const slash = value.indexOf('/');
  const kind = value.slice(0, slash);
  const name = value.slice(slash + 1);
  if (slash < 0 || !(OWNER_KINDS as readonly string[]).includes(kind) || !OBJECT_NAME.test(name)) return null;
  return { kind: kind as OwnerKind, name };
}

/**
 * The controller between a pod and an owner that does not own pods itself:
 * Deployments own pods through ReplicaSets, CronJobs through Jobs.
 * @example intermediateOf('Deployment') → { kind: 'ReplicaSet', resource: 'replicasets' }
 */
export function intermediateOf(kind: OwnerKind): { kind: 'ReplicaSet'; resource: 'replicasets' } | { kind: 'Job'; resource: 'jobs' } | null {
  if (kind === 'Deployment') return { kind: 'ReplicaSet', resource: 'replicasets' };
  if (kind === 'CronJob') return { kind: 'Job', resource: 'jobs' };
  return null;
}

interface Owned {
  metadata?: { name?: string; namespace?: string; ownerReferences?: { kind: string; name: string; controller?: boolean }[] };
}

function controlledBy(obj: Owned, kind: string, name: string): boolean {
  const ref = obj.metadata?.ownerReferences?.find((r) => r.controller === true);
  return ref?.kind === kind && ref.name === name;
}

/**
 * The pods an owner controls, following controller ownerReferences (never
 * names): directly for ReplicaSets, StatefulSets, DaemonSets and Jobs;
 * through the ReplicaSets (Deployment) or Jobs (CronJob) it controls in the
 * same namespace, which are returned as `through`.
 * @example podsOwnedBy(pods, { kind: 'Deployment', name: 'web' }, replicaSets) → { pods: [web-569b4d9d45-7bj98, …], through: [{ namespace: 'explain-demo', name: 'web-569b4d9d45' }] }
 */
export function podsOwnedBy<P extends Owned>(pods: readonly P[], owner: OwnerFilter, intermediates: readonly Owned[] = []): { pods: P[]; through: { namespace: string; name: string }[] } {
  const via = intermediateOf(owner.kind);
  if (!via) return { pods: pods.filter((p) => controlledBy(p, owner.kind, owner.name)), through: [] };
  const through = intermediates
    .filter((o) => controlledBy(o, owner.kind, owner.name))
    .map((o) => ({ namespace: o.metadata?.namespace ?? '', name: o.metadata?.name ?? '' }))
    .sort((a, b) => (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const keys = new Set(through.map((t) => `${t.namespace}/${t.name}`));
  const owned = pods.filter((p) => {
    const ref = p.metadata?.ownerReferences?.find((r) => r.controller === true);
    return ref?.kind === via.kind && keys.has(`${p.metadata?.namespace ?? ''}/${ref.name}`);
  });
  return { pods: owned, through };
}
