import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { RECONNECT_MS } from '../components/live/stream-client';
import { prepareStandalone, standalonePaths } from '../scripts/standalone';
import { CONTEXT, DEMO, kubectl, waitForDefaultServiceAccount } from './sandbox';
import { RoundRobinProxy, type Backend } from './support/round-robin-proxy';

// Several replicas share nothing but the cluster. Two production servers run
// behind a round-robin balancer that sends every request to the next replica
// (pages, the tab's stream and its subscription POSTs alike); one is killed
// while it holds the tab's stream, and the tab must carry on on the other
// within its reconnect delay, with its views live, without a reload.

const root = path.resolve(__dirname, '..');
const PROXY_PORT = 3230;
const REPLICAS: Backend[] = [
  { name: 'replica-a', port: 3231 },
  { name: 'replica-b', port: 3232 },
];
/** Time to open a stream and say hello once the delay is over, on a busy shared machine. */
const CONNECT_SLACK_MS = 1_500;
const origin = `http://127.0.0.1:${PROXY_PORT}`;
const podsUrl = `${origin}/${CONTEXT}/pods?namespace=${DEMO}`;

interface Replica {
  backend: Backend;
  child: ChildProcess;
  output: string[];
}

/**
 * How a replica runs: the standalone server the container image runs (`node
 * server.js`, the static assets beside it as scripts/standalone.ts puts
 * them), from the build the pipeline made (NEXT_DIST_DIR, as
 * playwright.config.ts reads it); `next start` for a build made before
 * `output: 'standalone'`.
 */
function serverArgs(port: number): string[] {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const p = standalonePaths(root, distDir);
  if (!existsSync(p.server)) return [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--hostname', '127.0.0.1', '--port', String(port)];
  if (!existsSync(p.staticTo)) prepareStandalone(root, distDir);
  return [p.server];
}

/** Starts one replica, answering to the balancer's name as well as its own. */
async function startReplica(backend: Backend, proxyPort: number, env: Record<string, string> = {}): Promise<Replica> {
  const child = spawn(process.execPath, serverArgs(backend.port), {
    cwd: root,
    env: {
      ...process.env,
      // server.js binds HOSTNAME:PORT; the request guard reads HOST and PORT.
      HOSTNAME: '127.0.0.1',
      HOST: '127.0.0.1',
      PORT: String(backend.port),
      KUBECONFIG: path.join(root, '.sandbox', 'kubeconfig'),
      // The browser names the balancer, and the replica must answer to that name (as behind an Ingress).
      ALLOWED_HOSTS: `127.0.0.1:${proxyPort}`,
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const keep = (d: Buffer) => output.push(d.toString());
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`http://127.0.0.1:${backend.port}/api/healthz`)).ok) return { backend, child, output };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`${backend.name} on port ${backend.port} did not start:\n${output.join('').slice(-2000)}`);
}

/** Records every change of the page's connection indicator with its time (epoch ms), from now on. */
async function watchIndicator(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __conn: { state: string | null; at: number }[] };
    const el = document.querySelector('[data-testid=connection]');
    w.__conn = [{ state: el?.getAttribute('data-state') ?? null, at: Date.now() }];
    new MutationObserver(() => w.__conn.push({ state: el?.getAttribute('data-state') ?? null, at: Date.now() })).observe(el!, { attributes: true, attributeFilter: ['data-state'] });
  });
}

/** Records, from now on, the fewest pod rows the table showed at any moment (did a reconnect ever empty it?). */
async function watchRowCount(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __fewestRows: number; __rowsAtStart: number };
    const table = document.querySelector('[data-testid=pods-table]')!;
    const count = () => table.querySelectorAll('[data-testid=pod-row]').length;
    w.__fewestRows = w.__rowsAtStart = count();
    new MutationObserver(() => (w.__fewestRows = Math.min(w.__fewestRows, count()))).observe(table, { childList: true, subtree: true });
  });
}

const indicatorLog = (page: Page) => page.evaluate(() => (window as unknown as { __conn: { state: string | null; at: number }[] }).__conn);

