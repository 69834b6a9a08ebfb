import 'server-only';
import type { ServiceDetailModel, ServiceListModel, ServicePageModel, ServicesPageModel } from '@/lib/contract';
import { readModelSnapshot } from '@/lib/k8s/query';
import { errorView } from '@/lib/views/error-view';
import { readNamespaceNames } from './namespaces';

/**
 * The Services list's first paint and the namespaces for its selector.
 * @example await getServicesPage('kind-kind', '') → { context: 'kind-kind', namespace: '', namespaces: [...], initial: { rows: [...] }, error: null }
 */
export async function getServicesPage(context: string, namespace: string): Promise<ServicesPageModel> {
  const [snap, namespaces] = await Promise.all([
    readModelSnapshot<ServiceListModel>({ view: 'services', context, namespace: namespace || undefined }),
    readNamespaceNames(context, namespace ? [namespace] : []),
  ]);
  return { context, namespace, namespaces, initial: snap.ok ? snap.model : null, error: snap.ok ? null : errorView(snap.error) };
}

/**
 * One Service's detail page, first paint.
 * @example await getServicePage('kind-kind', 'explain-demo', 'web')
 */
export async function getServicePage(context: string, namespace: string, name: string): Promise<ServicePageModel> {
  const snap = await readModelSnapshot<ServiceDetailModel>({ view: 'service', context, namespace, name });
  return { context, namespace, name, initial: snap.ok ? snap.model : null, error: snap.ok ? null : errorView(snap.error) };
}
