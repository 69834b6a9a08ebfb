/**
 * Server memory of the shared caches (issue 13, "server RSS with the pods,
 * events and nodes caches synced ≤ 500 MB"), broken down per cache:
 *
 *   KUBECONFIG=.sandbox-scale/kubeconfig npx tsx --conditions=react-server bench/cache-memory.ts
 *   … bench/cache-memory.ts --scenarios pods,nodes   # only these
 *
 * Each scenario runs in its own child process (GC exposed, the
 * react-server condition, HISTORY=off) that opens the app's real caches
 * through subscribeResource — the same registry, sources and normalisers the
 * server uses — waits until every one is synced, forces a full GC twice and
 * reports process.memoryUsage() and the objects held. The "none" scenario is
 * the baseline (the same modules loaded, no cache), so a scenario's heap
 * minus the baseline's is what its caches retain. "bench" opens what stage
 * (f) of bench/scale.ts opens: the cluster-wide pods (Pods page), the nodes
 * view's caches and the pod detail's caches of the first scale pod's
 * namespace. RSS here has no Next.js server around it; it is the caches'
 * share, not the production figure.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ResourceName } from '../lib/k8s/resources';

const root = path.resolve(__dirname, '..');
const MiB = 1024 * 1024;

interface Open {
  resource: ResourceName;
  namespace?: string;
}

/** The first scale pod's namespace, as bench/scale.ts picks its sample pod. */
const podNs = process.env.CACHE_MEMORY_POD_NS ?? 'scale-0';

const SCENARIOS: Record<string, Open[]> = {
  none: [],
  pods: [{ resource: 'pods' }],
  nodes: [{ resource: 'nodes' }],
  events: [{ resource: 'events' }],
  'events-ns': [{ resource: 'events', namespace: podNs }],
  bench: [
    { resource: 'pods' },
    { resource: 'nodes' },
    { resource: 'leases', namespace: 'kube-node-lease' },
    { resource: 'pods', namespace: podNs },
    { resource: 'events', namespace: podNs },
    { resource: 'services', namespace: podNs },
    { resource: 'endpointslices', namespace: podNs },
    { resource: 'replicasets', namespace: podNs },
    { resource: 'jobs', namespace: podNs },
  ],
  all: [{ resource: 'pods' }, { resource: 'nodes' }, { resource: 'events' }],
};

interface Figures {
  scenario: string;
  objects: Record<string, number>;
  syncMs: number;
  rssMB: number;
  heapUsedMB: number;
  heapTotalMB: number;
  externalMB: number;
  arrayBuffersMB: number;
  /** Anonymous resident memory (heap, malloc), from /proc/self/status. */
  rssAnonMB: number;
  /** Bytes in use per V8 heap space with more than 1 MB. */
  spacesMB: Record<string, number>;
}

const mb = (n: number) => Math.round((n / MiB) * 10) / 10;

async function child(name: string): Promise<void> {
  // tsx runs this file in a node of its own, so the flag is set here, not on the command line.
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const { subscribeResource } = await import('../lib/k8s/live');
  const opens = SCENARIOS[name];
  if (!opens) throw new Error(`no scenario ${name}`);
  const started = performance.now();
  const counts: Record<string, number> = {};
  await Promise.all(
    opens.map(
      (o) =>
        new Promise<void>((resolve, reject) => {
          const label = o.namespace ? `${o.resource}/${o.namespace}` : o.resource;
          let n = 0;
          const timer = setTimeout(() => reject(new Error(`${label} not synced in 300 s`)), 300_000);
          subscribeResource(o, (e) => {
            if (e.type === 'snapshot') n = e.items.length;
            else if (e.type === 'page') n += e.items.length;
            else if (e.type === 'upsert') n += 0;
            const state = 'state' in e ? e.state : null;
            if (state?.phase === 'synced') {
              counts[label] = n;
              clearTimeout(timer);
              resolve();
            }
          });
        }),
    ),
  );
  const syncMs = Math.round(performance.now() - started);
  // Let the last pages' parse buffers and the watch connections settle, then collect everything.
  await new Promise((r) => setTimeout(r, 2000));
  gc();
  await new Promise((r) => setTimeout(r, 200));
  gc();
  const m = process.memoryUsage();
  const anon = /RssAnon:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  const spacesMB: Record<string, number> = {};
  for (const s of getHeapSpaceStatistics()) if (s.space_used_size > MiB) spacesMB[s.space_name] = mb(s.space_used_size);
  const figures: Figures = {
    scenario: name,
    objects: counts,
    syncMs,
    rssMB: mb(m.rss),
    heapUsedMB: mb(m.heapUsed),
    heapTotalMB: mb(m.heapTotal),
    externalMB: mb(m.external),
    arrayBuffersMB: mb(m.arrayBuffers),
    rssAnonMB: mb(Number(anon?.[1] ?? 0) * 1024),
    spacesMB,
  };
  process.stdout.write(`RESULT ${JSON.stringify(figures)}\n`);
  process.exit(0);
}

function parent(): void {
  const arg = process.argv.indexOf('--scenarios');
  const names = arg >= 0 ? (process.argv[arg + 1] ?? '').split(',') : ['none', 'nodes', 'events-ns', 'pods', 'events', 'bench', 'all'];
  const results: Figures[] = [];
  for (const name of names) {
    const r = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', __filename, '--child', name], {
      cwd: root,
      // CACHE_MEMORY_NODE_OPTIONS tries node/V8 flags (e.g. --max-semi-space-size=4) on the child only.
      env: { ...process.env, HISTORY: 'off', WARM_START: 'off', NODE_OPTIONS: process.env.CACHE_MEMORY_NODE_OPTIONS ?? '' },
      encoding: 'utf8',
      maxBuffer: 64 * MiB,
    });
    const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    if (!line) {
      process.stderr.write(`${name} failed:\n${r.stdout}\n${r.stderr}\n`);
      continue;
    }
    const f = JSON.parse(line.slice(7)) as Figures;
    results.push(f);
    const base = results.find((x) => x.scenario === 'none');
    const delta = base && name !== 'none' ? `  Δheap ${(f.heapUsedMB - base.heapUsedMB).toFixed(1)} MB  Δrss ${(f.rssMB - base.rssMB).toFixed(1)} MB` : '';
    process.stdout.write(
      `${name.padEnd(10)} rss ${f.rssMB} MB  heapUsed ${f.heapUsedMB} MB  heapTotal ${f.heapTotalMB} MB  external ${f.externalMB} MB  arrayBuffers ${f.arrayBuffersMB} MB  rssAnon ${f.rssAnonMB} MB  sync ${f.syncMs} ms${delta}  ${JSON.stringify(f.objects)} ${JSON.stringify(f.spacesMB)}\n`,
    );
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) {
  child(process.argv[at + 1] ?? '').catch((e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
} else parent();