test.describe('several replicas behind a round-robin balancer', () => {
  const replicas: Replica[] = [];
  const proxy = new RoundRobinProxy(REPLICAS);
  const pods: string[] = [];

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    replicas.push(...(await Promise.all(REPLICAS.map((b) => startReplica(b, PROXY_PORT)))));
    await proxy.listen(PROXY_PORT);
  });

  test.afterAll(async () => {
    for (const r of replicas) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGTERM');
    await proxy.close();
    for (const name of pods) await kubectl(['delete', 'pod', name, '-n', DEMO, '--wait=false']).catch(() => undefined);
  });

  test('a tab whose requests are spread over both replicas stays live; when the replica holding its stream is killed it carries on on the other within its reconnect delay, and a pod created after the kill appears without a reload', async ({ page }) => {
    await page.goto(podsUrl);
    const indicator = page.getByTestId('connection');
    await expect(indicator).toHaveAttribute('data-state', 'live');

    // Both replicas served this tab: the balancer really spreads it.
    const served = new Set(proxy.requests.flatMap((r) => (r.backend ? [r.backend] : [])));
    expect([...served].sort()).toStrictEqual(REPLICAS.map((r) => r.name));

    // Live before the kill, though its subscription requests may reach a replica without its stream.
    const before = `e2e-repl-before-${Date.now().toString(36)}`;
    pods.push(before);
    await kubectl(['run', before, '-n', DEMO, '--image=nginx:1.27', '--restart=Never']);
    await expect(page.locator(`[data-pod="${DEMO}/${before}"]`)).toBeVisible({ timeout: 5_000 });

    await expect.poll(() => proxy.openStreams().length, { message: 'the tab holds exactly one stream' }).toBe(1);
    const stream = proxy.openStreams()[0]!;
    const victim = replicas.find((r) => r.backend.name === stream.backend)!;
    const survivor = replicas.find((r) => r !== victim)!;

    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    await watchIndicator(page);
    await watchRowCount(page);
    const killedAt = Date.now();
    victim.child.kill('SIGKILL');

    // The tab notices, then is live again on the survivor.
    await expect.poll(async () => (await indicatorLog(page)).some((e) => e.state === 'reconnecting'), { timeout: 10_000 }).toBe(true);
    await expect(indicator).toHaveAttribute('data-state', 'live', { timeout: RECONNECT_MS + 15_000 });
    await expect.poll(() => proxy.openStreams().map((r) => r.backend)).toStrictEqual([survivor.backend.name]);

    const log = await indicatorLog(page);
    const brokeAt = log.find((e) => e.state === 'reconnecting')!.at;
    const liveAt = log.find((e) => e.at >= brokeAt && e.state === 'live')!.at;
    const newStream = proxy.openStreams()[0]!;
    const figures = {
      noticedMs: brokeAt - killedAt,
      newStreamRequestedMs: newStream.at - killedAt,
      newStreamAnsweredMs: (newStream.answeredAt ?? NaN) - killedAt,
      liveAgainMs: liveAt - killedAt,
      reconnectDelayMs: RECONNECT_MS,
    };
    console.log(`replica failover: ${JSON.stringify(figures)}`);
    test.info().annotations.push({ type: 'failover', description: JSON.stringify(figures) });

    // The new stream was asked for one reconnect delay after the drop (not later), and was live right after.
    expect(figures.newStreamRequestedMs).toBeLessThanOrEqual(RECONNECT_MS + CONNECT_SLACK_MS);
    expect(figures.liveAgainMs).toBeLessThanOrEqual(RECONNECT_MS + 2 * CONNECT_SLACK_MS);

    // Still live: a pod created after the kill shows up, and the rows shown before are still there.
    const after = `e2e-repl-after-${Date.now().toString(36)}`;
    pods.push(after);
    await kubectl(['run', after, '-n', DEMO, '--image=nginx:1.27', '--restart=Never']);
    await expect(page.locator(`[data-pod="${DEMO}/${after}"]`)).toBeVisible({ timeout: 5_000 });
    await expect(page.locator(`[data-pod="${DEMO}/${before}"]`)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    // The rows never went away while the tab moved to the other replica (its caches may still have been syncing).
    const rows = await page.evaluate(() => {
      const w = window as unknown as { __fewestRows: number; __rowsAtStart: number };
      return { atKill: w.__rowsAtStart, fewestSince: w.__fewestRows };
    });
    console.log(`pod rows shown: ${JSON.stringify(rows)}`);
    expect(rows.fewestSince).toBeGreaterThan(0);
    // Nothing reached the dead replica after the kill: the balancer skipped it.
    expect(proxy.requests.filter((r) => r.at > killedAt + 100 && r.backend === victim.backend.name)).toStrictEqual([]);
  });
});

