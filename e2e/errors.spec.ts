import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { kubectl } from './sandbox';

// Each bad input gets its own page that names the problem and the fix, the
// other contexts keep working, and the server process survives all of it.

const root = path.resolve(__dirname, '..');
const sandboxConfig = readFileSync(path.join(root, '.sandbox', 'kubeconfig'), 'utf8');
const field = (name: string) => new RegExp(`${name}: (\\S+)`).exec(sandboxConfig)?.[1] ?? '';
const server = field('server');
const ca = field('certificate-authority-data');
const ns = `e2e-viewer-${Date.now().toString(36)}`;

function kubeconfig(viewerToken: string): string {
  const ctx = (name: string, user: string, srv = server) => ({ name, cluster: { server: srv, 'certificate-authority-data': ca }, user });
  const contexts = [
    ctx('sandbox-ok', `    client-certificate-data: ${field('client-certificate-data')}\n    client-key-data: ${field('client-key-data')}`),
    ctx('unreachable', '    token: anything', 'https://127.0.0.1:1'),
    ctx('bad-token', '    token: expired-or-invalid-token'),
    ctx('missing-plugin', '    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: definitely-not-installed-credential-plugin\n      interactiveMode: Never'),
    ctx('viewer', `    token: ${viewerToken}`),
  ];
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    ...contexts.flatMap((c) => [`- name: ${c.name}`, '  cluster:', `    server: ${c.cluster.server}`, `    certificate-authority-data: ${c.cluster['certificate-authority-data']}`]),
    'users:',
    ...contexts.flatMap((c) => [`- name: ${c.name}`, '  user:', c.user]),
    'contexts:',
    ...contexts.flatMap((c) => [`- name: ${c.name}`, '  context:', `    cluster: ${c.name}`, `    user: ${c.name}`]),
    'current-context: sandbox-ok',
    '',
  ].join('\n');
}

async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/healthz`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`server on ${port} did not start`);
}

test.describe('error states', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kube-explain-e2e-'));
  const servers: ChildProcess[] = [];
  const multi = 3191;

  test.beforeAll(async () => {
    await kubectl(['create', 'namespace', ns]);
    await kubectl(['create', 'serviceaccount', 'viewer', '-n', ns]);
    await kubectl(['create', 'rolebinding', 'viewer-view', '--clusterrole=view', `--serviceaccount=${ns}:viewer`, '-n', ns]);
    const token = (await kubectl(['create', 'token', 'viewer', '-n', ns, '--duration=1h'])).trim();
    writeFileSync(path.join(dir, 'multi.yaml'), kubeconfig(token));
    writeFileSync(path.join(dir, 'malformed.yaml'), 'apiVersion: v1\nclusters:\n  - name: [unterminated\n  token: "abc\n');
    servers.push(await startServer(multi, { KUBECONFIG: path.join(dir, 'multi.yaml') }));
    servers.push(await startServer(multi + 1, { KUBECONFIG: path.join(dir, 'does-not-exist.yaml'), HOME: dir, KUBERNETES_SERVICE_HOST: '' }));
    servers.push(await startServer(multi + 2, { KUBECONFIG: path.join(dir, 'malformed.yaml') }));
  });

  test.afterAll(async () => {
    for (const s of servers) s.kill('SIGTERM');
    await kubectl(['delete', 'namespace', ns, '--wait=false']).catch(() => undefined);
  });

  const cases = [
    { name: 'an unreachable server', ctx: 'unreachable', text: 'The API server did not answer.', fix: /cluster at \S*127\.0\.0\.1:1\S* is running/ },
    { name: 'an expired or invalid token', ctx: 'bad-token', text: 'rejected the credentials', fix: /Log in again or refresh the credentials/ },
    { name: 'a missing exec plugin', ctx: 'missing-plugin', text: 'credential plugin named in the kubeconfig is not installed', fix: /definitely-not-installed-credential-plugin/ },
    { name: 'a 403 on one resource', ctx: 'viewer', text: 'not allowed to list', fix: /kubectl auth can-i/ },
  ];

  for (const c of cases) {
    test(`names the problem and the fix for ${c.name}`, async ({ page }) => {
      await page.goto(`http://127.0.0.1:${multi}/${c.ctx}/pods`);
      const alert = page.locator('section[role=alert]');
      await expect(alert).toContainText(c.text, { timeout: 20_000 });
      await expect(alert.getByTestId('error-fix')).toHaveText(c.fix);
    });
  }

  test('keeps other contexts and namespaces working beside a failing one', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${multi}/viewer/pods?namespace=${ns}`);
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    await page.goto(`http://127.0.0.1:${multi}/sandbox-ok/pods?namespace=explain-demo`);
    await expect(page.locator('[data-pod="explain-demo/crash-loop"]')).toBeVisible();
    const health = await page.request.get(`http://127.0.0.1:${multi}/api/healthz`);
    expect(health.ok()).toBe(true);
  });

  test('explains a missing kubeconfig', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${multi + 1}/`);
    await expect(page.locator('section[role=alert]')).toContainText('No kubeconfig was found');
    await expect(page.getByTestId('error-fix')).toContainText('npm start');
  });

  test('explains a malformed kubeconfig without echoing its contents', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${multi + 2}/`);
    await expect(page.locator('section[role=alert]')).toContainText('could not be parsed');
    await expect(page.locator('section[role=alert]')).not.toContainText('abc');
  });

  test('never sends credentials to the browser', async ({ page }) => {
    const secrets = [field('client-key-data'), field('client-certificate-data')].filter(Boolean);
    const bodies: string[] = [];
    page.on('response', async (r) => {
      if (!r.url().includes('/api/stream')) bodies.push(await r.text().catch(() => ''));
    });
    await page.goto(`http://127.0.0.1:${multi}/sandbox-ok/pods?namespace=explain-demo`);
    await expect(page.locator('[data-pod="explain-demo/crash-loop"]')).toBeVisible();
    await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
    const html = await page.content();
    for (const s of secrets) {
      expect(html).not.toContain(s.slice(0, 40));
      for (const b of bodies) expect(b).not.toContain(s.slice(0, 40));
    }
    expect(html).not.toContain('BEGIN CERTIFICATE');
    expect(html).not.toContain('PRIVATE KEY');
  });
});
