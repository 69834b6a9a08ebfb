import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { diagnosisText } from '../lib/concepts';
import { t } from '../lib/i18n/messages';
import { CONTEXT, DEMO, kubectl, waitForDefaultServiceAccount } from './sandbox';

// The Deployment page against the sandbox: a rollout triggered with kubectl
// set image on a Deployment of our own, narrated to completion; the demo's
// stuck rollout with its new pod's own diagnosis; the revision history's
// diff and undo command; the budget in numbers; axe in light and dark mode.

const deploymentUrl = (namespace: string, name: string, query = '') => `/${CONTEXT}/deployments/${namespace}/${name}${query}`;

async function openLive(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('deployment-detail')).toBeVisible();
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

const count = async (row: Locator, which: 'desired' | 'current' | 'ready' | 'available') => Number(await row.getByTestId(`rs-${which}`).getAttribute('data-count'));

/**
 * A Deployment whose pods are Ready 8 s after they start (the sandbox's
 * simulated kubelet honours the readiness probe's initial delay) and
 * available 5 s later: with 2 replicas, 25 % gives maxSurge 1 and
 * maxUnavailable 0, so a rollout replaces one pod at a time, about 15 s each.
 */
function scratchDeployment(namespace: string, name: string) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels: { app: name } },
    spec: {
      replicas: 2,
      minReadySeconds: 5,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: {
          containers: [
            {
              name: 'web',
              image: 'nginx:1.27',
              ports: [{ name: 'http', containerPort: 80 }],
              readinessProbe: { httpGet: { path: '/', port: 'http' }, initialDelaySeconds: 8, periodSeconds: 2 },
            },
          ],
        },
      },
    },
  };
}

