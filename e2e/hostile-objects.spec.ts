import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CONTEXT, kubectl } from './sandbox';

// Cluster values are untrusted input. Each case below is applied to the
// sandbox's real apiserver (or shown to be refused by it) and then opened on
// every view that shows it: markup must arrive as text (never as elements,
// never run, never a javascript: link), huge and odd values must not widen
// the page or break its tables, and odd context names must route.
//
// Log lines come from a private KWOK of this spec: it plays the kubelet for
// one tainted node of its own and serves log files this spec writes, so the
// lines travel through the apiserver's real log endpoint.

const root = path.resolve(__dirname, '..');
const ns = `hn-hostile-${Date.now().toString(36)}`;
const nodeName = `${ns}-node`;
const taint = { key: 'kube-explain.dev/hn-hostile', value: ns, effect: 'NoSchedule' };

const SCRIPT = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const JS_URL = 'javascript:window.__pwned=1';
// Right-to-left override, an isolate with Hebrew, Arabic, and zero-width space / joiners / BOM.
const RTL = '\u202Egnp.exe\u202C \u2067\u05E2\u05D1\u05E8\u05D9\u05EA\u2069 \u0627\u0644\u0639\u0631\u0628\u064A\u0629';
const ZW = 'zero\u200Bwidth\u200C\u200Djoin\uFEFFer';
const IMAGE_SCRIPT = `${SCRIPT}:1.0`;
const ANNOTATIONS_LIMIT = 262_144; // TotalAnnotationSizeLimitB: keys and values together
const LONG_NAME = `${'a'.repeat(62)}.${'b'.repeat(62)}.${'c'.repeat(62)}.${'d'.repeat(64)}`; // 253: the DNS-subdomain limit
const LOG_CAP = 512 * 1024; // lib/k8s/logs.ts asks the apiserver for at most this much
const MB = 1024 * 1024;

const tmp = mkdtempSync(path.join(os.tmpdir(), 'kube-explain-hostile-'));
let kwok: ChildProcess | null = null;
let kwokLog = '';

