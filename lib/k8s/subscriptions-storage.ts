import 'server-only';
import type { LiveKey } from './live';
import type { KubeObject } from './watch-cache';
import type { StorageDetailModelOf, StorageDetailView, StorageListView, StorageSubscriptionSpec } from '@/lib/contract';
import { STORAGE_DETAIL_VIEW } from '@/lib/contract';
import { CLUSTER_SCOPED_STORAGE, STORAGE_RESOURCES, STORAGE_ROW, type StorageResource } from '../views/storage/rows';
import {
  buildClaimDetail,
  buildConfigMapDetail,
  buildSecretDetail,
  buildStorageClassDetail,
  buildVolumeDetail,
  type ClaimDetailInputs,
  type ConfigDetailInputs,
  type StorageClassDetailInputs,
  type StorageId,
  type VolumeDetailInputs,
} from '../views/storage/details';
import { buildPodStorage, type PodStorageInputs } from '../views/storage/pod-storage-view';
import type { SubscriptionDefinition } from './subscriptions';

/*
 * The storage and configuration views of the subscription registry
 * (subscriptions.ts delegates here). Each detail view's entry in DETAIL names
 * the caches it reads (`sources`) and its builder in lib/views/storage.
 * Secrets are read only from the secrets cache, which keeps them without
 * values (secret-redaction.ts): no view here can reach a Secret's data.
 */

interface DetailEntry<V extends StorageDetailView> {
  /** `namespace` is '' for the cluster-scoped kinds. */
  sources: (context: string | undefined, namespace: string) => Record<string, LiveKey>;
  build: (inputs: Record<string, KubeObject[]>, now: Date, id: StorageId) => StorageDetailModelOf[V];
  /** The input whose failure is the page's failure (the object's own kind); the others count as empty when they cannot be read. */
  required: string;
}

function inputsAs<T>(inputs: Record<string, KubeObject[]>): T {
  return inputs as unknown as T;
}

/** Caches in one namespace (all namespaces for undefined), by resource name. */
function caches<R extends LiveKey['resource']>(context: string | undefined, namespace: string | undefined, ...resources: R[]): Record<R, LiveKey> {
  return Object.fromEntries(resources.map((resource) => [resource, { context, resource, namespace }])) as unknown as Record<R, LiveKey>;
}

const DETAIL: { readonly [V in StorageDetailView]: DetailEntry<V> } = {
  persistentvolumeclaim: {
    sources: (context, ns) => ({ ...caches(context, ns, 'persistentvolumeclaims', 'pods', 'events'), ...caches(context, undefined, 'persistentvolumes', 'storageclasses') }),
    build: (inputs, now, id) => buildClaimDetail(inputsAs<ClaimDetailInputs>(inputs), now, id),
    required: 'persistentvolumeclaims',
  },
  persistentvolume: {
    // A PV's claim may live in any namespace; its own events are written to `default`.
    sources: (context) => ({ ...caches(context, undefined, 'persistentvolumes', 'persistentvolumeclaims', 'storageclasses', 'nodes'), events: { context, resource: 'events', namespace: 'default' } }),
    build: (inputs, now, id) => buildVolumeDetail(inputsAs<VolumeDetailInputs>(inputs), now, id),
    required: 'persistentvolumes',
  },
  storageclass: {
    sources: (context) => caches(context, undefined, 'storageclasses', 'persistentvolumeclaims', 'persistentvolumes'),
    build: (inputs, now, id) => buildStorageClassDetail(inputsAs<StorageClassDetailInputs>(inputs), now, id),
    required: 'storageclasses',
  },
  configmap: {
    sources: (context, ns) => caches(context, ns, 'configmaps', 'secrets', 'pods', 'deployments', 'statefulsets', 'daemonsets', 'replicasets', 'jobs', 'cronjobs'),
    build: (inputs, now, id) => buildConfigMapDetail(inputsAs<ConfigDetailInputs>(inputs), now, id),
    required: 'configmaps',
  },
  secret: {
    sources: (context, ns) => caches(context, ns, 'secrets', 'configmaps', 'pods', 'deployments', 'statefulsets', 'daemonsets', 'replicasets', 'jobs', 'cronjobs'),
    build: (inputs, now, id) => buildSecretDetail(inputsAs<ConfigDetailInputs>(inputs), now, id),
    required: 'secrets',
  },
};

