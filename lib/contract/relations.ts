/**
 * The relations panel's browser contract: a subscription to the graph around
 * one object. The graph is built by lib/explain/relations.ts and typed there.
 */
import type { RelationKind } from '@/lib/explain/relations';

/** The graph around one object; `namespace` is required for namespaced kinds and absent for Nodes, PersistentVolumes and StorageClasses. */
export interface RelationsSubscriptionSpec {
  view: 'relations';
  context?: string;
  kind: RelationKind;
  namespace?: string;
  name: string;
}
