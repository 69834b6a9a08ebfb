import type { ServiceExplanation } from '../explain/service';
import type { PodEndpointReason } from '../explain/service-endpoints';
import type { LabelMatch } from '../explain/selector';

/** ready: a ready endpoint; not-ready: listed in a slice but gets no traffic; excluded: not an endpoint at all. */
export type EndpointVerdict = 'ready' | 'not-ready' | 'excluded';

export interface SelectorTableRow {
  namespace: string;
  name: string;
  sameNamespace: boolean;
  /** One cell per selector key, in the header's order. */
  cells: LabelMatch[];
  verdict: EndpointVerdict;
  /** Why it is not a ready endpoint, in the order the controller checks (empty for ready). */
  reasons: PodEndpointReason[];
  /** False while the EndpointSlice still shows something else than the controller's rules give (it lags briefly). */
  sliceAgrees: boolean;
}

export interface SelectorTable {
  keys: { key: string; wanted: string }[];
  rows: SelectorTableRow[];
}

/**
 * The label-selector match table: every pod sharing at least one selector
 * label, with per-label results and why it is or is not an endpoint.
 * @example selectorTable(readinessDemo).rows[0]
 *   // { name: 'readiness-fail', cells: [{ key: 'app', state: 'match', ... }], verdict: 'not-ready', reasons: ['not-ready'], sliceAgrees: true, ... }
 */
export function selectorTable(x: ServiceExplanation): SelectorTable {
  const keys = Object.keys(x.selector ?? {})
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((key) => ({ key, wanted: x.selector?.[key] ?? '' }));
  const rows = x.pods.map((p): SelectorTableRow => {
    const verdict: EndpointVerdict = !p.expected.listed ? 'excluded' : p.expected.conditions?.ready ? 'ready' : 'not-ready';
    const observedReady = p.observed?.ready ?? null;
    const sliceAgrees = p.expected.listed ? observedReady === (p.expected.conditions?.ready ?? false) : p.observed === null;
    return {
      namespace: p.namespace,
      name: p.name,
      sameNamespace: p.sameNamespace,
      cells: p.labels,
      verdict,
      reasons: verdict === 'ready' ? [] : p.expected.reasons,
      sliceAgrees,
    };
  });
  return { keys, rows };
}
