import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { CONCEPT_IDS } from '../lib/concepts/ids';
import { CONTEXT, kubectl, waitForDefaultServiceAccount } from './sandbox';
import { streamSpecsOf } from './support/stream-specs';

// Issue 9, leak scan: while the sandbox holds a Secret (applied with kubectl
// apply, so its last-applied annotation carries the values too), a
// ServiceAccount token Secret, a pod whose env and volume use that Secret,
// and while the server itself reads the cluster with a kubeconfig holding a
// client key and certificate, no byte of any of those credentials or values
// may reach the browser: not in any page (HTML or its RSC payload), not in
// any SSE message of any subscription the pages open, not in /api/logs and
// not in an error response. The routes are read from app/ at run time, so a
// page added later is scanned without editing this file (a dynamic segment
// the scan cannot fill fails it instead).

const root = path.resolve(__dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3100);
const origin = `http://127.0.0.1:${port}`;
const NS = 'hm-leak';
const SECRET = 'hm-leak-secret';
const SA = 'hm-leak-sa';
const SA_SECRET = 'hm-leak-sa-token';
const POD = 'hm-leak-pod';

/** A value that must never appear, and what it is (the name is what a failure prints, never the value). */
interface Needle {
  what: string;
  value: string;
}

/** One response (or rendered page, or SSE transcript) the browser could see. */
interface Artifact {
  where: string;
  body: string;
}

const needles: Needle[] = [];
/**
 * A value the app shows by design (a ConfigMap's data): the positive
 * control. The scan must find it where the ConfigMap is shown, or it is not
 * looking where values would appear.
 */
const control = `hm-leak-control-${randomBytes(12).toString('hex')}`;
const artifacts: Artifact[] = [];
/** Subscription specs the pages asked for, by JSON, for the SSE replay. */
const specs = new Map<string, unknown>();

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

/**
 * Needles for a long credential: the whole value, and every 48-character
 * slice of it on a 48-character grid, so a leak of any 96 consecutive
 * characters (a truncated or re-wrapped copy) still contains one slice.
 */
function slices(what: string, value: string): Needle[] {
  const out: Needle[] = [{ what, value }];
  const flat = value.replace(/\s+/g, '');
  for (let i = 0; i + 48 <= flat.length; i += 48) out.push({ what: `${what} [chars ${i}-${i + 47}]`, value: flat.slice(i, i + 48) });
  return out;
}

/** A PEM block's needles: the base64 the kubeconfig holds, the PEM text, and its body, sliced. */
function pemNeedles(what: string, dataB64: string): Needle[] {
  const pem = Buffer.from(dataB64, 'base64').toString('utf8');
  const body = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
  return [...slices(`${what} (kubeconfig base64)`, dataB64), ...slices(`${what} (PEM body)`, body), { what: `${what} (PEM)`, value: pem.trim() }];
}

/** Undoes the escapes a value may travel in (JSON \uXXXX and \/, HTML numeric entities), so an escaped copy is found too. */
function unescape(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/\\\//g, '/')
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&');
}

/** Every needle found in any artifact, as "what in where". */
function leaks(): string[] {
  const found: string[] = [];
  for (const a of artifacts) {
    const plain = unescape(a.body);
    for (const n of needles) if (a.body.includes(n.value) || plain.includes(n.value)) found.push(`${n.what} in ${a.where}`);
  }
  return found;
}

function record(where: string, body: string): void {
  artifacts.push({ where, body });
}

// ---------------------------------------------------------------------------
// Routes, read from app/.
// ---------------------------------------------------------------------------

/** Every page route under app/ as its segments, e.g. ['[context]', 'pods', '[namespace]', '[name]']. */
function pageRoutes(): string[][] {
  const out: string[][] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        if (entry.startsWith('_') || entry === 'api') continue;
        // Route groups "(name)" add no URL segment.
        walk(full, /^\(.*\)$/.test(entry) ? segments : [...segments, entry]);
      } else if (/^page\.(tsx|ts|jsx|js)$/.test(entry)) {
        out.push(segments);
      }
    }
  };
  walk(path.join(root, 'app'), []);
  return out;
}

interface Listed {
  items: { metadata: { name: string; namespace?: string } }[];
}

async function names(kind: string, namespace?: string): Promise<{ name: string; namespace?: string }[]> {
  const args = ['get', kind, '-o', 'json', ...(namespace ? ['-n', namespace] : ['-A'])];
  const list = JSON.parse(await kubectl(args)) as Listed;
  return list.items.map((i) => ({ name: i.metadata.name, namespace: i.metadata.namespace }));
}

