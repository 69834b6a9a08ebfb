import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoreV1Api, KubeConfig, Watch } from '@kubernetes/client-node';
import { classifyK8sError, KubeconfigError } from './errors';
import { getKubeconfigs, loadKubeconfigs, serviceAccountDir, serviceAccountPathPrefix } from './kubeconfig';

let dir: string;

function write(name: string, text: string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

function kubeconfigYaml(opts: {
  current?: string;
  clusters: Array<{ name: string; server: string; extra?: string }>;
  users: Array<{ name: string; body: string }>;
  contexts: Array<{ name: string; cluster: string; user: string; namespace?: string }>;
}): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    ...(opts.current ? [`current-context: ${opts.current}`] : []),
    'clusters:',
    ...opts.clusters.flatMap((c) => [`- name: ${c.name}`, '  cluster:', `    server: ${c.server}`, ...(c.extra ? [`    ${c.extra}`] : [])]),
    'users:',
    ...opts.users.flatMap((u) => [`- name: ${u.name}`, '  user:', ...u.body.split('\n').map((l) => `    ${l}`)]),
    'contexts:',
    ...opts.contexts.flatMap((c) => [
      `- name: ${c.name}`,
      '  context:',
      `    cluster: ${c.cluster}`,
      `    user: ${c.user}`,
      ...(c.namespace ? [`    namespace: ${c.namespace}`] : []),
    ]),
    '',
  ].join('\n');
}

/** Nothing listens on port 1: connecting is refused at once. */
const REFUSED = '127.0.0.1:1';

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

