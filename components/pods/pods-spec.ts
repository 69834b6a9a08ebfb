import type { PodsPageModel } from '@/lib/contract';
import { parseOwnerFilter } from '@/lib/views/pod-filter';

/**
 * The one live view the Pods page subscribes to: a workload's pods
 * (`owned-pods`, resolved on the server) when `?owner=` names one, else the
 * namespace's (or every) pods. Shared by the page's client view and the
 * server's early stream (early-stream.ts), which must ask for the same view.
 * @example podsLiveSpec({ context: 'kind-kind', namespace: '', owner: '' }) // { view: 'pods', context: 'kind-kind', namespace: '' }
 * @example podsLiveSpec({ context: 'kind-kind', namespace: 'default', owner: 'Deployment/web' }).view // 'owned-pods'
 */
export function podsLiveSpec(model: Pick<PodsPageModel, 'context' | 'namespace' | 'owner'>): Record<string, string> {
  return parseOwnerFilter(model.owner)
    ? { view: 'owned-pods', context: model.context, namespace: model.namespace, owner: model.owner }
    : { view: 'pods', context: model.context, namespace: model.namespace };
}
