import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { prepareStandalone } from '../scripts/standalone';
import { kubectl, waitForDefaultServiceAccount } from './sandbox';

// What the container image runs, run directly (these machines cannot build
// images): the standalone folder copied where no node_modules is around it,
// started with `node server.js` in in-cluster mode — KUBERNETES_SERVICE_HOST
// and a real ServiceAccount token, CA and namespace in the kubelet's layout
// under a temporary prefix (KUBE_EXPLAIN_SERVICEACCOUNT_DIR →
// loadFromCluster(pathPrefix)) — and, when the tests run as root, as the
// unprivileged user "nobody", who cannot write to the folder: what a
// read-only root filesystem allows.

const root = path.resolve(__dirname, '..');
const distDir = process.env.NEXT_DIST_DIR || '.next';
const port = 3211;
const base = `http://127.0.0.1:${port}`;
const CONTEXT = 'inClusterContext';
const SA_PATH = 'var/run/secrets/kubernetes.io/serviceaccount';
// This checkout's sandbox apiserver (16443 unless another sandbox on the machine holds that port).
const apiserver = new URL(/server:\s*(https:\/\/\S+)/.exec(readFileSync(path.join(__dirname, '..', '.sandbox', 'kubeconfig'), 'utf8'))?.[1] ?? 'https://127.0.0.1:16443');

/** Every file and folder under `dir` with its size and mtime, to show the server wrote nothing there. */
function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      const s = statSync(p, { throwIfNoEntry: false });
      out.push(`${path.relative(dir, p)} ${s?.size ?? '-'} ${s?.mtimeMs ?? '-'}`);
    }
  };
  walk(dir);
  return out.sort();
}

/** The folders above `dir` that hold a node_modules (there must be none). */
function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let d = path.dirname(dir); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'node_modules'))) found.push(d);
    if (d === path.dirname(d)) return found;
  }
}

const asNobody = process.getuid?.() === 0 && spawnSync('runuser', ['--help']).status === 0;

