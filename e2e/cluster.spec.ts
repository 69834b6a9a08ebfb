import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { CONTEXT, kubectl } from './sandbox';

const CONTROL_PLANE = ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager'] as const;

/** The hostname part of a leader Lease's holderIdentity ("<host>_<uuid>"), as the map shows it. */
async function leaseHolder(name: string): Promise<string> {
  const identity = (await kubectl(['get', 'lease', name, '-n', 'kube-system', '-o', 'jsonpath={.spec.holderIdentity}'])).trim();
  return identity.slice(0, identity.lastIndexOf('_'));
}

test.describe('cluster overview', () => {
  test('draws the four control-plane components healthy with their live evidence', async ({ page }) => {
    await page.goto(`/${CONTEXT}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cluster overview');
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    const plane = page.getByTestId('control-plane');
    for (const id of CONTROL_PLANE) {
      await expect(plane.locator(`[data-component="${id}"]`)).toHaveAttribute('data-health', 'healthy');
      await expect(plane.locator(`[data-component="${id}"] a[data-concept="${id}"]`)).toHaveAttribute('href', `/concepts/${id}`);
    }
    // etcd's health is the apiserver's own readyz check, printed as the apiserver prints it.
    await expect(plane.getByTestId('etcd-readyz')).toContainText('[+]etcd ok');
    await expect(plane.getByTestId('readyz-summary')).toContainText(/\d+\/\d+ checks ok \(passed\)/);
    const version = JSON.parse(await kubectl(['version', '-o', 'json'])) as { serverVersion: { gitVersion: string } };
    await expect(plane.getByTestId('apiserver-version')).toContainText(version.serverVersion.gitVersion);
    await page.screenshot({ path: 'test-results/screens/cluster.png', fullPage: true });
  });

  test('shows who holds the scheduler and controller-manager leader Leases, with a ticking renew age', async ({ page }) => {
    await page.goto(`/${CONTEXT}`);
    for (const id of ['kube-scheduler', 'kube-controller-manager'] as const) {
      const box = page.locator(`[data-component="${id}"]`);
      await expect(box.getByTestId('lease-holder')).toContainText(await leaseHolder(id));
      await expect(box.getByTestId('lease-renewed')).toContainText(/\d+s ago/);
    }
    const renewed = page.locator('[data-component="kube-scheduler"]').getByTestId('lease-renewed');
    const first = await renewed.textContent();
    // The leader renews every ~2 s and the age ticks every second; allow for a loaded CI machine.
    await expect.poll(() => renewed.textContent(), { timeout: 25_000 }).not.toBe(first);
  });

  test('says honestly which parts are absent or simulated in the sandbox', async ({ page }) => {
    await page.goto(`/${CONTEXT}`);
    await expect(page.locator('[data-component="kube-proxy"]')).toHaveAttribute('data-health', 'absent');
    await expect(page.locator('[data-component="coredns"]')).toHaveAttribute('data-health', 'absent');
    await expect(page.locator('[data-component="coredns"]').getByTestId('absent-note')).toContainText('CoreDNS');
    await expect(page.getByTestId('simulated-note')).toContainText('KWOK');
    await expect(page.getByTestId('node-box')).toHaveCount(3);
    await expect(page.locator('[data-node="sandbox-control-plane"]')).toContainText('node-role.kubernetes.io/control-plane:NoSchedule');
  });

  test('counts pods by STATUS and links CrashLoopBackOff to the Pods list filtered to it', async ({ page }) => {
    await page.goto(`/${CONTEXT}`);
    const link = page.locator('[data-testid=status-count][data-status="CrashLoopBackOff"]');
    await expect(link).toBeVisible({ timeout: 30_000 });
    await expect(link).toHaveAttribute('href', `/${CONTEXT}/pods?status=CrashLoopBackOff`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${CONTEXT}/pods\\?status=CrashLoopBackOff$`));
    await expect(page.getByTestId('pod-row').first()).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('[data-pod="explain-demo/crash-loop"]')).toBeVisible({ timeout: 30_000 });
    const statuses = await page.getByTestId('pod-status').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toStrictEqual(new Set(['CrashLoopBackOff']));
  });

  test('lists namespaces with pod counts linking to the Pods list, and explains the namespace line', async ({ page }) => {
    await page.goto(`/${CONTEXT}`);
    const row = page.locator('[data-testid=namespace-row][data-namespace="explain-demo"]');
    await expect(row.getByRole('link')).toHaveAttribute('href', `/${CONTEXT}/pods?namespace=explain-demo`);
    await expect(page.locator('[data-testid=namespace-row][data-namespace="kube-node-lease"]')).toBeVisible();
    await expect(page.locator('section[aria-labelledby="ns-title"] a[data-concept="namespace"]').first()).toBeVisible();
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await page.goto(`/${CONTEXT}`);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toStrictEqual([]);
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    const dark = await new AxeBuilder({ page }).analyze();
    expect(dark.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toStrictEqual([]);
  });
});