/**
 * The URLs to scan for one route pattern: lists with and without our
 * namespace, every object of the kind in our namespace (else one from the
 * cluster), one that does not exist (an error page), every concept.
 */
async function urlsFor(segments: string[]): Promise<string[]> {
  const [first, kind, third, fourth] = segments;
  if (segments.length === 0) return ['/'];
  // The sign-in and "who am I" pages (AUTH=none here: they say no sign-in is needed).
  if (segments.length === 1 && (first === 'signin' || first === 'whoami')) return [`/${first}`];
  if (first === 'concepts') {
    if (segments.length === 1) return ['/concepts'];
    if (segments.length === 2 && kind === '[id]') return CONCEPT_IDS.map((id) => `/concepts/${id}`);
  }
  if (first === '[context]') {
    const base = `/${encodeURIComponent(CONTEXT)}`;
    if (segments.length === 1) return [base];
    // The namespace feed of recorded history (kept by kube-explain, beyond the apiserver's event TTL).
    if (kind === 'history' && segments.length === 3 && third === '[namespace]') return [`${base}/history/${NS}`, `${base}/history/${NS}?severity=warning`, `${base}/history/hm-leak-missing`];
    if (kind && !kind.startsWith('[')) {
      if (segments.length === 2) return [`${base}/${kind}`, `${base}/${kind}?namespace=${NS}`];
      if (segments.length === 4 && third === '[namespace]' && fourth === '[name]') {
        let objects = await names(kind, NS);
        if (objects.length === 0) objects = (await names(kind)).slice(0, 1);
        return [...objects.map((o) => `${base}/${kind}/${o.namespace}/${o.name}`), `${base}/${kind}/${NS}/hm-leak-missing`];
      }
      if (segments.length === 3 && third === '[name]') {
        const objects = (await names(kind)).slice(0, 2);
        return [...objects.map((o) => `${base}/${kind}/${o.name}`), `${base}/${kind}/hm-leak-missing`];
      }
    }
  }
  throw new Error(`the leak scan does not know how to fill the route /${segments.join('/')}: teach urlsFor`);
}

// ---------------------------------------------------------------------------
// The sandbox objects.
// ---------------------------------------------------------------------------

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(900_000);