test.describe('several replicas with AUTH=token and one SESSION_KEY', () => {
  const proxyPort = 3233;
  const backends: Backend[] = [
    { name: 'replica-c', port: 3234 },
    { name: 'replica-d', port: 3235 },
  ];
  const authOrigin = `http://127.0.0.1:${proxyPort}`;
  const ns = `e2e-repl-${Date.now().toString(36)}`;
  const replicas: Replica[] = [];
  const proxy = new RoundRobinProxy(backends);
  const pods: string[] = [];
  let token = '';

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // A person who may read explain-demo (the view ClusterRole bound there), signing in with a ServiceAccount token.
    await kubectl(['create', 'namespace', ns]);
    await waitForDefaultServiceAccount(ns);
    await kubectl(['create', 'serviceaccount', 'student', '-n', ns]);
    await kubectl(['create', 'rolebinding', `${ns}-student-view`, '--clusterrole=view', `--serviceaccount=${ns}:student`, '-n', DEMO]);
    token = (await kubectl(['create', 'token', 'student', '-n', ns, '--duration=1h'])).trim();
    // Both replicas seal sessions with the same key, as the chart mounts one Secret into every pod.
    const sessionKey = randomBytes(32).toString('base64');
    replicas.push(...(await Promise.all(backends.map((b) => startReplica(b, proxyPort, { AUTH: 'token', SESSION_KEY: sessionKey })))));
    await proxy.listen(proxyPort);
  });

  test.afterAll(async () => {
    for (const r of replicas) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGTERM');
    await proxy.close();
    for (const name of pods) await kubectl(['delete', 'pod', name, '-n', DEMO, '--wait=false']).catch(() => undefined);
    await kubectl(['delete', 'rolebinding', `${ns}-student-view`, '-n', DEMO, '--wait=false']).catch(() => undefined);
    await kubectl(['delete', 'namespace', ns, '--wait=false']).catch(() => undefined);
  });

  test('a session made on one replica is accepted by the other: after the replica that signed the person in is killed, the tab carries on and new pages load there, signed in', async ({ page }) => {
    const target = `/${CONTEXT}/pods?namespace=${DEMO}`;
    await page.goto(`${authOrigin}/signin?next=${encodeURIComponent(target)}`);
    await page.getByTestId('signin-token').fill(token);
    await page.getByTestId('signin-submit').click();
    await page.waitForURL(`${authOrigin}${target}`);
    const indicator = page.getByTestId('connection');
    await expect(indicator).toHaveAttribute('data-state', 'live');
    await expect(page.getByTestId('user-name')).toHaveAttribute('title', `system:serviceaccount:${ns}:student`);

    const signin = proxy.requests.find((r) => r.method === 'POST' && r.path === '/api/auth/signin' && r.status === 200)!;
    const maker = replicas.find((r) => r.backend.name === signin.backend)!;
    const other = replicas.find((r) => r !== maker)!;
    // The balancer already spread the signed-in tab over both replicas.
    const served = new Set(proxy.requests.filter((r) => r.at > signin.at && r.status === 200).map((r) => r.backend));
    expect([...served].sort()).toStrictEqual(backends.map((b) => b.name));

    // The tab's stream on the replica that sealed the session, so the kill makes it reconnect to the other with that session.
    proxy.sendNextStreamTo(maker.backend.name);
    await page.reload();
    await expect(indicator).toHaveAttribute('data-state', 'live');
    await expect.poll(() => proxy.openStreams().map((r) => r.backend)).toStrictEqual([maker.backend.name]);

    await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
    await watchIndicator(page);
    const killedAt = Date.now();
    maker.child.kill('SIGKILL');

    // The session, sealed by the dead replica, opens the other one: it says who this is.
    const cookie = (await page.context().cookies(authOrigin)).map((c) => `${c.name}=${c.value}`).join('; ');
    const whoami = await fetch(`http://127.0.0.1:${other.backend.port}/api/auth/whoami`, { headers: { cookie } });
    expect([whoami.status, ((await whoami.json()) as { username?: string }).username]).toStrictEqual([200, `system:serviceaccount:${ns}:student`]);
    const anonymous = await fetch(`http://127.0.0.1:${other.backend.port}/api/auth/whoami`);
    expect(anonymous.status).toBe(401);

    // The open tab reconnects to the other replica, signed in by the same session, and is live again.
    await expect.poll(async () => (await indicatorLog(page)).some((e) => e.state === 'reconnecting'), { timeout: 10_000 }).toBe(true);
    await expect(indicator).toHaveAttribute('data-state', 'live', { timeout: RECONNECT_MS + 15_000 });
    const log = await indicatorLog(page);
    const liveAt = log.find((e) => e.at > killedAt && e.state === 'live')!.at;
    console.log(`session failover: signed in on ${maker.backend.name}, its stream there too; live on ${other.backend.name} ${liveAt - killedAt} ms after the kill`);
    expect(liveAt - killedAt).toBeLessThanOrEqual(RECONNECT_MS + 2 * CONNECT_SLACK_MS);
    const created = `e2e-repl-auth-${Date.now().toString(36)}`;
    pods.push(created);
    await kubectl(['run', created, '-n', DEMO, '--image=nginx:1.27', '--restart=Never']);
    await expect(page.locator(`[data-pod="${DEMO}/${created}"]`)).toBeVisible({ timeout: 5_000 });
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    expect(proxy.openStreams().map((r) => r.backend)).toStrictEqual([other.backend.name]);

    // A new page load, now only the other replica can answer: signed in, not sent to /signin.
    await page.goto(`${authOrigin}/${CONTEXT}/pods?namespace=${DEMO}`);
    await expect(page).toHaveURL(`${authOrigin}${target}`);
    await expect(page.getByTestId('user-name')).toHaveAttribute('title', `system:serviceaccount:${ns}:student`);
    await expect(indicator).toHaveAttribute('data-state', 'live');
    await expect(page.locator(`[data-pod="${DEMO}/${created}"]`)).toBeVisible();
    expect(proxy.requests.filter((r) => r.at > killedAt + 100 && r.backend === maker.backend.name)).toStrictEqual([]);
  });
});

