import 'server-only';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type {
  DeletedObjectSummary,
  FeedGroup,
  FeedItem,
  FeedQuery,
  HistoryEvent,
  HistoryKind,
  HistoryTransition,
  NamespaceFeed,
  ObjectSnapshot,
  ObjectTimeline,
  ReplacedObjects,
  ReplacedQuery,
  TimelineQuery,
  TransitionChange,
} from '@/lib/contract/history';
import type { Severity } from '@/lib/explain/types';
import { applyChange, orderTransitions } from '@/lib/explain/history/reconstruct';
import type { DerivedTransition } from '@/lib/explain/history/derive';

type Db = BetterSqlite3.Database;
type Stmt = BetterSqlite3.Statement;

/** Schema migrations, applied in order; `schema_version` records each one applied. */
const MIGRATIONS: string[] = [
  `CREATE TABLE objects (
     id INTEGER PRIMARY KEY,
     context TEXT NOT NULL,
     kind TEXT NOT NULL,
     namespace TEXT NOT NULL,
     name TEXT NOT NULL,
     uid TEXT NOT NULL,
     owner_kind TEXT,
     owner_name TEXT,
     owner_uid TEXT,
     first_observed_at INTEGER NOT NULL,
     last_observed_at INTEGER NOT NULL,
     deleted_at INTEGER,
     last_state TEXT NOT NULL,
     UNIQUE (context, uid)
   );
   CREATE INDEX objects_by_name ON objects (context, kind, namespace, name);
   CREATE INDEX objects_by_owner ON objects (context, namespace, owner_kind, owner_name);
   CREATE INDEX objects_deleted ON objects (deleted_at) WHERE deleted_at IS NOT NULL;
   CREATE TABLE transitions (
     seq INTEGER PRIMARY KEY,
     object_id INTEGER NOT NULL REFERENCES objects (id) ON DELETE CASCADE,
     at INTEGER NOT NULL,
     observed_at INTEGER NOT NULL,
     type TEXT NOT NULL,
     reason TEXT NOT NULL,
     severity TEXT NOT NULL,
     change TEXT NOT NULL
   );
   CREATE INDEX transitions_by_object ON transitions (object_id, at, seq);
   CREATE INDEX transitions_by_time ON transitions (at);
   CREATE TABLE events (
     context TEXT NOT NULL,
     uid TEXT NOT NULL,
     namespace TEXT NOT NULL,
     involved_kind TEXT NOT NULL,
     involved_name TEXT NOT NULL,
     involved_uid TEXT,
     field_path TEXT,
     type TEXT NOT NULL,
     reason TEXT NOT NULL,
     message TEXT NOT NULL,
     count INTEGER NOT NULL,
     first_ts INTEGER,
     last_ts INTEGER,
     source TEXT,
     first_seen INTEGER NOT NULL,
     last_seen INTEGER NOT NULL,
     gone_at INTEGER,
     counts TEXT NOT NULL,
     PRIMARY KEY (context, uid)
   );
   CREATE INDEX events_by_object ON events (context, namespace, involved_kind, involved_name);
   CREATE INDEX events_by_time ON events (context, namespace, last_seen);`,
];

/** An object's row as the recorder needs it. */
export interface StoredObject {
  id: number;
  uid: string;
  lastObservedAt: number;
  deletedAt: number | null;
  /** JSON of the last recorded snapshot. */
  lastState: string;
}

/** One object's writes in a batch: upsert its row (by context+uid) and append transitions. */
export interface ObjectWrite {
  context: string;
  kind: HistoryKind;
  namespace: string | null;
  name: string;
  uid: string;
  observedAt: number;
  state: ObjectSnapshot;
  stateJson: string;
  deleted: boolean;
  transitions: DerivedTransition[];
}

/** An Event seen (upsert, count steps appended) or gone from the apiserver. */
export type EventWrite = { type: 'seen'; context: string; seenAt: number; event: Omit<HistoryEvent, 'firstSeenAt' | 'lastSeenAt' | 'goneAt' | 'counts'> } | { type: 'gone'; context: string; uid: string; goneAt: number };

/** How the store failed, for the recorder's pause state. */
export type StoreFailure = 'read-only' | 'disk-full' | 'io-error' | 'corrupt';

/**
 * Classifies a SQLite / file-system error.
 * @example failureOf(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })) // 'disk-full'
 */
