import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { diagnosisText } from '../lib/concepts';
import { t } from '../lib/i18n/messages';
import { CONTEXT, DEMO, kubectl } from './sandbox';

// The Job page against the sandbox: failing-job past its backoff limit (three
// failed pods, exit code 1, the diagnosis), and a scratch Indexed Job of our
// own whose grid fills as its pods complete; axe in light and dark mode.

const url = (name: string, query = '') => `/${CONTEXT}/jobs/${DEMO}/${name}${query}`;

async function openLive(page: Page, to: string): Promise<void> {
  await page.goto(to);
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

/** pod → exit code of its first container, as kubectl reads them for a Job's pods. */
async function kubectlExitCodes(job: string): Promise<Record<string, string>> {
  const out = await kubectl(['get', 'pods', '-n', DEMO, '-l', `batch.kubernetes.io/job-name=${job}`, '-o', 'jsonpath={range .items[*]}{.metadata.name} {.status.containerStatuses[0].state.terminated.exitCode}{"\\n"}{end}']);
  return Object.fromEntries(
    out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.trim().split(' ') as [string, string]),
  );
}

/** An Indexed Job of 3 completions, 2 at a time; the sandbox's simulated kubelet runs each pod ~4 s to exit 0. */
function scratchJob(name: string) {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, namespace: DEMO, labels: { 'kube-explain.dev/e2e': 'job-spec' } },
    spec: {
      completions: 3,
      parallelism: 2,
      completionMode: 'Indexed',
      activeDeadlineSeconds: 600,
      ttlSecondsAfterFinished: 300,
      template: { spec: { restartPolicy: 'Never', containers: [{ name: 'work', image: 'busybox:1.36', command: ['sh', '-c', 'echo index $JOB_COMPLETION_INDEX'] }] } },
    },
  };
}

test.describe('Job page', () => {
  test('failing-job: three failed pods with exit code 1, and the backoff-limit diagnosis', async ({ page }) => {
    await openLive(page, url('failing-job'));
    await expect(page.getByTestId('job-detail')).toBeVisible();
    const codes = await kubectlExitCodes('failing-job');
    expect(Object.values(codes)).toStrictEqual(['1', '1', '1']);
    const failed = page.getByTestId('job-failed-pod');
    await expect(failed).toHaveCount(3);
    expect((await failed.evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-pod'), r.getAttribute('data-exit-code')]))).sort()).toStrictEqual(
      Object.entries(codes).sort(),
    );
    for (const pod of Object.keys(codes)) {
      await expect(page.locator(`[data-testid=job-failed-pod][data-pod="${pod}"]`).getByRole('link', { name: pod })).toHaveAttribute('href', `/${CONTEXT}/pods/${DEMO}/${pod}`);
    }
    await expect(page.getByTestId('job-backoff')).toContainText(t('en', 'job.backoff.reached', { limit: 2, failed: 3 }));
    const diagnosis = page.locator('[data-diagnosis=job-backoff-limit]');
    await expect(diagnosis).toBeVisible();
    const params = { kind: 'Job', name: 'failing-job', namespace: DEMO, scope: 'job', backoffLimit: 2, failed: 3, exitCodes: '1' };
    await expect(diagnosis.locator('h3')).toHaveText(diagnosisText('job-backoff-limit', 'en', params).title);
    await expect(diagnosis.getByTestId('evidence')).toContainText('spec.backoffLimit2');
    await expect(page.getByTestId('job-cell')).toHaveAttribute('data-state', 'not-run');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/job-failed.png', fullPage: true });

    // The conditions tab explains FailureTarget and Failed, and the URL keeps the tab.
    await page.getByRole('tab', { name: new RegExp(t('en', 'job.tab.conditions')) }).click();
    await expect(page).toHaveURL(/[?&]tab=conditions/);
    await expect(page.locator('[data-testid=job-condition][data-type=FailureTarget]')).toContainText(t('en', 'job.cond.FailureTarget'));
    await expect(page.locator('[data-testid=job-condition][data-type=Failed]')).toContainText(t('en', 'job.reason.BackoffLimitExceeded'));
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/job-conditions.png', fullPage: true });
  });

  test('a scratch Indexed Job completes and its grid fills, index by index', async ({ page }) => {
    const name = `e2e-grid-${Date.now().toString(36)}`;
    // Open the page first: it says the Job does not exist, then shows it as it appears.
    await openLive(page, url(name));
    await expect(page.getByTestId('job-not-found')).toBeVisible();
    await kubectl(['apply', '-f', '-'], JSON.stringify(scratchJob(name)));
    try {
      const cells = page.getByTestId('job-cell');
      await expect(cells).toHaveCount(3, { timeout: 15_000 });
      await expect(cells.nth(0)).toHaveAttribute('data-label', '0');
      await expect(page.getByTestId('job-deadline')).toBeVisible();
      await expect(page.locator('[data-testid=job-cell][data-state=succeeded]')).toHaveCount(3, { timeout: 45_000 });
      await expect(page.getByTestId('job-progress')).toHaveText(t('en', 'job.progress.fixed', { succeeded: 3, completions: 3, active: 0, failed: 0, parallelism: 2 }));
      await expect(page.getByTestId('workload-row').getByTestId('cell-status')).toHaveText('Complete');
      expect((await kubectl(['get', 'job', name, '-n', DEMO, '-o', 'jsonpath={.status.completedIndexes}'])).trim()).toBe('0-2');
      await expect(page.getByTestId('job-deadline')).toContainText(t('en', 'job.deadline.finished', { seconds: 600 }));
      await expect(page.getByTestId('job-ttl')).toContainText('ttlSecondsAfterFinished 300');
      await expect(page.getByTestId('no-diagnoses')).toBeVisible();
      await expectAccessible(page);
      await page.screenshot({ path: 'test-results/screens/job-complete.png', fullPage: true });
    } finally {
      await kubectl(['delete', 'job', name, '-n', DEMO, '--wait=false']);
    }
  });
});
