import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { parseCronSchedule, scheduleWords } from '../lib/explain/workloads/cron-schedule';
import { t } from '../lib/i18n/messages';
import { CONTEXT, DEMO, kubectl } from './sandbox';

// The CronJob page against the sandbox's every-minute (`* * * * *` in
// Etc/UTC, Forbid): the schedule in words in en and zh, the next three runs a
// minute apart in UTC, and a new Job in the owned Jobs table each minute;
// axe in light and dark mode.

const url = (query = '') => `/${CONTEXT}/cronjobs/${DEMO}/every-minute${query}`;

async function openLive(page: Page, to: string): Promise<void> {
  await page.goto(to);
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('cronjob-detail')).toBeVisible();
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

async function wordsOf(): Promise<{ en: string; zh: string }> {
  const schedule = (await kubectl(['get', 'cronjob', 'every-minute', '-n', DEMO, '-o', 'jsonpath={.spec.schedule}'])).trim();
  const parsed = parseCronSchedule(schedule);
  if (!parsed.ok) throw new Error(`every-minute's schedule does not parse: ${schedule}`);
  return scheduleWords(parsed.schedule);
}

async function jobNames(page: Page): Promise<string[]> {
  return page.getByTestId('cron-job').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-job') ?? ''));
}

test.describe('CronJob page', () => {
  test('says every-minute’s schedule in words and lists the next three runs a minute apart in UTC', async ({ page }) => {
    const words = await wordsOf();
    expect(words.en).toBe('every minute');
    await openLive(page, url('?lang=en'));
    await expect(page.getByTestId('cron-schedule-text')).toHaveText('* * * * *');
    await expect(page.getByTestId('cron-words')).toHaveText(words.en);
    await expect(page.getByTestId('cron-zone')).toHaveText(t('en', 'cron.zone.spec', { zone: 'Etc/UTC', offset: '+00:00' }));

    const runs = page.getByTestId('cron-next-run');
    await expect(runs).toHaveCount(3);
    const before = Date.now();
    const at = (await runs.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-at') ?? ''))).map((s) => Date.parse(s));
    expect(at.every((ms) => ms % 60_000 === 0)).toBe(true);
    expect([at[1]! - at[0]!, at[2]! - at[1]!]).toStrictEqual([60_000, 60_000]);
    // The first is the next whole minute (give a second for the page's clock tick).
    expect(at[0]! - before).toBeGreaterThan(-1_500);
    expect(at[0]! - before).toBeLessThanOrEqual(61_000);
    const first = new Date(at[0]!).toISOString();
    await expect(runs.first().getByTestId('cron-run-utc')).toHaveText(`${first.slice(0, 10)} ${first.slice(11, 19)}`);
    await expect(runs.first().getByTestId('cron-run-local')).toHaveText(`${first.slice(0, 10)} ${first.slice(11, 16)} (UTC+00:00)`);

    await expect(page.getByTestId('cron-policy')).toContainText(t('en', 'cron.concurrency.Forbid'));
    await expect(page.getByTestId('cron-policy')).toContainText(t('en', 'cron.deadline.set', { seconds: 30 }));
    await expect(page.getByTestId('no-diagnoses')).toHaveText(t('en', 'cron.diag.none'));
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/cronjob.png', fullPage: true });

    // The same page in Chinese.
    await openLive(page, url('?lang=zh'));
    await expect(page.getByTestId('cron-words')).toHaveText(words.zh);
    await expect(page.getByTestId('cron-zone')).toHaveText(t('zh', 'cron.zone.spec', { zone: 'Etc/UTC', offset: '+00:00' }));
    await expect(page.getByTestId('cron-next-run')).toHaveCount(3);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/cronjob-zh.png', fullPage: true });
  });

  test('a new Job appears in the owned Jobs table within a minute and a bit, without a reload', async ({ page }) => {
    test.setTimeout(150_000);
    await openLive(page, url('?lang=en&tab=jobs'));
    await expect(page.getByRole('tab', { name: new RegExp(t('en', 'cron.tab.jobs')) })).toHaveAttribute('aria-selected', 'true');
    // The CronJob keeps two successful Jobs, and the minute's Job may be running: wait for the table to be there.
    await expect(page.getByTestId('cron-job').first()).toBeVisible({ timeout: 70_000 });
    const seen = new Set(await jobNames(page));
    await expect
      .poll(async () => (await jobNames(page)).filter((n) => !seen.has(n)), { timeout: 75_000, intervals: [1000] })
      .toHaveLength(1);
    const fresh = (await jobNames(page)).find((n) => !seen.has(n))!;
    expect(fresh).toMatch(/^every-minute-\d+$/);
    // kubectl knows it, owned by every-minute, scheduled for the minute its name counts.
    const owner = (await kubectl(['get', 'job', fresh, '-n', DEMO, '-o', 'jsonpath={.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}'])).trim();
    expect(owner).toBe('CronJob/every-minute');
    const minutes = Number(fresh.slice('every-minute-'.length));
    const row = page.locator(`[data-testid=cron-job][data-job="${fresh}"]`);
    const scheduled = new Date(minutes * 60_000).toISOString();
    await expect(row).toContainText(`${scheduled.slice(0, 10)} ${scheduled.slice(11, 19)} UTC`);
    await expect(row.getByRole('link', { name: fresh })).toHaveAttribute('href', `/${CONTEXT}/jobs/${DEMO}/${fresh}`);
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/cronjob-jobs.png', fullPage: true });

    // Its page links back to the CronJob that owns it.
    await row.getByRole('link', { name: fresh }).click();
    await expect(page).toHaveURL(new RegExp(`/jobs/${DEMO}/${fresh}`));
    await expect(page.getByTestId('job-owner').getByRole('link', { name: 'CronJob/every-minute' })).toHaveAttribute('href', `/${CONTEXT}/cronjobs/${DEMO}/every-minute`);
  });
});
