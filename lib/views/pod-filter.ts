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
