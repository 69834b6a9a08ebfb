import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CoreV1Api, PatchStrategy, setHeaderOptions, type KubeConfig } from '@kubernetes/client-node';
import type { KeyedRow, StreamMessage, StreamState, SubscriptionSpec } from '@/lib/contract';
import { createWatchSource, type SourceOptions } from '@/lib/k8s/sources';
import { openStream, streamSubscribe, type StreamHubOptions } from '@/lib/k8s/stream-hub';
import type { CacheListener, KubeObject, WatchSource } from '@/lib/k8s/watch-cache';
import { RESOURCES, type ResourceName } from '@/lib/k8s/resources';
import { cacheKey, type CacheRegistry } from '@/lib/k8s/cache-registry';
import { liveCache, liveSource, type LiveCacheTiming, type LiveKey, type ResourceSubscriber } from '@/lib/k8s/live';
import { apiStatusOf, statusCodeOf } from '@/lib/k8s/errors';
import { objectKey } from '@/lib/explain/object-key';

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
  readonly stats: ChurnStats = { creates: 0, updates: 0, deletes: 0, failed: 0, durationMs: 0 };
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
    this.timer = null;
    await Promise.allSettled([...this.inFlight]);
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
    } catch {
      this.stats.failed += 1;
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
        for (const item of msg.items) rows.set(item.uid, item);
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
