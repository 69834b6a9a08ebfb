import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../lib/i18n/messages';
import { KUBECTL_WIDE_COLUMNS, TIME_COLUMNS } from '../lib/views/workloads/kubectl-cells';
import { kubectlTable } from './kubectl-table';
import { CONTEXT, DEMO, kubectl, waitForDefaultServiceAccount } from './sandbox';

const RESOURCES = ['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'] as const;

async function live(page: Page) {
  await expect(page.getByTestId('connection').first()).toHaveAttribute('data-state', 'live');
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

/** kubectl's relative time ("16m", "2m30s", "97s", "3d4h") in seconds. */
function seconds(text: string): number | null {
  const parts = [...text.matchAll(/(\d+)([ydhms])/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return null;
  const unit: Record<string, number> = { y: 31_536_000, d: 86_400, h: 3600, m: 60, s: 1 };
  return parts.reduce((sum, p) => sum + Number(p[1]) * (unit[p[2] ?? 's'] ?? 1), 0);
}

/** Relative times agree when equal, or within a minute (or 10 %) of each other: they were printed at different moments. */
function closeInTime(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [seconds(a), seconds(b)];
  return x !== null && y !== null && Math.abs(x - y) <= Math.max(60, 0.1 * Math.max(x, y));
}

/** The list's header and every row's cells as the page shows them (notes beside a value, such as "rollout stalled", left out). */
async function pageTable(page: Page): Promise<{ columns: string[]; rows: string[][] }> {
  const table = page.getByTestId('workloads-table');
  const columns = await table.locator('thead th').allTextContents();
  const rows = await table.locator('tbody tr[data-testid=workload-row]').evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-note]').forEach((n) => n.remove());
        return (copy.textContent ?? '').trim();
      }),
    ),
  );
  return { columns, rows };
}

/** What differs between the page's table and kubectl's: names and counts exactly, relative times loosely. */
async function differences(page: Page, resource: (typeof RESOURCES)[number]): Promise<string[]> {
  const [ours, theirs] = [await pageTable(page), await kubectlTable(resource, DEMO)];
  const out: string[] = [];
  if (ours.columns.join('|') !== theirs.columns.join('|')) out.push(`columns: ${ours.columns.join(',')} vs ${theirs.columns.join(',')}`);
  const byName = new Map(theirs.rows.map((r) => [r[0], r]));
  if (ours.rows.map((r) => r[0]).join(',') !== theirs.rows.map((r) => r[0]).join(',')) out.push(`rows: ${ours.rows.map((r) => r[0]).join(',')} vs ${theirs.rows.map((r) => r[0]).join(',')}`);
  for (const row of ours.rows) {
    const k = byName.get(row[0]);
    if (!k) continue;
    theirs.columns.forEach((col, c) => {
      const [a, b] = [row[c] ?? '', k[c] ?? ''];
      if (TIME_COLUMNS.has(col) ? !closeInTime(a, b) : a !== b) out.push(`${row[0]} ${col}: page "${a}" kubectl "${b}"`);
    });
  }
  return out;
}

