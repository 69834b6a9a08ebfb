import type { V1Namespace } from '@kubernetes/client-node';
import { objectKey } from '../explain/object-key';

export interface NamespaceRow {
  uid: string;
  name: string;
  phase: string;
}

/** @example toNamespaceRow(ns).name === 'kube-system' */
export function toNamespaceRow(ns: V1Namespace): NamespaceRow {
  return { uid: objectKey(ns), name: ns.metadata?.name ?? '', phase: ns.status?.phase ?? 'Active' };
}
