import 'server-only';
import { authMode } from '@/lib/auth/runtime';
import { accessCache, sessionOf } from '@/lib/auth/request';
import { getKubeconfigs } from '@/lib/k8s/kubeconfig';
import type { HistoryKind } from '@/lib/contract/history';

const RESOURCE: Record<HistoryKind | 'Event', { group: string; resource: string }> = {
  Pod: { group: '', resource: 'pods' },
  Event: { group: '', resource: 'events' },
  Node: { group: '', resource: 'nodes' },
  Service: { group: '', resource: 'services' },
  EndpointSlice: { group: 'discovery.k8s.io', resource: 'endpointslices' },
  Deployment: { group: 'apps', resource: 'deployments' },
  ReplicaSet: { group: 'apps', resource: 'replicasets' },
  StatefulSet: { group: 'apps', resource: 'statefulsets' },
  DaemonSet: { group: 'apps', resource: 'daemonsets' },
  Job: { group: 'batch', resource: 'jobs' },
  CronJob: { group: 'batch', resource: 'cronjobs' },
};

/**
 * Whether the request's person may read this history: in AUTH=none always;
 * otherwise a signed-in person who may `list` the kind in that namespace
 * (cluster-wide for nodes) in the context they signed in to. History never
 * shows more than the live views would.
 * @example await historyAllowed(request.headers, { context: 'sandbox', namespace: 'shop', kind: 'Pod' }) // true
 */
export async function historyAllowed(headers: { get(name: string): string | null }, target: { context: string; namespace: string | null; kind: HistoryKind | 'Event' }): Promise<boolean> {
  if (authMode() === 'none') return true;
  const session = await sessionOf(headers);
  if (!session) return false;
  const context = session.context || (getKubeconfigs().currentContext ?? '');
  if (target.context !== context) return false;
  const r = RESOURCE[target.kind];
  return (await accessCache()).can(session.principal, { context, verb: 'list', resource: r.resource, group: r.group, ...(target.namespace ? { namespace: target.namespace } : {}) });
}
