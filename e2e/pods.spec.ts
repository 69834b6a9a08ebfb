import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { apiserver, CONTEXT, DEMO, kubectl, kubectlPods, scenarioFile, type KubectlPodRow } from './sandbox';

/**
 * Every row of the Pods table. The table is virtualized (only rows near the
 * viewport exist), so this scrolls through it and collects the rows on the way.
 */
async function tableRows(page: Page): Promise<Record<string, KubectlPodRow>> {
  return page.getByTestId('pods-table').evaluate(async (table) => {
    const rows: Record<string, { ready: string; status: string; restarts: string }> = {};
    const collect = () => {
      for (const r of table.querySelectorAll('[data-testid=pod-row]')) {
        rows[(r.getAttribute('data-pod') ?? '').split('/')[1] ?? ''] = {
          ready: r.querySelector('[data-testid=pod-ready]')?.textContent ?? '',
          status: r.querySelector('[data-testid=pod-status]')?.textContent ?? '',
          restarts: r.querySelector('[data-testid=pod-restarts]')?.textContent ?? '',
        };
      }
    };
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    let scroller = table.parentElement;
    while (scroller && !/auto|scroll/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
    if (!scroller) {
      collect();
      return rows;
    }
    scroller.scrollTop = 0;
    await painted();
    for (;;) {
      collect();
      const before = scroller.scrollTop;
      scroller.scrollTop = before + scroller.clientHeight / 2;
      await painted();
      if (scroller.scrollTop === before) break;
    }
    scroller.scrollTop = 0;
    return rows;
  });
}

/**
 * How far the "(<age> ago)" of RESTARTS may drift between the table and kubectl:
 * the browser re-ages every 5 s and kubectl runs a moment apart. The coarser unit
 * of the two printed ages is added on top ("12m" is only exact to the minute).
 */
const RESTART_AGE_TOLERANCE_S = 10;

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400, y: 365 * 86_400 };

/** "6 (5m43s ago)" → { count: 6, ago: { seconds: 343, unit: 1 } }; "0" → { count: 0, ago: null }. */
function parseRestarts(text: string): { count: number; ago: { seconds: number; unit: number } | null } {
  const match = /^(\d+)(?: \(([0-9smhdy]+) ago\))?$/.exec(text.trim());
  if (!match) throw new Error(`not a RESTARTS cell: ${JSON.stringify(text)}`);
  const count = Number(match[1]);
  if (match[2] === undefined) return { count, ago: null };
  const parts = [...match[2].matchAll(/(\d+)([smhdy])/g)].map(([, n, u]) => ({ n: Number(n), unit: UNIT_SECONDS[u ?? ''] ?? NaN }));
  return { count, ago: { seconds: parts.reduce((sum, p) => sum + p.n * p.unit, 0), unit: Math.min(...parts.map((p) => p.unit)) } };
}

/** READY and STATUS exactly as kubectl prints them; RESTARTS' count exactly and its age within the tolerance. */
function expectSameAsKubectl(ours: Record<string, KubectlPodRow>, theirs: Record<string, KubectlPodRow>): void {
  expect(Object.keys(ours).sort()).toStrictEqual(Object.keys(theirs).sort());
  const exact = (rows: Record<string, KubectlPodRow>) =>
    Object.fromEntries(
      Object.entries(rows).map(([name, r]) => {
        const { count, ago } = parseRestarts(r.restarts);
        return [name, { ready: r.ready, status: r.status, restartCount: count, restartAged: ago !== null }];
      }),
    );
  expect(exact(ours)).toStrictEqual(exact(theirs));
  for (const [name, row] of Object.entries(ours)) {
    const a = parseRestarts(row.restarts).ago;
    const b = parseRestarts(theirs[name]?.restarts ?? '').ago;
    if (a === null || b === null) continue;
    const drift = Math.abs(a.seconds - b.seconds);
    expect(drift, `${name}: RESTARTS "${row.restarts}" vs kubectl "${theirs[name]?.restarts}"`).toBeLessThanOrEqual(
      RESTART_AGE_TOLERANCE_S + Math.max(a.unit, b.unit),
    );
  }
}

const podsUrl = `/${CONTEXT}/pods?namespace=${DEMO}`;

