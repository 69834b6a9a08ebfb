import 'server-only';
import { systemClock, type Clock, type TimerHandle } from './clock';
import { objectKey } from '../explain/object-key';
import { apiStatusOf, errorMessage, statusCodeOf } from './errors';
import { apiVersionOf, qualifiedResource, type ResourceDescriptor } from './resources';

// ---------------------------------------------------------------------------
// The source: how the cache talks to the apiserver (sources.ts), or a fake.
// ---------------------------------------------------------------------------

/** Watch event types; ERROR carries a `Status` object (e.g. code 410 Expired). */
export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

/**
 * One page of a paginated list; `continue` is set while more pages remain,
 * and `remainingItemCount` is the server's estimate of the items after this
 * page (metadata.remainingItemCount, absent when the server gives none).
 */
export interface ListPage<Raw = unknown> {
  items: Raw[];
  resourceVersion: string;
  continue?: string;
  remainingItemCount?: number;
}

/** A running watch; `abort()` closes it (its onDone may still fire and is ignored). */
export interface WatchHandle {
  abort(): void;
}

/**
 * The I/O a {@link WatchCache} needs for one (context, resource[, namespace]).
 * `listPage(token)` fetches one page (no token = first page); `watch(rv, …)`
 * streams events after `rv` and calls `onDone(err?)` once when it ends.
 * @example const page = await source.listPage(); // { items, resourceVersion: '123', continue: 'abc' }
 */
export interface WatchSource<Raw = unknown> {
  listPage(continueToken?: string): Promise<ListPage<Raw>>;
  watch(
    resourceVersion: string,
    onEvent: (type: WatchEventType, obj: Raw) => void,
    onDone: (err?: unknown) => void,
  ): Promise<WatchHandle>;
}

// ---------------------------------------------------------------------------
// What the cache exposes.
// ---------------------------------------------------------------------------

/** The minimal shape the cache relies on: metadata.uid and metadata.resourceVersion. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { uid?: string; name?: string; namespace?: string; resourceVersion?: string };
}

/**
 * Where the cache is in its list/watch life. While syncing, `count` is the
 * objects listed so far and `total` the server's estimate of the whole list
 * (count + the newest page's remainingItemCount), when it gave one.
 */
export type CachePhase =
  | { phase: 'syncing'; count: number; total?: number }
  | { phase: 'synced' }
  | { phase: 'reconnecting'; attempt: number; retryInMs: number; message: string; cause?: ErrorCause }
  | { phase: 'forbidden'; verb: string; resource: string }
  | { phase: 'error'; message: string; cause?: ErrorCause };

/** What went wrong, classified where the error object is still at hand (see WatchCacheOptions.describeError). */
export interface ErrorCause {
  kind: string;
  fix: { id: string; params: Record<string, string> };
}

/**
 * The phase plus freshness: `lastEventAt` (last watch event or bookmark) and
 * `lastSyncedAt` (last completed list), ISO strings or null.
 * @example { phase: 'synced', lastEventAt: '2025-01-01T00:00:05.000Z', lastSyncedAt: '2025-01-01T00:00:00.000Z' }
 */
export type CacheState = CachePhase & { lastEventAt: string | null; lastSyncedAt: string | null };

/**
 * What subscribers receive. A new subscriber gets a `snapshot` first. During
 * the cache's first sync each list page is added at once and sent as a
 * `page` (its objects, in list order, and the syncing progress); the sync
 * then ends with a `state` synced — no second snapshot, unless the first
 * sync had to start over after pages were sent (then a full synced snapshot
 * replaces them).
 */
export type CacheEvent<T> =
  | { type: 'snapshot'; items: T[]; state: CacheState }
  | { type: 'page'; items: T[]; state: CacheState }
  | { type: 'upsert'; obj: T }
  | { type: 'delete'; obj: T }
  | { type: 'state'; state: CacheState };

/** A subscriber; called synchronously for each event, in order. */
export type CacheListener<T> = (event: CacheEvent<T>) => void;

/** The resource fields the cache needs (for kind/apiVersion and forbidden messages). */
export type CacheResource = Pick<ResourceDescriptor, 'group' | 'version' | 'kind' | 'plural'>;

/**
 * Construction options; only `resource` and `source` are required.
 * @example { resource: RESOURCES.pods, source, watchdogMs: 120_000 }
 */