function singleContext(server: string, userBody: string, clusterExtra?: string): KubeConfig {
  const file = write(
    `single-${Math.random().toString(36).slice(2)}.yaml`,
    kubeconfigYaml({
      current: 'x',
      clusters: [{ name: 'c', server, extra: clusterExtra }],
      users: [{ name: 'u', body: userBody }],
      contexts: [{ name: 'x', cluster: 'c', user: 'u' }],
    }),
  );
  vi.stubEnv('KUBECONFIG', file);
  return loadKubeconfigs().forContext();
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeconfig-test-'));
  vi.stubEnv('KUBECONFIG', '');
  vi.stubEnv('HOME', dir);
  vi.stubEnv('KUBERNETES_SERVICE_HOST', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadKubeconfigs', () => {
  it('merges $KUBECONFIG files like kubectl: missing files skipped, first current-context and first definition win', () => {
    const a = write(
      'a.yaml',
      kubeconfigYaml({
        current: 'dev',
        clusters: [{ name: 'dev', server: 'https://dev.example:6443' }],
        users: [{ name: 'dev-admin', body: 'token: token-from-a' }],
        contexts: [{ name: 'dev', cluster: 'dev', user: 'dev-admin', namespace: 'team-a' }],
      }),
    );
    const b = write(
      'b.yaml',
      kubeconfigYaml({
        current: 'prod',
        clusters: [
          { name: 'dev', server: 'https://shadowed.example:6443' },
          { name: 'prod', server: 'https://admin:hunter2@prod.example/' },
        ],
        users: [{ name: 'prod-user', body: 'token: token-from-b' }],
        contexts: [{ name: 'prod', cluster: 'prod', user: 'prod-user' }],
      }),
    );
    vi.stubEnv('KUBECONFIG', [a, path.join(dir, 'missing.yaml'), b].join(':'));

    const configs = loadKubeconfigs();
    expect(configs.origin).toStrictEqual({ kind: 'env', paths: [a, b] });
    expect(configs.currentContext).toBe('dev');
    expect(configs.contexts()).toStrictEqual([
      { name: 'dev', cluster: 'dev', server: 'https://dev.example:6443', user: 'dev-admin', namespace: 'team-a', current: true },
      { name: 'prod', cluster: 'prod', server: 'https://prod.example', user: 'prod-user', namespace: null, current: false },
    ]);
    const listed = JSON.stringify(configs.contexts());
    expect(listed).not.toContain('token-from');
    expect(listed).not.toContain('hunter2');
  });

  it('builds one KubeConfig per context, reused, each with its own current context', () => {
    const file = write(
      'config',
      kubeconfigYaml({
        current: 'one',
        clusters: [
          { name: 'c1', server: 'https://one.example' },
          { name: 'c2', server: 'https://two.example' },
        ],
        users: [
          { name: 'u1', body: 'token: t1' },
          { name: 'u2', body: 'token: t2' },
        ],
        contexts: [
          { name: 'one', cluster: 'c1', user: 'u1' },
          { name: 'two', cluster: 'c2', user: 'u2' },
        ],
      }),
    );
    vi.stubEnv('KUBECONFIG', file);
    const configs = loadKubeconfigs();
    const two = configs.forContext('two');

    expect(two).toBe(configs.forContext('two'));
    expect(two.getCurrentContext()).toBe('two');
    expect(two.getCurrentCluster()?.server).toBe('https://two.example');
    expect(two.getCurrentUser()?.token).toBe('t2');
    expect(two.getContexts().map((c) => c.name)).toStrictEqual(['two']);
    expect(configs.forContext().getCurrentContext()).toBe('one');
  });

  it('falls back to ~/.kube/config and resolves relative certificate and exec paths against its directory', () => {
    write(
      '.kube/config',
      kubeconfigYaml({
        current: 'home',
        clusters: [{ name: 'home', server: 'https://home.example', extra: 'certificate-authority: certs/ca.crt' }],
        users: [{ name: 'me', body: 'exec:\n  apiVersion: client.authentication.k8s.io/v1\n  command: ./bin/auth-helper' }],
        contexts: [{ name: 'home', cluster: 'home', user: 'me' }],
      }),
    );
    const configs = loadKubeconfigs();
    const kc = configs.forContext();
    expect(configs.origin).toStrictEqual({ kind: 'home', paths: [path.join(dir, '.kube/config')] });
    expect(kc.getCurrentCluster()?.caFile).toBe(path.join(dir, '.kube/certs/ca.crt'));
    expect((kc.getCurrentUser()?.exec as { command: string }).command).toBe(path.join(dir, '.kube/bin/auth-helper'));
  });

  it('uses the in-cluster service account when there is no file and KUBERNETES_SERVICE_HOST is set', () => {
    vi.stubEnv('KUBERNETES_SERVICE_HOST', '10.96.0.1');
    vi.stubEnv('KUBERNETES_SERVICE_PORT', '443');
    write('sa/token', 'a-token');
    vi.stubEnv('KUBE_EXPLAIN_SERVICEACCOUNT_DIR', path.join(dir, 'sa'));
    const configs = loadKubeconfigs();
    expect(configs.origin).toStrictEqual({ kind: 'in-cluster', paths: [] });
    expect(configs.contexts()).toStrictEqual([
      { name: 'inClusterContext', cluster: 'inCluster', server: 'https://10.96.0.1:443', user: 'inClusterUser', namespace: null, current: true },
    ]);
  });

  it('throws no-kubeconfig naming where it looked when there is nothing to load', () => {
    const err = caughtSync(() => loadKubeconfigs());
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'no-kubeconfig',
      message: `no kubeconfig found (looked in ${path.join(dir, '.kube/config')}; not running in a cluster)`,
      fix: { id: 'fix.kubeconfig.missing', params: { searched: path.join(dir, '.kube/config') } },
    });
  });

  it('reports a malformed YAML file without quoting its contents (they hold secrets)', () => {
    const file = write('broken.yaml', 'apiVersion: v1\nusers:\n- name: u\n  user:\n    token: super-secret-token\n   bad: [indent\n');
    vi.stubEnv('KUBECONFIG', file);
    const err = caughtSync(() => loadKubeconfigs());
    expect(err).toBeInstanceOf(KubeconfigError);
    const info = classifyK8sError(err);
    expect(info.kind).toBe('malformed-kubeconfig');
    expect(info.fix.id).toBe('fix.kubeconfig.malformed');
    expect(info.fix.params.path).toBe(file);
    expect(info.message).toMatch(/^.*broken\.yaml: .+\(line \d+, column \d+\)$/);
    expect(JSON.stringify(info)).not.toContain('super-secret-token');
  });

  it('reports an empty file as malformed', () => {
    vi.stubEnv('KUBECONFIG', write('empty.yaml', ''));
    const info = classifyK8sError(caughtSync(() => loadKubeconfigs()));
    expect(info).toMatchObject({ kind: 'malformed-kubeconfig', fix: { id: 'fix.kubeconfig.malformed' } });
  });

  it('names the missing cluster when a context refers to one that is not defined', () => {
    vi.stubEnv(
      'KUBECONFIG',
      write('dangling.yaml', kubeconfigYaml({ current: 'x', clusters: [], users: [{ name: 'u', body: 'token: t' }], contexts: [{ name: 'x', cluster: 'gone', user: 'u' }] })),
    );
    const configs = loadKubeconfigs();
    expect(configs.contexts()).toStrictEqual([{ name: 'x', cluster: 'gone', server: null, user: 'u', namespace: null, current: true }]);
    expect(classifyK8sError(caughtSync(() => configs.forContext('x')))).toStrictEqual({
      kind: 'malformed-kubeconfig',
      message: 'context "x" refers to cluster "gone", which is not defined',
      fix: { id: 'fix.kubeconfig.contextIncomplete', params: { context: 'x', cluster: 'gone' } },
    });
  });

  it('getKubeconfigs keeps the loaded config until a file changes', () => {
    const file = write('cfg', kubeconfigYaml({ current: 'a', clusters: [{ name: 'c', server: 'https://a' }], users: [{ name: 'u', body: 'token: t' }], contexts: [{ name: 'a', cluster: 'c', user: 'u' }] }));
    vi.stubEnv('KUBECONFIG', file);
    const first = getKubeconfigs();
    expect(getKubeconfigs()).toBe(first);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('current-context: a', 'current-context: a\n# switched'));
    const later = new Date(Date.now() + 5_000);
    fs.utimesSync(file, later, later);
    expect(getKubeconfigs()).not.toBe(first);
  });
});

