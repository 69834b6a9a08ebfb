/**
 * The live stream's wire types: what the browser asks for and what the
 * server's stream hub sends back. The hub (lib/k8s/stream-hub.ts) writes
 * them, the browser's stream client (components/live) reads them.
 */

import type { RelationsSubscriptionSpec } from './relations';
import type { StorageSubscriptionSpec } from './storage';
import type { WorkloadSubscriptionSpec } from './workloads';

/** A subscription the browser may ask for; the server validates it (parseSubscriptionSpec). */
export type SubscriptionSpec =
  | { view: 'pods'; context?: string; namespace?: string }
  | { view: 'namespaces'; context?: string }
  | { view: 'pod'; context?: string; namespace: string; name: string }
  | { view: 'services'; context?: string; namespace?: string }
  | { view: 'service'; context?: string; namespace: string; name: string }
  | { view: 'nodes'; context?: string }
  | { view: 'node'; context?: string; name: string }
  | { view: 'cluster'; context?: string }
  /** The Pods view narrowed to one workload's pods: `owner` is 'Kind/name', e.g. 'Deployment/web' (resolved through ReplicaSets on the server). */
  | { view: 'owned-pods'; context?: string; namespace?: string; owner: string }
  | WorkloadSubscriptionSpec
  | StorageSubscriptionSpec
  | RelationsSubscriptionSpec;

/** How a failure names its remedy: a catalogue fix id and its parameters, rendered in the page's language. */
export interface FixRef {
  id: string;
  params: Record<string, string>;
}

/**
 * One subscription's state as the UI shows it (connection indicator, empty
 * and error states). A model the server could not build is an `error` of
 * kind `build`, so it shows like every other failure.
 */
export type StreamState =
  | { phase: 'syncing'; count: number; lastEventAt: string | null }
  | { phase: 'synced'; lastEventAt: string | null }
  | { phase: 'reconnecting'; message: string; kind: string; fix: FixRef; lastEventAt: string | null }
  | { phase: 'forbidden'; verb: string; resource: string; lastEventAt: string | null }
  | { phase: 'error'; kind: string; message: string; fix: FixRef; lastEventAt: string | null };

/** A state that keeps a view from showing its content: it shows the error panel instead. */
export type FailedState = Extract<StreamState, { phase: 'forbidden' | 'error' }>;

/** A stream state as the browser keeps it: stamped with when the view was last healthy (epoch ms), for "stale since". */
export type LiveState = StreamState & { healthyAt?: number | null };

/** What a list subscription's rows have in common: a stable key. */
export interface KeyedRow {
  uid: string;
}

/** What the browser receives, batched into one SSE `data:` frame per flush. */
export type StreamMessage =
  | { sub: string; type: 'snapshot'; items: KeyedRow[]; state: StreamState }
  | { sub: string; type: 'upsert'; item: KeyedRow }
  | { sub: string; type: 'delete'; uid: string }
  | { sub: string; type: 'model'; model: unknown; state: StreamState }
  | { sub: string; type: 'state'; state: StreamState };

/**
 * The first frame of every stream (SSE event `hello`): the id the browser
 * adds subscriptions to, and the ids of any subscriptions it asked for in the
 * stream's URL that the server refused (bad spec or id, or over the limit).
 */
export interface StreamHello {
  streamId: string;
  rejected?: string[];
}

/**
 * The query parameter of `GET /api/stream` carrying the subscriptions a
 * stream starts with: JSON `[[subId, spec], …]`. A browser that reconnects,
 * possibly to another replica that never saw its old stream, gets all of
 * its views back with the stream itself, without a POST per view.
 */
export const STREAM_SUBS_PARAM = 'subs';