export interface WatchCacheOptions<T> {
  resource: CacheResource;
  source: WatchSource;
  /** Boundary normalisation; default {@link defaultNormalize}. */
  normalize?: (raw: unknown, resource: CacheResource) => T;
  clock?: Clock;
  /** Random in [0, 1) for backoff jitter. */
  random?: () => number;
  /** First backoff step (before jitter). Default 500 ms. */
  backoffBaseMs?: number;
  /** Backoff cap (before jitter). Default 30 s. */
  backoffMaxMs?: number;
  /** A watch that stayed connected this long resets the backoff. Default 60 s. */
  backoffResetAfterMs?: number;
  /** Restart a watch that delivered no event or bookmark for this long. Default 90 s. */
  watchdogMs?: number;
  /** Retry interval after 403, slow so RBAC denials don't hammer the apiserver. Default 60 s. */
  forbiddenRetryMs?: number;
  /** Retry interval after a fatal error (see isFatal). Default 60 s. */
  fatalRetryMs?: number;
  /** A watch closing cleanly sooner than this with no events counts as a failure. Default 1 s. */
  minWatchMs?: number;
  /** Errors retrying quickly won't fix (phase 'error', slow retry). Default: HTTP 401 and 404. */
  isFatal?: (err: unknown) => boolean;
  /** Classifies a failure for the UI (kind and fix); the error object itself never leaves the cache. */
  describeError?: (err: unknown) => ErrorCause;
}

/**
 * Whether a value is plain JSON data, as JSON.parse makes it: plain objects
 * and arrays of strings, finite numbers, booleans and null (no Date, class
 * instance or undefined). Stops at the first value that is not.
 * @example isPlainJson({ a: [1, 'x', null] }) // true
 * @example isPlainJson({ at: new Date(0) }) // false
 */
export function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (const v of value) if (!isPlainJson(v)) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      for (const k in value) if (!isPlainJson((value as Record<string, unknown>)[k])) return false;
      return true;
    }
    default:
      return false;
  }
}

/**
 * A bounded table of strings, so equal strings in cache objects are one
 * string in memory. Rule: a string up to `maxLength` characters is looked up
 * and the first equal one seen is returned; longer ones pass through. When
 * the table holds `maxEntries` it starts over (strings already shared stay
 * shared), so a stream of ever-new strings (timestamps, names) cannot grow it
 * without bound.
 * @example const pool = new StringPool(); pool.intern('Running') === pool.intern(JSON.parse('"Running"')) // true, one copy
 */
export class StringPool {
  private table = new Map<string, string>();

  constructor(
    private readonly maxEntries = 200_000,
    private readonly maxLength = 1024,
  ) {}

  /** The pool's copy of `s` (`s` itself the first time, or when too long). */
  intern(s: string): string {
    if (s.length > this.maxLength) return s;
    const hit = this.table.get(s);
    if (hit !== undefined) return hit;
    if (this.table.size >= this.maxEntries) this.table = new Map();
    this.table.set(s, s);
    return s;
  }

  /** How many strings the table holds. */
  size(): number {
    return this.table.size;
  }
}

/**
 * Values unique to one object or one version of it: interning them would
 * only fill the table (StringPool) without sharing anything.
 */
const UNIQUE_STRING_KEYS = new Set(['uid', 'resourceVersion', 'containerID']);

/**
 * Replaces, in place, every string value in a plain JSON tree (objects and
 * arrays, as JSON.parse makes them) by the pool's equal string. The tree
 * reads exactly the same afterwards — same keys, order and values — but
 * 30,000 pods hold one copy of each image, namespace, node name, mount path,
 * condition time and status word instead of one per pod (JSON.parse makes a
 * new string per value; only property names are shared). Values under `uid`,
 * `resourceVersion` and `containerID` are left alone (unique per object);
 * frozen objects are read but not written.
 * @example const a = JSON.parse('{"image":"nginx:1.27"}'), b = JSON.parse('{"image":"nginx:1.27"}');
 *   internStrings(a, pool); internStrings(b, pool); // a.image and b.image are now one string
 */
export function internStrings(value: unknown, pool: StringPool): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    const writable = !Object.isFrozen(value);
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') {
        if (writable) value[i] = pool.intern(v);
      } else internStrings(v, pool);
    }
    return;
  }
  const obj = value as Record<string, unknown>;
  const writable = !Object.isFrozen(obj);
  for (const k in obj) {
    const v = obj[k];
    if (typeof v === 'string') {
      if (writable && !UNIQUE_STRING_KEYS.has(k)) obj[k] = pool.intern(v);
    } else internStrings(v, pool);
  }
}