describe('in-cluster configuration', () => {
  const standard = '/var/run/secrets/kubernetes.io/serviceaccount';

  beforeEach(() => {
    vi.stubEnv('KUBERNETES_SERVICE_HOST', '10.96.0.1');
    vi.stubEnv('KUBERNETES_SERVICE_PORT', '443');
  });

  it('reads the kubelet mount unless KUBE_EXPLAIN_SERVICEACCOUNT_DIR names another directory', () => {
    expect(serviceAccountDir({})).toBe(standard);
    expect(serviceAccountDir({ KUBE_EXPLAIN_SERVICEACCOUNT_DIR: '  ' })).toBe(standard);
    expect(serviceAccountDir({ KUBE_EXPLAIN_SERVICEACCOUNT_DIR: '/tmp/sa/' })).toBe('/tmp/sa');
  });

  it("turns a directory ending in the standard path into loadFromCluster's path prefix, and any other into null", () => {
    expect(serviceAccountPathPrefix(standard)).toBe('');
    expect(serviceAccountPathPrefix(`/tmp/x${standard}/`)).toBe('/tmp/x');
    expect(serviceAccountPathPrefix('/tmp/sa')).toBe(null);
  });

  it('loads through loadFromCluster(pathPrefix): ca.crt, the token file and the namespace under the prefix', () => {
    const sa = path.join(dir, standard);
    write(`${standard}/token`, 'a-token');
    write(`${standard}/namespace`, 'kube-explain');
    vi.stubEnv('KUBE_EXPLAIN_SERVICEACCOUNT_DIR', sa);
    const kc = loadKubeconfigs().forContext();
    expect({ ca: kc.getCurrentCluster()?.caFile, server: kc.getCurrentCluster()?.server, user: kc.getCurrentUser()?.authProvider }).toStrictEqual({
      ca: path.join(sa, 'ca.crt'),
      server: 'https://10.96.0.1:443',
      user: { name: 'tokenFile', config: { tokenFile: path.join(sa, 'token') } },
    });
    expect(loadKubeconfigs().contexts()[0]?.namespace).toBe('kube-explain');
  });

  it('points the same configuration at the three files of any other directory', () => {
    write('sa/token', 'a-token');
    write('sa/namespace', 'team-a\n');
    vi.stubEnv('KUBE_EXPLAIN_SERVICEACCOUNT_DIR', path.join(dir, 'sa'));
    const configs = loadKubeconfigs();
    const kc = configs.forContext();
    expect({ ca: kc.getCurrentCluster()?.caFile, user: kc.getCurrentUser()?.authProvider, namespace: configs.contexts()[0]?.namespace }).toStrictEqual({
      ca: path.join(dir, 'sa/ca.crt'),
      user: { name: 'tokenFile', config: { tokenFile: path.join(dir, 'sa/token') } },
      namespace: 'team-a',
    });
  });

  it("sends the token file's contents as the bearer token", async () => {
    write('sa/token', 'first-token');
    write('sa/ca.crt', 'read as the CA bundle, not parsed here');
    vi.stubEnv('KUBE_EXPLAIN_SERVICEACCOUNT_DIR', path.join(dir, 'sa'));
    const kc = loadKubeconfigs().forContext();
    const opts = { headers: {} as Record<string, string> };
    await kc.applyToHTTPSOptions(opts);
    expect(opts.headers.Authorization).toBe('Bearer first-token');
  });

  it('says which token is missing when KUBERNETES_SERVICE_HOST is set but no ServiceAccount is mounted', () => {
    vi.stubEnv('KUBE_EXPLAIN_SERVICEACCOUNT_DIR', path.join(dir, 'none'));
    const err = caughtSync(() => loadKubeconfigs());
    const token = path.join(dir, 'none/token');
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'no-kubeconfig',
      message: `no kubeconfig found (looked in ${path.join(dir, '.kube/config')}) and no ServiceAccount token at ${token} although KUBERNETES_SERVICE_HOST is set (is automountServiceAccountToken off?)`,
      fix: { id: 'fix.kubeconfig.missing', params: { searched: [path.join(dir, '.kube/config'), token].join(path.delimiter) } },
    });
  });

  it('prefers a kubeconfig file to the in-cluster ServiceAccount, as kubectl does', () => {
    write('sa/token', 'a-token');
    vi.stubEnv('KUBE_EXPLAIN_SERVICEACCOUNT_DIR', path.join(dir, 'sa'));
    write(
      '.kube/config',
      kubeconfigYaml({ current: 'x', clusters: [{ name: 'c', server: 'https://c.example' }], users: [{ name: 'u', body: 'token: t' }], contexts: [{ name: 'x', cluster: 'c', user: 'u' }] }),
    );
    expect(loadKubeconfigs().origin.kind).toBe('home');
  });
});