test.describe('the standalone server, in-cluster against the sandbox', () => {
  test.describe.configure({ mode: 'serial' });
  const ns = `e2e-standalone-${Date.now().toString(36)}`;
  let work = '';
  let app = '';
  let token = '';
  let before: string[] = [];
  let server: ChildProcess | null = null;
  let output = '';

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const built = prepareStandalone(root, distDir);
    work = mkdtempSync(path.join(os.tmpdir(), 'kube-explain-standalone-'));
    chmodSync(work, 0o755);
    app = path.join(work, 'app');
    cpSync(built.standalone, app, { recursive: true, verbatimSymlinks: true });

    // A ServiceAccount that may read everything the `view` role covers, cluster-wide.
    await kubectl(['create', 'namespace', ns]);
    // Pods in the namespace need its default ServiceAccount, which the controller-manager adds a moment later.
    await waitForDefaultServiceAccount(ns);
    await kubectl(['create', 'serviceaccount', 'dashboard', '-n', ns]);
    await kubectl(['create', 'clusterrolebinding', `${ns}-view`, '--clusterrole=view', `--serviceaccount=${ns}:dashboard`]);
    token = (await kubectl(['create', 'token', 'dashboard', '-n', ns, '--duration=1h'])).trim();
    const sa = path.join(work, 'prefix', SA_PATH);
    mkdirSync(sa, { recursive: true });
    writeFileSync(path.join(sa, 'token'), token);
    cpSync(path.join(root, '.sandbox', 'pki', 'ca.crt'), path.join(sa, 'ca.crt'));
    writeFileSync(path.join(sa, 'namespace'), ns);
    for (let d = sa; d !== work; d = path.dirname(d)) chmodSync(d, 0o755);
    for (const f of ['token', 'ca.crt', 'namespace']) chmodSync(path.join(sa, f), 0o644);

    // History's database in a folder the server's user may write, as the chart's emptyDir would be (never inside the app folder).
    const history = path.join(work, 'history');
    mkdirSync(history);
    chmodSync(history, 0o777);

    before = listing(app);
    const env: NodeJS.ProcessEnv = {
      HISTORY_DB: path.join(history, 'history.db'),
      NODE_ENV: 'production',
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: path.join(work, 'home'), // no ~/.kube/config there
      KUBERNETES_SERVICE_HOST: apiserver.hostname,
      KUBERNETES_SERVICE_PORT: apiserver.port,
      KUBE_EXPLAIN_SERVICEACCOUNT_DIR: sa,
      HOSTNAME: '127.0.0.1',
      HOST: '127.0.0.1',
      PORT: String(port),
      // In-cluster defaults to signing in with a token; this spec is about packaging, bound to loopback.
      AUTH: 'none',
      // Warm start would have the caches synced before the first readiness probe; this spec watches readiness go from 503 to 200.
      WARM_START: 'off',
      NEXT_TELEMETRY_DISABLED: '1',
    };
    const command = asNobody ? ['runuser', '-u', 'nobody', '--', process.execPath, 'server.js'] : [process.execPath, 'server.js'];
    const child = spawn(command[0]!, command.slice(1), { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    server = child;
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    const deadline = Date.now() + 60_000;
    for (;;) {
      const ok = await fetch(`${base}/api/healthz`).then((r) => r.ok, () => false);
      if (ok) break;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the standalone server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  test.afterAll(async () => {
    server?.kill('SIGTERM');
    await kubectl(['delete', 'clusterrolebinding', `${ns}-view`, '--wait=false']).catch(() => undefined);
    await kubectl(['delete', 'namespace', ns, '--wait=false']).catch(() => undefined);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('runs from a copy of the standalone folder with no node_modules around it', async () => {
    expect(nodeModulesAbove(app)).toStrictEqual([]);
    expect(existsSync(path.join(app, 'server.js'))).toBe(true);
    // The image carries the bundle, not the sources: no test file, no lib/ folder of ours.
    expect(before.filter((f) => /\.test\.tsx? /.test(f) || f.startsWith('lib/'))).toStrictEqual([]);
    const health = await fetch(`${base}/api/healthz`);
    expect([health.status, await health.json()]).toStrictEqual([200, { ok: true }]);
  });

  test('readiness is 503 with a reason until the namespace and pod caches are synced, then 200', async () => {
    const first = await fetch(`${base}/api/readyz`);
    const firstBody = (await first.json()) as { ready: boolean; context: string; reason: string };
    expect([first.status, firstBody.ready, firstBody.context]).toStrictEqual([503, false, CONTEXT]);
    expect(firstBody.reason).toMatch(/^namespaces: (cache starting|first list in progress)/);
    await expect
      .poll(async () => {
        const r = await fetch(`${base}/api/readyz`);
        return [r.status, await r.json()];
      }, { timeout: 30_000 })
      .toStrictEqual([
        200,
        {
          ready: true,
          context: CONTEXT,
          caches: [
            { resource: 'namespaces', phase: 'synced', ok: true },
            { resource: 'pods', phase: 'synced', ok: true },
          ],
          reason: null,
        },
      ]);
    // Liveness never asked the cluster and stayed 200 throughout.
    expect((await fetch(`${base}/api/healthz`)).status).toBe(200);
  });

  test('pages show live cluster data read with the ServiceAccount, and its scripts load', async ({ page }) => {
    const scripts: number[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/_next/static/')) scripts.push(r.status());
    });
    await page.goto(`${base}/${CONTEXT}/pods?namespace=explain-demo`);
    const expected = (await kubectl(['get', 'pods', '-n', 'explain-demo', '-o', 'name'])).split('\n').filter(Boolean).map((n) => n.replace('pod/', ''));
    expect(expected.length).toBeGreaterThan(0);
    await expect(page.locator(`[data-testid=pod-row][data-pod="explain-demo/${expected[0]}"]`)).toBeVisible();
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => s !== 200)).toStrictEqual([]);

    // Live: a pod created now appears without a reload (the browser's stream needs the static scripts).
    await page.goto(`${base}/${CONTEXT}/pods?namespace=${ns}`);
    await kubectl(
      ['apply', '-f', '-'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: 'arrives-live', namespace: ns },
        spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] },
      }),
    );
    await expect(page.locator(`[data-testid=pod-row][data-pod="${ns}/arrives-live"]`)).toBeVisible({ timeout: 30_000 });
  });

  test('the token never reaches a response, and the server wrote nothing into its folder', async ({ page }) => {
    const bodies: string[] = [];
    page.on('response', async (r) => {
      bodies.push(await r.text().catch(() => ''));
    });
    await page.goto(`${base}/${CONTEXT}/pods?namespace=${ns}`);
    await page.goto(`${base}/${CONTEXT}`);
    bodies.push(await (await fetch(`${base}/api/readyz`)).text());
    expect(bodies.length).toBeGreaterThan(1);
    expect(bodies.filter((b) => b.includes(token))).toStrictEqual([]);
    expect(output).not.toContain(token);
    expect(output).not.toMatch(/EACCES|EROFS|EPERM/);
    expect(listing(app)).toStrictEqual(before);
    test.info().annotations.push({ type: 'server', description: `node ${process.version}, ${asNobody ? 'as nobody (no write access to its folder)' : 'as the current user'}` });
  });
});
