/**
 * Benchmarks the dashboard's hot paths against the running sandbox and
 * writes the figures to bench/results/latest.json (and a dated copy):
 *
 *   npm run bench                   # against whatever the sandbox holds
 *   npm run sandbox:up -- --nodes 300 --pods 30000 && npm run bench
 *
 * Measured: the shared watch cache's first full sync (time and pages),
 * the server's heap and RSS holding it, projecting every pod to a table row
 * (kubectl columns), explaining every pod, the SSE snapshot a browser tab
 * receives (bytes and time) when BENCH_URL points at a running app, and a
 * warm `sandbox:up` when BENCH_SANDBOX_UP=1 (restarts the sandbox).
 * Run with: tsx --conditions=react-server (so lib/k8s's server-only fence resolves).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { V1Pod } from '@kubernetes/client-node';
import { getKubeconfigs } from '../lib/k8s/kubeconfig';
import { RESOURCES } from '../lib/k8s/resources';
import { createWatchSource } from '../lib/k8s/sources';
import { WatchCache, type CacheState } from '../lib/k8s/watch-cache';
import { toPodRow } from '../lib/views/pod-row';
import { explainPod } from '../lib/explain/pod';

const root = path.resolve(__dirname, '..');
process.env.KUBECONFIG ??= path.join(root, '.sandbox', 'kubeconfig');

const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;

async function syncAllPods(): Promise<{ ms: number; count: number; cache: WatchCache<V1Pod>; progress: number[] }> {
  const kc = getKubeconfigs().forContext();
  const cache = new WatchCache<V1Pod>({ resource: RESOURCES.pods, source: createWatchSource(kc, RESOURCES.pods, { pageSize: 500 }) });
  const progress: number[] = [];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    cache.subscribe((e) => {
      const s: CacheState | undefined = e.type === 'state' || e.type === 'snapshot' ? e.state : undefined;
      if (s?.phase === 'syncing') progress.push(s.count);
      // A first sync ends with a synced snapshot, or (progressive first sync) with a synced state after its pages.
      if ((e.type === 'snapshot' || e.type === 'state') && e.state.phase === 'synced') resolve({ ms: performance.now() - started, count: cache.items().length, cache, progress });
      if (s?.phase === 'error' || s?.phase === 'forbidden') reject(new Error(JSON.stringify(s)));
    });
    cache.start();
  });
}

async function sseSnapshot(base: string): Promise<{ ms: number; bytes: number } | null> {
  const ctrl = new AbortController();
  const started = performance.now();
  const res = await fetch(`${base}/api/stream`, { signal: ctrl.signal });
  const reader = res.body?.getReader();
  if (!reader) return null;
  const dec = new TextDecoder();
  let buf = '';
  let streamId = '';
  let bytes = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return null;
    const text = dec.decode(value, { stream: true });
    buf += text;
    if (!streamId) {
      const m = /"streamId":"(\w+)"/.exec(buf);
      if (m?.[1]) {
        streamId = m[1];
        buf = '';
        // The request guard takes changes only from the dashboard's own origin.
        await fetch(`${base}/api/stream/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json', origin: new URL(base).origin }, body: JSON.stringify({ streamId, subId: 'bench', spec: { view: 'pods' } }) });
      }
      continue;
    }
    // A cold server cache first sends a syncing snapshot, then (progressive first sync) its pages as appends
    // and a synced state; a warm one a synced snapshot. Count every frame up to the first synced one.
    const end = buf.lastIndexOf('\n\n');
    if (end < 0) continue;
    const frames = buf.slice(0, end).split('\n\n');
    const i = frames.findIndex((f) => f.includes('"sub":"bench"') && f.includes('"phase":"synced"'));
    if (i >= 0) {
      bytes += frames.slice(0, i + 1).reduce((n, f) => n + Buffer.byteLength(f) + 2, 0);
      ctrl.abort();
      return { ms: performance.now() - started, bytes };
    }
    bytes += frames.reduce((n, f) => n + Buffer.byteLength(f) + 2, 0);
    buf = buf.slice(end + 2);
  }
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = { at: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length };

  if (process.env.BENCH_SANDBOX_UP === '1') {
    execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'sandbox/cli.ts', 'down'], { cwd: root });
    const t = performance.now();
    execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'sandbox/cli.ts', 'up'], { cwd: root, stdio: 'inherit' });
    results.sandboxUpWarmSeconds = Math.round((performance.now() - t) / 100) / 10;
  }

  global.gc?.();
  const before = process.memoryUsage();
  const sync = await syncAllPods();
  global.gc?.();
  const after = process.memoryUsage();
  const pods = sync.cache.items();
  results.pods = sync.count;
  results.firstSyncMs = Math.round(sync.ms);
  results.syncProgressSteps = sync.progress.length;
  results.cacheHeapMB = mb(after.heapUsed - before.heapUsed);
  results.rssMB = mb(after.rss);

  const now = new Date();
  let t = performance.now();
  for (const p of pods) toPodRow(p, now);
  results.projectAllRowsMs = Math.round(performance.now() - t);
  results.projectRowMicros = pods.length ? Math.round(((performance.now() - t) * 1000) / pods.length) : 0;

  t = performance.now();
  for (const p of pods) explainPod(p, { now, events: [] });
  results.explainAllPodsMs = Math.round(performance.now() - t);

  if (process.env.BENCH_URL) {
    const sse = await sseSnapshot(process.env.BENCH_URL);
    if (sse) {
      results.sseSnapshotMs = Math.round(sse.ms);
      results.sseSnapshotKB = Math.round(sse.bytes / 1024);
    }
  }
  sync.cache.stop();

  const dir = path.join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const json = JSON.stringify(results, null, 2);
  writeFileSync(path.join(dir, 'latest.json'), json + '\n');
  writeFileSync(path.join(dir, `${results.at as string}.json`.replace(/:/g, '-')), json + '\n');
  process.stdout.write(json + '\n');
  process.exit(0);
}

void main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${(err as Error).message}\n`);
  process.exit(1);
});
