/**
 * The pure half of the scale benchmark (bench/scale.ts): its arguments, the
 * cluster size for a pod count, medians and percentiles, reading the Pods
 * page's count line, the targets of issue 13 with their verdicts, the JSON it
 * writes and the README rows it prints. No I/O, no clock.
 */

/** What `npm run bench -- --scale N …` asks for. */
export interface ScaleArgs {
  /** Scale pods (the sandbox's demo pods come on top). */
  pods: number;
  /** Total nodes (the default three plus KWOK scale nodes). */
  nodes: number;
  runs: number;
  /** Leave the sandbox running afterwards (default: stop it; its etcd data stays for the next run). */
  keep: boolean;
  /** The npm test smoke run: every measurement once, shorter latency phase, exit code says only whether each figure was taken. */
  smoke: boolean;
  /** Preferred port of the dashboard server (the next free one is taken). */
  port: number;
  /** The app checkout whose build is served (default the repository itself). */
  appDir: string | null;
  /** Pod creations per second in the event → DOM phase, and for how long. */
  latencyRate: number;
  latencySeconds: number;
  /** Whether the server records history (default off: the benchmark writes no history database). */
  history: boolean;
}

/**
 * Total nodes for a benchmark of `pods` pods: the issue's 1,000 nodes at
 * 30,000 pods and above (one node per 30 pods), else the sandbox's own rule
 * of the default three plus one scale node per 100 pods (103 for 10,000).
 * @example nodesFor(30000) // 1000
 * @example nodesFor(1000) // 13
 */
export function nodesFor(pods: number): number {
  return pods >= 30000 ? Math.round(pods / 30) : 3 + Math.ceil(pods / 100);
}

/**
 * Reads the command line (`--name value` or `--name=value`). `--scale` is
 * required; `--smoke` defaults to one run and a 4-second latency phase.
 * @example parseScaleArgs(['--scale', '1000', '--smoke']).runs // 1
 */
