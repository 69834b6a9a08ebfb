import 'server-only';
import type { ClusterPageModel } from '@/lib/contract';
import type { V1Lease, V1Namespace, V1Node, V1Pod } from '@kubernetes/client-node';
import { readRawSnapshot } from './query';
import { readClusterProbes } from './cluster-info';
import type { KubeObject } from './watch-cache';
import { errorView } from '@/lib/views/error-view';
import { buildClusterOverview } from '@/lib/views/cluster-overview';

/**
 * The overview's first paint: the same model the live stream pushes, built
 * from the shared caches (nodes, pods, kube-system leases) and one probe of
 * /version and /readyz?verbose.
 * @example await getClusterPage('kube-explain-sandbox') → { context, overview: { cluster, podStatusCounts, … }, error: null }
 */
export async function getClusterPage(context: string): Promise<ClusterPageModel> {
  const [nodes, pods, leases, nss, probes] = await Promise.all([
    readRawSnapshot<V1Node & KubeObject>({ context, resource: 'nodes' }, 3000),
    readRawSnapshot<V1Pod & KubeObject>({ context, resource: 'pods' }, 3000),
    readRawSnapshot<V1Lease & KubeObject>({ context, resource: 'leases', namespace: 'kube-system' }, 3000),
    readRawSnapshot<V1Namespace & KubeObject>({ context, resource: 'namespaces' }, 3000),
    readClusterProbes(context).catch(() => ({ version: null, readyz: null })),
  ]);
  const namespaces = nss.ok ? nss.items.map((n) => n.metadata?.name ?? '').sort() : [];
  if (!pods.ok) return { context, overview: null, namespaces, error: errorView(pods.error) };
  // A partial first paint would call missing nodes "absent": leave it to the live model, which carries the failing cache's state.
  if (!nodes.ok || !leases.ok || !pods.synced || !nodes.synced) return { context, overview: null, namespaces, error: null };
  return { context, overview: buildClusterOverview({ nodes: nodes.items, pods: pods.items, leases: leases.items }, probes, new Date()), namespaces, error: null };
}
