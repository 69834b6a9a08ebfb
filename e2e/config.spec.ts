import http from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { t } from '../lib/i18n/messages';
import { kubectlTable } from './kubectl-table';
import { CONTEXT, DEMO, kubectl, waitForDefaultServiceAccount } from './sandbox';
import { streamSpecsOf } from './support/stream-specs';

// The ConfigMap and Secret pages against the sandbox's config scenario
// (sandbox/scenarios/21-config.yaml) and objects of the tests' own: who uses
// what and how, a Secret page that never carries a value (not in its HTML, not
// in any message of the subscriptions it opens), and a pod whose ConfigMap is
// deleted seeing its diagnosis and its relation turn broken, live.

const base = `/${CONTEXT}`;
const port = Number(process.env.E2E_PORT ?? 3100);
const origin = `http://127.0.0.1:${port}`;

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

/** The dashboard's table as { name → cells }, AGE dropped (it ticks). */
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

async function kubectlRows(resource: string, namespace: string): Promise<Record<string, string[]>> {
  const table = await kubectlTable(resource, namespace);
  const age = table.columns.indexOf('AGE');
  return Object.fromEntries(table.rows.map((r) => [r[0] ?? '', r.filter((_, i) => i !== age)]));
}

/** Every value of a Secret, decoded and as the API's base64, read with kubectl (the dashboard never holds them). */
async function secretValues(namespace: string, name: string): Promise<string[]> {
  const secret = JSON.parse(await kubectl(['get', 'secret', name, '-n', namespace, '-o', 'json'])) as { data?: Record<string, string> };
  return Object.values(secret.data ?? {}).flatMap((b64) => [b64, Buffer.from(b64, 'base64').toString('utf8')]);
}

/** The subscription specs a page asks its stream for, in its stream's URL or posted. */
function recordSpecs(page: Page): unknown[] {
  const specs: unknown[] = [];
  page.on('request', (r) => {
    specs.push(...streamSpecsOf(r));
  });
  return specs;
}

/**
 * Opens a stream as a script, subscribes `specs`, and returns everything the
 * server sent within `ms`: the same messages the page's stream carried.
 */
