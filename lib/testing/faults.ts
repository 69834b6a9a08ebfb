import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CoreV1Api, KubeConfig, PatchStrategy, setHeaderOptions, type V1Pod } from '@kubernetes/client-node';
import { readClusterState } from '@/sandbox/lib/cluster';
import type { KeyedRow, StreamMessage, StreamState, SubscriptionSpec } from '@/lib/contract';
import { createWatchSource, type SourceOptions } from '@/lib/k8s/sources';
import { openStream, streamSubscribe, type StreamHubOptions } from '@/lib/k8s/stream-hub';
import { defaultNormalize, type CacheEvent, type CacheListener, type KubeObject, type WatchCache, type WatchSource } from '@/lib/k8s/watch-cache';
import { resolveSubscription, type SubscriptionDefinition } from '@/lib/k8s/subscriptions';
import { toPodRow } from '@/lib/views/pod-row';
import { messageRows } from '@/lib/views/row-codec';
import { RESOURCES, type ResourceName } from '@/lib/k8s/resources';
import { cacheKey, type CacheRegistry } from '@/lib/k8s/cache-registry';
import { liveCache, liveSource, type LiveCacheTiming, type LiveKey, type ResourceSubscriber } from '@/lib/k8s/live';
import { apiStatusOf, statusCodeOf } from '@/lib/k8s/errors';
import { objectKey } from '@/lib/explain/object-key';
import { createReadyNamespace } from './sandbox';

// Helpers for the fault tests (lib/k8s/faults/*.integration.test.ts): churn
// against the sandbox, the "nothing lost, nothing phantom" comparison, an
// in-process SSE client of the stream hub, and the figures file.

export const faultsFile = path.resolve(__dirname, '../../bench/results/faults.json');

/**
 * Merges one fault test's figures into bench/results/faults.json under
 * `tests[name]`, stamped with the date and the machine, keeping the other
 * tests' entries (each test file writes its own).
 */
