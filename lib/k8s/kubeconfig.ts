import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig, type Cluster, type Context, type User } from '@kubernetes/client-node';
import { apiStatusOf, errorMessage, statusCodeOf } from './errors';

// ---------------------------------------------------------------------------
// Error classification
// ---------------------------------------------------------------------------

/** What went wrong, in terms a user can act on. */
export type K8sErrorKind =
  | 'no-kubeconfig'
  | 'malformed-kubeconfig'
  | 'unreachable'
  | 'unauthorized'
  | 'exec-plugin-missing'
  | 'forbidden'
  | 'not-found'
  | 'tls'
  | 'timeout'
  | 'unknown';

/**
 * A fix as data: the UI renders the translated text for `id`, filling `params`.
 * @example { id: 'fix.auth.execPluginMissing', params: { command: 'gke-gcloud-auth-plugin' } }
 */
export interface FixHint {
  id: string;
  params: Record<string, string>;
}

/** A classified error. `verb`/`resource`/`namespace` are set for forbidden when the server said. */
export interface K8sErrorInfo {
  kind: K8sErrorKind;
  message: string;
  fix: FixHint;
  statusCode?: number;
  verb?: string;
  resource?: string;
  namespace?: string;
}

/**
 * An error while finding or reading kubeconfig files. Its message never
 * quotes file contents (they hold tokens and keys).
 */
export class KubeconfigError extends Error {
  override readonly name = 'KubeconfigError';
  constructor(
    readonly kind: 'no-kubeconfig' | 'malformed-kubeconfig',
    message: string,
    readonly fix: FixHint,
  ) {
    super(message);
  }
}

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ECONNRESET',
  'EPIPE',
  'ECONNABORTED',
]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'ESOCKETTIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT']);
const UNTRUSTED_CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);
const EXPIRED_CERT_CODES = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

function fix(id: string, params: Record<string, string> = {}): FixHint {
  return { id, params };
}

function prop(err: unknown, key: string): unknown {
  return typeof err === 'object' && err !== null ? (err as Record<string, unknown>)[key] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value : undefined;
}

/** First line, bounded: exec plugins can print pages of stderr. */
function shortMessage(err: unknown): string {
  const line = errorMessage(err).split('\n')[0]?.trim() ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/** The server an error names: node-fetch says "request to <url> failed", sockets carry address/port. */
function serverOf(err: unknown): string | undefined {
  const msg = str(prop(err, 'message')) ?? '';
  const url = /request to (\S+) failed/.exec(msg)?.[1];
  if (url) {
    try {
      return new URL(url).host;
    } catch {
      // fall through
    }
  }
  const address = str(prop(err, 'address')) ?? str(prop(err, 'hostname'));
  const port = prop(err, 'port');
  if (address) return port === undefined ? address : `${address}:${String(port)}`;
  return undefined;
}

function forbiddenDetails(err: unknown): Pick<K8sErrorInfo, 'verb' | 'resource' | 'namespace'> {
  // The apiserver's RBAC message is stable:
  // 'pods is forbidden: User "x" cannot list resource "pods" in API group "" in the namespace "default"'
  const message = apiStatusOf(err)?.message ?? '';
  const m = /cannot (\S+) resource "([^"]+)" in API group "([^"]*)"(?: in the namespace "([^"]+)")?/.exec(message);
  if (!m) return {};
  const [, verb, resource, group, namespace] = m;
  return {
    verb,
    resource: group ? `${resource}.${group}` : resource,
    ...(namespace ? { namespace } : {}),
  };
}

/**
 * Turns any error from kubeconfig loading, client-node or the apiserver into
 * a kind, a short message and a fix id. Reads real shapes: node-fetch
 * FetchError (`code` copied from the socket error), spawn errors from exec
 * credential plugins, ApiException (`code` + Status JSON body), client-node
 * Watch errors (`statusCode`), js-yaml exceptions.
 * @example classifyK8sError(err) // { kind: 'unreachable', message: 'request to https://127.0.0.1:1/… failed, reason: connect ECONNREFUSED 127.0.0.1:1', fix: { id: 'fix.cluster.unreachable', params: { server: '127.0.0.1:1' } } }
 */
