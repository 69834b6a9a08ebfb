/**
 * The page of an object of any kind the dashboard shows, by its Kind: the
 * route segment is the kubectl resource name; cluster-scoped kinds have no
 * namespace in the URL. Kinds without a page give null.
 */

const ROUTES: Readonly<Record<string, { resource: string; clusterScoped: boolean }>> = {
  Pod: { resource: 'pods', clusterScoped: false },
  Service: { resource: 'services', clusterScoped: false },
  Node: { resource: 'nodes', clusterScoped: true },
  Deployment: { resource: 'deployments', clusterScoped: false },
  ReplicaSet: { resource: 'replicasets', clusterScoped: false },
  StatefulSet: { resource: 'statefulsets', clusterScoped: false },
  DaemonSet: { resource: 'daemonsets', clusterScoped: false },
  Job: { resource: 'jobs', clusterScoped: false },
  CronJob: { resource: 'cronjobs', clusterScoped: false },
  PersistentVolumeClaim: { resource: 'persistentvolumeclaims', clusterScoped: false },
  PersistentVolume: { resource: 'persistentvolumes', clusterScoped: true },
  StorageClass: { resource: 'storageclasses', clusterScoped: true },
  ConfigMap: { resource: 'configmaps', clusterScoped: false },
  Secret: { resource: 'secrets', clusterScoped: false },
};

/**
 * `/<context>/<resource>/<namespace>/<name>`, or `/<context>/<resource>/<name>`
 * for Nodes, PersistentVolumes and StorageClasses; null for a kind without a page.
 * @example objectHref('kind-kind', 'ConfigMap', 'shop', 'app-config') // '/kind-kind/configmaps/shop/app-config'
 * @example objectHref('kind-kind', 'PersistentVolume', null, 'pv-1') // '/kind-kind/persistentvolumes/pv-1'
 */
export function objectHref(context: string, kind: string, namespace: string | null | undefined, name: string): string | null {
  const route = Object.hasOwn(ROUTES, kind) ? ROUTES[kind] : undefined;
  if (!route || !name) return null;
  const base = `/${encodeURIComponent(context)}/${route.resource}`;
  return route.clusterScoped ? `${base}/${encodeURIComponent(name)}` : `${base}/${encodeURIComponent(namespace ?? '')}/${encodeURIComponent(name)}`;
}
