import { describe, expect, it } from 'vitest';
import { FIGURES, countSlack, delaysAfter, evaluateTargets, limitOf, median, missingFigures, nodesFor, parsePodCount, parseScaleArgs, parseSchedstat, percentile, readmeRows, summarize, timesBetween, type FigureKey, type RunFigures, type ScaleResult } from './scale-figures';

describe('nodesFor', () => {
  it('gives the issue its 1,000 nodes at 30,000 pods and the sandbox its three plus one per 100 pods below', () => {
    expect(nodesFor(30000)).toBe(1000);
    expect(nodesFor(10000)).toBe(103);
    expect(nodesFor(1000)).toBe(13);
    expect(nodesFor(1)).toBe(4);
  });
});

describe('parseScaleArgs', () => {
  it('reads the pod count in either flag form, with three runs, a 10-second 50/s latency phase and history off by default', () => {
    expect(parseScaleArgs(['--scale', '30000'])).toStrictEqual({ pods: 30000, nodes: 1000, runs: 3, keep: false, smoke: false, port: 3203, appDir: null, latencyRate: 50, latencySeconds: 10, history: false });
    expect(parseScaleArgs(['--scale=10,000', '--runs=5', '--keep', '--history', 'on']).pods).toBe(10000);
    expect(parseScaleArgs(['--scale=10000', '--runs=5']).runs).toBe(5);
  });

  it('makes the smoke run one run with a shorter latency phase unless told otherwise', () => {
    const a = parseScaleArgs(['--scale', '1000', '--smoke']);
    expect([a.runs, a.latencySeconds, a.smoke, a.nodes]).toStrictEqual([1, 4, true, 13]);
    expect(parseScaleArgs(['--scale', '1000', '--smoke', '--runs', '2']).runs).toBe(2);
  });

  it('refuses a missing --scale, a count that is not positive and an unknown history setting', () => {
    expect(() => parseScaleArgs(['--runs', '2'])).toThrow(/usage/);
    expect(() => parseScaleArgs(['--scale', 'lots'])).toThrow(/positive number/);
    expect(() => parseScaleArgs(['--scale', '100', '--history', 'maybe'])).toThrow(/on or off/);
  });
});

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('takes percentiles by nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 0.5)).toBe(50);
    expect(percentile(xs, 0.95)).toBe(95);
    expect(percentile([7], 0.95)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});

describe('parsePodCount', () => {
  it('reads shown and total from the English and Chinese count lines, with thousands separators', () => {
    expect(parsePodCount('30,011 of 30,011 pods')).toStrictEqual({ shown: 30011, total: 30011 });
    expect(parsePodCount('0 of 1011 pods')).toStrictEqual({ shown: 0, total: 1011 });
    expect(parsePodCount('共 1011 个 Pod，显示 998 个')).toStrictEqual({ shown: 998, total: 1011 });
  });

  it('does not take a progress line for a count', () => {
    expect(parsePodCount('syncing 2,500 of about 30,000')).toBeNull();
    expect(parsePodCount('')).toBeNull();
  });
});

describe('countSlack', () => {
  it('lets the count drift by two pods on a small cluster and by 0.1 % on a big one, less than a 500-row list page', () => {
    expect(countSlack(1034)).toBe(2);
    expect(countSlack(10033)).toBe(10);
    expect(countSlack(30033)).toBe(30);
    expect(countSlack(30033)).toBeLessThan(500);
  });
});

const run = (over: RunFigures): RunFigures => ({ ...Object.fromEntries(Object.keys(FIGURES).map((k) => [k, 1])), ...over });

describe('summarize', () => {
  it('keeps every sample in run order, null where a run could not take it, and the median of the taken ones', () => {
    const s = summarize([{ kubectlMs: 300 }, { kubectlMs: null }, { kubectlMs: 100 }, { kubectlMs: 200 }]);
    expect(s.kubectlMs.samples).toStrictEqual([300, null, 100, 200]);
    expect(s.kubectlMs.median).toBe(200);
    expect(s.bareListMs.median).toBeNull();
    expect(s.serverRssMB.unit).toBe('MB');
  });
});