test.beforeAll(async () => {
  await kubectl(['delete', 'namespace', NS, '--ignore-not-found', '--wait=true', '--timeout=180s']);
  await kubectl(['create', 'namespace', NS]);
  await waitForDefaultServiceAccount(NS, 60_000);

  const password = `hm-leak-password-${randomBytes(16).toString('hex')}`;
  const apiKey = randomBytes(30).toString('base64');
  // Applied, so the last-applied annotation holds the values as well.
  await kubectl(['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: SECRET, namespace: NS }, type: 'Opaque', stringData: { password, 'api-key': apiKey } }));
  await kubectl(['create', 'configmap', 'hm-leak-control', '-n', NS, `--from-literal=note=${control}`]);
  await kubectl(['create', 'serviceaccount', SA, '-n', NS]);
  await kubectl(['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name: SA_SECRET, namespace: NS, annotations: { 'kubernetes.io/service-account.name': SA } }, type: 'kubernetes.io/service-account-token' }));
  await kubectl(['apply', '-f', '-'], JSON.stringify({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: POD, namespace: NS, labels: { app: 'hm-leak' } },
    spec: {
      nodeName: 'sandbox-worker',
      serviceAccountName: SA,
      terminationGracePeriodSeconds: 0,
      containers: [{
        name: 'app',
        image: 'registry.example/leak:1',
        env: [{ name: 'PASSWORD', valueFrom: { secretKeyRef: { name: SECRET, key: 'password' } } }],
        envFrom: [{ secretRef: { name: SECRET } }],
        volumeMounts: [{ name: 'creds', mountPath: '/creds', readOnly: true }],
      }],
      volumes: [{ name: 'creds', secret: { secretName: SECRET } }],
    },
  }));
  const saToken = await waitFor('the token controller to fill the ServiceAccount token Secret', async () => {
    const t = await kubectl(['get', 'secret', SA_SECRET, '-n', NS, '-o', 'jsonpath={.data.token}']);
    return t.trim() ? Buffer.from(t.trim(), 'base64').toString('utf8') : undefined;
  });

  // The credentials the server itself uses (the sandbox admin kubeconfig the app runs on).
  const kubeconfig = readFileSync(path.join(root, '.sandbox', 'kubeconfig'), 'utf8');
  const field = (name: string) => {
    const m = new RegExp(`${name}: (\\S+)`).exec(kubeconfig);
    if (!m?.[1]) throw new Error(`no ${name} in the sandbox kubeconfig`);
    return m[1];
  };
  const [, payload = '', signature = ''] = saToken.split('.');
  needles.push(
    { what: 'Secret value password', value: password },
    { what: 'Secret value password (base64)', value: b64(password) },
    { what: 'Secret value api-key', value: apiKey },
    { what: 'Secret value api-key (base64)', value: b64(apiKey) },
    ...slices('ServiceAccount token', saToken),
    ...slices('ServiceAccount token (base64)', b64(saToken)),
    { what: 'ServiceAccount token payload', value: payload },
    { what: 'ServiceAccount token signature', value: signature },
    ...pemNeedles('kubeconfig client key', field('client-key-data')),
    ...pemNeedles('kubeconfig client certificate', field('client-certificate-data')),
  );
  // The needles are right: the cluster holds them where we think (the Secret's data, its last-applied annotation).
  const raw = await kubectl(['get', 'secret', SECRET, '-n', NS, '-o', 'json']);
  expect(raw).toContain(b64(password));
  expect(raw).toContain(password); // in kubectl.kubernetes.io/last-applied-configuration
  await waitFor('the pod to run', async () => ((await kubectl(['get', 'pod', POD, '-n', NS, '-o', 'jsonpath={.status.phase}'])) === 'Running' ? true : undefined));
});

test.afterAll(async () => {
  await kubectl(['delete', 'namespace', NS, '--ignore-not-found', '--wait=false']).catch(() => undefined);
});

// ---------------------------------------------------------------------------
// The scan.
// ---------------------------------------------------------------------------

/**
 * GET as the app's own pages would (Host 127.0.0.1:port, same-origin fetch
 * metadata), following redirects: Next answers an RSC request without its
 * cache-busting `_rsc` parameter with a redirect to the URL that has it.
 */
async function get(request: APIRequestContext, url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const res = await request.get(url, { headers: { 'sec-fetch-site': 'same-origin', ...headers }, maxRedirects: 5, timeout: 60_000 });
  return { status: res.status(), body: await res.text() };
}

let urls: string[] = [];

test('the scanner finds a value however it is escaped', () => {
  const value = needles.find((n) => n.what === 'Secret value password (base64)')?.value ?? '';
  const key = needles.find((n) => n.what.startsWith('kubeconfig client key (PEM body) [chars 48'))?.value ?? '';
  expect(value).not.toBe('');
  expect(key).not.toBe('');
  const before = artifacts.length;
  record('self-test json', JSON.stringify({ a: value.replace(/\//g, '\\/').replace(/\+/g, '\\u002b') }));
  record('self-test html', `<pre>${[...key].map((c) => `&#${c.charCodeAt(0)};`).join('')}</pre>`);
  expect(leaks()).toStrictEqual(['Secret value password (base64) in self-test json', `kubeconfig client key (PEM body) [chars 48-95] in self-test html`]);
  artifacts.splice(before);
});

test('every page, as HTML and as its RSC payload, holds no credential or Secret value', async ({ request }) => {
  const routes = pageRoutes();
  expect(routes.length).toBeGreaterThan(10);
  urls = (await Promise.all(routes.map(urlsFor))).flat();
  // Error pages: a context that does not exist, a namespace that is not one.
  urls.push('/no-such-context/pods', `/${encodeURIComponent(CONTEXT)}/pods?namespace=NOT_A_NAMESPACE`);
  for (const url of urls) {
    const html = await get(request, url);
    record(`GET ${url} (HTML ${html.status})`, html.body);
    const rsc = await get(request, url, { RSC: '1' });
    record(`GET ${url} (RSC ${rsc.status})`, rsc.body);
  }
  // The pod page does show the Secret's name and key: the scan looked where the references are.
  const podPage = artifacts.find((a) => a.where.startsWith(`GET /${encodeURIComponent(CONTEXT)}/pods/${NS}/${POD} (RSC`));
  expect(podPage?.body).toContain('secretKeyRef');
  expect(podPage?.body).toContain(SECRET);
  const figures = `${urls.length} URLs from ${routes.length} routes, ${artifacts.length} responses, ${artifacts.reduce((n, a) => n + a.body.length, 0)} bytes, ${needles.length} needles`;
  test.info().annotations.push({ type: 'pages', description: figures });
  console.log(`leak scan, pages: ${figures}`);
  // The positive control: the ConfigMap's value is on its page, so values on a page are seen.
  expect(artifacts.filter((a) => a.body.includes(control)).map((a) => a.where)).toContain(`GET /${encodeURIComponent(CONTEXT)}/configmaps/${NS}/hm-leak-control (RSC 200)`);
  expect(leaks()).toStrictEqual([]);
});

/** Records every SSE message an EventSource in the page receives. */
async function recordEventSource(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const Native = window.EventSource;
    const seen: string[] = [];
    (window as unknown as { __sse: string[] }).__sse = seen;
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener('message', (e) => seen.push(String((e as MessageEvent).data)));
        this.addEventListener('hello', (e) => seen.push(String((e as MessageEvent).data)));
      }
    };
  });
}

test('every page in Chromium: the rendered DOM, its SSE messages and its log fetches hold none; the YAML tab shows secretKeyRef, not the value', async ({ page }) => {
  await recordEventSource(page);
  page.on('request', (r) => {
    for (const spec of streamSpecsOf(r)) specs.set(JSON.stringify(spec), spec);
  });
  page.on('response', (r) => {
    if (r.url().includes('/api/logs')) void r.text().then((t) => record(`browser ${r.url().replace(origin, '')}`, t), () => undefined);
  });
  const podUrl = `/${encodeURIComponent(CONTEXT)}/pods/${NS}/${POD}`;
  const visits = [...urls.filter((u) => !u.startsWith('/concepts/')), '/concepts/configmap-secret-volumes', '/concepts/pod', ...['yaml', 'logs', 'containers', 'volumes', 'events', 'commands'].map((t) => `${podUrl}?tab=${t}`)];
  for (const url of visits) {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    // Live pages open their stream and get their first message; then the DOM shows the live model.
    await page.waitForFunction(() => ((window as unknown as { __sse?: string[] }).__sse?.length ?? 0) > 1, undefined, { timeout: 10_000 }).catch(() => undefined);
    await page.waitForTimeout(1_000);
    if (url.endsWith('?tab=yaml')) {
      const yaml = page.locator('pre').filter({ hasText: 'secretKeyRef' });
      await expect(yaml).toContainText(`name: ${SECRET}`);
      await expect(yaml).toContainText('key: password');
    }
    record(`DOM ${url}`, await page.content());
    record(`SSE ${url}`, (await page.evaluate(() => (window as unknown as { __sse?: string[] }).__sse ?? [])).join('\n'));
  }
  expect(specs.size).toBeGreaterThan(5);
  console.log(`leak scan, browser: ${visits.length} pages, ${specs.size} distinct subscriptions`);
  expect([...specs.keys()].some((s) => s.includes('"view":"pod"') && s.includes(POD))).toBe(true);
  expect(leaks()).toStrictEqual([]);
});

/** What a replayed stream gave: its whole text, and per subscription the POST status and the last state phase. */
interface Replay {
  text: string;
  posted: Map<string, number>;
  phases: Map<string, string>;
}

/**
 * Opens the SSE stream as a script, subscribes every spec, and reads until
 * every accepted subscription has settled (its first snapshot or model, in a
 * state other than syncing) or `maxMs` passes.
 */
function replayStream(all: unknown[], maxMs: number): Promise<Replay> {
  return new Promise((resolve, reject) => {
    const out: Replay = { text: '', posted: new Map(), phases: new Map() };
    let streamId = '';
    let buffer = '';
    const settled = () => [...out.posted].filter(([, status]) => status === 200).every(([sub]) => ['synced', 'forbidden', 'error'].includes(out.phases.get(sub) ?? ''));
    const req = http.get({ host: '127.0.0.1', port, path: '/api/stream', headers: { accept: 'text/event-stream' } }, (res) => {
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        out.text += chunk;
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const hello = /event: hello\ndata: (.*)/.exec(frame);
          if (hello?.[1] && !streamId) {
            streamId = (JSON.parse(hello[1]) as { streamId: string }).streamId;
            void Promise.all(
              all.map(async (spec, i) => {
                const r = await fetch(`${origin}/api/stream/subscriptions`, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ streamId, subId: `s${i}`, spec }) });
                // Read the answer first: `out.text += await …` would append to a copy taken before the await.
                const answer = await r.text();
                out.text += `\n# POST s${i} ${JSON.stringify(spec)} ${r.status} ${answer}\n`;
                out.posted.set(`s${i}`, r.status);
              }),
            ).then(() => settled() && finish(), reject);
            continue;
          }
          for (const line of frame.split('\n')) {
            if (!line.startsWith('data: ')) continue;
            for (const m of JSON.parse(line.slice(6)) as { sub: string; type: string; state?: { phase: string } }[]) {
              if (m.state && (m.type !== 'state' || out.phases.has(m.sub))) out.phases.set(m.sub, m.state.phase);
            }
          }
        }
        if (out.posted.size === all.length && settled()) finish();
      });
    });
    req.on('error', reject);
    const timer = setTimeout(() => finish(), maxMs);
    let done = false;
    function finish() {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.destroy();
      resolve(out);
    }
  });
}

