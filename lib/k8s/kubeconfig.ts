import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig, type Cluster, type Context, type User } from '@kubernetes/client-node';
import { fix, kubeconfigLoadDetail, KubeconfigError } from './errors';

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
    const detail = kubeconfigLoadDetail(err);
    throw new KubeconfigError('malformed-kubeconfig', `${file}: ${detail}`, fix('fix.kubeconfig.malformed', { path: file, detail }));
  }
  // kubectl runs an exec plugin given by a relative path with a slash relative to the kubeconfig file.
  kc.users = kc.users.map((user) => withResolvedExec(user, path.dirname(file)));
  return kc;
}

function withResolvedExec(user: User, dir: string): User {
  const command: unknown = (user.exec as { command?: unknown } | undefined)?.command;
  if (typeof command !== 'string' || !command || path.isAbsolute(command) || !command.includes('/')) return user;
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
    const dir = serviceAccountDir(process.env);
    const token = path.join(dir, 'token');
    if (exists(token)) return wrap(loadInCluster(dir), { kind: 'in-cluster', paths: [] });
    throw new KubeconfigError(
      'no-kubeconfig',
      `no kubeconfig found (looked in ${paths.join(', ')}) and no ServiceAccount token at ${token} although KUBERNETES_SERVICE_HOST is set (is automountServiceAccountToken off?)`,
      fix('fix.kubeconfig.missing', { searched: [...paths, token].join(path.delimiter) }),
    );
  }
  throw new KubeconfigError(
    'no-kubeconfig',
    `no kubeconfig found (looked in ${paths.join(', ')}; not running in a cluster)`,
    fix('fix.kubeconfig.missing', { searched: paths.join(path.delimiter) }),
  );
}

// ---------------------------------------------------------------------------
// In-cluster
// ---------------------------------------------------------------------------

/** Where the kubelet mounts a pod's ServiceAccount token, ca.crt and namespace (client-node appends it to loadFromCluster's prefix). */
export const SERVICEACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/**
 * The ServiceAccount directory the in-cluster configuration reads:
 * `KUBE_EXPLAIN_SERVICEACCOUNT_DIR` when set (tests point it at a temporary
 * directory holding a real token), else the kubelet's standard mount.
 * @example serviceAccountDir({ KUBE_EXPLAIN_SERVICEACCOUNT_DIR: '/tmp/sa' }) // '/tmp/sa'
 */
export function serviceAccountDir(env: Readonly<Record<string, string | undefined>>): string {
  const dir = env.KUBE_EXPLAIN_SERVICEACCOUNT_DIR?.trim();
  return dir ? path.resolve(dir).replace(/\/+$/, '') || '/' : SERVICEACCOUNT_DIR;
}

/**
 * The `pathPrefix` for client-node's `loadFromCluster(pathPrefix)`, which
 * reads `<prefix>/var/run/secrets/kubernetes.io/serviceaccount/{token,ca.crt,namespace}`:
 * the directory minus that standard tail, or null when the directory does
 * not end with it.
 * @example serviceAccountPathPrefix('/tmp/x/var/run/secrets/kubernetes.io/serviceaccount') // '/tmp/x'
 * @example serviceAccountPathPrefix('/tmp/sa') // null
 */
export function serviceAccountPathPrefix(dir: string): string | null {
  const clean = dir.replace(/\/+$/, '');
  if (clean === SERVICEACCOUNT_DIR) return '';
  return clean.endsWith(SERVICEACCOUNT_DIR) ? clean.slice(0, -SERVICEACCOUNT_DIR.length) : null;
}

/**
 * The in-cluster configuration (KUBERNETES_SERVICE_HOST/PORT, the
 * ServiceAccount's token file, which client-node re-reads as the kubelet
 * rotates it, its ca.crt and namespace) read from `dir`: through
 * `loadFromCluster(pathPrefix)` when `dir` ends in the standard path, else
 * the same configuration with its three files pointed into `dir`.
 */
function loadInCluster(dir: string): KubeConfig {
  const kc = new KubeConfig();
  const prefix = serviceAccountPathPrefix(dir);
  kc.loadFromCluster(prefix ?? '');
  if (prefix !== null) return kc;
  const namespaceFile = path.join(dir, 'namespace');
  const namespace = exists(namespaceFile) ? fs.readFileSync(namespaceFile, 'utf8').trim() : undefined;
  kc.loadFromOptions({
    clusters: kc.clusters.map((c) => ({ ...c, caFile: path.join(dir, 'ca.crt') })),
    users: kc.users.map((u) => ({ ...u, authProvider: { name: 'tokenFile', config: { tokenFile: path.join(dir, 'token') } } })),
    contexts: kc.contexts.map((c) => ({ ...c, namespace })),
    currentContext: kc.currentContext,
  });
  return kc;
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
  return [process.env.KUBERNETES_SERVICE_HOST ?? '', process.env.KUBE_EXPLAIN_SERVICEACCOUNT_DIR ?? '', ...stats].join('|');
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
