import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { realSqlite } from '@/lib/testing/real-sqlite';
import { byName, sandboxCapture } from '@/lib/testing/sandbox-capture';
import { reconstructAt } from '@/lib/explain/history/reconstruct';
import { snapshotOf, type AnyObject } from '@/lib/explain/history/snapshot';
import { HistoryRecorder, type ObservedScope } from './recorder';
import { failureOf, HistoryStore } from './store';


/** Node 24 keeps better-sqlite3 out (sqliteRefusal): these suites need a real database. */
const { refused, sqlite } = realSqlite();
const dirs: string[] = [];
const recorders: HistoryRecorder[] = [];


afterEach(() => {
  for (const r of recorders.splice(0)) r.close();
  for (const d of dirs.splice(0)) {
    try {
      chmodSync(d, 0o755);
    } catch {
      // already gone
    }
    rmSync(d, { recursive: true, force: true });
  }
});

function tempFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'history-test-'));
  dirs.push(dir);
  return path.join(dir, 'history.db');
}

function recorder(file: string, now: () => number, extra: Partial<ConstructorParameters<typeof HistoryRecorder>[0]> = {}): HistoryRecorder {
  const r = new HistoryRecorder({ path: file, open: () => HistoryStore.open(file, sqlite), now, flushMs: 60_000, retryMs: 60_000, log: () => undefined, ...extra });
  recorders.push(r);
  return r;
}

const PODS: ObservedScope = { context: 'sandbox', kind: 'Pod', namespace: null };
const EVENTS: ObservedScope = { context: 'sandbox', kind: 'Event', namespace: 'explain-demo' };
const synced = { phase: 'synced' };
const T0 = Date.parse('2026-11-26T02:10:09.000Z');
const T1 = Date.parse('2026-11-26T02:11:17.000Z');

