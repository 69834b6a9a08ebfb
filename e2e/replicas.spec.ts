import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { RECONNECT_MS } from '../components/live/stream-client';
import { CONTEXT, DEMO, kubectl } from './sandbox';
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
 * Starts one replica from the build the pipeline made (NEXT_DIST_DIR, as
 * playwright.config.ts reads it), answering to the balancer's name.
 */
async function startReplica(backend: Backend): Promise<Replica> {
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--hostname', '127.0.0.1', '--port', String(backend.port)], {
    cwd: root,
    env: {
      ...process.env,
      KUBECONFIG: path.join(root, '.sandbox', 'kubeconfig'),
      // The browser names the balancer, and the replica must answer to that name (as behind an Ingress).
      ALLOWED_HOSTS: `127.0.0.1:${PROXY_PORT}`,
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
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

const indicatorLog = (page: Page) => page.evaluate(() => (window as unknown as { __conn: { state: string | null; at: number }[] }).__conn);

test.describe('several replicas behind a round-robin balancer', () => {
  const replicas: Replica[] = [];
  const proxy = new RoundRobinProxy(REPLICAS);
  const pods: string[] = [];

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    replicas.push(...(await Promise.all(REPLICAS.map(startReplica))));
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
    // Nothing reached the dead replica after the kill: the balancer skipped it.
    expect(proxy.requests.filter((r) => r.at > killedAt + 100 && r.backend === victim.backend.name)).toStrictEqual([]);
  });
});