test.describe('Workloads', () => {
  for (const resource of RESOURCES) {
    test(`lists the same ${resource} as kubectl get ${resource} -n ${DEMO} -o wide`, async ({ page }) => {
      await page.goto(`/${CONTEXT}/${resource}?namespace=${DEMO}&wide=1`);
      await live(page);
      await expect(page.getByTestId('workloads-table').locator('thead th')).toHaveText([...KUBECTL_WIDE_COLUMNS[resource]]);
      // The demo keeps moving (a CronJob every minute): compare until a reading agrees.
      await expect.poll(() => differences(page, resource), { timeout: 30_000, intervals: [500, 1000, 2000] }).toStrictEqual([]);
      if (resource === 'deployments' || resource === 'replicasets') {
        await expectAccessible(page);
        await page.screenshot({ path: `test-results/screens/${resource}.png`, fullPage: true });
      }
    });
  }

  test('keeps the namespace, the name filter and -o wide in the URL, and explains an empty list', async ({ page }) => {
    await page.goto(`/${CONTEXT}/deployments?namespace=${DEMO}`);
    await live(page);
    await expect(page.getByTestId('workloads-table').locator('thead th')).toHaveText(['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE']);
    await page.getByTestId('text-filter').fill('stuck');
    await expect(page).toHaveURL(/[?&]q=stuck/);
    await expect(page.getByTestId('workload-row')).toHaveCount(1);
    await expect(page.locator('[data-name="explain-demo/stuck-rollout"]')).toHaveAttribute('data-health', 'critical');
    await page.getByTestId('wide-toggle').check();
    await expect(page).toHaveURL(/[?&]wide=1/);
    await page.reload();
    await expect(page.getByTestId('workload-row')).toHaveCount(1);
    await expect(page.getByTestId('workloads-table').locator('thead th')).toHaveText([...KUBECTL_WIDE_COLUMNS.deployments]);
    await page.goto(`/${CONTEXT}/statefulsets?namespace=kube-node-lease`);
    await live(page);
    await expect(page.getByTestId('workloads-empty')).toContainText(t('en', 'wl.list.emptyNamespace', { kinds: 'StatefulSets', namespace: 'kube-node-lease' }));
  });

  test('opens the Workloads group of the navigation by keyboard alone', async ({ page }) => {
    await page.goto(`/${CONTEXT}/pods`);
    const nav = page.getByRole('navigation', { name: 'main' });
    await nav.getByRole('link', { name: 'Pods', exact: true }).focus();
    await page.keyboard.press('Tab');
    const button = nav.getByRole('button', { name: 'Workloads' });
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(nav.getByRole('link', { name: 'Deployments' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(nav.getByRole('link', { name: 'StatefulSets' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(nav.getByRole('link', { name: 'CronJobs' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${CONTEXT}/jobs$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Jobs' })).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await expect(nav.getByRole('link', { name: 'Jobs', exact: true })).toHaveAttribute('aria-current', 'page');
  });

  test('filters the Pods view to a Deployment’s pods, found through its ReplicaSets', async ({ page }) => {
    // kubectl's answer: the pods whose controller is a ReplicaSet whose controller is Deployment web.
    const rsOwners = await kubectl(['get', 'replicasets', '-n', DEMO, '-o', 'jsonpath={range .items[*]}{.metadata.name} {.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}{"\\n"}{end}']);
    const webSets = rsOwners.split('\n').filter((l) => l.endsWith(' Deployment/web')).map((l) => l.split(' ')[0] ?? '');
    const podOwners = await kubectl(['get', 'pods', '-n', DEMO, '-o', 'jsonpath={range .items[*]}{.metadata.name} {.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}{"\\n"}{end}']);
    const webPods = podOwners
      .split('\n')
      .filter((l) => webSets.some((rs) => l.endsWith(` ReplicaSet/${rs}`)))
      .map((l) => l.split(' ')[0])
      .sort();
    expect(webPods.length).toBeGreaterThan(0);

    await page.goto(`/${CONTEXT}/pods?namespace=${DEMO}&owner=Deployment/web`);
    await live(page);
    await expect(page.getByTestId('owner-banner')).toHaveAttribute('data-owner', 'Deployment/web');
    await expect(page.getByTestId('owner-through').getByRole('link')).toHaveText(webSets.sort());
    await expect.poll(async () => (await page.getByTestId('pod-row').evaluateAll((rows) => rows.map((r) => (r.getAttribute('data-pod') ?? '').split('/')[1]))).sort()).toStrictEqual(webPods);
    await expect(page.getByTestId('owner-link')).toHaveAttribute('href', `/${CONTEXT}/deployments/${DEMO}/web`);

    // A StatefulSet owns its pods directly; an owner the view cannot resolve is said to be ignored.
    await page.goto(`/${CONTEXT}/pods?namespace=${DEMO}&owner=StatefulSet/db`);
    await expect.poll(async () => (await page.getByTestId('pod-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-pod')))).sort()).toStrictEqual([`${DEMO}/db-0`, `${DEMO}/db-1`, `${DEMO}/db-2`]);
    await page.goto(`/${CONTEXT}/pods?namespace=${DEMO}&owner=Secret/web`);
    await expect(page.getByTestId('owner-invalid')).toBeVisible();
    await page.getByTestId('owner-clear').click();
    await expect(page).not.toHaveURL(/owner=/);
  });

  test('links the pod page’s owner chain to the ReplicaSet and Deployment pages', async ({ page }) => {
    const pod = (await kubectl(['get', 'pods', '-n', DEMO, '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}'])).trim();
    const rs = (await kubectl(['get', 'pod', pod, '-n', DEMO, '-o', 'jsonpath={.metadata.ownerReferences[0].name}'])).trim();
    await page.goto(`/${CONTEXT}/pods/${DEMO}/${pod}`);
    await live(page);
    const chain = page.getByTestId('owner-chain');
    await expect(chain.locator('[data-owner="Deployment/web"]')).toHaveAttribute('data-basis', 'parent-owner-reference');
    await expect(chain.locator('[data-owner="Deployment/web"] [data-testid=owner-page-link]')).toHaveAttribute('href', `/${CONTEXT}/deployments/${DEMO}/web`);
    await chain.locator(`[data-owner="ReplicaSet/${rs}"] [data-testid=owner-page-link]`).click();
    await expect(page).toHaveURL(`/${CONTEXT}/replicasets/${DEMO}/${rs}`);
    await expect(page.getByTestId('replicaset-detail')).toBeVisible();
    await expect(page.getByTestId('rs-hash')).toHaveText(rs.slice('web-'.length));
    await expect(page.getByTestId('rs-owner-link')).toHaveAttribute('href', `/${CONTEXT}/deployments/${DEMO}/web`);
    await expect(page.locator(`[data-testid=rs-pod-row][data-pod="${pod}"]`)).toBeVisible();
    await page.getByTestId('rs-owner-link').click();
    await expect(page).toHaveURL(`/${CONTEXT}/deployments/${DEMO}/web`);
  });

  test('narrates the replacement after kubectl delete pod of a ReplicaSet’s pod', async ({ page }) => {
    const ns = `e2e-workloads-${Date.now().toString(36)}`;
    await kubectl(['create', 'namespace', ns]);
    try {
      await waitForDefaultServiceAccount(ns);
      await kubectl(['create', 'deployment', 'heal', '--image=nginx:1.27', '--replicas=2', '-n', ns]);
      await kubectl(['rollout', 'status', 'deployment/heal', '-n', ns, '--timeout=90s']);
      const rs = (await kubectl(['get', 'replicasets', '-n', ns, '-l', 'app=heal', '-o', 'jsonpath={.items[0].metadata.name}'])).trim();
      await page.goto(`/${CONTEXT}/replicasets/${ns}/${rs}`);
      await live(page);
      await expect(page.getByTestId('rs-pod-row')).toHaveCount(2);
      await expect(page.getByTestId('rs-action')).toHaveAttribute('data-action', 'none');
      await expect(page.getByTestId('rs-heal-none')).toBeVisible();
      const victim = (await page.getByTestId('rs-pod-row').first().getAttribute('data-pod')) ?? '';
      await expect(page.getByTestId('rs-heal-command')).toHaveText(`kubectl delete pod ${victim} -n ${ns}`);

      await kubectl(['delete', 'pod', victim, '-n', ns, '--wait=false']);
      const story = page.locator(`[data-testid=rs-replacement][data-lost="${victim}"]`);
      await expect(story).toBeVisible();
      await expect(story).not.toHaveAttribute('data-replacement', '');
      const replacement = (await story.getAttribute('data-replacement')) ?? '';
      expect(replacement).not.toBe(victim);
      // The replacement is a pod the ReplicaSet owns, per kubectl too, and the page follows it to Ready.
      const owned = await kubectl(['get', 'pods', '-n', ns, '-o', `jsonpath={range .items[?(@.metadata.ownerReferences[0].name=="${rs}")]}{.metadata.name}{"\\n"}{end}`]);
      expect(owned.split('\n')).toContain(replacement);
      await expect(story).toHaveAttribute('data-replacement-state', /ready|available/, { timeout: 30_000 });
      await expect(story).toContainText(replacement);
      await expect(page.locator(`[data-testid=rs-history] tr[data-action=created][data-pod="${replacement}"]`)).toBeVisible();
      await expect(page.getByTestId('rs-action')).toHaveAttribute('data-action', 'none');
      await expectAccessible(page);
      await page.screenshot({ path: 'test-results/screens/replicaset-self-healing.png', fullPage: true });
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']).catch(() => undefined);
    }
  });

  test('opens a Job, a CronJob, a StatefulSet and a DaemonSet page from their lists', async ({ page }) => {
    for (const [resource, name] of [
      ['jobs', 'failing-job'],
      ['cronjobs', 'every-minute'],
      ['statefulsets', 'db'],
      ['daemonsets', 'node-agent'],
    ] as const) {
      await page.goto(`/${CONTEXT}/${resource}?namespace=${DEMO}`);
      await page.locator(`[data-name="${DEMO}/${name}"] a`).first().click();
      await expect(page).toHaveURL(`/${CONTEXT}/${resource}/${DEMO}/${name}`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
    }
  });
});