test.describe('Deployment page', () => {
  test('narrates a kubectl set image rollout to completion: new ReplicaSet, moving bars, scaling steps, Progressing NewReplicaSetAvailable', async ({ page }) => {
    test.setTimeout(240_000);
    const ns = `e2e-deploy-${Math.random().toString(36).slice(2, 8)}`;
    const name = 'scratch';
    await kubectl(['create', 'namespace', ns]);
    try {
      await waitForDefaultServiceAccount(ns);
      await kubectl(['apply', '-f', '-'], JSON.stringify(scratchDeployment(ns, name)));
      await kubectl(['rollout', 'status', `deployment/${name}`, '-n', ns, '--timeout=90s']);

      await openLive(page, deploymentUrl(ns, name));
      await expect(page.getByTestId('deployment-status')).toHaveAttribute('data-phase', 'complete');
      await expect(page.getByTestId('rs-row')).toHaveCount(1);
      const first = page.locator('[data-testid=rs-row][data-revision="1"]');
      await expect(first).toHaveAttribute('data-role', 'new');

      await kubectl(['set', 'image', `deployment/${name}`, 'web=nginx:1.28', '-n', ns]);

      // The new ReplicaSet appears as the new one, revision 2; the first becomes old.
      const fresh = page.locator('[data-testid=rs-row][data-revision="2"]');
      await expect(fresh).toHaveAttribute('data-role', 'new', { timeout: 15_000 });
      await expect(first).toHaveAttribute('data-role', 'old');
      await expect(page.getByTestId('deployment-status')).toHaveAttribute('data-phase', 'rolling');
      await expect(page.getByTestId('deadline')).toHaveAttribute('data-state', 'counting');
      const newName = (await fresh.getAttribute('data-rs')) ?? '';
      expect(await count(fresh, 'available')).toBeLessThan(2);
      // Mid-rollout: the budget allows 3 pods (2 + maxSurge 1) and keeps 2 available (maxUnavailable 0).
      await expect(page.getByTestId('rollout-now')).toHaveAttribute('data-key', /deploy\.now\.(scalingUp|scalingDown|waitAvailable)/);
      await expect(page.locator(`[data-testid=story-entry][data-kind=scaled][data-rs="${newName}"]`).first()).toBeVisible();
      await page.screenshot({ path: 'test-results/screens/deployment-rolling.png', fullPage: true });

      // To completion: all pods new and available, the old ReplicaSet at 0, Progressing NewReplicaSetAvailable.
      await expect(page.getByTestId('deployment-status')).toHaveAttribute('data-phase', 'complete', { timeout: 120_000 });
      await expect(async () => {
        expect([await count(fresh, 'desired'), await count(fresh, 'available'), await count(first, 'desired'), await count(first, 'current')]).toStrictEqual([2, 2, 0, 0]);
      }).toPass({ timeout: 20_000 });
      await expect(page.getByTestId('rollout-now')).toHaveAttribute('data-key', 'deploy.now.complete');
      await expect(page.locator('[data-testid=rollout-step][data-state=done]')).toHaveCount(5);
      const progressing = page.locator('[data-testid=story-entry][data-kind=progressing]');
      await expect(progressing).toContainText('NewReplicaSetAvailable');
      await expect(page.locator(`[data-testid=story-entry][data-kind=scaled][data-rs="${newName}"]`).last()).toContainText(`${newName} from 1 to 2`);
      await expect(page.locator('[data-testid=story-entry][data-kind=pod-available]')).toHaveCount(2);

      // What kubectl sees: the new ReplicaSet at 2/2, the old at 0.
      const rs = await kubectl(['get', 'rs', '-n', ns, '-l', `app=${name}`, '-o', 'jsonpath={range .items[*]}{.metadata.name}={.spec.replicas}/{.status.availableReplicas} {end}']);
      expect(rs.trim().split(' ').sort()).toStrictEqual([`${newName}=2/2`, `${(await first.getAttribute('data-rs')) ?? ''}=0/`].sort());
      await page.screenshot({ path: 'test-results/screens/deployment-complete.png', fullPage: true });
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });

  test('stuck-rollout: ProgressDeadlineExceeded, the deadline exceeded, and its new pod’s image-pull diagnosis pulled in (en and zh)', async ({ page }) => {
    await openLive(page, deploymentUrl(DEMO, 'stuck-rollout'));
    await expect(page.getByTestId('deployment-status')).toHaveAttribute('data-phase', 'timed-out');
    const stuck = page.locator('[data-diagnosis=rollout-stuck]');
    await expect(stuck).toBeVisible();
    await expect(stuck.getByTestId('evidence')).toContainText('ProgressDeadlineExceeded');
    await expect(page.locator('[data-testid=pulled-diagnoses] [data-diagnosis=image-pull-failed]')).toContainText('registry.example.invalid/team/api:v2.0.0-typo');
    await expect(page.getByTestId('deadline')).toHaveAttribute('data-state', 'exceeded');
    await expect(page.getByTestId('rollout-now')).toHaveAttribute('data-key', 'deploy.now.timedOut');
    await expect(page.locator('[data-testid=rollout-step][data-step=scale-up-new]')).toHaveAttribute('data-state', 'failed');
    await expect(page.locator('[data-testid=story-entry][data-kind=progressing]')).toContainText('ProgressDeadlineExceeded');
    // 3 replicas: 25 % rounds to 1 extra pod and 0 unavailable, so 3 old pods keep serving beside the 1 new one.
    await expect(page.locator('[data-testid=rs-row][data-role=old]').getByTestId('rs-available')).toHaveAttribute('data-count', '3');
    await expect(page.locator('[data-testid=rs-row][data-role=new]').getByTestId('rs-current')).toHaveAttribute('data-count', '1');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/deployment-stuck.png', fullPage: true });

    await openLive(page, deploymentUrl(DEMO, 'stuck-rollout', '?lang=zh'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('[data-diagnosis=rollout-stuck]')).toContainText(diagnosisText('rollout-stuck', 'zh', { name: 'stuck-rollout' }).title);
    await expect(page.getByTestId('deadline-text')).toHaveText(t('zh', 'deploy.deadline.exceeded'));
    await page.screenshot({ path: 'test-results/screens/deployment-stuck-zh.png', fullPage: true });
  });

  test('revision history: the diff shows the changed image, with the undo command to the revision before', async ({ page }) => {
    await openLive(page, deploymentUrl(DEMO, 'stuck-rollout', '?tab=history'));
    await expect(page.getByRole('tab', { selected: true })).toHaveAttribute('data-tab', 'history');
    // A fresh sandbox has revisions 1 and 2; one that kept its etcd re-applies both on up, so read the numbers from kubectl.
    const history = await kubectl(['rollout', 'history', 'deployment/stuck-rollout', '-n', DEMO]);
    const revisions = [...history.matchAll(/^(\d+)\s/gm)].map((m) => Number(m[1])).sort((a, b) => a - b);
    const [previous, current] = revisions.slice(-2).map(String) as [string, string];
    const rows = page.getByTestId('revision-row');
    await expect(rows).toHaveCount(revisions.length);
    await expect(rows.first()).toHaveAttribute('data-revision', current);
    await expect(rows.first()).toHaveAttribute('data-current', 'true');
    const diff = page.locator(`[data-testid=revision-diff][data-revision="${current}"]`);
    const image = diff.locator('[data-testid=change-row][data-kind=image]');
    await expect(image.getByTestId('change-before')).toHaveText('nginx:1.27');
    await expect(image.getByTestId('change-after')).toHaveText('registry.example.invalid/team/api:v2.0.0-typo');
    const undo = page.locator(`[data-testid=revision-diff][data-revision="${previous}"]`).getByTestId('undo-command');
    await expect(undo).toHaveText(`kubectl rollout undo deployment/stuck-rollout -n ${DEMO} --to-revision=${previous}`);
    // kubectl agrees on what the revision before ran.
    expect(await kubectl(['rollout', 'history', 'deployment/stuck-rollout', '-n', DEMO, `--revision=${previous}`])).toContain('nginx:1.27');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/deployment-history.png', fullPage: true });
  });

  test('rollout-demo budget in numbers: 25 % of 4 is 1 extra pod and 1 unavailable, so at most 5 pods and at least 3 available; tabs from the keyboard', async ({ page }) => {
    await openLive(page, deploymentUrl(DEMO, 'rollout-demo'));
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/tab=budget/);
    const line = (key: string) => page.locator(`[data-testid=budget-line][data-key="${key}"]`);
    await expect(line('deploy.budget.surge.percent')).toHaveText(t('en', 'deploy.budget.surge.percent', { source: '25%', replicas: 4, exact: '1', value: 1 }));
    await expect(line('deploy.budget.unavailable.percent')).toHaveText(t('en', 'deploy.budget.unavailable.percent', { source: '25%', replicas: 4, exact: '1', value: 1 }));
    await expect(line('deploy.budget.so')).toHaveText(t('en', 'deploy.budget.so', { maxPods: 5, minAvailable: 3 }));
    await expect(page.getByTestId('min-ready')).toHaveText(t('en', 'deploy.minReady.some', { seconds: 10 }));
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/deployment-budget.png', fullPage: true });
  });
});