/** The pool every cache's default normalisation shares: namespaces, node names and images recur across pods, events and nodes. */
const sharedStrings = new StringPool();

/**
 * Default boundary normalisation: plain JSON (what the sources hand over:
 * parsed list pages and watch events) is copied shallowly — the top level
 * and metadata, the rest shared with the freshly parsed input; anything else
 * (typed client objects carry Date instances) goes through a JSON round-trip,
 * so the app only ever sees ISO strings and plain data. Then `kind` and
 * `apiVersion`, which list responses omit per item, are filled in.
 * metadata.managedFields is dropped either way, and equal strings are shared
 * across objects ({@link internStrings} with one process-wide {@link StringPool}).
 * @example defaultNormalize({ metadata: { uid: 'u' } }, RESOURCES.pods)
 *   // { metadata: { uid: 'u' }, kind: 'Pod', apiVersion: 'v1' }
 */
export function defaultNormalize<T extends KubeObject>(raw: unknown, resource: CacheResource, pool: StringPool = sharedStrings): T {
  // metadata.managedFields is server-side-apply bookkeeping that nothing here
  // reads; it is often the largest part of an object, so the cache drops it.
  let obj: T;
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && isPlainJson(raw)) {
    const { metadata, ...rest } = raw as { metadata?: unknown };
    obj = rest as T;
    if (metadata !== undefined) {
      if (metadata !== null && typeof metadata === 'object' && !Array.isArray(metadata)) {
        const { managedFields: _managedFields, ...meta } = metadata as Record<string, unknown>;
        obj.metadata = meta;
      } else obj.metadata = metadata as T['metadata'];
    }
  } else {
    obj = JSON.parse(JSON.stringify(raw, (key, value: unknown) => (key === 'managedFields' ? undefined : value))) as T;
  }
  if (!obj.kind) obj.kind = resource.kind;
  if (!obj.apiVersion) obj.apiVersion = apiVersionOf(resource);
  // The cache keeps these objects for as long as it runs: share equal strings (the largest part of a pod after its objects).
  internStrings(obj, pool);
  return obj;
}

/**
 * Capped exponential backoff with equal jitter: the step doubles from `baseMs`
 * up to `maxMs`, and the delay is half the step plus a random share of the
 * other half, so retries never bunch at 0 ms yet spread across clients.
 * @example backoffDelay(1, 500, 30_000, () => 0.5) // 375
 * @example backoffDelay(20, 500, 30_000, () => 0.5) // 22500
 */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const step = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * The server's estimate of a whole list after a page: count plus
 * remainingItemCount; on the last page, the count itself.
 */
function syncTotal(count: number, token: string | undefined, remaining: number | undefined): { total?: number } {
  if (!token) return { total: count };
  return remaining !== undefined && Number.isFinite(remaining) && remaining >= 0 ? { total: count + remaining } : {};
}

const defaultIsFatal = (err: unknown): boolean => {
  const code = statusCodeOf(err);
  return code === 401 || code === 404;
};

/**
 * A list+watch cache for one (context, resource[, namespace]).
 *
 * Rules: list page by page (progress in `syncing.count`, the server's
 * estimate in `syncing.total`); the first sync adds each page as it arrives
 * (a `page` event) so views can show rows at once, later relists swap in the
 * complete list as a diff. Then watch from the
 * list's resourceVersion with bookmarks, tracking the resourceVersion of every
 * event as an opaque string. 410 Gone → relist and reconcile by uid (deletes
 * for vanished objects, upserts where the resourceVersion string differs).
 * Other errors → retry with capped jittered backoff; a clean close → rewatch at
 * once; silence for `watchdogMs` → rewatch; 403 → `forbidden`, retried slowly.
 *
 * @example
 * const cache = new WatchCache({ resource: RESOURCES.pods, source });
 * const off = cache.subscribe((e) => send(e)); // first event: snapshot
 * cache.start();
 */
export class WatchCache<T extends KubeObject = KubeObject> {
  private readonly resource: CacheResource;
  private readonly source: WatchSource;
  private readonly normalize: (raw: unknown, resource: CacheResource) => T;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly describeError: ((err: unknown) => ErrorCause) | undefined;
  private readonly opts: Required<
    Pick<
      WatchCacheOptions<T>,
      | 'backoffBaseMs'
      | 'backoffMaxMs'
      | 'backoffResetAfterMs'
      | 'watchdogMs'
      | 'forbiddenRetryMs'
      | 'fatalRetryMs'
      | 'minWatchMs'
      | 'isFatal'
    >
  >;

