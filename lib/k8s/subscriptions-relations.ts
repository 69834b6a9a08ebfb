import 'server-only';
import type { LiveKey } from './live';
import type { RelationsSubscriptionSpec } from '@/lib/contract';
import { RELATION_RESOURCES, type RelationKind } from '../explain/relations';
import type { ResourceName } from './resources';
import { buildRelationsView, type RelationsInputs } from '../views/relations-view';
import type { SubscriptionDefinition } from './subscriptions';

/*
 * The relations panel's view of the subscription registry (subscriptions.ts
 * delegates here): the graph around one object, two hops out, rebuilt live
 * from the caches below. Each centre kind reads what its first and second
 * hops can reach; a kind not read shows as "unloaded", never as broken.
 * Secrets come from the secrets cache, which holds no values.
 */

type Scope = 'namespace' | 'cluster' | 'default';

/** Per centre kind: each cache it reads and where (the object's namespace, every namespace, or `default` for cluster-scoped objects' events). */
const SOURCES: Readonly<Record<RelationKind, Partial<Record<ResourceName, Scope>>>> = {
  Pod: {
    pods: 'namespace',
    services: 'namespace',
    endpointslices: 'namespace',
    replicasets: 'namespace',
    deployments: 'namespace',
    statefulsets: 'namespace',
    daemonsets: 'namespace',
    jobs: 'namespace',
    cronjobs: 'namespace',
    persistentvolumeclaims: 'namespace',
    configmaps: 'namespace',
    secrets: 'namespace',
    events: 'namespace',
    nodes: 'cluster',
    persistentvolumes: 'cluster',
    storageclasses: 'cluster',
  },
  Service: { services: 'namespace', endpointslices: 'namespace', pods: 'namespace', replicasets: 'namespace', statefulsets: 'namespace', daemonsets: 'namespace', jobs: 'namespace', events: 'namespace', nodes: 'cluster' },
  Node: { nodes: 'cluster', pods: 'cluster', persistentvolumes: 'cluster' },
  ...Object.fromEntries(
    (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'] as const).map((kind) => [
      kind,
      {
        pods: 'namespace',
        deployments: 'namespace',
        replicasets: 'namespace',
        statefulsets: 'namespace',
        daemonsets: 'namespace',
        jobs: 'namespace',
        cronjobs: 'namespace',
        persistentvolumeclaims: 'namespace',
        configmaps: 'namespace',
        secrets: 'namespace',
        events: 'namespace',
        nodes: 'cluster',
        persistentvolumes: 'cluster',
      },
    ]),
  ),
  PersistentVolumeClaim: {
    persistentvolumeclaims: 'namespace',
    pods: 'namespace',
    statefulsets: 'namespace',
    replicasets: 'namespace',
    configmaps: 'namespace',
    secrets: 'namespace',
    events: 'namespace',
    persistentvolumes: 'cluster',
    storageclasses: 'cluster',
    nodes: 'cluster',
  },
  PersistentVolume: { persistentvolumes: 'cluster', persistentvolumeclaims: 'cluster', storageclasses: 'cluster', nodes: 'cluster', pods: 'cluster', events: 'default' },
  StorageClass: { storageclasses: 'cluster', persistentvolumeclaims: 'cluster', persistentvolumes: 'cluster' },
  ConfigMap: {
    configmaps: 'namespace',
    secrets: 'namespace',
    pods: 'namespace',
    deployments: 'namespace',
    statefulsets: 'namespace',
    daemonsets: 'namespace',
    replicasets: 'namespace',
    jobs: 'namespace',
    cronjobs: 'namespace',
    persistentvolumeclaims: 'namespace',
    events: 'namespace',
    nodes: 'cluster',
  },
  Secret: {
    secrets: 'namespace',
    configmaps: 'namespace',
    pods: 'namespace',
    deployments: 'namespace',
    statefulsets: 'namespace',
    daemonsets: 'namespace',
    replicasets: 'namespace',
    jobs: 'namespace',
    cronjobs: 'namespace',
    persistentvolumeclaims: 'namespace',
    events: 'namespace',
    nodes: 'cluster',
  },
} as Record<RelationKind, Partial<Record<ResourceName, Scope>>>;

const CLUSTER_SCOPED = new Set<RelationKind>(['Node', 'PersistentVolume', 'StorageClass']);
const KINDS = new Set<string>(Object.keys(RELATION_RESOURCES));

/**
 * The caches and the builder of the graph around one object.
 * @example resolveRelationsSubscription({ view: 'relations', kind: 'StorageClass', name: 'standard' }).kind // 'model'
 */
export function resolveRelationsSubscription(spec: RelationsSubscriptionSpec): SubscriptionDefinition {
  const { context, kind, name } = spec;
  const namespace = CLUSTER_SCOPED.has(kind) ? null : (spec.namespace ?? null);
  const sources: Record<string, LiveKey> = {};
  for (const [resource, scope] of Object.entries(SOURCES[kind]) as [ResourceName, Scope][]) {
    const ns = scope === 'namespace' ? (namespace ?? undefined) : scope === 'default' ? 'default' : undefined;
    sources[resource] = { context, resource, namespace: ns };
  }
  return { kind: 'model', sources, build: (inputs, now) => buildRelationsView(inputs as unknown as RelationsInputs, now, { kind, namespace, name }) };
}

/**
 * The relations part of parseSubscriptionSpec: `fields` are the request's
 * already validated context and namespace, and its name if it had a valid
 * one. The kind must be one the graph shows; a namespaced kind needs a
 * namespace, a cluster-scoped one takes none.
 * @example parseRelationsSubscriptionSpec('Pod', { context: undefined, namespace: 'explain-demo', name: 'web-1' }) → { view: 'relations', context: undefined, kind: 'Pod', namespace: 'explain-demo', name: 'web-1' }
 */
export function parseRelationsSubscriptionSpec(
  kind: unknown,
  fields: { context: string | undefined; namespace: string | undefined; name: string | undefined },
): RelationsSubscriptionSpec | null {
  if (typeof kind !== 'string' || !KINDS.has(kind) || !fields.name) return null;
  const k = kind as RelationKind;
  if (CLUSTER_SCOPED.has(k)) return { view: 'relations', context: fields.context, kind: k, name: fields.name };
  return fields.namespace ? { view: 'relations', context: fields.context, kind: k, namespace: fields.namespace, name: fields.name } : null;
}