/** A free TCP port on loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The sandbox KWOK's Stage rules (its generated config without its log rules), with our node's nodeInfo made hostile. */
function kwokConfig(): string {
  const docs = readFileSync(path.join(root, '.sandbox', 'kwok-config.yaml'), 'utf8')
    .split('\n---\n')
    .filter((d) => !d.includes('kind: ClusterLogs'))
    .map((d) =>
      d
        .replace('osImage: Debian GNU/Linux 12 (bookworm)', `osImage: ${JSON.stringify(`Debian ${SCRIPT}`)}`)
        .replace('kernelVersion: 6.12.48-kwok', `kernelVersion: ${JSON.stringify(`6.12 ${RTL} ${ZW}`)}`)
        .replace('containerRuntimeVersion: containerd://2.1.4', `containerRuntimeVersion: ${JSON.stringify(`containerd://2.1.4${SCRIPT}`)}`),
    );
  const logs = (name: string, containers: string[], file: string) =>
    ['apiVersion: kwok.x-k8s.io/v1alpha1', 'kind: ClusterLogs', `metadata: { name: ${name} }`, 'spec:', `  selector: { matchNamespaces: [${ns}] }`, '  logs:', `  - containers: [${containers.join(', ')}]`, `    logsFile: ${JSON.stringify(file)}`, '    follow: false'].join('\n');
  return [...docs, logs(`${ns}-app`, ['app'], path.join(tmp, 'hostile.log')), logs(`${ns}-big`, ['big'], path.join(tmp, 'huge.log'))].join('\n---\n') + '\n';
}

/** CRI log format, as the kubelet writes it: time, stream, tag (F: full line), content. */
const criLine = (i: number, text: string) => `2026-12-03T13:00:0${i}.000000000Z stdout F ${text}`;

async function startKwok(): Promise<void> {
  const bin = path.join(root, '.sandbox', 'bin', 'kwok');
  if (!existsSync(bin)) throw new Error(`no KWOK binary at ${bin}: is the sandbox up (npm run sandbox:up)?`);
  writeFileSync(path.join(tmp, 'hostile.log'), [criLine(0, SCRIPT), criLine(1, `open ${JS_URL} now`), criLine(2, `${RTL} | ${ZW}`)].join('\n') + '\n');
  // One 10 MiB line: the dashboard must cap it, and the viewer must survive what is left.
  writeFileSync(path.join(tmp, 'huge.log'), criLine(0, 'L'.repeat(10 * MB)) + '\n' + criLine(1, 'after the huge line') + '\n');
  writeFileSync(path.join(tmp, 'kwok.yaml'), kwokConfig());
  const port = await freePort();
  const pki = (f: string) => path.join(root, '.sandbox', 'pki', f);
  kwok = spawn(
    bin,
    [
      `--kubeconfig=${path.join(root, '.sandbox', 'kubeconfig')}`,
      `--config=${path.join(tmp, 'kwok.yaml')}`,
      `--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=${ns}`,
      `--server-address=127.0.0.1:${port}`,
      `--node-port=${port}`,
      '--node-ip=127.0.0.1',
      `--tls-cert-file=${pki('kwok-serving.crt')}`,
      `--tls-private-key-file=${pki('kwok-serving.key')}`,
      '--node-lease-duration-seconds=40',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const keep = (d: Buffer) => (kwokLog = (kwokLog + d.toString()).slice(-4000));
  kwok.stdout?.on('data', keep);
  kwok.stderr?.on('data', keep);
  // The apiserver reaches a kubelet at the node's preferred address: our KWOK on loopback.
  const node = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: nodeName, annotations: { 'kwok.x-k8s.io/node': ns }, labels: { type: 'kwok', 'kubernetes.io/hostname': nodeName } },
    spec: { taints: [taint] },
    status: { addresses: [{ type: 'InternalIP', address: '127.0.0.1' }, { type: 'InternalDNS', address: 'localhost' }] },
  };
  await kubectl(['create', '-f', '-'], JSON.stringify(node));
}

/** Pinned to our node (no scheduler involved) and tolerating its taint. */
function pod(name: string, spec: Record<string, unknown>, meta: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: ns, ...meta, labels: { app: 'hostile', ...((meta.labels as Record<string, string>) ?? {}) } },
    spec: { nodeName, tolerations: [{ key: taint.key, operator: 'Exists' }], terminationGracePeriodSeconds: 0, ...spec },
  };
}

const podTemplate = (labels: Record<string, string>) => ({
  metadata: { labels, annotations: { note: SCRIPT } },
  spec: { nodeSelector: { 'kubernetes.io/hostname': nodeName }, tolerations: [{ key: taint.key, operator: 'Exists' }], terminationGracePeriodSeconds: 0, containers: [{ name: 'app', image: IMAGE_SCRIPT }] },
});

