import { expect, test } from '@playwright/test';
import { CONTEXT, kubectl, waitForDefaultServiceAccount } from './sandbox';

// Objects are untrusted input: markup in annotations must render as text,
// and a huge object must not break its view or any other.
const ns = `e2e-hostile-${Date.now().toString(36)}`;
const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

test.describe('hostile and huge objects', () => {
  test.beforeAll(async () => {
    await kubectl(['create', 'namespace', ns]);
    await waitForDefaultServiceAccount(ns);
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: 'hostile',
        namespace: ns,
        labels: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`l${i}.example.com/key-${i}`, `v${'x'.repeat(55)}${i}`])),
        annotations: { note: hostile, big: 'y'.repeat(120_000) },
      },
      spec: { containers: [{ name: 'app', image: 'nginx:1.27', env: [{ name: 'X', value: hostile }] }] },
    };
    await kubectl(['create', '-f', '-'], JSON.stringify(pod));
  });

  test.afterAll(async () => {
    await kubectl(['delete', 'namespace', ns, '--wait=false']).catch(() => undefined);
  });

  test('renders markup from annotations as text and keeps every view working', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`/${CONTEXT}/pods?namespace=${ns}`);
    await expect(page.locator(`[data-pod="${ns}/hostile"]`)).toBeVisible();
    await page.goto(`/${CONTEXT}/pods/${ns}/hostile`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('hostile');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    await page.goto(`/${CONTEXT}/pods?namespace=explain-demo`);
    await expect(page.locator('[data-pod="explain-demo/crash-loop"]')).toBeVisible();
  });
});
