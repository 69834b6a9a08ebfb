import 'server-only';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CoreV1Api, Watch, type KubeConfig } from '@kubernetes/client-node';
import { sandboxConfig, sandboxKubeconfig } from '../testing/sandbox';
import { classifyK8sError } from './errors';
import { loadKubeconfigs } from './kubeconfig';
import { createWatchSource } from './sources';

// Certificate and handshake failures from the real sandbox: the kube-apiserver
// (TLS, signed by the sandbox CA) and etcd's plain-HTTP client port. Without
// the sandbox sandboxConfig() throws: these tests fail, they never skip.
const stateDir = path.dirname(sandboxKubeconfig);

let apiserverUrl: string; // https://127.0.0.1:16443
let apiserver: string; // 127.0.0.1:16443
let etcd: string; // 127.0.0.1:<ports.etcdClient>
let caFile: string;
let dir: string;

beforeAll(() => {
  apiserverUrl = sandboxConfig().getCurrentCluster()!.server;
  apiserver = new URL(apiserverUrl).host;
  const cluster = JSON.parse(fs.readFileSync(path.join(stateDir, 'cluster.json'), 'utf8')) as { ports: { etcdClient: number } };
  etcd = `127.0.0.1:${cluster.ports.etcdClient}`;
  caFile = path.join(stateDir, 'pki', 'ca.crt');
});
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubeconfig-it-'));
  vi.stubEnv('HOME', dir);
  vi.stubEnv('KUBERNETES_SERVICE_HOST', '');
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Loads a one-context kubeconfig file the way the app does ($KUBECONFIG). The token is not valid. */
function kubeconfig(server: string, clusterLines: string[] = []): KubeConfig {
  const file = path.join(dir, `config-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      'current-context: x',
      'clusters:',
      '- name: c',
      '  cluster:',
      `    server: ${server}`,
      ...clusterLines.map((l) => `    ${l}`),
      'users:',
      '- name: u',
      '  user:',
      '    token: not-a-valid-token',
      'contexts:',
      '- name: x',
      '  context: { cluster: c, user: u }',
      '',
    ].join('\n'),
  );
  vi.stubEnv('KUBECONFIG', file);
  return loadKubeconfigs().forContext();
}

/** The same failure through the three ways the app talks to a cluster. */
async function failures(kc: KubeConfig): Promise<{ typed: unknown; watch: unknown; list: unknown }> {
  const typed = await kc.makeApiClient(CoreV1Api).listNamespace().then(
    () => {
      throw new Error('expected listNamespace to fail');
    },
    (e: unknown) => e,
  );
  const watch = await new Promise((resolve) => void new Watch(kc).watch('/api/v1/namespaces', {}, () => {}, resolve));
  const list = await createWatchSource(kc, 'namespaces').listPage().then(
    () => {
      throw new Error('expected listPage to fail');
    },
    (e: unknown) => e,
  );
  return { typed, watch, list };
}

describe('classifyK8sError with real TLS failures from the sandbox', () => {
  it('reports https:// to a port that does not speak TLS (etcd plain HTTP) with the handshake error and the server', async () => {
    const { typed, watch, list } = await failures(kubeconfig(`https://${etcd}`));
    // Real etcd hangs up on the TLS ClientHello without a byte in reply, so
    // Node reports ECONNRESET (not EPROTO, which only a server that answers
    // with plain HTTP gives).
    const reason = 'Client network socket disconnected before secure TLS connection was established';
    expect(typed).toMatchObject({ code: 'ECONNRESET', message: `request to https://${etcd}/api/v1/namespaces failed, reason: ${reason}` });
    expect(watch).toMatchObject({ code: 'ECONNRESET', message: `request to https://${etcd}/api/v1/namespaces?watch=true failed, reason: ${reason}` });
    expect(list).toMatchObject({ code: 'ECONNRESET', message: `request to https://${etcd}/api/v1/namespaces?limit=500 failed, reason: ${reason}` });

    // The server answered; it just does not speak TLS: a handshake problem, not "the cluster is down".
    for (const [err, query] of [[typed, ''], [watch, '?watch=true'], [list, '?limit=500']] as const) {
      expect(classifyK8sError(err)).toStrictEqual({
        kind: 'tls',
        message: `request to https://${etcd}/api/v1/namespaces${query} failed, reason: ${reason}`,
        fix: { id: 'fix.tls.handshakeFailed', params: { server: etcd } },
      });
    }
  });

  it('classifies the real apiserver certificate as untrusted when the kubeconfig lacks the CA', async () => {
    const { typed, watch, list } = await failures(kubeconfig(apiserverUrl));
    // The reason is Node's own text; Node 24 appends a hint about --use-system-ca, Node 20 does not.
    const untrusted = (path: string) =>
      expect.stringMatching(new RegExp(`^${`request to ${apiserverUrl}${path} failed, reason: unable to verify the first certificate`.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(; if the root CA is installed locally, try running Node\\.js with --use-system-ca)?$`));
    expect(classifyK8sError(typed)).toStrictEqual({
      kind: 'tls',
      message: untrusted('/api/v1/namespaces'),
      fix: { id: 'fix.tls.untrustedCertificate', params: { server: apiserver } },
    });
    expect(classifyK8sError(watch)).toStrictEqual({
      kind: 'tls',
      message: untrusted('/api/v1/namespaces?watch=true'),
      fix: { id: 'fix.tls.untrustedCertificate', params: { server: apiserver } },
    });
    expect(classifyK8sError(list)).toStrictEqual({
      kind: 'tls',
      message: untrusted('/api/v1/namespaces?limit=500'),
      fix: { id: 'fix.tls.untrustedCertificate', params: { server: apiserver } },
    });

    // Control: with the sandbox CA the same kubeconfig gets through TLS to the
    // apiserver, which rejects the token.
    const trusted = await failures(kubeconfig(apiserverUrl, [`certificate-authority: ${caFile}`]));
    for (const err of [trusted.typed, trusted.watch, trusted.list]) {
      expect(classifyK8sError(err)).toMatchObject({ kind: 'unauthorized', statusCode: 401, fix: { id: 'fix.auth.unauthorized', params: {} } });
    }
  });

  it('classifies a tls-server-name the real apiserver certificate does not cover as a hostname mismatch', async () => {
    const { typed, watch, list } = await failures(kubeconfig(apiserverUrl, [`certificate-authority: ${caFile}`, 'tls-server-name: wrong.example.invalid']));
    const altNames = new X509Certificate(fs.readFileSync(path.join(stateDir, 'pki', 'apiserver.crt'))).subjectAltName;
    expect(altNames).toContain('IP Address:127.0.0.1');
    const reason = `Hostname/IP does not match certificate's altnames: Host: wrong.example.invalid. is not in the cert's altnames: ${altNames}`;
    const typedMessage = `request to ${apiserverUrl}/api/v1/namespaces failed, reason: ${reason}`;
    const watchMessage = `request to ${apiserverUrl}/api/v1/namespaces?watch=true failed, reason: ${reason}`;
    expect(typed).toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: typedMessage });
    expect(watch).toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: watchMessage });
    const listMessage = `request to ${apiserverUrl}/api/v1/namespaces?limit=500 failed, reason: ${reason}`;
    expect(list).toMatchObject({ code: 'ERR_TLS_CERT_ALTNAME_INVALID', message: listMessage });

    // Messages are cut to 300 characters (the SAN list makes these longer).
    const bounded = (m: string) => (m.length > 300 ? `${m.slice(0, 297)}...` : m);
    expect(classifyK8sError(typed)).toStrictEqual({
      kind: 'tls',
      message: bounded(typedMessage),
      fix: { id: 'fix.tls.hostnameMismatch', params: { server: apiserver } },
    });
    expect(classifyK8sError(typed).message).toHaveLength(300);
    expect(classifyK8sError(watch)).toStrictEqual({
      kind: 'tls',
      message: bounded(watchMessage),
      fix: { id: 'fix.tls.hostnameMismatch', params: { server: apiserver } },
    });
    expect(classifyK8sError(list)).toStrictEqual({ kind: 'tls', message: bounded(listMessage), fix: { id: 'fix.tls.hostnameMismatch', params: { server: apiserver } } });

    // Control: a tls-server-name the certificate does cover gets through TLS.
    const covered = await failures(kubeconfig(apiserverUrl, [`certificate-authority: ${caFile}`, 'tls-server-name: kubernetes.default.svc']));
    for (const err of [covered.typed, covered.watch, covered.list]) {
      expect(classifyK8sError(err)).toMatchObject({ kind: 'unauthorized', statusCode: 401, fix: { id: 'fix.auth.unauthorized', params: {} } });
    }
  });
});
