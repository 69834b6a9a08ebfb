import 'server-only';
import { getKubeconfigs } from './kubeconfig';
import { requestText } from './sources';
import type { ClusterProbes } from '../views/cluster-overview';

/**
 * Reads the apiserver's /version and /readyz?verbose for a context. These
 * are not watchable, so the cluster view polls them. Failures become nulls
 * (the overview then shows the component as unknown) rather than errors.
 * @example await readClusterProbes('kind-kind') // { version: { gitVersion: 'v1.36.3', … }, readyz: '[+]ping ok…' }
 */
export async function readClusterProbes(context?: string): Promise<ClusterProbes> {
  const kc = getKubeconfigs().forContext(context);
  const [version, readyz] = await Promise.allSettled([requestText(kc, '/version', 5000), requestText(kc, '/readyz?verbose', 5000)]);
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
