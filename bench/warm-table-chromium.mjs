// The warm Pods table in real Chromium: opens /<context>/pods in a first tab until it shows every pod (the cache is synced and subscribed), then opens
// second tabs one at a time and times each from navigation to the text 'N of N pods' (N > 30000) with a MutationObserver, with when the tab's
// EventSource was made, its hello arrived and the snapshot frame arrived. Needs a server on the 30k sandbox (read-only) and /usr/bin/chromium:
//   node bench/warm-table-chromium.mjs http://127.0.0.1:3312 kube-explain-sandbox 4
import { chromium } from 'playwright-core';
const [base, ctx, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const url = `${base}/${encodeURIComponent(ctx)}/pods`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
await context.addInitScript(() => {
  const check = () => {
    const el = document.querySelector('[data-testid="pod-count"]');
    const t = el?.textContent ?? '';
    const m = /^(\d+) of (\d+) pods$/.exec(t.trim());
    if (m && m[1] === m[2] && Number(m[1]) > 30000 && window.__done == null) window.__done = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
  const ES = window.EventSource;
  window.__es = {};
  window.EventSource = class extends ES {
    constructor(url, init) {
      super(url, init);
      if (window.__es.created == null) window.__es.created = performance.now();
      this.addEventListener('hello', () => { if (window.__es.hello == null) window.__es.hello = performance.now(); });
      this.addEventListener('message', (ev) => { if (ev.data.length > 100000 && window.__es.big == null) { window.__es.big = performance.now(); window.__es.bytes = ev.data.length; } });
    }
  };
});
const first = await context.newPage();
let t0 = Date.now();
await first.goto(url);
await first.waitForFunction(() => window.__done != null, null, { timeout: 300000, polling: 200 });
console.log('first tab synced after', Date.now() - t0, 'ms; in-page', await first.evaluate(() => Math.round(window.__done)));
const xs = [];
for (let i = 0; i < runs; i++) {
  const p = await context.newPage();
  await p.goto(url);
  await p.waitForFunction(() => window.__done != null, null, { timeout: 120000, polling: 100 });
  const v = await p.evaluate(() => Math.round(window.__done));
  const nav = await p.evaluate(() => { const n = performance.getEntriesByType('navigation')[0]; const e = window.__es; return { ttfb: Math.round(n.responseStart), dcl: Math.round(n.domContentLoadedEventEnd), esOpen: Math.round(e.created), hello: Math.round(e.hello), frame: Math.round(e.big), bytes: e.bytes }; });
  console.log('second tab', i, v, 'ms', JSON.stringify(nav));
  xs.push(v);
  await p.close();
  await new Promise((r) => setTimeout(r, 1000));
}
xs.sort((a, b) => a - b);
console.log('median', xs[Math.floor(xs.length / 2)], 'all', xs.join(' '));
await browser.close();
