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
  /**
   * The cache is listing: `count` objects so far; `total`, while the first
   * list is under way, is the apiserver's estimate of the whole list (count +
   * remainingItemCount of the newest page) — absent when the server gave none.
   * The UI shows "syncing 2,500 of about 30,000".
   */
  | { phase: 'syncing'; count: number; total?: number; lastEventAt: string | null }
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

/**
 * A list view's rows sent column-wise against per-message dictionaries
 * (lib/views/row-codec.ts `encodeRows` writes it, `decodeRows` restores the
 * rows exactly, JSON-wise). `fields` names the columns; every entry of `rows`
 * holds one value per field, written as-is unless the field is named in
 * `dicts` (an index into that field's distinct values; -1 = the row has no
 * such field) or in `packs` ('uuid': a canonical UUID as 22 base64url
 * characters; `{ time: base }`: an API timestamp 'YYYY-MM-DDTHH:MM:SSZ' as
 * whole seconds after `base` epoch seconds; null stays null in both).
 * @example { fields: ['uid', 'namespace'], dicts: { namespace: ['default'] }, packs: { uid: 'uuid' }, rows: [['AAECAwQFBgcICQoLDA0ODw', 0]] }
 */
export interface PackedRows {
  fields: string[];
  dicts: Record<string, unknown[]>;
  packs?: Record<string, 'uuid' | { time: number }>;
  rows: unknown[][];
}

/**
 * What the browser receives, batched into one SSE `data:` frame per flush.
 * List views' `snapshot` and `append` carry their rows either as `items` or
 * column-encoded as `packed` (the server sends `packed`; decode either with
 * row-codec's `messageRows`). An `append` is one page of a cache's first
 * list: its rows are upserted in order after the snapshot (which held the
 * pages so far), and its state is the syncing progress (count, total).
 */
export type StreamMessage =
  | { sub: string; type: 'snapshot'; items: KeyedRow[]; state: StreamState }
  | { sub: string; type: 'snapshot'; packed: PackedRows; state: StreamState }
  | { sub: string; type: 'append'; items: KeyedRow[]; state: StreamState }
  | { sub: string; type: 'append'; packed: PackedRows; state: StreamState }
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
