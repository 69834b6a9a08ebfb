import 'server-only';
import { getKubeconfigs } from '@/lib/k8s/kubeconfig';
import { subscribeResource } from '@/lib/k8s/live';
import type { ResourceName } from '@/lib/k8s/resources';
import { historyConfig, RECORDED_RESOURCES } from './runtime';

const GLOBAL_KEY = '__kubeExplainHistoryBackground';

/**
 * Records the current context while the server runs, not only while a view
 * is open: holds a cluster-wide cache of every recorded resource (pods,
 * events, nodes, Services, EndpointSlices, the workload kinds). Caches the
 * server may not list stay forbidden and record nothing. Once per process;
 * a no-op with history off or no usable kubeconfig. Never throws.
 * @example startBackgroundRecording(); // from instrumentation or the first history request
 */
export function startBackgroundRecording(context?: string): void {
  const g = globalThis as typeof globalThis & { [GLOBAL_KEY]?: Set<string> };
  g[GLOBAL_KEY] ??= new Set();
  try {
    if (!historyConfig().on) return;
    const ctx = context ?? getKubeconfigs().currentContext ?? '';
    if (!ctx || g[GLOBAL_KEY].has(ctx)) return;
    g[GLOBAL_KEY].add(ctx);
    for (const resource of Object.keys(RECORDED_RESOURCES) as ResourceName[]) {
      // The listener is the recorder's own (attached when the cache is created); this one only holds the cache open.
      subscribeResource({ context: ctx, resource }, () => undefined);
    }
  } catch (err) {
    console.error('history: background recording did not start', err);
  }
}