export function failureOf(err: unknown): StoreFailure {
  const code = String((err as { code?: unknown })?.code ?? '');
  const message = err instanceof Error ? err.message : String(err);
  if (/SQLITE_FULL|ENOSPC|EDQUOT/.test(code) || /disk is full|no space/i.test(message)) return 'disk-full';
  if (/SQLITE_READONLY|SQLITE_CANTOPEN|SQLITE_PERM|SQLITE_AUTH|EROFS|EACCES|EPERM/.test(code) || /readonly|read-only|permission denied/i.test(message)) return 'read-only';
  if (/SQLITE_CORRUPT|SQLITE_NOTADB/.test(code) || /malformed|not a database/i.test(message)) return 'corrupt';
  return 'io-error';
}

const MAX_COUNT_STEPS = 50;
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
const ms = (v: string | null | undefined): number | null => {
  if (!v) return null;
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : t;
};

interface TransitionRow {
  seq: number;
  at: number;
  observed_at: number;
  reason: string;
  severity: string;
  change: string;
}

interface ObjectRow {
  id: number;
  context: string;
  kind: string;
  namespace: string;
  name: string;
  uid: string;
  owner_kind: string | null;
  owner_name: string | null;
  owner_uid: string | null;
  first_observed_at: number;
  last_observed_at: number;
  deleted_at: number | null;
  last_state: string;
}

interface EventRow {
  context: string;
  uid: string;
  namespace: string;
  involved_kind: string;
  involved_name: string;
  involved_uid: string | null;
  field_path: string | null;
  type: string;
  reason: string;
  message: string;
  count: number;
  first_ts: number | null;
  last_ts: number | null;
  source: string | null;
  first_seen: number;
  last_seen: number;
  gone_at: number | null;
  counts: string;
}

function transitionOf(r: TransitionRow): HistoryTransition {
  return { seq: r.seq, at: new Date(r.at).toISOString(), observedAt: new Date(r.observed_at).toISOString(), reason: r.reason, severity: r.severity as Severity, change: JSON.parse(r.change) as TransitionChange };
}

function eventOf(r: EventRow): HistoryEvent {
  return {
    uid: r.uid,
    namespace: r.namespace === '' ? null : r.namespace,
    involved: { kind: r.involved_kind, name: r.involved_name, uid: r.involved_uid, fieldPath: r.field_path },
    type: r.type,
    reason: r.reason,
    message: r.message,
    count: r.count,
    firstTimestamp: iso(r.first_ts),
    lastTimestamp: iso(r.last_ts),
    source: r.source,
    firstSeenAt: new Date(r.first_seen).toISOString(),
    lastSeenAt: new Date(r.last_seen).toISOString(),
    goneAt: iso(r.gone_at),
    counts: JSON.parse(r.counts) as [string, number][],
  };
}

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, critical: 2 };

/** Options for {@link HistoryStore.open}. */
export interface OpenOptions {
  Database: typeof BetterSqlite3;
  nativeBinding?: string;
  /** Called when a corrupt file was moved aside (the new file is empty). */
  onCorrupt?: (movedTo: string, message: string) => void;
  now?: () => number;
}

/**
 * The SQLite history database: WAL mode, schema migrations recorded in
 * `schema_version`, one transaction per batch. Synchronous (better-sqlite3):
 * the recorder calls it from a timer, never from a watch callback.
 * A file that is not a database or fails `quick_check` is renamed to
 * `<file>.corrupt-<time>` (with its -wal/-shm) and a new one is started.
 * @example const store = HistoryStore.open('/tmp/h.db', { Database }); store.write([write], []);
 */
export class HistoryStore {
  readonly file: string;
  private readonly db: Db;
  private readonly stmts: Record<'objectByUid' | 'insertObject' | 'insertTransition' | 'eventByUid' | 'upsertEvent' | 'goneEvent', Stmt>;

