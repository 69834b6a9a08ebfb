import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../lib/i18n/messages';
import { nodeObject } from '../sandbox/lib/nodes';
import { CONTEXT, kubectl } from './sandbox';

const listUrl = `/${CONTEXT}/nodes`;
const SANDBOX_NODES = ['sandbox-control-plane', 'sandbox-worker', 'sandbox-worker2'];

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

/** `kubectl get nodes --no-headers` as { name → STATUS }. */
async function kubectlNodeStatus(): Promise<Record<string, string>> {
  const out = await kubectl(['get', 'nodes', '--no-headers']);
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [name = '', status = ''] = line.trim().split(/\s+/);
        return [name, status];
      }),
  );
}

async function tableStatus(page: Page): Promise<Record<string, string>> {
  return page.getByTestId('node-row').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-node') ?? '', r.querySelector('[data-testid=node-status]')?.textContent ?? ''])));
}

test.describe('Nodes', () => {
  test('lists the three sandbox nodes with STATUS exactly as kubectl get nodes prints it', async ({ page }) => {
    await page.goto(listUrl);
    await live(page);
    // Other tests may add or cordon their own nodes meanwhile: compare snapshots taken together until they agree.
    await expect(async () => {
      const [ours, theirs] = await Promise.all([tableStatus(page), kubectlNodeStatus()]);
      expect(ours).toStrictEqual(theirs);
      expect(SANDBOX_NODES.every((n) => n in ours)).toBe(true);
    }).toPass({ timeout: 20_000, intervals: [250, 500, 1000] });
    const sandboxRows = page.locator(SANDBOX_NODES.map((n) => `[data-testid=node-row][data-node="${n}"]`).join(', '));
    await expect(sandboxRows).toHaveCount(3);
    await expect(page.locator('[data-node=sandbox-control-plane] [data-testid=node-roles]')).toHaveText('control-plane');
    await expect(page.locator('[data-node=sandbox-worker] [data-testid=node-runtime]')).toHaveText(/^containerd:\/\//);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/nodes.png', fullPage: true });
  });

  test('shows a cordoned node as Ready,SchedulingDisabled without a reload', async ({ page }) => {
    // Our own KWOK node, with a private NoSchedule taint so nobody else's pods land on it.
    const name = `e2e-cordon-${Date.now().toString(36)}`;
    const node = nodeObject({ name, controlPlane: false, index: 200 + Math.floor(Math.random() * 40) }) as { spec: Record<string, unknown> };
    node.spec.taints = [{ key: 'kube-explain.dev/e2e', value: 'nodes-spec', effect: 'NoSchedule' }];
    await page.goto(listUrl);
    await live(page);
    await kubectl(['apply', '-f', '-'], JSON.stringify(node));
    try {
      const status = page.locator(`[data-testid=node-row][data-node="${name}"] [data-testid=node-status]`);
      await expect(status).toHaveText('Ready', { timeout: 30_000 });
      await kubectl(['cordon', name]);
      await expect(status).toHaveText('Ready,SchedulingDisabled', { timeout: 5_000 });
      expect((await kubectlNodeStatus())[name]).toBe('Ready,SchedulingDisabled');
      await page.screenshot({ path: 'test-results/screens/nodes-cordoned.png', fullPage: true });
    } finally {
      await kubectl(['delete', 'node', name, '--wait=false']);
    }
    await expect(page.locator(`[data-testid=node-row][data-node="${name}"]`)).toHaveCount(0, { timeout: 10_000 });
  });

  test('explains the control-plane node: its well-known taint, resources and containerd', async ({ page }) => {
    await page.goto(`${listUrl}/sandbox-control-plane`);
    await live(page);

    const taint = page.locator('[data-testid=taint-row][data-key="node-role.kubernetes.io/control-plane"]');
    await expect(taint).toHaveAttribute('data-origin', 'setup');
    await expect(taint.getByTestId('taint-origin')).toHaveText(t('en', 'nodes.taint.origin.setup'));
    await expect(taint.getByTestId('taint-effect')).toHaveText('NoSchedule');
    await expect(taint.getByTestId('taint-does')).toContainText(t('en', 'nodes.taint.newPods.blocked'));
    await expect(taint.getByTestId('taint-does')).toContainText(t('en', 'nodes.taint.running.kept'));
    await expect(taint.locator('[data-concept=taint-control-plane]')).toBeVisible();

    const capacity = JSON.parse(await kubectl(['get', 'node', 'sandbox-control-plane', '-o', 'jsonpath={.status.capacity}'])) as Record<string, string>;
    await expect(page.getByTestId('resource-row')).toHaveCount(3);
    await expect(page.locator('[data-resource=cpu] [data-testid=resource-capacity]')).toHaveText(capacity.cpu ?? '');
    await expect(page.locator('[data-resource=pods] [data-testid=resource-capacity]')).toHaveText(capacity.pods ?? '');
    const meters = page.getByRole('meter');
    await expect(meters).toHaveCount(3);
    await expect(meters.first()).toHaveAttribute('aria-valuetext', /of 4 \(\d+%\)/);

    await expect(page.getByTestId('runtime-explained')).toHaveAttribute('data-runtime', 'containerd');
    await expect(page.getByTestId('runtime-explained')).toContainText('CRI');
    await expect(page.getByTestId('runtime').locator('[data-concept=container-runtime]').first()).toBeVisible();
    await expect(page.getByTestId('info-kubelet')).toHaveText((await kubectl(['get', 'node', 'sandbox-control-plane', '-o', 'jsonpath={.status.nodeInfo.kubeletVersion}'])).trim());

    await expect(page.locator('[data-testid=condition-row][data-condition=Ready]')).toHaveAttribute('data-state', 'ok');
    await expect(page.getByTestId('heartbeat')).toHaveAttribute('data-source', 'lease');
    // The Lease age ticks in the browser between renewals.
    const before = await page.getByTestId('heartbeat-age').textContent();
    await expect(page.getByTestId('heartbeat-age')).not.toHaveText(before ?? '', { timeout: 5_000 });

    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/node-detail.png', fullPage: true });
  });
});
