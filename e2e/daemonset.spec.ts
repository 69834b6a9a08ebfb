import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../lib/i18n/messages';
import { CONTEXT, DEMO, kubectl } from './sandbox';

// The DaemonSet page against the sandbox's node-agent: one pod on each
// worker, none on the control plane, whose NoSchedule taint it does not
// tolerate; the rolling update budget in numbers; en and zh; axe in light
// and dark mode.

const url = (query = '') => `/${CONTEXT}/daemonsets/${DEMO}/node-agent${query}`;
const CONTROL_PLANE_TAINT = { taint: 'node-role.kubernetes.io/control-plane:NoSchedule', effect: 'NoSchedule' };

async function openLive(page: Page, to: string): Promise<void> {
  await page.goto(to);
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('daemonset-detail')).toBeVisible();
}

/** No serious or critical axe violations, in light and in dark mode. */
async function expectAccessible(page: Page) {
  for (const dark of [false, true]) {
    await page.evaluate((d) => document.documentElement.classList.toggle('dark', d), dark);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    expect(bad, `axe (${dark ? 'dark' : 'light'})`).toStrictEqual([]);
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}

/** node → the node-agent pod kubectl says runs there. */
async function kubectlDaemonPods(): Promise<Record<string, string>> {
  const out = await kubectl(['get', 'pods', '-n', DEMO, '-l', 'app=node-agent', '-o', 'jsonpath={range .items[*]}{.spec.nodeName} {.metadata.name}{"\\n"}{end}']);
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.trim().split(' ') as [string, string]),
  );
}

const row = (page: Page, node: string) => page.locator(`[data-testid=ds-node-row][data-node="${node}"]`);

test.describe('DaemonSet page', () => {
  test('node-agent runs one pod on each worker, and the control-plane row says its taint is not tolerated', async ({ page }) => {
    await openLive(page, url());
    const pods = await kubectlDaemonPods();
    expect(Object.keys(pods).sort()).toStrictEqual(['sandbox-worker', 'sandbox-worker2']);
    for (const worker of ['sandbox-worker', 'sandbox-worker2']) {
      const r = row(page, worker);
      await expect(r).toHaveAttribute('data-state', 'running');
      await expect(r).toHaveAttribute('data-should-run', 'true');
      await expect(r.getByTestId('ds-pod')).toHaveCount(1);
      await expect(r.getByTestId('ds-pod')).toHaveAttribute('data-pod', pods[worker] ?? '');
      await expect(r.getByRole('link', { name: pods[worker] ?? '' })).toHaveAttribute('href', `/${CONTEXT}/pods/${DEMO}/${pods[worker]}`);
    }
    const cp = row(page, 'sandbox-control-plane');
    await expect(cp).toHaveAttribute('data-state', 'not-eligible');
    await expect(cp).toHaveAttribute('data-should-run', 'false');
    await expect(cp.getByTestId('ds-pod')).toHaveCount(0);
    await expect(cp.getByTestId('ds-why')).toContainText(t('en', 'ds.why.taint.notTolerated', CONTROL_PLANE_TAINT));
    await expect(cp.getByRole('link', { name: 'sandbox-control-plane' })).toHaveAttribute('href', `/${CONTEXT}/nodes/sandbox-control-plane`);
    await expect(page.getByTestId('ds-summary')).toHaveText(t('en', 'ds.summary', { eligible: 2, nodes: 3, running: 2 }));
    await expect(page.getByTestId('no-diagnoses')).toHaveText(t('en', 'ds.diag.none'));
    // The kubectl row beside it agrees.
    await expect(page.getByTestId('workload-row').getByTestId('cell-desired')).toHaveText('2');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/daemonset.png', fullPage: true });
  });

  test('the rolling update tab works the budget out in numbers and keeps its place in the URL', async ({ page }) => {
    await openLive(page, url());
    await page.getByRole('tab', { name: t('en', 'ds.tab.update') }).click();
    await expect(page).toHaveURL(/[?&]tab=update/);
    await expect(page.getByTestId('ds-budget')).toContainText(t('en', 'ds.budget.unavailable.absolute', { value: 1 }));
    await expect(page.getByTestId('ds-budget')).toContainText(t('en', 'ds.budget.so.replace', { unavailable: 1 }));
    await expect(page.getByTestId('ds-progress')).toHaveText(t('en', 'ds.progress', { updated: 2, available: 2, desired: 2 }));
    await expect(page.getByTestId('ds-commands')).toContainText(`kubectl rollout undo daemonset/node-agent -n ${DEMO}`);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/daemonset-update.png', fullPage: true });
    // A shared link opens the same tab.
    await openLive(page, url('?tab=update'));
    await expect(page.getByRole('tab', { name: t('en', 'ds.tab.update') })).toHaveAttribute('aria-selected', 'true');
  });

  test('?lang=zh explains the same nodes in Chinese', async ({ page }) => {
    await openLive(page, url('?lang=zh'));
    await expect(row(page, 'sandbox-control-plane').getByTestId('ds-why')).toContainText(t('zh', 'ds.why.taint.notTolerated', CONTROL_PLANE_TAINT));
    await expect(row(page, 'sandbox-worker').getByTestId('ds-state')).toHaveText(t('zh', 'ds.stateWord.running'));
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/daemonset-zh.png', fullPage: true });
  });
});