  private constructor(file: string, db: Db) {
    this.file = file;
    this.db = db;
    this.stmts = {
      objectByUid: db.prepare('SELECT id, uid, last_observed_at AS lastObservedAt, deleted_at AS deletedAt, last_state AS lastState FROM objects WHERE context = ? AND uid = ?'),
      insertObject: db.prepare(
        `INSERT INTO objects (context, kind, namespace, name, uid, owner_kind, owner_name, owner_uid, first_observed_at, last_observed_at, deleted_at, last_state)
         VALUES (@context, @kind, @namespace, @name, @uid, @owner_kind, @owner_name, @owner_uid, @observed, @observed, @deleted_at, @state)
         ON CONFLICT (context, uid) DO UPDATE SET name = excluded.name, owner_kind = excluded.owner_kind, owner_name = excluded.owner_name, owner_uid = excluded.owner_uid,
           last_observed_at = excluded.last_observed_at, deleted_at = COALESCE(excluded.deleted_at, objects.deleted_at), last_state = excluded.last_state
         RETURNING id`,
      ),
      insertTransition: db.prepare('INSERT INTO transitions (object_id, at, observed_at, type, reason, severity, change) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      eventByUid: db.prepare('SELECT count, counts, first_seen FROM events WHERE context = ? AND uid = ?'),
      upsertEvent: db.prepare(
        `INSERT INTO events (context, uid, namespace, involved_kind, involved_name, involved_uid, field_path, type, reason, message, count, first_ts, last_ts, source, first_seen, last_seen, gone_at, counts)
         VALUES (@context, @uid, @namespace, @involved_kind, @involved_name, @involved_uid, @field_path, @type, @reason, @message, @count, @first_ts, @last_ts, @source, @seen, @seen, NULL, @counts)
         ON CONFLICT (context, uid) DO UPDATE SET message = excluded.message, count = excluded.count, last_ts = excluded.last_ts, type = excluded.type,
           last_seen = excluded.last_seen, gone_at = NULL, counts = excluded.counts`,
      ),
      goneEvent: db.prepare('UPDATE events SET gone_at = ? WHERE context = ? AND uid = ? AND gone_at IS NULL'),
    };
  }

  /**
   * Opens (creating folders and file as needed) and migrates the database.
   * Throws on read-only / unwritable paths (classify with {@link failureOf}).
   */
  static open(file: string, options: OpenOptions): HistoryStore {
    const now = options.now ?? Date.now;
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      return HistoryStore.openChecked(file, options);
    } catch (err) {
      if (failureOf(err) !== 'corrupt') throw err;
      const movedTo = `${file}.corrupt-${new Date(now()).toISOString().replace(/[:.]/g, '-')}`;
      for (const suffix of ['', '-wal', '-shm']) {
        if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix);
      }
      options.onCorrupt?.(movedTo, err instanceof Error ? err.message : String(err));
      return HistoryStore.openChecked(file, options);
    }
  }

  private static openChecked(file: string, options: OpenOptions): HistoryStore {
    const db = new options.Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    try {
      const check = db.pragma('quick_check(1)', { simple: true });
      if (check !== 'ok') throw Object.assign(new Error(`database disk image is malformed (quick_check: ${String(check)})`), { code: 'SQLITE_CORRUPT' });
      db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a committed transaction survives the process being killed (not a power cut).
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 2000');
      if (db.pragma('page_count', { simple: true }) === 0) db.pragma('auto_vacuum = INCREMENTAL');
      HistoryStore.migrate(db);
      return new HistoryStore(file, db);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  private static migrate(db: Db): void {
    db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
    const current = (db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
    if (current > MIGRATIONS.length) throw new Error(`history database schema ${current} is newer than this kube-explain (${MIGRATIONS.length})`);
    for (let v = current + 1; v <= MIGRATIONS.length; v += 1) {
      db.transaction(() => {
        db.exec(MIGRATIONS[v - 1] ?? '');
        db.prepare('INSERT INTO schema_version (version, applied_at) VALUES (?, ?)').run(v, new Date().toISOString());
      })();
    }
  }

  /** The schema version in the file. */
  schemaVersion(): number {
    return (this.db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number }).v;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** The last recorded state of an object incarnation, or undefined. */
  object(context: string, uid: string): StoredObject | undefined {
    return this.stmts.objectByUid.get(context, uid) as StoredObject | undefined;
  }

  /** Live (not deleted) objects of a kind [in a namespace]: what the last list showed, for reconciling a relist after a restart. */
  liveObjects(context: string, kind: HistoryKind, namespace: string | null): { uid: string; id: number; name: string; namespace: string; lastObservedAt: number; lastState: string }[] {
    const sql = 'SELECT uid, id, name, namespace, last_observed_at AS lastObservedAt, last_state AS lastState FROM objects WHERE context = ? AND kind = ? AND deleted_at IS NULL' + (namespace === null ? '' : ' AND namespace = ?');
    const args: unknown[] = namespace === null ? [context, kind] : [context, kind, namespace];
    return this.db.prepare(sql).all(...args) as { uid: string; id: number; name: string; namespace: string; lastObservedAt: number; lastState: string }[];
  }

  /** Events the store still thinks the apiserver has, in a namespace (or all). */
  liveEventUids(context: string, namespace: string | null): string[] {
    const sql = 'SELECT uid FROM events WHERE context = ? AND gone_at IS NULL' + (namespace === null ? '' : ' AND namespace = ?');
    const args: unknown[] = namespace === null ? [context] : [context, namespace];
    return (this.db.prepare(sql).all(...args) as { uid: string }[]).map((r) => r.uid);
  }

  /** Writes one batch in one transaction; all or nothing. */
  write(objects: readonly ObjectWrite[], events: readonly EventWrite[]): void {
    this.db.transaction(() => {
      for (const o of objects) {
        const { id } = this.stmts.insertObject.get({
          context: o.context,
          kind: o.kind,
          namespace: o.namespace ?? '',
          name: o.name,
          uid: o.uid,
          owner_kind: o.state.owner?.kind ?? null,
          owner_name: o.state.owner?.name ?? null,
          owner_uid: o.state.owner?.uid ?? null,
          observed: o.observedAt,
          deleted_at: o.deleted ? o.observedAt : null,
          state: o.stateJson,
        }) as { id: number };
        for (const t of o.transitions) {
          this.stmts.insertTransition.run(id, Date.parse(t.at), Date.parse(t.observedAt), t.change.type, t.reason, t.severity, JSON.stringify(t.change));
        }
      }
      for (const e of events) {
        if (e.type === 'gone') {
          this.stmts.goneEvent.run(e.goneAt, e.context, e.uid);
          continue;
        }
        const ev = e.event;
        const old = this.stmts.eventByUid.get(e.context, ev.uid) as { count: number; counts: string; first_seen: number } | undefined;
        const counts = old ? (JSON.parse(old.counts) as [string, number][]) : [];
        if (!old || old.count !== ev.count) {
          counts.push([ev.lastTimestamp ?? new Date(e.seenAt).toISOString(), ev.count]);
          if (counts.length > MAX_COUNT_STEPS) counts.splice(1, counts.length - MAX_COUNT_STEPS);
        }
        this.stmts.upsertEvent.run({
          context: e.context,
          uid: ev.uid,
          namespace: ev.namespace ?? '',
          involved_kind: ev.involved.kind,
          involved_name: ev.involved.name,
          involved_uid: ev.involved.uid,
          field_path: ev.involved.fieldPath,
          type: ev.type,
          reason: ev.reason,
          message: ev.message,
          count: ev.count,
          first_ts: ms(ev.firstTimestamp),
          last_ts: ms(ev.lastTimestamp),
          source: ev.source,
          seen: e.seenAt,
          counts: JSON.stringify(counts),
        });
      }
    })();
  }

  /**
   * One object's timeline (newest incarnation with that name unless `uid`),
   * with its events; `since` left empty (the page query fills it).
   * At most `maxTransitions` (newest kept; `truncated` says so).
   */
  timeline(q: TimelineQuery, maxTransitions = 5_000): Omit<ObjectTimeline, 'since' | 'historyStart'> | null {
    const rows = this.db
      .prepare('SELECT * FROM objects WHERE context = ? AND kind = ? AND namespace = ? AND name = ? ORDER BY first_observed_at DESC, id DESC')
      .all(q.context, q.kind, q.namespace ?? '', q.name) as ObjectRow[];
    const row = q.uid ? rows.find((r) => r.uid === q.uid) : rows[0];
    if (!row) return null;
    const trows = this.db.prepare('SELECT seq, at, observed_at, reason, severity, change FROM transitions WHERE object_id = ? ORDER BY at DESC, seq DESC LIMIT ?').all(row.id, maxTransitions + 1) as TransitionRow[];
    const truncated = trows.length > maxTransitions;
    let transitions = trows.slice(0, maxTransitions).reverse().map(transitionOf);
    if (truncated) transitions = this.withBaseline(row.id, transitions);
    const until = row.deleted_at ?? Number.MAX_SAFE_INTEGER;
    const events = (
      this.db
        .prepare(
          `SELECT * FROM events WHERE context = ? AND namespace = ? AND involved_kind = ? AND involved_name = ?
             AND (involved_uid = ? OR ((involved_uid IS NULL OR involved_uid = '') AND last_seen >= ? AND COALESCE(first_ts, first_seen) <= ?))
           ORDER BY COALESCE(first_ts, first_seen), uid`,
        )
        .all(q.context, row.namespace, row.kind, row.name, row.uid, row.first_observed_at - 3_600_000, until) as EventRow[]
    ).map(eventOf);
    return {
      ref: { context: row.context, kind: row.kind as HistoryKind, namespace: row.namespace === '' ? null : row.namespace, name: row.name, uid: row.uid },
      firstObservedAt: new Date(row.first_observed_at).toISOString(),
      lastObservedAt: new Date(row.last_observed_at).toISOString(),
      deletedAt: iso(row.deleted_at),
      lastState: JSON.parse(row.last_state) as ObjectSnapshot,
      transitions,
      events,
      incarnations: rows.filter((r) => r.id !== row.id).map((r) => ({ uid: r.uid, firstObservedAt: new Date(r.first_observed_at).toISOString(), deletedAt: iso(r.deleted_at) })),
      truncated,
    };
  }

  /** A capped timeline starts with a synthetic `observed` baseline: the state folded from the transitions left out. */
  private withBaseline(objectId: number, kept: HistoryTransition[]): HistoryTransition[] {
    const first = kept[0];
    if (!first) return kept;
    const older = (this.db.prepare('SELECT seq, at, observed_at, reason, severity, change FROM transitions WHERE object_id = ? AND (at < ? OR (at = ? AND seq < ?)) ORDER BY at, seq').all(objectId, Date.parse(first.at), Date.parse(first.at), first.seq) as TransitionRow[]).map(transitionOf);
    let state: ObjectSnapshot | null = null;
    for (const t of orderTransitions(older)) state = applyChange(state, t.change);
    if (!state) return kept;
    const base: HistoryTransition = { seq: first.seq - 0.5, at: first.at, observedAt: first.at, reason: 'Observed', severity: 'info', change: { type: 'observed', state, existed: true } };
    return [base, ...kept];
  }

  /** The namespace feed: transitions and events in [from, to], filtered, grouped per object. */
  feed(q: FeedQuery & { from: string; to: string }): NamespaceFeed {
    const from = Date.parse(q.from);
    const to = Date.parse(q.to);
    const limit = Math.min(Math.max(q.limit ?? 2_000, 1), 10_000);
    const trows = this.db
      .prepare(
        `SELECT t.seq, t.at, t.observed_at, t.reason, t.severity, t.change, t.type, o.kind, o.namespace, o.name, o.uid, o.deleted_at
           FROM transitions t JOIN objects o ON o.id = t.object_id
          WHERE t.at BETWEEN ? AND ? AND o.context = ? AND o.namespace = ? AND t.type <> 'observed'
          ORDER BY t.at DESC, t.seq DESC LIMIT ?`,
      )
      .all(from, to, q.context, q.namespace, limit + 1) as (TransitionRow & { type: string; kind: string; namespace: string; name: string; uid: string; deleted_at: number | null })[];
    const erows = this.db
      .prepare('SELECT * FROM events WHERE context = ? AND namespace = ? AND last_seen >= ? AND COALESCE(last_ts, last_seen) BETWEEN ? AND ? ORDER BY COALESCE(last_ts, last_seen) DESC LIMIT ?')
      .all(q.context, q.namespace, from, from, to, limit + 1) as EventRow[];
    const truncated = trows.length > limit || erows.length > limit;
    type Entry = { key: string; ref: FeedGroup['ref']; deleted: boolean; kind: string; item: FeedItem };
    const entries: Entry[] = [
      ...trows.slice(0, limit).map((r) => ({
        key: `${r.kind}/${r.name}/${r.uid}`,
        ref: { context: q.context, kind: r.kind, namespace: r.namespace || null, name: r.name, uid: r.uid },
        deleted: r.deleted_at !== null,
        kind: r.kind,
        item: { source: 'transition' as const, at: new Date(r.at).toISOString(), reason: r.reason, severity: r.severity as Severity, transition: transitionOf(r) },
      })),
      ...erows.slice(0, limit).map((r) => {
        const ev = eventOf(r);
        return {
          key: `${r.involved_kind}/${r.involved_name}/${r.involved_uid ?? ''}`,
          ref: { context: q.context, kind: r.involved_kind, namespace: r.namespace || null, name: r.involved_name, uid: r.involved_uid ?? '' },
          deleted: false,
          kind: 'Event',
          item: { source: 'event' as const, at: ev.lastTimestamp ?? ev.lastSeenAt, reason: r.reason, severity: (r.type === 'Warning' ? 'warning' : 'info') as Severity, event: ev },
        };
      }),
    ];
    const facets: NamespaceFeed['facets'] = { kinds: {}, reasons: {}, severities: {} };
    for (const e of entries) {
      facets.kinds[e.kind] = (facets.kinds[e.kind] ?? 0) + 1;
      facets.reasons[e.item.reason] = (facets.reasons[e.item.reason] ?? 0) + 1;
      facets.severities[e.item.severity] = (facets.severities[e.item.severity] ?? 0) + 1;
    }
    const kinds = q.kinds?.length ? new Set<string>(q.kinds) : null;
    const reasons = q.reasons?.length ? new Set(q.reasons) : null;
    const severities = q.severities?.length ? new Set<string>(q.severities) : null;
    const groups = new Map<string, FeedGroup>();
    // Deleted-ness is per object, known from transitions; an event about a recorded object joins its group.
    const uidGroup = new Map<string, string>();
    for (const e of entries) if (e.item.source === 'transition') uidGroup.set(`${e.ref.kind}/${e.ref.name}`, e.key);
    for (const e of entries) {
      if (kinds && !kinds.has(e.kind)) continue;
      if (reasons && !reasons.has(e.item.reason)) continue;
      if (severities && !severities.has(e.item.severity)) continue;
      const key = e.item.source === 'event' ? (uidGroup.get(`${e.ref.kind}/${e.ref.name}`) ?? e.key) : e.key;
      let g = groups.get(key);
      if (!g) {
        g = { ref: e.ref, deleted: e.deleted, first: e.item.at, last: e.item.at, severity: e.item.severity, items: [] };
        groups.set(key, g);
      }
      g.items.push(e.item);
      if (e.item.at < g.first) g.first = e.item.at;
      if (e.item.at > g.last) g.last = e.item.at;
      if (SEVERITY_RANK[e.item.severity] > SEVERITY_RANK[g.severity]) g.severity = e.item.severity;
      if (e.deleted) g.deleted = true;
    }
    const list = [...groups.values()];
    for (const g of list) g.items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    list.sort((a, b) => (a.last < b.last ? 1 : a.last > b.last ? -1 : 0));
    return { context: q.context, namespace: q.namespace, from: new Date(from).toISOString(), to: new Date(to).toISOString(), groups: list, facets, truncated };
  }

  /** Deleted pods a workload replaced (Deployments and CronJobs through the ReplicaSets / Jobs they own). */
  replaced(q: ReplacedQuery, limit = 200): ReplacedObjects {
    let owners: { kind: string; name: string }[] = [{ kind: q.ownerKind, name: q.ownerName }];
    if (q.ownerKind === 'Deployment' || q.ownerKind === 'CronJob') {
      const childKind = q.ownerKind === 'Deployment' ? 'ReplicaSet' : 'Job';
      const children = this.db
        .prepare('SELECT DISTINCT name FROM objects WHERE context = ? AND namespace = ? AND kind = ? AND owner_kind = ? AND owner_name = ?')
        .all(q.context, q.namespace, childKind, q.ownerKind, q.ownerName) as { name: string }[];
      // Pod names carry their ReplicaSet's / Job's name, so a child not recorded is still found by prefix.
      owners = children.map((c) => ({ kind: childKind, name: c.name }));
      const prefix = this.db
        .prepare(`SELECT DISTINCT owner_name AS name FROM objects WHERE context = ? AND namespace = ? AND kind = 'Pod' AND owner_kind = ? AND owner_name LIKE ? ESCAPE '\\'`)
        .all(q.context, q.namespace, childKind, `${q.ownerName.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`) as { name: string }[];
      for (const p of prefix) if (!owners.some((o) => o.name === p.name)) owners.push({ kind: childKind, name: p.name });
    }
    const items: DeletedObjectSummary[] = [];
    const stmt = this.db.prepare(`SELECT * FROM objects WHERE context = ? AND namespace = ? AND kind = 'Pod' AND owner_kind = ? AND owner_name = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC LIMIT ?`);
    for (const o of owners) {
      for (const r of stmt.all(q.context, q.namespace, o.kind, o.name, limit + 1) as ObjectRow[]) {
        const s = JSON.parse(r.last_state) as ObjectSnapshot;
        const ended = s.containers.map((c) => (c.state?.state === 'terminated' ? c.state : c.lastTerminated)).find((t) => t !== null && t !== undefined) ?? null;
        items.push({
          ref: { context: r.context, kind: 'Pod', namespace: r.namespace, name: r.name, uid: r.uid },
          owner: s.owner,
          firstObservedAt: new Date(r.first_observed_at).toISOString(),
          deletedAt: new Date(r.deleted_at as number).toISOString(),
          lastPhase: s.phase,
          lastReason: s.reason ?? ended?.reason ?? null,
          lastExitCode: ended?.exitCode ?? null,
          restartCount: s.containers.reduce((n, c) => n + c.restartCount, 0),
        });
      }
    }
    items.sort((a, b) => (a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : 0));
    return { owner: { kind: q.ownerKind, name: q.ownerName }, items: items.slice(0, limit), truncated: items.length > limit };
  }

  /** The oldest retained moment (first transition or event), or null when empty. */
  historyStart(): string | null {
    const t = this.db.prepare('SELECT MIN(at) AS m FROM transitions').get() as { m: number | null };
    return iso(t.m);
  }

  /** File size in bytes (database plus WAL). */
  sizeBytes(): number {
    const size = (f: string) => (existsSync(f) ? statSync(f).size : 0);
    return size(this.file) + size(`${this.file}-wal`);
  }

  /** Bytes in use inside the database (pages minus free pages). */
  usedBytes(): number {
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const free = this.db.pragma('freelist_count', { simple: true }) as number;
    return (pages - free) * pageSize;
  }

  /**
   * Retention, a bounded step at a time (call it repeatedly from a timer):
   * objects deleted before `cutoff` go with their transitions; a live
   * object's transitions before `cutoff` fold into a new `observed`
   * baseline at `cutoff`; events last seen before `cutoff` go. Then while
   * the data is over `maxBytes`, the cutoff moves forward by an hour at a time.
   * Frees pages with an incremental vacuum. Returns what it removed.
   */
  enforceRetention(cutoffMs: number, maxBytes: number, step = 500): { objects: number; transitions: number; events: number } {
    const removed = { objects: 0, transitions: 0, events: 0 };
    let cutoff = cutoffMs;
    for (let round = 0; round < 200; round += 1) {
      this.db.transaction(() => {
        removed.objects += this.db.prepare(`DELETE FROM objects WHERE id IN (SELECT id FROM objects WHERE deleted_at IS NOT NULL AND deleted_at < ? LIMIT ?)`).run(cutoff, step).changes;
        removed.events += this.db.prepare(`DELETE FROM events WHERE rowid IN (SELECT rowid FROM events WHERE last_seen < ? LIMIT ?)`).run(cutoff, step * 10).changes;
        const ids = (this.db.prepare('SELECT DISTINCT object_id AS id FROM transitions WHERE at < ? LIMIT ?').all(cutoff, step) as { id: number }[]).map((r) => r.id);
        for (const id of ids) {
          const old = (this.db.prepare('SELECT seq, at, observed_at, reason, severity, change FROM transitions WHERE object_id = ? AND at < ? ORDER BY at, seq').all(id, cutoff) as TransitionRow[]).map(transitionOf);
          let state: ObjectSnapshot | null = null;
          for (const t of old) state = applyChange(state, t.change);
          removed.transitions += this.db.prepare('DELETE FROM transitions WHERE object_id = ? AND at < ?').run(id, cutoff).changes;
          if (state) this.stmts.insertTransition.run(id, cutoff, cutoff, 'observed', 'Observed', 'info', JSON.stringify({ type: 'observed', state, existed: true }));
        }
      })();
      if (this.usedBytes() <= maxBytes) break;
      const oldest = (this.db.prepare('SELECT MIN(at) AS m FROM transitions').get() as { m: number | null }).m;
      if (oldest === null) break;
      cutoff = Math.max(cutoff, oldest) + 3_600_000;
    }
    this.db.pragma('incremental_vacuum');
    this.db.pragma('wal_checkpoint(PASSIVE)');
    return removed;
  }

  /** The underlying database (benchmarks, tests). */
  raw(): Db {
    return this.db;
  }
}