function caughtSync(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a throw');
}

// No server of any kind here: failures that need one (a non-TLS endpoint, an
// untrusted certificate, a hostname mismatch) are real sandbox errors in
// kubeconfig.integration.test.ts.
describe('classifyK8sError with real client errors', () => {
  it('classifies a refused connection from the typed client and from Watch as unreachable', async () => {
    const kc = singleContext(`https://${REFUSED}`, 'token: t');

    const listErr = await caught(kc.makeApiClient(CoreV1Api).listNamespace());
    expect(classifyK8sError(listErr)).toStrictEqual({
      kind: 'unreachable',
      message: `request to https://${REFUSED}/api/v1/namespaces failed, reason: connect ECONNREFUSED ${REFUSED}`,
      fix: { id: 'fix.cluster.unreachable', params: { server: REFUSED } },
    });

    const watchErr = await new Promise((resolve) => void new Watch(kc).watch('/api/v1/pods', {}, () => {}, resolve));
    expect(classifyK8sError(watchErr)).toStrictEqual({
      kind: 'unreachable',
      message: `request to https://${REFUSED}/api/v1/pods?watch=true failed, reason: connect ECONNREFUSED ${REFUSED}`,
      fix: { id: 'fix.cluster.unreachable', params: { server: REFUSED } },
    });
  });

  it('classifies a missing exec credential plugin from client-node', async () => {
    const kc = singleContext(
      `https://${REFUSED}`,
      'exec:\n  apiVersion: client.authentication.k8s.io/v1\n  command: definitely-not-installed-plugin\n  args: ["get-token"]',
    );
    const err = await caught(kc.makeApiClient(CoreV1Api).listNamespace());
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'exec-plugin-missing',
      message: 'spawn definitely-not-installed-plugin ENOENT',
      fix: { id: 'fix.auth.execPluginMissing', params: { command: 'definitely-not-installed-plugin' } },
    });
  });

  it('classifies a client certificate file that does not exist', async () => {
    const kc = singleContext(`https://${REFUSED}`, 'client-certificate: missing/client.crt\nclient-key: missing/client.key');
    const err = await caught(kc.makeApiClient(CoreV1Api).listNamespace());
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'malformed-kubeconfig',
      message: `ENOENT: no such file or directory, open '${path.join(dir, 'missing/client.crt')}'`,
      fix: { id: 'fix.kubeconfig.fileUnreadable', params: { path: path.join(dir, 'missing/client.crt') } },
    });
  });

  it('classifies an http:// server without insecure-skip-tls-verify as a TLS configuration problem', async () => {
    const kc = singleContext(`http://${REFUSED}`, 'token: t');
    const err = await caught(kc.makeApiClient(CoreV1Api).listNamespace());
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'tls',
      message: 'HTTP protocol is not allowed when skipTLSVerify is not set or false',
      fix: { id: 'fix.tls.plainHttpNeedsInsecure', params: {} },
    });
  });

  it('classifies an unknown host as unreachable', async () => {
    const kc = singleContext('https://cluster.does-not-exist.invalid', 'token: t');
    const err = await caught(kc.makeApiClient(CoreV1Api).listNamespace());
    expect(classifyK8sError(err)).toMatchObject({ kind: 'unreachable', fix: { id: 'fix.cluster.unreachable', params: { server: 'cluster.does-not-exist.invalid' } } });
  });
});
