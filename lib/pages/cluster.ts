import 'server-only';
import type { V1Lease, V1Node, V1Pod } from '@kubernetes/client-node';
import type { ClusterOverviewModel, ClusterPageModel } from '@/lib/contract';
import { readClusterProbes } from '@/lib/k8s/cluster-info';
import { readRawSnapshot } from '@/lib/k8s/query';
import { buildModel, resolveSubscription } from '@/lib/k8s/subscriptions';
import type { KubeObject } from '@/lib/k8s/watch-cache';
import { errorView } from '@/lib/views/error-view';
import { readNamespaceNames } from './namespaces';

/**
 * The overview's first paint: the same model the live stream pushes, built
 * from the shared caches (nodes, pods, kube-system leases) and one probe of
 * /version and /readyz?verbose, through the view's own builder. A model
 * that fails to build is the page's error, like a failing cache.
 * @example await getClusterPage('kube-explain-sandbox') → { context, overview: { cluster, podStatusCounts, … }, namespaces: [...], error: null }
 */
export async function getClusterPage(context: string): Promise<ClusterPageModel> {
  const [nodes, pods, leases, namespaces, probes] = await Promise.all([
    readRawSnapshot<V1Node & KubeObject>({ context, resource: 'nodes' }),
    readRawSnapshot<V1Pod & KubeObject>({ context, resource: 'pods' }),
    readRawSnapshot<V1Lease & KubeObject>({ context, resource: 'leases', namespace: 'kube-system' }),
    readNamespaceNames(context, []),
    readClusterProbes(context).catch(() => ({ version: null, readyz: null })),
  ]);
  if (!pods.ok) return { context, overview: null, namespaces, error: errorView(pods.error) };
  // A partial first paint would call missing nodes "absent": leave it to the live model, which carries the failing cache's state.
  if (!nodes.ok || !leases.ok || !pods.synced || !nodes.synced) return { context, overview: null, namespaces, error: null };
  const def = resolveSubscription({ view: 'cluster', context });
  if (def.kind !== 'model') throw new Error('the cluster view is a model view');
  const built = buildModel(def, { nodes: nodes.items, pods: pods.items, leases: leases.items }, new Date(), probes);
  if (!built.ok) return { context, overview: null, namespaces, error: errorView(built.error) };
  return { context, overview: built.model as ClusterOverviewModel, namespaces, error: null };
}
