/**
 * Browser-side figures for a big cluster: how long the Pods page takes to
 * show every pod, how many rows the DOM actually holds (virtualization), and
 * frame times while scrolling the whole table. Merges them into
 * bench/results/latest.json. Needs the app running at BENCH_URL against a
 * scaled sandbox, and Chromium at /usr/bin/chromium.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

async function main(): Promise<void> {
  const base = process.env.BENCH_URL ?? 'http://127.0.0.1:3000';
  const context = process.env.BENCH_CONTEXT ?? 'kube-explain-sandbox';
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const started = Date.now();
  await page.goto(`${base}/${encodeURIComponent(context)}/pods`);
  await page.waitForFunction(() => {
    const m = /(\d+) of (\d+)/.exec(document.querySelector('[data-testid=pod-count]')?.textContent ?? '');
    return m !== null && Number(m[2]) > 1000 && m[1] === m[2];
  }, undefined, { timeout: 120_000 });
  const podsPageAllRowsMs = Date.now() - started;
  const total = await page.locator('[data-testid=pod-count]').textContent();
  const domRows = await page.locator('[data-testid=pod-row]').count();
  const frames = await page.evaluate(async () => {
    const el = document.querySelector('[data-testid=pods-table]')?.parentElement;
    if (!el) return [];
    const times: number[] = [];
    let last = performance.now();
    const steps = 120;
    for (let i = 1; i <= steps; i++) {
      el.scrollTop = (el.scrollHeight * i) / steps;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const now = performance.now();
      times.push(now - last);
      last = now;
    }
    return times;
  });
  await browser.close();
  const sorted = [...frames].sort((a, b) => a - b);
  const pct = (p: number) => Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 10) / 10;
  const ui = { podsPageAllRowsMs, podCountText: total, domRowsRendered: domRows, scrollFrameMsP50: pct(0.5), scrollFrameMsP95: pct(0.95) };
  const file = path.join(__dirname, 'results', 'latest.json');
  const latest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify({ ...latest, ui }, null, 2) + '\n');
  process.stdout.write(JSON.stringify(ui, null, 2) + '\n');
}

void main().catch((err: unknown) => {
  process.stderr.write(`ui bench failed: ${(err as Error).message}\n`);
  process.exit(1);
});
