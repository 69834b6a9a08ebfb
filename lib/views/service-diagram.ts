import type { ServiceExplanation } from '../explain/service';

/** How an endpoint takes traffic: ready gets new connections; terminating may finish old ones; not-ready gets none. */
export type EndpointState = 'ready' | 'terminating' | 'not-ready';

export interface DiagramEndpoint {
  key: string;
  addresses: string[];
  /** The pod behind the endpoint (for the link), null when the slice names none. */
  pod: { namespace: string; name: string } | null;
  nodeName: string | null;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  state: EndpointState;
  /** Conditions the slice left unset (the API reads them as ready/serving true, terminating false). */
  unknownConditions: string[];
}

export interface DiagramSlice {
  name: string;
  addressType: string;
  /** Who writes the slice: the EndpointSlice controller, or someone else for selector-less Services. */
  managedBy: string | null;
  /** The slice's ports as `name port/protocol`, e.g. `http 8080/TCP`. */
  ports: string[];
  endpoints: DiagramEndpoint[];
}

export interface ServiceDiagram {
  slices: DiagramSlice[];
  counts: { ready: number; terminating: number; notReady: number };
}

/**
 * Service → EndpointSlices → endpoints (pods), in slice order, for the diagram.
 * @example serviceDiagram(readinessDemo).slices[0].endpoints[0]
 *   // { pod: { namespace: 'explain-demo', name: 'readiness-fail' }, ready: false, serving: false, state: 'not-ready', ... }
 */
export function serviceDiagram(x: ServiceExplanation): ServiceDiagram {
  const slices = x.endpointSlices.map((s): DiagramSlice => {
    const endpoints = x.endpoints
      .filter((e) => e.slice === s.name)
      .map((e): DiagramEndpoint => ({
        key: `${e.slice}/${e.index}`,
        addresses: e.addresses,
        pod: e.targetRef?.kind === 'Pod' ? { namespace: e.targetRef.namespace ?? x.namespace, name: e.targetRef.name } : null,
        nodeName: e.nodeName,
        ready: e.ready,
        serving: e.serving,
        terminating: e.terminating,
        state: e.terminating ? 'terminating' : e.ready ? 'ready' : 'not-ready',
        unknownConditions: e.unknownConditions,
      }));
    return {
      name: s.name,
      addressType: s.addressType,
      managedBy: s.managedBy,
      ports: s.ports.map((p) => `${p.name ? `${p.name} ` : ''}${p.port ?? '*'}/${p.protocol}`),
      endpoints,
    };
  });
  const all = slices.flatMap((s) => s.endpoints);
  return {
    slices,
    counts: {
      ready: all.filter((e) => e.state === 'ready').length,
      terminating: all.filter((e) => e.state === 'terminating').length,
      notReady: all.filter((e) => e.state === 'not-ready').length,
    },
  };
}