export function classifyK8sError(err: unknown): K8sErrorInfo {
  if (err instanceof KubeconfigError) return { kind: err.kind, message: err.message, fix: err.fix };

  const code = str(prop(err, 'code'));
  const syscall = str(prop(err, 'syscall')) ?? '';
  const message = shortMessage(err);

  if (prop(err, 'name') === 'YAMLException') {
    return { kind: 'malformed-kubeconfig', message: yamlMessage(err), fix: fix('fix.kubeconfig.malformed') };
  }

  // Exec credential plugins: client-node spawns `exec.command`; a missing binary is ENOENT on spawn.
  if (syscall.startsWith('spawn') && (code === 'ENOENT' || code === 'EACCES')) {
    const command = str(prop(err, 'path')) ?? syscall.replace(/^spawn\s*/, '');
    return {
      kind: 'exec-plugin-missing',
      message,
      fix: fix(code === 'ENOENT' ? 'fix.auth.execPluginMissing' : 'fix.auth.execPluginNotExecutable', { command }),
    };
  }
  // A file the kubeconfig points at (certificate, key, token file, in-cluster service account).
  if (code === 'ENOENT' || code === 'EACCES') {
    return {
      kind: 'malformed-kubeconfig',
      message,
      fix: fix('fix.kubeconfig.fileUnreadable', { path: str(prop(err, 'path')) ?? '' }),
    };
  }

  const status = statusCodeOf(err);
  if (status !== undefined) {
    const withStatus = { message, statusCode: status };
    if (status === 401) return { kind: 'unauthorized', ...withStatus, fix: fix('fix.auth.unauthorized') };
    if (status === 403) {
      const details = forbiddenDetails(err);
      const params: Record<string, string> = {};
      if (details.verb) params.verb = details.verb;
      if (details.resource) params.resource = details.resource;
      if (details.namespace) params.namespace = details.namespace;
      return { kind: 'forbidden', ...withStatus, ...details, fix: fix('fix.rbac.forbidden', params) };
    }
    if (status === 404) return { kind: 'not-found', ...withStatus, fix: fix('fix.api.notFound') };
    if (status === 408 || status === 504) return { kind: 'timeout', ...withStatus, fix: fix('fix.cluster.timeout') };
    if (status === 502 || status === 503) return { kind: 'unreachable', ...withStatus, fix: fix('fix.cluster.unavailable') };
    return { kind: 'unknown', ...withStatus, fix: fix('fix.unknown') };
  }

  const server = serverOf(err);
  const serverParams: Record<string, string> = server ? { server } : {};
  // A plain-HTTP (or otherwise non-TLS) endpoint hangs up on the TLS greeting: a reset, but not "down".
  if (code === 'ECONNRESET' && /before secure TLS connection was established/.test(message)) {
    return { kind: 'tls', message, fix: fix('fix.tls.handshakeFailed', serverParams) };
  }
  if (code && UNREACHABLE_CODES.has(code)) {
    return { kind: 'unreachable', message, fix: fix('fix.cluster.unreachable', serverParams) };
  }
  if (
    (code && TIMEOUT_CODES.has(code)) ||
    prop(err, 'name') === 'TimeoutError' ||
    prop(err, 'type') === 'request-timeout'
  ) {
    return { kind: 'timeout', message, fix: fix('fix.cluster.timeout', serverParams) };
  }
  if (code && UNTRUSTED_CERT_CODES.has(code)) {
    return { kind: 'tls', message, fix: fix('fix.tls.untrustedCertificate', serverParams) };
  }
  if (code && EXPIRED_CERT_CODES.has(code)) {
    return { kind: 'tls', message, fix: fix('fix.tls.certificateExpired', serverParams) };
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return { kind: 'tls', message, fix: fix('fix.tls.hostnameMismatch', serverParams) };
  }
  if (code === 'EPROTO' || code?.startsWith('ERR_SSL_') || code?.startsWith('ERR_TLS_') || /SSL routines/.test(message)) {
    return { kind: 'tls', message, fix: fix('fix.tls.handshakeFailed', serverParams) };
  }
  // client-node refuses http:// servers unless insecure-skip-tls-verify is set.
  if (/HTTP protocol is not allowed when skipTLSVerify/.test(message)) {
    return { kind: 'tls', message, fix: fix('fix.tls.plainHttpNeedsInsecure') };
  }
  if (/No (currently )?active cluster/.test(message)) {
    return { kind: 'malformed-kubeconfig', message, fix: fix('fix.kubeconfig.contextIncomplete') };
  }
  if (/No command was specified for exec/.test(message)) {
    return { kind: 'malformed-kubeconfig', message, fix: fix('fix.kubeconfig.execCommandMissing') };
  }
  return { kind: 'unknown', message, fix: fix('fix.unknown') };
}

