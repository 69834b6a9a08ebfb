import { expect, test, type Page } from '@playwright/test';
import { apiserver, CONTEXT, DEMO, kubectl, kubectlPods, scenarioFile } from './sandbox';

async function tableRows(page: Page): Promise<Record<string, { ready: string; status: string }>> {
  return page.locator('[data-testid=pod-row]').evaluateAll((rows) =>
    Object.fromEntries(
      rows.map((r) => [
        (r.getAttribute('data-pod') ?? '').split('/')[1] ?? '',
        { ready: r.querySelector('[data-testid=pod-ready]')?.textContent ?? '', status: r.querySelector('[data-testid=pod-status]')?.textContent ?? '' },
      ]),
    ),
  );
}

const podsUrl = `/${CONTEXT}/pods?namespace=${DEMO}`;

test.describe('live Pods view', () => {
  test('shows every explain-demo pod with READY and STATUS equal to kubectl get pods', async ({ page }) => {
    await page.goto(podsUrl);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    // Crash-looping pods change state every few seconds: compare snapshots taken together until they agree.
    await expect(async () => {
      const [ours, theirs] = await Promise.all([tableRows(page), kubectlPods(DEMO)]);
      expect(Object.keys(ours).sort()).toStrictEqual(Object.keys(theirs).sort());
      expect(ours).toStrictEqual(theirs);
    }).toPass({ timeout: 30_000, intervals: [250, 500, 1000] });
    await page.screenshot({ path: 'test-results/screens/pods.png', fullPage: true });
  });

  test('shows a newly created pod within 2 seconds, without a reload', async ({ page }) => {
    await page.goto(podsUrl);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    const name = `e2e-new-${Date.now().toString(36)}`;
    await kubectl(['run', name, '-n', DEMO, '--image=nginx:1.27', '--restart=Never']);
    try {
      await expect(page.locator(`[data-pod="${DEMO}/${name}"]`)).toBeVisible({ timeout: 2_000 });
    } finally {
      await kubectl(['delete', 'pod', name, '-n', DEMO, '--wait=false']);
    }
  });

  test('shows the slow-deletion pod as Terminating, then removes its row, without a reload', async ({ page }) => {
    await page.goto(podsUrl);
    const row = page.locator(`[data-pod="${DEMO}/slow-delete"]`);
    await expect(row.getByTestId('pod-status')).toHaveText('Running');
    await kubectl(['delete', 'pod', 'slow-delete', '-n', DEMO, '--wait=false']);
    try {
      await expect(row.getByTestId('pod-status')).toHaveText('Terminating', { timeout: 5_000 });
      await expect(row).toHaveCount(0, { timeout: 40_000 });
    } finally {
      await kubectl(['apply', '-f', scenarioFile('10-slow-delete.yaml')]);
    }
  });

  test('shows reconnecting while the apiserver is down, then converges to kubectl get pods', async ({ page }) => {
    await page.goto(podsUrl);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    await apiserver('stop');
    try {
      await expect(page.getByTestId('connection')).toHaveAttribute('data-state', /reconnecting|stale/, { timeout: 30_000 });
      await expect(page.getByTestId('connection')).toContainText(/reconnecting|stale since/);
    } finally {
      await apiserver('start');
    }
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live', { timeout: 60_000 });
    await expect(async () => {
      const [ours, theirs] = await Promise.all([tableRows(page), kubectlPods(DEMO)]);
      expect(ours).toStrictEqual(theirs);
    }).toPass({ timeout: 30_000, intervals: [250, 500, 1000] });
  });
});
