import 'server-only';
import type { HistoryEvent, HistoryKind, ObjectSnapshot, RecorderState, RecorderStatus } from '@/lib/contract/history';
import { deriveDeletion, deriveTransitions, type DerivedTransition } from '@/lib/explain/history/derive';
import { isHistoryKind, snapshotOf, type AnyObject } from '@/lib/explain/history/snapshot';
import { failureOf, HistoryStore, type EventWrite, type ObjectWrite } from './store';

/** What a watch cache tells the recorder (the cache's CacheEvent, loosely typed so lib/history does not depend on lib/k8s). */
export type ObservedEvent =
  | { type: 'snapshot'; items: unknown[]; state: { phase: string } }
  | { type: 'upsert'; obj: unknown }
  | { type: 'delete'; obj: unknown }
  | { type: 'state'; state: { phase: string } };

/** The scope of one cache: a context, a kind (or 'Event'), one namespace or all (null). */
export interface ObservedScope {
  context: string;
  kind: HistoryKind | 'Event';
  namespace: string | null;
}

/** Opens the store (may throw; classified with failureOf). */
export type StoreOpener = () => HistoryStore | Promise<HistoryStore>;

/** Recorder settings; defaults in brackets. */
export interface RecorderOptions {
  open: StoreOpener;
  path: string | null;
  /** Batch interval [500 ms]. */
  flushMs?: number;
  /** Queued observations kept while the store is paused or slow [50 000]; beyond, the oldest are dropped (and states re-read from the store). */
  maxQueue?: number;
  /** Retry interval while paused [30 s]. */
  retryMs?: number;
  /** Retention [7 days, 256 MB] and how often it runs [10 min]. */
  maxAgeMs?: number;
  maxBytes?: number;
  retentionEveryMs?: number;
  now?: () => number;
  /** Errors that are not the store's (a bug) are logged here [console.error]. */
  log?: (message: string, err?: unknown) => void;
}

interface Queued {
  scope: ObservedScope;
  at: number;
  event: ObservedEvent;
}

interface Known {
  at: number;
  json: string;
  deleted: boolean;
}

type Meta = { uid?: string; name?: string; namespace?: string };

function meta(obj: unknown): Meta {
  return ((obj as { metadata?: Meta } | null)?.metadata ?? {}) as Meta;
}

function eventRecord(obj: unknown): Omit<HistoryEvent, 'firstSeenAt' | 'lastSeenAt' | 'goneAt' | 'counts'> | null {
  const e = obj as {
    metadata?: Meta;
    involvedObject?: { kind?: string; name?: string; uid?: string; fieldPath?: string };
    regarding?: { kind?: string; name?: string; uid?: string; fieldPath?: string };
    type?: string;
    reason?: string;
    message?: string;
    note?: string;
    count?: number;
    series?: { count?: number; lastObservedTime?: string };
    firstTimestamp?: string;
    lastTimestamp?: string;
    eventTime?: string;
    source?: { component?: string };
    reportingController?: string;
    reportingComponent?: string;
  };
  const uid = e.metadata?.uid;
  const involved = e.involvedObject ?? e.regarding;
  if (!uid || !involved?.kind || !involved.name) return null;
  const first = e.firstTimestamp ?? e.eventTime ?? null;
  return {
    uid,
    namespace: e.metadata?.namespace ?? null,
    involved: { kind: involved.kind, name: involved.name, uid: involved.uid ?? null, fieldPath: involved.fieldPath ?? null },
    type: e.type ?? 'Normal',
    reason: e.reason ?? '',
    message: e.message ?? e.note ?? '',
    count: e.count ?? e.series?.count ?? 1,
    firstTimestamp: first,
    lastTimestamp: e.lastTimestamp ?? e.series?.lastObservedTime ?? first,
    source: e.source?.component ?? e.reportingController ?? e.reportingComponent ?? null,
  };
}

