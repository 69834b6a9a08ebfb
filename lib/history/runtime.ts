import 'server-only';
import os from 'node:os';
import path from 'node:path';
import type { HistoryKind, RecorderState } from '@/lib/contract/history';
import { HistoryRecorder, type ObservedEvent } from './recorder';
import { loadSqlite } from './sqlite';
import { HistoryStore } from './store';

/** Resources the recorder follows, by their lib/k8s resource name. */
export const RECORDED_RESOURCES: Readonly<Record<string, HistoryKind | 'Event'>> = {
  pods: 'Pod',
  events: 'Event',
  nodes: 'Node',
  services: 'Service',
  endpointslices: 'EndpointSlice',
  deployments: 'Deployment',
  replicasets: 'ReplicaSet',
  statefulsets: 'StatefulSet',
  daemonsets: 'DaemonSet',
  jobs: 'Job',
  cronjobs: 'CronJob',
};

/** Where recording is configured to go, or why it is off by configuration. */
export type HistoryConfig = { on: true; file: string } | { on: false; message: string };

/**
 * Reads HISTORY and HISTORY_DB. HISTORY=off disables; HISTORY_DB moves the
 * file (default ~/.cache/kube-explain/history.db). Under the unit/integration
 * test runner, recording is off unless HISTORY_DB names a file, so tests never
 * write into the user's cache.
 * @example historyConfig({ HISTORY_DB: '/tmp/h.db' }) // { on: true, file: '/tmp/h.db' }
 * @example historyConfig({ HISTORY: 'off' }) // { on: false, message: 'HISTORY=off' }
 */
export function historyConfig(env: Readonly<Record<string, string | undefined>> = process.env): HistoryConfig {
  const flag = (env.HISTORY ?? '').trim().toLowerCase();
  if (flag === 'off' || flag === '0' || flag === 'false') return { on: false, message: 'HISTORY=off' };
  if (env.HISTORY_DB) return { on: true, file: path.resolve(env.HISTORY_DB) };
  if (env.VITEST) return { on: false, message: 'off under the test runner (set HISTORY_DB to record)' };
  return { on: true, file: path.join(os.homedir(), '.cache', 'kube-explain', 'history.db') };
}

interface Runtime {
  recorder: HistoryRecorder | null;
  off: RecorderState | null;
  ready: Promise<void>;
}

const GLOBAL_KEY = '__kubeExplainHistory';

function offState(reason: 'disabled' | 'unavailable', message: string): RecorderState {
  return { status: 'off', reason, message, path: null, sizeBytes: null, pending: 0, lastWriteAt: null, retention: { maxAgeDays: 7, maxBytes: 256 * 1024 * 1024 }, notice: null };
}

function create(): Runtime {
  const config = historyConfig();
  if (!config.on) return { recorder: null, off: offState('disabled', config.message), ready: Promise.resolve() };
  const runtime: Runtime = { recorder: null, off: null, ready: Promise.resolve() };
  const pending: { scope: Parameters<HistoryRecorder['observe']>[0]; event: ObservedEvent }[] = [];
  const early = {
    observe: (scope: Parameters<HistoryRecorder['observe']>[0], event: ObservedEvent) => {
      if (pending.length < 50_000) pending.push({ scope, event });
    },
  };
  (runtime as Runtime & { early?: typeof early }).early = early;
  runtime.ready = loadSqlite().then(async (sqlite) => {
    if (!sqlite.ok) {
      runtime.off = offState('unavailable', sqlite.message);
      console.error(`history: recording off: ${sqlite.message}`);
      pending.length = 0;
      return;
    }
    let notice: RecorderState['notice'] = null;
    const recorder = new HistoryRecorder({
      path: config.file,
      open: () =>
        HistoryStore.open(config.file, {
          Database: sqlite.Database,
          nativeBinding: sqlite.nativeBinding,
          onCorrupt: (movedTo, message) => {
            notice = { kind: 'corrupt-moved-aside', movedTo, at: new Date().toISOString(), message };
            console.error(`history: ${config.file} was corrupt (${message}); moved to ${movedTo}, starting a new one`);
          },
        }),
    });
    await recorder.start();
    recorder.setNotice(notice);
    runtime.recorder = recorder;
    for (const p of pending.splice(0)) recorder.observe(p.scope, p.event);
  });
  return runtime;
}

