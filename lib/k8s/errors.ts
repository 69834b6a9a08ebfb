import 'server-only';
import { STATUS_CODES } from 'node:http';
import type { FailedState, FixRef, StreamState } from '@/lib/contract';
import type { CacheState, ErrorCause } from './watch-cache';

/** The apiserver's `Status` object (the body of every API error). */
export interface ApiStatus {
  kind?: string;
  apiVersion?: string;
  status?: string;
  code?: number;
  reason?: string;
  message?: string;
  details?: { name?: string; group?: string; kind?: string; causes?: unknown[] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The `Status` carried by an error, wherever the client put it: a watch ERROR
 * event's object, `ApiException.body` (client-node keeps it as raw JSON text),
 * or an already parsed body.
 * @example apiStatusOf(new ApiException(403, 'x', '{"kind":"Status","code":403}', {}))?.code // 403
 */
export function apiStatusOf(err: unknown): ApiStatus | undefined {
  if (!isRecord(err)) return undefined;
  if (err.kind === 'Status') return err as ApiStatus;
  let body = err.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return undefined;
    }
  }
  if (isRecord(body) && body.kind === 'Status') return body as ApiStatus;
  return undefined;
}

/**
 * The HTTP status of an error, or undefined for network/local errors. Reads
 * `code` (ApiException, Status), `statusCode` (client-node's Watch) and the
 * Status body; string codes such as 'ECONNREFUSED' are not HTTP statuses.
 * @example statusCodeOf(Object.assign(new Error('Gone'), { statusCode: 410 })) // 410
 */
export function statusCodeOf(err: unknown): number | undefined {
  if (!isRecord(err)) return undefined;
  if (typeof err.code === 'number') return err.code;
  if (typeof err.statusCode === 'number') return err.statusCode;
  return apiStatusOf(err)?.code;
}

/**
 * A one-line, human-readable message: the apiserver's Status message when
 * there is one (ApiException's own message embeds the body and response
 * headers, too long for a status line), else the error's first line.
 * @example errorMessage(new Error('connect ECONNREFUSED 127.0.0.1:6443')) // same text
 */
export function errorMessage(err: unknown): string {
  const status = apiStatusOf(err);
  if (status?.message) return status.message;
  const code = statusCodeOf(err);
  if (isRecord(err) && typeof err.message === 'string' && err.message && !err.message.startsWith('HTTP-Code:')) {
    return err.message.split('\n')[0] ?? err.message;
  }
  if (code !== undefined) return `HTTP ${code} ${STATUS_CODES[code] ?? ''}`.trim();
  if (typeof err === 'string') return err;
  return 'unknown error';
}

// Error classification: any error from kubeconfig loading, client-node or the apiserver, in terms a user can act on.

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
export type FixHint = FixRef;

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

/**
 * A fix hint with its parameters.
 * @example fix('fix.cluster.unreachable', { server: '127.0.0.1:6443' }) → { id: 'fix.cluster.unreachable', params: { server: '127.0.0.1:6443' } }
 */
export function fix(id: string, params: Record<string, string> = {}): FixHint {
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

/**
 * Why a kubeconfig file could not be loaded, without quoting its contents:
 * the YAML reason and position, or the loader's first line.
 * @example kubeconfigLoadDetail(yamlException) // 'bad indentation of a mapping entry (line 3, column 9)'
 */
export function kubeconfigLoadDetail(err: unknown): string {
  return prop(err, 'name') === 'YAMLException' ? yamlMessage(err) : shortMessage(err).replace(/^Cannot read properties of \w+.*$/, 'not a kubeconfig document');
}

/** js-yaml messages embed a snippet of the file; keep only reason and position. */
function yamlMessage(err: unknown): string {
  const reason = str(prop(err, 'reason')) ?? 'invalid YAML';
  const mark = prop(err, 'mark') as { line?: number; column?: number } | undefined;
  return mark && typeof mark.line === 'number' && typeof mark.column === 'number'
    ? `${reason} (line ${mark.line + 1}, column ${mark.column + 1})`
    : reason;
}

// From an error to the state a view shows: the one path every failure takes
// (then errorView in lib/views/error-view.ts turns the state into the panel).

/**
 * A classified error as a view's stream state.
 * @example errorState(classifyK8sError(err)) → { phase: 'error', kind: 'unreachable', message: '…', fix: { id: 'fix.cluster.unreachable', params: { server: '127.0.0.1:1' } }, lastEventAt: null }
 */
export function errorState(info: K8sErrorInfo, lastEventAt: string | null = null): FailedState {
  return { phase: 'error', kind: info.kind, message: info.message, fix: info.fix, lastEventAt };
}

/**
 * A cache's state as a view's stream state. The cache classified its error
 * where it still had the error object; without that cause, the message alone
 * is classified.
 * @example streamState({ phase: 'forbidden', verb: 'list', resource: 'nodes', lastEventAt: null, lastSyncedAt: null }) → { phase: 'forbidden', verb: 'list', resource: 'nodes', lastEventAt: null }
 */
export function streamState(s: CacheState): StreamState {
  switch (s.phase) {
    case 'syncing':
      return s.total === undefined ? { phase: 'syncing', count: s.count, lastEventAt: s.lastEventAt } : { phase: 'syncing', count: s.count, total: s.total, lastEventAt: s.lastEventAt };
    case 'synced':
      return { phase: 'synced', lastEventAt: s.lastEventAt };
    case 'forbidden':
      return { phase: 'forbidden', verb: s.verb, resource: s.resource, lastEventAt: s.lastEventAt };
    case 'reconnecting': {
      const c = causeOf(s);
      return { phase: 'reconnecting', message: s.message, kind: c.kind, fix: c.fix, lastEventAt: s.lastEventAt };
    }
    case 'error': {
      const c = causeOf(s);
      return { phase: 'error', kind: c.kind, message: s.message, fix: c.fix, lastEventAt: s.lastEventAt };
    }
  }
}

function causeOf(s: { message: string; cause?: ErrorCause }): ErrorCause {
  if (s.cause && s.cause.kind !== 'unknown') return s.cause;
  const info = classifyK8sError(new Error(s.message));
  return { kind: info.kind, fix: info.fix };
}

/**
 * What a cache remembers of an error (WatchCacheOptions.describeError): its kind and fix.
 * @example errorCause(new ApiException(401, 'Unauthorized', undefined, {})) → { kind: 'unauthorized', fix: { id: 'fix.auth.unauthorized', params: {} } }
 */
export function errorCause(err: unknown): ErrorCause {
  const info = classifyK8sError(err);
  return { kind: info.kind, fix: info.fix };
}

/**
 * A view model that failed to build, as the view's state: a bug in
 * kube-explain, not a problem in the cluster, shown by the same error panel
 * as every other failure (never a view stuck on "loading").
 * @example buildFailedState(new TypeError("Cannot read properties of undefined (reading 'status')")) → { phase: 'error', kind: 'build', message: "Cannot read properties of undefined (reading 'status')", fix: { id: 'fix.build', params: {} }, lastEventAt: null }
 */
export function buildFailedState(err: unknown, lastEventAt: string | null = null): FailedState {
  return { phase: 'error', kind: 'build', message: errorMessage(err), fix: { id: 'fix.build', params: {} }, lastEventAt };
}
