/**
 * Where the warm Pods table's time goes, stage by stage, with no cluster:
 * a second tab opening /<context>/pods (all namespaces) on a server whose
 * pods cache is synced. 30,000 pods are cloned from the captured sandbox pods
 * (lib/testing/captured/sandbox/pods.json) the way the 30k sandbox holds
 * them: 30 namespaces `scale-<i>`, Deployment-style names, 1,000 nodes, real
 * UUIDs, creation times over three hours, in the apiserver's list order
 * (etcd key order, `namespace/name` byte-wise) — the order the cache hands a
 * new subscriber its snapshot in.
 *
 *   npx tsx --conditions=react-server bench/warm-table.ts [--pods 30000] [--runs 7]
 *   git archive <commit> lib components tsconfig.json | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
 *   npx tsx --conditions=react-server bench/warm-table.ts --base /tmp/base
 *
 * With `--base`, that checkout's code is timed too, taking turns with this
 * one's on the same pods, and printed as `before` (this one as `after`).
 *
 * Stages (median and min of `runs`, ms; the projection memo is warm, as for
 * a second tab):
 *   hub      the stream hub's whole answer to a new subscription of a synced
 *            cache: subscribe → the SSE text of its first frame (project,
 *            encode, JSON.stringify), through the real TabStream
 *   project  the snapshot's rows (podRowOf on a warm memo)
 *   encode   encodeRows
 *   stringify JSON.stringify of the frame
 *   parse    JSON.parse of the frame (the browser's EventSource handler)
 *   decode   decodeRows
 *   apply    applyListMessages on live rows holding the first paint's 100
 *            rows: decode, keep unchanged objects, order (what use-live does)
 *   view     what PodsView does per row before rendering: the items copy,
 *            filterPods, statusCounts
 * and the frame's bytes. It is a benchmark, not a test: nothing asserts a time.
 */
import { randomUUID } from 'node:crypto';
import type { V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../lib/testing/fixtures';
import path from 'node:path';
import type { CacheListener, KubeObject } from '../lib/k8s/watch-cache';
import type * as Subscriptions from '../lib/k8s/subscriptions';
import type * as StreamHub from '../lib/k8s/stream-hub';
import type * as RowCodec from '../lib/views/row-codec';
import type * as LiveState from '../components/live/live-state';
import type * as PodFilter from '../lib/views/pod-filter';
import type { PodRow } from '../lib/views/pod-row';
import type { StreamMessage, StreamState } from '../lib/contract';

/** The code timed, from one checkout. */
type Impl = typeof Subscriptions & typeof StreamHub & typeof RowCodec & typeof LiveState & typeof PodFilter;

/** Loads the timed modules from the checkout at `root` (this one, or `--base` for the code before a change). */
async function load(root: string): Promise<Impl> {
  const files = ['lib/k8s/subscriptions.ts', 'lib/k8s/stream-hub.ts', 'lib/views/row-codec.ts', 'components/live/live-state.ts', 'lib/views/pod-filter.ts'];
  const modules = (await Promise.all(files.map((f) => import(path.join(root, f))))) as object[];
  return Object.assign({}, ...modules) as Impl;
}

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
};
const PODS = Number(arg('pods', '30000'));
const RUNS = Number(arg('runs', '7'));
/** Another checkout (e.g. `git archive <commit> lib components tsconfig.json | tar -x -C /tmp/base`, node_modules linked): timed taking turns with this one. */
const BASE = arg('base', '');
const NAMESPACES = 30;
const NODES = 1000;
const NOW = new Date('2026-12-03T23:00:00Z');

/** A small seeded generator, so every run builds the same world. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHA = 'bcdfghjklmnpqrstvwxz2456789';

/** The world: the captured sandbox pods as they are, then clones of its running web pod (and a few failing ones) to `size`. */
export function makePods(size = PODS): V1Pod[] {
  const captured = loadFixture<V1Pod[]>('sandbox/pods.json');
  const web = captured.find((p) => p.metadata?.name?.startsWith('web-')) as V1Pod;
  const failing = captured.filter((p) => p.metadata?.namespace === 'explain-demo' && !p.metadata.name?.startsWith('web-'));
  const rand = rng(13);
  const pick = (n: number) => Math.floor(rand() * n);
  const suffix = () => Array.from({ length: 5 }, () => ALPHA.charAt(pick(ALPHA.length))).join('');
  const pods: V1Pod[] = [...captured];
  for (let k = pods.length; k < size; k++) {
    // One pod in a thousand is one of the failing captures (the sandbox has a handful), the rest are running replicas.
    const template = k % 1000 === 7 ? (failing[k % failing.length] as V1Pod) : web;
    const p = structuredClone(template);
    const ns = `scale-${k % NAMESPACES}`;
    const deploy = `load-${Math.floor(k / NAMESPACES) % 40}`;
    p.metadata = {
      ...p.metadata,
      name: `${deploy}-57c646fb79-${suffix()}`,
      namespace: ns,
      uid: randomUUID(),
      creationTimestamp: new Date(NOW.getTime() - pick(3 * 3600) * 1000) as unknown as Date,
      ownerReferences: p.metadata?.ownerReferences?.map((r) => ({ ...r, uid: randomUUID() })),
    };
    if (p.spec?.nodeName) p.spec.nodeName = `sandbox-scale-${pick(NODES)}`;
    if (p.status) p.status.podIP = `10.${244 + pick(4)}.${pick(256)}.${pick(256)}`;
    pods.push(p);
  }
  // The apiserver lists in etcd key order: /registry/pods/<namespace>/<name>.
  const key = (p: V1Pod) => `${p.metadata?.namespace}/${p.metadata?.name}`;
  return pods.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

const SYNCED: StreamState = { phase: 'synced', lastEventAt: null, lastSyncedAt: '2026-12-03T22:00:00Z' } as StreamState;

/** The hub's answer to one new tab: a stream over a cache that is synced, read up to its first data frame. */
export async function hubFirstFrame({ openStream }: Impl, pods: V1Pod[]): Promise<string> {
  const ac = new AbortController();
  const subscribe = (<T extends KubeObject>(_key: unknown, listener: CacheListener<T>) => {
    listener({ type: 'snapshot', items: pods as unknown as T[], state: { phase: 'synced', count: pods.length, lastEventAt: null, lastSyncedAt: '2026-12-03T22:00:00Z' } as never });
    return () => {};
  }) as never;
  const stream = openStream(ac.signal, { subscribe }, { subs: [{ subId: 'context=scale;view=pods', spec: { view: 'pods', context: 'scale' } as never }], rejected: [] });
  const reader = stream.getReader();
  // The hello frame, then the first data frame (one chunk: the hub enqueues each frame whole).
  await reader.read();
  const { value } = await reader.read();
  ac.abort();
  await reader.cancel().catch(() => {});
  const text = new TextDecoder().decode(value);
  return text.slice(text.indexOf('data: [') + 6).trimEnd();
}

function stats(xs: number[]): { median: number; min: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: Math.round((s[Math.floor(s.length / 2)] as number) * 10) / 10, min: Math.round((s[0] as number) * 10) / 10 };
}

