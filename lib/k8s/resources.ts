import 'server-only';

/** The resource kinds the dashboard watches. */
export type ResourceName =
  | 'pods'
  | 'services'
  | 'nodes'
  | 'events'
  | 'endpointslices'
  | 'leases'
  | 'namespaces'
  | 'deployments'
  | 'replicasets'
  | 'statefulsets'
  | 'daemonsets'
  | 'jobs'
  | 'cronjobs'
  | 'horizontalpodautoscalers'
  | 'persistentvolumeclaims'
  | 'persistentvolumes'
  | 'storageclasses'
  | 'configmaps'
  | 'secrets';

/**
 * What the shell needs to know about one API resource: where it lives and the
 * kind/apiVersion to stamp on list items (list responses omit them per item).
 * @example RESOURCES.endpointslices.group // 'discovery.k8s.io'
 */
export interface ResourceDescriptor {
  name: ResourceName;
  /** API group; '' is the core group. */
  group: string;
  version: string;
  kind: string;
  /** URL plural, also the RBAC resource name. */
  plural: string;
  namespaced: boolean;
}

/** The watched resources, keyed by name. @example RESOURCES.pods.kind // 'Pod' */
export const RESOURCES: Readonly<Record<ResourceName, ResourceDescriptor>> = {
  pods: { name: 'pods', group: '', version: 'v1', kind: 'Pod', plural: 'pods', namespaced: true },
  services: { name: 'services', group: '', version: 'v1', kind: 'Service', plural: 'services', namespaced: true },
  nodes: { name: 'nodes', group: '', version: 'v1', kind: 'Node', plural: 'nodes', namespaced: false },
  events: { name: 'events', group: '', version: 'v1', kind: 'Event', plural: 'events', namespaced: true },
  endpointslices: {
    name: 'endpointslices',
    group: 'discovery.k8s.io',
    version: 'v1',
    kind: 'EndpointSlice',
    plural: 'endpointslices',
    namespaced: true,
  },
  leases: { name: 'leases', group: 'coordination.k8s.io', version: 'v1', kind: 'Lease', plural: 'leases', namespaced: true },
  namespaces: { name: 'namespaces', group: '', version: 'v1', kind: 'Namespace', plural: 'namespaces', namespaced: false },
  deployments: { name: 'deployments', group: 'apps', version: 'v1', kind: 'Deployment', plural: 'deployments', namespaced: true },
  replicasets: { name: 'replicasets', group: 'apps', version: 'v1', kind: 'ReplicaSet', plural: 'replicasets', namespaced: true },
  statefulsets: { name: 'statefulsets', group: 'apps', version: 'v1', kind: 'StatefulSet', plural: 'statefulsets', namespaced: true },
  daemonsets: { name: 'daemonsets', group: 'apps', version: 'v1', kind: 'DaemonSet', plural: 'daemonsets', namespaced: true },
  jobs: { name: 'jobs', group: 'batch', version: 'v1', kind: 'Job', plural: 'jobs', namespaced: true },
  cronjobs: { name: 'cronjobs', group: 'batch', version: 'v1', kind: 'CronJob', plural: 'cronjobs', namespaced: true },
  // autoscaling/v2 is the stable HPA API (v1 lacks metrics); the view only reads scaleTargetRef and replica bounds.
  horizontalpodautoscalers: {
    name: 'horizontalpodautoscalers',
    group: 'autoscaling',
    version: 'v2',
    kind: 'HorizontalPodAutoscaler',
    plural: 'horizontalpodautoscalers',
    namespaced: true,
  },
  persistentvolumeclaims: {
    name: 'persistentvolumeclaims',
    group: '',
    version: 'v1',
    kind: 'PersistentVolumeClaim',
    plural: 'persistentvolumeclaims',
    namespaced: true,
  },
  persistentvolumes: { name: 'persistentvolumes', group: '', version: 'v1', kind: 'PersistentVolume', plural: 'persistentvolumes', namespaced: false },
  storageclasses: { name: 'storageclasses', group: 'storage.k8s.io', version: 'v1', kind: 'StorageClass', plural: 'storageclasses', namespaced: false },
  configmaps: { name: 'configmaps', group: '', version: 'v1', kind: 'ConfigMap', plural: 'configmaps', namespaced: true },
  // The cache keeps Secrets without values: see secret-redaction.ts and CACHE_NORMALIZERS in live.ts.
  secrets: { name: 'secrets', group: '', version: 'v1', kind: 'Secret', plural: 'secrets', namespaced: true },
};

/**
 * The apiVersion string of a resource: `v1` for the core group, else `group/version`.
 * @example apiVersionOf(RESOURCES.leases) // 'coordination.k8s.io/v1'
 */
export function apiVersionOf(resource: Pick<ResourceDescriptor, 'group' | 'version'>): string {
  return resource.group ? `${resource.group}/${resource.version}` : resource.version;
}

/**
 * The resource as RBAC and kubectl name it: plural, dotted with the group
 * when not core.
 * @example qualifiedResource(RESOURCES.endpointslices) // 'endpointslices.discovery.k8s.io'
 */
export function qualifiedResource(resource: Pick<ResourceDescriptor, 'group' | 'plural'>): string {
  return resource.group ? `${resource.plural}.${resource.group}` : resource.plural;
}

/**
 * The collection URL path, cluster-wide unless a namespace is given for a
 * namespaced resource (a namespace is ignored for cluster-scoped ones).
 * @example collectionPath(RESOURCES.pods, 'default') // '/api/v1/namespaces/default/pods'
 */
export function collectionPath(resource: ResourceDescriptor, namespace?: string): string {
  const base = resource.group ? `/apis/${resource.group}/${resource.version}` : `/api/${resource.version}`;
  const scope = resource.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
  return `${base}${scope}/${resource.plural}`;
}
