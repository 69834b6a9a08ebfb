/**
 * History figures (issue 12), written to bench/results/history.json:
 *
 *   npx tsx --conditions=react-server bench/history.ts
 *
 * Synthetic but from a real object: every pod is the sandbox's captured
 * crash-loop pod (lib/testing/captured/sandbox/pods.json) with its own
 * name/uid, so snapshots and transitions have their real size.
 *
 * - writeCost: a recorder holding 30 000 listed pods receives 50 changes/s
 *   (a container restart step: state, restart count, last exit, readiness,
 *   the Ready/ContainersReady conditions) for `seconds` in real time, through
 *   its normal timer-driven batches; CPU of the whole process over that
 *   window as a share of one core (the changes are built before the window).
 * - sizePer10kPodsHour: 10 000 pods listed, then one simulated hour of a
 *   busy namespace mix (the profile is written next to the figure): the
 *   database's bytes in use and file size after it.
 * - queryOneObject: 1 000 000 transitions over 10 000 pods (100 each) plus one
 *   pod with 1 000; its timeline query time (median and p95 of 30), and the
 *   namespace feed for one hour.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HistoryRecorder, type ObservedScope } from '../lib/history/recorder';
import { loadSqlite } from '../lib/history/sqlite';
import { HistoryStore } from '../lib/history/store';

const root = path.resolve(__dirname, '..');
type Pod = {
  kind: string;
  metadata: { name: string; namespace: string; uid: string; creationTimestamp?: string; [k: string]: unknown };
  spec: Record<string, unknown>;
  status: {
    phase?: string;
    conditions?: { type: string; status: string; lastTransitionTime?: string; reason?: string; message?: string }[];
    containerStatuses?: { name: string; ready: boolean; restartCount: number; started?: boolean; state?: unknown; lastState?: unknown; [k: string]: unknown }[];
  };
};

const template: Pod = (JSON.parse(readFileSync(path.join(root, 'lib/testing/captured/sandbox/pods.json'), 'utf8')) as Pod[]).find((p) => p.metadata.name === 'crash-loop')!;

function podN(i: number, ns = 'bench'): Pod {
  const p = JSON.parse(JSON.stringify(template)) as Pod;
  p.kind = 'Pod';
  p.metadata = { ...p.metadata, name: `pod-${i}`, namespace: ns, uid: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` };
  return p;
}

/** The same pod one restart later: exit, back-off, readiness dip, the conditions' times. */
function restarted(p: Pod, atMs: number): Pod {
  const n = JSON.parse(JSON.stringify(p)) as Pod;
  const t = new Date(atMs).toISOString().replace(/\.\d+Z$/, 'Z');
  const c = n.status.containerStatuses![0]!;
  c.restartCount += 1;
  c.lastState = { terminated: { exitCode: 1, reason: 'Error', startedAt: t, finishedAt: t } };
  c.state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${c.restartCount * 10}s restarting failed container=app` } };
  for (const cond of n.status.conditions ?? []) if (cond.type === 'Ready' || cond.type === 'ContainersReady') cond.lastTransitionTime = t;
  return n;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

async function main(): Promise<void> {
  const sqlite = await loadSqlite();
  if (!sqlite.ok) throw new Error(sqlite.message);
  const { Database, nativeBinding } = sqlite;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'history-bench-'));
  const seconds = Number(process.env.BENCH_SECONDS ?? 30);
  const results: Record<string, unknown> = { at: new Date().toISOString(), node: process.version, cpus: os.cpus().length };
  const scope: ObservedScope = { context: 'bench', kind: 'Pod', namespace: null };
  try {
    // ---- write cost at 50 changes/s with 30k pods ---------------------------
    {
      const file = path.join(dir, 'write.db');
      const rec = new HistoryRecorder({ path: file, open: () => HistoryStore.open(file, { Database, nativeBinding }) });
      await rec.start();
      const pods = Array.from({ length: 30_000 }, (_, i) => podN(i));
      let t = performance.now();
      let c = cpuMs();
      rec.observe(scope, { type: 'snapshot', items: pods, state: { phase: 'synced' } });
      rec.flush();
      results.initialList30kPods = { wallMs: Math.round(performance.now() - t), cpuMs: Math.round(cpuMs() - c) };
      // Changes built beforehand, so the window measures recording only.
      const total = seconds * 50;
      const changes: Pod[] = [];
      const current = new Map<number, Pod>();
      for (let k = 0; k < total; k += 1) {
        const i = (k * 7919) % pods.length;
        const next = restarted(current.get(i) ?? pods[i]!, Date.now() + k * 20);
        current.set(i, next);
        changes.push(next);
      }
      if (global.gc) global.gc();
      let sent = 0;
      t = performance.now();
      c = cpuMs();
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          // 50/s, as one change every 20 ms.
          const change = changes[sent];
          if (change) rec.observe(scope, { type: 'upsert', obj: change });
          sent += 1;
          if (sent >= total) {
            clearInterval(timer);
            resolve();
          }
        }, 20);
      });
      await new Promise((r) => setTimeout(r, 700)); // the last batch
      const wall = performance.now() - t;
      const cpu = cpuMs() - c;
      const rows = (rec.currentStore()!.raw().prepare('SELECT COUNT(*) AS n FROM transitions').get() as { n: number }).n;
      // The same window with nothing recorded: the generator's timer alone.
      const idleStart = cpuMs();
      const idleT = performance.now();
      let ticks = 0;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          ticks += 1;
          if (ticks >= Math.min(total, 500)) {
            clearInterval(timer);
            resolve();
          }
        }, 20);
      });
      const idlePct = ((cpuMs() - idleStart) / (performance.now() - idleT)) * 100;
      results.writeCost = {
        pods: pods.length,
        changesPerSecond: 50,
        seconds,
        changes: total,
        transitionsStored: rows,
        cpuPercentOfOneCore: round((cpu / wall) * 100, 2),
        timerOnlyCpuPercent: round(idlePct, 2),
        recordingCpuPercentOfOneCore: round((cpu / wall) * 100 - idlePct, 2),
        budgetPercent: 5,
        state: rec.state().status,
      };
      rec.close();
    }

    // ---- DB size per 10k pods per hour --------------------------------------
    {
      const file = path.join(dir, 'size.db');
      let now = Date.parse('2026-12-03T00:00:00Z');
      const rec = new HistoryRecorder({ path: file, open: () => HistoryStore.open(file, { Database, nativeBinding }), now: () => now, flushMs: 3_600_000 });
      await rec.start();
      const pods = Array.from({ length: 10_000 }, (_, i) => podN(i, `ns-${i % 20}`));
      rec.observe(scope, { type: 'snapshot', items: pods, state: { phase: 'synced' } });
      rec.flush();
      const store = rec.currentStore()!;
      const baselineBytes = store.usedBytes();
      // The hour: 2 % of pods crash-looping (a restart every 5 min), 5 % replaced (deleted, a new one created),
      // and one Warning event per restart, one Normal event per new pod (Scheduled).
      const profile = { crashLoopingShare: 0.02, restartEveryMinutes: 5, replacedShare: 0.05, eventsPerRestart: 1, eventsPerNewPod: 1 };
      const crashing = pods.slice(0, 200);
      const state = new Map(crashing.map((p) => [p.metadata.uid, p]));
      const evScope: ObservedScope = { context: 'bench', kind: 'Event', namespace: null };
      let evN = 0;
      for (let minute = 1; minute <= 60; minute += 1) {
        now += 60_000;
        if (minute % profile.restartEveryMinutes === 0) {
          for (const p of crashing) {
            const next = restarted(state.get(p.metadata.uid)!, now);
            state.set(p.metadata.uid, next);
            rec.observe(scope, { type: 'upsert', obj: next });
            evN += 1;
            rec.observe(evScope, {
              type: 'upsert',
              obj: { metadata: { uid: `ev-${p.metadata.uid}`, namespace: p.metadata.namespace }, involvedObject: { kind: 'Pod', name: p.metadata.name, uid: p.metadata.uid }, type: 'Warning', reason: 'BackOff', message: 'Back-off restarting failed container app', count: minute / 5, lastTimestamp: new Date(now).toISOString() },
            });
          }
        }
        for (let k = 0; k < (pods.length * profile.replacedShare) / 60; k += 1) {
          const old = pods[200 + ((minute - 1) * 9 + k)]!;
          rec.observe(scope, { type: 'delete', obj: old });
          const fresh = podN(100_000 + minute * 100 + k, old.metadata.namespace);
          fresh.metadata.creationTimestamp = new Date(now).toISOString();
          rec.observe(scope, { type: 'upsert', obj: fresh });
          rec.observe(evScope, {
            type: 'upsert',
            obj: { metadata: { uid: `ev-new-${fresh.metadata.uid}`, namespace: fresh.metadata.namespace }, involvedObject: { kind: 'Pod', name: fresh.metadata.name, uid: fresh.metadata.uid }, type: 'Normal', reason: 'Scheduled', message: `Successfully assigned ${fresh.metadata.namespace}/${fresh.metadata.name} to node-1`, count: 1, lastTimestamp: new Date(now).toISOString() },
          });
          evN += 1;
        }
        rec.flush();
      }
      const raw = store.raw();
      raw.pragma('wal_checkpoint(TRUNCATE)');
      const count = (sql: string) => (raw.prepare(sql).get() as { n: number }).n;
      results.sizePer10kPodsHour = {
        profile,
        objects: count('SELECT COUNT(*) AS n FROM objects'),
        transitions: count('SELECT COUNT(*) AS n FROM transitions'),
        events: count('SELECT COUNT(*) AS n FROM events'),
        eventsObserved: evN,
        baselineMB: round(baselineBytes / 1024 / 1024, 2),
        afterHourMB: round(store.usedBytes() / 1024 / 1024, 2),
        hourGrowthMB: round((store.usedBytes() - baselineBytes) / 1024 / 1024, 2),
        fileMB: round(store.sizeBytes() / 1024 / 1024, 2),
      };
      rec.close();
    }

    // ---- one object's timeline among 1M transitions --------------------------
    {
      const file = path.join(dir, 'query.db');
      const store = HistoryStore.open(file, { Database, nativeBinding });
      const db = store.raw();
      const insertObj = db.prepare(
        `INSERT INTO objects (context, kind, namespace, name, uid, first_observed_at, last_observed_at, last_state) VALUES ('bench', 'Pod', ?, ?, ?, ?, ?, ?)`,
      );
      const insertT = db.prepare('INSERT INTO transitions (object_id, at, observed_at, type, reason, severity, change) VALUES (?, ?, ?, ?, ?, ?, ?)');
      const p0 = podN(0);
      const state = JSON.stringify({ note: 'bench' });
      const change = JSON.stringify({ type: 'restart', container: 'app', role: 'app', from: 1, to: 2, lastTerminated: { state: 'terminated', reason: 'Error', message: null, exitCode: 1, signal: null, startedAt: '2026-12-03T00:00:00Z', finishedAt: '2026-12-03T00:00:02Z' } });
      const start = Date.parse('2026-12-01T00:00:00Z');
      const t0 = performance.now();
      const objects = 10_000;
      db.transaction(() => {
        for (let o = 0; o < objects; o += 1) insertObj.run(`ns-${o % 50}`, `pod-${o}`, `uid-${o}`, start, start, state);
      })();
      const perObject = 100;
      for (let chunk = 0; chunk < 10; chunk += 1) {
        db.transaction(() => {
          for (let k = 0; k < (objects * perObject) / 10; k += 1) {
            const i = chunk * ((objects * perObject) / 10) + k;
            const at = start + i * 170; // ~2 days over 1M rows
            insertT.run((i % objects) + 1, at, at, 'restart', 'Restarted', 'warning', change);
          }
        })();
      }
      const target = (insertObj.run('ns-target', p0.metadata.name, 'uid-target', start, start, state).lastInsertRowid as number) ?? 0;
      db.transaction(() => {
        for (let k = 0; k < 1_000; k += 1) insertT.run(target, start + k * 60_000, start + k * 60_000, 'restart', 'Restarted', 'warning', change);
      })();
      const loadMs = performance.now() - t0;
      const total = (db.prepare('SELECT COUNT(*) AS n FROM transitions').get() as { n: number }).n;
      const times: number[] = [];
      let got = 0;
      for (let k = 0; k < 30; k += 1) {
        const t = performance.now();
        got = store.timeline({ context: 'bench', kind: 'Pod', namespace: 'ns-target', name: p0.metadata.name })?.transitions.length ?? 0;
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const feedTimes: number[] = [];
      for (let k = 0; k < 10; k += 1) {
        const t = performance.now();
        store.feed({ context: 'bench', namespace: 'ns-7', from: new Date(start + 86_400_000).toISOString(), to: new Date(start + 90_000_000).toISOString() });
        feedTimes.push(performance.now() - t);
      }
      feedTimes.sort((a, b) => a - b);
      results.queryOneObject = {
        storedTransitions: total,
        objects: objects + 1,
        targetTransitions: got,
        loadSeconds: round(loadMs / 1000, 1),
        timelineMedianMs: round(times[15]!, 2),
        timelineP95Ms: round(times[28]!, 2),
        namespaceFeedHourMedianMs: round(feedTimes[5]!, 2),
        fileMB: round(store.sizeBytes() / 1024 / 1024, 1),
      };
      store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  writeFileSync(path.join(root, 'bench/results/history.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(JSON.stringify(results, null, 2));
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
