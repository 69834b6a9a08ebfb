import 'server-only';
import type { V1Lease, V1Namespace, V1Node, V1Pod } from '@kubernetes/client-node';
import { classifyK8sError, type K8sErrorInfo } from './kubeconfig';
import { subscribeResource, type LiveKey } from './live';
import { readClusterProbes } from './cluster-info';
import type { ErrorCause, KubeObject } from './watch-cache';
import { errorView } from './pages';
import { buildClusterOverview, type ClusterOverviewModel } from '@/lib/views/cluster-overview';
import type { ErrorInfoView } from '@/components/chrome/error-panel';

/** The cache classified the error where it had the error object; the message alone is the fallback. */
function failure(s: { message: string; cause?: ErrorCause }): K8sErrorInfo {
  if (s.cause && s.cause.kind !== 'unknown') return { kind: s.cause.kind as K8sErrorInfo['kind'], message: s.message, fix: s.cause.fix };
  return classifyK8sError(new Error(s.message));
}

export type RawSnapshot<T> = { ok: true; items: T[]; synced: boolean } | { ok: false; error: K8sErrorInfo | { kind: 'forbidden'; verb: string; resource: string; message: string } };

/**
 * Raw objects of one shared cache for a first paint on the server (model
 * views build from raw objects; list views project). Waits for the cache's
 * first complete list — a cold cache first hands out an empty "syncing"
 * snapshot — and gives up after `timeoutMs` with whatever it has.
 * @example await readRawSnapshot<V1Node>({ resource: 'nodes' }, 3000) → { ok: true, items: [...], synced: true }
 */
export function readRawSnapshot<T extends KubeObject>(key: LiveKey, timeoutMs: number): Promise<RawSnapshot<T>> {
  return new Promise((resolve) => {
    let off: () => void = () => {};
    let done = false;
    let latest: T[] = [];
    let retrying: { message: string; cause?: ErrorCause } | null = null;
    const finish = (r: RawSnapshot<T>) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      queueMicrotask(() => off());
      resolve(r);
    };
    // Still retrying when time is up: the cluster is out of reach, which the page explains.
    const timer = setTimeout(() => finish(retrying === null ? { ok: true, items: latest, synced: false } : { ok: false, error: failure(retrying) }), timeoutMs);
    try {
      off = subscribeResource<T>(key, (e) => {
        if (e.type === 'snapshot') {
          latest = e.items;
          if (e.state.phase === 'synced') finish({ ok: true, items: e.items, synced: true });
        }
        const s = e.type === 'snapshot' || e.type === 'state' ? e.state : null;
        if (s) retrying = s.phase === 'reconnecting' ? s : null;
        if (s?.phase === 'forbidden') finish({ ok: false, error: { kind: 'forbidden', verb: s.verb, resource: s.resource, message: `cannot ${s.verb} ${s.resource}` } });
        else if (s?.phase === 'error') finish({ ok: false, error: failure(s) });
      });
    } catch (err) {
      finish({ ok: false, error: classifyK8sError(err) });
    }
  });
}

export interface ClusterPageModel {
  context: string;
  /** null when nothing could be read yet; the live model follows within a moment. */
  overview: ClusterOverviewModel | null;
  /** Every namespace, also the ones without pods (the live model only knows namespaces that have pods). */
  namespaces: string[];
  error: ErrorInfoView | null;
}

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
