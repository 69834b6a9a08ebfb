import type { ConceptId } from '../concepts/ids';

export interface KindExample {
  kind: string;
  /** The concept page that explains the kind, when the catalogue has one. */
  conceptId: ConceptId | null;
}

/**
 * A few kinds on each side of the namespace line (`kubectl api-resources
 * --namespaced=true|false`). Namespaced objects' names are unique per
 * namespace; cluster-scoped ones are unique in the whole cluster.
 * Source: docs concepts/overview/working-with-objects/namespaces.
 */
export const NAMESPACED_KINDS: readonly KindExample[] = [
  { kind: 'Pod', conceptId: 'pod' },
  { kind: 'Service', conceptId: 'service' },
  { kind: 'Deployment', conceptId: 'deployment' },
  { kind: 'ReplicaSet', conceptId: 'replicaset' },
  { kind: 'Job', conceptId: 'job' },
  { kind: 'EndpointSlice', conceptId: 'endpointslice' },
  { kind: 'PersistentVolumeClaim', conceptId: 'pvc' },
  { kind: 'ConfigMap', conceptId: 'configmap' },
  { kind: 'Secret', conceptId: 'secret' },
  { kind: 'Lease', conceptId: 'lease' },
  { kind: 'Event', conceptId: 'events' },
];

export const CLUSTER_SCOPED_KINDS: readonly KindExample[] = [
  { kind: 'Node', conceptId: 'node' },
  { kind: 'Namespace', conceptId: 'namespace' },
  { kind: 'PersistentVolume', conceptId: 'persistent-volume' },
  { kind: 'StorageClass', conceptId: 'storage-class' },
  { kind: 'ClusterRole', conceptId: null },
  { kind: 'CustomResourceDefinition', conceptId: null },
];