export function recordFaultFigures(name: string, figures: Record<string, unknown>): void {
  let doc: { tests: Record<string, unknown> } = { tests: {} };
  try {
    doc = JSON.parse(readFileSync(faultsFile, 'utf8')) as typeof doc;
    doc.tests ??= {};
  } catch {
    // first run, or an unreadable file: start afresh
  }
  doc.tests[name] = {
    date: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${os.platform()} ${os.release()}` },
    ...figures,
  };
  mkdirSync(path.dirname(faultsFile), { recursive: true });
  const tmp = `${faultsFile}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(doc, null, 2)}\n`);
  renameSync(tmp, faultsFile);
}

/** Polls `probe` every `intervalMs` until it returns a value; returns it with the time it took. */
export async function waitUntil<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, intervalMs = 200): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined) return { value: v, ms: Date.now() - started };
    } catch (e) {
      last = e;
    }
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `; last error: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Every object of a fresh list, page by page, as the apiserver has it now. */
export async function listAll(kc: KubeConfig, resource: ResourceName, namespace?: string): Promise<KubeObject[]> {
  const source = createWatchSource(kc, resource, namespace ? { namespace } : {});
  const items: KubeObject[] = [];
  let token: string | undefined;
  do {
    const page = await source.listPage(token);
    items.push(...(page.items as KubeObject[]));
    token = page.continue;
  } while (token);
  return items;
}

/** Identity and version of one object or row. */
export interface Versioned {
  uid: string;
  resourceVersion: string;
}

export function versionOf(o: KubeObject): Versioned {
  return { uid: objectKey(o), resourceVersion: o.metadata?.resourceVersion ?? '' };
}

/** How a copy differs from the truth: objects it lacks, objects it has that are gone, objects at another version. */
export interface Divergence {
  missing: string[];
  phantom: string[];
  stale: string[];
}

/**
 * Compares a copy (a cache, a browser's table) with the truth (a fresh
 * list) by uid and resourceVersion.
 * @example diverge([{ uid: 'a', resourceVersion: '2' }], [{ uid: 'a', resourceVersion: '1' }]) // { missing: [], phantom: [], stale: ['a'] }
 */
export function diverge(truth: Versioned[], copy: Versioned[]): Divergence {
  const want = new Map(truth.map((v) => [v.uid, v.resourceVersion]));
  const have = new Map(copy.map((v) => [v.uid, v.resourceVersion]));
  return {
    missing: [...want.keys()].filter((k) => !have.has(k)),
    phantom: [...have.keys()].filter((k) => !want.has(k)),
    stale: [...want].filter(([k, rv]) => have.has(k) && have.get(k) !== rv).map(([k]) => k),
  };
}

export const inSync = (d: Divergence): boolean => d.missing.length + d.phantom.length + d.stale.length === 0;

export const counts = (d: Divergence) => ({ missing: d.missing.length, phantom: d.phantom.length, stale: d.stale.length });

/** Churn statistics: operations the apiserver accepted and the ones that failed (e.g. while it was down). */
export interface ChurnStats {
  creates: number;
  updates: number;
  deletes: number;
  failed: number;
  /** From start() to stop(). */
  durationMs: number;
  /** Operations the apiserver accepted, per second of the run. */
  acceptedPerSecond: number;
  /** Failures by cause (HTTP status, else the socket error's code). */
  errors: Record<string, number>;
}

/**
 * Creates, updates (a label) and deletes pods in one namespace at a steady
 * rate, bound to a KWOK node (so KWOK's status patches add their own
 * updates). Operations overlap up to `maxInFlight`; a tick with that many
 * still pending is skipped, so an apiserver outage does not pile up
 * requests. Failures are counted, never thrown.
 * @example const churn = new PodChurn(kc, 'hm-fault-kill'); churn.start(); …; await churn.stop();
 */
export class PodChurn {
  readonly stats: ChurnStats = { creates: 0, updates: 0, deletes: 0, failed: 0, durationMs: 0, acceptedPerSecond: 0, errors: {} };
  private startedAt = 0;
  private readonly core: CoreV1Api;
  private readonly live = new Set<string>();
  private timer: ReturnType<typeof setInterval> | null = null;
  private inFlight = new Set<Promise<void>>();
  private seq = 0;

  constructor(
    kc: KubeConfig,
    readonly namespace: string,
    private readonly opts: { perSecond?: number; minPods?: number; maxPods?: number; node?: string; maxInFlight?: number } = {},
  ) {
    this.core = kc.makeApiClient(CoreV1Api);
  }

  start(): void {
    if (this.timer) return;
    this.startedAt = Date.now();
    this.timer = setInterval(() => this.tick(), 1000 / (this.opts.perSecond ?? 20));
  }

  /** Stops issuing operations and waits for the pending ones. */
  async stop(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
      this.stats.durationMs = Date.now() - this.startedAt;
    }
    await Promise.allSettled([...this.inFlight]);
    const accepted = this.stats.creates + this.stats.updates + this.stats.deletes;
    if (this.stats.durationMs > 0) this.stats.acceptedPerSecond = Math.round((accepted / this.stats.durationMs) * 10_000) / 10;
    this.timer = null;
  }

  private tick(): void {
    if (this.inFlight.size >= (this.opts.maxInFlight ?? 20)) return;
    const n = this.live.size;
    const r = Math.random();
    const op = n < (this.opts.minPods ?? 10) ? 'create' : n >= (this.opts.maxPods ?? 40) ? 'delete' : r < 0.35 ? 'create' : r < 0.75 ? 'update' : 'delete';
    const p = this.run(op).finally(() => this.inFlight.delete(p));
    this.inFlight.add(p);
  }

  private pick(): string | undefined {
    const names = [...this.live];
    return names[Math.floor(Math.random() * names.length)];
  }

  private async run(op: 'create' | 'update' | 'delete'): Promise<void> {
    const namespace = this.namespace;
    try {
      if (op === 'create') {
        const name = `churn-${(this.seq++).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
        await this.core.createNamespacedPod({
          namespace,
          body: {
            metadata: { name, labels: { app: 'churn', step: '0' } },
            spec: { nodeName: this.opts.node ?? 'sandbox-worker', containers: [{ name: 'app', image: 'registry.example/churn:1' }], terminationGracePeriodSeconds: 0 },
          },
        });
        this.live.add(name);
        this.stats.creates += 1;
      } else if (op === 'update') {
        const name = this.pick();
        if (!name) return;
        await this.core.patchNamespacedPod({ namespace, name, body: { metadata: { labels: { step: String(this.seq++) } } } }, setHeaderOptions('Content-Type', PatchStrategy.MergePatch));
        this.stats.updates += 1;
      } else {
        const name = this.pick();
        if (!name) return;
        this.live.delete(name);
        await this.core.deleteNamespacedPod({ namespace, name, gracePeriodSeconds: 0 });
        this.stats.deletes += 1;
      }
    } catch (err) {
      this.stats.failed += 1;
      const cause = String(statusCodeOf(err) ?? (err as { code?: unknown }).code ?? 'other');
      this.stats.errors[cause] = (this.stats.errors[cause] ?? 0) + 1;
    }
  }
}

/**
 * One browser tab's stream, read in-process: the hub's real SSE text is
 * parsed and applied as the browser's live hooks do (snapshot replaces the
 * rows, upsert sets by uid, delete removes; a model message replaces the
 * model), so a test can compare what the tab would show with the cluster.
 * @example const tab = await HubTab.open({ subscribe }); tab.subscribe('p', { view: 'pods', namespace: 'x' });
 */
export class HubTab {
  readonly rows = new Map<string, Map<string, KeyedRow>>();
  readonly states = new Map<string, StreamState>();
  readonly models = new Map<string, unknown>();
  /** Every message received, in order, with its arrival time. */
  readonly log: { at: number; msg: StreamMessage }[] = [];
  private ended = false;

  private constructor(
    readonly id: string,
    private readonly reader: ReadableStreamDefaultReader<Uint8Array>,
    private readonly abort: AbortController,
  ) {
    void this.pump();
  }

  static async open(options: StreamHubOptions): Promise<HubTab> {
    const abort = new AbortController();
    const reader = openStream(abort.signal, options).getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    const m = /event: hello\ndata: (.*)\n/.exec(first);
    if (!m?.[1]) throw new Error(`unexpected first frame ${JSON.stringify(first)}`);
    return new HubTab((JSON.parse(m[1]) as { streamId: string }).streamId, reader, abort);
  }

  subscribe(subId: string, spec: SubscriptionSpec): void {
    if (!streamSubscribe(this.id, subId, spec)) throw new Error('stream not found');
  }

  /** The rows a list subscription shows now. */
  table(subId: string): KeyedRow[] {
    return [...(this.rows.get(subId)?.values() ?? [])];
  }

  /**
   * The phases a subscription passed through since `sinceMs`, in arrival
   * order, repeats folded: read from every message received, so no change is
   * missed the way a sampling timer can miss one.
   * @example tab.phases('rows', revokedAt) // ['synced', 'forbidden', 'synced']
   */
  phases(subId: string, sinceMs = 0): string[] {
    const out: string[] = [];
    for (const { at, msg } of this.log) {
      if (msg.sub !== subId || at < sinceMs || !('state' in msg)) continue;
      if (out.at(-1) !== msg.state.phase) out.push(msg.state.phase);
    }
    return out;
  }

  close(): void {
    this.abort.abort();
    void this.reader.cancel().catch(() => undefined);
  }

  get closed(): boolean {
    return this.ended;
  }

  private async pump(): Promise<void> {
    const dec = new TextDecoder();
    let buf = '';
    for (;;) {
      let r: ReadableStreamReadResult<Uint8Array>;
      try {
        r = await this.reader.read();
      } catch {
        break;
      }
      if (r.done) break;
      buf += dec.decode(r.value, { stream: true });
      let end: number;
      while ((end = buf.indexOf('\n\n')) >= 0) {
        const frame = buf.slice(0, end);
        buf = buf.slice(end + 2);
        for (const line of frame.split('\n')) if (line.startsWith('data: ')) for (const msg of JSON.parse(line.slice(6)) as StreamMessage[]) this.apply(msg);
      }
    }
    this.ended = true;
  }

  private apply(msg: StreamMessage): void {
    this.log.push({ at: Date.now(), msg });
    const rows = this.rows.get(msg.sub) ?? new Map<string, KeyedRow>();
    this.rows.set(msg.sub, rows);
    switch (msg.type) {
      case 'snapshot':
        rows.clear();
        for (const item of messageRows(msg)) rows.set(item.uid, item);
        this.states.set(msg.sub, msg.state);
        return;
      case 'append':
        for (const item of messageRows(msg)) rows.set(item.uid, item);
        this.states.set(msg.sub, msg.state);
        return;
      case 'upsert':
        rows.set(msg.item.uid, msg.item);
        return;
      case 'delete':
        rows.delete(msg.uid);
        return;
      case 'model':
        this.models.set(msg.sub, msg.model);
        this.states.set(msg.sub, msg.state);
        return;
      case 'state':
        this.states.set(msg.sub, msg.state);
        return;
    }
  }
}

/** What a {@link countingSource} saw: lists, watches opened, and 410 Gone answers (list errors, watch errors, ERROR events). */
export interface SourceCounts {
  lists: number;
  watches: number;
  gone: number;
  /** Watches that ended with an error (not 410) or failed to open. */
  watchErrors: number;
}

/** Wraps a source to count what it does, passing everything through unchanged. */
export function countingSource(source: WatchSource, counts: SourceCounts): WatchSource {
  const gone = (err: unknown) => statusCodeOf(err) === 410;
  return {
    async listPage(token) {
      if (!token) counts.lists += 1;
      try {
        return await source.listPage(token);
      } catch (err) {
        if (gone(err)) counts.gone += 1;
        throw err;
      }
    },
    async watch(rv, onEvent, onDone) {
      counts.watches += 1;
      try {
        return await source.watch(
          rv,
          (type, obj) => {
            if (type === 'ERROR' && gone(apiStatusOf(obj) ?? obj)) counts.gone += 1;
            onEvent(type, obj);
          },
          (err) => {
            if (err !== undefined && gone(err)) counts.gone += 1;
            else if (err !== undefined) counts.watchErrors += 1;
            onDone(err);
          },
        );
      } catch (err) {
        counts.watchErrors += 1;
        throw err;
      }
    },
  };
}

/**
 * A ResourceSubscriber for the stream hub that builds each cache exactly as
 * subscribeResource does (liveCache over liveSource) on a registry of the
 * test's own, for the given KubeConfig, optionally with source options
 * (e.g. a short watch timeout) and a wrapper (e.g. countingSource).
 * @example const subscribe = testSubscriber(registry, kc, { wrap: (s) => countingSource(s, counts) });
 */
export function testSubscriber(
  registry: CacheRegistry,
  kc: KubeConfig,
  tune: { source?: Omit<SourceOptions, 'namespace'>; wrap?: (source: WatchSource, key: LiveKey) => WatchSource; timing?: LiveCacheTiming } = {},
): ResourceSubscriber {
  return <T extends KubeObject = KubeObject>(key: LiveKey, listener: CacheListener<T>) => {
    const resource = RESOURCES[key.resource];
    const namespace = resource.namespaced ? key.namespace : undefined;
    const context = key.context ?? kc.getCurrentContext();
    return registry.subscribe<T>(
      cacheKey({ context, resource: key.resource, namespace }),
      () => {
        const source = liveSource(kc, resource, namespace, tune.source ?? {});
        return liveCache<T>(resource, tune.wrap ? tune.wrap(source, key) : source, tune.timing ?? {});
      },
      listener,
    );
  };
}

interface ProxiedPair {
  client: net.Socket;
  upstream: net.Socket;
}

/**
 * A TCP proxy on 127.0.0.1 (random port) in front of the apiserver, that a
 * test can make misbehave: `stall()` stops forwarding on the open
 * connections without closing them (a half-dead NAT or load balancer),
 * `sever()` resets them, `refuse(true)` resets new ones at once. TLS passes
 * through untouched, so the apiserver's certificate still matches 127.0.0.1.
 * @example const proxy = await TcpProxy.start(16443); const kc2 = viaProxy(kc, proxy.port); proxy.stall();
 */
export class TcpProxy {
  private readonly pairs = new Set<ProxiedPair>();
  private readonly server: net.Server;
  private refusing = false;
  /** Connections accepted (and forwarded) so far. */
  accepted = 0;
  port = 0;

  private constructor(targetPort: number, targetHost: string) {
    this.server = net.createServer((client) => {
      if (this.refusing) {
        client.resetAndDestroy();
        return;
      }
      this.accepted += 1;
      const upstream = net.connect(targetPort, targetHost);
      const pair = { client, upstream };
      this.pairs.add(pair);
      const drop = () => {
        client.destroy();
        upstream.destroy();
        this.pairs.delete(pair);
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
      client.pipe(upstream);
      upstream.pipe(client);
    });
  }

  static async start(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetPort, targetHost);
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    proxy.port = (proxy.server.address() as net.AddressInfo).port;
    return proxy;
  }

  /** Open connections now. */
  get open(): number {
    return this.pairs.size;
  }

  /** Stops forwarding on every open connection, both ways, without closing it. New connections forward normally. */
  stall(): void {
    for (const { client, upstream } of this.pairs) {
      client.unpipe(upstream);
      upstream.unpipe(client);
      client.pause();
      upstream.pause();
    }
  }

  /** Resets every open connection. */
  sever(): void {
    for (const { client, upstream } of this.pairs) {
      client.resetAndDestroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  /** While on, new connections are reset as soon as they arrive. */
  refuse(on: boolean): void {
    this.refusing = on;
  }

  async close(): Promise<void> {
    this.sever();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A copy of `kc` whose clusters are reached through 127.0.0.1:`port` (a TcpProxy). */
export function viaProxy(kc: KubeConfig, port: number): KubeConfig {
  const copy = new KubeConfig();
  copy.loadFromOptions({
    clusters: kc.clusters.map((c) => ({ ...c, server: `https://127.0.0.1:${port}` })),
    users: kc.users,
    contexts: kc.contexts,
    currentContext: kc.getCurrentContext(),
  });
  return copy;
}

/** The sandbox etcd's client URL (plain HTTP on 127.0.0.1; etcd's gRPC gateway answers JSON there). */
function etcdUrl(): string {
  const s = readClusterState();
  if (!s) throw new Error('no sandbox cluster state: run npm run sandbox:up');
  return `http://127.0.0.1:${s.ports.etcdClient}`;
}

/** etcd's current revision (the header of any range request). */
export async function etcdRevision(): Promise<number> {
  const res = await fetch(`${etcdUrl()}/v3/kv/range`, { method: 'POST', body: JSON.stringify({ key: Buffer.from('/registry/namespaces/default').toString('base64') }) });
  if (!res.ok) throw new Error(`etcd range: HTTP ${res.status}`);
  return Number(((await res.json()) as { header: { revision: string } }).header.revision);
}

/**
 * Compacts etcd's history up to its current revision (physically), so any
 * watch asked to start from an older resourceVersion is answered 410 Gone
 * where etcd serves it. Returns the revision compacted to.
 */
export async function compactEtcd(): Promise<number> {
  const revision = await etcdRevision();
  const res = await fetch(`${etcdUrl()}/v3/kv/compaction`, { method: 'POST', body: JSON.stringify({ revision: String(revision), physical: true }) });
  if (!res.ok) throw new Error(`etcd compaction to ${revision}: HTTP ${res.status} ${await res.text()}`);
  return revision;
}

/** The subscription id {@link versionedResolve} adds resourceVersions to: a Pods view spec that names its context. */
export function versionedResolve(spec: SubscriptionSpec): SubscriptionDefinition {
  const def = resolveSubscription(spec);
  if (spec.view !== 'pods' || spec.context === undefined || def.kind !== 'list') return def;
  return { ...def, project: (o: KubeObject, now: Date) => ({ ...def.project(o, now), resourceVersion: o.metadata?.resourceVersion ?? '' }) };
}

/** (uid, resourceVersion) pairs delivered more than once: a duplicated update. */
export function duplicates(pairs: string[]): string[] {
  const seen = new Set<string>();
  return pairs.filter((p) => (seen.has(p) ? true : (seen.add(p), false)));
}

/** How far the cache, the tab's versioned table and the tab's real Pods rows are from a fresh list. */
export interface PodsDivergence {
  cache: Divergence;
  tab: Divergence;
  /** uids whose Pods row differs from the view's projection of the fresh object. */
  rows: string[];
  objects: number;
}

/**
 * Compares a pods cache and a tab (subscriptions `rows`: the real Pods view,
 * `versions`: the same with resourceVersions, see versionedResolve) with a
 * fresh list of the namespace.
 */
export async function podsDivergence(kc: KubeConfig, namespace: string, cache: WatchCache<KubeObject>, tab: HubTab): Promise<PodsDivergence> {
  const fresh = (await listAll(kc, 'pods', namespace)).map((p) => defaultNormalize<KubeObject>(p, RESOURCES.pods));
  const truth = fresh.map(versionOf);
  const now = new Date();
  const expectedRows = new Map(fresh.map((p) => [objectKey(p), JSON.stringify(toPodRow(p as V1Pod, now))]));
  const shown = tab.table('rows');
  return {
    cache: diverge(truth, cache.items().map(versionOf)),
    tab: diverge(truth, tab.table('versions').map((r) => r as unknown as Versioned)),
    rows: [...shown.filter((r) => expectedRows.get(r.uid) !== JSON.stringify(r)).map((r) => r.uid), ...[...expectedRows.keys()].filter((k) => !shown.some((r) => r.uid === k))],
    objects: fresh.length,
  };
}

export const podsInSync = (d: PodsDivergence): boolean => inSync(d.cache) && inSync(d.tab) && d.rows.length === 0;

/** The figures of a divergence, for messages and faults.json. */
export function describeDivergence(d: PodsDivergence): string {
  return `cache ${JSON.stringify(counts(d.cache))}, tab ${JSON.stringify(counts(d.tab))}, rows differing ${d.rows.length}`;
}

/**
 * Polls until the cache and the tab equal a fresh list (podsDivergence);
 * returns how long that took and how many objects were compared. On
 * timeout the error names the last divergence.
 */
export async function waitForPodsInSync(kc: KubeConfig, namespace: string, cache: WatchCache<KubeObject>, tab: HubTab, timeoutMs = 120_000): Promise<{ ms: number; objects: number }> {
  let last: PodsDivergence | undefined;
  try {
    const r = await waitUntil('the cache and the tab to equal a fresh list', async () => {
      last = await podsDivergence(kc, namespace, cache, tab);
      return podsInSync(last) ? last.objects : undefined;
    }, timeoutMs, 250);
    return { ms: r.ms, objects: r.value };
  } catch (err) {
    throw new Error(`${String(err)}; last divergence: ${last ? describeDivergence(last) : 'none computed'}`);
  }
}

/** Upserts of the tab's `versions` subscription as uid@resourceVersion, in arrival order. */
export function tabUpserts(tab: HubTab): string[] {
  return tab.log.flatMap(({ msg }) => (msg.sub === 'versions' && msg.type === 'upsert' ? [`${msg.item.uid}@${(msg.item as unknown as Versioned).resourceVersion}`] : []));
}

/** Records a cache's state phases and upserts (uid@resourceVersion) from now on. */
export function recordCache(cache: WatchCache<KubeObject>): { phases: string[]; upserts: string[]; off: () => void } {
  const phases: string[] = [];
  const upserts: string[] = [];
  const off = cache.subscribe((e: CacheEvent<KubeObject>) => {
    if (e.type === 'state') phases.push(e.state.phase);
    if (e.type === 'upsert') upserts.push(`${e.obj.metadata?.uid}@${e.obj.metadata?.resourceVersion}`);
  });
  return { phases, upserts, off };
}

/** Creates a namespace for a fault test and waits for its default ServiceAccount (pods are refused until it exists). */
export async function createTestNamespace(kc: KubeConfig, name: string): Promise<void> {
  await createReadyNamespace(kc, name, { 'kube-explain.dev/test': 'faults' });
}
