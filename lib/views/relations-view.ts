import type {
  CoreV1Event,
  V1ConfigMap,
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1EndpointSlice,
  V1Job,
  V1Node,
  V1PersistentVolume,
  V1PersistentVolumeClaim,
  V1Pod,
  V1ReplicaSet,
  V1Service,
  V1StatefulSet,
  V1StorageClass,
} from '@kubernetes/client-node';
import { normalizeEvents } from '../explain/pod-events';
import { buildRelations, type RelationGraph, type RelationKind } from '../explain/relations';
import type { RedactedSecret } from '../explain/storage/redacted-secret';

/**
 * The relations panel's model: the graph around one object, two hops out
 * (lib/explain/relations.ts), from whichever caches its view read. A kind
 * that was not read is "unloaded" in the graph, never a broken link.
 */

/** The caches a relations view may read, by resource name; each is optional. */
export interface RelationsInputs {
  pods?: V1Pod[];
  services?: V1Service[];
  endpointslices?: V1EndpointSlice[];
  nodes?: V1Node[];
  deployments?: V1Deployment[];
  replicasets?: V1ReplicaSet[];
  statefulsets?: V1StatefulSet[];
  daemonsets?: V1DaemonSet[];
  jobs?: V1Job[];
  cronjobs?: V1CronJob[];
  persistentvolumeclaims?: V1PersistentVolumeClaim[];
  persistentvolumes?: V1PersistentVolume[];
  storageclasses?: V1StorageClass[];
  configmaps?: V1ConfigMap[];
  /** As the watch cache keeps them: key names and sizes, no values. */
  secrets?: RedactedSecret[];
  events?: CoreV1Event[];
}

/** The object a relations view is centred on; `namespace` is ignored for cluster-scoped kinds. */
export interface RelationsCenter {
  kind: RelationKind;
  namespace: string | null;
  name: string;
}

/**
 * The graph around `center`, two hops out, from the caches the view read.
 * @example buildRelationsView({ pods, persistentvolumeclaims, persistentvolumes }, now, { kind: 'PersistentVolumeClaim', namespace: 'explain-demo', name: 'static-data' }).edges.map((e) => e.kind)
 *   // ['mounts-claim', 'bound-to', 'in-class', …]
 */
export function buildRelationsView(inputs: RelationsInputs, now: Date, center: RelationsCenter): RelationGraph {
  return buildRelations(
    center,
    {
      pods: inputs.pods,
      services: inputs.services,
      endpointSlices: inputs.endpointslices,
      nodes: inputs.nodes,
      deployments: inputs.deployments,
      replicaSets: inputs.replicasets,
      statefulSets: inputs.statefulsets,
      daemonSets: inputs.daemonsets,
      jobs: inputs.jobs,
      cronJobs: inputs.cronjobs,
      persistentVolumeClaims: inputs.persistentvolumeclaims,
      persistentVolumes: inputs.persistentvolumes,
      storageClasses: inputs.storageclasses,
      configMaps: inputs.configmaps,
      secrets: inputs.secrets,
      events: inputs.events ? normalizeEvents(inputs.events) : undefined,
    },
    { now, hops: 2 },
  );
}
