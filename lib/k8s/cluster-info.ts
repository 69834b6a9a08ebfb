import 'server-only';
import { getKubeconfigs } from './kubeconfig';
import { requestText } from './sources';
import type { ClusterProbes } from '../views/cluster-overview';

/**
 * How long /readyz may take. With etcd down the apiserver answers only after
 * its etcd checks time out (2 s each by default, --etcd-healthcheck-timeout
 * and --etcd-readycheck-timeout): about 4 s on the sandbox (fault test
 * etcd-stopped, 4.0 s). A 5 s limit left one second on a busy machine
 * before the view would say "unknown" exactly when etcd is failing.
 */
const READYZ_TIMEOUT_MS = 10_000;

/**
 * Reads the apiserver's /version and /readyz?verbose for a context. These
 * are not watchable, so the cluster view polls them. Failures become nulls
 * (the overview then shows the component as unknown) rather than errors.
 * @example await readClusterProbes('kind-kind') // { version: { gitVersion: 'v1.36.3', … }, readyz: '[+]ping ok…' }
 */
export async function readClusterProbes(context?: string): Promise<ClusterProbes> {
  const kc = getKubeconfigs().forContext(context);
  const [version, readyz] = await Promise.allSettled([requestText(kc, '/version', 5000), requestText(kc, '/readyz?verbose', READYZ_TIMEOUT_MS)]);
  let v: ClusterProbes['version'] = null;
  if (version.status === 'fulfilled' && version.value.status === 200) {
    try {
      v = JSON.parse(version.value.text) as ClusterProbes['version'];
    } catch {
      v = null;
    }
  }
  // /readyz answers 500 when a check fails; its body still lists the checks.
  const r = readyz.status === 'fulfilled' && (readyz.value.status === 200 || readyz.value.status === 500) ? readyz.value.text : null;
  return { version: v, readyz: r };
}
