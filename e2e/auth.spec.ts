import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { expect, test, type Browser, type Page, type Response } from '@playwright/test';
import { sealSession, sessionKey as keyFrom } from '../lib/auth/session';
import { CONTEXT, kubectl } from './sandbox';

// AUTH=token end to end: a server of the side build started by this spec
// with AUTH=token against the sandbox; two ServiceAccounts, each with the
// `view` role in its own namespace, sign in by pasting a token in two
// browser contexts at once and see only their own namespace's pods; the
// token and the session key never reach a page, a response or a cookie
// readable by scripts; sign-out ends the session.

const root = path.resolve(__dirname, '..');
const port = Number(process.env.AUTH_E2E_PORT ?? 3220);
const base = `http://127.0.0.1:${port}`;
const sfx = Date.now().toString(36);
const nsA = `e2e-auth-a-${sfx}`;
const nsB = `e2e-auth-b-${sfx}`;
const sessionKey = randomBytes(32).toString('base64');
const tokens: Record<'ana' | 'bo', string> = { ana: '', bo: '' };
let server: ChildProcess | null = null;
let output = '';
const proxyServers: ChildProcess[] = [];

function podManifest(namespace: string, name: string): string {
  return JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace }, spec: { nodeName: 'sandbox-worker', containers: [{ name: 'app', image: 'registry.example/app:1' }], terminationGracePeriodSeconds: 0 } });
}

