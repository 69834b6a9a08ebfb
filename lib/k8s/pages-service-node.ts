import 'server-only';
import type { NamespaceRow, NodeDetailModel, NodeListModel, NodePageModel, NodesPageModel, ServiceDetailModel, ServiceListModel, ServicePageModel, ServicesPageModel } from '@/lib/contract';
import { errorView } from '@/lib/views/error-view';
import { readListSnapshot, readModelSnapshot } from './query';

const FIRST_PAINT_MS = 3000;

/** The Services list's first paint and the namespaces for its selector. */
export async function getServicesPage(context: string, namespace: string): Promise<ServicesPageModel> {
  const [snap, nss] = await Promise.all([
    readModelSnapshot<ServiceListModel>({ view: 'services', context, namespace: namespace || undefined }, FIRST_PAINT_MS),
    readListSnapshot<NamespaceRow>({ view: 'namespaces', context }, FIRST_PAINT_MS),
  ]);
  return {
    context,
    namespace,
    namespaces: nss.ok ? nss.items.map((n) => n.name).sort() : namespace ? [namespace] : [],
    initial: snap.ok ? snap.model : null,
    error: snap.ok ? null : errorView(snap.error),
  };
}

/** One Service's detail page, first paint. */
export async function getServicePage(context: string, namespace: string, name: string): Promise<ServicePageModel> {
  const snap = await readModelSnapshot<ServiceDetailModel>({ view: 'service', context, namespace, name }, FIRST_PAINT_MS);
  return { context, namespace, name, initial: snap.ok ? snap.model : null, error: snap.ok ? null : errorView(snap.error) };
}

/** The Nodes list, first paint. */
export async function getNodesPage(context: string): Promise<NodesPageModel> {
  const snap = await readModelSnapshot<NodeListModel>({ view: 'nodes', context }, FIRST_PAINT_MS);
  return { context, initial: snap.ok ? snap.model : null, error: snap.ok ? null : errorView(snap.error) };
}

/** One node's detail page, first paint. */
export async function getNodePage(context: string, name: string): Promise<NodePageModel> {
  const snap = await readModelSnapshot<NodeDetailModel>({ view: 'node', context, name }, FIRST_PAINT_MS);
  return { context, name, initial: snap.ok ? snap.model : null, error: snap.ok ? null : errorView(snap.error) };
}
