import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type Page, type Response } from '@playwright/test';
import { CONTEXT, DEMO } from './sandbox';

// The attacks of issue 9, tried as an attacker would: a DNS-rebinding page,
// a page on another origin, a simple-request POST, a replayed stream id.
// Each must be refused by the request guard before anything reads the
// cluster; the dashboard's own pages keep working under the CSP.

const root = path.resolve(__dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3100);
const target = `http://127.0.0.1:${port}`;
const LOGS = `/api/logs?context=${CONTEXT}&namespace=${DEMO}&name=crash-loop&container=app`;
const HOST_REFUSAL = (host: string) => `Refused: Host "${host}" is not a name kube-explain answers to`;

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

/** A request with exactly the headers given (fetch would not let us set Host), read to its end or for `readMs`. */
function raw(toPort: number, method: string, pathname: string, headers: Record<string, string>, body?: string, readMs = 5_000): Promise<Raw> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // Node sends a DELETE body unframed unless told its length.
    const all = body === undefined ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const r = http.request({ host: '127.0.0.1', port: toPort, method, path: pathname, headers: all, setHost: !('host' in headers) }, (res) => {
      let text = '';
      const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text, ms: performance.now() - started });
      const timer = setTimeout(() => {
        res.destroy();
        done();
      }, readMs);
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => {
        clearTimeout(timer);
        done();
      });
    });
    r.on('error', reject);
    r.end(body);
  });
}

/** Opens a real SSE stream and keeps it open; resolves with its id, as a foreign page might learn one. */
function openStream(toPort: number, host: string): Promise<{ streamId: string; close: () => void }> {
  return new Promise((resolve, reject) => {
    const r = http.get({ host: '127.0.0.1', port: toPort, path: '/api/stream', headers: { host, accept: 'text/event-stream' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => {
        text += d;
        const id = /"streamId":"([^"]+)"/.exec(text)?.[1];
        if (id) resolve({ streamId: id, close: () => res.destroy() });
      });
      res.on('end', () => reject(new Error(`stream ended before hello: ${res.statusCode} ${text}`)));
    });
    r.on('error', reject);
  });
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return p;
}

interface Seen {
  url: string;
  type: string;
  status: number;
  /** The guard's text, for fetches; a refused frame shows Chromium's own error page (X-Frame-Options), and a beacon's or stream's body is not kept. */
  body: Promise<string | null>;
}

/** A response's body, or null when the browser did not keep it (some refused cross-origin fetches never resolve). */
function readSoon(r: Response): Promise<string | null> {
  return Promise.race([r.text().catch(() => null), new Promise<null>((resolve) => setTimeout(() => resolve(null), 2_000))]);
}

/** Every response from the dashboard a page caused, with its status and body. */
function recordDashboardResponses(page: Page, origin: string): Seen[] {
  const seen: Seen[] = [];
  page.on('response', (r: Response) => {
    const type = r.request().resourceType();
    if (r.url().startsWith(origin)) seen.push({ url: r.url(), type, status: r.status(), body: type === 'fetch' ? readSoon(r) : Promise.resolve(null) });
  });
  return seen;
}

const describeSeen = (seen: Seen[]) => seen.map((s) => `${s.type} ${s.status} ${s.url}`).join('\n');

