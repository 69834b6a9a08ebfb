/**
 * Which requests may reach the cluster's data. The dashboard answers with the
 * user's credentials, so a request is served only when it comes from the
 * dashboard itself, by a name the user chose:
 *
 * 1. Host allowlist (DNS rebinding): a page on `evil.example` that rebinds
 *    its name to 127.0.0.1 is same-origin with us in the browser's eyes, but
 *    its requests still say `Host: evil.example:3000`. Only the loopback
 *    names on the serving port, HOST and ALLOWED_HOSTS are answered.
 * 2. Fetch metadata: a browser marks requests another site starts
 *    (`Sec-Fetch-Site: cross-site|same-site`); those may only navigate to a
 *    page, never fetch data, load a frame or change anything.
 * 3. A foreign `Origin` is refused on every path. Changes (POST/DELETE on
 *    the subscription API, any non-GET) need positive proof
 *    of our own origin (a matching `Origin`, else `Sec-Fetch-Site:
 *    same-origin`) and a JSON body, which a cross-site "simple request"
 *    (text/plain form or beacon) cannot carry without a CORS preflight.
 * 4. Logs are read only by our own pages: same-origin fetch metadata, a
 *    matching Origin, or the {@link OWN_PAGE_HEADER} that only a script on
 *    our own origin can add (a foreign page would need a preflight we never
 *    grant).
 *
 * Pure: proxy.ts calls it before any route or page runs, so a refused
 * request never touches the cluster.
 */

/** A host name (lowercase, IPv6 in brackets) and its port; `port: null` means any port (rules) or none given (headers). */
export interface HostRule {
  readonly hostname: string;
  readonly port: string | null;
}

/** What the guard knows about this server, read once from its environment. */
export interface GuardConfig {
  /** The port the server listens on (`next start`/`next dev` export it as PORT); null when unknown, then loopback names match on any port. */
  readonly port: string | null;
  /** Names accepted besides the loopback ones: HOST (when it names one address) and ALLOWED_HOSTS. */
  readonly extraHosts: readonly HostRule[];
}

/** The parts of a request the guard reads (a Fetch API Request or NextRequest fits). */
export interface GuardRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
}

export type GuardDecision = { readonly allow: true } | { readonly allow: false; readonly status: 403 | 415; readonly message: string };

/** Sent by the dashboard's own scripts on data fetches; a cross-site page cannot add it without a CORS preflight. */
export const OWN_PAGE_HEADER = 'x-kube-explain-client';

export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'] as const;

const HOST_RE = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\.?)(?::(\d{1,5}))?$/;
const WILDCARD_BINDS = new Set(['0.0.0.0', '::', '[::]']);
const SAFE_METHODS = new Set(['GET', 'HEAD']);
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function normalPort(p: string): string | null {
  const n = Number(p);
  return Number.isInteger(n) && n >= 1 && n <= 65535 ? String(n) : null;
}

/**
 * Parses a Host header (or an ALLOWED_HOSTS entry) into a lowercase name and
 * port. Anything that is not a plain name, IPv4 or bracketed IPv6 with an
 * optional port is null: no userinfo, spaces, lists or zone ids.
 * @example parseHost('LocalHost:3000') // { hostname: 'localhost', port: '3000' }
 * @example parseHost('evil.example, localhost') // null
 */
export function parseHost(value: string): HostRule | null {
  const m = HOST_RE.exec(value.trim().toLowerCase());
  if (!m?.[1]) return null;
  if (m[2] === undefined) return { hostname: m[1], port: null };
  const port = normalPort(m[2]);
  return port ? { hostname: m[1], port } : null;
}

/**
 * Reads the guard's settings from the server's environment: PORT (the
 * serving port, exported by `next start`), HOST (the bind address; accepted
 * as a name on the serving port unless it is a wildcard like 0.0.0.0) and
 * ALLOWED_HOSTS (comma-separated `name` for any port or `name:port`; a bare
 * IPv6 address may omit its brackets). Unparseable entries are dropped.
 * @example guardConfigFromEnv({ PORT: '3000', ALLOWED_HOSTS: 'dash.example.com' })
 * // { port: '3000', extraHosts: [{ hostname: 'dash.example.com', port: null }] }
 */
export function guardConfigFromEnv(env: Readonly<Record<string, string | undefined>>): GuardConfig {
  const port = env.PORT ? normalPort(env.PORT) : null;
  const extraHosts: HostRule[] = [];
  const bind = env.HOST?.trim().toLowerCase();
  if (bind && !WILDCARD_BINDS.has(bind)) {
    const h = parseHost(bind.includes(':') && !bind.startsWith('[') ? `[${bind}]` : bind);
    if (h) extraHosts.push({ hostname: h.hostname, port });
  }
  for (const raw of (env.ALLOWED_HOSTS ?? '').split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    // "::1" or "fd00::5" without brackets: an IPv6 address, never name:port.
    const h = parseHost((entry.match(/:/g)?.length ?? 0) > 1 && !entry.startsWith('[') ? `[${entry}]` : entry);
    if (h) extraHosts.push(h);
  }
  return { port, extraHosts };
}

/**
 * The names this server answers to, for messages and the start banner.
 * @example allowedHostsLabel({ port: '3000', extraHosts: [] }) // '127.0.0.1, localhost, [::1] on port 3000'
 */