test.describe('live Pods view', () => {
  test('shows every explain-demo pod with READY, STATUS and RESTARTS equal to kubectl get pods', async ({ page }) => {
    await page.goto(podsUrl);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    // Crash-looping pods change state every few seconds: compare snapshots taken together until they agree.
    await expect(async () => {
      const [ours, theirs] = await Promise.all([tableRows(page), kubectlPods(DEMO)]);
      expectSameAsKubectl(ours, theirs);
    }).toPass({ timeout: 30_000, intervals: [250, 500, 1000] });
    await page.screenshot({ path: 'test-results/screens/pods.png', fullPage: true });
  });

  test('shows a newly created pod within 2 seconds, without a reload', async ({ page }) => {
    await page.goto(podsUrl);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    const name = `e2e-new-${Date.now().toString(36)}`;
    await kubectl(['run', name, '-n', DEMO, '--image=nginx:1.27', '--restart=Never']);
    try {
      await expect(page.locator(`[data-pod="${DEMO}/${name}"]`)).toBeVisible({ timeout: 2_000 });
    } finally {
      await kubectl(['delete', 'pod', name, '-n', DEMO, '--wait=false']);
    }
  });

  test('shows the slow-deletion pod as Terminating, then removes its row, without a reload', async ({ page }) => {
    // Filtered to the one pod: the table is virtualized, and explain-demo has more pods than fit in the view.
    await page.goto(`${podsUrl}&q=slow-delete`);
    const row = page.locator(`[data-pod="${DEMO}/slow-delete"]`);
    await expect(row.getByTestId('pod-status')).toHaveText('Running');
    await kubectl(['delete', 'pod', 'slow-delete', '-n', DEMO, '--wait=false']);
    try {
      await expect(row.getByTestId('pod-status')).toHaveText('Terminating', { timeout: 5_000 });
      await expect(row).toHaveCount(0, { timeout: 40_000 });
    } finally {
      await kubectl(['apply', '-f', scenarioFile('10-slow-delete.yaml')]);
    }
  });

  test('shows reconnecting while the apiserver is down, then converges to kubectl get pods', async ({ page }) => {
    await page.goto(podsUrl);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    await apiserver('stop');
    try {
      await expect(page.getByTestId('connection')).toHaveAttribute('data-state', /reconnecting|stale/, { timeout: 30_000 });
      await expect(page.getByTestId('connection')).toContainText(/reconnecting|stale since/);
    } finally {
      await apiserver('start');
    }
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live', { timeout: 60_000 });
    await expect(async () => {
      const [ours, theirs] = await Promise.all([tableRows(page), kubectlPods(DEMO)]);
      expectSameAsKubectl(ours, theirs);
    }).toPass({ timeout: 30_000, intervals: [250, 500, 1000] });
  });
});

/** "3 of 12 pods" → [3, 12]. */
async function podCount(page: Page): Promise<[number, number]> {
  const m = /^(\d+) of (\d+) pods$/.exec(((await page.getByTestId('pod-count').textContent()) ?? '').trim());
  if (!m) throw new Error('pod-count is not "N of M pods"');
  return [Number(m[1]), Number(m[2])];
}