test.describe('requests that may reach the data', () => {
  test('a foreign Host gets the guard’s one-line 403 on pages, RSC payloads, /api/*, the SSE stream and static files', async () => {
    const home = await raw(port, 'GET', `/${CONTEXT}/pods`, { host: `127.0.0.1:${port}` });
    expect(home.status).toBe(200);
    const chunk = /\/_next\/static\/[^"]+\.js/.exec(home.body)?.[0];
    expect(chunk).toBeTruthy();

    for (const host of [`evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `localhost.:${port}`, `localhost:${port + 1}`, 'localhost']) {
      const requests: [string, string, Record<string, string>, string?][] = [
        ['GET', '/', {}],
        ['GET', `/${CONTEXT}/pods?namespace=${DEMO}`, {}],
        ['GET', `/${CONTEXT}/pods`, { rsc: '1' }],
        ['GET', LOGS, { 'x-kube-explain-client': '1' }],
        ['GET', '/api/stream', { accept: 'text/event-stream' }],
        ['POST', '/api/stream/subscriptions', { 'content-type': 'application/json', origin: `http://${host}` }, '{"streamId":"x","subId":"y","spec":{"view":"pods"}}'],
        ['GET', chunk!, {}],
      ];
      for (const [method, p, headers, body] of requests) {
        const res = await raw(port, method, p, { host, ...headers }, body);
        expect.soft(res.status, `${method} ${p} with Host ${host}`).toBe(403);
        expect.soft(res.body, `${method} ${p} with Host ${host}`).toContain(HOST_REFUSAL(host));
        expect.soft(res.body.trim().split('\n')).toHaveLength(1);
        expect.soft(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      }
    }
  });

  test('a foreign Origin, a simple-request POST and a replayed stream id cannot change subscriptions; our own origin can', async () => {
    const host = `127.0.0.1:${port}`;
    const own = `http://${host}`;
    const { streamId, close } = await openStream(port, host);
    const sub = JSON.stringify({ streamId, subId: 'e2e-security', spec: { view: 'pods', context: CONTEXT } });
    const path_ = '/api/stream/subscriptions';

    const attempts: { headers: Record<string, string>; status: number; text: string }[] = [
      { headers: { origin: 'http://evil.example', 'content-type': 'application/json' }, status: 403, text: 'Refused: Origin "http://evil.example" is not this dashboard' },
      { headers: { origin: `http://localhost:${port}`, 'content-type': 'application/json' }, status: 403, text: `Refused: Origin "http://localhost:${port}" is not this dashboard` },
      { headers: { origin: 'null', 'content-type': 'application/json' }, status: 403, text: 'Refused: Origin "null" is not this dashboard' },
      { headers: { 'content-type': 'application/json' }, status: 403, text: `Refused: POST ${path_} needs an Origin header naming this dashboard (${own})` },
      { headers: { origin: own, 'content-type': 'text/plain;charset=UTF-8' }, status: 415, text: `Refused: POST ${path_} takes Content-Type: application/json, not "text/plain".` },
      { headers: { 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'content-type': 'text/plain' }, status: 403, text: 'Refused: a cross-site request' },
    ];
    for (const a of attempts) {
      const res = await raw(port, 'POST', path_, { host, ...a.headers }, sub);
      expect.soft(res.status, JSON.stringify(a.headers)).toBe(a.status);
      expect.soft(res.body, JSON.stringify(a.headers)).toContain(a.text);
    }
    const del = await raw(port, 'DELETE', path_, { host, origin: 'http://evil.example', 'content-type': 'application/json' }, JSON.stringify({ streamId, subId: 'e2e-security' }));
    expect(del.status).toBe(403);

    // The same request from our own origin is the one that works.
    const ok = await raw(port, 'POST', path_, { host, origin: own, 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }, sub);
    close();
    expect(ok.status).toBe(200);
  });

  test('logs answer only the dashboard’s own pages', async () => {
    const host = `127.0.0.1:${port}`;
    const plain = await raw(port, 'GET', LOGS, { host });
    expect(plain.status).toBe(403);
    expect(plain.body).toContain("Refused: /api/logs answers only the dashboard's own pages");
    const typed = await raw(port, 'GET', LOGS, { host, 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' });
    expect(typed.status).toBe(403);

    const proofs: Record<string, string>[] = [{ 'x-kube-explain-client': '1' }, { 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' }, { origin: `http://${host}` }];
    for (const proof of proofs) {
      const res = await raw(port, 'GET', LOGS, { host, ...proof });
      expect.soft(res.status, JSON.stringify(proof)).toBe(200);
      expect.soft(JSON.parse(res.body)).toHaveProperty('text');
    }
  });

  test.describe('a page on another origin', () => {
    let evil: http.Server;
    let evilPort = 0;
    // The attacker's page: everything a script on another origin can try against the dashboard.
    const attackPage = (t: string) => `<!doctype html><title>evil</title>
<a id="shared-link" href="${t}/${CONTEXT}">a link someone shared</a>
<iframe id="frame" src="${t}/${CONTEXT}/pods"></iframe>
<script>
  const T = ${JSON.stringify(t)};
  const out = {};
  const attempt = (name, p) => p.then((v) => (out[name] = v), (e) => (out[name] = 'blocked: ' + e.name));
  window.done = Promise.all([
    attempt('logs', fetch(T + ${JSON.stringify(LOGS)}).then((r) => r.text())),
    attempt('logsNoCors', fetch(T + ${JSON.stringify(LOGS)}, { mode: 'no-cors' }).then((r) => r.type)),
    attempt('page', fetch(T + '/${CONTEXT}/pods', { mode: 'no-cors' }).then((r) => r.type)),
    attempt('simplePost', fetch(T + '/api/stream/subscriptions', { method: 'POST', mode: 'no-cors', body: JSON.stringify({ streamId: 'x', subId: 'y', spec: { view: 'pods' } }) }).then((r) => r.type)),
    attempt('jsonPost', fetch(T + '/api/stream/subscriptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((r) => r.status)),
    attempt('beacon', Promise.resolve(navigator.sendBeacon(T + '/api/stream/subscriptions', 'x'))),
    attempt('stream', new Promise((resolve) => {
      const es = new EventSource(T + '/api/stream');
      es.addEventListener('hello', (e) => { es.close(); resolve('OPEN ' + e.data); });
      es.onerror = () => { es.close(); resolve('blocked'); };
    })),
  ]).then(() => out);
</script>`;

    test.beforeAll(async () => {
      evilPort = await freePort();
      evil = http.createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(attackPage(target));
      });
      await new Promise<void>((r) => evil.listen(evilPort, '127.0.0.1', r));
    });
    test.afterAll(() => new Promise<void>((r) => evil.close(() => r())));

    for (const site of ['cross-site', 'same-site'] as const) {
      test(`${site}: every fetch, stream, beacon and frame is refused by the guard, and a shared link still opens`, async ({ page }) => {
        // localhost vs 127.0.0.1 are different sites; another port on 127.0.0.1 is the same site.
        const evilOrigin = site === 'cross-site' ? `http://localhost:${evilPort}` : `http://127.0.0.1:${evilPort}`;
        const seen = recordDashboardResponses(page, target);
        await page.goto(`${evilOrigin}/`);
        const out = await page.evaluate(() => (window as unknown as { done: Promise<Record<string, unknown>> }).done);
        expect(out).toStrictEqual({
          logs: 'blocked: TypeError',
          logsNoCors: 'opaque',
          page: 'opaque',
          simplePost: 'opaque',
          jsonPost: 'blocked: TypeError',
          beacon: true,
          stream: 'blocked',
        });
        // Chromium reports the responses it kept (a CORS-failed EventSource shows none); all of them are the guard's 403.
        await page.waitForTimeout(2_000);
        const paths = new Set(seen.map((s) => `${s.type} ${new URL(s.url).pathname}`));
        expect(paths, describeSeen(seen)).toStrictEqual(
          new Set(['fetch /api/logs', `fetch /${CONTEXT}/pods`, 'fetch /api/stream/subscriptions', `document /${CONTEXT}/pods`, 'ping /api/stream/subscriptions']),
        );
        for (const s of seen) {
          expect.soft(s.status, s.url).toBe(403);
          const body = await s.body;
          if (body !== null) expect.soft(body, s.url).toMatch(/^Refused: (a (cross|same)-site request|Origin "http:\/\/(localhost|127\.0\.0\.1):\d+" is not this dashboard)/);
        }

        // A link to the dashboard opened in the tab is a navigation the user chose: it works.
        await page.locator('#shared-link').click();
        await expect(page).toHaveURL(`${target}/${CONTEXT}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      });
    }

    test('DNS rebinding: a page on evil.example that now resolves to 127.0.0.1 reads only the refusal', async () => {
      // The page itself comes from the attacker (served by a route, as before the rebind);
      // everything after resolves to the dashboard, as after it.
      const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        // Without Chromium's own local-network checks, as in browsers that have none: the guard alone must refuse.
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--host-resolver-rules=MAP evil.example 127.0.0.1',
          '--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessSendPreflights,PrivateNetworkAccessRespectPreflightResults,BlockInsecurePrivateNetworkRequests',
        ],
      });
      try {
        const page = await browser.newPage();
        const rebound = `http://evil.example:${port}`;
        await page.route(`${rebound}/`, (route) => route.fulfill({ contentType: 'text/html', body: attackPage(rebound) }));
        const seen = recordDashboardResponses(page, rebound);
        await page.goto(`${rebound}/`);
        seen.splice(0, seen.length, ...seen.filter((s) => s.url !== `${rebound}/`));
        const out = await page.evaluate(() => (window as unknown as { done: Promise<Record<string, unknown>> }).done);
        // Same-origin in the browser's eyes, so the script can read the answer: it is the refusal.
        expect(out.logs).toContain(HOST_REFUSAL(`evil.example:${port}`));
        expect(out.jsonPost).toBe(403);
        expect(out.stream).toBe('blocked');
        await page.waitForTimeout(2_000);
        const paths = new Set(seen.map((s) => `${s.type} ${new URL(s.url).pathname}`));
        expect(paths, describeSeen(seen)).toStrictEqual(
          new Set(['fetch /api/logs', `fetch /${CONTEXT}/pods`, 'fetch /api/stream/subscriptions', `document /${CONTEXT}/pods`, 'ping /api/stream/subscriptions', 'eventsource /api/stream']),
        );
        for (const s of seen) {
          expect.soft(s.status, s.url).toBe(403);
          const body = await s.body;
          if (body !== null) expect.soft(body, s.url).toContain(HOST_REFUSAL(`evil.example:${port}`));
        }
      } finally {
        await browser.close();
      }
    });
  });

  test.describe('refusal comes before any cluster access', () => {
    let blackHole: net.Server;
    let connections = 0;
    let server: ChildProcess | undefined;
    let serverPort = 0;
    const sockets = new Set<net.Socket>();

    test.beforeAll(async () => {
      // A "cluster" that accepts connections and never answers: any cluster call would hang here, and is counted.
      blackHole = net.createServer((s) => {
        connections++;
        sockets.add(s);
        s.on('error', () => undefined);
      });
      await new Promise<void>((r) => blackHole.listen(0, '127.0.0.1', r));
      const dir = mkdtempSync(path.join(os.tmpdir(), 'kube-explain-security-'));
      const kubeconfig = path.join(dir, 'kubeconfig');
      writeFileSync(
        kubeconfig,
        [
          'apiVersion: v1',
          'kind: Config',
          'clusters:',
          '- name: hole',
          '  cluster:',
          `    server: https://127.0.0.1:${(blackHole.address() as net.AddressInfo).port}`,
          '    insecure-skip-tls-verify: true',
          'users:',
          '- name: hole',
          '  user:',
          '    token: never-sent-to-a-foreign-host',
          'contexts:',
          '- name: hole',
          '  context:',
          '    cluster: hole',
          '    user: hole',
          'current-context: hole',
          '',
        ].join('\n'),
      );
      serverPort = await freePort();
      server = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--hostname', '127.0.0.1', '--port', String(serverPort)], {
        cwd: root,
        // History off: its background recording would dial the black hole at start-up, and this test counts every dial.
        env: { ...process.env, KUBECONFIG: kubeconfig, HISTORY: 'off', WARM_START: 'off' },
        stdio: 'ignore',
      });
      await expect(async () => {
        expect((await fetch(`http://127.0.0.1:${serverPort}/api/healthz`)).ok).toBe(true);
      }).toPass({ timeout: 30_000, intervals: [250] });
    });

    test.afterAll(async () => {
      server?.kill('SIGTERM');
      for (const s of sockets) s.destroy();
      await new Promise((r) => blackHole.close(r));
    });

    test('foreign Hosts and Origins are refused at once, and the cluster is never contacted', async () => {
      const before = connections;
      const attacks: [string, string, Record<string, string>, string?][] = [
        ['GET', '/hole/pods', { host: `evil.example:${serverPort}` }],
        ['GET', '/hole/pods', { host: `evil.example:${serverPort}`, rsc: '1' }],
        ['GET', '/api/stream', { host: `127.0.0.1.nip.io:${serverPort}` }],
        ['GET', '/api/logs?context=hole&namespace=default&name=p&container=c', { host: `evil.example:${serverPort}`, 'x-kube-explain-client': '1' }],
        ['GET', '/api/logs?context=hole&namespace=default&name=p&container=c', { host: `127.0.0.1:${serverPort}`, origin: 'http://evil.example' }],
        ['GET', '/api/logs?context=hole&namespace=default&name=p&container=c', { host: `127.0.0.1:${serverPort}` }],
        ['GET', '/hole/pods', { host: `127.0.0.1:${serverPort}`, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' }],
        ['POST', '/api/stream/subscriptions', { host: `127.0.0.1:${serverPort}`, 'content-type': 'text/plain' }, '{"streamId":"x","subId":"y","spec":{"view":"pods","context":"hole"}}'],
      ];
      for (const [method, p, headers, body] of attacks) {
        const res = await raw(serverPort, method, p, headers, body);
        expect.soft(res.status, `${method} ${p} ${JSON.stringify(headers)}`).toBe(403);
        expect.soft(res.body, `${method} ${p}`).toMatch(/^Refused: /);
        // A cluster call here would wait on the black hole for its timeout.
        expect.soft(res.ms, `${method} ${p}`).toBeLessThan(2_500);
      }
      expect(connections - before).toBe(0);

      // Control: the same page with an allowed Host does go to the cluster (and hangs in the black hole).
      void raw(serverPort, 'GET', '/hole/pods', { host: `localhost:${serverPort}` }, undefined, 3_000).catch(() => undefined);
      await expect.poll(() => connections - before, { timeout: 10_000 }).toBeGreaterThan(0);
    });
  });

  test.describe('Content-Security-Policy', () => {
    test('pages carry a per-request nonce CSP, hydrate, run the nonced theme script and report no violations', async ({ page, context }) => {
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Refused to|Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      page.on('pageerror', (e) => violations.push(`pageerror: ${e.message}`));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused: CSP ${e.violatedDirective} ${e.blockedURI}`));
        try {
          localStorage.setItem('theme', 'dark');
        } catch {
          // about:blank has no storage
        }
      });

      const first = await page.goto(`/${CONTEXT}/pods?namespace=${DEMO}`);
      const csp = first!.headers()['content-security-policy'] ?? '';
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
      expect(nonce).toBeTruthy();
      expect(csp).toBe(
        `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'nonce-${nonce}'; style-src-attr 'unsafe-inline'; ` +
          "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      );
      expect(first!.headers()['x-content-type-options']).toBe('nosniff');
      expect(first!.headers()['referrer-policy']).toBe('no-referrer');
      expect(first!.headers()['x-frame-options']).toBe('DENY');

      // Every script tag in the HTML carries this response's nonce, the inline theme script included, and it ran.
      const tags = (await first!.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(1);
      expect(tags.filter((t) => !t.includes(`nonce="${nonce}"`))).toStrictEqual([]);
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);

      // Hydrated and live: the SSE stream and its subscription POST pass the guard.
      await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');
      await expect(page.locator('[data-testid="pod-row"]').first()).toBeVisible();

      // A second request gets a different nonce.
      const again = await page.request.get(`/${CONTEXT}/pods`);
      expect(again.headers()['content-security-policy']).not.toContain(`'nonce-${nonce}'`);

      // Client-side navigation and the language switch still work.
      await page.getByRole('link', { name: '中文', exact: true }).click();
      await expect(page).toHaveURL(/[?&]lang=zh/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pod 列表');
      await page.goto(`/${CONTEXT}/pods/${DEMO}/crash-loop?tab=logs&lang=en`);
      await expect(page.getByTestId('log-text')).toContainText('config file /etc/app/config.yaml not found');
      await page.goto(`/${CONTEXT}/nodes`);
      await expect(page.getByTestId('connection')).toHaveAttribute('data-state', 'live');

      expect(violations).toStrictEqual([]);
    });

    test('no page can be framed, even by our own origin', async ({ page }) => {
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/frame-ancestors|Refused to (display|frame)/i.test(m.text())) violations.push(m.text());
      });
      await page.goto('/concepts');
      await page.setContent(`<iframe id="f" src="${target}/concepts"></iframe>`);
      await expect.poll(() => violations.length, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(violations.join('\n')).toContain("frame-ancestors 'none'");
    });
  });
});