/**
 * Records what the watch caches observe. `observe()` is what a cache
 * listener calls: it only queues (constant time, never throws), so the
 * watch path is never blocked. A timer flushes the queue every `flushMs`:
 * each object is projected, compared with the last state recorded for its
 * uid (kept in memory as JSON, read from the store after a restart), and
 * only the transitions between the two are written, in one transaction.
 * A complete list (a synced snapshot) is reconciled with the store: objects
 * the store has as live in that scope but the list lacks are recorded
 * deleted; listed objects equal to their stored state add nothing, so a
 * relist or a server restart records no phantom transition.
 * Write failures pause recording (read-only, disk full, I/O error) and
 * retry; the queue is bounded.
 * @example const rec = new HistoryRecorder({ open: () => HistoryStore.open(file, { Database }), path: file });
 *   cache.subscribe((e) => rec.observe({ context, kind: 'Pod', namespace: null }, e));
 */
export class HistoryRecorder {
  private readonly opts: Required<Omit<RecorderOptions, 'open' | 'path'>>;
  private readonly openStore: StoreOpener;
  private readonly path: string | null;
  private store: HistoryStore | null = null;
  private opening: Promise<void> | null = null;
  private status: RecorderStatus = { status: 'starting' };
  private queue: Queued[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retentionTimer: ReturnType<typeof setInterval> | null = null;
  private readonly known = new Map<string, Known>();
  private lastWriteAt: number | null = null;
  private notice: RecorderState['notice'] = null;
  private closed = false;
  private dropped = 0;
  private flushing = false;

  constructor(options: RecorderOptions) {
    this.openStore = options.open;
    this.path = options.path;
    this.opts = {
      flushMs: options.flushMs ?? 500,
      maxQueue: options.maxQueue ?? 50_000,
      retryMs: options.retryMs ?? 30_000,
      maxAgeMs: options.maxAgeMs ?? 7 * 24 * 3_600_000,
      maxBytes: options.maxBytes ?? 256 * 1024 * 1024,
      retentionEveryMs: options.retentionEveryMs ?? 10 * 60_000,
      now: options.now ?? Date.now,
      log: options.log ?? ((m, e) => console.error(m, e)),
    };
  }

  /** Opens the store (once); safe to call repeatedly. Resolves when open or paused. */
  start(): Promise<void> {
    this.opening ??= this.tryOpen();
    return this.opening;
  }

  private async tryOpen(): Promise<void> {
    try {
      this.store = await this.openStore();
      this.status = { status: 'recording', since: this.store.historyStart() };
      this.retentionTimer ??= setInterval(() => this.retention(), this.opts.retentionEveryMs);
      this.retentionTimer.unref?.();
      this.schedule();
    } catch (err) {
      this.pause(err);
    }
  }

  /** Records a one-off notice (a corrupt file moved aside). */
  setNotice(notice: RecorderState['notice']): void {
    this.notice = notice;
  }

  /** The state for the UI. */
  state(): RecorderState {
    let sizeBytes: number | null = null;
    try {
      sizeBytes = this.store?.sizeBytes() ?? null;
    } catch {
      sizeBytes = null;
    }
    let status = this.status;
    if (status.status === 'recording' && this.store) {
      try {
        status = { status: 'recording', since: this.store.historyStart() };
      } catch {
        // keep the last known start
      }
    }
    return {
      ...status,
      path: this.path,
      sizeBytes,
      pending: this.queue.length,
      lastWriteAt: this.lastWriteAt === null ? null : new Date(this.lastWriteAt).toISOString(),
      retention: { maxAgeDays: this.opts.maxAgeMs / 86_400_000, maxBytes: this.opts.maxBytes },
      notice: this.notice,
    };
  }

  /** The open store, or null (paused before opening, closed). */
  currentStore(): HistoryStore | null {
    return this.status.status === 'recording' || this.status.status === 'paused' ? this.store : null;
  }

  /**
   * Queues what a cache listener received. Constant time; never throws.
   * @example cache.subscribe((e) => recorder.observe({ context: 'kind-dev', kind: 'Pod', namespace: null }, e));
   */
  observe(scope: ObservedScope, event: ObservedEvent): void {
    if (this.closed) return;
    if (event.type === 'state') return;
    if (event.type === 'snapshot' && event.state.phase !== 'synced') return;
    this.queue.push({ scope, at: this.opts.now(), event });
    if (this.queue.length > this.opts.maxQueue) {
      const drop = this.queue.length - this.opts.maxQueue;
      this.queue.splice(0, drop);
      this.dropped += drop;
      // What was dropped never reached the store: compare later states with the store's, not with memory.
      this.known.clear();
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null || this.closed || this.queue.length === 0) return;
    const delay = this.status.status === 'paused' ? this.opts.retryMs : this.opts.flushMs;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, delay);
    this.timer.unref?.();
  }