function objects(): Record<string, unknown>[] {
  const annotations = { note: SCRIPT, link: JS_URL, rtl: RTL, zw: ZW };
  return [
    pod('markup', { containers: [{ name: 'app', image: IMAGE_SCRIPT, command: ['sh', '-c', SCRIPT], env: [{ name: 'HOSTILE', value: SCRIPT }] }, { name: 'js', image: JS_URL }, { name: 'big', image: 'nginx:1.27' }] }, { annotations }),
    // Keys count toward the limit too: "big" (3 bytes) plus its value is exactly the limit.
    pod('annotation-256k', { containers: [{ name: 'app', image: 'nginx:1.27' }] }, { annotations: { big: 'y'.repeat(ANNOTATIONS_LIMIT - 3) } }),
    pod('labels-1000', { containers: [{ name: 'app', image: 'nginx:1.27' }] }, { labels: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}.hostile.example/label-${i}`, `value-${i}-${'v'.repeat(40)}`])) }),
    pod(LONG_NAME, { containers: [{ name: 'app', image: 'nginx:1.27' }] }),
    pod('fifty', { containers: Array.from({ length: 50 }, (_, i) => ({ name: `container-${i}`, image: `nginx:1.${i}`, readinessProbe: { httpGet: { path: `/${SCRIPT}`, port: 80 } } })) }),
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'hostile-svc', namespace: ns, annotations: { note: SCRIPT } },
      spec: { selector: { app: 'hostile' }, ports: [{ name: 'http', port: 80, targetPort: 80 }] },
    },
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'hostile-deploy', namespace: ns, annotations }, spec: { replicas: 1, selector: { matchLabels: { wl: 'deploy' } }, template: podTemplate({ wl: 'deploy' }) } },
    { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'hostile-sts', namespace: ns, annotations }, spec: { replicas: 1, serviceName: 'hostile-svc', selector: { matchLabels: { wl: 'sts' } }, template: podTemplate({ wl: 'sts' }) } },
    { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'hostile-ds', namespace: ns, annotations }, spec: { selector: { matchLabels: { wl: 'ds' } }, template: podTemplate({ wl: 'ds' }) } },
    { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'hostile-job', namespace: ns, annotations }, spec: { template: { ...podTemplate({ wl: 'job' }), spec: { ...podTemplate({}).spec, restartPolicy: 'Never' } } } },
    { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'hostile-cron', namespace: ns, annotations }, spec: { schedule: '0 0 1 1 *', suspend: true, jobTemplate: { spec: { template: { ...podTemplate({ wl: 'cron' }), spec: { ...podTemplate({}).spec, restartPolicy: 'Never' } } } } } },
  ];
}

async function event(name: string, involved: { name: string; uid: string }, fields: Record<string, unknown>): Promise<void> {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const ev = {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name, namespace: ns },
    involvedObject: { apiVersion: 'v1', kind: 'Pod', namespace: ns, name: involved.name, uid: involved.uid },
    type: 'Warning',
    count: 1,
    firstTimestamp: now,
    lastTimestamp: now,
    source: { component: 'hostile-test' },
    ...fields,
  };
  await kubectl(['create', '-f', '-'], JSON.stringify(ev));
}

async function uidOf(name: string): Promise<string> {
  return (await kubectl(['get', 'pod', name, '-n', ns, '-o', 'jsonpath={.metadata.uid}'])).trim();
}

/** Creates an object expecting the apiserver to refuse it; returns the refusal. */
async function refused(obj: unknown): Promise<string> {
  try {
    await kubectl(['create', '-f', '-'], JSON.stringify(obj));
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`the apiserver accepted ${JSON.stringify(obj).slice(0, 200)}`);
}

/** Marks the page so that any markup from a cluster value that ran, or any CSP violation it caused, shows up. */
async function arm(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return dialogs;
}

/**
 * The checks every view gets: nothing from the objects ran (no flag, no
 * dialog, no CSP violation an injected element would cause), no element was
 * made from their markup, no javascript: link, and the page is not wider
 * than the window (long values wrap, truncate or scroll in their own box).
 */
async function expectSafe(page: Page, dialogs: string[], what: string): Promise<void> {
  const r = await page.evaluate(() => {
    const w = window as unknown as { __pwned?: number; __violations?: string[] };
    return {
      pwned: w.__pwned ?? null,
      violations: w.__violations ?? [],
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      // A <script> made from the payload has exactly its body (the page's own scripts carry the data JSON-escaped).
      injectedScripts: [...document.scripts].filter((s) => s.textContent?.trim() === 'window.__pwned=1').length,
      javascriptLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      // What sticks out, to say where a layout broke.
      widest: [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 16 && !el.closest('.overflow-auto, .overflow-x-auto'))
        .slice(-3)
        .map((el) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : ''}.${String(el.className).slice(0, 60)}`),
    };
  });
  const fits = r.overflow <= 16;
  expect(r, what).toStrictEqual({ pwned: null, violations: [], injectedImages: 0, injectedScripts: 0, javascriptLinks: 0, overflow: fits ? r.overflow : 'at most 16 px', widest: fits ? r.widest : [] });
  expect(dialogs, what).toStrictEqual([]);
  // The server's HTML (markup and the data Next embeds for hydration) carries the payload escaped, never as markup.
  const html = await (await page.request.get(page.url())).text();
  expect(html.includes('<script>window.__pwned') || html.includes('<img src=x onerror'), `${what}: raw HTML`).toBe(false);
}

