import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CONTEXT, DEMO, kubectl, waitForDefaultServiceAccount } from './sandbox';

// History (issue 12): the pod page's Timeline tab and replay, a deleted pod's
// page, the namespace feed and the pods a workload replaced. The server
// records from its start (playwright.config.ts gives it a fresh HISTORY_DB),
// so the explain-demo pods begin with the state they had then; the scratch
// pods are recorded from their creation.

const podUrl = (namespace: string, name: string, query = '') => `/${CONTEXT}/pods/${namespace}/${name}${query}`;

async function openLive(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
}

async function scratchNamespace(): Promise<string> {
  const ns = `e2e-hist-${Math.random().toString(36).slice(2, 8)}`;
  await kubectl(['create', 'namespace', ns]);
  await waitForDefaultServiceAccount(ns);
  return ns;
}

/** No serious or critical axe finding on the page, light and dark. */
async function expectAccessible(page: Page) {
  for (const dark of [false, true]) {
    await page.evaluate((d) => document.documentElement.classList.toggle('dark', d), dark);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    expect(bad, `axe (${dark ? 'dark' : 'light'})`).toStrictEqual([]);
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}

const windowSpan = async (page: Page) => {
  const w = page.getByTestId('timeline-window');
  return Number(await w.getAttribute('data-to')) - Number(await w.getAttribute('data-from'));
};

test.describe('History', () => {
  test('crash-loop: the Timeline tab shows its container crash-looping and its BackOff events explained, zooms with the keyboard, and replays', async ({ page }) => {
    await openLive(page, podUrl(DEMO, 'crash-loop'));
    // The diagnosis says since when it has held (at least since the server started recording).
    await expect(page.locator('[data-diagnosis="crash-loop-backoff"]').getByTestId('diagnosis-since')).toContainText(/since/, { timeout: 30_000 });
    await page.locator('[data-tab="timeline"]').click();
    await expect(page).toHaveURL(/tab=timeline/);
    const timeline = page.getByTestId('timeline');
    await expect(timeline).toHaveAttribute('data-state', 'ok', { timeout: 30_000 });
    await expect(page.getByTestId('recorder-state')).toHaveAttribute('data-status', 'recording');

    // One lane for the pod, its conditions, its container and its events.
    const lanes = page.getByTestId('lane');
    await expect(lanes.and(page.locator('[data-lane="pod"]'))).toHaveCount(1);
    await expect(lanes.and(page.locator('[data-lane="condition:Ready"]'))).toHaveCount(1);
    const app = page.locator('[data-testid="lane"][data-lane="container:app"]');
    await expect(app).toHaveCount(1);
    // It crash-loops: its container spends its time waiting in CrashLoopBackOff between short runs that exit 1.
    await expect(app.locator('[data-testid="lane-span"][data-reason="CrashLoopBackOff"]').first()).toBeAttached();

    // The kubelet's BackOff event is on the events lane; picking it explains it by the catalogue.
    const backOff = page.locator('[data-testid="lane"][data-lane="events"] [data-testid="timeline-mark"][data-label="BackOff"]').first();
    await expect(backOff).toBeAttached({ timeout: 30_000 });
    await backOff.click();
    const detail = page.getByTestId('mark-detail');
    await expect(detail.getByTestId('mark-label')).toHaveText('BackOff');
    await expect(detail.locator('[data-concept="reason-crash-loop-backoff"]').first()).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/pod-timeline.png', fullPage: true });

    // Zoom and pan with the keyboard on the lanes: + halves the view, 0 shows everything again.
    const all = await windowSpan(page);
    await page.getByTestId('timeline-lanes').focus();
    await page.keyboard.press('+');
    await expect.poll(() => windowSpan(page)).toBeLessThan(all * 0.6);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('0');
    await expect.poll(() => windowSpan(page)).toBeGreaterThanOrEqual(all * 0.99);

    // Replay: the moment kube-explain first saw the pod (the pod lane's first mark; the events may be older) redraws the
    // lifecycle and the containers as they were, kept in the URL.
    await page.locator('[data-testid="lane"][data-lane="pod"] [data-testid="timeline-mark"]').first().click();
    await detail.getByTestId('replay-mark').click();
    await expect(page).toHaveURL(/[?&]at=/);
    const replay = page.getByTestId('replay');
    await expect(replay.getByTestId('replay-at')).toBeVisible();
    await expect(replay.getByTestId('replay-state')).toHaveAttribute('data-phase', 'Running');
    await expect(replay.getByTestId('lifecycle')).toBeVisible();
    await expect(replay.locator('[data-container="app"]').first()).toBeVisible();
    // Before anything was recorded there is nothing to draw; Home on the slider goes there, End back to the newest moment.
    await replay.getByTestId('replay-slider').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    await expect(replay.getByTestId('replay-state')).toHaveAttribute('data-phase', 'Running');

    // A shared URL opens the same moment.
    const at = await replay.getByTestId('replay-at').getAttribute('data-at');
    await page.reload();
    await expect(page.getByTestId('replay-at')).toHaveAttribute('data-at', at ?? '');

    // The export links download this timeline as Markdown and JSON.
    const md = await page.request.get((await page.getByTestId('export-md').getAttribute('href')) ?? '');
    expect(md.status()).toBe(200);
    expect(await md.text()).toContain('crash-loop');
    const json = await page.request.get((await page.getByTestId('export-json').getAttribute('href')) ?? '');
    expect(json.status()).toBe(200);
    expect(JSON.stringify(await json.json())).toContain('crash-loop');
  });

  test('init-demo: lanes for both init containers and the app, and a replay where Initialized has passed', async ({ page }) => {
    await openLive(page, podUrl(DEMO, 'init-demo', '?tab=timeline'));
    await expect(page.getByTestId('timeline')).toHaveAttribute('data-state', 'ok', { timeout: 30_000 });
    const titles = page.getByTestId('lane-title');
    await expect(titles.filter({ hasText: 'fetch-config' })).toContainText(/init container/);
    await expect(titles.filter({ hasText: 'migrate' })).toContainText(/init container/);
    await expect(page.locator('[data-testid="lane"][data-lane="container:app"]')).toHaveCount(1);
    // Init containers come before the app, in their order.
    const order = await page.getByTestId('lane').evaluateAll((els) => els.map((e) => e.getAttribute('data-lane')).filter((l) => l?.startsWith('container:')));
    expect(order).toStrictEqual(['container:fetch-config', 'container:migrate', 'container:app']);

    // Replay the newest recorded moment (the slider's Home, then End): the lifecycle diagram is past Initialized.
    await page.getByTestId('replay-slider').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('End');
    const state = page.getByTestId('replay-state');
    await expect(state).toHaveAttribute('data-phase', 'Running');
    await expect(state.locator('[data-node="Initialized"]')).toHaveAttribute('data-state', 'passed');
    await expect(state.locator('[data-container="fetch-config"]').first()).toBeVisible();

    // In Chinese: the tab, the lanes and the replay speak it.
    await page.goto(podUrl(DEMO, 'init-demo', '?tab=timeline&lang=zh'));
    await expect(page.locator('[data-tab="timeline"]')).toHaveText('时间线');
    await expect(page.getByTestId('lane-title').filter({ hasText: 'migrate' })).toContainText('Init 容器');
    await expect(page.getByTestId('replay')).toContainText('回放');
  });

  test('a deleted pod’s page says when it was deleted, kept by kube-explain, with its last state, diagnosis and whole timeline', async ({ page }) => {
    const ns = await scratchNamespace();
    try {
      const name = 'gone';
      await kubectl(
        ['apply', '-f', '-'],
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name, namespace: ns },
          spec: { terminationGracePeriodSeconds: 1, containers: [{ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 3600'] }] },
        }),
      );
      await openLive(page, podUrl(ns, name));
      await expect(page.getByTestId('pod-status')).toHaveText('Running', { timeout: 45_000 });
      // Its Scheduled event is deleted from the apiserver (as its TTL would): kube-explain keeps it.
      await page.locator('[data-tab="timeline"]').click();
      await expect(page.locator('[data-testid="lane"][data-lane="events"] [data-testid="timeline-mark"][data-label="Scheduled"]')).toBeAttached({ timeout: 30_000 });
      const scheduled = (await kubectl(['get', 'events', '-n', ns, '--field-selector', `involvedObject.name=${name},reason=Scheduled`, '-o', 'jsonpath={.items[0].metadata.name}'])).trim();
      await kubectl(['delete', 'event', scheduled, '-n', ns]);
      await expect(page.locator('[data-testid="lane"][data-lane="events"] [data-testid="timeline-mark"][data-label="Scheduled"]')).toHaveAttribute('data-kept', 'true', { timeout: 30_000 });
      await expect(page.getByTestId('kept-count')).toContainText('kept by kube-explain');
      await kubectl(['delete', 'pod', name, '-n', ns, '--wait=true', '--timeout=60s']);

      // The live page turns not found, and below that, the recorded pod.
      await expect(page.getByTestId('pod-not-found')).toBeVisible({ timeout: 45_000 });
      const deleted = page.getByTestId('pod-deleted');
      await expect(deleted).toBeVisible({ timeout: 30_000 });
      await expect(deleted).toContainText('kept by kube-explain');
      await expect(deleted).toContainText('Deleted at');
      await expect(page.locator('[data-testid="deleted-container"][data-container="app"]')).toContainText('running');
      await expect(page.locator('[data-testid="lane"][data-lane="container:app"]')).toHaveCount(1);
      await expect(page.locator('[data-testid="timeline-mark"][data-label="Deleted"]')).toBeAttached();
      // The replay shows its last moment by default: Terminating, its container still running.
      await expect(page.getByTestId('replay-state')).toHaveAttribute('data-step', 'Terminating');
      await expect(page.getByTestId('replay-state').locator('[data-container="app"]').getByTestId('state-kind')).toHaveText('running');
      // Its whole timeline from creation: scheduled, then deleted.
      await expect(page.locator('[data-testid="lane"][data-lane="pod"] [data-testid="timeline-mark"][data-label="Scheduled"]')).toBeAttached();

      // A fresh load of the URL shows the same, instead of only not-found.
      await page.reload();
      await expect(page.getByTestId('pod-deleted')).toBeVisible({ timeout: 30_000 });
      await expect(page.locator('[data-testid="lane"][data-lane="events"] [data-testid="timeline-mark"][data-label="Scheduled"]')).toHaveAttribute('data-kept', 'true');
      await expectAccessible(page);
      await page.screenshot({ path: 'test-results/screens/pod-deleted.png', fullPage: true });
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });

  test('the namespace feed lists what happened in explain-demo, filtered by severity, linking to each pod’s timeline', async ({ page }) => {
    await page.goto(`/${CONTEXT}/history/${DEMO}`);
    const feed = page.getByTestId('feed');
    await expect(feed).toBeVisible({ timeout: 30_000 });
    const crash = page.locator('[data-testid="feed-group"][data-kind="Pod"][data-name="crash-loop"]');
    await expect(crash).toBeVisible({ timeout: 30_000 });
    await page.screenshot({ path: 'test-results/screens/namespace-feed.png', fullPage: true });
    await expect(crash.getByTestId('feed-object')).toHaveAttribute('href', `/${CONTEXT}/pods/${DEMO}/crash-loop?tab=timeline`);

    await page.getByTestId('feed-severity').selectOption('warning');
    await page.getByTestId('feed-apply').click();
    await expect(page).toHaveURL(/severity=warning/);
    await expect(page.getByTestId('feed')).toBeVisible();
    const severities = await page.getByTestId('feed-item').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-severity')))]);
    expect(severities.every((s) => s === 'warning')).toBe(true);
  });

  test('a Deployment lists the pod it replaced, linking to the deleted pod’s page', async ({ page }) => {
    const ns = await scratchNamespace();
    try {
      await kubectl(['create', 'deployment', 'web', '--image=busybox:1.36', '-n', ns, '--', 'sh', '-c', 'sleep 3600']);
      let first = '';
      await expect(async () => {
        first = (await kubectl(['get', 'pods', '-n', ns, '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}'])).trim();
        expect(first).not.toBe('');
      }).toPass({ timeout: 30_000 });
      await kubectl(['delete', 'pod', first, '-n', ns, '--grace-period=0', '--force', '--wait=true']);
      await page.goto(`/${CONTEXT}/deployments/${ns}/web`);
      const row = page.locator(`[data-testid="replaced-pod"][data-pod="${first}"]`);
      await expect(row).toBeVisible({ timeout: 30_000 });
      await expect(row.getByRole('link', { name: first })).toHaveAttribute('href', `/${CONTEXT}/pods/${ns}/${first}?tab=timeline`);
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });
});
