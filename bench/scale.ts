/**
 * Scale benchmark (issue 13): the dashboard beside kubectl and a bare client
 * on the same sandbox, in one run, interleaved.
 *
 *   npm run bench -- --scale 30000            # 1,000 nodes; 3 runs, medians
 *   npm run bench -- --scale 10000 --runs 5   # 103 nodes
 *   npm run bench -- --scale 1000 --smoke     # every measurement once (npm test)
 *
 * Options: --runs K (default 3; 1 with --smoke), --keep (leave the sandbox
 * running; by default it is stopped at the end, its etcd data kept for the
 * next run), --nodes N, --port P (default 3203, the next free one above),
 * --app DIR (serve another checkout's build, e.g. a clean snapshot),
 * --history on|off (default off), --lat-rate 50 --lat-seconds 10.
 *
 * The sandbox lives in its own state dir, .sandbox-scale (.sandbox-smoke for
 * the smoke run; BENCH_SCALE_STATE_DIR overrides; never the shared .sandbox), and is reused when it already has
 * the size (a bigger one shrinks); its CronJobs are suspended so the pod
 * count holds still. The app is the production build in NEXT_DIST_DIR
 * (default .next; `next build` runs only when it has no standalone server),
 * served by its standalone server.js as `npm start` does, warm start as
 * configured (WARM_START), history off unless --history on.
 *
 * Per run: (a) `kubectl get pods -A` wall; (b) a bare client-node paginated
 * list (limit 500) and a bare watch that delivers every pod (sendInitialEvents);
 * (c) a freshly started server: the Pods page in Chromium, time to the first
 * pod row and to "N of N pods"; (d) a second tab, warm; (i) the SSE bytes per
 * pod row of a pods subscription until synced; (f) server RSS with the pods,
 * events and nodes caches synced; (g) the tab's JS heap; (h) scroll frame
 * times; (j) pod pages' HTML, warm; (e) event → DOM: pods created at a fixed
 * rate through the apiserver (bound to KWOK nodes, no scheduler), when each
 * name shows in a filtered Pods page (MutationObserver) and when a bare
 * client-node watch in a worker thread gets its ADDED. Writes bench/results/scale-<N>.json
 * (the smoke run writes to the OS temp folder) and prints README rows.
 * Exit code: 0 when every figure was taken (targets met or not), 1 when one
 * could not be, 2 when the run failed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { kubeAgent } from './kube-agent';
import os from 'node:os';
import path from 'node:path';
import { CoreV1Api, KubeConfig, Watch, type V1Pod } from '@kubernetes/client-node';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sseFrames } from './load-figures';
import type { KeyedRow, PackedRows } from '../lib/contract';
import { messageRows } from '../lib/views/row-codec';
import { countSlack, delaysAfter, evaluateTargets, missingFigures, parseScaleArgs, parseSchedstat, percentile, readmeRows, round1, summarize, timesBetween, type RunFigures, type ScaleResult, type ThreadTimes } from './scale-figures';
import { prepareStandalone, standalonePaths } from '../scripts/standalone';
import { binaryPaths } from '../sandbox/lib/build';
import { planScale } from '../sandbox/lib/scale';
import { pickPort } from '../sandbox/lib/ports';

const root = path.resolve(__dirname, '..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
// The smoke run (npm test) keeps its 1,000 pods apart, so it never shrinks a 30,000-pod sandbox kept for measuring.
const stateDir = path.resolve(root, process.env.BENCH_SCALE_STATE_DIR ?? (process.argv.includes('--smoke') ? '.sandbox-smoke' : '.sandbox-scale'));
const kubeconfig = path.join(stateDir, 'kubeconfig');
const LAT_LABEL = 'kube-explain.dev/bench';
const LAT_NAMESPACE = 'default';
const MiB = 1024 * 1024;

const t0 = Date.now();
const say = (s: string) => process.stdout.write(`[scale ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${s}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const notes: string[] = [];

/** Undo steps, run on success, failure or Ctrl-C (newest first). */
const cleanups: (() => Promise<unknown> | void)[] = [];
async function cleanUp(): Promise<void> {
  for (const c of cleanups.splice(0).reverse()) await Promise.resolve(c()).catch((e: unknown) => say(`clean-up step failed: ${(e as Error).message}`));
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().then(() => process.exit(130)));

const stages: { stage: string; seconds: number; loadavg1: number }[] = [];
async function stage<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  say(`${name}…`);
  try {
    return await fn();
  } finally {
    const seconds = round1((Date.now() - started) / 1000);
    stages.push({ stage: name, seconds, loadavg1: round1(os.loadavg()[0] ?? 0) });
    say(`${name}: ${seconds} s`);
  }
}

/** Runs one measurement; a failure leaves its figures null (and a note) instead of ending the run. */
async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    const msg = `${what} failed: ${(e as Error).message.split('\n')[0]}`;
    notes.push(msg);
    say(msg);
    return null;
  }
}

// ------------------------------------------------------------------ sandbox

function sandboxCli(args: string[], quiet = false): number {
  const r = spawnSync(process.execPath, [tsx, 'sandbox/cli.ts', ...args], { cwd: root, stdio: quiet ? 'ignore' : 'inherit', env: { ...process.env, SANDBOX_STATE_DIR: stateDir } });
  return r.status ?? 1;
}

/** The kubeconfig's context name, cluster client and an HTTPS agent for raw requests. */
interface Api {
  kc: KubeConfig;
  core: CoreV1Api;
  context: string;
  request(method: string, p: string, body?: unknown, contentType?: string): Promise<{ status: number; text: string }>;
  close(): void;
}

