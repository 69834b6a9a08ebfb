import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import { explainService, type ServiceExplanation } from '../explain/service';
import { serviceColumns, type ServiceColumns } from '../explain/service-columns';
import { slicesOfService } from '../explain/service-endpoints';

export interface ServiceInputs {
  services: V1Service[];
  endpointslices: V1EndpointSlice[];
  pods: V1Pod[];
}

export interface ServiceListRow {
  uid: string;
  name: string;
  namespace: string;
  columns: ServiceColumns;
  endpoints: { ready: number; total: number };
}

/**
 * The Services list: kubectl's columns plus endpoint counts from EndpointSlices.
 * @example buildServiceList(inputs, now).rows[0].columns.type === 'ClusterIP'
 */
export function buildServiceList(inputs: ServiceInputs, now: Date): { rows: ServiceListRow[] } {
  const rows = inputs.services
    .map((svc): ServiceListRow => {
      const eps = slicesOfService(svc, inputs.endpointslices).flatMap((s) => s.endpoints ?? []);
      return {
        uid: svc.metadata?.uid ?? `${svc.metadata?.namespace}/${svc.metadata?.name}`,
        name: svc.metadata?.name ?? '',
        namespace: svc.metadata?.namespace ?? '',
        columns: serviceColumns(svc, now),
        endpoints: { ready: eps.filter((e) => e.conditions?.ready !== false).length, total: eps.length },
      };
    })
    .sort((a, b) => a.namespace.localeCompare(b.namespace) || a.name.localeCompare(b.name));
  return { rows };
}

export type ServiceDetailModel = { found: false; namespace: string; name: string } | { found: true; explanation: ServiceExplanation };

/** The Service detail page: the explanation of one Service against its namespace's pods and slices. */
export function buildServiceDetail(inputs: ServiceInputs, now: Date, id: { namespace: string; name: string }): ServiceDetailModel {
  const svc = inputs.services.find((s) => s.metadata?.name === id.name && s.metadata?.namespace === id.namespace);
  if (!svc) return { found: false, ...id };
  return { found: true, explanation: explainService(svc, { pods: inputs.pods, endpointSlices: inputs.endpointslices, now }) };
}