test('every subscription the pages opened, replayed on one stream, and the API and its errors hold none', async ({ request }) => {
  const all = [...specs.values()];
  // Views the pages may not have opened here: every namespace, and the leak namespace.
  for (const spec of [...all]) {
    const s = spec as Record<string, unknown>;
    if ('namespace' in s && !('name' in s)) all.push({ ...s, namespace: NS }, { ...s, namespace: undefined });
  }
  const replay = await replayStream(all, 120_000);
  record('SSE replay of every spec', replay.text);
  const accepted = [...replay.posted].filter(([, status]) => status === 200).map(([sub]) => sub);
  const unsettled = accepted.filter((sub) => !['synced', 'forbidden', 'error'].includes(replay.phases.get(sub) ?? ''));
  const phases: Record<string, number> = {};
  for (const sub of accepted) phases[replay.phases.get(sub) ?? 'none'] = (phases[replay.phases.get(sub) ?? 'none'] ?? 0) + 1;
  const figures = `${all.length} specs, ${accepted.length} accepted, ${accepted.length - unsettled.length} settled (${JSON.stringify(phases)}), ${replay.text.length} bytes`;
  writeFileSync(test.info().outputPath('sse-replay.txt'), replay.text);
  test.info().annotations.push({ type: 'sse replay', description: figures });
  console.log(`leak scan, SSE replay: ${figures}`);
  // Each view the scan reads has delivered its data (or its failure), not just the empty first snapshot.
  expect(unsettled.map((sub) => `${sub} ${JSON.stringify(all[Number(sub.slice(1))])} ${replay.phases.get(sub) ?? 'no state'}`)).toStrictEqual([]);
  expect(accepted.length).toBeGreaterThan(5);
  // The positive control reached the stream too (the ConfigMap views of our namespace).
  const controlSpecs = all.filter((spec) => JSON.stringify(spec).includes('hm-leak-control'));
  expect(replay.text.includes(control), `the ConfigMap's value on the stream (specs naming it: ${JSON.stringify(controlSpecs)})`).toBe(true);

  const logs = `/api/logs?context=${encodeURIComponent(CONTEXT)}&namespace=${NS}&name=${POD}&container=app`;
  const own = { 'x-kube-explain-client': '1' };
  for (const url of [logs, `${logs}&previous=1`, `${logs}&tailLines=5`, `/api/logs?context=${encodeURIComponent(CONTEXT)}&namespace=${NS}&name=hm-leak-missing&container=app`, `/api/logs?context=no-such-context&namespace=${NS}&name=${POD}&container=app`, '/api/logs', '/api/healthz']) {
    const r = await get(request, url, own);
    record(`GET ${url} (${r.status})`, r.body);
  }
  // Recorded history: the pod's timeline, both exports, the namespace feed, the recorder state.
  const ctx = encodeURIComponent(CONTEXT);
  for (const url of [
    `/api/history/timeline?context=${ctx}&kind=Pod&namespace=${NS}&name=${POD}`,
    `/api/history/export?context=${ctx}&kind=Pod&namespace=${NS}&name=${POD}&format=md`,
    `/api/history/export?context=${ctx}&kind=Pod&namespace=${NS}&name=${POD}&format=json`,
    `/api/history/feed?context=${ctx}&namespace=${NS}`,
    '/api/history/state',
  ]) {
    const r = await get(request, url, own);
    record(`GET ${url} (${r.status})`, r.body);
  }
  const post = async (body: string) => {
    const r = await request.post('/api/stream/subscriptions', { headers: { 'content-type': 'application/json', origin }, data: body });
    record(`POST /api/stream/subscriptions ${body} (${r.status()})`, await r.text());
  };
  await post('{');
  await post(JSON.stringify({ streamId: 'no-such-stream', subId: 'x', spec: { view: 'secret', namespace: NS, name: SECRET } }));
  await post(JSON.stringify({ streamId: 'x', subId: 'x', spec: { view: 'no-such-view' } }));
  const stray = await get(request, '/api/no-such-route');
  record(`GET /api/no-such-route (${stray.status})`, stray.body);
  expect(leaks()).toStrictEqual([]);
});