describe.skipIf(refused !== null)('HistoryRecorder with a real SQLite file', () => {
  it('records a listed pod, then only what changed: the crash-loop restart with its exit code', async () => {
    const file = tempFile();
    let now = T0;
    const rec = recorder(file, () => now);
    await rec.start();
    rec.observe(PODS, { type: 'snapshot', items: [byName(sandboxCapture.pods(), 'crash-loop')], state: synced });
    expect(rec.flush()).toBe(1);
    now = T1;
    rec.observe(PODS, { type: 'upsert', obj: byName(sandboxCapture.podsRecaptured(), 'crash-loop') });
    expect(rec.flush()).toBe(3);
    const t = rec.currentStore()!.timeline({ context: 'sandbox', kind: 'Pod', namespace: 'explain-demo', name: 'crash-loop' })!;
    expect(t.transitions.map((x) => [x.at, x.reason])).toStrictEqual([
      ['2026-11-26T02:10:09.000Z', 'Observed'],
      ['2026-11-26T02:11:12.000Z', 'ContainersReady=False'],
      ['2026-11-26T02:11:12.000Z', 'Ready=False'],
      ['2026-11-26T02:11:12.000Z', 'Restarted'],
    ]);
    expect(t.transitions[3]?.change).toMatchObject({ type: 'restart', from: 6, to: 7, lastTerminated: { reason: 'Error', exitCode: 1 } });
    expect(t.lastState).toStrictEqual(snapshotOf('Pod', byName(sandboxCapture.podsRecaptured(), 'crash-loop') as AnyObject));
    expect(reconstructAt(t, '2026-11-26T02:11:00.000Z')).toStrictEqual(snapshotOf('Pod', byName(sandboxCapture.pods(), 'crash-loop') as AnyObject));
    expect(reconstructAt(t, '2026-11-26T02:11:12.000Z')).toStrictEqual(t.lastState);
  });

  it('adds no phantom transition when a new recorder (a server restart) relists the same objects', async () => {
    const file = tempFile();
    const first = recorder(file, () => T0);
    await first.start();
    first.observe(PODS, { type: 'snapshot', items: sandboxCapture.pods(), state: synced });
    first.flush();
    const count = () => (first.currentStore() ?? second.currentStore())!.raw().prepare('SELECT COUNT(*) AS n FROM transitions').get() as { n: number };
    const before = count().n;
    first.close();
    const second = recorder(file, () => T1);
    await second.start();
    second.observe(PODS, { type: 'snapshot', items: sandboxCapture.pods(), state: synced });
    expect(second.flush()).toBe(0);
    expect(count().n).toBe(before);
  });

  it('records as deleted an object a relist no longer has, keeping its last state', async () => {
    const file = tempFile();
    const rec = recorder(file, () => T0);
    await rec.start();
    rec.observe(PODS, { type: 'snapshot', items: sandboxCapture.pods(), state: synced });
    rec.flush();
    const rest = sandboxCapture.pods().filter((p) => p.metadata?.name !== 'slow-delete');
    rec.observe(PODS, { type: 'snapshot', items: rest, state: synced });
    expect(rec.flush()).toBe(1);
    const t = rec.currentStore()!.timeline({ context: 'sandbox', kind: 'Pod', namespace: 'explain-demo', name: 'slow-delete' })!;
    expect(t.deletedAt).toBe(new Date(T0).toISOString());
    expect(t.transitions.map((x) => x.reason)).toStrictEqual(['Observed', 'Deleted']);
    expect(t.lastState.phase).toBe('Running');
  });

  it('ignores a snapshot taken while the cache was still syncing (it is not a complete list)', async () => {
    const file = tempFile();
    const rec = recorder(file, () => T0);
    await rec.start();
    rec.observe(PODS, { type: 'snapshot', items: sandboxCapture.pods(), state: synced });
    rec.flush();
    rec.observe(PODS, { type: 'snapshot', items: [], state: { phase: 'syncing' } });
    expect(rec.flush()).toBe(0);
    expect(rec.state().pending).toBe(0);
  });

  it('keeps events the apiserver deleted, marked gone, with their count steps', async () => {
    const file = tempFile();
    let now = T0;
    const rec = recorder(file, () => now);
    await rec.start();
    const ev = sandboxCapture.events().find((e) => e.involvedObject?.name === 'crash-loop' && e.reason === 'BackOff')!;
    rec.observe(EVENTS, { type: 'upsert', obj: ev });
    rec.observe(EVENTS, { type: 'upsert', obj: { ...ev, count: (ev.count ?? 1) + 1, lastTimestamp: '2026-11-26T02:11:30Z' } });
    rec.flush();
    now = T1;
    rec.observe(EVENTS, { type: 'delete', obj: ev });
    rec.flush();
    rec.observe(PODS, { type: 'upsert', obj: byName(sandboxCapture.pods(), 'crash-loop') });
    rec.flush();
    const t = rec.currentStore()!.timeline({ context: 'sandbox', kind: 'Pod', namespace: 'explain-demo', name: 'crash-loop' })!;
    const kept = t.events.find((e) => e.uid === ev.metadata!.uid)!;
    expect(kept.goneAt).toBe(new Date(T1).toISOString());
    expect(kept.count).toBe((ev.count ?? 1) + 1);
    expect(kept.counts.map(([, n]) => n)).toStrictEqual([ev.count ?? 1, (ev.count ?? 1) + 1]);
  });

  it('pauses on a read-only folder, keeps the dashboard’s observations queued, and resumes when it is writable again', async () => {
    if (process.getuid?.() === 0) {
      // root ignores file modes; simulate with a path whose parent is a file instead.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'history-test-'));
      dirs.push(dir);
      writeFileSync(path.join(dir, 'not-a-dir'), '');
      const rec = recorder(path.join(dir, 'not-a-dir', 'history.db'), () => T0);
      await rec.start();
      const s = rec.state();
      expect(s.status).toBe('paused');
      rec.observe(PODS, { type: 'upsert', obj: byName(sandboxCapture.pods(), 'crash-loop') });
      expect(rec.flush()).toBe(0);
      expect(rec.state().pending).toBe(1);
      return;
    }
    const file = tempFile();
    const dir = path.dirname(file);
    chmodSync(dir, 0o555);
    const rec = recorder(file, () => T0);
    await rec.start();
    expect(rec.state()).toMatchObject({ status: 'paused', reason: 'read-only' });
    chmodSync(dir, 0o755);
  });

  it('moves a corrupt file aside and starts a new one', async () => {
    const file = tempFile();
    writeFileSync(file, 'this is not a database '.repeat(500));
    let moved = '';
    const store = HistoryStore.open(file, { ...sqlite, onCorrupt: (to) => (moved = to) });
    expect(store.schemaVersion()).toBe(1);
    store.close();
    expect(moved.startsWith(`${file}.corrupt-`)).toBe(true);
    expect(existsSync(moved)).toBe(true);
    expect(readdirSync(path.dirname(file)).filter((f) => f.includes('.corrupt-'))).toHaveLength(1);
  });

  it('classifies write failures for the UI', () => {
    expect(failureOf(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))).toBe('disk-full');
    expect(failureOf(Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' }))).toBe('read-only');
    expect(failureOf(Object.assign(new Error('file is not a database'), { code: 'SQLITE_NOTADB' }))).toBe('corrupt');
    expect(failureOf(new Error('boom'))).toBe('io-error');
  });

  it('pauses when the disk is full and records the queued changes once writes succeed again', async () => {
    const file = tempFile();
    let now = T0;
    const rec = recorder(file, () => now);
    await rec.start();
    rec.observe(PODS, { type: 'snapshot', items: [byName(sandboxCapture.pods(), 'crash-loop')], state: synced });
    rec.flush();
    const db = rec.currentStore()!.raw();
    // A database capped at its current size behaves like a full disk (SQLITE_FULL).
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    now = T1;
    for (const p of sandboxCapture.pods()) rec.observe(PODS, { type: 'upsert', obj: p });
    rec.flush();
    expect(rec.state()).toMatchObject({ status: 'paused', reason: 'disk-full' });
    expect(rec.state().pending).toBe(sandboxCapture.pods().length);
    db.pragma('max_page_count = 1073741823');
    expect(rec.flush()).toBeGreaterThan(0);
    expect(rec.state()).toMatchObject({ status: 'recording', pending: 0 });
  });

  it('enforces retention: deleted objects older than the cutoff go, a live object’s old transitions fold into a new baseline', async () => {
    const file = tempFile();
    let now = T0;
    const rec = recorder(file, () => now);
    await rec.start();
    rec.observe(PODS, { type: 'snapshot', items: sandboxCapture.pods(), state: synced });
    rec.flush();
    now = T1;
    rec.observe(PODS, { type: 'upsert', obj: byName(sandboxCapture.podsRecaptured(), 'crash-loop') });
    rec.observe(PODS, { type: 'delete', obj: byName(sandboxCapture.pods(), 'slow-delete') });
    rec.flush();
    const store = rec.currentStore()!;
    store.enforceRetention(T1 + 1, 256 * 1024 * 1024);
    expect(store.timeline({ context: 'sandbox', kind: 'Pod', namespace: 'explain-demo', name: 'slow-delete' })).toBeNull();
    const t = store.timeline({ context: 'sandbox', kind: 'Pod', namespace: 'explain-demo', name: 'crash-loop' })!;
    expect(t.transitions.map((x) => [x.at, x.reason])).toStrictEqual([[new Date(T1 + 1).toISOString(), 'Observed']]);
    expect(reconstructAt(t, new Date(T1 + 1).toISOString())).toStrictEqual(t.lastState);
  });
});
