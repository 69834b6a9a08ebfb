/**
 * What every workload detail model has in common: the object may be gone
 * (the page keeps watching and says so), else its kubectl row (the frame's
 * status and the list's columns) and the kind's explanation.
 */
export type WorkloadDetail<Row, Extra> =
  | { found: false; namespace: string; name: string }
  | ({ found: true; namespace: string; name: string; row: Row } & Extra);

/** The identity a detail view is built for. */
export interface WorkloadId {
  namespace: string;
  name: string;
}

/**
 * The object of `items` with this namespace and name, if any.
 * @example findWorkload(deployments, { namespace: 'explain-demo', name: 'web' })?.metadata?.name // 'web'
 */
export function findWorkload<T extends { metadata?: { name?: string; namespace?: string } }>(items: readonly T[], id: WorkloadId): T | undefined {
  return items.find((o) => o.metadata?.name === id.name && o.metadata?.namespace === id.namespace);
}