async function openApi(): Promise<Api> {
  const { kc, server, agent, headers } = await kubeAgent(kubeconfig, 32);
  const request = (method: string, p: string, body?: unknown, contentType = 'application/json') =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = https.request(new URL(p, server), { method, agent, headers: { ...headers, accept: 'application/json', ...(payload ? { 'content-type': contentType } : {}) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.setTimeout(60_000, () => req.destroy(new Error(`${method} ${p}: no answer in 60 s`)));
      req.on('error', reject);
      req.end(payload);
    });
  return { kc, core: kc.makeApiClient(CoreV1Api), context: kc.getCurrentContext(), request, close: () => agent.destroy() };
}

/** All pods, paginated like the dashboard's own list: count, how many scale pods run, and the list's wall time. */
async function listAllPods(api: Api): Promise<{ ms: number; pods: V1Pod[] }> {
  const started = performance.now();
  const pods: V1Pod[] = [];
  let cont: string | undefined;
  do {
    const page = await api.core.listPodForAllNamespaces({ limit: 500, _continue: cont });
    pods.push(...page.items);
    cont = page.metadata?._continue || undefined;
  } while (cont);
  return { ms: performance.now() - started, pods };
}

async function sandboxSize(api: Api): Promise<{ pods: number; scaleRunning: number; scalePods: number; nodes: number; scaleNodes: string[]; samplePods: { namespace: string; name: string }[] }> {
  const { pods } = await listAllPods(api);
  const scale = pods.filter((p) => p.metadata?.namespace?.startsWith('scale-'));
  const nodes = (await api.core.listNode()).items;
  return {
    pods: pods.length,
    scalePods: scale.length,
    scaleRunning: scale.filter((p) => p.status?.phase === 'Running').length,
    nodes: nodes.length,
    scaleNodes: nodes.filter((n) => n.metadata?.labels?.['sandbox.kube-explain.dev/pool'] === 'scale').map((n) => n.metadata?.name ?? ''),
    samplePods: scale.filter((_, i) => i % Math.max(1, Math.floor(scale.length / 7)) === 0).slice(0, 7).map((p) => ({ namespace: p.metadata?.namespace ?? '', name: p.metadata?.name ?? '' })),
  };
}

/** Brings .sandbox-scale to `pods` scale pods on `nodes` nodes, reusing it when it is already there. */
async function ensureSandbox(pods: number, nodes: number): Promise<void> {
  const healthy = existsSync(path.join(stateDir, 'cluster.json')) && sandboxCli(['status'], true) === 0;
  if (healthy) {
    const api = await openApi();
    try {
      // Shrinking: namespaces of a bigger earlier run that this plan does not fill go.
      const plan = planScale(pods);
      const keep = new Set(plan.namespaces);
      const extra = (await api.core.listNamespace({ labelSelector: 'sandbox.kube-explain.dev/scale=true' })).items.map((n) => n.metadata?.name ?? '').filter((n) => !keep.has(n));
      // (A namespace already on its way out answers 409; that is fine.)
      for (const ns of extra) await api.core.deleteNamespace({ name: ns }).catch(() => undefined);
      if (extra.length) say(`deleting ${extra.length} scale namespaces left by a bigger run`);
      // Deployments of a bigger run in the namespaces kept (the plan fills namespaces ten Deployments at a time).
      const wanted = new Set(plan.deployments.map((d) => `${d.namespace}/${d.name}`));
      const deployments = JSON.parse((await api.request('GET', '/apis/apps/v1/deployments')).text) as { items?: { metadata: { namespace: string; name: string } }[] };
      const extraDeployments = (deployments.items ?? []).map((d) => `${d.metadata.namespace}/${d.metadata.name}`).filter((d) => keep.has(d.split('/')[0] ?? '') && !wanted.has(d));
      for (const d of extraDeployments) await api.request('DELETE', `/apis/apps/v1/namespaces/${d.split('/')[0]}/deployments/${d.split('/')[1]}`);
      if (extraDeployments.length) say(`deleted ${extraDeployments.length} scale Deployments left by a bigger run`);
      // And the scale nodes past this size (sandbox-scale-<i>, i from 3): their pods are rescheduled.
      const extraNodes = (await api.core.listNode({ labelSelector: 'sandbox.kube-explain.dev/pool=scale' })).items
        .map((n) => n.metadata?.name ?? '')
        .filter((n) => Number(/^sandbox-scale-(\d+)$/.exec(n)?.[1] ?? -1) >= nodes);
      for (const n of extraNodes) await api.core.deleteNode({ name: n }).catch(() => undefined);
      if (extraNodes.length) say(`deleted ${extraNodes.length} scale nodes left by a bigger run`);
      const size = await sandboxSize(api);
      if (size.scaleRunning === pods && size.scalePods === pods && size.nodes === nodes) {
        say(`reusing ${stateDir}: ${size.pods} pods (${pods} scale pods running), ${size.nodes} nodes`);
        return;
      }
      say(`${stateDir} has ${size.scaleRunning}/${size.scalePods} scale pods running on ${size.nodes} nodes; scaling to ${pods} pods on ${nodes} nodes`);
    } finally {
      api.close();
    }
  } else {
    say(`starting the scale sandbox in ${stateDir} (${pods} pods, ${nodes} nodes)`);
  }
  if (sandboxCli(['up', '--nodes', String(nodes), '--pods', String(pods)]) !== 0) throw new Error('sandbox up failed');
  // Deployments report available replicas before a shrink's extra pods are gone: wait for the exact count.
  const api = await openApi();
  try {
    for (let i = 0; ; i++) {
      const size = await sandboxSize(api);
      if (size.scalePods === pods && size.scaleRunning === pods) return;
      if (i % 6 === 0) say(`waiting for exactly ${pods} running scale pods: ${size.scaleRunning} running of ${size.scalePods}`);
      if (i > 240) throw new Error(`the sandbox did not settle at ${pods} scale pods (${size.scaleRunning} running of ${size.scalePods})`);
      await sleep(5000);
    }
  } finally {
    api.close();
  }
}

/**
 * Holds the pod count still: the demo's every-minute CronJob would add and
 * remove a pod now and then, and the pages are timed to an exact "N of N".
 * Suspends every CronJob (this sandbox is the benchmark's own), then waits
 * for two equal counts 5 s apart.
 */
async function holdPodCountStill(api: Api): Promise<number> {
  const list = JSON.parse((await api.request('GET', '/apis/batch/v1/cronjobs')).text) as { items?: { metadata: { namespace: string; name: string }; spec: { suspend?: boolean } }[] };
  for (const cj of list.items ?? []) {
    if (cj.spec.suspend) continue;
    const r = await api.request('PATCH', `/apis/batch/v1/namespaces/${cj.metadata.namespace}/cronjobs/${cj.metadata.name}`, { spec: { suspend: true } }, 'application/merge-patch+json');
    if (r.status >= 300) throw new Error(`suspend CronJob ${cj.metadata.namespace}/${cj.metadata.name}: ${r.status} ${r.text.slice(0, 200)}`);
    say(`suspended CronJob ${cj.metadata.namespace}/${cj.metadata.name} so the pod count holds still`);
  }
  let last = -1;
  for (let i = 0; i < 24; i++) {
    const n = (await listAllPods(api)).pods.length;
    if (n === last) return n;
    last = n;
    await sleep(5000);
  }
  throw new Error(`the pod count did not settle in 2 minutes (last ${last})`);
}

// ------------------------------------------------------------- references

function kubectlBin(): string {
  const linked = path.join(stateDir, 'bin', 'kubectl');
  return existsSync(linked) ? linked : binaryPaths().kubectl;
}

/** `kubectl get pods -A`, its output read and dropped: wall time and rows printed. */
function timeKubectl(): Promise<{ ms: number; rows: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(kubectlBin(), ['get', 'pods', '-A'], { env: { ...process.env, KUBECONFIG: kubeconfig }, stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let err = '';
    child.stdout.on('data', (c: Buffer) => {
      for (const b of c) if (b === 10) lines++;
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve({ ms: performance.now() - started, rows: lines - 1 }) : reject(new Error(`kubectl exited ${code}: ${err.slice(0, 200)}`))));
  });
}

/** A bare client-node watch that asks for every pod as initial events: time until the initial-events-end bookmark. */
async function timeWatchAll(api: Api, expected: number): Promise<{ ms: number; events: number }> {
  const started = performance.now();
  let events = 0;
  let abort: AbortController | null = null;
  const result = await new Promise<{ ms: number; events: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no initial-events-end bookmark within 120 s (${events} events)`)), 120_000);
    void new Watch(api.kc)
      .watch(
        '/api/v1/pods',
        { sendInitialEvents: true, resourceVersionMatch: 'NotOlderThan', allowWatchBookmarks: true },
        (type, obj: V1Pod) => {
          if (type === 'ADDED') events++;
          if (type === 'BOOKMARK' && obj.metadata?.annotations?.['k8s.io/initial-events-end'] === 'true') {
            clearTimeout(timer);
            resolve({ ms: performance.now() - started, events });
          }
        },
        (err: unknown) => {
          clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(`watch ended before the initial events did (${events} events)`));
        },
      )
      .then((a) => (abort = a), reject);
  });
  (abort as AbortController | null)?.abort();
  if (result.events < expected) throw new Error(`the watch delivered ${result.events} pods, expected ${expected}`);
  return result;
}

// ------------------------------------------------------------------ server

interface Server {
  base: string;
  pid: number;
  startMs: number;
  stop(): Promise<void>;
}

async function startServer(appDir: string, distDir: string, port: number, history: boolean, log: string): Promise<Server> {
  const { server: serverJs } = standalonePaths(appDir, distDir);
  const out = createWriteStream(log, { flags: 'a' });
  const env: NodeJS.ProcessEnv = { ...process.env, KUBECONFIG: kubeconfig, HOSTNAME: '127.0.0.1', HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production' };
  if (history) env.HISTORY_DB = path.join(os.tmpdir(), `kube-explain-bench-scale-${process.pid}`, 'history.db');
  else env.HISTORY = 'off';
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [serverJs], { cwd: appDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const base = `http://127.0.0.1:${port}`;
  let exited = false;
  const exit = new Promise<void>((r) => child.once('exit', () => ((exited = true), r())));
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    if (!(await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)]))) {
      child.kill('SIGKILL');
      await exit;
    }
  };
  for (;;) {
    if (exited) throw new Error(`the server exited at start; see ${log}`);
    const ok = await fetch(`${base}/api/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (performance.now() - started > 60_000) {
      await stop();
      throw new Error(`the server did not answer /api/healthz within 60 s; see ${log}`);
    }
    await sleep(25);
  }
  return { base, pid: child.pid ?? 0, startMs: performance.now() - started, stop };
}

/** The server's main (JavaScript) thread: time on a CPU and time waiting for one so far. */
function serverTimes(pid: number): ThreadTimes {
  const t = parseSchedstat(readFileSync(`/proc/${pid}/schedstat`, 'utf8'));
  if (!t) throw new Error(`no schedstat for pid ${pid}`);
  return t;
}

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return round1(Number(m[1]) / 1024);
}

/**
 * One stream of the dashboard's own protocol: subscribe views, count the
 * bytes of every frame after the first subscription, and wait for a view's
 * synced state.
 */
class StreamProbe {
  bytesSinceSubscribe = 0;
  /** Rows received per subscription (list snapshots and appends, plain or column-packed), up to its synced state. */
  readonly rows = new Map<string, number>();
  private streamId = '';
  private buffer = '';
  private subscribed = false;
  private readonly synced = new Map<string, number>();
  private readonly waiters: (() => void)[] = [];
  private req: http.ClientRequest | null = null;

  constructor(private readonly base: string) {}

  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.req = http.get(`${this.base}/api/stream`, { headers: { accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) return reject(new Error(`/api/stream answered ${res.statusCode}`));
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (this.subscribed) this.bytesSinceSubscribe += Buffer.byteLength(chunk);
          const { frames, rest } = sseFrames(this.buffer + chunk);
          this.buffer = rest;
          for (const f of frames) {
            if (f.event === 'hello') {
              this.streamId = (JSON.parse(f.data) as { streamId: string }).streamId;
              resolve();
              continue;
            }
            this.onData(f.data);
          }
        });
        res.on('error', () => undefined);
      });
      this.req.on('error', reject);
    });
  }

  /** Notes every subscription whose messages carry a synced state (whatever the encoding of their rows). */
  private onData(data: string): void {
    let msgs: unknown;
    try {
      msgs = JSON.parse(data);
    } catch {
      return;
    }
    for (const m of Array.isArray(msgs) ? msgs : [msgs]) {
      const sub = (m as { sub?: unknown }).sub;
      const phase = (m as { state?: { phase?: unknown } }).state?.phase;
      const type = (m as { type?: unknown }).type;
      if (typeof sub === 'string' && !this.synced.has(sub) && (type === 'snapshot' || type === 'append' || type === 'upsert')) {
        // Decoded as the browser decodes them (lib/views/row-codec), so a stream the page could not read does not count.
        const n = type === 'upsert' ? 1 : messageRows(m as { items: KeyedRow[] } | { packed: PackedRows }).length;
        // A snapshot replaces what came before it.
        this.rows.set(sub, (type === 'snapshot' ? 0 : (this.rows.get(sub) ?? 0)) + n);
      }
      if (typeof sub === 'string' && phase === 'synced' && !this.synced.has(sub)) this.synced.set(sub, Date.now());
    }
    for (const w of this.waiters.splice(0)) w();
  }

  async subscribe(subId: string, spec: Record<string, unknown>): Promise<void> {
    this.subscribed = true;
    const origin = new URL(this.base).origin;
    // As the app's own client sends it: the request guard takes changes only from the dashboard's origin.
    const res = await fetch(`${this.base}/api/stream/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ streamId: this.streamId, subId, spec }) });
    if (!res.ok) throw new Error(`subscribe ${subId} answered ${res.status} ${await res.text()}`);
  }

  async waitSynced(subId: string, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (!this.synced.has(subId)) {
      if (Date.now() > deadline) throw new Error(`${subId} not synced within ${timeoutMs / 1000} s`);
      await Promise.race([new Promise<void>((r) => this.waiters.push(r)), sleep(500)]);
    }
    return this.synced.get(subId) ?? 0;
  }

  close(): void {
    this.req?.destroy();
  }
}

