/**
 * The pure half of the load benchmark (bench/load.ts): reading the
 * apiserver's watch gauge, splitting an SSE byte stream into frames,
 * percentiles, the RSS trend and the verdict per target. No I/O, no clock.
 */

/** Open WATCH requests at the apiserver, keyed `group/resource/scope` (core group is ''). */
export type WatchCounts = Record<string, number>;

const LONGRUNNING = /^apiserver_longrunning_requests\{([^}]*)\}\s+([0-9.eE+-]+)\s*$/;
const LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;

/**
 * Reads the `apiserver_longrunning_requests` gauge (Prometheus text format)
 * into open WATCH counts per group/resource/scope. The gauge counts every
 * client's watches, so one count alone says nothing: compare two readings.
 * @example parseWatchCounts('apiserver_longrunning_requests{group="",resource="pods",scope="namespace",verb="WATCH"} 3')
 *   // { '/pods/namespace': 3 }
 */
export function parseWatchCounts(metricsText: string): WatchCounts {
  const counts: WatchCounts = {};
  for (const line of metricsText.split('\n')) {
    const m = LONGRUNNING.exec(line.trim());
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[1] ?? '').matchAll(LABEL)) labels[l[1] ?? ''] = l[2] ?? '';
    if (labels.verb !== 'WATCH' || labels.subresource) continue;
    const key = `${labels.group ?? ''}/${labels.resource ?? ''}/${labels.scope ?? ''}`;
    counts[key] = (counts[key] ?? 0) + Number(m[2]);
  }
  return counts;
}

/**
 * `after − before` for every key of `keys` (absent counts are 0).
 * @example watchDelta({ '/pods/cluster': 2 }, { '/pods/cluster': 3 }, ['/pods/cluster']) // { '/pods/cluster': 1 }
 */
export function watchDelta(before: WatchCounts, after: WatchCounts, keys: readonly string[]): WatchCounts {
  return Object.fromEntries(keys.map((k) => [k, (after[k] ?? 0) - (before[k] ?? 0)]));
}

/** What one load client subscribes to: the pods of a namespace, one pod's page and the nodes list. */
export interface ClientPlan {
  /** Namespace of the pods list and of the pod detail; null for the all-namespaces pods list. */
  namespace: string | null;
  detail: { namespace: string; name: string };
}

/** One cache the dashboard runs: a resource (its API group and plural, namespaced or not) in a namespace or cluster-wide. */
export interface WatchSourceKey {
  group: string;
  plural: string;
  namespaced: boolean;
  namespace?: string;
}

/**
 * The watches the dashboard should hold at the apiserver for the caches its
 * subscriptions read (from the app's own registry, lib/k8s/subscriptions.ts):
 * one per (resource, namespace) however many tabs share it, counted the way
 * the gauge scopes them — `namespace` for one namespace, `cluster` for all
 * namespaces or a cluster-scoped kind.
 * @example expectedWatches([{ group: '', plural: 'pods', namespaced: true, namespace: 'a' }, { group: '', plural: 'pods', namespaced: true, namespace: 'a' }])
 *   // { '/pods/namespace': 1 }
 */
export function expectedWatches(sources: readonly WatchSourceKey[]): WatchCounts {
  const unique = new Map<string, string>();
  for (const s of sources) {
    const ns = s.namespaced ? (s.namespace ?? null) : null;
    unique.set(JSON.stringify([s.group, s.plural, ns]), `${s.group}/${s.plural}/${ns === null ? 'cluster' : 'namespace'}`);
  }
  const counts: WatchCounts = {};
  for (const key of unique.values()) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/**
 * Watches per key that every reading holds: the smallest delta over the
 * readings. Other clients of the apiserver (other dashboards, tests) come
 * and go; a watch of ours is in all of them.
 * @example steadyWatches([{ '/pods/cluster': 2 }, { '/pods/cluster': 1 }], ['/pods/cluster']) // { '/pods/cluster': 1 }
 */
export function steadyWatches(readings: readonly WatchCounts[], keys: readonly string[]): WatchCounts {
  return Object.fromEntries(keys.map((k) => [k, Math.min(...readings.map((r) => r[k] ?? 0))]));
}

/**
 * Splits an SSE text buffer into complete frames (`\n\n`-terminated) and the
 * unfinished rest; each frame gives its `event` name (default 'message') and
 * joined `data` lines. Comments (heartbeats) come back as no frame.
 * @example sseFrames('event: hello\ndata: {"a":1}\n\n: hb\n\ndata: [1') // { frames: [{ event: 'hello', data: '{"a":1}' }], rest: 'data: [1' }
 */
export function sseFrames(buffer: string): { frames: { event: string; data: string }[]; rest: string } {
  const parts = buffer.split('\n\n');
  const rest = parts.pop() ?? '';
  const frames: { event: string; data: string }[] = [];
  for (const part of parts) {
    let event = 'message';
    const data: string[] = [];
    for (const line of part.split('\n')) {
      if (line.startsWith('event:')) event = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    }
    if (data.length > 0) frames.push({ event, data: data.join('\n') });
  }
  return { frames, rest };
}

/**
 * The p-th percentile (0..1) by nearest rank; null for no values.
 * @example percentile([5, 1, 9, 3], 0.95) // 9
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? null;
}

/** One RSS reading: seconds since the clients connected, resident set in MiB. */
export interface RssSample {
  t: number;
  mb: number;
}

/**
 * Memory growth after warm-up: the median RSS of the first `window` seconds
 * after `warmupEnd` against the median of the last `window` seconds, and the
 * peak. A median per window keeps one GC cycle from deciding the verdict.
 * @example rssGrowth([{ t: 0, mb: 50 }, { t: 10, mb: 100 }, { t: 20, mb: 105 }], 5, 5)
 *   // { startMB: 100, endMB: 105, peakMB: 105, growthPct: 5 }
 */
export function rssGrowth(samples: readonly RssSample[], warmupEnd: number, window: number): { startMB: number; endMB: number; peakMB: number; growthPct: number } | null {
  const after = samples.filter((s) => s.t >= warmupEnd);
  if (after.length === 0) return null;
  const first = after[0]?.t ?? 0;
  const last = after.at(-1)?.t ?? 0;
  const median = (xs: number[]) => percentile(xs, 0.5) ?? 0;
  const startMB = median(after.filter((s) => s.t <= first + window).map((s) => s.mb));
  const endMB = median(after.filter((s) => s.t >= last - window).map((s) => s.mb));
  const peakMB = Math.max(...after.map((s) => s.mb));
  return { startMB, endMB, peakMB, growthPct: round1(((endMB - startMB) / startMB) * 100) };
}

/** One target of the load benchmark and whether the run met it. */
export interface Verdict {
  target: string;
  measured: string;
  pass: boolean;
}

/** Rounds to one decimal. @example round1(2.345) // 2.3 */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The summary table printed at the end of a run.
 * @example table([{ target: 'x', measured: '1', pass: true }]).includes('PASS') // true
 */
export function table(verdicts: readonly Verdict[]): string {
  const w0 = Math.max(6, ...verdicts.map((v) => v.target.length));
  const w1 = Math.max(8, ...verdicts.map((v) => v.measured.length));
  const row = (a: string, b: string, c: string) => `| ${a.padEnd(w0)} | ${b.padEnd(w1)} | ${c.padEnd(4)} |`;
  return [row('target', 'measured', ''), `|${'-'.repeat(w0 + 2)}|${'-'.repeat(w1 + 2)}|------|`, ...verdicts.map((v) => row(v.target, v.measured, v.pass ? 'PASS' : 'FAIL'))].join('\n');
}
