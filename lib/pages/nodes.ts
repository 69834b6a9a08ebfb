import 'server-only';
import type { NodeDetailModel, NodeListModel, NodePageModel, NodesPageModel } from '@/lib/contract';
import { readModelSnapshot } from '@/lib/k8s/query';
import { errorView } from '@/lib/views/error-view';

/**
 * The Nodes list, first paint.
 * @example await getNodesPage('kind-kind') → { context: 'kind-kind', initial: { rows: [...] }, error: null }
 */
export async function getNodesPage(context: string): Promise<NodesPageModel> {
  const snap = await readModelSnapshot<NodeListModel>({ view: 'nodes', context });
  return { context, initial: snap.ok ? snap.model : null, error: snap.ok ? null : errorView(snap.error) };
}

/**
 * One node's detail page, first paint.
 * @example await getNodePage('kind-kind', 'kind-control-plane')
 */
export async function getNodePage(context: string, name: string): Promise<NodePageModel> {
  const snap = await readModelSnapshot<NodeDetailModel>({ view: 'node', context, name });
  return { context, name, initial: snap.ok ? snap.model : null, error: snap.ok ? null : errorView(snap.error) };
}