test.describe('several replicas behind a balancer that answers 502 for a dead replica', () => {
  const proxyPort = 3236;
  const backends: Backend[] = [
    { name: 'replica-e', port: 3237 },
    { name: 'replica-f', port: 3238 },
  ];
  const replicas: Replica[] = [];
  // A balancer that answers 502 for a replica it has not yet noticed is dead, then notices (passive health check).
  const proxy = new RoundRobinProxy(backends, { retryRefused: false, markDown: true });
  const pods: string[] = [];

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    replicas.push(...(await Promise.all(backends.map((b) => startReplica(b, proxyPort)))));
    await proxy.listen(proxyPort);
  });

  test.afterAll(async () => {
    for (const r of replicas) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGTERM');
    await proxy.close();
    for (const name of pods) await kubectl(['delete', 'pod', name, '-n', DEMO, '--wait=false']).catch(() => undefined);
  });

  test('a stream reconnect answered 502 (which makes a browser’s EventSource give up for good) is retried after another reconnect delay, on the live replica', async ({ page }) => {
    await page.goto(`http://127.0.0.1:${proxyPort}/${CONTEXT}/pods?namespace=${DEMO}`);
    const indicator = page.getByTestId('connection');
    await expect(indicator).toHaveAttribute('data-state', 'live');
    await expect.poll(() => proxy.openStreams().length).toBe(1);
    const victim = replicas.find((r) => r.backend.name === proxy.openStreams()[0]!.backend)!;
    const survivor = replicas.find((r) => r !== victim)!;

    await watchIndicator(page);
    // The balancer has not noticed yet: the tab's first reconnect goes to the dead replica.
    proxy.sendNextStreamTo(victim.backend.name);
    const killedAt = Date.now();
    victim.child.kill('SIGKILL');

    await expect(indicator).toHaveAttribute('data-state', 'reconnecting', { timeout: 10_000 });
    await expect(indicator).toHaveAttribute('data-state', 'live', { timeout: 2 * RECONNECT_MS + 15_000 });
    const streams = proxy.requests.filter((r) => r.at > killedAt && r.method === 'GET' && new URL(r.path, origin).pathname === '/api/stream');
    expect(streams.map((r) => [r.backend ?? 'none', r.status])).toStrictEqual([
      ['none', 502],
      [survivor.backend.name, 200],
    ]);
    const log = await indicatorLog(page);
    const liveAt = log.find((e) => e.at > killedAt && e.state === 'live')!.at;
    const figures = { badGatewayAtMs: streams[0]!.at - killedAt, retriedAtMs: streams[1]!.at - killedAt, liveAgainMs: liveAt - killedAt, reconnectDelayMs: RECONNECT_MS };
    console.log(`replica failover through a 502: ${JSON.stringify(figures)}`);
    expect(figures.retriedAtMs - figures.badGatewayAtMs).toBeGreaterThanOrEqual(RECONNECT_MS);
    expect(figures.liveAgainMs).toBeLessThanOrEqual(2 * RECONNECT_MS + 2 * CONNECT_SLACK_MS);

    const after = `e2e-repl-502-${Date.now().toString(36)}`;
    pods.push(after);
    await kubectl(['run', after, '-n', DEMO, '--image=nginx:1.27', '--restart=Never']);
    await expect(page.locator(`[data-pod="${DEMO}/${after}"]`)).toBeVisible({ timeout: 5_000 });
  });
});
