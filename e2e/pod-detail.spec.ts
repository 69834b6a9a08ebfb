import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CONTEXT, DEMO, kubectl } from './sandbox';

const podUrl = (namespace: string, name: string, query = '') => `/${CONTEXT}/pods/${namespace}/${name}${query}`;

async function openLive(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
}

/** A scratch namespace of our own, ready for pods once its default ServiceAccount exists. */
async function scratchNamespace(): Promise<string> {
  const ns = `e2e-pod-${Math.random().toString(36).slice(2, 8)}`;
  await kubectl(['create', 'namespace', ns]);
  await expect(async () => {
    await kubectl(['get', 'serviceaccount', 'default', '-n', ns]);
  }).toPass({ timeout: 30_000, intervals: [250, 500, 1000] });
  return ns;
}

test.describe('Pod detail page', () => {
  test('crash-loop: CrashLoopBackOff diagnosis, last exit code 1, and the previous instance’s log', async ({ page }) => {
    await openLive(page, podUrl(DEMO, 'crash-loop'));
    const diagnosis = page.locator('[data-diagnosis="crash-loop-backoff"]');
    await expect(diagnosis).toBeVisible();
    await expect(diagnosis.getByTestId('evidence')).toContainText('lastState.terminated.exitCode');

    await page.locator('[data-tab="containers"]').click();
    await expect(page).toHaveURL(/tab=containers/);
    await expect(page.locator('[data-container="app"]').getByTestId('last-exit-code')).toHaveText('1');

    await page.locator('[data-tab="logs"]').click();
    await expect(page).toHaveURL(/tab=logs/);
    await expect(page.getByTestId('log-previous')).toBeChecked();
    const log = page.getByTestId('log-text');
    await expect(log).toHaveAttribute('data-previous', 'true');
    await expect(log).toContainText('config file /etc/app/config.yaml not found');

    // The shared URL opens the same view.
    await page.reload();
    await expect(page.getByTestId('log-text')).toContainText('config file /etc/app/config.yaml not found');
  });

  test('readiness-fail: the readiness probe is failing, with its Unhealthy events as evidence', async ({ page }) => {
    await openLive(page, podUrl(DEMO, 'readiness-fail', '?tab=probes'));
    await expect(page.locator('[data-diagnosis="readiness-failing"]')).toBeVisible();
    const probe = page.locator('[data-testid="probe-readiness"][data-container="app"]');
    await expect(probe).toHaveAttribute('data-verdict', 'failing');
    await expect(probe.getByTestId('probe-verdict')).toHaveText('failing');
    await expect(probe.getByTestId('probe-failures')).not.toHaveText(/^0 failures/);
    await expect(probe.getByTestId('probe-last-failure')).toContainText('Readiness probe failed');
    await expect(probe).toContainText('ready: false');
    // Startup and liveness are not configured, so they count as passing.
    await expect(page.locator('[data-testid="probe-liveness"][data-container="app"]')).toHaveAttribute('data-verdict', 'none');
  });

  test('unschedulable: the FailedScheduling reasons decoded with node counts, as the scheduler reported them', async ({ page }) => {
    await openLive(page, podUrl(DEMO, 'unschedulable'));
    await expect(page.locator('[data-diagnosis="unschedulable"]')).toBeVisible();
    await expect(async () => {
      const message = await kubectl(['get', 'pod', 'unschedulable', '-n', DEMO, '-o', 'jsonpath={.status.conditions[?(@.type=="PodScheduled")].message}']);
      const total = /^0\/(\d+) nodes are available/.exec(message)?.[1];
      const cpu = /(\d+) Insufficient cpu/.exec(message)?.[1];
      expect(total && cpu).toBeTruthy();
      const row = page.getByTestId('scheduling-reason').filter({ hasText: 'Insufficient cpu' });
      await expect(row).toHaveCount(1, { timeout: 1000 });
      await expect(row.locator('td').nth(0)).toHaveText(`${cpu} of ${total} nodes`, { timeout: 1000 });
      await expect(row.locator('td').nth(1)).toHaveText('Insufficient cpu', { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await expect(page.getByTestId('scheduling-summary')).toContainText('0 of');
    // No container has run, so there is no log to fetch.
    await page.locator('[data-tab="logs"]').click();
    await expect(page.getByTestId('log-not-started')).toBeVisible();
  });

  test('a pod being deleted shows its grace-period countdown ticking, then not found', async ({ page }) => {
    const ns = await scratchNamespace();
    try {
      const name = 'slow';
      await kubectl(
        ['apply', '-f', '-'],
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name, namespace: ns, labels: { app: 'slow', 'sandbox.kube-explain.dev/scenario': 'slow-delete' } },
          spec: {
            terminationGracePeriodSeconds: 20,
            containers: [{ name: 'app', image: 'busybox:1.36', command: ['sh', '-c', 'trap "" TERM; while true; do sleep 1; done'] }],
          },
        }),
      );
      await openLive(page, podUrl(ns, name));
      await expect(page.getByTestId('pod-status')).toHaveText('Running', { timeout: 30_000 });
      await kubectl(['delete', 'pod', name, '-n', ns, '--wait=false']);

      const countdown = page.getByTestId('grace-countdown');
      await expect(countdown).toBeVisible({ timeout: 5_000 });
      await expect(page.getByTestId('pod-status')).toHaveText('Terminating');
      const first = Number(await countdown.getAttribute('data-seconds'));
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThanOrEqual(20);
      await expect(countdown).toContainText(`${first}s`);
      await expect.poll(async () => Number(await countdown.getAttribute('data-seconds')), { timeout: 5_000 }).toBeLessThan(first);

      await expect(page.getByTestId('pod-not-found')).toBeVisible({ timeout: 45_000 });
      await expect(page.getByTestId('pod-not-found').getByRole('link')).toHaveAttribute('href', `/${CONTEXT}/pods?namespace=${ns}`);
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });

  test('a pod with two init containers walks Init:0/2 → Init:1/2 → Running on the open page', async ({ page }) => {
    const ns = await scratchNamespace();
    try {
      const name = 'init-steps';
      // Open the page first: it says not found, then follows the pod from its first moment, without a reload.
      await openLive(page, podUrl(ns, name));
      await expect(page.getByTestId('pod-not-found')).toBeVisible();
      await kubectl(
        ['apply', '-f', '-'],
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name, namespace: ns, labels: { app: 'init-steps' } },
          spec: {
            initContainers: [
              { name: 'fetch-config', image: 'busybox:1.36', command: ['sh', '-c', 'echo fetching config'] },
              { name: 'migrate', image: 'busybox:1.36', command: ['sh', '-c', 'echo running migrations'] },
            ],
            containers: [{ name: 'app', image: 'nginx:1.27' }],
          },
        }),
      );
      const status = page.getByTestId('pod-status');
      await expect(status).toHaveText('Init:0/2', { timeout: 10_000 });
      await expect(page.locator('[data-node="Initialized"]')).toHaveAttribute('data-here', 'true');
      await expect(status).toHaveText('Init:1/2', { timeout: 15_000 });
      await expect(status).toHaveText('Running', { timeout: 20_000 });
      await expect(page.locator('[data-node="Ready"]')).toHaveAttribute('data-here', 'true');
      await expect(page.locator('[data-step="started"]')).toHaveAttribute('data-state', 'done');
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });

  test('?lang=zh shows the same page with Chinese explanations', async ({ page }) => {
    await openLive(page, podUrl(DEMO, 'crash-loop', '?lang=zh'));
    const diagnosis = page.locator('[data-diagnosis="crash-loop-backoff"]');
    await expect(diagnosis.getByRole('heading')).toHaveText('容器 app 反复崩溃');
    await expect(page.locator('[data-tab="logs"]')).toHaveText('日志');
    await expect(page.getByTestId('you-are-here')).toHaveText('当前位置');
    await expect(page.locator('[data-step="submitted"]')).toContainText('API 服务器校验 Pod 并写入 etcd');
  });

  test('has no serious or critical accessibility violations, in light and dark mode', async ({ page }) => {
    await openLive(page, podUrl(DEMO, 'crash-loop'));
    await expect(page.locator('[data-diagnosis="crash-loop-backoff"]')).toBeVisible();
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(await serious()).toStrictEqual([]);
    await page.screenshot({ path: 'test-results/screens/pod-detail.png', fullPage: true });

    for (const tab of ['containers', 'probes', 'events', 'logs', 'yaml', 'commands', 'volumes']) {
      await page.locator(`[data-tab="${tab}"]`).click();
      await expect(page.getByTestId(`tab-${tab}`)).toBeVisible();
      expect(await serious(), tab).toStrictEqual([]);
    }

    await page.evaluate(() => document.documentElement.classList.add('dark'));
    await page.locator('[data-tab="overview"]').click();
    expect(await serious()).toStrictEqual([]);
    await page.screenshot({ path: 'test-results/screens/pod-detail-dark.png', fullPage: true });
  });

  test('the tabs are real links reachable with the keyboard', async ({ page }) => {
    await openLive(page, podUrl(DEMO, 'readiness-fail'));
    const events = page.locator('[data-tab="events"]');
    await events.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/tab=events/);
    await expect(page.locator('[data-tab="events"]')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByTestId('event-row').first()).toBeVisible();
    await expect(page.getByTestId('events-table')).toContainText('kubelet (simulated by KWOK)');
  });
});