  private store = new Map<string, T>();
  private readonly listeners = new Set<CacheListener<T>>();
  private phase: CachePhase = { phase: 'syncing', count: 0 };
  private lastEventAt: string | null = null;
  private lastSyncedAt: string | null = null;
  private resourceVersion: string | null = null;
  private everSynced = false;
  private running = false;

  /** Bumped whenever the current list/watch is superseded; late callbacks compare and bail. */
  private generation = 0;
  private watchHandle: WatchHandle | null = null;
  private retryTimer: TimerHandle | null = null;
  private watchdogTimer: TimerHandle | null = null;
  /** Consecutive failures, for the backoff. */
  private attempt = 0;
  /** When the current watch connected (null while not connected), for the backoff reset. */
  private connectedAt: number | null = null;
  private watchStartedAt = 0;
  private eventsThisWatch = 0;
  /** Consecutive 410s on a continue token, so an ever-expiring list falls back to backoff. */
  private expiredContinues = 0;

  constructor(options: WatchCacheOptions<T>) {
    this.resource = options.resource;
    this.source = options.source;
    this.normalize = options.normalize ?? ((raw, res) => defaultNormalize<T>(raw, res));
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    this.opts = {
      backoffBaseMs: options.backoffBaseMs ?? 500,
      backoffMaxMs: options.backoffMaxMs ?? 30_000,
      backoffResetAfterMs: options.backoffResetAfterMs ?? 60_000,
      watchdogMs: options.watchdogMs ?? 90_000,
      forbiddenRetryMs: options.forbiddenRetryMs ?? 60_000,
      fatalRetryMs: options.fatalRetryMs ?? 60_000,
      minWatchMs: options.minWatchMs ?? 1_000,
      isFatal: options.isFatal ?? defaultIsFatal,
    };
    this.describeError = options.describeError;
  }

  // ---- public API ---------------------------------------------------------

  /** Starts listing and watching; a no-op when already running. */
  start(): void {
    if (this.running) return;
    this.running = true;
    void this.relist();
  }

  /** Stops the watch and all timers; the store is kept. `start()` resumes with a relist. */
  stop(): void {
    this.running = false;
    this.supersede();
    this.connectedAt = null;
  }

  /** Whether `start()` was called and `stop()` was not. */
  isRunning(): boolean {
    return this.running;
  }

  /** The current objects, in list order then arrival order (during the first sync: the pages so far). */
  items(): T[] {
    return [...this.store.values()];
  }

  /** One object by metadata.uid. */
  get(uid: string): T | undefined {
    return this.store.get(uid);
  }

  /** The current state (phase + lastEventAt + lastSyncedAt). */
  getState(): CacheState {
    return { ...this.phase, lastEventAt: this.lastEventAt, lastSyncedAt: this.lastSyncedAt };
  }

