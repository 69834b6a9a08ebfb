import 'server-only';
import net from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KubeConfig } from '@kubernetes/client-node';
import { classifyK8sError } from './kubeconfig';
import { checkAccess, createWatchSource } from './sources';

// No fake apiserver here: these tests use closed ports, a missing exec plugin
// and a TCP listener that records the request line and never answers.
// Successful list/watch round-trips are covered by sources.integration.test.ts.

function kubeConfig(server: string, user: Record<string, unknown> = { name: 'u', token: 'test-token' }): KubeConfig {
  const kc = new KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'c', server, skipTLSVerify: server.startsWith('http:') }],
    users: [user],
    contexts: [{ name: 'x', cluster: 'c', user: String(user.name) }],
    currentContext: 'x',
  });
  return kc;
}

async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A TCP listener that keeps each request's head and never responds. */
class SilentListener {
  readonly heads: string[] = [];
  private readonly sockets = new Set<net.Socket>();
  private readonly server = net.createServer((socket) => {
    this.sockets.add(socket);
    socket.on('error', () => {});
    let buffered = '';
    socket.on('data', (chunk) => {
      buffered += chunk.toString('latin1');
      const end = buffered.indexOf('\r\n\r\n');
      if (end >= 0 && !buffered.startsWith('#')) {
        this.heads.push(buffered.slice(0, end));
        buffered = '#';
      }
    });
  });
  port = 0;

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async waitForHeads(n: number): Promise<string[]> {
    for (let i = 0; i < 200 && this.heads.length < n; i++) await new Promise((r) => setTimeout(r, 10));
    return this.heads;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function requestLine(head: string | undefined): string {
  return head?.split('\r\n')[0] ?? '';
}

function header(head: string | undefined, name: string): string | undefined {
  const line = head?.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(name.length + 1).trim();
}

let listener: SilentListener;
beforeEach(async () => {
  listener = new SilentListener();
  await listener.start();
});
afterEach(async () => {
  await listener.stop();
});

describe('createWatchSource requests', () => {
  it('lists one namespace page by page with limit and continue, authenticated by the context user', async () => {
    const kc = kubeConfig(`http://127.0.0.1:${listener.port}`);
    const source = createWatchSource(kc, 'pods', { namespace: 'default', pageSize: 2, requestTimeoutMs: 60_000 });
    void source.listPage().catch(() => {});
    void source.listPage('opaque/token==').catch(() => {});
    const heads = await listener.waitForHeads(2);
    expect(heads.map(requestLine).sort()).toStrictEqual([
      'GET /api/v1/namespaces/default/pods?limit=2 HTTP/1.1',
      'GET /api/v1/namespaces/default/pods?limit=2&continue=opaque%2Ftoken%3D%3D HTTP/1.1',
    ]);
    expect(header(heads[0], 'authorization')).toBe('Bearer test-token');
  });

  it('lists group resources cluster-wide under /apis', async () => {
    const kc = kubeConfig(`http://127.0.0.1:${listener.port}`);
    void createWatchSource(kc, 'endpointslices').listPage().catch(() => {});
    void createWatchSource(kc, 'nodes', { namespace: 'ignored-for-cluster-scoped' }).listPage().catch(() => {});
    const heads = await listener.waitForHeads(2);
    expect(heads.map(requestLine).sort()).toStrictEqual([
      'GET /api/v1/nodes?limit=500 HTTP/1.1',
      'GET /apis/discovery.k8s.io/v1/endpointslices?limit=500 HTTP/1.1',
    ]);
  });

  it('watches with bookmarks from the given resourceVersion through client-node Watch', async () => {
    const kc = kubeConfig(`http://127.0.0.1:${listener.port}`);
    const source = createWatchSource(kc, 'leases', { namespace: 'kube-node-lease', watchTimeoutSeconds: 120 });
    const watching = source.watch('4242', () => {}, () => {});
    const heads = await listener.waitForHeads(1);
    expect(requestLine(heads[0])).toBe(
      'GET /apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases?watch=true&allowWatchBookmarks=true&resourceVersion=4242&timeoutSeconds=120 HTTP/1.1',
    );
    expect(header(heads[0], 'authorization')).toBe('Bearer test-token');
    await listener.stop(); // ends the pending request so the Watch promise settles
    await watching.catch(() => {});
  });

  it('fails a list page that gets no response in time, as a timeout naming the server', async () => {
    const kc = kubeConfig(`http://127.0.0.1:${listener.port}`);
    const err = await createWatchSource(kc, 'namespaces', { requestTimeoutMs: 150 }).listPage().catch((e: unknown) => e);
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'timeout',
      message: `request to http://127.0.0.1:${listener.port}/api/v1/namespaces?limit=500 failed, reason: no response within 150 ms`,
      fix: { id: 'fix.cluster.timeout', params: { server: `127.0.0.1:${listener.port}` } },
    });
  });
});

describe('createWatchSource failures', () => {
  it('rejects a list on a closed port with the socket error (unreachable)', async () => {
    const port = await closedPort();
    const err = await createWatchSource(kubeConfig(`https://127.0.0.1:${port}`), 'pods').listPage().catch((e: unknown) => e);
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'unreachable',
      message: `connect ECONNREFUSED 127.0.0.1:${port}`,
      fix: { id: 'fix.cluster.unreachable', params: { server: `127.0.0.1:${port}` } },
    });
  });

  it('ends a watch on a closed port through onDone (unreachable)', async () => {
    const port = await closedPort();
    const source = createWatchSource(kubeConfig(`https://127.0.0.1:${port}`), 'events');
    const err = await new Promise((resolve) => void source.watch('1', () => {}, resolve));
    expect(classifyK8sError(err)).toMatchObject({ kind: 'unreachable' });
  });

  it('runs exec credential plugins for lists too (a missing one is reported as such)', async () => {
    const kc = kubeConfig('https://127.0.0.1:1', {
      name: 'u',
      exec: { apiVersion: 'client.authentication.k8s.io/v1', command: 'definitely-not-installed-plugin' },
    });
    const err = await createWatchSource(kc, 'pods').listPage().catch((e: unknown) => e);
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'exec-plugin-missing',
      message: 'spawn definitely-not-installed-plugin ENOENT',
      fix: { id: 'fix.auth.execPluginMissing', params: { command: 'definitely-not-installed-plugin' } },
    });
  });

  it('rejects checkAccess on a closed port (unreachable)', async () => {
    const port = await closedPort();
    const err = await checkAccess(kubeConfig(`https://127.0.0.1:${port}`), { verb: 'list', resource: 'pods' }).catch((e: unknown) => e);
    expect(classifyK8sError(err)).toMatchObject({ kind: 'unreachable', fix: { params: { server: `127.0.0.1:${port}` } } });
  });
});
