import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CONTEXT } from './sandbox';

test.describe('language', () => {
  test.describe('a browser that prefers Chinese', () => {
    test.use({ locale: 'zh-CN', extraHTTPHeaders: { 'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.5' } });

    test('gets Chinese by default from Accept-Language', async ({ page }) => {
      await page.goto(`/${CONTEXT}`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('集群概览');
      await expect(page.getByTestId('simulated-note')).toContainText('KWOK 模拟');
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toStrictEqual([]);
      await page.screenshot({ path: 'test-results/screens/language-zh.png', fullPage: true });
    });

    test('switches to English with the toggle and keeps it', async ({ page, context }) => {
      await page.goto(`/${CONTEXT}/pods`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pod 列表');
      await page.getByRole('link', { name: 'EN', exact: true }).click();
      await expect(page).toHaveURL(/[?&]lang=en/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pods');
      expect((await context.cookies()).find((c) => c.name === 'lang')?.value).toBe('en');
      await page.goto('/concepts/readiness-probe');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Readiness probe');
    });
  });

  test('an English browser switches to zh, keeps it across navigation in a cookie, and shares it by URL', async ({ page, context, browser }) => {
    await page.goto(`/${CONTEXT}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cluster overview');

    await page.getByRole('link', { name: '中文', exact: true }).click();
    await expect(page).toHaveURL(/[?&]lang=zh/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('集群概览');
    await expect(page.locator('[data-component="coredns"]').getByTestId('absent-note')).toContainText('无法解析');
    expect((await context.cookies()).find((c) => c.name === 'lang')?.value).toBe('zh');

    // Plain links (no ?lang=) keep the choice through the cookie.
    await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: 'Pod' }).click();
    await expect(page).toHaveURL(new RegExp(`/${CONTEXT}/pods$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pod 列表');
    await expect(page.getByRole('columnheader', { name: '状态' })).toBeVisible();

    await page.goto('/concepts/control-plane');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('控制平面（Control Plane）');
    await expect(page.getByTestId('misconception')).toContainText('常见误解');
    await expect(page.getByTestId('misconception-correction')).toContainText('控制平面');

    // The URL alone carries the language to someone without the cookie.
    const fresh = await browser.newContext({ locale: 'en-US' });
    try {
      const other = await fresh.newPage();
      await other.goto(`/${CONTEXT}?lang=zh`);
      await expect(other.getByRole('heading', { level: 1 })).toHaveText('集群概览');
      await other.goto('/concepts');
      await expect(other.getByRole('heading', { level: 1 })).toHaveText('概念');
    } finally {
      await fresh.close();
    }
  });
});
