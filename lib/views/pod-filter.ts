import type { PodRow } from './pod-row';

/**
 * The rows a user sees: name filter (case-insensitive substring of
 * namespace/name), status filter (exact kubectl STATUS), sorted like
 * kubectl (namespace, then name).
 * @example filterPods(rows, { text: 'web', status: 'Running' })
 */
export function filterPods(rows: PodRow[], f: { text: string; status: string }): PodRow[] {
  const text = f.text.trim().toLowerCase();
  return rows
    .filter((r) => (!text || `${r.namespace}/${r.name}`.toLowerCase().includes(text)) && (!f.status || r.status === f.status))
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
}

/** Distinct statuses with counts, most common first, for the status filter. */
export function statusCounts(rows: PodRow[]): { status: string; count: number }[] {
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