export function allowedHostsLabel(config: GuardConfig): string {
  const loopback = `${LOOPBACK_NAMES.join(', ')}${config.port ? ` on port ${config.port}` : ''}`;
  const extra = config.extraHosts.map((h) => (h.port ? `${h.hostname}:${h.port}` : h.hostname));
  return extra.length ? `${loopback}; ${extra.join(', ')}` : loopback;
}

function hostAllowed(host: HostRule, config: GuardConfig, defaultPort: string): boolean {
  const port = host.port ?? defaultPort;
  const rules: HostRule[] = [...LOOPBACK_NAMES.map((hostname) => ({ hostname, port: config.port })), ...config.extraHosts];
  return rules.some((r) => r.hostname === host.hostname && (r.port === null || r.port === port));
}

/** Echoes a header value into a one-line message: printable ASCII, quoted, bounded. */
function show(value: string): string {
  return JSON.stringify(value.slice(0, 100).replace(/[^\x20-\x7e]/g, '?'));
}

/** Whether an Origin header names the same scheme-less host and port as the Host header (default ports per the Origin's scheme). */
function sameOrigin(origin: string, host: HostRule): boolean {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  const dflt = u.protocol === 'https:' ? '443' : '80';
  return u.hostname === host.hostname && (u.port || dflt) === (host.port ?? dflt);
}

/** The kubelet's probes (liveness, readiness): answered to any Host, since they address the pod by its IP. */
const PROBE_PATHS = new Set(['/api/healthz', '/api/readyz']);

const refuse = (status: 403 | 415, message: string): GuardDecision => ({ allow: false, status, message });

/**
 * Decides whether a request may be served, before any route or page runs.
 * Returns allow, or the status and a one-line reason to send instead.
 * GET/HEAD /api/healthz and /api/readyz are always answered: they return no
 * cluster data (readyz only cache phases), and a kubelet probe addresses the
 * pod by its IP.
 * @example guardRequest({ method: 'GET', url: 'http://evil.example:3000/api/logs', headers: new Headers({ host: 'evil.example:3000' }) }, { port: '3000', extraHosts: [] })
 * // { allow: false, status: 403, message: 'Refused: Host "evil.example:3000" is not …' }
 */
export function guardRequest(req: GuardRequest, config: GuardConfig): GuardDecision {
  const method = req.method.toUpperCase();
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return refuse(403, 'Refused: the request URL could not be read.');
  }
  const path = url.pathname;
  if (SAFE_METHODS.has(method) && PROBE_PATHS.has(path)) return { allow: true };

  const hostHeader = req.headers.get('host');
  const allowed = allowedHostsLabel(config);
  if (!hostHeader) return refuse(403, `Refused: the request has no Host header; kube-explain answers only to ${allowed} (ALLOWED_HOSTS adds names).`);
  const host = parseHost(hostHeader);
  if (!host || !hostAllowed(host, config, url.protocol === 'https:' ? '443' : '80')) {
    return refuse(
      403,
      `Refused: Host ${show(hostHeader)} is not a name kube-explain answers to (${allowed}); a page on another name may be a DNS-rebinding attack. To serve under a real name, add it to ALLOWED_HOSTS.`,
    );
  }

  // A request another site started may only open a page in a top-level tab.
  const site = req.headers.get('sec-fetch-site');
  if (site === 'cross-site' || site === 'same-site') {
    const mode = req.headers.get('sec-fetch-mode');
    const dest = req.headers.get('sec-fetch-dest');
    const topLevelNavigation = SAFE_METHODS.has(method) && mode === 'navigate' && (dest === null || dest === 'document');
    if (!topLevelNavigation) {
      return refuse(403, `Refused: a ${site} request (${method} ${path}, Sec-Fetch-Mode: ${show(mode ?? '')}) may only open a page; the dashboard's data is read by its own pages only.`);
    }
  }

  const origin = req.headers.get('origin');
  const ownOrigin = `${url.protocol}//${hostHeader.trim().toLowerCase()}`;
  // Browsers send Origin on every cross-origin fetch and EventSource, with or without fetch metadata.
  if (origin !== null && !sameOrigin(origin, host)) {
    return refuse(403, `Refused: Origin ${show(origin)} is not this dashboard (${ownOrigin}); only its own pages may ${method} ${path}.`);
  }

  if (!SAFE_METHODS.has(method)) {
    if (origin === null && site !== 'same-origin') {
      return refuse(403, `Refused: ${method} ${path} needs an Origin header naming this dashboard (${ownOrigin}) or Sec-Fetch-Site: same-origin; only its own pages may send it.`);
    }
    if (BODY_METHODS.has(method)) {
      const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') {
        return refuse(415, `Refused: ${method} ${path} takes Content-Type: application/json, not ${show(type || 'none')}.`);
      }
    }
  }

  if (path === '/api/logs' || path.startsWith('/api/logs/')) {
    // A present Origin is our own here: a foreign one was refused above.
    const ownPage = site === 'same-origin' || origin !== null || !!req.headers.get(OWN_PAGE_HEADER);
    if (!ownPage) {
      return refuse(403, `Refused: ${path} answers only the dashboard's own pages (Sec-Fetch-Site: same-origin, a same-origin Origin, or the ${OWN_PAGE_HEADER} header).`);
    }
  }
  return { allow: true };
}