/** js-yaml messages embed a snippet of the file; keep only reason and position. */
function yamlMessage(err: unknown): string {
  const reason = str(prop(err, 'reason')) ?? 'invalid YAML';
  const mark = prop(err, 'mark') as { line?: number; column?: number } | undefined;
  return mark && typeof mark.line === 'number' && typeof mark.column === 'number'
    ? `${reason} (line ${mark.line + 1}, column ${mark.column + 1})`
    : reason;
}

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------

/** Where the configuration came from. */
export type KubeconfigOrigin =
  | { kind: 'env'; paths: string[] }
  | { kind: 'home'; paths: string[] }
  | { kind: 'in-cluster'; paths: string[] };

/**
 * One context as the UI may show it: no tokens, certificates or keys.
 * @example { name: 'kind-dev', cluster: 'kind-dev', server: 'https://127.0.0.1:6443', user: 'kind-dev', namespace: null, current: true }
 */
export interface ContextInfo {
  name: string;
  cluster: string;
  server: string | null;
  user: string;
  namespace: string | null;
  current: boolean;
}

/** The merged kubeconfig: list contexts, get one KubeConfig per context. */
export interface Kubeconfigs {
  origin: KubeconfigOrigin;
  currentContext: string | null;
  contexts(): ContextInfo[];
  /**
   * The KubeConfig for one context (default: the current one), built once
   * and reused so exec plugin tokens stay cached. Its currentContext is that
   * context and must not be changed.
   */
  forContext(name?: string): KubeConfig;
}

function loadFile(file: string): KubeConfig {
  const kc = new KubeConfig();
  try {
    // Also resolves relative certificate paths against the file's directory.
    kc.loadFromFile(file);
  } catch (err) {
    const detail =
      prop(err, 'name') === 'YAMLException' ? yamlMessage(err) : shortMessage(err).replace(/^Cannot read properties of \w+.*$/, 'not a kubeconfig document');
    throw new KubeconfigError('malformed-kubeconfig', `${file}: ${detail}`, fix('fix.kubeconfig.malformed', { path: file, detail }));
  }
  // kubectl runs an exec plugin given by a relative path with a slash relative to the kubeconfig file.
  kc.users = kc.users.map((user) => withResolvedExec(user, path.dirname(file)));
  return kc;
}

function withResolvedExec(user: User, dir: string): User {
  const command = str(prop(user.exec, 'command'));
  if (!command || path.isAbsolute(command) || !command.includes('/')) return user;
  return { ...user, exec: { ...(user.exec as object), command: path.resolve(dir, command) } };
}

/** kubectl's merge: the first file to define a name wins, and the first current-context wins. */
function merge(files: KubeConfig[]): KubeConfig {
  const merged = new KubeConfig();
  const firstByName = <T extends { name: string }>(lists: T[][]): T[] => {
    const seen = new Map<string, T>();
    for (const list of lists) for (const item of list) if (!seen.has(item.name)) seen.set(item.name, item);
    return [...seen.values()];
  };
  merged.loadFromOptions({
    clusters: firstByName(files.map((f) => f.clusters)),
    users: firstByName(files.map((f) => f.users)),
    contexts: firstByName(files.map((f) => f.contexts)),
    currentContext: files.map((f) => f.currentContext).find((c) => !!c) ?? '',
  });
  return merged;
}

