import 'server-only';
import { objectKey } from '../explain/object-key';
import type { CacheEvent, KubeObject } from './watch-cache';

/** One pending message for a browser client: which subscription, which event. */
export interface QueuedEvent<T> {
  sub: string;
  event: CacheEvent<T>;
}

/**
 * What a flush sends: the coalesced events in order, and the subscriptions
 * whose updates were dropped on overflow, for which the caller must send a
 * fresh snapshot (from `cache.items()` / `cache.getState()`) instead.
 */
export interface Drained<T> {
  events: QueuedEvent<T>[];
  resync: string[];
}

/** Bound and wake-up hook. @example { maxPending: 2000, onPending: () => queueMicrotask(flush) } */
export interface ClientQueueOptions {
  /** Most pending entries (after coalescing) before the client is marked overflowed. Default 2000. */
  maxPending?: number;
  /** Called when the queue goes from idle to having something to send, so the writer can schedule a flush. */
  onPending?: () => void;
}

/**
 * A bounded per-client (per SSE stream) outbox.
 *
 * Rules: events coalesce by (subscription id, object uid) — a newer upsert or
 * delete replaces an older pending one for the same object and moves to the
 * end; state events coalesce per subscription; a first sync's pages never
 * coalesce (each stays in its place); a snapshot drops everything pending
 * for its subscription. When a new entry would exceed `maxPending`,
 * everything pending is dropped and those subscriptions are marked for
 * resync (`overflowed` is true) — memory stays bounded and a slow tab gets
 * one fresh snapshot instead of a backlog. Updates for a subscription waiting
 * for resync are ignored until the caller pushes its snapshot or drains.
 *
 * @example
 * const q = new ClientQueue<V1Pod>({ maxPending: 1000, onPending: schedule });
 * cache.subscribe((e) => q.push('pods@default', e));
 * const { events, resync } = q.drain(); // write events; send snapshots for `resync`
 */
export class ClientQueue<T extends KubeObject = KubeObject> {
  private readonly maxPending: number;
  private readonly onPending: (() => void) | undefined;
  private pending = new Map<string, QueuedEvent<T>>();
  private resync = new Set<string>();

  constructor(options: ClientQueueOptions = {}) {
    this.maxPending = Math.max(1, options.maxPending ?? 2000);
    this.onPending = options.onPending;
  }

  /** True when some subscription's updates were dropped and need a fresh snapshot. */
  get overflowed(): boolean {
    return this.resync.size > 0;
  }

  /** Pending entries after coalescing. */
  get size(): number {
    return this.pending.size;
  }

  /** Queues one cache event for subscription `sub`. */
  push(sub: string, event: CacheEvent<T>): void {
    const wasIdle = this.isIdle();
    if (event.type === 'snapshot') {
      // A snapshot supersedes everything queued for its subscription.
      this.forget(sub);
    } else if (this.resync.has(sub)) {
      return; // the snapshot the caller owes this subscription will include it
    }
    const key = entryKey(sub, event);
    if (!this.pending.has(key) && this.pending.size >= this.maxPending) {
      this.overflow(sub);
    } else {
      // Delete first so the newest version moves to the end: order stays causal.
      this.pending.delete(key);
      this.pending.set(key, { sub, event });
    }
    if (wasIdle && !this.isIdle()) this.onPending?.();
  }

  /** Drops everything pending for a subscription (e.g. when the tab unsubscribes). */
  forget(sub: string): void {
    for (const [key, entry] of this.pending) if (entry.sub === sub) this.pending.delete(key);
    this.resync.delete(sub);
  }

  /** Takes everything pending and clears the queue and the overflow marks. */
  drain(): Drained<T> {
    const drained = { events: [...this.pending.values()], resync: [...this.resync] };
    this.pending = new Map();
    this.resync = new Set();
    return drained;
  }

  private overflow(incomingSub: string): void {
    for (const entry of this.pending.values()) this.resync.add(entry.sub);
    this.resync.add(incomingSub);
    this.pending.clear();
  }

  private isIdle(): boolean {
    return this.pending.size === 0 && this.resync.size === 0;
  }
}

/** Pages never coalesce: each gets its own entry, in arrival order. */
let pageSeq = 0;

function entryKey<T extends KubeObject>(sub: string, event: CacheEvent<T>): string {
  // NUL cannot appear in a subscription id we build or in a uid.
  switch (event.type) {
    case 'page':
      pageSeq += 1;
      return `${sub}\u0000page\u0000${pageSeq}`;
    case 'upsert':
    case 'delete':
      return `${sub}\u0000o\u0000${objectKey(event.obj)}`;
    case 'state':
      return `${sub}\u0000state`;
    case 'snapshot':
      return `${sub}\u0000snapshot`;
  }
}
