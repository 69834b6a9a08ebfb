import 'server-only';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoreV1Api, type KubeConfig } from '@kubernetes/client-node';
import type BetterSqlite3 from 'better-sqlite3';
import { createReadyNamespace, eventually, sandboxConfig, suffix } from '../testing/sandbox';
import { RESOURCES } from '../k8s/resources';
import { createWatchSource } from '../k8s/sources';
import { liveCache } from '../k8s/live';
import type { WatchCache } from '../k8s/watch-cache';
import { HistoryRecorder, type ObservedScope } from './recorder';
import { loadSqlite, sqliteRefusal } from './sqlite';
import { HistoryStore } from './store';
import { wholeLists } from './runtime';

/** Node 24 keeps better-sqlite3 out (sqlite.ts, sqliteRefusal): these suites need a real database. */
const refused = sqliteRefusal(process.versions.node);

// Runs against the shared sandbox apiserver (never restarted here): a
// namespace of our own with a crash-looping pod and a steady one, recorded
// by real watch caches into a temporary database. A "server restart" is a new
// cache and a new recorder on the same file.
const ns = `it-history-${suffix()}`;
const CONTEXT = 'sandbox';
let kc: KubeConfig;
let core: CoreV1Api;
let Database: typeof BetterSqlite3;
let nativeBinding: string | undefined;
let dir: string;
let file: string;
const live: { caches: WatchCache[]; recorder: HistoryRecorder | null } = { caches: [], recorder: null };

function openRecorder(): HistoryRecorder {
  return new HistoryRecorder({ path: file, open: () => HistoryStore.open(file, { Database, nativeBinding }), flushMs: 200, log: () => undefined });
}

/** A "server": caches for pods and events in our namespace, feeding a recorder on `file`. */
async function startServer(): Promise<HistoryRecorder> {
  const rec = openRecorder();
  await rec.start();
  for (const [resource, kind] of [
    [RESOURCES.pods, 'Pod'],
    [RESOURCES.events, 'Event'],
  ] as const) {
    const cache = liveCache(resource, createWatchSource(kc, resource, { namespace: ns }));
    const scope: ObservedScope = { context: CONTEXT, kind, namespace: ns };
    cache.subscribe(wholeLists((e) => rec.observe(scope, e)));
    cache.start();
    live.caches.push(cache);
  }
  await eventually('caches synced', async () => (live.caches.every((c) => c.getState().phase === 'synced') ? true : undefined), 30_000, 100);
  live.recorder = rec;
  return rec;
}

function stopServer(): void {
  for (const c of live.caches.splice(0)) c.stop();
  live.recorder?.close();
  live.recorder = null;
}

function timeline(rec: HistoryRecorder, name: string) {
  rec.flush();
  return rec.currentStore()!.timeline({ context: CONTEXT, kind: 'Pod', namespace: ns, name });
}

beforeAll(async () => {
  if (refused) return;
  const s = await loadSqlite();
  if (!s.ok) throw new Error(s.message);
  Database = s.Database;
  nativeBinding = s.nativeBinding;
  dir = mkdtempSync(path.join(os.tmpdir(), 'history-it-'));
  file = path.join(dir, 'history.db');
  kc = sandboxConfig();
  core = kc.makeApiClient(CoreV1Api);
  await createReadyNamespace(kc, ns);
  await startServer();
  await core.createNamespacedPod({
    namespace: ns,
    // The sandbox's KWOK stages play the crash loop for pods with this label (exit code 1 each run).
    body: { metadata: { name: 'crash-loop', labels: { 'sandbox.kube-explain.dev/scenario': 'crash-loop' } }, spec: { containers: [{ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] } },
  });
  await core.createNamespacedPod({ namespace: ns, body: { metadata: { name: 'steady' }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } } });
});

