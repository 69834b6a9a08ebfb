import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KubeConfig, VersionApi } from '@kubernetes/client-node';

/** Where kubectl would look for a kubeconfig; none existing means there is none. */
function kubeconfigCandidates(): string[] {
  const env = process.env.KUBECONFIG;
  if (env) return env.split(path.delimiter).filter(Boolean);
  return [path.join(process.env.HOME ?? os.homedir(), '.kube', 'config')];
}

export type ClusterCheck = { ok: true; context: string; server: string; version: string } | { ok: false; reason: string };

/**
 * Whether the user's current kube context answers within `timeoutMs`.
 * Used by `npm start` to decide between the user's cluster and the sandbox.
 */
export async function checkCurrentContext(timeoutMs = 5000): Promise<ClusterCheck> {
  const candidates = kubeconfigCandidates();
  // Without any file client-node invents a context for http://localhost:8080; say what is really missing.
  if (!process.env.KUBERNETES_SERVICE_HOST && !candidates.some((f) => existsSync(f))) {
    return { ok: false, reason: `no kubeconfig was found (looked in ${candidates.join(', ')})` };
  }
  const kc = new KubeConfig();
  try {
    kc.loadFromDefault();
  } catch (err) {
    return { ok: false, reason: `the kubeconfig could not be loaded: ${(err as Error).message.split('\n')[0]}` };
  }
  const context = kc.getCurrentContext();
  const cluster = kc.getCurrentCluster();
  if (!context || !cluster) return { ok: false, reason: 'no kubeconfig with a current context was found ($KUBECONFIG, ~/.kube/config, in-cluster)' };
  try {
    const version = await Promise.race([
      kc.makeApiClient(VersionApi).getCode(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000}s`)), timeoutMs)),
    ]);
    return { ok: true, context, server: cluster.server, version: version.gitVersion };
  } catch (err) {
    return { ok: false, reason: `context "${context}" (${cluster.server}) is not reachable: ${(err as Error).message.split('\n')[0]}` };
  }
}
