import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../lib/i18n/messages';
import { kubectlTable } from './kubectl-table';
import { CONTEXT, DEMO, kubectl } from './sandbox';

// The storage pages against the sandbox's storage scenarios (sandbox/scenarios/17-20):
// the lists equal kubectl's tables cell for cell, each page explains its
// object, the relations panel links them, and a Retain volume turns Released live.

const base = `/${CONTEXT}`;

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

/** The dashboard's table as { row name → cells in column order }, AGE dropped (it ticks). */
async function dashboardRows(page: Page): Promise<Record<string, string[]>> {
  const ageIndex = await page.locator('[data-testid=storage-table] thead th').evaluateAll((ths) => ths.findIndex((th) => th.textContent === 'AGE'));
  return page.getByTestId('storage-row').evaluateAll(
    (rows, age) =>
      Object.fromEntries(
        rows.map((r) => {
          const cells = [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim());
          return [cells[0] ?? '', cells.filter((_, i) => i !== age)];
        }),
      ),
    ageIndex,
  );
}

/** kubectl's table as { NAME → cells }, AGE dropped, only the rows `keep` admits. */
async function kubectlRows(resource: string, keep: (name: string) => boolean): Promise<Record<string, string[]>> {
  const table = await kubectlTable(resource, DEMO);
  const age = table.columns.indexOf('AGE');
  return Object.fromEntries(table.rows.filter((r) => keep(r[0] ?? '')).map((r) => [r[0] ?? '', r.filter((_, i) => i !== age)]));
}

