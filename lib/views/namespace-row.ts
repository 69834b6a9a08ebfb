import type { V1Namespace } from '@kubernetes/client-node';

export interface NamespaceRow {
  uid: string;
  name: string;
  phase: string;
}

/** @example toNamespaceRow(ns).name === 'kube-system' */
export function toNamespaceRow(ns: V1Namespace): NamespaceRow {
  return { uid: ns.metadata?.uid ?? ns.metadata?.name ?? '', name: ns.metadata?.name ?? '', phase: ns.status?.phase ?? 'Active' };
}