/** The side build's server on `onPort`, against the sandbox, with the given access settings. */
function startServer(onPort: number, env: Record<string, string>, log: (text: string) => void): ChildProcess {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--hostname', '127.0.0.1', '--port', String(onPort)], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      KUBECONFIG: path.join(root, '.sandbox', 'kubeconfig'),
      NEXT_TELEMETRY_DISABLED: '1',
      // History into a file of this server's own beside the run's (playwright.config.ts), never the user's; off without one.
      ...(process.env.HISTORY_DB ? { HISTORY_DB: `${process.env.HISTORY_DB}.${onPort}` } : { HISTORY: 'off' }),
      ...(process.env.HISTORY_SQLITE_BINDING ? { HISTORY_SQLITE_BINDING: process.env.HISTORY_SQLITE_BINDING } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => log(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log(d.toString()));
  return child;
}

async function waitForServer(child: ChildProcess | null = server, url = base, log = () => output): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child?.exitCode !== null) throw new Error(`the server exited:\n${log()}`);
    try {
      if ((await fetch(`${url}/api/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the server did not answer within 60 s:\n${log()}`);
}

// Two namespaces, each with a ServiceAccount bound to `view` there and one pod, for both access modes.
test.beforeAll(async () => {
  test.setTimeout(120_000);
  for (const [ns, sa] of [[nsA, 'ana'], [nsB, 'bo']] as const) {
    await kubectl(['create', 'namespace', ns]);
    await kubectl(['create', 'serviceaccount', sa, '-n', ns]);
    await kubectl(['create', 'rolebinding', `${sa}-view`, '--clusterrole=view', `--serviceaccount=${ns}:${sa}`, '-n', ns]);
    await kubectl(['apply', '-f', '-'], podManifest(ns, `pod-of-${sa}`));
    tokens[sa] = (await kubectl(['create', 'token', sa, '-n', ns, '--duration=1h'])).trim();
  }
});

test.afterAll(async () => {
  await kubectl(['delete', 'namespace', nsA, nsB, '--wait=false']).catch(() => undefined);
});

test.describe('AUTH=token: sign-in, two people, sign-out', () => {
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = startServer(port, { AUTH: 'token', SESSION_KEY: sessionKey, AUTH_RECHECK_MS: '2000', AUTH_ACCESS_CACHE_MS: '1000' }, (t) => (output += t));
    await waitForServer();
  });

  test.afterAll(() => {
    server?.kill('SIGTERM');
  });

  /** Every response body a page receives, to scan for the token and the key afterwards. */
  function recordBodies(page: Page): string[] {
    const bodies: string[] = [];
    page.on('response', (r: Response) => {
      void r.text().then(
        (t) => bodies.push(`${r.url()} ${JSON.stringify(r.headers())}\n${t}`),
        () => bodies.push(`${r.url()} ${JSON.stringify(r.headers())}`),
      );
    });
    return bodies;
  }

  async function signIn(page: Page, who: 'ana' | 'bo', next: string): Promise<void> {
    await page.goto(next);
    await expect(page).toHaveURL(/\/signin\?next=/);
    await page.getByTestId('signin-token').fill(tokens[who]);
    await page.getByTestId('signin-submit').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
  }

  test('a page without a session goes to the sign-in page; data without one is a 401', async ({ page }) => {
    const res = await page.goto(`${base}/${encodeURIComponent(CONTEXT)}/pods`);
    expect(new URL(page.url()).pathname).toBe('/signin');
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/${CONTEXT}/pods`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    for (const p of ['/api/stream', `/api/logs?context=${CONTEXT}&namespace=${nsA}&name=pod-of-ana&container=app`, '/api/auth/whoami']) {
      const r = await fetch(`${base}${p}`, { headers: { 'x-kube-explain-client': '1' } });
      expect(r.status, p).toBe(401);
      expect(((await r.json()) as { error: { kind: string } }).error.kind, p).toBe('unauthorized');
    }
  });

  test('a token the cluster refuses is refused on the page, in both languages, without echoing it', async ({ page }) => {
    await page.goto(`${base}/signin`);
    await page.getByTestId('signin-token').fill('definitely-not-a-token');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signin-error')).toContainText('The cluster did not accept that token');
    await expect(page.getByTestId('signin-token')).toHaveValue('');
    await page.goto(`${base}/signin?lang=zh`);
    await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
    await page.getByTestId('signin-token').fill('definitely-not-a-token');
    await page.getByTestId('signin-submit').click();
    await expect(page.getByTestId('signin-error')).toContainText('集群不接受该令牌');
    expect(await page.content()).not.toContain('definitely-not-a-token');
  });

  test('two people signed in at once each see their own namespace only; no token or key reaches a page', async ({ browser }: { browser: Browser }) => {
    const people = await Promise.all((['ana', 'bo'] as const).map(async (who) => {
      const ctx = await browser.newContext({ baseURL: base });
      const page = await ctx.newPage();
      return { who, ctx, page, bodies: recordBodies(page) };
    }));
    try {
      for (const p of people) await signIn(p.page, p.who, `${base}/${encodeURIComponent(CONTEXT)}/pods`);
      for (const p of people) {
        const own = p.who === 'ana' ? nsA : nsB;
        const other = p.who === 'ana' ? nsB : nsA;
        await expect(p.page.getByTestId('user-name')).toContainText(`system:serviceaccount:${own}:${p.who}`);
        await expect(p.page.locator(`[data-pod="${own}/pod-of-${p.who}"]`)).toBeVisible();
        await expect(p.page.locator('[data-testid=pod-row]')).toHaveCount(1);
        await expect(p.page.locator(`[data-pod^="${other}/"]`)).toHaveCount(0);
        const options = await p.page.getByTestId('namespace-select').locator('option').allTextContents();
        expect(options.some((o) => o.includes(own))).toBe(true);
        expect(options.some((o) => o.includes(other))).toBe(false);
        // The session cookie is out of scripts' reach, strict, and carries no token.
        expect(await p.page.evaluate(() => document.cookie)).not.toContain('kube-explain-session');
        const cookie = (await p.ctx.cookies()).find((c) => c.name === 'kube-explain-session');
        expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
        expect(cookie?.value).not.toContain(tokens[p.who].split('.')[1]!.slice(0, 40));

        const asked = Date.now();
        await p.page.goto(`${base}/whoami`);
        await expect(p.page.getByTestId('whoami-username')).toHaveText(`system:serviceaccount:${own}:${p.who}`);
        const checked = await p.page.locator('main p').last().textContent();
        console.log(`whoami for ${p.who}: ${Date.now() - asked} ms (${checked})`);
        // The session ends with the token (1 h), not with the request.
        const ends = Date.parse((await p.page.locator('time').getAttribute('datetime')) ?? '');
        expect(ends - Date.now()).toBeGreaterThan(50 * 60_000);
        expect(ends - Date.now()).toBeLessThanOrEqual(3600_000);
        await expect(p.page.getByTestId('whoami-kind-pods')).toContainText(own);
        await expect(p.page.getByTestId('whoami-kind-nodes')).toContainText('nowhere');
        await p.page.goto(`${base}/whoami?lang=zh`);
        await expect(p.page.getByRole('heading', { name: '我是谁' })).toBeVisible();
      }
      await new Promise((r) => setTimeout(r, 500));
      for (const p of people) {
        const all = p.bodies.join('\n');
        for (const t of Object.values(tokens)) for (const part of t.split('.')) expect(all).not.toContain(part.slice(0, 48));
        expect(all).not.toContain(sessionKey);
        expect(all).not.toContain(Buffer.from(sessionKey, 'base64').toString('hex'));
      }
    } finally {
      for (const p of people) await p.ctx.close();
    }
  });

  test('an expired session goes back to the sign-in page, which says so', async ({ page }) => {
    const key = await keyFrom(sessionKey);
    const now = Math.floor(Date.now() / 1000);
    const stale = await sealSession(key, { principal: { username: `system:serviceaccount:${nsA}:ana`, uid: '', groups: [] }, context: CONTEXT, issuedAt: now - 7200, expiresAt: now - 1 }, 'session');
    await page.context().addCookies([{ name: 'kube-explain-session', value: stale, url: base, httpOnly: true, sameSite: 'Strict' }]);
    await page.goto(`${base}/${encodeURIComponent(CONTEXT)}/pods`);
    await expect(page).toHaveURL(/\/signin\?next=.*&reason=expired/);
    await expect(page.getByTestId('signin-expired')).toBeVisible();
    // The stale cookie is cleared on the way.
    expect((await page.context().cookies()).find((c) => c.name === 'kube-explain-session')).toBeUndefined();
  });

  test('a RoleBinding deleted while the page is open turns it forbidden live; restored, the pods come back', async ({ page }) => {
    await signIn(page, 'ana', `${base}/${encodeURIComponent(CONTEXT)}/pods?namespace=${nsA}`);
    await expect(page.locator(`[data-pod="${nsA}/pod-of-ana"]`)).toBeVisible();
    const revokedAt = Date.now();
    await kubectl(['delete', 'rolebinding', 'ana-view', '-n', nsA]);
    await expect(page.getByTestId('error-message')).toContainText('cannot list/watch pods', { timeout: 20_000 });
    const shownAfter = Date.now() - revokedAt;
    await expect(page.locator('[data-testid=pod-row]')).toHaveCount(0);
    await kubectl(['create', 'rolebinding', 'ana-view', '--clusterrole=view', `--serviceaccount=${nsA}:ana`, '-n', nsA]);
    await expect(page.locator(`[data-pod="${nsA}/pod-of-ana"]`)).toBeVisible({ timeout: 20_000 });
    console.log(`revoked binding shown as forbidden after ${shownAfter} ms (recheck 2 s, answers kept 1 s)`);
  });

  test('sign-out ends the session: the next page goes to the sign-in page again', async ({ page }) => {
    await signIn(page, 'ana', `${base}/${encodeURIComponent(CONTEXT)}/pods`);
    await page.getByTestId('signout').click();
    await page.waitForURL(/\/signin$/);
    await page.goto(`${base}/${encodeURIComponent(CONTEXT)}/pods`);
    await expect(page).toHaveURL(/\/signin\?next=/);
    expect((await page.context().cookies()).find((c) => c.name === 'kube-explain-session')).toBeUndefined();
  });
});

test.describe('AUTH=proxy: identity from a trusted authenticating proxy only', () => {
  test.describe.configure({ mode: 'serial' });
  const trustedPort = port + 3;
  const untrustedPort = port + 4;
  const logs = ['', ''];
  const asAna = { 'X-Forwarded-User': `system:serviceaccount:${nsA}:ana`, 'X-Forwarded-Groups': `system:serviceaccounts,system:serviceaccounts:${nsA},system:authenticated` };

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    // This machine's requests come from 127.0.0.1: trusted by one server, not by the other.
    const env = { AUTH: 'proxy', SESSION_KEY: sessionKey };
    proxyServers.push(startServer(trustedPort, { ...env, AUTH_PROXY_TRUSTED_CIDRS: '127.0.0.1/32,::1' }, (t) => (logs[0] += t)));
    proxyServers.push(startServer(untrustedPort, { ...env, AUTH_PROXY_TRUSTED_CIDRS: '10.0.0.0/8' }, (t) => (logs[1] += t)));
    await waitForServer(proxyServers[0]!, `http://127.0.0.1:${trustedPort}`, () => logs[0]!);
    await waitForServer(proxyServers[1]!, `http://127.0.0.1:${untrustedPort}`, () => logs[1]!);
  });

  test.afterAll(() => {
    for (const p of proxyServers) p.kill('SIGTERM');
  });

  test("a trusted peer's user and groups decide what the page shows", async ({ browser }) => {
    const ctx = await browser.newContext({ extraHTTPHeaders: asAna });
    try {
      const page = await ctx.newPage();
      await page.goto(`http://127.0.0.1:${trustedPort}/${encodeURIComponent(CONTEXT)}/pods`);
      await expect(page.getByTestId('user-name')).toContainText(`system:serviceaccount:${nsA}:ana`);
      await expect(page.locator(`[data-pod="${nsA}/pod-of-ana"]`)).toBeVisible();
      await expect(page.locator('[data-testid=pod-row]')).toHaveCount(1);
      // A proxy keeps its own sessions: no sign-out here, no cookie of ours.
      await expect(page.getByTestId('signout')).toHaveCount(0);
      expect((await ctx.cookies()).find((c) => c.name === 'kube-explain-session')).toBeUndefined();
    } finally {
      await ctx.close();
    }
    const who = await fetch(`http://127.0.0.1:${trustedPort}/api/auth/whoami`, { headers: asAna });
    expect(who.status).toBe(200);
    expect(await who.json()).toMatchObject({ mode: 'proxy', username: `system:serviceaccount:${nsA}:ana`, groups: expect.arrayContaining([`system:serviceaccounts:${nsA}`]) });
  });

  test('without a user header, or from an untrusted peer even claiming a trusted one, the answer is 401', async () => {
    const none = await fetch(`http://127.0.0.1:${trustedPort}/api/auth/whoami`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { message: string } }).error.message).toMatch(/did not name a user/);
    for (const extra of [{}, { 'x-kube-explain-peer': '10.1.2.3' }, { 'X-Forwarded-For': '10.1.2.3' }] as Record<string, string>[]) {
      const r = await fetch(`http://127.0.0.1:${untrustedPort}/api/auth/whoami`, { headers: { ...asAna, ...extra } });
      expect(r.status, JSON.stringify(extra)).toBe(401);
      expect(((await r.json()) as { error: { message: string } }).error.message).toMatch(/not in AUTH_PROXY_TRUSTED_CIDRS/);
    }
    const page = await fetch(`http://127.0.0.1:${untrustedPort}/${encodeURIComponent(CONTEXT)}/pods`, { headers: { ...asAna, Accept: 'text/html' } });
    expect(page.status).toBe(401);
  });

  test('a forwarded-principal header from a client is not believed', async () => {
    const r = await fetch(`http://127.0.0.1:${untrustedPort}/api/auth/whoami`, { headers: { 'x-kube-explain-principal': 'v1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
    expect(r.status).toBe(401);
  });
});
