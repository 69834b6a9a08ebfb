import path from 'node:path';
import { VersionApi } from '@kubernetes/client-node';
import { classifyK8sError } from '../lib/k8s/errors';
import { loadKubeconfigs, type Kubeconfigs } from '../lib/k8s/kubeconfig';

export type ClusterCheck = { ok: true; context: string; server: string; version: string } | { ok: false; reason: string };

/** Why the kubeconfig cannot be used, in the words npm start prints. */
function unusable(err: unknown): string {
  const info = classifyK8sError(err);
  if (info.kind === 'no-kubeconfig') {
    const searched = (info.fix.params.searched ?? '').split(path.delimiter).filter(Boolean);
    return `no kubeconfig was found (looked in ${searched.join(', ')})`;
  }
  return `the kubeconfig could not be loaded: ${info.message}`;
}

/**
 * Whether the user's current kube context answers within `timeoutMs`.
 * Used by `npm start` to decide between the user's cluster and the sandbox.
 * It loads the kubeconfig with the app's own loader (lib/k8s/kubeconfig.ts:
 * kubectl's file search and merge, exec plugin paths, in-cluster), so
 * `npm start` and the app never judge a context differently.
 * @example await checkCurrentContext(2000) → { ok: false, reason: 'no kubeconfig was found (looked in /home/me/.kube/config)' }
 */
export async function checkCurrentContext(timeoutMs = 5000): Promise<ClusterCheck> {
  let configs: Kubeconfigs;
  try {
    configs = loadKubeconfigs();
  } catch (err) {
    return { ok: false, reason: unusable(err) };
  }
  const context = configs.currentContext;
  if (!context) return { ok: false, reason: 'the kubeconfig has no current context (kubectl config use-context <name> sets one)' };
  let kc;
  try {
    kc = configs.forContext(context);
  } catch (err) {
    return { ok: false, reason: unusable(err) };
  }
  const server = configs.contexts().find((c) => c.name === context)?.server ?? kc.getCurrentCluster()?.server ?? '';
  let timer: NodeJS.Timeout | undefined;
  try {
    const version = await Promise.race([
      kc.makeApiClient(VersionApi).getCode(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000}s`)), timeoutMs);
      }),
    ]);
    return { ok: true, context, server, version: version.gitVersion };
  } catch (err) {
    return { ok: false, reason: `context "${context}" (${server}) is not reachable: ${classifyK8sError(err).message}` };
  } finally {
    clearTimeout(timer);
  }
}