/**
 * The input of each detail view whose failure is the page's failure.
 * @example STORAGE_DETAIL_REQUIRED.secret // ['secrets']
 */
export const STORAGE_DETAIL_REQUIRED: { readonly [V in StorageDetailView]: readonly string[] } = Object.fromEntries(
  Object.entries(DETAIL).map(([view, entry]) => [view, [entry.required]]),
) as unknown as { [V in StorageDetailView]: readonly string[] };

const LIST_VIEWS = new Set<string>(STORAGE_RESOURCES);
const DETAIL_VIEWS = new Set<string>(Object.values(STORAGE_DETAIL_VIEW));
const CLUSTER_DETAIL = new Set<string>(['persistentvolume', 'storageclass']);

/**
 * True for a storage subscription (list or detail view name).
 * @example isStorageSubscription({ view: 'configmaps' }) // true
 */
export function isStorageSubscription(spec: { view: string }): spec is StorageSubscriptionSpec {
  return LIST_VIEWS.has(spec.view) || DETAIL_VIEWS.has(spec.view) || spec.view === 'pod-storage';
}

/**
 * A list view reads one cache (the namespace's, or every namespace's) and
 * projects each object to its kubectl row (lib/views/storage/rows.ts): only
 * rows cross to the browser. A detail view reads its entry's caches and
 * builds its model.
 * @example resolveStorageSubscription({ view: 'persistentvolumes' }) → { kind: 'list', source: { resource: 'persistentvolumes' }, … }
 */
export function resolveStorageSubscription(spec: StorageSubscriptionSpec): SubscriptionDefinition {
  const context = spec.context;
  if (spec.view === 'pod-storage') {
    const id = { namespace: spec.namespace, name: spec.name };
    return {
      kind: 'model',
      sources: { ...caches(context, spec.namespace, 'pods', 'events', 'persistentvolumeclaims', 'configmaps', 'secrets'), ...caches(context, undefined, 'persistentvolumes', 'storageclasses', 'nodes') },
      build: (inputs) => buildPodStorage(inputsAs<PodStorageInputs>(inputs), id),
    };
  }
  if ('name' in spec) {
    const entry = DETAIL[spec.view] as DetailEntry<StorageDetailView>;
    const namespace = 'namespace' in spec ? spec.namespace : '';
    const id = { namespace, name: spec.name };
    return { kind: 'model', sources: entry.sources(context, namespace), build: (inputs, now) => entry.build(inputs, now, id) };
  }
  const resource: StorageResource = spec.view;
  const project = STORAGE_ROW[resource] as (o: KubeObject, now: Date) => ReturnType<(typeof STORAGE_ROW)[StorageResource]>;
  const namespace = 'namespace' in spec ? spec.namespace || undefined : undefined;
  return { kind: 'list', source: { context, resource, namespace }, filter: () => true, project };
}

/**
 * The storage part of parseSubscriptionSpec: `fields` are the request's
 * already validated context and namespace, and its name if it had a valid
 * one. Namespaced detail views need a namespace and a name; the
 * cluster-scoped ones (PersistentVolumes, StorageClasses) a name and never
 * carry a namespace. Null for a view that is not a storage view or lacks them.
 * @example parseStorageSubscriptionSpec('persistentvolume', { context: undefined, namespace: undefined, name: 'pv-1' }) → { view: 'persistentvolume', context: undefined, name: 'pv-1' }
 */
export function parseStorageSubscriptionSpec(
  view: unknown,
  fields: { context: string | undefined; namespace: string | undefined; name: string | undefined },
): StorageSubscriptionSpec | null {
  if (typeof view !== 'string') return null;
  const { context, namespace, name } = fields;
  if (view === 'pod-storage') return namespace && name ? { view, context, namespace, name } : null;
  if (LIST_VIEWS.has(view)) {
    const v = view as StorageListView;
    if (CLUSTER_SCOPED_STORAGE.has(v)) return { view: v as 'persistentvolumes' | 'storageclasses', context };
    return { view: v as 'persistentvolumeclaims' | 'configmaps' | 'secrets', context, namespace };
  }
  if (!DETAIL_VIEWS.has(view) || !name) return null;
  if (CLUSTER_DETAIL.has(view)) return { view: view as 'persistentvolume' | 'storageclass', context, name };
  return namespace ? { view: view as 'persistentvolumeclaim' | 'configmap' | 'secret', context, namespace, name } : null;
}