describe('evaluateTargets', () => {
  it('works a reference bound out from the same run and lets the tightest bound decide', () => {
    const byId = (over: RunFigures) => Object.fromEntries(evaluateTargets(summarize([run(over)])).map((t) => [t.id, t]));
    // 0.3 × 3000 ms = 900 ms is tighter than 1000 ms.
    const t = byId({ kubectlMs: 3000, coldFirstRowMs: 600 })['cold-first-rows'];
    expect([t?.limit, t?.ratio, t?.ratioToReference, t?.pass]).toStrictEqual([900, 0.67, 0.2, true]);
    expect(t?.target).toBe('≤ 1000 ms and ≤ 0.3 × kubectlMs');
    // With a slow kubectl the absolute second decides.
    expect(byId({ kubectlMs: 10000, coldFirstRowMs: 1200 })['cold-first-rows']?.pass).toBe(false);
    expect(byId({ rawWatchP95Ms: 40, eventToDomP95Ms: 200 })['event-to-dom']).toMatchObject({ limit: 190, pass: false });
    expect(byId({ serverRssMB: 250 })['server-rss']).toMatchObject({ limit: 500, ratio: 0.5, pass: true, references: [] });
  });

  it('sets each run against its own references, so a slow kubectl run pairs with a slow page run', () => {
    const runs = [run({ kubectlMs: 1000, coldCompleteMs: 800 }), run({ kubectlMs: 3000, coldCompleteMs: 2700 }), run({ kubectlMs: null, coldCompleteMs: 900 })];
    const t = evaluateTargets(summarize(runs), undefined, runs).find((x) => x.id === 'cold-complete');
    expect(t?.ratioPerRun).toStrictEqual([0.8, 0.9, null]);
    expect(t?.ratioPerRunMedian).toBe(0.85);
    // On the medians: 900 ms against kubectl's 2000 ms.
    expect(t?.ratio).toBe(0.45);
  });

  it('works out the tightest limit, or none without a reference', () => {
    expect(limitOf([{ kind: 'max', limit: 1000 }, { kind: 'times', of: 'kubectlMs', factor: 0.3 }], () => 3000)).toBe(900);
    expect(limitOf([{ kind: 'plus', of: 'rawWatchP95Ms', add: 150 }], () => 40)).toBe(190);
    expect(limitOf([{ kind: 'times', of: 'kubectlMs', factor: 1 }], () => null)).toBeNull();
  });

  it('gives no verdict when the figure or its reference is missing', () => {
    const ts = evaluateTargets(summarize([run({ kubectlMs: null, warmCompleteMs: null })]));
    expect(ts.find((t) => t.id === 'cold-complete')).toMatchObject({ limit: null, ratio: null, pass: null });
    expect(ts.find((t) => t.id === 'warm-complete')).toMatchObject({ measured: null, pass: null });
  });
});

describe('missingFigures and readmeRows', () => {
  const figures = summarize([run({ sseBytesPerRow: null })]);
  const result: ScaleResult = {
    date: '2026-12-03T20:00:00.000Z',
    scale: { podsRequested: 1000, podsTotal: 1011, nodes: 13 },
    machine: { cpus: 2, cpuModel: 'Test CPU ', memoryMB: 8000, node: 'v20.0.0', loadavgBefore: [1.5, 1, 1], loadavgAfter: [2, 1, 1] },
    config: { runs: 1 },
    stages: [],
    figures,
    targets: evaluateTargets(figures, undefined, [run({ sseBytesPerRow: null })]),
    missing: missingFigures(figures),
    runDetails: [],
    notes: [],
  };

  it('names the figures no run took', () => {
    expect(result.missing).toStrictEqual<FigureKey[]>(['sseBytesPerRow']);
  });

  it('prints a caption with size, date and machine, then one row per target saying met, missed or not measured', () => {
    const lines = readmeRows(result).split('\n');
    expect(lines[0]).toBe('**1,011 pods / 13 nodes**, 2026-12-03, 2 cores (Test CPU), load average 1.5 → 2, Node v20.0.0, median of 1 run(s)');
    expect(lines.find((l) => l.startsWith('| SSE bytes per pod row'))).toContain('| not measured |');
    expect(lines.find((l) => l.startsWith('| complete table, warm'))).toBe('| complete table, warm (second tab) | 1 ms | — | ≤ 500 ms | 0 | met |');
    expect(lines.find((l) => l.startsWith('| complete, sorted table'))).toBe('| complete, sorted table, cold server | 1 ms | kubectl 1 ms | ≤ 1 × kubectlMs | 1 (per run 1) | met |');
    expect(lines.filter((l) => l.startsWith('| ')).length).toBe(2 + result.targets.length + 10);
  });
});

describe('parseSchedstat and timesBetween', () => {
  it('reads a thread\'s time on a CPU and its time waiting for one, in ms', () => {
    expect(parseSchedstat('7526172358 8785655634 142157\n')).toStrictEqual({ cpuMs: 7526.2, waitMs: 8785.7 });
  });

  it('gives null for text that is not a schedstat line', () => {
    expect(parseSchedstat('')).toBeNull();
    expect(parseSchedstat('no such file')).toBeNull();
  });

  it('tells a request that waited for a busy core from one that worked', () => {
    expect(timesBetween({ cpuMs: 10, waitMs: 5 }, { cpuMs: 40, waitMs: 905 })).toStrictEqual({ cpuMs: 30, waitMs: 900 });
  });
});

describe('delaysAfter', () => {
  it('times each write to the page and to the bare watch, leaving out a write one of them never saw', () => {
    const written = new Map([['a', 100], ['b', 200], ['c', 300]]);
    expect(delaysAfter(written, { 'default/a': 150, 'default/c': 390, 'other/b': 210 }, new Map([['a', 120], ['b', 230]]), 'default')).toStrictEqual({ page: [50, 90], watch: [20, 30] });
  });
});