/** The page's visible text contains `text` exactly (React text nodes, not markup). */
async function expectText(page: Page, text: string, what: string): Promise<void> {
  await expect.poll(() => page.evaluate((t) => document.body.innerText.includes(t), text), { message: `${what}: shows ${JSON.stringify(text.slice(0, 60))}`, timeout: 20_000 }).toBe(true);
}

const podUrl = (name: string, tab?: string) => `/${CONTEXT}/pods/${ns}/${name}${tab ? `?tab=${tab}` : ''}`;

/** Opens a pod tab and waits for the live model (the tab panel). */
async function openPodTab(page: Page, name: string, tab: string): Promise<void> {
  await page.goto(podUrl(name, tab));
  await expect(page.getByTestId(`tab-${tab}`)).toBeVisible({ timeout: 30_000 });
}

test.describe('hostile and huge objects', () => {
  test.describe.configure({ timeout: 180_000 });

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    await kubectl(['create', 'namespace', ns]);
    // Pods need the default ServiceAccount; create it rather than wait for the controller-manager.
    await kubectl(['create', 'serviceaccount', 'default', '-n', ns]).catch(() => undefined);
    await startKwok();
    await kubectl(['create', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects() }));
    await expect.poll(async () => (await kubectl(['get', 'pod', 'markup', '-n', ns, '-o', 'jsonpath={.status.phase}'])).trim(), { timeout: 60_000, message: `KWOK runs our pods (${kwokLog.slice(-500)})` }).toBe('Running');
    const markup = { name: 'markup', uid: await uidOf('markup') };
    await event('hostile-markup', markup, { reason: '<b>Hostile</b>', message: `${SCRIPT} then ${JS_URL}`, source: { component: `<i>${'x'}</i>` }, involvedObject: { apiVersion: 'v1', kind: 'Pod', namespace: ns, name: 'markup', uid: markup.uid, fieldPath: 'spec.containers{app}' } });
    await event('hostile-rtl', markup, { reason: 'Bidi', message: `${RTL} | ${ZW}` });
    await event('hostile-1mb', markup, { reason: 'Huge', message: `${SCRIPT}${'m'.repeat(MB)}` });
  });

  test.afterAll(async () => {
    await kubectl(['delete', 'namespace', ns, '--wait=false']).catch(() => undefined);
    await kubectl(['delete', 'node', nodeName, '--wait=false']).catch(() => undefined);
    kwok?.kill('SIGTERM');
    rmSync(tmp, { recursive: true, force: true });
  });

  // ------------------------------------------------------------ refused by the apiserver

  test('refuses <script> and javascript: in label values and keys (refused by the apiserver)', async () => {
    const base = { apiVersion: 'v1', kind: 'Pod', spec: { containers: [{ name: 'app', image: 'nginx' }] } };
    expect(await refused({ ...base, metadata: { name: 'l1', namespace: ns, labels: { x: '<script>' } } })).toContain('a valid label must be an empty string or consist of alphanumeric characters');
    expect(await refused({ ...base, metadata: { name: 'l2', namespace: ns, labels: { x: JS_URL } } })).toContain('a valid label must be');
    expect(await refused({ ...base, metadata: { name: 'l3', namespace: ns, labels: { '<b>': 'x' } } })).toContain("name part must consist of alphanumeric characters, '-', '_' or '.'");
  });

  test('refuses <script> as a container name (refused by the apiserver: names are DNS labels)', async () => {
    const msg = await refused({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'c1', namespace: ns }, spec: { containers: [{ name: '<script>', image: 'nginx' }] } });
    expect(msg).toContain('a lowercase RFC 1123 label must consist of');
  });

  test('refuses annotations one byte over 256 KiB and names over 253 characters (refused by the apiserver)', async () => {
    const spec = { containers: [{ name: 'app', image: 'nginx' }] };
    expect(await refused({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'a1', namespace: ns, annotations: { big: 'y'.repeat(ANNOTATIONS_LIMIT - 2) } }, spec })).toContain('may not be more than 262144 bytes');
    expect(await refused({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `${LONG_NAME}e`, namespace: ns }, spec })).toContain('must be no more than 253 characters');
  });

  test('refuses a 1 MB event note over events.k8s.io/v1 (1024 characters) while core/v1 stores a 1 MB message', async () => {
    const msg = await refused({
      apiVersion: 'events.k8s.io/v1',
      kind: 'Event',
      metadata: { name: 'note-1mb', namespace: ns },
      regarding: { apiVersion: 'v1', kind: 'Pod', namespace: ns, name: 'markup' },
      reason: 'Huge',
      note: 'm'.repeat(MB),
      type: 'Warning',
      action: 'Test',
      reportingController: 'kube-explain.dev/e2e',
      reportingInstance: 'e2e',
      eventTime: new Date().toISOString().replace('Z', '000Z'),
    });
    expect(msg).toContain('can have at most 1024 characters');
    // (with stdin, kubectl runs without execFile's 1 MiB output cap)
    const stored = JSON.parse(await kubectl(['get', 'event', 'hostile-1mb', '-n', ns, '-o', 'json'], '')) as { message: string };
    expect(stored.message.length).toBe(SCRIPT.length + MB);
  });

  // ------------------------------------------------------------ rendered

  test('markup and javascript: URLs in annotations, images, commands and env stay text on the pods list and every pod tab', async ({ page }) => {
    const dialogs = await arm(page);
    await page.goto(`/${CONTEXT}/pods?namespace=${ns}`);
    await expect(page.locator(`[data-pod="${ns}/markup"]`)).toBeVisible();
    await expectSafe(page, dialogs, 'pods list');
    for (const tab of ['overview', 'containers', 'probes', 'volumes', 'events', 'yaml', 'commands']) {
      await openPodTab(page, 'markup', tab);
      await expectSafe(page, dialogs, `pod tab ${tab}`);
    }
    await openPodTab(page, 'markup', 'containers');
    await expectText(page, IMAGE_SCRIPT, 'containers tab: image');
    await expectText(page, JS_URL, 'containers tab: javascript: image');
    await openPodTab(page, 'markup', 'yaml');
    // YAML quotes the value (its inner quotes escaped); the markup itself is there as text.
    for (const v of ['<script>window.__pwned=1</script>', `link: ${JS_URL}`]) await expect(page.getByTestId('yaml')).toContainText(v);
    await expectSafe(page, dialogs, 'yaml');
  });

  test('event messages, reasons and sources with markup and javascript: stay text on the events tab', async ({ page }) => {
    const dialogs = await arm(page);
    await openPodTab(page, 'markup', 'events');
    const row = page.locator('[data-testid=event-row][data-reason="<b>Hostile</b>"]');
    await expect(row).toContainText(`${SCRIPT} then ${JS_URL}`);
    await expect(row).toContainText('<b>Hostile</b>');
    await expectSafe(page, dialogs, 'events tab');
    await openPodTab(page, 'markup', 'overview');
    await expectSafe(page, dialogs, 'overview (events narrated)');
  });

  test('log lines with markup and javascript: stay text in the logs viewer (served by the apiserver from our KWOK)', async ({ page }) => {
    const dialogs = await arm(page);
    await page.goto(`${podUrl('markup', 'logs')}&container=app`);
    const log = page.getByTestId('log-text');
    await expect(log).toContainText(SCRIPT, { timeout: 30_000 });
    await expect(log).toContainText(`open ${JS_URL} now`);
    await expectSafe(page, dialogs, 'logs: app');
  });

  test('a 10 MiB log line arrives capped at 512 KiB and the viewer keeps its box', async ({ page }) => {
    const dialogs = await arm(page);
    await page.goto(`${podUrl('markup', 'logs')}&container=big`);
    const log = page.getByTestId('log-text');
    await expect(log).toContainText('LLLLLLLL', { timeout: 30_000 });
    const shown = await log.evaluate((el) => ({ length: el.textContent?.length ?? 0, box: el.getBoundingClientRect().width, viewport: window.innerWidth }));
    expect(shown.length).toBeGreaterThan(LOG_CAP / 2);
    expect(shown.length).toBeLessThanOrEqual(LOG_CAP);
    expect(shown.box).toBeLessThanOrEqual(shown.viewport);
    await expectSafe(page, dialogs, 'logs: big');
  });

  test('RTL overrides and zero-width characters are shown as they are and stay inside their cells', async ({ page }) => {
    const dialogs = await arm(page);
    await openPodTab(page, 'markup', 'events');
    const row = page.locator('[data-testid=event-row][data-reason="Bidi"]');
    await expect(row).toContainText(`${RTL} | ${ZW}`);
    // The override must not reorder the cells around it: the reason cell still reads left to right.
    await expect(row.locator('td').nth(1)).toHaveText('Bidi');
    await expectSafe(page, dialogs, 'events tab with RTL');
    await openPodTab(page, 'markup', 'yaml');
    await expect(page.getByTestId('yaml')).toContainText(ZW);
    await page.goto(`${podUrl('markup', 'logs')}&container=app`);
    await expect(page.getByTestId('log-text')).toContainText(`${RTL} | ${ZW}`, { timeout: 30_000 });
    await expectSafe(page, dialogs, 'logs with RTL');
  });

  test('an annotation at the 256 KiB limit renders on the list, the overview and the YAML tab', async ({ page }) => {
    const dialogs = await arm(page);
    await page.goto(`/${CONTEXT}/pods?namespace=${ns}`);
    await expect(page.locator(`[data-pod="${ns}/annotation-256k"]`)).toBeVisible();
    await expectSafe(page, dialogs, 'pods list');
    await openPodTab(page, 'annotation-256k', 'overview');
    await expectSafe(page, dialogs, 'overview');
    await openPodTab(page, 'annotation-256k', 'yaml');
    await expect(page.getByTestId('yaml')).toContainText('y'.repeat(1000));
    await expectSafe(page, dialogs, 'yaml');
  });

  test('a pod with 1,000 labels renders on the list, its page and the Service that selects it', async ({ page }) => {
    const dialogs = await arm(page);
    await page.goto(`/${CONTEXT}/pods?namespace=${ns}`);
    await page.locator(`[data-pod="${ns}/labels-1000"] a`).first().click();
    await expect(page).toHaveURL(new RegExp(`/pods/${ns}/labels-1000`));
    for (const tab of ['overview', 'yaml']) {
      await openPodTab(page, 'labels-1000', tab);
      await expectSafe(page, dialogs, `pod ${tab}`);
    }
    await expect(page.getByTestId('yaml')).toContainText('k999.hostile.example/label-999');
    await page.goto(`/${CONTEXT}/services/${ns}/hostile-svc`);
    await expect(page.locator('[data-testid=selector-row][data-pod="labels-1000"]')).toBeVisible({ timeout: 30_000 });
    await expectSafe(page, dialogs, 'service page');
  });

  test('a 253-character pod name wraps or truncates on every view, and its rows still open the pod', async ({ page }) => {
    const dialogs = await arm(page);
    await page.goto(`/${CONTEXT}/pods?namespace=${ns}`);
    const row = page.locator(`[data-pod="${ns}/${LONG_NAME}"]`);
    await expect(row).toBeVisible();
    await expectSafe(page, dialogs, 'pods list');
    // The row's other columns stay on screen: the name does not push them out of the table's box.
    const status = await row.locator('[data-testid=pod-status]').boundingBox();
    expect(status && status.x + status.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 1280);
    await row.locator('a').first().click();
    await expect(page).toHaveURL(new RegExp(`/pods/${ns}/${LONG_NAME}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(LONG_NAME);
    for (const tab of ['overview', 'containers', 'events', 'logs', 'yaml', 'commands']) {
      await openPodTab(page, LONG_NAME, tab);
      await expectSafe(page, dialogs, `pod tab ${tab}`);
    }
    await page.goto(`/${CONTEXT}/services/${ns}/hostile-svc`);
    const sel = page.locator(`[data-testid=selector-row][data-pod="${LONG_NAME}"]`);
    await expect(sel).toBeVisible({ timeout: 30_000 });
    await expectSafe(page, dialogs, 'service page');
    await sel.locator('a').first().click();
    await expect(page).toHaveURL(new RegExp(`/pods/${ns}/${LONG_NAME}`));
    await page.goto(`/${CONTEXT}/nodes/${nodeName}`);
    const onNode = page.locator(`[data-testid=node-pod][data-pod="${ns}/${LONG_NAME}"]`);
    await expect(onNode).toBeVisible({ timeout: 30_000 });
    await expectSafe(page, dialogs, 'node page');
  });

  test('a pod with 50 containers renders its list row, containers, probes, logs picker and YAML', async ({ page }) => {
    const dialogs = await arm(page);
    await page.goto(`/${CONTEXT}/pods?namespace=${ns}`);
    await expect(page.locator(`[data-pod="${ns}/fifty"] [data-testid=pod-ready]`)).toHaveText(/\/50$/);
    await expectSafe(page, dialogs, 'pods list');
    for (const tab of ['overview', 'containers', 'probes', 'logs', 'yaml', 'commands']) {
      await openPodTab(page, 'fifty', tab);
      await expectSafe(page, dialogs, `pod tab ${tab}`);
    }
    await openPodTab(page, 'fifty', 'yaml');
    await expect(page.getByTestId('yaml')).toContainText('container-49');
    await openPodTab(page, 'fifty', 'logs');
    await expect(page.getByTestId('log-container').locator('option')).toHaveCount(50);
    await openPodTab(page, 'fifty', 'containers');
    await expectText(page, 'container-49', 'containers tab');
  });

  test('an event with a 1 MB message renders on the events tab without widening the page', async ({ page }) => {
    const dialogs = await arm(page);
    await openPodTab(page, 'markup', 'events');
    const row = page.locator('[data-testid=event-row][data-reason="Huge"]');
    await expect(row).toContainText(SCRIPT);
    // The row carries the first 4096 characters and says how much it left out.
    await expect(row.getByTestId('event-omitted')).toContainText(String(SCRIPT.length + MB - 4096));
    await expectSafe(page, dialogs, 'events tab with a 1 MB message');
    // The other rows are still reachable: the table has not grown a 1 MB-wide column.
    const table = await page.getByTestId('events-table').evaluate((el) => el.getBoundingClientRect().width);
    expect(table).toBeLessThanOrEqual(page.viewportSize()?.width ?? 1280);
  });

  test('a node whose OS image, kernel and runtime carry markup and RTL text: nodes list, node page, cluster overview', async ({ page }) => {
    const dialogs = await arm(page);
    await page.goto(`/${CONTEXT}/nodes`);
    const row = page.locator(`[data-testid=node-row][data-node="${nodeName}"]`);
    await expect(row).toContainText(`Debian ${SCRIPT}`, { timeout: 30_000 });
    await expectSafe(page, dialogs, 'nodes list');
    await row.locator('a').first().click();
    await expect(page).toHaveURL(new RegExp(`/nodes/${nodeName}$`));
    await expectText(page, `Debian ${SCRIPT}`, 'node page: OS image');
    await expectText(page, `containerd://2.1.4${SCRIPT}`, 'node page: runtime');
    await expectSafe(page, dialogs, 'node page');
    await page.goto(`/${CONTEXT}`);
    await expect(page.locator(`[data-node="${nodeName}"]`)).toBeVisible({ timeout: 30_000 });
    await expectSafe(page, dialogs, 'cluster overview');
  });

  test('every list page and the detail pages of its hostile rows stay safe and within the window', async ({ page }) => {
    const dialogs = await arm(page);
    // Every list page the app has (app/[context]/<list>/page.tsx: workloads, storage… as they are added), filtered to our namespace.
    const lists = readdirSync(path.join(root, 'app', '[context]'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(path.join(root, 'app', '[context]', d.name, 'page.tsx')))
      .map((d) => `/${CONTEXT}/${d.name}`);
    const ours = [`/${CONTEXT}`, ...lists];
    expect(lists.length).toBeGreaterThanOrEqual(3);
    const visited: string[] = [];
    for (const href of ours) {
      await page.goto(`${href}?namespace=${ns}`);
      await page.waitForLoadState('domcontentloaded');
      await expectSafe(page, dialogs, href);
      const rows = page.locator('tbody tr[tabindex]');
      const n = await rows.count();
      for (let i = 0; i < Math.min(n, 3); i++) {
        const link = rows.nth(i).locator('a[href]').first();
        if ((await link.count()) === 0) continue;
        const target = await link.getAttribute('href');
        if (!target || !target.includes(`/${ns}/`)) continue;
        await page.goto(target);
        await page.waitForLoadState('domcontentloaded');
        await expectSafe(page, dialogs, target);
        visited.push(target);
        await page.goto(`${href}?namespace=${ns}`);
      }
    }
    // Workload pages exist: their hostile objects were opened (a Deployment at least).
    expect(visited.some((v) => v.includes('hostile-deploy'))).toBe(true);
  });

  test('kubeconfig context names with /, .. and %2F route to their own views and nothing escapes', async ({ page }) => {
    const sandbox = readFileSync(path.join(root, '.sandbox', 'kubeconfig'), 'utf8');
    const field = (name: string) => new RegExp(`${name}: (\\S+)`).exec(sandbox)?.[1] ?? '';
    // Routable: a name with /, .., or a literal %2F or %2E%2E is one encoded path segment.
    const names = ['team/prod', 'team/../prod', 'a%2Fb', '%2E%2E'];
    // Not routable: a segment that is exactly . or .. (in any percent-encoding) is a dot segment the
    // browser resolves before it sends the request, so such a context cannot be named in a URL.
    const dots = '..';
    const cfg = [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: sandbox',
      '  cluster:',
      `    server: ${field('server')}`,
      `    certificate-authority-data: ${field('certificate-authority-data')}`,
      'users:',
      '- name: admin',
      '  user:',
      `    client-certificate-data: ${field('client-certificate-data')}`,
      `    client-key-data: ${field('client-key-data')}`,
      'contexts:',
      ...[...names, dots].flatMap((n) => [`- name: ${JSON.stringify(n)}`, '  context:', '    cluster: sandbox', '    user: admin']),
      `current-context: ${JSON.stringify(names[0])}`,
      '',
    ].join('\n');
    writeFileSync(path.join(tmp, 'odd-contexts.yaml'), cfg);
    const port = await freePort();
    const server = spawn(process.execPath, [require.resolve('next/dist/bin/next', { paths: [root] }), 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      env: { ...process.env, KUBECONFIG: path.join(tmp, 'odd-contexts.yaml') },
      stdio: 'ignore',
    });
    try {
      await expect.poll(async () => (await fetch(`http://127.0.0.1:${port}/api/healthz`).catch(() => null))?.ok ?? false, { timeout: 30_000 }).toBe(true);
      const dialogs = await arm(page);
      const routed: Record<string, string> = {};
      for (const name of names) {
        const base = `http://127.0.0.1:${port}/${encodeURIComponent(name)}`;
        await page.goto(`${base}/pods?namespace=${ns}`);
        const url = new URL(page.url());
        const row = page.locator(`[data-pod="${ns}/markup"]`);
        const ok = await row.isVisible({ timeout: 20_000 }).catch(() => false) || (await row.waitFor({ timeout: 20_000 }).then(() => true, () => false));
        // The context shown in the switcher is the one named in the URL, byte for byte.
        const selected = await page.locator('header select').first().inputValue().catch(() => null);
        routed[name] = ok && selected === name ? `ok ${url.pathname}` : `FAILED at ${url.pathname} (selected ${JSON.stringify(selected)})`;
        if (!ok) continue;
        await expectSafe(page, dialogs, `context ${name}`);
        await row.locator('a').first().click();
        await expect(page).toHaveURL(`${base}/pods/${ns}/markup`);
        await expect(page.getByTestId('pod-detail')).toBeVisible({ timeout: 30_000 });
      }
      expect(routed).toStrictEqual(Object.fromEntries(names.map((n) => [n, `ok /${encodeURIComponent(n)}/pods`])));
      // ../pods arrives as /pods: the app takes "pods" for the context and says it is not in the kubeconfig; no other context's data shows.
      await page.goto(`http://127.0.0.1:${port}/${encodeURIComponent(dots)}/pods?namespace=${ns}`);
      expect(new URL(page.url()).pathname).toBe('/pods');
      await expect(page.locator('section[role=alert]')).toContainText('"pods" is not in the kubeconfig');
      await expect(page.locator(`[data-pod="${ns}/markup"]`)).toHaveCount(0);
      await expectSafe(page, dialogs, 'context ..');
    } finally {
      server.kill('SIGTERM');
    }
  });
});
