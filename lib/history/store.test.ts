import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { realSqlite } from '@/lib/testing/real-sqlite';
import { loadFixture } from '@/lib/testing/fixtures';
import { byName, sandboxCapture } from '@/lib/testing/sandbox-capture';
import { reconstructAt } from '@/lib/explain/history/reconstruct';
import { HistoryRecorder, type ObservedScope } from './recorder';
import { HistoryStore } from './store';


/** Node 24 keeps better-sqlite3 out (sqliteRefusal): these suites need a real database. */
const { refused, sqlite } = realSqlite();
const cleanup: (() => void)[] = [];

afterEach(() => {
  for (const f of cleanup.splice(0).reverse()) f();
});

function tempFile(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'history-store-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'history.db');
}

async function recorderAt(file: string, now: () => number): Promise<HistoryRecorder> {
  const rec = new HistoryRecorder({ path: file, open: () => HistoryStore.open(file, sqlite), now, flushMs: 60_000, log: () => undefined });
  cleanup.push(() => rec.close());
  await rec.start();
  return rec;
}

const scope = (kind: ObservedScope['kind']): ObservedScope => ({ context: 'c', kind, namespace: null });

describe.skipIf(refused !== null)('HistoryStore schema', () => {
  it('records each applied migration in schema_version, opens an existing file without re-applying, and refuses a newer schema', () => {
    const file = tempFile();
    const a = HistoryStore.open(file, sqlite);
    expect([a.schemaVersion(), a.raw().pragma('journal_mode', { simple: true })]).toStrictEqual([1, 'wal']);
    a.raw().prepare('INSERT INTO schema_version (version, applied_at) VALUES (99, ?)').run('2030-01-01T00:00:00Z');
    a.close();
    expect(() => HistoryStore.open(file, sqlite)).toThrow('history database schema 99 is newer than this kube-explain (1)');
  });
});

describe.skipIf(refused !== null)('HistoryStore queries', () => {
  it('groups a namespace feed per object, newest first, with facets of everything and filters applied', async () => {
    const file = tempFile();
    let now = Date.parse('2026-11-26T02:10:09.000Z');
    const rec = await recorderAt(file, () => now);
    rec.observe(scope('Pod'), { type: 'snapshot', items: sandboxCapture.pods(), state: { phase: 'synced' } });
    rec.flush();
    now = Date.parse('2026-11-26T02:11:17.000Z');
    rec.observe(scope('Pod'), { type: 'upsert', obj: byName(sandboxCapture.podsRecaptured(), 'crash-loop') });
    rec.observe(scope('Pod'), { type: 'upsert', obj: byName(sandboxCapture.podsRecaptured(), 'slow-delete') });
    rec.flush();
    const store = rec.currentStore()!;
    const window = { context: 'c', namespace: 'explain-demo', from: '2026-11-26T02:00:00.000Z', to: '2026-11-26T03:00:00.000Z' };
    const feed = store.feed(window);
    expect(feed.groups.map((g) => [g.ref.name, g.severity, g.items.map((i) => i.reason)])).toStrictEqual([
      // Newest first; facts at the same moment in reverse store order.
      ['crash-loop', 'warning', ['Restarted', 'Ready=False', 'ContainersReady=False']],
      ['slow-delete', 'info', ['Terminating']],
    ]);
    expect(feed.facets).toStrictEqual({ kinds: { Pod: 4 }, reasons: { 'ContainersReady=False': 1, 'Ready=False': 1, Restarted: 1, Terminating: 1 }, severities: { warning: 3, info: 1 } });
    expect(store.feed({ ...window, severities: ['info'] }).groups.map((g) => g.ref.name)).toStrictEqual(['slow-delete']);
    expect(store.feed({ ...window, reasons: ['Restarted'] }).groups.map((g) => g.items.length)).toStrictEqual([1]);
    expect(store.feed({ ...window, from: '2026-11-26T02:11:13.000Z' }).groups).toStrictEqual([]);
  });

  it('lists the pods a Deployment replaced through its ReplicaSets, newest deletion first', async () => {
    const file = tempFile();
    const capture = loadFixture<{ capturedAt: string; replicaSets: { metadata: { name: string } }[]; pods: { metadata: { name: string; ownerReferences?: { kind: string; name: string }[] } }[] }>('workloads/rollout-demo-rev1.json');
    let now = Date.parse(capture.capturedAt);
    const rec = await recorderAt(file, () => now);
    const rs = capture.replicaSets.filter((r) => r.metadata.name.startsWith('rollout-demo-'));
    const pods = capture.pods.filter((p) => p.metadata.ownerReferences?.some((o) => o.kind === 'ReplicaSet' && o.name.startsWith('rollout-demo-')));
    rec.observe({ context: 'c', kind: 'ReplicaSet', namespace: null }, { type: 'snapshot', items: rs.map((r) => ({ kind: 'ReplicaSet', ...r })), state: { phase: 'synced' } });
    rec.observe(scope('Pod'), { type: 'snapshot', items: pods, state: { phase: 'synced' } });
    rec.flush();
    now += 60_000;
    rec.observe(scope('Pod'), { type: 'delete', obj: pods[0] });
    rec.flush();
    now += 60_000;
    rec.observe(scope('Pod'), { type: 'delete', obj: pods[1] });
    rec.flush();
    const replaced = rec.currentStore()!.replaced({ context: 'c', namespace: 'hh-scratch', ownerKind: 'Deployment', ownerName: 'rollout-demo' });
    expect(replaced.items.map((i) => [i.ref.name, i.deletedAt, i.owner?.kind])).toStrictEqual([
      [pods[1]!.metadata.name, new Date(now).toISOString(), 'ReplicaSet'],
      [pods[0]!.metadata.name, new Date(now - 60_000).toISOString(), 'ReplicaSet'],
    ]);
    expect(replaced.truncated).toBe(false);
  });

  it('caps a long timeline at its newest transitions, starting with a baseline folded from the ones left out', async () => {
    const file = tempFile();
    let now = Date.parse('2026-11-26T02:10:09.000Z');
    const rec = await recorderAt(file, () => now);
    rec.observe(scope('Pod'), { type: 'upsert', obj: byName(sandboxCapture.pods(), 'crash-loop') });
    rec.flush();
    now = Date.parse('2026-11-26T02:11:17.000Z');
    rec.observe(scope('Pod'), { type: 'upsert', obj: byName(sandboxCapture.podsRecaptured(), 'crash-loop') });
    rec.flush();
    const store = rec.currentStore()!;
    const full = store.timeline({ context: 'c', kind: 'Pod', namespace: 'explain-demo', name: 'crash-loop' })!;
    const capped = store.timeline({ context: 'c', kind: 'Pod', namespace: 'explain-demo', name: 'crash-loop' }, 1)!;
    expect(capped.truncated).toBe(true);
    expect(capped.transitions.map((t) => t.reason)).toStrictEqual(['Observed', 'Restarted']);
    expect(reconstructAt(capped, '2026-11-26T02:12:00.000Z')).toStrictEqual(reconstructAt(full, '2026-11-26T02:12:00.000Z'));
  });
});