// ----------------------------------------------------------------- browser


interface PageMarks {
  firstRow: number | null;
  complete: number | null;
  firstRowText: string | null;
  completeText: string | null;
}

/**
 * Installed before any page script (as source text: tsx's name helpers do
 * not exist in the page): epoch ms of the first pod row and of the count
 * line reading "N of N pods", N the pod count the apiserver holds.
 */
const MARKS_SCRIPT = (expected: number) => `(() => {
  const expected = ${expected};
  const slack = ${countSlack(expected)};
  const now = () => performance.timeOrigin + performance.now();
  const marks = { firstRow: null, complete: null, firstRowText: null, completeText: null };
  window.__benchMarks = marks;
  const obs = new MutationObserver(() => {
    if (marks.firstRow === null && document.querySelector('[data-testid=pod-row]')) {
      marks.firstRow = now();
      // What the page said beside its first rows (a progress line while the rest loads).
      marks.firstRowText = document.querySelector('[data-testid=sync-progress], [data-testid=pod-count]')?.textContent ?? null;
    }
    if (marks.complete === null) {
      const m = /(\\d[\\d,]*) of (\\d[\\d,]*) pods/.exec(document.querySelector('[data-testid=pod-count]')?.textContent ?? '');
      const shown = m ? Number(m[1].replace(/,/g, '')) : -1;
      const total = m ? Number(m[2].replace(/,/g, '')) : -1;
      if (m && shown === total && Math.abs(total - expected) <= slack && document.querySelector('[data-testid=pod-row]')) {
        marks.complete = now();
        marks.completeText = m[0];
      }
    }
    if (marks.firstRow !== null && marks.complete !== null) obs.disconnect();
  });
  obs.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function openPodsPage(ctx: BrowserContext, url: string, timeoutMs: number): Promise<{ page: Page; firstRowMs: number | null; completeMs: number | null; firstRowText: string | null; completeText: string | null }> {
  const page = await ctx.newPage();
  const started = Date.now();
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
  await page.waitForFunction(() => (window as unknown as { __benchMarks?: PageMarks }).__benchMarks?.complete != null, undefined, { timeout: timeoutMs, polling: 50 });
  const marks = await page.evaluate(() => (window as unknown as { __benchMarks: PageMarks }).__benchMarks);
  return { page, firstRowText: marks.firstRowText, completeText: marks.completeText, firstRowMs: marks.firstRow === null ? null : Math.round(marks.firstRow - started), completeMs: marks.complete === null ? null : Math.round(marks.complete - started) };
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return round1(h.usedSize / MiB);
}

/** Frame times while scrolling the whole table in 120 steps (as bench/ui.ts). */
async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const el = document.querySelector('[data-testid=pods-table]')?.parentElement;
    if (!el) return [];
    const times: number[] = [];
    let last = performance.now();
    for (let i = 1; i <= 120; i++) {
      el.scrollTop = (el.scrollHeight * i) / 120;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times;
  });
}

/**
 * Watches a filtered Pods page: epoch ms when each pod (data-pod "ns/name")
 * first shows in the DOM, and, once `__benchTrackGone()` is called, when a pod
 * shown in the DOM stops being there (source text, as MARKS_SCRIPT). The
 * virtual table may reuse a row's element for another pod, so "gone" is the
 * pod's name missing from every row, not an element removed. A row also leaves
 * when it scrolls out of the window; the deletions take the top row, so while
 * they run the rows below only move up into the window.
 */
const NAME_MARKS_SCRIPT = `(() => {
  const now = () => performance.timeOrigin + performance.now();
  const seen = {};
  const gone = {};
  let shown = null;
  window.__benchSeen = seen;
  window.__benchGone = gone;
  const present = () => new Set(Array.from(document.querySelectorAll('[data-pod]'), (e) => e.getAttribute('data-pod')));
  window.__benchTrackGone = () => { shown = present(); };
  const note = (el, t) => {
    const p = el.getAttribute('data-pod');
    if (p && !(p in seen)) seen[p] = t;
  };
  new MutationObserver((muts) => {
    const t = now();
    for (const m of muts) {
      if (m.type === 'attributes' && m.target instanceof Element) note(m.target, t);
      for (const n of m.addedNodes) {
        if (!(n instanceof Element)) continue;
        note(n, t);
        for (const x of n.querySelectorAll('[data-pod]')) note(x, t);
      }
    }
    if (!shown) return;
    const now_ = present();
    for (const p of shown) if (!now_.has(p) && !(p in gone)) gone[p] = t;
    shown = now_;
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-pod'] });
})()`;

// ------------------------------------------------------------ event → DOM

/**
 * The bare client-node watch of the latency phase, in a worker thread of its
 * own: this process is busy sending the creations, and a watch on its event
 * loop would stamp arrivals late. Arrival times are taken in the worker
 * (Date.now(), the same clock).
 */
const WATCH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { KubeConfig, Watch } = await import(workerData.clientNode);
  const kc = new KubeConfig();
  kc.loadFromFile(workerData.kubeconfig);
  const seen = new Set();
  const deleted = new Set();
  const ctl = await new Watch(kc).watch(workerData.path, { labelSelector: workerData.labelSelector }, (type, obj) => {
    const name = obj && obj.metadata && obj.metadata.name;
    if (type === 'ADDED' && name && !seen.has(name)) {
      seen.add(name);
      parentPort.postMessage({ name, at: Date.now() });
    }
    if (type === 'DELETED' && name && !deleted.has(name)) {
      deleted.add(name);
      parentPort.postMessage({ name, at: Date.now(), deleted: true });
    }
  }, () => undefined);
  parentPort.on('message', () => ctl.abort());
  parentPort.postMessage({ ready: true });
})().catch((e) => parentPort.postMessage({ error: String(e && e.message || e) }));
`;

async function startWatchWorker(watchPath: string, labelSelector: string): Promise<{ seen: Map<string, number>; deleted: Map<string, number>; stop(): Promise<void> }> {
  const seen = new Map<string, number>();
  const deleted = new Map<string, number>();
  const worker = new Worker(WATCH_WORKER, { eval: true, workerData: { clientNode: pathToFileURL(require.resolve('@kubernetes/client-node')).href, kubeconfig, path: watchPath, labelSelector } });
  await new Promise<void>((resolve, reject) => {
    worker.on('message', (m: { ready?: boolean; error?: string; name?: string; at?: number; deleted?: boolean }) => {
      if (m.ready) resolve();
      else if (m.error) reject(new Error(`watch worker: ${m.error}`));
      else if (m.name && m.at) (m.deleted ? deleted : seen).set(m.name, m.at);
    });
    worker.once('error', reject);
  });
  return {
    seen,
    deleted,
    async stop() {
      worker.postMessage('stop');
      await sleep(100);
      await worker.terminate();
    },
  };
}

async function deleteLatencyPods(api: Api): Promise<void> {
  const sel = encodeURIComponent(`${LAT_LABEL}=lat`);
  const r = await api.request('DELETE', `/api/v1/namespaces/${LAT_NAMESPACE}/pods?labelSelector=${sel}&gracePeriodSeconds=0`);
  if (r.status >= 300) throw new Error(`delete latency pods: ${r.status} ${r.text.slice(0, 200)}`);
  for (let i = 0; i < 120; i++) {
    const left = JSON.parse((await api.request('GET', `/api/v1/namespaces/${LAT_NAMESPACE}/pods?labelSelector=${sel}&limit=1`)).text) as { items: unknown[] };
    if (left.items.length === 0) return;
    await sleep(500);
  }
  throw new Error('latency pods still there 60 s after their deletion');
}

async function eventToDom(api: Api, ctx: BrowserContext, base: string, run: number, nodes: string[], rate: number, seconds: number, expectedTotal: number) {
  const page = await ctx.newPage();
  let watcher: Awaited<ReturnType<typeof startWatchWorker>> | null = null;
  try {
    // The page shows the pods list filtered to the benchmark's own pods; wait for the whole list to be there.
    await page.goto(`${base}/${encodeURIComponent(api.context)}/pods?q=bench-lat`, { waitUntil: 'commit', timeout: 120_000 });
    await page.waitForFunction(
      (n) => {
        const m = /(\d[\d,]*) of (\d[\d,]*) pods/.exec(document.querySelector('[data-testid=pod-count]')?.textContent ?? '');
        return m !== null && Math.abs(Number((m[2] ?? '').replace(/,/g, '')) - n.expected) <= n.slack;
      },
      { expected: expectedTotal, slack: countSlack(expectedTotal) },
      { timeout: 120_000, polling: 100 },
    );
    await page.evaluate(NAME_MARKS_SCRIPT);
    watcher = await startWatchWorker(`/api/v1/namespaces/${LAT_NAMESPACE}/pods`, `${LAT_LABEL}=lat`);
    const watchSeen = watcher.seen;
    await sleep(500);
    const count = Math.round(rate * seconds);
    const sent = new Map<string, number>();
    const errors: string[] = [];
    const inflight: Promise<void>[] = [];
    const start = Date.now();
    for (let i = 0; i < count; i++) {
      const due = start + (i * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      // Each new pod sorts first (names count down), so it lands in the rows the virtual table renders.
      const name = `bench-lat-${run}-${String(99999 - i).padStart(5, '0')}`;
      const body = {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name, labels: { [LAT_LABEL]: 'lat' } },
        // Bound to a KWOK node directly: the scheduler plays no part in the latency.
        spec: { nodeName: nodes[i % nodes.length], terminationGracePeriodSeconds: 0, containers: [{ name: 'app', image: 'registry.k8s.io/pause:3.10' }] },
      };
      sent.set(name, Date.now());
      inflight.push(
        api.request('POST', `/api/v1/namespaces/${LAT_NAMESPACE}/pods`, body).then((r) => {
          if (r.status >= 300) errors.push(`${r.status} ${r.text.slice(0, 120)}`);
        }),
      );
    }
    await Promise.all(inflight);
    const achievedRate = round1(count / ((Date.now() - start) / 1000));
    const deadline = Date.now() + 30_000;
    let domSeen: Record<string, number> = {};
    for (;;) {
      domSeen = await page.evaluate(() => (window as unknown as { __benchSeen: Record<string, number> }).__benchSeen);
      const inDom = [...sent.keys()].filter((n) => `${LAT_NAMESPACE}/${n}` in domSeen).length;
      if ((inDom === count && watchSeen.size === count) || Date.now() > deadline) break;
      await sleep(250);
    }
    const { page: dom, watch: raw } = delaysAfter(sent, domSeen, watchSeen, LAT_NAMESPACE);
    if (errors.length) notes.push(`run ${run}: ${errors.length} pod creations failed, e.g. ${errors[0]}`);
    const missed = [...sent.keys()].filter((n) => !(`${LAT_NAMESPACE}/${n}` in domSeen));
    const countLine = await page.locator('[data-testid=pod-count]').textContent({ timeout: 2000 }).catch(() => null);
    if (missed.length) notes.push(`run ${run}: ${missed.length} of ${count} latency pods never showed in the page within 30 s (${missed.slice(0, 5).join(', ')}); its count line then: ${String(countLine)}`);
    const r = (v: number | null) => (v === null ? null : Math.round(v));
    if (dom.length === 0 || raw.length === 0) throw new Error(`no latency pod arrived (page ${dom.length}, watch ${raw.length} of ${count})`);

    // Then the same pods deleted at the same rate, newest first: each is the
    // table's top row, so its row leaving the DOM is the deletion reaching the page.
    const removed = new Map<string, number>();
    const delErrors: string[] = [];
    const delInflight: Promise<void>[] = [];
    const order = [...sent.keys()].filter((n) => `${LAT_NAMESPACE}/${n}` in domSeen).reverse();
    // Rows pushed out of the virtual window while the creations came in left the DOM too: only what leaves from now counts.
    await page.evaluate(() => (window as unknown as { __benchTrackGone: () => void }).__benchTrackGone());
    const delStart = Date.now();
    for (const [i, name] of order.entries()) {
      const due = delStart + (i * 1000) / rate;
      if (due > Date.now()) await sleep(due - Date.now());
      removed.set(name, Date.now());
      delInflight.push(
        api.request('DELETE', `/api/v1/namespaces/${LAT_NAMESPACE}/pods/${name}?gracePeriodSeconds=0`).then((res) => {
          if (res.status >= 300) delErrors.push(`${res.status} ${res.text.slice(0, 120)}`);
        }),
      );
    }
    await Promise.all(delInflight);
    const delDeadline = Date.now() + 30_000;
    let domGone: Record<string, number> = {};
    for (;;) {
      domGone = await page.evaluate(() => (window as unknown as { __benchGone: Record<string, number> }).__benchGone);
      const goneCount = order.filter((n) => `${LAT_NAMESPACE}/${n}` in domGone).length;
      if ((goneCount === order.length && watcher.deleted.size >= order.length) || Date.now() > delDeadline) break;
      await sleep(250);
    }
    const { page: domDel, watch: rawDel } = delaysAfter(removed, domGone, watcher.deleted, LAT_NAMESPACE);
    if (delErrors.length) notes.push(`run ${run}: ${delErrors.length} pod deletions failed, e.g. ${delErrors[0]}`);
    if (domDel.length < order.length) notes.push(`run ${run}: ${order.length - domDel.length} of ${order.length} deleted latency pods never left the page within 30 s`);
    if (domDel.length === 0 || rawDel.length === 0) throw new Error(`no deletion arrived (page ${domDel.length}, watch ${rawDel.length} of ${order.length})`);
    // The figures are over every write, creations and deletions alike.
    const allDom = [...dom, ...domDel];
    const allRaw = [...raw, ...rawDel];
    return {
      created: count,
      achievedRate,
      inDom: dom.length,
      inWatch: raw.length,
      deleted: order.length,
      goneFromDom: domDel.length,
      deletedInWatch: rawDel.length,
      domP50: r(percentile(allDom, 0.5)),
      domP95: r(percentile(allDom, 0.95)),
      rawP50: r(percentile(allRaw, 0.5)),
      rawP95: r(percentile(allRaw, 0.95)),
      creations: { domP50: r(percentile(dom, 0.5)), domP95: r(percentile(dom, 0.95)), rawP50: r(percentile(raw, 0.5)), rawP95: r(percentile(raw, 0.95)) },
      deletions: { domP50: r(percentile(domDel, 0.5)), domP95: r(percentile(domDel, 0.95)), rawP50: r(percentile(rawDel, 0.5)), rawP95: r(percentile(rawDel, 0.95)) },
    };
  } finally {
    await watcher?.stop();
    await page.close().catch(() => undefined);
  }
}

// -------------------------------------------------------------------- run

interface RunContext {
  api: Api;
  browser: Browser;
  appDir: string;
  distDir: string;
  port: number;
  history: boolean;
  expected: number;
  samplePods: { namespace: string; name: string }[];
  scaleNodes: string[];
  latencyRate: number;
  latencySeconds: number;
  serverLog: string;
}

async function oneRun(run: number, c: RunContext): Promise<RunFigures & { details: Record<string, unknown> }> {
  const f: RunFigures = {};
  const details: Record<string, unknown> = {};
  const k = await stage(`run ${run}: kubectl get pods -A`, () => attempt('kubectl', timeKubectl));
  f.kubectlMs = k ? Math.round(k.ms) : null;
  details.kubectlRows = k?.rows ?? null;
  // Only the count is kept: the run's browser and server measurements should not share the machine with 30,000 parsed pods.
  const list = await stage(`run ${run}: bare paginated list`, () => attempt('bare list', async () => listAllPods(c.api).then((l) => ({ ms: l.ms, count: l.pods.length }))));
  f.bareListMs = list ? Math.round(list.ms) : null;
  details.bareListPods = list?.count ?? null;
  // The pages are timed to "N of N" with N what the apiserver holds now.
  const expected = list?.count ?? c.expected;
  if (expected !== c.expected) notes.push(`run ${run}: the cluster held ${expected} pods, ${c.expected} at the start`);
  const w = await stage(`run ${run}: bare watch, every pod`, () => attempt('bare watch', () => timeWatchAll(c.api, expected)));
  f.bareWatchAllMs = w ? Math.round(w.ms) : null;

  const server = await stage(`run ${run}: start the server`, () => startServer(c.appDir, c.distDir, c.port, c.history, c.serverLog));
  f.serverStartMs = Math.round(server.startMs);
  const ctx = await c.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await ctx.addInitScript({ content: MARKS_SCRIPT(expected) });
  const podsUrl = `${server.base}/${encodeURIComponent(c.api.context)}/pods`;
  const timeout = 120_000 + expected * 10;
  try {
    const cold = await stage(`run ${run}: cold Pods page`, () => attempt('cold Pods page', () => openPodsPage(ctx, podsUrl, timeout)));
    f.coldFirstRowMs = cold?.firstRowMs ?? null;
    f.coldCompleteMs = cold?.completeMs ?? null;
    details.coldCountLineAtFirstRow = cold?.firstRowText ?? null;
    details.coldCountLineAtComplete = cold?.completeText ?? null;
    const warmBefore = serverTimes(server.pid);
    const warm = await stage(`run ${run}: warm Pods page (second tab)`, () => attempt('warm Pods page', () => openPodsPage(ctx, podsUrl, timeout)));
    f.warmCompleteMs = warm?.completeMs ?? null;
    if (warm) {
      const t = timesBetween(warmBefore, serverTimes(server.pid));
      f.warmCompleteServerCpuMs = t.cpuMs;
      f.warmCompleteServerWaitMs = t.waitMs;
    }
    details.warmFirstRowMs = warm?.firstRowMs ?? null;
    await warm?.page.close();

    const probe = new StreamProbe(server.base);
    await stage(`run ${run}: SSE bytes per row`, () =>
      attempt('SSE bytes', async () => {
        await probe.open();
        const subAt = Date.now();
        await probe.subscribe('pods', { view: 'pods' });
        const syncedAt = await probe.waitSynced('pods', timeout);
        // Frames sent right behind the synced one (the rest of its flush) count too.
        await sleep(200);
        f.sseBytesPerRow = round1(probe.bytesSinceSubscribe / expected);
        f.sseSnapshotMs = syncedAt - subAt;
        details.sseBytes = probe.bytesSinceSubscribe;
        details.sseRows = probe.rows.get('pods') ?? 0;
        if (details.sseRows !== expected) notes.push(`run ${run}: the pods stream delivered ${String(details.sseRows)} rows until synced, the cluster holds ${expected}`);
      }),
    );

    await stage(`run ${run}: server RSS with pods, events and nodes synced`, () =>
      attempt('server RSS', async () => {
        const pod = c.samplePods[0];
        if (!pod) throw new Error('no scale pod to open');
        const extra = [await ctx.newPage(), await ctx.newPage()];
        await Promise.all([
          extra[0]?.goto(`${server.base}/${encodeURIComponent(c.api.context)}/nodes`, { waitUntil: 'load', timeout }),
          extra[1]?.goto(`${server.base}/${encodeURIComponent(c.api.context)}/pods/${pod.namespace}/${pod.name}`, { waitUntil: 'load', timeout }),
        ]);
        await probe.subscribe('nodes', { view: 'nodes' });
        await probe.subscribe('pod', { view: 'pod', namespace: pod.namespace, name: pod.name });
        await probe.waitSynced('nodes', timeout);
        await probe.waitSynced('pod', timeout);
        await sleep(1000);
        f.serverRssMB = rssMB(server.pid);
        for (const p of extra) await p?.close();
      }),
    );
    probe.close();

    if (cold) {
      await stage(`run ${run}: browser heap`, () => attempt('browser heap', async () => (f.browserHeapMB = await heapMB(cold.page))));
      await stage(`run ${run}: scroll frames`, () =>
        attempt('scroll frames', async () => {
          const frames = await scrollFrames(cold.page);
          if (frames.length === 0) throw new Error('no scrollable pods table');
          f.scrollFrameP50Ms = round1(percentile(frames, 0.5) ?? 0);
          f.scrollFrameP95Ms = round1(percentile(frames, 0.95) ?? 0);
        }),
      );
      await cold.page.close();
    }

    await stage(`run ${run}: pod detail HTML, warm`, () =>
      attempt('pod detail', async () => {
        const times: number[] = [];
        const cpu: number[] = [];
        const wait: number[] = [];
        let last: ThreadTimes = serverTimes(server.pid);
        const get = async (p: { namespace: string; name: string }) => {
          last = serverTimes(server.pid);
          const started = performance.now();
          const res = await fetch(`${server.base}/${encodeURIComponent(c.api.context)}/pods/${p.namespace}/${p.name}`, { headers: { 'accept-language': 'en-US' } });
          await res.text();
          if (!res.ok) throw new Error(`pod page ${p.namespace}/${p.name} answered ${res.status}`);
          return performance.now() - started;
        };
        for (const [i, p] of c.samplePods.entries()) {
          // Each sample sits in another namespace: the first visit opens that
          // namespace's caches (a cold read); the second is the warm figure.
          await get(p);
          const warm = await get(p);
          // What the server itself spent on the request, and how long it only waited for a core (the machine's load).
          const t = timesBetween(last, serverTimes(server.pid));
          // The first pod also warms the page's server code.
          if (i > 0) {
            times.push(warm);
            cpu.push(t.cpuMs);
            wait.push(t.waitMs);
          }
        }
        details.podDetailSamplesMs = times.map(Math.round);
        details.podDetailServerCpuSamplesMs = cpu;
        details.podDetailServerWaitSamplesMs = wait;
        f.podDetailWarmMs = round1(percentile(times, 0.5) ?? 0);
        f.podDetailServerCpuMs = round1(percentile(cpu, 0.5) ?? 0);
        f.podDetailServerWaitMs = round1(percentile(wait, 0.5) ?? 0);
      }),
    );

    await stage(`run ${run}: event → DOM at ${c.latencyRate}/s for ${c.latencySeconds} s`, () =>
      attempt('event → DOM', async () => {
        try {
          const l = await eventToDom(c.api, ctx, server.base, run, c.scaleNodes, c.latencyRate, c.latencySeconds, expected);
          f.eventToDomP50Ms = l.domP50;
          f.eventToDomP95Ms = l.domP95;
          f.rawWatchP50Ms = l.rawP50;
          f.rawWatchP95Ms = l.rawP95;
          details.latency = l;
        } finally {
          await deleteLatencyPods(c.api);
        }
      }),
    );
  } finally {
    await ctx.close().catch(() => undefined);
    await server.stop();
  }
  return { ...f, details };
}

/** The app checkout's commit (with '+changes' when its tree differs), or null for a folder that is not a git checkout (e.g. a `git archive` snapshot). */
function gitCommit(dir: string): string | null {
  const head = spawnSync('git', ['-C', dir, 'rev-parse', '--show-toplevel', 'HEAD'], { encoding: 'utf8' });
  const [top, commit] = head.stdout.trim().split('\n');
  if (head.status !== 0 || !commit || path.resolve(top ?? '') !== path.resolve(dir)) return null;
  const dirty = spawnSync('git', ['-C', dir, 'status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).stdout.trim() !== '';
  return `${commit.slice(0, 12)}${dirty ? '+changes' : ''}`;
}

async function main(): Promise<void> {
  const args = parseScaleArgs(process.argv.slice(2));
  // The smoke run (npm test) must end: after 10 minutes it cleans up and fails as a run that could not measure.
  if (args.smoke) {
    setTimeout(() => {
      process.stderr.write('scale bench: the smoke run took over 10 minutes; stopping it\n');
      void cleanUp().then(() => process.exit(2));
    }, 10 * 60_000).unref();
  }
  const appDir = path.resolve(args.appDir ?? root);
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const loadBefore = os.loadavg().map(round1);
  const date = new Date().toISOString();
  say(`${args.pods} pods on ${args.nodes} nodes, ${args.runs} run(s)${args.smoke ? ' (smoke)' : ''}; sandbox ${path.relative(root, stateDir) || stateDir}; app ${appDir} (${distDir})`);

  if (!existsSync(standalonePaths(appDir, distDir).server)) {
    await stage('next build (no production build yet)', async () => {
      const r = spawnSync(process.execPath, [path.join(appDir, 'node_modules/next/dist/bin/next'), 'build'], { cwd: appDir, stdio: 'inherit', env: { ...process.env, NEXT_DIST_DIR: distDir } });
      if (r.status !== 0) throw new Error('next build failed');
    });
  }
  prepareStandalone(appDir, distDir);

  if (!args.keep) cleanups.push(() => stage('stop the scale sandbox', async () => void sandboxCli(['down'])));
  await stage(`sandbox at ${args.pods} pods`, () => ensureSandbox(args.pods, args.nodes));
  const api = await openApi();
  cleanups.push(() => api.close());
  await deleteLatencyPods(api);
  await stage('hold the pod count still', () => holdPodCountStill(api));
  const size = await sandboxSize(api);
  say(`the cluster holds ${size.pods} pods and ${size.nodes} nodes`);

  const port = await pickPort(args.port, new Set(), (p) => say(`port ${p} is taken; trying the next one`));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  cleanups.push(() => browser.close());
  const serverLog = path.join(os.tmpdir(), `kube-explain-bench-scale-${args.pods}.server.log`);
  writeFileSync(serverLog, '');
  say(`server log: ${serverLog}`);

  const runs: RunFigures[] = [];
  const details: Record<string, unknown>[] = [];
  for (let r = 1; r <= args.runs; r++) {
    const { details: d, ...f } = await oneRun(r, { api, browser, appDir, distDir, port, history: args.history, expected: size.pods, samplePods: size.samplePods, scaleNodes: size.scaleNodes.length ? size.scaleNodes : ['sandbox-worker'], latencyRate: args.latencyRate, latencySeconds: args.latencySeconds, serverLog });
    runs.push(f);
    details.push(d);
  }

  const figures = summarize(runs);
  const result: ScaleResult = {
    date,
    scale: { podsRequested: args.pods, podsTotal: size.pods, nodes: size.nodes },
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', memoryMB: Math.round(os.totalmem() / MiB), node: process.version, loadavgBefore: loadBefore, loadavgAfter: os.loadavg().map(round1) },
    config: { runs: args.runs, smoke: args.smoke, appCommit: gitCommit(appDir), history: args.history ? 'on' : 'off', warmStart: process.env.WARM_START === 'off' ? 'off (WARM_START=off)' : 'on (default)', appDir, distDir, port, serverLog, latencyRate: args.latencyRate, latencySeconds: args.latencySeconds, sandboxStateDir: stateDir, kubernetes: JSON.parse(readFileSync(path.join(root, 'sandbox/versions.json'), 'utf8')) as unknown },
    stages,
    figures,
    targets: evaluateTargets(figures, undefined, runs),
    missing: missingFigures(figures),
    runDetails: details,
    notes,
  };
  const dir = args.smoke ? path.join(os.tmpdir(), 'kube-explain-bench') : path.join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `scale-${args.pods}${args.smoke ? '-smoke' : ''}.json`);
  writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
  await cleanUp();

  process.stdout.write(`\n${readmeRows(result)}\n\nwrote ${file}\n`);
  if (result.missing.length) {
    process.stderr.write(`scale bench: not measured: ${result.missing.join(', ')}\n${notes.map((n) => `  ${n}`).join('\n')}\n`);
    process.exit(1);
  }
  process.exit(0);
}

void main().catch(async (err: unknown) => {
  process.stderr.write(`scale bench failed: ${(err as Error).stack ?? String(err)}\n`);
  await cleanUp();
  process.exit(2);
});