afterAll(async () => {
  stopServer();
  await core?.deleteNamespace({ name: ns }).catch(() => undefined);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(refused !== null)('history against the sandbox', () => {
  it('records a crash loop’s restarts with the exit code of each run and the CrashLoopBackOff between them', async () => {
    const rec = live.recorder!;
    const t = await eventually(
      'two restarts recorded',
      async () => {
        const tl = timeline(rec, 'crash-loop');
        return tl && tl.transitions.filter((x) => x.change.type === 'restart').length >= 2 ? tl : undefined;
      },
      90_000,
      500,
    );
    const restarts = t.transitions.filter((x) => x.change.type === 'restart').map((x) => x.change);
    expect(restarts.slice(0, 2).map((c) => (c.type === 'restart' ? [c.container, c.from, c.to, c.lastTerminated?.reason, c.lastTerminated?.exitCode] : null))).toStrictEqual([
      ['app', 0, 1, 'Error', 1],
      ['app', 1, 2, 'Error', 1],
    ]);
    expect(t.transitions.filter((x) => x.reason === 'CrashLoopBackOff').length).toBeGreaterThanOrEqual(1);
    expect(t.transitions[0]?.change.type).toBe('observed');
  });

  it('adds no phantom transition when a new cache and recorder (a restarted server, a relist) see the same objects', async () => {
    const rec = live.recorder!;
    await eventually('steady pod running and ready', async () => (timeline(rec, 'steady')?.lastState.containers[0]?.ready ? true : undefined), 60_000, 500);
    const before = timeline(rec, 'steady')!.transitions;
    stopServer();
    const again = await startServer();
    await new Promise((r) => setTimeout(r, 1_000));
    expect(timeline(again, 'steady')!.transitions).toStrictEqual(before);
  });

  it('keeps an event the apiserver no longer has (deleted as by the one-hour expiry), marked gone, across a restart', async () => {
    const rec = live.recorder!;
    const list = await core.listNamespacedEvent({ namespace: ns });
    const ev = list.items.find((e) => e.involvedObject.name === 'steady');
    expect(ev?.metadata?.uid).toBeTruthy();
    await core.deleteNamespacedEvent({ namespace: ns, name: ev!.metadata!.name! });
    await eventually('event marked gone', async () => (timeline(rec, 'steady')?.events.find((e) => e.uid === ev!.metadata!.uid)?.goneAt ? true : undefined), 30_000, 300);
    stopServer();
    const again = await startServer();
    const kept = timeline(again, 'steady')!.events.find((e) => e.uid === ev!.metadata!.uid)!;
    expect({ reason: kept.reason, gone: kept.goneAt !== null }).toStrictEqual({ reason: ev!.reason, gone: true });
  });

  it('keeps a deleted pod’s timeline, with its last state, after a server restart', async () => {
    const rec = live.recorder!;
    await core.deleteNamespacedPod({ namespace: ns, name: 'crash-loop', gracePeriodSeconds: 0 });
    const deleted = await eventually('deletion recorded', async () => (timeline(rec, 'crash-loop')?.deletedAt ? true : undefined), 30_000, 300);
    expect(deleted).toBe(true);
    stopServer();
    const again = await startServer();
    const t = timeline(again, 'crash-loop')!;
    expect(t.deletedAt).not.toBeNull();
    expect(t.transitions.at(-1)?.change.type).toBe('deleted');
    expect(t.transitions.filter((x) => x.change.type === 'restart').length).toBeGreaterThanOrEqual(2);
    expect(t.lastState.containers[0]?.restartCount).toBeGreaterThanOrEqual(2);
  });
});

describe.skipIf(refused !== null)('kill -9 of a recording process', () => {
  it('loses nothing that was committed', async () => {
    const killDir = mkdtempSync(path.join(os.tmpdir(), 'history-kill-'));
    const killFile = path.join(killDir, 'history.db');
    try {
      const tsx = path.resolve(__dirname, '../../node_modules/tsx/dist/cli.mjs');
      const child = spawn(process.execPath, [tsx, '--conditions=react-server', path.resolve(__dirname, 'testing/kill-child.ts')], { env: { ...process.env, HISTORY_DB: killFile }, stdio: ['ignore', 'pipe', 'pipe'] });
      let committed = 0;
      let errors = '';
      child.stderr.on('data', (d: Buffer) => (errors += d.toString()));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          const m = [...d.toString().matchAll(/committed (\d+)/g)].at(-1);
          if (m) committed = Number(m[1]);
          if (committed >= 50) resolve();
        });
        child.on('exit', (code) => reject(new Error(`child exited ${code}: ${errors}`)));
      });
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const store = HistoryStore.open(killFile, { Database, nativeBinding });
      try {
        const t = store.timeline({ context: 'kill-test', kind: 'Pod', namespace: 'demo', name: 'victim' })!;
        const count = t.lastState.containers[0]?.restartCount ?? 0;
        expect(count).toBeGreaterThanOrEqual(committed);
        expect(t.transitions.filter((x) => x.change.type === 'restart')).toHaveLength(count - 1);
        expect(store.raw().pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        store.close();
      }
    } finally {
      rmSync(killDir, { recursive: true, force: true });
    }
  });
});