function runtime(): Runtime {
  const g = globalThis as typeof globalThis & { [GLOBAL_KEY]?: Runtime };
  g[GLOBAL_KEY] ??= create();
  return g[GLOBAL_KEY];
}

/**
 * The recorder once it is ready (null when history is off or the module
 * could not load). Never throws.
 * @example const rec = await historyRecorder(); rec?.state()
 */
export async function historyRecorder(): Promise<HistoryRecorder | null> {
  const r = runtime();
  await r.ready;
  return r.recorder;
}

/**
 * The recorder's state for the UI ("recording", "paused: disk full", "off: <why>").
 * @example (await historyState()).status // 'recording'
 */
export async function historyState(): Promise<RecorderState> {
  const r = runtime();
  await r.ready;
  return r.recorder?.state() ?? r.off ?? offState('unavailable', 'history did not start');
}

/** A page of a cache's first list (lib/k8s/watch-cache's CacheEvent 'page'): the recorder waits for the whole list. */
type PageEvent = { type: 'page'; items: unknown[]; state: { phase: string } };

/** The smallest surface a watch cache needs (lib/k8s/watch-cache's subscribe). */
interface Subscribable {
  subscribe(listener: (event: ObservedEvent | PageEvent) => void): () => void;
}

/**
 * Turns a cache's progressive first sync back into one complete list for
 * the recorder: the pages (after a syncing snapshot) are gathered and handed
 * over as one synced snapshot when the sync ends with a synced state, so
 * objects that vanished while nobody watched are still found.
 * @example const l = wholeLists(observe); l(page1); l(page2); l({ type: 'state', state: { phase: 'synced' } }) // observe gets one snapshot
 */
export function wholeLists(observe: (event: ObservedEvent) => void): (event: ObservedEvent | PageEvent) => void {
  let gathered: unknown[] | null = null;
  return (event) => {
    // Only a syncing snapshot can be followed by pages; updates mean the list is whole already.
    if (event.type === 'snapshot') gathered = event.state.phase === 'syncing' ? [...event.items] : null;
    else if (event.type === 'upsert' || event.type === 'delete') gathered = null;
    else if (event.type === 'page') {
      (gathered ??= []).push(...event.items);
      return;
    } else if (event.type === 'state' && event.state.phase === 'synced' && gathered !== null) {
      const items = gathered;
      gathered = null;
      observe({ type: 'snapshot', items, state: event.state });
      return;
    }
    observe(event);
  };
}

/**
 * The hook lib/k8s calls when it creates a shared cache: subscribes the
 * recorder to it when its resource is recorded. Returns the cache itself;
 * never throws and never blocks (the listener only queues). With history
 * off it does nothing.
 * @example registry.subscribe(key, () => recordCache(liveCache(resource, source), context, 'pods', namespace), listener)
 */
export function recordCache<C extends Subscribable>(cache: C, context: string, resource: string, namespace: string | undefined): C {
  try {
    const kind = RECORDED_RESOURCES[resource];
    if (!kind) return cache;
    const r = runtime() as Runtime & { early?: { observe: HistoryRecorder['observe'] } };
    if (r.off) return cache;
    const scope = { context, kind, namespace: namespace ?? null };
    const listener = wholeLists((event: ObservedEvent) => {
      try {
        if (r.recorder) r.recorder.observe(scope, event);
        else r.early?.observe(scope, event);
      } catch {
        // Recording must never break the watch path.
      }
    });
    cache.subscribe(listener);
  } catch (err) {
    console.error('history: could not attach the recorder to a cache', err);
  }
  return cache;
}

/** Stops recording and forgets the runtime (tests). */
export async function resetHistoryRuntime(): Promise<void> {
  const g = globalThis as typeof globalThis & { [GLOBAL_KEY]?: Runtime };
  const r = g[GLOBAL_KEY];
  delete g[GLOBAL_KEY];
  if (r) {
    await r.ready;
    r.recorder?.close();
  }
}
