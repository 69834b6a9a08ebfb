import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CONTEXT, DEMO } from './sandbox';

// The shared table (components/ui/data-table.tsx) and detail frame
// (components/ui/detail-frame.tsx) work from the keyboard alone: rows that
// link somewhere take one Tab stop and move with the arrow keys, Enter opens
// the row; the detail tabs move with the arrow keys and open with Enter.

async function live(page: Page) {
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
}

async function expectAccessible(page: Page) {
  for (const dark of [false, true]) {
    await page.evaluate((d) => document.documentElement.classList.toggle('dark', d), dark);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
    expect(bad, `axe (${dark ? 'dark' : 'light'})`).toStrictEqual([]);
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}

test.describe('keyboard', () => {
  test('Pods list: the rows take one Tab stop, move with the arrows, and Enter opens the pod', async ({ page }) => {
    await page.goto(`/${CONTEXT}/pods?namespace=${DEMO}`);
    await live(page);
    const rows = page.getByTestId('pod-row');
    await expect(rows.first()).toBeVisible();
    // Exactly one row is in the tab order.
    await expect(page.locator('[data-testid=pod-row][tabindex="0"]')).toHaveCount(1);

    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    const last = rows.last();
    await expect(last).toBeFocused();
    await page.keyboard.press('Home');
    await expect(rows.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const pod = (await rows.nth(1).getAttribute('data-pod')) ?? '';
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${CONTEXT}/pods/${pod}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(pod.split('/')[1] ?? '');
  });

  test('Pods list has no serious accessibility violations, in light and dark mode', async ({ page }) => {
    await page.goto(`/${CONTEXT}/pods?namespace=${DEMO}`);
    await live(page);
    await expect(page.getByTestId('pod-row').first()).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/pods-list.png', fullPage: true });
  });

  test('Pod page: the tab list moves with the arrow keys and opens a tab with Enter, in the URL', async ({ page }) => {
    await page.goto(`/${CONTEXT}/pods/${DEMO}/crash-loop`);
    await live(page);
    const tablist = page.getByRole('tablist');
    await expect(tablist.getByRole('tab', { selected: true })).toHaveAttribute('data-tab', 'overview');
    await tablist.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-tab=containers]')).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('[data-tab=commands]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/tab=commands/);
    await expect(page.locator('[data-tab=commands]')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toHaveAttribute('data-testid', 'tab-commands');
    // The breadcrumb leads back to the list of the pod's namespace.
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link')).toHaveAttribute('href', `/${CONTEXT}/pods?namespace=${DEMO}`);
  });

  test('Node page: its pods are rows that Enter opens', async ({ page }) => {
    await page.goto(`/${CONTEXT}/nodes/sandbox-worker`);
    await live(page);
    const row = page.getByTestId('node-pod').first();
    await expect(row).toBeVisible();
    const pod = (await row.getAttribute('data-pod')) ?? '';
    await row.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${CONTEXT}/pods/${pod}$`));
  });
});
