/**
 * The storage and configuration views' browser contract: the subscriptions
 * the PersistentVolumeClaim, PersistentVolume, StorageClass, ConfigMap and
 * Secret pages may ask for, and each page's first-paint model. Rows and
 * detail models are built by lib/views/storage and typed there.
 */
import type { ErrorInfoView } from './error';
import type { StorageResource, StorageRowOf } from '@/lib/views/storage/rows';
import type { ClaimDetailModel, ConfigMapDetailModel, SecretDetailModel, StorageClassDetailModel, VolumeDetailModel } from '@/lib/views/storage/details';

/** A storage list view is named after its kubectl resource: 'persistentvolumeclaims', 'configmaps', … */
export type StorageListView = StorageResource;

/** A storage detail view is the singular of its resource. */
export type StorageDetailView = 'persistentvolumeclaim' | 'persistentvolume' | 'storageclass' | 'configmap' | 'secret';

/** Each list view's detail view. */
export const STORAGE_DETAIL_VIEW: Readonly<Record<StorageListView, StorageDetailView>> = {
  persistentvolumeclaims: 'persistentvolumeclaim',
  persistentvolumes: 'persistentvolume',
  storageclasses: 'storageclass',
  configmaps: 'configmap',
  secrets: 'secret',
};

type NamespacedList = 'persistentvolumeclaims' | 'configmaps' | 'secrets';
type ClusterList = 'persistentvolumes' | 'storageclasses';
type NamespacedDetail = 'persistentvolumeclaim' | 'configmap' | 'secret';
type ClusterDetail = 'persistentvolume' | 'storageclass';

/** One member per view (distributed), so `Extract<SubscriptionSpec, { view: 'secrets' }>` narrows. */
type NamespacedListSpec<V extends NamespacedList> = V extends NamespacedList ? { view: V; context?: string; namespace?: string } : never;
type ClusterListSpec<V extends ClusterList> = V extends ClusterList ? { view: V; context?: string } : never;
type NamespacedDetailSpec<V extends NamespacedDetail> = V extends NamespacedDetail ? { view: V; context?: string; namespace: string; name: string } : never;
type ClusterDetailSpec<V extends ClusterDetail> = V extends ClusterDetail ? { view: V; context?: string; name: string } : never;

/** The storage subscriptions: a list (namespaced kinds: all namespaces without one) or one object, or the storage part of a Pod page. */
export type StorageSubscriptionSpec =
  | NamespacedListSpec<NamespacedList>
  | ClusterListSpec<ClusterList>
  | NamespacedDetailSpec<NamespacedDetail>
  | ClusterDetailSpec<ClusterDetail>
  | PodStorageSubscriptionSpec;

/** The Pod page's storage part (lib/views/storage/pod-storage-view.ts): its own view, so unreadable claims or Secrets never fail the rest of the page. */
export interface PodStorageSubscriptionSpec {
  view: 'pod-storage';
  context?: string;
  namespace: string;
  name: string;
}

/** Each detail view's live model. */
export interface StorageDetailModelOf {
  persistentvolumeclaim: ClaimDetailModel;
  persistentvolume: VolumeDetailModel;
  storageclass: StorageClassDetailModel;
  configmap: ConfigMapDetailModel;
  secret: SecretDetailModel;
}

/** A storage list page's first paint: kubectl rows of one kind, the namespace selector's choices (namespaced kinds), or the error. */
export interface StorageListPageModel<R extends StorageListView = StorageListView> {
  context: string;
  resource: R;
  /** '' is all namespaces (and always '' for the cluster-scoped kinds). */
  namespace: string;
  namespaces: string[];
  rows: StorageRowOf[R][];
  error: ErrorInfoView | null;
}

/** A storage detail page's first paint: the live model as the stream will send it (null when the caches did not answer in time), or the error. */
export interface StorageDetailPageModel<V extends StorageDetailView = StorageDetailView> {
  context: string;
  view: V;
  /** '' for PersistentVolumes and StorageClasses. */
  namespace: string;
  name: string;
  initial: StorageDetailModelOf[V] | null;
  error: ErrorInfoView | null;
}