function streamTranscript(specs: unknown[], ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    let subscribed = false;
    const req = http.get({ host: '127.0.0.1', port, path: '/api/stream', headers: { accept: 'text/event-stream' } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        const hello = /event: hello\ndata: (.*)/.exec(text);
        if (hello?.[1] && !subscribed) {
          subscribed = true;
          const streamId = (JSON.parse(hello[1]) as { streamId: string }).streamId;
          void Promise.all(
            specs.map((spec, i) => fetch(`${origin}/api/stream/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ streamId, subId: `s${i}`, spec }) })),
          ).catch(reject);
        }
      });
    });
    req.on('error', reject);
    setTimeout(() => {
      req.destroy();
      resolve(text);
    }, ms);
  });
}

test.describe('ConfigMaps and Secrets', () => {
  test('lists explain-demo’s ConfigMaps and Secrets with kubectl’s columns, cell for cell', async ({ page }) => {
    await page.goto(`${base}/configmaps?namespace=${DEMO}`);
    await live(page);
    await expect.poll(() => dashboardRows(page)).toStrictEqual(await kubectlRows('configmaps', DEMO));
    await expectAccessible(page);
    await page.goto(`${base}/secrets?namespace=${DEMO}`);
    await live(page);
    await expect.poll(() => dashboardRows(page)).toStrictEqual(await kubectlRows('secrets', DEMO));
    await expect(page.getByTestId('secrets-never-shown')).toHaveText(t('en', 'st.secret.neverShown'));
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/secrets.png', fullPage: true });
  });

  test('shows app-settings’ keys and values and every reference config-reader makes to it, env read once and files updated', async ({ page }) => {
    await page.goto(`${base}/configmaps/${DEMO}/app-settings`);
    await live(page);
    await expect(page.locator('[data-testid=config-keys] [data-key=LOG_LEVEL]')).toContainText('info');
    const user = page.locator('[data-testid=used-by] [data-user="Pod/config-reader"]');
    await expect(user).toHaveAttribute('data-broken', 'false');
    for (const path of ['spec.containers[0].envFrom[0].configMapRef', 'spec.containers[0].env[0].valueFrom.configMapKeyRef', 'spec.volumes[0].configMap']) {
      await expect(user.locator(`[data-path="${path}"]`)).toHaveAttribute('data-state', 'ok');
    }
    await expect(page.locator('[data-testid=delivery] [data-delivery=env]')).toHaveText(t('en', 'st.delivery.env'));
    await expect(page.locator('[data-testid=delivery] [data-delivery=mountedFiles]')).toHaveText(t('en', 'st.delivery.mountedFiles'));
    await expect(page.locator(`[data-testid=relations] [data-testid=relation-edge][data-edge=uses-config][data-other="pods/${DEMO}/config-reader"]`)).toHaveAttribute('data-broken', 'false');
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/configmap-detail.png', fullPage: true });
  });

  test('shows db-credentials’ type, key names and sizes and its users, and never a value: not in the HTML, not in any message of its stream', async ({ page, request }) => {
    const specs = recordSpecs(page);
    await page.goto(`${base}/secrets/${DEMO}/db-credentials`);
    await live(page);
    await expect(page.locator('[data-testid=secret-keys] [data-key=password]')).toContainText(String(Buffer.byteLength('demo-not-a-real-password')));
    await expect(page.locator('[data-testid=used-by] [data-user="Pod/config-reader"] [data-path="spec.containers[0].env[1].valueFrom.secretKeyRef"]')).toHaveAttribute('data-state', 'ok');
    await expect(page.getByTestId('relations').locator('[data-testid=relation-edge]').first()).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: 'test-results/screens/secret-detail.png', fullPage: true });

    const values = await secretValues(DEMO, 'db-credentials');
    expect(values).toContain('demo-not-a-real-password');
    const html = [await page.content(), await (await request.get(`${base}/secrets/${DEMO}/db-credentials`)).text(), await (await request.get(`${base}/secrets?namespace=${DEMO}`)).text()].join('\n');
    expect(specs.length).toBeGreaterThanOrEqual(2);
    const stream = await streamTranscript(specs, 6000);
    // The stream carried the page's models (the key names), so it was read where a value would be.
    expect(stream).toContain('"password"');
    // A value as short as "demo" (the username) occurs in any page of explain-demo; its base64 and the password do not.
    const needles = values.filter((v) => v.length >= 8);
    expect(needles.length).toBeGreaterThanOrEqual(3);
    expect(needles.filter((v) => html.includes(v) || stream.includes(v))).toStrictEqual([]);
  });

  test('explains a ServiceAccount token Secret without showing the token', async ({ page }) => {
    const ns = `e2e-token-${Math.random().toString(36).slice(2, 8)}`;
    await kubectl(['create', 'namespace', ns]);
    try {
      await kubectl(
        ['apply', '-f', '-'],
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'List',
          items: [
            { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'bot', namespace: ns } },
            { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'bot-token', namespace: ns, annotations: { 'kubernetes.io/service-account.name': 'bot' } }, type: 'kubernetes.io/service-account-token' },
          ],
        }),
      );
      await expect.poll(async () => (await secretValues(ns, 'bot-token')).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(6);
      const values = await secretValues(ns, 'bot-token');
      await page.goto(`${base}/secrets/${ns}/bot-token`);
      await live(page);
      await expect(page.locator('[data-type-kind=service-account-token]')).toHaveText(t('en', 'st.secretType.service-account-token'));
      await expect(page.getByTestId('secret-service-account')).toHaveText('bot');
      await expect(page.locator('[data-testid=secret-keys] [data-key=token]')).toBeVisible();
      const html = await page.content();
      // The namespace key holds the namespace's own name, which the page shows anyway.
      expect(values.filter((v) => v !== ns && html.includes(v))).toStrictEqual([]);
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']).catch(() => undefined);
    }
  });

  test('deleting the ConfigMap a running pod needs: the pod’s diagnosis appears and its relation turns broken, live', async ({ page }) => {
    const ns = `e2e-config-${Math.random().toString(36).slice(2, 8)}`;
    await kubectl(['create', 'namespace', ns]);
    try {
      await waitForDefaultServiceAccount(ns);
      await kubectl(
        ['apply', '-f', '-'],
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'List',
          items: [
            { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: ns }, data: { MODE: 'fast' } },
            {
              apiVersion: 'v1',
              kind: 'Pod',
              metadata: { name: 'reader', namespace: ns },
              spec: {
                containers: [
                  {
                    name: 'app',
                    image: 'busybox:1.36',
                    env: [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'MODE' } } }],
                    volumeMounts: [{ name: 'settings', mountPath: '/etc/settings' }],
                  },
                ],
                volumes: [{ name: 'settings', configMap: { name: 'settings' } }],
              },
            },
          ],
        }),
      );
      await page.goto(`${base}/pods/${ns}/reader`);
      await live(page);
      await expect(page.getByTestId('pod-status')).toHaveText('Running', { timeout: 30_000 });
      const edge = page.locator(`[data-testid=relations] [data-testid=relation-edge][data-edge=uses-config][data-other="configmaps/${ns}/settings"]`);
      await expect(edge).toHaveAttribute('data-broken', 'false');
      await expect(page.locator('[data-diagnosis=pod-config-reference-broken]')).toHaveCount(0);

      await kubectl(['delete', 'configmap', 'settings', '-n', ns]);
      await expect(edge).toHaveAttribute('data-broken', 'true');
      await expect(edge.getByTestId('relation-broken')).toHaveText(t('en', 'rel.broken.missing-object', { what: 'ConfigMap settings' }));
      // One diagnosis per broken reference: the env key the container read at start, and the mounted volume.
      await expect(page.locator('[data-diagnosis=pod-config-reference-broken]')).toHaveCount(2);
      await expect(page.locator('[data-diagnosis=pod-config-reference-broken] [data-testid=evidence]').first()).toContainText('spec.containers[0].env[0].valueFrom.configMapKeyRef');
      await page.screenshot({ path: 'test-results/screens/pod-config-broken.png', fullPage: true });

      await page.goto(`${base}/pods/${ns}/reader?tab=volumes`);
      await live(page);
      await expect(page.locator('[data-testid=volume-objects] [data-kind=ConfigMap][data-name=settings]')).toHaveAttribute('data-exists', 'false');
      await expectAccessible(page);
    } finally {
      await kubectl(['delete', 'namespace', ns, '--wait=false']).catch(() => undefined);
    }
  });
});
