import 'server-only';
import type { ErrorInfoView } from '@/components/chrome/error-panel';
import type { NamespaceRow } from '@/lib/views/namespace-row';
import type { NodeDetailModel, NodeListModel } from '@/lib/views/node-views';
import type { ServiceDetailModel, ServiceListModel } from '@/lib/views/service-views';
import { errorView } from './pages';
import { readListSnapshot, readModelSnapshot } from './query';

const FIRST_PAINT_MS = 3000;

export interface ServicesPageModel {
  context: string;
  namespace: string;
  namespaces: string[];
  initial: ServiceListModel | null;
  error: ErrorInfoView | null;
}

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

export interface ServicePageModel {
  context: string;
  namespace: string;
  name: string;
  initial: ServiceDetailModel | null;
  error: ErrorInfoView | null;
}

/** One Service's detail page, first paint. */
export async function getServicePage(context: string, namespace: string, name: string): Promise<ServicePageModel> {
  const snap = await readModelSnapshot<ServiceDetailModel>({ view: 'service', context, namespace, name }, FIRST_PAINT_MS);
  return { context, namespace, name, initial: snap.ok ? snap.model : null, error: snap.ok ? null : errorView(snap.error) };
}

export interface NodesPageModel {
  context: string;
  initial: NodeListModel | null;
  error: ErrorInfoView | null;
}

/** The Nodes list, first paint. */
export async function getNodesPage(context: string): Promise<NodesPageModel> {
  const snap = await readModelSnapshot<NodeListModel>({ view: 'nodes', context }, FIRST_PAINT_MS);
  return { context, initial: snap.ok ? snap.model : null, error: snap.ok ? null : errorView(snap.error) };
}

export interface NodePageModel {
  context: string;
  name: string;
  initial: NodeDetailModel | null;
  error: ErrorInfoView | null;
}

/** One node's detail page, first paint. */
export async function getNodePage(context: string, name: string): Promise<NodePageModel> {
  const snap = await readModelSnapshot<NodeDetailModel>({ view: 'node', context, name }, FIRST_PAINT_MS);
  return { context, name, initial: snap.ok ? snap.model : null, error: snap.ok ? null : errorView(snap.error) };
}
