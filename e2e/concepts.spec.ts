import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { CONTEXT, DEMO } from './sandbox';

async function expectNoSeriousViolations(page: Page): Promise<void> {
  for (const dark of [false, true]) {
    await page.evaluate((d) => document.documentElement.classList.toggle('dark', d), dark);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${dark ? 'dark' : 'light'} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toStrictEqual([]);
  }
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
}

test.describe('concepts', () => {
  test('lists the whole catalogue in groups and finds the three probes for 探针', async ({ page }) => {
    await page.goto('/concepts');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Concepts');
    expect(await page.getByTestId('concept-item').count()).toBeGreaterThan(100);
    await expect(page.locator('[data-testid=concept-group][data-group="probes"] [data-testid=concept-item]')).toHaveCount(3);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: 'test-results/screens/concepts.png', fullPage: true });

    await page.getByLabel('Search concepts').fill('探针');
    const items = page.getByTestId('concept-results').getByTestId('concept-item');
    await expect(items.first()).toBeVisible();
    const firstThree = await items.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-concept')));
    expect(firstThree.sort()).toStrictEqual(['liveness-probe', 'readiness-probe', 'startup-probe']);
    await expect(page).toHaveURL(/\?q=%E6%8E%A2%E9%92%88$/);
  });

  test('keeps the search in the URL: an English query on a shared link finds the probes too', async ({ page }) => {
    await page.goto('/concepts?q=probe');
    await expect(page.getByLabel('Search concepts')).toHaveValue('probe');
    const ids = await page.getByTestId('concept-item').evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-concept')));
    expect(ids.sort()).toStrictEqual(['liveness-probe', 'readiness-probe', 'startup-probe']);
    await page.goto('/concepts?q=master');
    await expect(page.getByTestId('concept-item').first()).toHaveAttribute('data-concept', 'control-plane');
  });

  test('shows a concept with its misconception corrected and the official docs', async ({ page }) => {
    await page.goto('/concepts/control-plane');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Control plane');
    await expect(page.getByTestId('misconception')).toContainText('Common misconception');
    await expect(page.getByTestId('misconception-correction')).toContainText('control plane');
    await expect(page.getByTestId('doc-link').first()).toHaveAttribute('href', /^https:\/\/kubernetes\.io\//);
    await expect(page.getByTestId('commands')).toContainText('kubectl get nodes -l node-role.kubernetes.io/control-plane');
    await expect(page.getByTestId('see-it-live').locator(`a[href="/${CONTEXT}/nodes/sandbox-control-plane"]`)).toBeVisible();
  });

  test('links "See it live" for CrashLoopBackOff to the crash-looping pod', async ({ page }) => {
    // The pod leaves CrashLoopBackOff for a moment at each restart; the section is read when the page loads.
    await expect(async () => {
      await page.goto('/concepts/reason-crash-loop-backoff');
      const link = page.getByTestId('see-it-live').locator(`a[href="/${CONTEXT}/pods/${DEMO}/crash-loop"]`);
      await expect(link).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000, intervals: [1000, 2000, 5000] });
    await expect(page.getByTestId('see-it-live')).toContainText(CONTEXT);
    await expectNoSeriousViolations(page);
    await page.screenshot({ path: 'test-results/screens/concept.png', fullPage: true });
  });

  test('answers an unknown concept id with a 404', async ({ page }) => {
    const res = await page.goto('/concepts/no-such-concept');
    expect(res?.status()).toBe(404);
  });
});
