import 'server-only';
import { describe, expect, it } from 'vitest';
import { KubeConfig } from '@kubernetes/client-node';
import { classifyK8sError } from './errors';
import { checkAccess, createWatchSource } from './sources';

// No server of any kind here: these tests use 127.0.0.1:1, where nothing
// listens (connecting gives ECONNREFUSED), and a missing exec plugin.
// Requests, pages, watches and timeouts against the real kube-apiserver are
// covered by sources.integration.test.ts.

/** Nothing listens on port 1: connecting is refused at once. */
const REFUSED = '127.0.0.1:1';

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

describe('createWatchSource failures', () => {
  it('rejects a list on a closed port with the socket error (unreachable)', async () => {
    const err = await createWatchSource(kubeConfig(`https://${REFUSED}`), 'pods').listPage().catch((e: unknown) => e);
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'unreachable',
      message: `request to https://${REFUSED}/api/v1/pods?limit=500 failed, reason: connect ECONNREFUSED ${REFUSED}`,
      fix: { id: 'fix.cluster.unreachable', params: { server: REFUSED } },
    });
  });

  it('ends a watch on a closed port through onDone (unreachable), naming the watch URL it tried', async () => {
    const source = createWatchSource(kubeConfig(`https://${REFUSED}`), 'events');
    const err = await new Promise((resolve) => void source.watch('1', () => {}, resolve));
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'unreachable',
      message: `request to https://${REFUSED}/api/v1/events?watch=true&allowWatchBookmarks=true&resourceVersion=1&timeoutSeconds=300 failed, reason: connect ECONNREFUSED ${REFUSED}`,
      fix: { id: 'fix.cluster.unreachable', params: { server: REFUSED } },
    });
  });

  it('runs exec credential plugins for lists too (a missing one is reported as such)', async () => {
    const kc = kubeConfig(`https://${REFUSED}`, {
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
    const err = await checkAccess(kubeConfig(`https://${REFUSED}`), { verb: 'list', resource: 'pods' }).catch((e: unknown) => e);
    expect(classifyK8sError(err)).toStrictEqual({
      kind: 'unreachable',
      message: `request to https://${REFUSED}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews failed, reason: connect ECONNREFUSED ${REFUSED}`,
      fix: { id: 'fix.cluster.unreachable', params: { server: REFUSED } },
    });
  });
});
