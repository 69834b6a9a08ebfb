/**
 * Each page's first-paint model: what a route's server component reads
 * (lib/pages) and hands to the page's live root as props.
 */
import type { ConceptId } from '@/lib/concepts/ids';
import type { ConceptIndexEntry } from '@/lib/views/concept-search';
import type { LiveExamples } from '@/lib/explain/concept-live';
import type { ClusterOverviewModel } from '@/lib/views/cluster-overview';
import type { NodeDetailModel, NodeListModel } from '@/lib/views/node-views';
import type { PodDetailModel } from '@/lib/views/pod-detail';
import type { OwnedPodsModel } from '@/lib/views/owned-pods';
import type { PodRow } from '@/lib/views/pod-row';
import type { ServiceDetailModel, ServiceListModel } from '@/lib/views/service-views';
import type { ErrorInfoView } from './error';

/** What every cluster page's frame needs: the contexts for the switcher, or the kubeconfig-level error. */
export interface ContextShell {
  context: string;
  contexts: { name: string; server: string | null }[];
  error: ErrorInfoView | null;
}

/** How many rows a list page's first paint carries at most (the first screen, in the cache's list order); the live stream brings the rest. */
export const FIRST_PAINT_ROWS = 100;

export interface PodsPageModel {
  context: string;
  namespace: string;
  /**
   * The first screen only: at most FIRST_PAINT_ROWS rows, in list order
   * (namespace, then name), never the whole list; the live subscription
   * (useLiveList) delivers every row, these included.
   */
  rows: PodRow[];
  /** How many rows the server had when the page was read (may exceed rows.length); 0 with an error. */
  count: number;
  /**
   * The expected number of rows once the list is complete: `count` when
   * `complete`, else the apiserver's estimate (StreamState syncing `total`),
   * or null when there is no estimate yet. Show "syncing {count} of about {total}".
   */
  total: number | null;
  /** Whether the server's cache had the complete list (synced) when the page was read. */
  complete: boolean;
  namespaces: string[];
  /** `?owner=Kind/name` as given ('' when none); `owned` is its first paint when it names a known kind and a valid name. */
  owner: string;
  owned: OwnedPodsModel | null;
  error: ErrorInfoView | null;
}

export interface PodPageModel {
  context: string;
  namespace: string;
  name: string;
  /** The first paint; null when the caches did not answer in time (the live model follows). */
  model: PodDetailModel | null;
  error: ErrorInfoView | null;
}

export interface ServicesPageModel {
  context: string;
  namespace: string;
  namespaces: string[];
  initial: ServiceListModel | null;
  error: ErrorInfoView | null;
}

export interface ServicePageModel {
  context: string;
  namespace: string;
  name: string;
  initial: ServiceDetailModel | null;
  error: ErrorInfoView | null;
}

export interface NodesPageModel {
  context: string;
  initial: NodeListModel | null;
  error: ErrorInfoView | null;
}

export interface NodePageModel {
  context: string;
  name: string;
  initial: NodeDetailModel | null;
  error: ErrorInfoView | null;
}

export interface ClusterPageModel {
  context: string;
  /** null when nothing could be read yet; the live model follows within a moment. */
  overview: ClusterOverviewModel | null;
  /** Every namespace, also the ones without pods (the live model only knows namespaces that have pods). */
  namespaces: string[];
  error: ErrorInfoView | null;
}

/** The concept pages' header: where "back to the cluster" goes. */
export interface ConceptsShell {
  clusterHref: string;
  context: string | null;
}

export interface ConceptsPageModel {
  index: ConceptIndexEntry[];
}

/** A concept page's live part: nothing to show, examples from the current context, or why there are none. */
export type LiveSection =
  | { state: 'none' }
  | { state: 'ok'; context: string; examples: LiveExamples; partial: boolean }
  | { state: 'error'; context: string | null; error: ErrorInfoView };

export interface ConceptPageModel {
  id: ConceptId;
  live: LiveSection;
}