  /**
   * Writes everything queued now, in one transaction (tests and shutdown call
   * it directly; the timer calls it otherwise). Returns how many transitions it wrote.
   */
  flush(): number {
    if (this.flushing || this.closed) return 0;
    if (!this.store) {
      if (this.status.status === 'paused') this.reopen();
      this.schedule();
      return 0;
    }
    this.flushing = true;
    const batch = this.queue;
    this.queue = [];
    let written = 0;
    const pendingKnown = new Map<string, Known>();
    try {
      const objects: ObjectWrite[] = [];
      const events: EventWrite[] = [];
      for (const item of batch) {
        try {
          written += this.process(item, objects, events, pendingKnown);
        } catch (err) {
          if (isStoreError(err)) throw err;
          // A malformed object must not stop the others (nor the watch path, which it never reaches).
          this.opts.log('history: could not record an observation', err);
        }
      }
      if (objects.length || events.length) this.store.write(objects, events);
      // Deleted objects leave memory (the store remembers them as deleted), so churn does not grow it.
      for (const [k, v] of pendingKnown) {
        if (v.deleted) this.known.delete(k);
        else this.known.set(k, v);
      }
      this.lastWriteAt = this.opts.now();
      if (this.status.status !== 'recording') this.status = { status: 'recording', since: this.store.historyStart() };
    } catch (err) {
      // Nothing of this batch was committed: keep it (bounded) and pause.
      this.queue = [...batch, ...this.queue].slice(-this.opts.maxQueue);
      written = 0;
      this.pause(err);
    } finally {
      this.flushing = false;
    }
    this.schedule();
    return written;
  }

  private process(item: Queued, objects: ObjectWrite[], events: EventWrite[], pending: Map<string, Known>): number {
    const store = this.store as HistoryStore;
    const { scope, at, event } = item;
    if (scope.kind === 'Event') {
      if (event.type === 'upsert' || event.type === 'snapshot') {
        const list = event.type === 'upsert' ? [event.obj] : event.items;
        const seen = new Set<string>();
        for (const obj of list) {
          const rec = eventRecord(obj);
          if (!rec) continue;
          seen.add(rec.uid);
          const k = `${scope.context}\u0000${rec.uid}`;
          const json = JSON.stringify([rec.count, rec.lastTimestamp, rec.message, rec.type]);
          const before = pending.get(k) ?? this.known.get(k);
          if (before && before.json === json && !before.deleted) continue;
          pending.set(k, { at, json, deleted: false });
          events.push({ type: 'seen', context: scope.context, seenAt: at, event: rec });
        }
        if (event.type === 'snapshot') {
          for (const uid of store.liveEventUids(scope.context, scope.namespace)) {
            if (!seen.has(uid)) events.push({ type: 'gone', context: scope.context, uid, goneAt: at });
          }
        }
      } else if (event.type === 'delete') {
        const uid = meta(event.obj).uid;
        if (uid) {
          events.push({ type: 'gone', context: scope.context, uid, goneAt: at });
          pending.set(`${scope.context}\u0000${uid}`, { at, json: '', deleted: true });
        }
      }
      return 0;
    }

    const kind = scope.kind;
    let count = 0;
    const one = (obj: unknown, deleted: boolean, existed: boolean): void => {
      const m = meta(obj);
      const objKind = (obj as { kind?: string }).kind ?? kind;
      if (!m.uid || !m.name || !isHistoryKind(objKind)) return;
      const k = `${scope.context}\u0000${m.uid}`;
      const state = snapshotOf(objKind, obj as AnyObject);
      const json = JSON.stringify(state);
      let before = pending.get(k) ?? this.known.get(k);
      if (!before) {
        const stored = store.object(scope.context, m.uid);
        if (stored) before = { at: stored.lastObservedAt, json: stored.lastState, deleted: stored.deletedAt !== null };
      }
      if (before?.deleted) return;
      if (!deleted && before && before.json === json) {
        pending.set(k, { ...before });
        return;
      }
      const observedAt = new Date(Math.max(at, before ? before.at : 0)).toISOString();
      const prev = before ? { at: new Date(before.at).toISOString(), state: JSON.parse(before.json) as ObjectSnapshot } : null;
      let transitions: DerivedTransition[];
      if (deleted) transitions = prev ? deriveDeletion(prev, { at: observedAt, state }) : [...deriveTransitions(null, { at: observedAt, state }, existed), ...deriveDeletion({ at: observedAt, state }, { at: observedAt, state })];
      else transitions = deriveTransitions(prev, { at: observedAt, state }, existed);
      const atMs = Date.parse(observedAt);
      objects.push({ context: scope.context, kind: objKind, namespace: m.namespace ?? null, name: m.name, uid: m.uid, observedAt: atMs, state, stateJson: json, deleted, transitions });
      pending.set(k, { at: atMs, json, deleted });
      count += transitions.length;
    };

    if (event.type === 'upsert') one(event.obj, false, false);
    else if (event.type === 'delete') one(event.obj, true, false);
    else if (event.type === 'snapshot') {
      const listed = new Set<string>();
      for (const obj of event.items) {
        const uid = meta(obj).uid;
        if (uid) listed.add(uid);
        one(obj, false, true);
      }
      // Gone while nobody watched (server down, watch broken): deleted, with the last recorded state.
      for (const row of store.liveObjects(scope.context, kind, scope.namespace)) {
        if (listed.has(row.uid) || pending.get(`${scope.context}\u0000${row.uid}`)?.deleted === false) continue;
        const state = JSON.parse(row.lastState) as ObjectSnapshot;
        const observedAt = new Date(Math.max(at, row.lastObservedAt)).toISOString();
        const transitions = deriveDeletion({ at: new Date(row.lastObservedAt).toISOString(), state }, { at: observedAt, state });
        objects.push({ context: scope.context, kind, namespace: row.namespace || null, name: row.name, uid: row.uid, observedAt: Date.parse(observedAt), state, stateJson: row.lastState, deleted: true, transitions });
        pending.set(`${scope.context}\u0000${row.uid}`, { at: Date.parse(observedAt), json: row.lastState, deleted: true });
        count += transitions.length;
      }
    }
    return count;
  }

