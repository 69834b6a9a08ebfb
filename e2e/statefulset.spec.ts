import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../lib/i18n/messages';
import { CONTEXT, DEMO, kubectl, waitForDefaultServiceAccount } from './sandbox';

// The StatefulSet page against the sandbox: db's ordinals, stable DNS names
// and headless Service; a StatefulSet of our own caught while OrderedReady
// holds its higher ordinals back; axe in light and dark mode.

const stsUrl = (namespace: string, name: string, query = '') => `/${CONTEXT}/statefulsets/${namespace}/${name}${query}`;

async function openLive(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('statefulset-detail')).toBeVisible();
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

test.describe('StatefulSet page', () => {
  test('db: three ordinals with their pods, each with a stable DNS name under the headless Service db', async ({ page }) => {
    await openLive(page, stsUrl(DEMO, 'db'));
    const rows = page.getByTestId('ordinal-row');
    await expect(rows).toHaveCount(3);
    const pods = (await kubectl(['get', 'pods', '-n', DEMO, '-l', 'app=db', '-o', 'jsonpath={.items[*].metadata.name}'])).split(' ').sort();
    expect(pods).toStrictEqual(['db-0', 'db-1', 'db-2']);
    for (const [i, pod] of pods.entries()) {
      const row = page.locator(`[data-testid=ordinal-row][data-ordinal="${i}"]`);
      await expect(row).toHaveAttribute('data-pod', pod);
      await expect(row).toHaveAttribute('data-state', 'available');
      await expect(row.getByTestId('ordinal-dns')).toHaveText(`${pod}.db.${DEMO}.svc.cluster.local`);
      await expect(row.getByTestId('ordinal-pod')).toHaveAttribute('href', `/${CONTEXT}/pods/${DEMO}/${pod}`);
    }
    await expect(page.getByTestId('sts-policy-value')).toHaveText('OrderedReady');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/statefulset.png', fullPage: true });

    await page.locator('[data-tab="network"]').click();
    await expect(page).toHaveURL(/tab=network/);
    await expect(page.getByTestId('sts-service')).toHaveAttribute('data-key', 'sts.service.headless');
    expect(await kubectl(['get', 'service', 'db', '-n', DEMO, '-o', 'jsonpath={.spec.clusterIP}'])).toBe('None');
    await expect(page.getByTestId('sts-service-link')).toHaveAttribute('href', `/${CONTEXT}/services/${DEMO}/db`);
    await expect(page.getByTestId('dns-name')).toHaveText(pods.map((p) => `${p}.db.${DEMO}.svc.cluster.local`));
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/statefulset-network.png', fullPage: true });

    // The shared URL opens the same tab, in Chinese too.
    await openLive(page, stsUrl(DEMO, 'db', '?tab=network&lang=zh'));
    await expect(page.getByRole('tab', { selected: true })).toHaveText(t('zh', 'sts.tab.network'));
    await expect(page.getByTestId('sts-service')).toContainText(t('zh', 'sts.service.headless', { name: 'db', namespace: DEMO }));
  });

  test('OrderedReady: a higher ordinal is not created until the one before it is Ready, and the page says which it waits for', async ({ page }) => {
    test.setTimeout(180_000);
    const ns = `e2e-sts-${Math.random().toString(36).slice(2, 8)}`;
    const name = 'kv';
    await kubectl(['create', 'namespace', ns]);
    try {
      await waitForDefaultServiceAccount(ns);
      const objects = [
        { apiVersion: 'v1', kind: 'Service', metadata: { name, namespace: ns }, spec: { clusterIP: 'None', selector: { app: name }, ports: [{ port: 6379 }] } },
        {
          apiVersion: 'apps/v1',
          kind: 'StatefulSet',
          metadata: { name, namespace: ns },
          spec: {
            serviceName: name,
            replicas: 3,
            selector: { matchLabels: { app: name } },
            template: {
              metadata: { labels: { app: name } },
              spec: { containers: [{ name: 'kv', image: 'redis:7.4', ports: [{ name: 'redis', containerPort: 6379 }], readinessProbe: { tcpSocket: { port: 'redis' }, initialDelaySeconds: 10, periodSeconds: 2 } }] },
            },
          },
        },
      ];
      await kubectl(['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }));
      await openLive(page, stsUrl(ns, name));
      // While kv-0 or kv-1 is not Ready yet, kv-2 does not exist and its row names the ordinal it waits for.
      const last = page.locator('[data-testid=ordinal-row][data-ordinal="2"]');
      await expect(last).toHaveAttribute('data-state', 'missing');
      await expect(last.getByTestId('ordinal-why')).toHaveText(new RegExp(`^${t('en', 'sts.why.waitsMissing', { pod: 'kv-2', blocker: 'kv-X' }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('kv-X', 'kv-[01]')}$`));
      await expect(page.locator('[data-testid=ordinal-row][data-blocking=true]')).toHaveCount(1);
      expect(await kubectl(['get', 'pods', '-n', ns, '-o', 'jsonpath={.items[*].metadata.name}'])).not.toContain('kv-2');
      await page.screenshot({ path: 'test-results/screens/statefulset-ordered-start.png', fullPage: true });
      // Then each becomes Ready in turn, and nothing waits any more.
      await expect(page.locator('[data-testid=ordinal-row][data-state=available]')).toHaveCount(3, { timeout: 120_000 });
      await expect(page.locator('[data-testid=ordinal-row][data-blocking=true]')).toHaveCount(0);
      await expect(page.locator('[data-testid=sts-policy] [data-key="sts.policy.allAvailable"]')).toBeVisible();
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });
});