  /**
   * Adds a listener; it first receives a snapshot of the current store.
   * State events are sent on phase changes, not on every watch event (read
   * `getState().lastEventAt` for liveness).
   * @returns unsubscribe
   */
  subscribe(listener: CacheListener<T>): () => void {
    this.listeners.add(listener);
    this.deliver(listener, { type: 'snapshot', items: this.items(), state: this.getState() });
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** How many listeners are attached. */
  listenerCount(): number {
    return this.listeners.size;
  }

  // ---- list ---------------------------------------------------------------

  private async relist(): Promise<void> {
    const gen = this.supersede();
    // Until the first sync completes, pages go into the store as they arrive.
    const progressive = !this.everSynced;
    // Pages of an earlier attempt were sent already: some of those objects may be gone, so end with a full snapshot.
    const reconcile = progressive && this.store.size > 0;
    this.setPhase({ phase: 'syncing', count: 0 });
    const staged = new Map<string, T>();
    let token: string | undefined;
    let rv = '';
    try {
      do {
        const page = await this.source.listPage(token);
        if (gen !== this.generation) return;
        const objs = page.items.map((raw) => this.normalize(raw, this.resource));
        for (const obj of objs) staged.set(objectKey(obj), obj);
        rv = page.resourceVersion;
        token = page.continue || undefined;
        const progress: CachePhase = { phase: 'syncing', count: staged.size, ...syncTotal(staged.size, token, page.remainingItemCount) };
        if (progressive) {
          for (const obj of objs) this.store.set(objectKey(obj), obj);
          this.phase = progress;
          this.emit({ type: 'page', items: objs, state: this.getState() });
        } else if (token) this.setPhase(progress);
      } while (token);
    } catch (err) {
      if (gen !== this.generation) return;
      this.onListError(err, token !== undefined);
      return;
    }
    this.expiredContinues = 0;
    this.resourceVersion = rv;
    this.lastSyncedAt = new Date(this.clock.now()).toISOString();
    if (progressive && !reconcile) {
      // The store holds exactly the pages listed, and every listener has them.
      this.everSynced = true;
      this.setPhase({ phase: 'synced' });
    } else this.replaceStore(staged);
    void this.startWatch();
  }

  private onListError(err: unknown, withContinueToken: boolean): void {
    const code = statusCodeOf(err);
    // A continue token expired (the list took longer than the server keeps
    // its snapshot): the pages so far can't be combined with a fresh one, so
    // start over from the first page.
    if (code === 410 && withContinueToken && this.expiredContinues < 3) {
      this.expiredContinues += 1;
      void this.relist();
      return;
    }
    this.expiredContinues = 0;
    this.onFailure(err, 'list', 'relist');
  }

  /**
   * Swaps in a complete list and marks the cache synced: the first time as
   * one snapshot (a first sync that started over: listeners hold pages of an
   * earlier attempt), on later relists as the minimal diff so subscribers see
   * no flicker.
   */
  private replaceStore(next: Map<string, T>): void {
    const previous = this.store;
    this.store = next;
    if (!this.everSynced) {
      this.everSynced = true;
      this.phase = { phase: 'synced' };
      this.emit({ type: 'snapshot', items: this.items(), state: this.getState() });
      return;
    }
    for (const [key, old] of previous) {
      if (!next.has(key)) this.emit({ type: 'delete', obj: old });
    }
    for (const [key, obj] of next) {
      const old = previous.get(key);
      // resourceVersions are opaque: only equality is meaningful.
      if (!old || old.metadata?.resourceVersion !== obj.metadata?.resourceVersion) this.emit({ type: 'upsert', obj });
    }
    this.setPhase({ phase: 'synced' });
  }

  // ---- watch --------------------------------------------------------------

  private async startWatch(): Promise<void> {
    if (this.resourceVersion === null) {
      void this.relist();
      return;
    }
    const gen = this.supersede();
    this.watchStartedAt = this.clock.now();
    this.eventsThisWatch = 0;
    this.armWatchdog(gen);
    try {
      const handle = await this.source.watch(
        this.resourceVersion,
        (type, obj) => {
          if (gen === this.generation) this.onWatchEvent(type, obj);
        },
        (err) => {
          if (gen === this.generation) this.onWatchDone(err);
        },
      );
      if (gen !== this.generation) {
        // Superseded (or already ended) while connecting.
        handle.abort();
        return;
      }
      this.watchHandle = handle;
      this.connectedAt = this.clock.now();
      this.setPhase({ phase: 'synced' });
    } catch (err) {
      if (gen === this.generation) this.onWatchDone(err ?? new Error('watch failed to start'));
    }
  }

  private onWatchEvent(type: WatchEventType, raw: unknown): void {
    try {
      this.applyWatchEvent(type, raw);
    } catch (err) {
      // client-node swallows exceptions thrown from its event callback, which
      // would silently lose this event; fail the watch visibly instead.
      this.onFailure(err, 'watch', 'rewatch');
    }
  }

  private applyWatchEvent(type: WatchEventType, raw: unknown): void {
    this.lastEventAt = new Date(this.clock.now()).toISOString();
    this.eventsThisWatch += 1;
    this.armWatchdog(this.generation);
    switch (type) {
      case 'ADDED':
      case 'MODIFIED': {
        const obj = this.normalize(raw, this.resource);
        this.trackResourceVersion(obj);
        const key = objectKey(obj);
        const old = this.store.get(key);
        this.store.set(key, obj);
        if (!old || old.metadata?.resourceVersion !== obj.metadata?.resourceVersion) this.emit({ type: 'upsert', obj });
        return;
      }
      case 'DELETED': {
        const obj = this.normalize(raw, this.resource);
        this.trackResourceVersion(obj);
        const key = objectKey(obj);
        if (this.store.delete(key)) this.emit({ type: 'delete', obj });
        return;
      }
      case 'BOOKMARK':
        this.trackResourceVersion(raw as KubeObject);
        return;
      case 'ERROR':
        // The server ends the stream after an ERROR event; act now and ignore the close.
        this.onWatchDone(apiStatusOf(raw) ?? raw ?? new Error('watch ERROR event'));
        return;
      default:
        return;
    }
  }

  private trackResourceVersion(obj: KubeObject | undefined): void {
    const rv = obj?.metadata?.resourceVersion;
    if (rv) this.resourceVersion = rv;
  }

  private onWatchDone(err: unknown): void {
    if (err === undefined || err === null) {
      const lived = this.clock.now() - this.watchStartedAt;
      if (this.eventsThisWatch === 0 && lived < this.opts.minWatchMs) {
        // A server or proxy that closes every watch at once would otherwise spin.
        this.onFailure(new Error('watch closed immediately'), 'watch', 'rewatch');
        return;
      }
      // The normal server-side timeout: continue from the last resourceVersion.
      void this.startWatch();
      return;
    }
    if (statusCodeOf(err) === 410) {
      // Our resourceVersion fell out of the server's window: events were missed.
      void this.relist();
      return;
    }
    this.onFailure(err, 'watch', 'rewatch');
  }

  private armWatchdog(gen: number): void {
    if (this.watchdogTimer !== null) this.clock.clearTimeout(this.watchdogTimer);
    this.watchdogTimer = this.clock.setTimeout(() => {
      this.watchdogTimer = null;
      if (gen !== this.generation) return;
      // A half-open TCP connection never errors; only silence reveals it.
      void this.startWatch();
    }, this.opts.watchdogMs);
  }

  // ---- failures -----------------------------------------------------------

  private onFailure(err: unknown, verb: 'list' | 'watch', next: 'relist' | 'rewatch'): void {
    const connectedFor = this.connectedAt === null ? 0 : this.clock.now() - this.connectedAt;
    this.supersede();
    if (connectedFor >= this.opts.backoffResetAfterMs) this.attempt = 0;
    this.connectedAt = null;

    if (statusCodeOf(err) === 403) {
      this.attempt = 0;
      this.setPhase({ phase: 'forbidden', verb, resource: qualifiedResource(this.resource) });
      this.scheduleRetry(this.opts.forbiddenRetryMs, 'relist');
      return;
    }
    if (this.opts.isFatal(err)) {
      this.attempt = 0;
      this.setPhase({ phase: 'error', message: errorMessage(err), ...this.cause(err) });
      this.scheduleRetry(this.opts.fatalRetryMs, 'relist');
      return;
    }
    this.attempt += 1;
    const delay = backoffDelay(this.attempt, this.opts.backoffBaseMs, this.opts.backoffMaxMs, this.random);
    this.setPhase({ phase: 'reconnecting', attempt: this.attempt, retryInMs: delay, message: errorMessage(err), ...this.cause(err) });
    this.scheduleRetry(delay, next);
  }

  private scheduleRetry(delayMs: number, next: 'relist' | 'rewatch'): void {
    const gen = this.generation;
    this.retryTimer = this.clock.setTimeout(() => {
      this.retryTimer = null;
      if (gen !== this.generation || !this.running) return;
      void (next === 'relist' ? this.relist() : this.startWatch());
    }, delayMs);
  }

  /** Invalidates the running list/watch and timers; returns the new generation. */
  private supersede(): number {
    this.generation += 1;
    const handle = this.watchHandle;
    this.watchHandle = null;
    if (handle) {
      try {
        handle.abort();
      } catch {
        // Aborting an already closed watch may throw; it is closed either way.
      }
    }
    if (this.retryTimer !== null) this.clock.clearTimeout(this.retryTimer);
    if (this.watchdogTimer !== null) this.clock.clearTimeout(this.watchdogTimer);
    this.retryTimer = null;
    this.watchdogTimer = null;
    return this.generation;
  }

  // ---- emission -----------------------------------------------------------

  private cause(err: unknown): { cause?: ErrorCause } {
    return this.describeError ? { cause: this.describeError(err) } : {};
  }

  private setPhase(phase: CachePhase): void {
    const same = JSON.stringify(phase) === JSON.stringify(this.phase);
    this.phase = phase;
    if (!same) this.emit({ type: 'state', state: this.getState() });
  }

  private emit(event: CacheEvent<T>): void {
    for (const listener of [...this.listeners]) this.deliver(listener, event);
  }

  private deliver(listener: CacheListener<T>, event: CacheEvent<T>): void {
    try {
      listener(event);
    } catch (err) {
      // One broken subscriber must not stop the cache or starve the others.
      console.error('watch-cache listener failed', err);
    }
  }
}
