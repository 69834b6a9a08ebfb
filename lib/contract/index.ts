/**
 * Everything that crosses from the server to the browser, typed once.
 * lib/k8s, lib/pages and components import these; nothing here has a
 * runtime dependency on server code.
 */
export type { SubscriptionSpec, FixRef, StreamState, FailedState, LiveState, KeyedRow, PackedRows, StreamMessage, StreamHello } from './stream';
export { STREAM_SUBS_PARAM } from './stream';
export type { ErrorInfoView } from './error';
export type { Glossary, ConceptSummary, GlossaryMisconceptionId } from './glossary';
export { GLOSSARY_MISCONCEPTION_IDS } from './glossary';
export type {
  ContextShell,
  PodsPageModel,
  PodPageModel,
  ServicesPageModel,
  ServicePageModel,
  NodesPageModel,
  NodePageModel,
  ClusterPageModel,
  ConceptsShell,
  ConceptsPageModel,
  LiveSection,
  ConceptPageModel,
} from './pages';
export { FIRST_PAINT_ROWS } from './pages';
// The view models the pages and the stream carry; built by lib/views, typed there.
export type { PodRow, StatusSeverity } from '@/lib/views/pod-row';
export type { NamespaceRow } from '@/lib/views/namespace-row';
export type { PodDetailModel, PodDetail, PodEventRow, PodNodeView } from '@/lib/views/pod-detail';
export type { ServiceListModel, ServiceListRow, ServiceDetailModel, NearMiss } from '@/lib/views/service-views';
export type { NodeListModel, NodeListRow, NodeDetailModel, NodePodLink } from '@/lib/views/node-views';
export type { ClusterOverviewModel } from '@/lib/views/cluster-overview';
export type { ConceptIndexEntry } from '@/lib/views/concept-search';
export type { WorkloadSubscriptionSpec, WorkloadListView, WorkloadDetailView, WorkloadDetailModelOf, WorkloadListPageModel, WorkloadDetailPageModel } from './workloads';
export { WORKLOAD_DETAIL_VIEW } from './workloads';
export type { WorkloadResource, WorkloadRowOf, WorkloadRow, DeploymentRow, ReplicaSetRow, StatefulSetRow, DaemonSetRow, JobRow, CronJobRow } from '@/lib/views/workloads/rows';
export type { WorkloadDetail } from '@/lib/views/workloads/detail';
export type { DeploymentDetailModel } from '@/lib/views/workloads/deployment-detail';
export type { ReplicaSetDetailModel } from '@/lib/views/workloads/replicaset-detail';
export type { HealingStory, Replacement, LostPod, ReplacementState } from '@/lib/views/workloads/replicaset-healing';
export type { StatefulSetDetailModel } from '@/lib/views/workloads/statefulset-detail';
export type { DaemonSetDetailModel } from '@/lib/views/workloads/daemonset-detail';
export type { JobDetailModel } from '@/lib/views/workloads/job-detail';
export type { CronJobDetailModel } from '@/lib/views/workloads/cronjob-detail';
export type { OwnedPodsModel } from '@/lib/views/owned-pods';
export type { OwnerFilter, OwnerKind } from '@/lib/views/pod-filter';
export type { LiveExamples, LiveExample } from '@/lib/explain/concept-live';
export type { StorageSubscriptionSpec, PodStorageSubscriptionSpec, StorageListView, StorageDetailView, StorageDetailModelOf, StorageListPageModel, StorageDetailPageModel } from './storage';
export { STORAGE_DETAIL_VIEW } from './storage';
export type { StorageResource, StorageRowOf, StorageRow, PersistentVolumeClaimRow, PersistentVolumeRow, StorageClassRow, ConfigMapRow, SecretRow } from '@/lib/views/storage/rows';
export type { StorageDetail, ObjectEventRow, ClaimDetailModel, VolumeDetailModel, StorageClassDetailModel, ConfigMapDetailModel, ConfigKeyRow, SecretDetailModel } from '@/lib/views/storage/details';
export type { RelationsSubscriptionSpec } from './relations';
export type { RelationGraph, RelationNode, RelationEdge, RelationEdgeKind, RelationKind, BrokenLink, EvidenceRef, LabelCheck, ConfigEdgeReference } from '@/lib/explain/relations';
export type { PodStorageModel, VolumeLink } from '@/lib/views/storage/pod-storage-view';