  private pause(err: unknown): void {
    const failure = failureOf(err);
    const message = err instanceof Error ? err.message : String(err);
    const reason = failure === 'disk-full' ? 'disk-full' : failure === 'read-only' ? 'read-only' : 'io-error';
    if (this.status.status !== 'paused' || this.status.reason !== reason) {
      this.opts.log(`history: recording paused (${reason}): ${message}`);
      let since: string | null = null;
      try {
        since = this.store?.historyStart() ?? null;
      } catch {
        since = null;
      }
      this.status = { status: 'paused', reason, message, pausedAt: new Date(this.opts.now()).toISOString(), since };
    }
    // After a failed write, memory may be ahead of the file: compare with the file from now on.
    this.known.clear();
    if (!this.store) {
      this.opening = null;
      this.schedule();
    }
  }

  private reopen(): void {
    if (this.opening === null) void this.start();
  }

  private retention(): void {
    const store = this.store;
    if (!store || this.status.status !== 'recording') return;
    try {
      store.enforceRetention(this.opts.now() - this.opts.maxAgeMs, this.opts.maxBytes);
      this.status = { status: 'recording', since: store.historyStart() };
    } catch (err) {
      this.pause(err);
    }
  }

  /** Runs retention now (tests, benchmarks). */
  runRetention(): void {
    this.retention();
  }

  /** Writes what is queued and closes the store. */
  close(): void {
    if (this.closed) return;
    try {
      this.flush();
    } catch {
      // best effort on shutdown
    }
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.retentionTimer !== null) clearInterval(this.retentionTimer);
    this.timer = null;
    this.retentionTimer = null;
    this.store?.close();
    this.store = null;
  }

  /** Observations dropped because the queue was full (state compared with the store afterwards). */
  droppedCount(): number {
    return this.dropped;
  }
}

function isStoreError(err: unknown): boolean {
  const code = String((err as { code?: unknown })?.code ?? '');
  return code.startsWith('SQLITE_') || /^E[A-Z]+$/.test(code);
}
