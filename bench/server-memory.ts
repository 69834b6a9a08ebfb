/**
 * The production server's memory with the pods, events and nodes caches
 * synced, as stage (f) of bench/scale.ts opens them, without the browser:
 *
 *   NEXT_DIST_DIR=.next-rss KUBECONFIG=.sandbox-scale/kubeconfig \
 *     npx tsx bench/server-memory.ts --port 3300 --namespace scale-0
 *
 * Starts the standalone server.js of NEXT_DIST_DIR (built beforehand) with
 * the inspector on, HISTORY=off and warm start as configured, subscribes one
 * stream to the pods view (cluster-wide), the nodes view and the pod view of
 * the namespace's first pod, waits until all three are synced, waits 1 s and
 * reads VmRSS — the bench's figure — then forces a full GC through the
 * inspector and reads process.memoryUsage() and VmRSS again (the live set).
 * Stage (f) runs after the Pods page was opened twice in Chromium, so its
 * figure also holds what those renders left; this one isolates the caches.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Inspector, inspectorUrl } from './inspector';
import { sseFrames } from './load-figures';
import { standalonePaths } from '../scripts/standalone';

const root = path.resolve(__dirname, '..');
const MiB = 1024 * 1024;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const vmRssMB = (pid: number) => Math.round(Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 102.4) / 10;

async function main(): Promise<void> {
  const port = Number(arg('port', '3300'));
  const namespace = arg('namespace', 'scale-0');
  const distDir = process.env.NEXT_DIST_DIR ?? '.next';
  const { server: serverJs } = standalonePaths(root, distDir);
  const env = { ...process.env, HOSTNAME: '127.0.0.1', HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production', HISTORY: 'off' } as NodeJS.ProcessEnv;
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', serverJs], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  try {
    let inspector: Inspector | null = null;
    for (const deadline = Date.now() + 60_000; !inspector; await sleep(200)) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start: ${stderr}`);
      const url = inspectorUrl(stderr);
      const ok = await fetch(`${base}/api/healthz`).then((r) => r.ok, () => false);
      if (url && ok) inspector = await Inspector.open(url);
    }
    const pid = child.pid ?? 0;
    const rssAtStart = vmRssMB(pid);

    const pods = (await fetchJsonText(`kubectl get pods -n ${namespace} -o name`)).split('\n').filter(Boolean);
    const podName = pods[0]?.replace(/^pod\//, '');
    if (!podName) throw new Error(`no pod in ${namespace}`);

    const synced = new Set<string>();
    let streamId = '';
    const started = Date.now();
    const req = http.get(`${base}/api/stream`, { headers: { accept: 'text/event-stream' } }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const { frames, rest } = sseFrames(buffer + chunk);
        buffer = rest;
        for (const f of frames) {
          if (f.event === 'hello') streamId = (JSON.parse(f.data) as { streamId: string }).streamId;
          else if (f.data.includes('"synced"')) {
            const msgs = JSON.parse(f.data) as unknown;
            for (const m of (Array.isArray(msgs) ? msgs : [msgs]) as { sub?: string; state?: { phase?: string } }[]) if (m.sub && m.state?.phase === 'synced') synced.add(m.sub);
          }
        }
      });
      res.on('error', () => undefined);
    });
    req.on('error', () => undefined);
    while (!streamId) {
      if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
      await sleep(20);
    }
    const subscribe = async (subId: string, spec: Record<string, unknown>) => {
      const r = await fetch(`${base}/api/stream/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ streamId, subId, spec }) });
      if (!r.ok) throw new Error(`subscribe ${subId}: ${r.status} ${await r.text()}`);
    };
    await subscribe('pods', { view: 'pods' });
    await subscribe('nodes', { view: 'nodes' });
    await subscribe('pod', { view: 'pod', namespace, name: podName });
    while (!(synced.has('pods') && synced.has('nodes') && synced.has('pod'))) {
      if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
      if (Date.now() - started > 300_000) throw new Error(`not synced in 300 s: ${[...synced].join(', ')}`);
      await sleep(100);
    }
    const syncMs = Date.now() - started;
    await sleep(1000);
    const rssLikeBench = vmRssMB(pid);
    await inspector.call('HeapProfiler.collectGarbage');
    await inspector.call('HeapProfiler.collectGarbage');
    const r = (await inspector.call('Runtime.evaluate', { expression: 'JSON.stringify(process.memoryUsage())', returnByValue: true })) as { result: { value: string } };
    const m = JSON.parse(r.result.value) as Record<string, number>;
    const mb = (n: number | undefined) => Math.round(((n ?? 0) / MiB) * 10) / 10;
    const figures = { distDir, pod: `${namespace}/${podName}`, syncMs, rssAtStartMB: rssAtStart, rssLikeBenchMB: rssLikeBench, afterGc: { rssMB: mb(m.rss), heapUsedMB: mb(m.heapUsed), heapTotalMB: mb(m.heapTotal), externalMB: mb(m.external), arrayBuffersMB: mb(m.arrayBuffers) } };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    req.destroy();
    inspector.close();
  } finally {
    child.kill('SIGTERM');
  }
}

/** kubectl's output (KUBECONFIG from the environment). */
function fetchJsonText(command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const [cmd, ...args] = command.split(' ');
    const p = spawn(cmd ?? 'kubectl', args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited ${code}`))));
  });
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