/** Figures of one checkout, filled run by run. */
class Figures {
  readonly times: Record<string, number[]> = { hub: [], project: [], encode: [], stringify: [], parse: [], decode: [], apply: [], view: [], 'client total': [] };
  bytes = 0;
  constructor(readonly impl: Impl) {}

  /** One second tab, stage by stage; `record` false for the warm-up. */
  async run(pods: V1Pod[], firstPaint: PodRow[], record: boolean): Promise<void> {
    const { podRowOf, encodeRows, decodeRows, createLiveRows, applyListMessages, filterPods, statusCounts } = this.impl;
    const hub = await timeAsync(() => hubFirstFrame(this.impl, pods));
    const project = time(() => pods.map((p) => podRowOf(p as KubeObject, new Date())));
    const encode = time(() => encodeRows(project.value));
    const frame: StreamMessage[] = [{ sub: 'context=scale;view=pods', type: 'snapshot', packed: encode.value, state: SYNCED }];
    const stringify = time(() => JSON.stringify(frame));
    const wire = hub.value;
    this.bytes = Buffer.byteLength(wire);
    const parse = time(() => JSON.parse(wire) as StreamMessage[]);
    const msg = parse.value[0] as Extract<StreamMessage, { type: 'snapshot' }>;
    const decode = time(() => decodeRows<PodRow>('packed' in msg ? msg.packed : { fields: [], dicts: {}, rows: [] }));
    const live = createLiveRows<PodRow>(firstPaint);
    const msgs = JSON.parse(wire) as StreamMessage[];
    // What use-live does with the frame: decode, keep unchanged rows' objects, order.
    const apply = time(() => applyListMessages(live, null, msgs));
    const view = time(() => {
      const items = live.order.slice();
      return [filterPods(items, { text: '', status: '' }).length, statusCounts(items).length];
    });
    if (live.order.length !== pods.length) throw new Error(`applied ${live.order.length} rows, expected ${pods.length}`);
    if (!record) return;
    const t = this.times;
    t.hub!.push(hub.ms);
    t.project!.push(project.ms);
    t.encode!.push(encode.ms);
    t.stringify!.push(stringify.ms);
    t.parse!.push(parse.ms);
    t.decode!.push(decode.ms);
    t.apply!.push(apply.ms);
    t.view!.push(view.ms);
    t['client total']!.push(parse.ms + apply.ms + view.ms);
  }

  summary(): unknown {
    return { frameBytes: this.bytes, bytesPerRow: Math.round((this.bytes / PODS) * 10) / 10, ms: Object.fromEntries(Object.entries(this.times).map(([k, v]) => [k, stats(v)])) };
  }
}

async function main(): Promise<void> {
  const pods = makePods(PODS);
  const sides = [new Figures(await load(path.resolve(__dirname, '..')))];
  if (BASE) sides.unshift(new Figures(await load(path.resolve(BASE))));
  // Rows are projected at the time they are sent, like the hub's (its clock is the system's): restarted pods re-age between runs.
  const firstPaint = pods.slice(0, 100).map((p) => (sides[0] as Figures).impl.podRowOf(p as KubeObject, new Date()) as PodRow);
  // Warm each projection memo (a first tab did) and the JIT, then take turns: on a shared machine only interleaved figures compare.
  for (const side of sides) for (const p of pods) side.impl.podRowOf(p as KubeObject, new Date());
  for (let run = 0; run < RUNS + 1; run++) for (const side of sides) await side.run(pods, firstPaint, run > 0);
  const [before, after] = sides.length === 2 ? sides : [null, sides[0]];
  console.log(JSON.stringify({ pods: PODS, runs: RUNS, ...(before ? { before: before.summary() } : {}), after: after?.summary() }, null, 1));
}

if (process.argv[1]?.endsWith('warm-table.ts')) void main();
