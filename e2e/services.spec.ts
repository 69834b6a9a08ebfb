import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../lib/i18n/messages';
import { diagnosisText } from '../lib/concepts';
import { CONTEXT, DEMO, kubectl } from './sandbox';

const listUrl = `/${CONTEXT}/services?namespace=${DEMO}`;
const detailUrl = (name: string) => `/${CONTEXT}/services/${DEMO}/${name}`;

async function live(page: Page) {
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
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

/** `kubectl get services --no-headers` as { name → [TYPE, CLUSTER-IP, EXTERNAL-IP, PORT(S)] }. */
async function kubectlServices(namespace: string): Promise<Record<string, string[]>> {
  const out = await kubectl(['get', 'services', '-n', namespace, '--no-headers']);
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name = '', ...cols] = line.trim().split(/\s+/);
        return [name, cols.slice(0, 4)];
      }),
  );
}

test.describe('Services', () => {
  test('lists the explain-demo Services with kubectl columns and the no-endpoints badges', async ({ page }) => {
    await page.goto(listUrl);
    await live(page);
    const theirs = await kubectlServices(DEMO);
    const ours = await page.getByTestId('service-row').evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [(r.getAttribute('data-service') ?? '').split('/')[1] ?? '', [...r.querySelectorAll('td')].slice(1, 5).map((td) => td.textContent ?? '')])),
    );
    expect(ours).toStrictEqual(theirs);
    await expect(page.locator('[data-service="explain-demo/web"] [data-testid=service-endpoints]')).toHaveText('3/3');
    await expect(page.locator('[data-service="explain-demo/web"] [data-testid=service-diagnosis]')).toHaveCount(0);
    await expect(page.locator('[data-service="explain-demo/no-endpoints"] [data-testid=service-diagnosis]')).toHaveAttribute('data-diagnosis', 'service-no-endpoints');
    await expect(page.locator('[data-service="explain-demo/readiness-demo"] [data-testid=service-diagnosis]')).toHaveAttribute('data-diagnosis', 'service-no-ready-endpoints');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/services.png', fullPage: true });
  });

  test('shows readiness-fail as a not-ready endpoint of readiness-demo, and says it is not Ready', async ({ page }) => {
    await page.goto(detailUrl('readiness-demo'));
    await live(page);
    const endpoint = page.locator('[data-testid=endpoint][data-pod=readiness-fail]');
    await expect(endpoint).toHaveAttribute('data-state', 'not-ready');
    await expect(endpoint.locator('[data-condition=ready]')).toHaveAttribute('data-value', 'false');
    await expect(endpoint.locator('[data-condition=serving]')).toHaveAttribute('data-value', 'false');
    await expect(endpoint.locator('[data-condition=terminating]')).toHaveAttribute('data-value', 'false');
    await expect(endpoint.getByTestId('endpoint-pod')).toHaveAttribute('href', `/${CONTEXT}/pods/${DEMO}/readiness-fail`);
    // The slice the controller wrote agrees.
    const sliceReady = await kubectl(['get', 'endpointslices', '-n', DEMO, '-l', 'kubernetes.io/service-name=readiness-demo', '-o', 'jsonpath={.items[*].endpoints[*].conditions.ready}']);
    expect(sliceReady.trim()).toBe('false');

    const row = page.locator('[data-testid=selector-row][data-pod=readiness-fail]');
    await expect(row).toHaveAttribute('data-verdict', 'not-ready');
    await expect(row.locator('[data-testid=label-cell]')).toHaveAttribute('data-state', 'match');
    await expect(row.locator('[data-reason]')).toHaveAttribute('data-reason', 'not-ready');
    await expect(row.getByTestId('selector-why')).toContainText(t('en', 'svc.reason.notReady'));
    await expect(page.locator('[data-diagnosis=service-no-ready-endpoints]')).toBeVisible();
    await expect(page.getByTestId('env-names')).toContainText('READINESS_DEMO_SERVICE_HOST');
    await expect(page.getByTestId('dns-fqdn')).toHaveText(`readiness-demo.${DEMO}.svc.cluster.local`);
    await expect(page.locator('[data-testid=port-resolution]')).toContainText('readiness-fail → 8080');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/service-detail.png', fullPage: true });
  });

  test('shows the three web pods as ready endpoints with ✓ for every selector label', async ({ page }) => {
    await page.goto(detailUrl('web'));
    await live(page);
    const fromSlices = (await kubectl(['get', 'endpointslices', '-n', DEMO, '-l', 'kubernetes.io/service-name=web', '-o', 'jsonpath={.items[*].endpoints[*].targetRef.name}'])).trim().split(/\s+/).sort();
    expect(fromSlices).toHaveLength(3);
    const endpoints = page.locator('[data-testid=endpoint][data-state=ready]');
    await expect(endpoints).toHaveCount(3);
    expect((await endpoints.evaluateAll((els) => els.map((e) => e.getAttribute('data-pod') ?? ''))).sort()).toStrictEqual(fromSlices);

    const selector = JSON.parse(await kubectl(['get', 'service', 'web', '-n', DEMO, '-o', 'jsonpath={.spec.selector}'])) as Record<string, string>;
    const rows = page.getByTestId('selector-row');
    await expect(rows).toHaveCount(3);
    for (const row of await rows.all()) {
      await expect(row).toHaveAttribute('data-verdict', 'ready');
      const cells = row.getByTestId('label-cell');
      await expect(cells).toHaveCount(Object.keys(selector).length);
      for (const cell of await cells.all()) await expect(cell).toHaveAttribute('data-state', 'match');
      await expect(row.getByText('✓')).toHaveCount(Object.keys(selector).length);
    }
    await expect(page.locator('[data-diagnosis]')).toHaveCount(0);
  });

  test('explains that no-endpoints selects no pods', async ({ page }) => {
    await page.goto(detailUrl('no-endpoints'));
    await live(page);
    const d = page.locator('[data-diagnosis=service-no-endpoints]');
    await expect(d).toBeVisible();
    await expect(d).toContainText(diagnosisText('service-no-endpoints', 'en', { service: 'no-endpoints' }).title);
    await expect(d.getByTestId('evidence')).toContainText('{"app":"web-frontend"}');
    await expect(page.getByTestId('selector-empty')).toBeVisible();
    await expect(page.getByTestId('near-misses')).toContainText('app=web');
    await expect(page.getByTestId('endpoint')).toHaveCount(0);
  });

  test('shows the same Service page in Chinese', async ({ page }) => {
    await page.goto(`${detailUrl('readiness-demo')}?lang=zh`);
    await live(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 2, name: t('zh', 'svc.selector.title') })).toBeVisible();
    await expect(page.locator('[data-diagnosis=service-no-ready-endpoints]')).toContainText(diagnosisText('service-no-ready-endpoints', 'zh', { service: 'readiness-demo' }).title);
    await expect(page.locator('[data-testid=selector-row][data-pod=readiness-fail]')).toContainText(t('zh', 'svc.reason.notReady'));
    await expect(page.getByTestId('connection')).toHaveText(t('zh', 'conn.live'));
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/service-detail-zh.png', fullPage: true });
  });
});