function exists(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function candidatePaths(): { origin: 'env' | 'home'; paths: string[] } {
  const env = process.env.KUBECONFIG;
  if (env) return { origin: 'env', paths: env.split(path.delimiter).filter(Boolean) };
  return { origin: 'home', paths: [path.join(process.env.HOME || os.homedir(), '.kube', 'config')] };
}

/**
 * Loads configuration like kubectl: `$KUBECONFIG` (files separated by ':',
 * missing ones skipped, merged with first-wins), else `~/.kube/config`, else
 * the in-cluster service account when KUBERNETES_SERVICE_HOST is set.
 * Throws {@link KubeconfigError} when there is none or a file is malformed.
 * @example loadKubeconfigs().forContext('kind-dev').makeApiClient(CoreV1Api)
 */
export function loadKubeconfigs(): Kubeconfigs {
  const { origin, paths } = candidatePaths();
  const present = paths.filter(exists);
  if (present.length > 0) return wrap(merge(present.map(loadFile)), { kind: origin, paths: present });
  if (process.env.KUBERNETES_SERVICE_HOST) {
    const kc = new KubeConfig();
    kc.loadFromCluster();
    return wrap(kc, { kind: 'in-cluster', paths: [] });
  }
  throw new KubeconfigError(
    'no-kubeconfig',
    `no kubeconfig found (looked in ${paths.join(', ')}; not running in a cluster)`,
    fix('fix.kubeconfig.missing', { searched: paths.join(path.delimiter) }),
  );
}

function safeServer(server: string | undefined): string | null {
  if (!server) return null;
  try {
    const url = new URL(server);
    // Shown as configured (URL would drop a default :443), unless it embeds credentials.
    if (!url.username && !url.password) return server;
    // https://user:pass@host: never pass those on.
    url.username = '';
    url.password = '';
    return url.toString().replace(/\/$/, '');
  } catch {
    return server.replace(/^([a-z]+:\/\/)[^@/]*@/i, '$1');
  }
}

function wrap(merged: KubeConfig, origin: KubeconfigOrigin): Kubeconfigs {
  const perContext = new Map<string, KubeConfig>();
  const currentContext = merged.getCurrentContext() || null;
  return {
    origin,
    currentContext,
    contexts: () =>
      merged.getContexts().map((ctx: Context) => ({
        name: ctx.name,
        cluster: ctx.cluster,
        server: safeServer(merged.getCluster(ctx.cluster)?.server),
        user: ctx.user ?? '',
        namespace: ctx.namespace ?? null,
        current: ctx.name === currentContext,
      })),
    forContext: (name = currentContext ?? undefined) => {
      if (!name) {
        throw new KubeconfigError('malformed-kubeconfig', 'no current-context is set', fix('fix.kubeconfig.noCurrentContext'));
      }
      let kc = perContext.get(name);
      if (!kc) {
        kc = contextConfig(merged, name);
        perContext.set(name, kc);
      }
      return kc;
    },
  };
}

/** A standalone KubeConfig holding just one context, its cluster and its user. */
function contextConfig(merged: KubeConfig, name: string): KubeConfig {
  const ctx = merged.getContextObject(name);
  if (!ctx) {
    throw new KubeconfigError('malformed-kubeconfig', `context "${name}" not found`, fix('fix.kubeconfig.contextNotFound', { context: name }));
  }
  const cluster: Cluster | null = merged.getCluster(ctx.cluster);
  if (!cluster) {
    throw new KubeconfigError(
      'malformed-kubeconfig',
      `context "${name}" refers to cluster "${ctx.cluster}", which is not defined`,
      fix('fix.kubeconfig.contextIncomplete', { context: name, cluster: ctx.cluster }),
    );
  }
  const user: User | null = ctx.user ? merged.getUser(ctx.user) : null;
  if (ctx.user && !user) {
    throw new KubeconfigError(
      'malformed-kubeconfig',
      `context "${name}" refers to user "${ctx.user}", which is not defined`,
      fix('fix.kubeconfig.contextIncomplete', { context: name, user: ctx.user }),
    );
  }
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ ...cluster }],
    users: user ? [{ ...user }] : [],
    contexts: [{ ...ctx }],
    currentContext: ctx.name,
  });
  return kc;
}

// ---------------------------------------------------------------------------
// Process-wide cache
// ---------------------------------------------------------------------------

const GLOBAL_KEY = '__kubeExplainKubeconfigs';

function fingerprint(): string {
  const { paths } = candidatePaths();
  const stats = paths.map((p) => {
    try {
      const s = fs.statSync(p);
      return `${p}:${s.mtimeMs}:${s.size}`;
    } catch {
      return `${p}:-`;
    }
  });
  return [process.env.KUBERNETES_SERVICE_HOST ?? '', ...stats].join('|');
}

/**
 * The loaded kubeconfig, kept on `globalThis` (shared across Next's module
 * graphs) and reloaded when a file changes (mtime/size), e.g. after
 * `kubectl config use-context`. Unchanged files keep the same per-context
 * KubeConfig objects, so exec-plugin tokens stay cached.
 * @example getKubeconfigs().contexts().find((c) => c.current)?.name
 */
export function getKubeconfigs(): Kubeconfigs {
  const g = globalThis as typeof globalThis & { [GLOBAL_KEY]?: { fp: string; value: Kubeconfigs } };
  const fp = fingerprint();
  const cached = g[GLOBAL_KEY];
  if (cached && cached.fp === fp) return cached.value;
  const value = loadKubeconfigs();
  g[GLOBAL_KEY] = { fp, value };
  return value;
}