test.describe('Pods table at work', () => {
  test('counts, the text filter and the status filter agree with kubectl, and the count keeps its "N of M pods" form', async ({ page }) => {
    await page.goto(podsUrl);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    await expect(async () => {
      const theirs = await kubectlPods(DEMO);
      expect(await podCount(page)).toStrictEqual([Object.keys(theirs).length, Object.keys(theirs).length]);
    }).toPass({ timeout: 30_000, intervals: [250, 500, 1000] });

    await page.getByTestId('text-filter').fill('WEB-');
    await expect(page).toHaveURL(/q=WEB-/);
    await expect(async () => {
      const theirs = Object.keys(await kubectlPods(DEMO));
      const [shown, total] = await podCount(page);
      expect([shown, total]).toStrictEqual([theirs.filter((n) => n.includes('web-')).length, theirs.length]);
      expect(Object.keys(await tableRows(page)).sort()).toStrictEqual(theirs.filter((n) => n.includes('web-')).sort());
    }).toPass({ timeout: 30_000, intervals: [250, 500, 1000] });

    await page.getByTestId('text-filter').fill('');
    const crashing = page.getByTestId('status-filter').locator('option', { hasText: /^CrashLoopBackOff \(\d+\)$/ });
    await expect(crashing).toHaveCount(1);
    const listed = Number(/\((\d+)\)/.exec((await crashing.textContent()) ?? '')?.[1]);
    await page.getByTestId('status-filter').selectOption('CrashLoopBackOff');
    await expect(page).toHaveURL(/status=CrashLoopBackOff/);
    await expect(page.getByTestId('pod-row')).toHaveCount(listed);
    for (const status of await page.getByTestId('pod-status').allTextContents()) expect(status).toBe('CrashLoopBackOff');
    expect((await podCount(page))[0]).toBe(listed);
  });

  test('all namespaces: End focuses the last pod although it was not rendered, PageUp comes back, and Home returns to the first', async ({ page }) => {
    await page.goto(`/${CONTEXT}/pods`);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    const [, total] = await podCount(page);
    const rows = page.getByTestId('pod-row');
    await rows.first().focus();
    await page.keyboard.press('End');
    await expect(page.locator(`[data-testid=pod-row][data-row-index="${total - 1}"]`)).toBeFocused();
    await page.keyboard.press('PageUp');
    await expect(page.locator(`[data-testid=pod-row][data-row-index="${Math.max(0, total - 11)}"]`)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(page.locator('[data-testid=pod-row][data-row-index="0"]')).toBeFocused();
    // Still one Tab stop, on the focused row.
    await expect(page.locator('[data-testid=pod-row][tabindex="0"]')).toHaveCount(1);
    await expect(page.locator('[data-testid=pod-row][tabindex="0"]')).toBeFocused();
  });

  test('a synced list shows its count, with no syncing text or progress bar left behind', async ({ page }) => {
    await page.goto(podsUrl);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    await expect(page.getByTestId('pod-count')).toHaveText(/^\d+ of \d+ pods$/);
    await expect(page.getByTestId('sync-progress')).toHaveCount(0);
    await expect(page.getByRole('progressbar')).toHaveCount(0);
  });

  test('while the list is still syncing, the page says how far it has come (en and zh), says loading rather than "no pods", and stays accessible', async ({ page }) => {
    // The stream is answered here with a first sync under way: 3 of about 30,000 pods so far, then none.
    const rowsToSend: unknown[] = [];
    await page.route('**/api/stream?*', async (route) => {
      const subs = JSON.parse(new URL(route.request().url()).searchParams.get('subs') ?? '[]') as [string, { view: string }][];
      const sub = subs.find(([, s]) => s.view === 'pods')?.[0] ?? '';
      const state = { phase: 'syncing', count: rowsToSend.length, total: 30_000, lastEventAt: null };
      const body = `retry: 600000\nevent: hello\ndata: ${JSON.stringify({ streamId: 'e2e-syncing' })}\n\ndata: ${JSON.stringify([{ sub, type: 'snapshot', items: rowsToSend, state }])}\n\n`;
      await route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body });
    });
    await page.goto(`/${CONTEXT}/pods?namespace=${DEMO}&q=no-such-pod-here`);
    const progress = page.getByTestId('sync-progress');
    await expect(progress).toHaveText(/^syncing [\d,]+ of about 30,000 pods$/);
    const bar = page.getByRole('progressbar');
    await expect(bar).toHaveAttribute('aria-valuemax', '30000');
    await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/);
    await expect(page.getByTestId('pod-count')).toHaveCount(0);
    await expect(page.getByTestId('pods-empty')).toHaveText(/Loading pods/);
    await expect(page.getByTestId('pods-empty')).not.toHaveText(/No pods/);
    for (const dark of [false, true]) {
      await page.evaluate((d) => document.documentElement.classList.toggle('dark', d), dark);
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      expect(bad, `axe (${dark ? 'dark' : 'light'})`).toStrictEqual([]);
    }

    await page.evaluate(() => document.documentElement.classList.remove('dark'));
    await page.goto(`/${CONTEXT}/pods?namespace=${DEMO}&q=no-such-pod-here&lang=zh`);
    await expect(page.getByTestId('sync-progress')).toHaveText(/^正在同步 Pod：[\d,]+ \/ 约 30,000 个$/);
  });
});