export function parseScaleArgs(argv: readonly string[]): ScaleArgs {
  const value = (name: string): string | undefined => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
    if (i < 0) return undefined;
    const a = argv[i] ?? '';
    return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
  };
  const has = (name: string) => argv.some((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  const num = (name: string, fallback: number): number => {
    const v = value(name);
    if (v === undefined) return fallback;
    const n = Number(v.replace(/[_,]/g, ''));
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} wants a positive number, not ${JSON.stringify(v)}`);
    return n;
  };
  if (!has('scale')) throw new Error('usage: npm run bench -- --scale <pods> [--runs K] [--keep] [--smoke] [--nodes N] [--port P] [--app DIR] [--history on|off]');
  const pods = Math.round(num('scale', 0));
  const smoke = has('smoke');
  const history = value('history');
  if (history !== undefined && history !== 'on' && history !== 'off') throw new Error(`--history is on or off, not ${history}`);
  return {
    pods,
    nodes: Math.round(num('nodes', nodesFor(pods))),
    runs: Math.round(num('runs', smoke ? 1 : 3)),
    keep: has('keep'),
    smoke,
    port: Math.round(num('port', 3203)),
    appDir: value('app') ?? null,
    latencyRate: num('lat-rate', 50),
    latencySeconds: num('lat-seconds', smoke ? 4 : 10),
    history: history === 'on',
  };
}

/**
 * The middle value (mean of the two middle ones for an even count); null for none.
 * @example median([3, 1, 2, 10]) // 2.5
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/**
 * The p-th percentile (0..1) by nearest rank; null for no values.
 * @example percentile([5, 1, 9, 3], 0.95) // 9
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil(p * s.length))) - 1] ?? null;
}

/** Rounds to one decimal. @example round1(2.345) // 2.3 */
export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The Pods page's count line (`pods.count`) in either language: rows shown
 * and pods in the list. Thousands separators are allowed; anything else
 * (e.g. a "syncing 2,500 of about 30,000" progress line) is not a count.
 * @example parsePodCount('998 of 1,011 pods') // { shown: 998, total: 1011 }
 * @example parsePodCount('共 1011 个 Pod，显示 998 个') // { shown: 998, total: 1011 }
 */
export function parsePodCount(text: string): { shown: number; total: number } | null {
  const n = (s: string) => Number(s.replace(/[,\s]/g, ''));
  const en = /(\d[\d,]*) of (\d[\d,]*) pods/.exec(text);
  if (en) return { shown: n(en[1] ?? ''), total: n(en[2] ?? '') };
  const zh = /共\s*(\d[\d,]*)\s*个 Pod，显示\s*(\d[\d,]*)\s*个/.exec(text);
  if (zh) return { shown: n(zh[2] ?? ''), total: n(zh[1] ?? '') };
  return null;
}

/**
 * How far the Pods page's count may be from the count read just before it
 * opened (the demo's rollouts and jobs may add or remove a pod meanwhile):
 * 2 pods, or 0.1 % of them. A list still arriving never shows as "M of M
 * pods" (its first sync shows progress instead), so this does not take a
 * partial list for a complete one.
 * @example countSlack(1034) // 2
 * @example countSlack(30033) // 30
 */
export function countSlack(expected: number): number {
  return Math.max(2, Math.round(expected / 1000));
}

/**
 * Per write (pod name → epoch ms it was sent), how long until the page
 * showed it (`page`, keyed "namespace/name") and until the bare watch got it
 * (`watch`, keyed by name); a write one of them never saw is left out of
 * that list.
 * @example delaysAfter(new Map([['a', 100]]), { 'default/a': 150 }, new Map([['a', 120]]), 'default') // { page: [50], watch: [20] }
 */
export function delaysAfter(written: ReadonlyMap<string, number>, page: Readonly<Record<string, number>>, watch: ReadonlyMap<string, number>, namespace: string): { page: number[]; watch: number[] } {
  const out = { page: [] as number[], watch: [] as number[] };
  for (const [name, at] of written) {
    const d = page[`${namespace}/${name}`];
    if (d !== undefined) out.page.push(d - at);
    const w = watch.get(name);
    if (w !== undefined) out.watch.push(w - at);
  }
  return out;
}

/** The figures one run of the benchmark takes (ms, MB or bytes; null when it could not be taken). */
export const FIGURES = {
  kubectlMs: { label: '`kubectl get pods -A` wall time', unit: 'ms' },
  bareListMs: { label: 'bare client-node paginated list (limit 500), all pods', unit: 'ms' },
  bareWatchAllMs: { label: 'bare watch delivering every pod (sendInitialEvents)', unit: 'ms' },
  serverStartMs: { label: 'server process start → /api/healthz answers', unit: 'ms' },
  coldFirstRowMs: { label: 'cold server: first real pod row', unit: 'ms' },
  coldCompleteMs: { label: 'cold server: complete table (N of N pods)', unit: 'ms' },
  warmCompleteMs: { label: 'warm (second tab): complete table', unit: 'ms' },
  eventToDomP50Ms: { label: 'event → DOM p50 (creations and deletions)', unit: 'ms' },
  eventToDomP95Ms: { label: 'event → DOM p95 (creations and deletions)', unit: 'ms' },
  rawWatchP50Ms: { label: 'write → bare watch ADDED/DELETED p50', unit: 'ms' },
  rawWatchP95Ms: { label: 'write → bare watch ADDED/DELETED p95', unit: 'ms' },
  serverRssMB: { label: 'server RSS, pods + events + nodes caches synced', unit: 'MB' },
  browserHeapMB: { label: 'browser JS heap on the Pods page (after GC)', unit: 'MB' },
  scrollFrameP50Ms: { label: 'scroll frame time p50', unit: 'ms' },
  scrollFrameP95Ms: { label: 'scroll frame time p95', unit: 'ms' },
  sseBytesPerRow: { label: 'SSE bytes per pod row (snapshot + appends until synced)', unit: 'B' },
  sseSnapshotMs: { label: 'SSE subscribe → synced (warm cache)', unit: 'ms' },
  podDetailWarmMs: { label: 'pod detail page HTML, warm (median over pods)', unit: 'ms' },
  podDetailServerCpuMs: { label: 'pod detail page: server main thread on a CPU per request (median)', unit: 'ms' },
  podDetailServerWaitMs: { label: 'pod detail page: server main thread waiting for a CPU per request (median)', unit: 'ms' },
  warmCompleteServerCpuMs: { label: 'warm complete table: server main thread on a CPU meanwhile', unit: 'ms' },
  warmCompleteServerWaitMs: { label: 'warm complete table: server main thread waiting for a CPU meanwhile', unit: 'ms' },
} as const;

/** A thread's scheduler times (Linux /proc/<pid>/schedstat), in ms. */
export interface ThreadTimes {
  /** Time spent running on a CPU. */
  cpuMs: number;
  /** Time spent runnable but waiting for a CPU (the machine's load, not our work). */
  waitMs: number;
}

/**
 * Reads /proc/<pid>/schedstat ("<ns on cpu> <ns waiting on a run queue> <timeslices>"):
 * what separates our server's own work from the time it only waited for one of
 * the machine's busy cores.
 * @example parseSchedstat('7526172358 8785655634 142157\n') // { cpuMs: 7526.2, waitMs: 8785.7 }
 */
export function parseSchedstat(text: string): ThreadTimes | null {
  const m = /^(\d+) (\d+) \d+/.exec(text.trim());
  return m ? { cpuMs: round1(Number(m[1]) / 1e6), waitMs: round1(Number(m[2]) / 1e6) } : null;
}

/**
 * The scheduler times between two readings.
 * @example timesBetween({ cpuMs: 10, waitMs: 5 }, { cpuMs: 40, waitMs: 905 }) // { cpuMs: 30, waitMs: 900 }
 */
export function timesBetween(before: ThreadTimes, after: ThreadTimes): ThreadTimes {
  return { cpuMs: round1(after.cpuMs - before.cpuMs), waitMs: round1(after.waitMs - before.waitMs) };
}

export type FigureKey = keyof typeof FIGURES;
/** One run's figures. */
export type RunFigures = Partial<Record<FigureKey, number | null>>;

/** A figure over all runs: every sample and their median. */
export interface FigureSummary {
  label: string;
  unit: string;
  median: number | null;
  samples: (number | null)[];
}

/**
 * Every figure over the runs, in FIGURES order: the samples as taken (null
 * where a run could not take it) and the median of those taken.
 * @example summarize([{ kubectlMs: 300 }, { kubectlMs: 100 }, { kubectlMs: 200 }]).kubectlMs.median // 200
 */
export function summarize(runs: readonly RunFigures[]): Record<FigureKey, FigureSummary> {
  const out = {} as Record<FigureKey, FigureSummary>;
  for (const key of Object.keys(FIGURES) as FigureKey[]) {
    const samples = runs.map((r) => (typeof r[key] === 'number' && Number.isFinite(r[key]) ? (r[key] as number) : null));
    const m = median(samples.filter((s): s is number => s !== null));
    out[key] = { label: FIGURES[key].label, unit: FIGURES[key].unit, median: m === null ? null : round1(m), samples };
  }
  return out;
}

/** A bound on a figure: an absolute limit, a multiple of a reference figure, or a reference figure plus a margin. */
export type Bound = { kind: 'max'; limit: number } | { kind: 'times'; of: FigureKey; factor: number } | { kind: 'plus'; of: FigureKey; add: number };

/** One row of issue 13's target table. */
export interface TargetSpec {
  id: string;
  label: string;
  figure: FigureKey;
  bounds: Bound[];
}

/** Issue 13's targets, on the sandbox with 1,000 nodes and 30,000 pods. */
export const TARGETS: readonly TargetSpec[] = [
  { id: 'cold-first-rows', label: 'first screen of real rows, just-started server', figure: 'coldFirstRowMs', bounds: [{ kind: 'max', limit: 1000 }, { kind: 'times', of: 'kubectlMs', factor: 0.3 }] },
  { id: 'cold-complete', label: 'complete, sorted table, cold server', figure: 'coldCompleteMs', bounds: [{ kind: 'times', of: 'kubectlMs', factor: 1 }] },
  { id: 'warm-complete', label: 'complete table, warm (second tab)', figure: 'warmCompleteMs', bounds: [{ kind: 'max', limit: 500 }] },
  { id: 'event-to-dom', label: 'event → DOM p95 at 50 pod creations, then deletions, /s', figure: 'eventToDomP95Ms', bounds: [{ kind: 'plus', of: 'rawWatchP95Ms', add: 150 }] },
  { id: 'server-rss', label: 'server RSS, pods/events/nodes caches synced', figure: 'serverRssMB', bounds: [{ kind: 'max', limit: 500 }] },
  { id: 'browser-heap', label: 'browser JS heap on the Pods page', figure: 'browserHeapMB', bounds: [{ kind: 'max', limit: 250 }] },
  { id: 'scroll-p95', label: 'scroll frame time p95', figure: 'scrollFrameP95Ms', bounds: [{ kind: 'max', limit: 33 }] },
  { id: 'sse-bytes', label: 'SSE bytes per pod row in a snapshot', figure: 'sseBytesPerRow', bounds: [{ kind: 'max', limit: 120 }] },
  { id: 'pod-detail', label: 'pod detail page first paint, warm', figure: 'podDetailWarmMs', bounds: [{ kind: 'max', limit: 300 }] },
];

/** A target's verdict: the figure, its reference, the limit it works out to, measured ÷ limit, and pass. */
export interface TargetResult {
  id: string;
  label: string;
  figure: FigureKey;
  unit: string;
  measured: number | null;
  /** The reference figures of the bounds (e.g. kubectlMs), with their medians. */
  references: { figure: FigureKey; label: string; value: number | null }[];
  /** The bounds in words, e.g. '≤ 1000 ms and ≤ 0.3 × kubectlMs'. */
  target: string;
  /** The tightest limit the bounds work out to in this run; null when a reference is missing. */
  limit: number | null;
  /** measured ÷ limit (≤ 1 passes). */
  ratio: number | null;
  /** measured ÷ the first reference figure, when there is one (e.g. page ÷ kubectl). */
  ratioToReference: number | null;
  /**
   * measured ÷ limit within each run (its figure against its own run's
   * references, so a slow moment of the machine hits both sides), and their
   * median; null where a run lacks the figure or a reference.
   */
  ratioPerRun: (number | null)[];
  ratioPerRunMedian: number | null;
  /** null when the figure or a reference could not be taken. */
  pass: boolean | null;
}

function boundText(b: Bound, unit: string): string {
  if (b.kind === 'max') return `≤ ${b.limit} ${unit}`;
  if (b.kind === 'times') return `≤ ${b.factor} × ${b.of}`;
  return `≤ ${b.of} + ${b.add} ${unit}`;
}

/**
 * The tightest limit a target's bounds work out to, given the reference
 * figures (null when one is missing).
 * @example limitOf([{ kind: 'max', limit: 1000 }, { kind: 'times', of: 'kubectlMs', factor: 0.3 }], (f) => 3000) // 900
 */
export function limitOf(bounds: readonly Bound[], value: (f: FigureKey) => number | null | undefined): number | null {
  const limits = bounds.map((b) => {
    if (b.kind === 'max') return b.limit;
    const ref = value(b.of);
    if (ref === null || ref === undefined) return null;
    return b.kind === 'times' ? ref * b.factor : ref + b.add;
  });
  return limits.some((l) => l === null) ? null : Math.min(...(limits as number[]));
}

const ratio = (measured: number | null | undefined, limit: number | null) => (measured === null || measured === undefined || limit === null || limit === 0 ? null : Math.round((measured / limit) * 100) / 100);

/**
 * Judges every target on the medians: each bound works out to a limit (a
 * reference bound from that reference's median), the tightest limit
 * decides; ratio is measured ÷ limit. With the runs, each run's figure is
 * also set against its own run's references (ratioPerRun).
 * @example evaluateTargets(summarize([{ warmCompleteMs: 250 }]))[2] // { id: 'warm-complete', limit: 500, ratio: 0.5, pass: true, … }
 */
export function evaluateTargets(figures: Record<FigureKey, FigureSummary>, targets: readonly TargetSpec[] = TARGETS, runs: readonly RunFigures[] = []): TargetResult[] {
  return targets.map((t) => {
    const measured = figures[t.figure].median;
    const refs = [...new Set(t.bounds.flatMap((b) => (b.kind === 'max' ? [] : [b.of])))];
    const references = refs.map((f) => ({ figure: f, label: figures[f].label, value: figures[f].median }));
    const limit = limitOf(t.bounds, (f) => figures[f].median);
    const first = references[0]?.value ?? null;
    const ratioPerRun = runs.map((r) => ratio(r[t.figure], limitOf(t.bounds, (f) => r[f])));
    const perRun = median(ratioPerRun.filter((x): x is number => x !== null));
    return {
      id: t.id,
      label: t.label,
      figure: t.figure,
      unit: FIGURES[t.figure].unit,
      measured,
      references,
      target: t.bounds.map((b) => boundText(b, FIGURES[t.figure].unit)).join(' and '),
      limit: limit === null ? null : round1(limit),
      ratio: ratio(measured, limit),
      ratioToReference: measured === null || !first ? null : Math.round((measured / first) * 100) / 100,
      ratioPerRun,
      ratioPerRunMedian: perRun === null ? null : Math.round(perRun * 100) / 100,
      pass: measured === null || limit === null ? null : measured <= limit,
    };
  });
}

/** What bench/results/scale-<N>.json holds. */
export interface ScaleResult {
  date: string;
  scale: { podsRequested: number; podsTotal: number | null; nodes: number | null };
  machine: { cpus: number; cpuModel: string; memoryMB: number; node: string; loadavgBefore: number[]; loadavgAfter: number[] };
  config: Record<string, unknown>;
  stages: { stage: string; seconds: number; loadavg1?: number }[];
  figures: Record<FigureKey, FigureSummary>;
  targets: TargetResult[];
  /** Per run: what the figures came from (rows kubectl printed, latency pods created and seen, per-pod samples…). */
  runDetails: Record<string, unknown>[];
  /** Figures no run could take: the smoke run fails on any. */
  missing: FigureKey[];
  notes: string[];
}

/**
 * The figures no run took (median null), in FIGURES order.
 * @example missingFigures(summarize([{ kubectlMs: 1 }])).includes('bareListMs') // true
 */
export function missingFigures(figures: Record<FigureKey, FigureSummary>): FigureKey[] {
  return (Object.keys(figures) as FigureKey[]).filter((k) => figures[k].median === null);
}

const fmt = (v: number | null, unit: string) => (v === null ? '—' : `${v >= 100 ? Math.round(v).toLocaleString('en-US') : v} ${unit}`);

/**
 * The README table for one scale: a row per target with the measured
 * median, its reference, the target, measured ÷ limit and the verdict, then
 * the reference figures; the caption names the date, pods, nodes and machine.
 * @example readmeRows(result).split('\n')[0].startsWith('**') // true
 */
export function readmeRows(r: ScaleResult): string {
  const caption = `**${(r.scale.podsTotal ?? r.scale.podsRequested).toLocaleString('en-US')} pods / ${r.scale.nodes?.toLocaleString('en-US') ?? '?'} nodes**, ${r.date.slice(0, 10)}, ${r.machine.cpus} cores (${r.machine.cpuModel.trim()}), load average ${r.machine.loadavgBefore[0]} → ${r.machine.loadavgAfter[0]}, Node ${r.machine.node}, median of ${String(r.config.runs)} run(s)`;
  const lines = [caption, '', '| figure | measured | reference (same run) | target | ratio | |', '| --- | --- | --- | --- | --- | --- |'];
  for (const t of r.targets) {
    const ref = t.references.map((x) => `${x.figure.replace(/Ms$|MB$/, '')} ${fmt(x.value, r.figures[x.figure].unit)}`).join(', ') || '—';
    // Against a reference, the median of the runs' own ratios too (each run's figure against that run's reference).
    const ratioText = `${t.ratio ?? '—'}${t.references.length && t.ratioPerRunMedian !== null ? ` (per run ${t.ratioPerRunMedian})` : ''}`;
    lines.push(`| ${t.label} | ${fmt(t.measured, t.unit)} | ${ref} | ${t.target} | ${ratioText} | ${t.pass === null ? 'not measured' : t.pass ? 'met' : 'missed'} |`);
  }
  for (const k of ['kubectlMs', 'bareListMs', 'bareWatchAllMs', 'rawWatchP50Ms', 'eventToDomP50Ms', 'scrollFrameP50Ms', 'podDetailServerCpuMs', 'podDetailServerWaitMs', 'warmCompleteServerCpuMs', 'warmCompleteServerWaitMs'] as const) {
    lines.push(`| ${r.figures[k].label} | ${fmt(r.figures[k].median, r.figures[k].unit)} | | | | |`);
  }
  return lines.join('\n');
}