test.describe('Storage', () => {
  test('lists explain-demo’s claims with kubectl’s columns (-o wide), cell for cell', async ({ page }) => {
    await page.goto(`${base}/persistentvolumeclaims?namespace=${DEMO}&wide=1`);
    await live(page);
    const theirs = await kubectlRows('persistentvolumeclaims', () => true);
    expect(Object.keys(theirs)).toEqual(expect.arrayContaining(['static-data', 'waiting-for-provisioner', 'local-data', 'local-data-unused']));
    await expect.poll(() => dashboardRows(page)).toStrictEqual(theirs);
    await expect(page.locator('[data-testid=storage-row][data-name="explain-demo/waiting-for-provisioner"]')).toHaveAttribute('data-health', 'progress');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/pvcs.png', fullPage: true });
  });

  test('lists the demo volumes and classes with kubectl’s columns, the classes’ names as kubectl prints them', async ({ page }) => {
    const demo = (n: string) => n.startsWith('demo-');
    await page.goto(`${base}/persistentvolumes?wide=1&q=demo-`);
    await live(page);
    await expect.poll(() => dashboardRows(page)).toStrictEqual(await kubectlRows('persistentvolumes', demo));
    await page.goto(`${base}/storageclasses?q=demo-`);
    await live(page);
    await expect.poll(() => dashboardRows(page)).toStrictEqual(await kubectlRows('storageclasses', demo));
    await expect(page.getByTestId('namespace-select')).toHaveCount(0);
    await expectAccessible(page);
  });

  test('explains a claim whose provisioner is not installed: Pending on the lifecycle, the real event, the class, the pod stuck on it, and the relations', async ({ page }) => {
    await page.goto(`${base}/persistentvolumeclaims/${DEMO}/waiting-for-provisioner`);
    await live(page);
    await expect(page.getByTestId('pvc-detail')).toBeVisible();
    await expect(page.locator('[data-testid=lifecycle-steps] [data-here=true]')).toHaveAttribute('data-phase', 'Pending');
    await expect(page.getByTestId('pending-cause')).toHaveAttribute('data-cause', 'waiting-for-provisioner');
    await expect(page.getByTestId('pending-message')).toContainText("Waiting for a volume to be created either by the external provisioner 'example.com/not-installed'");
    await expect(page.locator('[data-diagnosis=pvc-pending-provisioner]')).toBeVisible();
    await expect(page.getByTestId('claim-class-link')).toHaveAttribute('href', `${base}/storageclasses/demo-external`);
    await expect(page.locator('[data-testid=event-row][data-reason=ExternalProvisioning]').first()).toBeVisible();
    await expect(page.locator('[data-testid=claim-pods] [data-pod=waits-for-claim]')).toHaveAttribute('data-blocked', 'scheduling');
    // Relations: the pod that mounts it, and the volume it is not bound to, drawn broken.
    const relations = page.getByTestId('relations');
    await expect(relations.locator('[data-testid=relation-edge][data-edge=mounts-claim]')).toHaveAttribute('data-other', `pods/${DEMO}/waits-for-claim`);
    const unbound = relations.locator('[data-testid=relation-edge][data-edge=bound-to]');
    await expect(unbound).toHaveAttribute('data-broken', 'true');
    await expect(unbound.getByTestId('relation-broken')).toContainText('waiting-for-provisioner');
    await expect(relations.locator('[data-testid=relation-edge][data-edge=in-class]')).toHaveAttribute('data-other', 'storageclasses/demo-external');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/pvc-detail.png', fullPage: true });

    await page.goto(`${base}/persistentvolumeclaims/${DEMO}/waiting-for-provisioner?lang=zh`);
    await live(page);
    await expect(page.locator('#pending-h')).toHaveText(t('zh', 'st.pending.title'));
    await expect(page.getByTestId('pending-cause')).toContainText('example.com/not-installed');
    await page.screenshot({ path: 'test-results/screens/pvc-detail-zh.png', fullPage: true });
  });

  test('says a WaitForFirstConsumer claim without a pod waits by design, and shows its sibling bound where its pod was scheduled', async ({ page }) => {
    await page.goto(`${base}/persistentvolumeclaims/${DEMO}/local-data-unused`);
    await live(page);
    await expect(page.getByTestId('pending-cause')).toHaveAttribute('data-cause', 'wait-for-first-consumer');
    await expect(page.locator('[data-diagnosis=pvc-waiting-for-first-consumer]')).toBeVisible();
    await page.goto(`${base}/persistentvolumeclaims/${DEMO}/local-data`);
    await live(page);
    await expect(page.locator('[data-testid=lifecycle-steps] [data-here=true]')).toHaveAttribute('data-phase', 'Bound');
    await expect(page.getByTestId('bound-volume-link')).toHaveAttribute('href', `${base}/persistentvolumes/demo-pv-local`);
    await expect(page.locator('[data-testid=access-modes] [data-mode=RWO][data-side=requested]')).toContainText(t('en', 'st.access.scope.one-node'));
    // Second hop: the volume's node affinity.
    await expect(page.locator('[data-testid=relations] [data-testid=relation-edge][data-edge=pinned-to]')).toHaveAttribute('data-other', 'nodes/sandbox-worker2');
    await expectAccessible(page);
  });

  test('explains the static Retain volume: Bound, what deleting its claim would do, its claim, its source; and its class', async ({ page }) => {
    await page.goto(`${base}/persistentvolumes/demo-pv-static`);
    await live(page);
    await expect(page.locator('[data-testid=lifecycle-steps] [data-here=true]')).toHaveAttribute('data-phase', 'Bound');
    await expect(page.getByTestId('reclaim')).toHaveAttribute('data-consequence', 'keep-released');
    await expect(page.getByTestId('claim-ref-link')).toHaveAttribute('href', `${base}/persistentvolumeclaims/${DEMO}/static-data`);
    await expect(page.getByTestId('pv-source')).toContainText('hostPath');
    await expect(page.locator('[data-testid=relations] [data-testid=relation-edge][data-edge=bound-to]')).toHaveAttribute('data-broken', 'false');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/pv-detail.png', fullPage: true });

    await page.goto(`${base}/storageclasses/demo-local`);
    await live(page);
    await expect(page.getByTestId('storageclass-facts')).toContainText('WaitForFirstConsumer');
    await expect(page.getByTestId('can-provision')).toHaveText(t('en', 'st.sc.noProvisioner'));
    await expect(page.locator(`[data-testid=class-claims] [data-claim="${DEMO}/local-data"]`)).toBeVisible();
    await expect(page.locator(`[data-testid=class-claims] [data-claim="${DEMO}/local-data-unused"]`)).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/storageclass-detail.png', fullPage: true });
  });

  test('turns a Retain volume Released, live, when its claim is deleted', async ({ page }) => {
    const id = Math.random().toString(36).slice(2, 8);
    const ns = `e2e-storage-${id}`;
    const pv = `e2e-storage-${id}`;
    await kubectl(['create', 'namespace', ns]);
    try {
      await kubectl(
        ['apply', '-f', '-'],
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'List',
          items: [
            {
              apiVersion: 'v1',
              kind: 'PersistentVolume',
              metadata: { name: pv },
              spec: {
                capacity: { storage: '1Gi' },
                accessModes: ['ReadWriteOnce'],
                persistentVolumeReclaimPolicy: 'Retain',
                storageClassName: '',
                claimRef: { namespace: ns, name: 'data' },
                hostPath: { path: `/tmp/kube-explain/${pv}` },
              },
            },
            { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: ns }, spec: { storageClassName: '', accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
          ],
        }),
      );
      await page.goto(`${base}/persistentvolumes/${pv}`);
      await live(page);
      await expect(page.locator('[data-testid=lifecycle-steps] [data-here=true]')).toHaveAttribute('data-phase', 'Bound', { timeout: 30_000 });
      await expect(page.locator('[data-diagnosis=pv-released-retained]')).toHaveCount(0);

      await kubectl(['delete', 'pvc', 'data', '-n', ns, '--wait=false']);
      await expect(page.locator('[data-testid=lifecycle-steps] [data-here=true]')).toHaveAttribute('data-phase', 'Released', { timeout: 30_000 });
      await expect(page.locator('[data-diagnosis=pv-released-retained]')).toBeVisible();
      await expect(page.getByTestId('claim-ref')).toContainText(t('en', 'st.claimRef.gone'));
      await expect(page.locator('[data-testid=relations] [data-testid=relation-edge][data-edge=bound-to]')).toHaveAttribute('data-broken', 'true');
      await page.screenshot({ path: 'test-results/screens/pv-released.png', fullPage: true });
    } finally {
      await kubectl(['delete', 'pv', pv, '--wait=false']).catch(() => undefined);
      await kubectl(['delete', 'namespace', ns, '--wait=false']).catch(() => undefined);
    }
  });
});