/** 30,000 synthetic pod rows in kubectl's order: scale-00 … scale-49, web-00000 … web-29999. */
function scaleRows(N: number) {
  return Array.from({ length: N }, (_, i) => ({
    uid: `e2e-scale-${i}`,
    namespace: `scale-${String(i % 50).padStart(2, '0')}`,
    name: `web-${String(i).padStart(5, '0')}`,
    ready: '1/1',
    status: i % 100 === 0 ? 'CrashLoopBackOff' : 'Running',
    severity: i % 100 === 0 ? 'critical' : 'ok',
    restarts: '0',
    restartCount: 0,
    lastRestartAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    node: `node-${i % 1000}`,
    ip: `10.0.${(i >> 8) & 255}.${i & 255}`,
  }));
}

/** Answers the page's stream with one synced snapshot of `items` (the shared sandbox has a few dozen pods). */
async function answerStreamWith(page: Page, items: unknown[]): Promise<void> {
  await page.route('**/api/stream?*', async (route) => {
    const subs = JSON.parse(new URL(route.request().url()).searchParams.get('subs') ?? '[]') as [string, { view: string }][];
    const sub = subs.find(([, s]) => s.view === 'pods')?.[0] ?? '';
    const body = `retry: 600000\nevent: hello\ndata: ${JSON.stringify({ streamId: 'e2e-scale' })}\n\ndata: ${JSON.stringify([{ sub, type: 'snapshot', items, state: { phase: 'synced', lastEventAt: null } }])}\n\n`;
    await route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream' }, body });
  });
}

test.describe('Pods table at 30,000 pods', () => {
  test('keeps only the rows in view in the DOM, filters and counts all 30,000, and reaches the last pod with End', async ({ page }) => {
    const N = 30_000;
    const items = scaleRows(N);
    await answerStreamWith(page, items);
    await page.goto(`/${CONTEXT}/pods`);
    await expect(page.getByTestId('pod-count')).toHaveText(`${N} of ${N} pods`, { timeout: 30_000 });
    expect(await page.getByTestId('pod-row').count()).toBeLessThanOrEqual(60);
    // kubectl's order: namespace, then name.
    await expect(page.locator('[data-testid=pod-row][data-row-index="0"]')).toHaveAttribute('data-pod', 'scale-00/web-00000');

    await page.getByTestId('pod-row').first().focus();
    await page.keyboard.press('End');
    const last = page.locator(`[data-testid=pod-row][data-row-index="${N - 1}"]`);
    await expect(last).toBeFocused();
    await expect(last).toHaveAttribute('data-pod', 'scale-49/web-29999');
    expect(await page.getByTestId('pod-row').count()).toBeLessThanOrEqual(60);

    await page.getByTestId('status-filter').selectOption('CrashLoopBackOff');
    await expect(page.getByTestId('pod-count')).toHaveText(`${N / 100} of ${N} pods`);
    await page.getByTestId('status-filter').selectOption('');
    await expect(page.getByTestId('pod-count')).toHaveText(`${N} of ${N} pods`);
    await page.getByTestId('text-filter').fill('scale-07/web-2');
    await expect(page.getByTestId('pod-count')).toHaveText(`${items.filter((r) => r.namespace === 'scale-07' && r.name.startsWith('web-2')).length} of ${N} pods`);
  });

  test('a table that fills after an empty first paint scrolls at once: the rows at the new position are rendered', async ({ page }) => {
    const N = 30_000;
    await answerStreamWith(page, scaleRows(N));
    // A namespace without pods: the first paint is an empty table, the stream then brings 30,000 rows.
    await page.goto(`/${CONTEXT}/pods?namespace=e2e-no-such-namespace`);
    await expect(page.getByTestId('pod-count')).toHaveText(`${N} of ${N} pods`, { timeout: 30_000 });
    const box = page.getByRole('region', { name: 'Pods' });
    await box.evaluate((el) => {
      el.scrollTop = el.scrollHeight / 2;
    });
    await expect(page.locator(`[data-testid=pod-row][data-row-index="${N / 2}"]`)).toBeAttached({ timeout: 2_000 });
  });
});
