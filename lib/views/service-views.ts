import type { V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import type { DiagnosisId } from '../concepts/ids';
import { namespacedName, objectKey } from '../explain/object-key';
import { toIso } from '../explain/timestamps';
import { explainService, type ServiceExplanation } from '../explain/service';
import { serviceColumns, serviceType, type ServiceColumns } from '../explain/service-columns';
import { readEndpointSlices } from '../explain/service-endpoints';
import { matchSelector, type LabelMatch } from '../explain/selector';
import { resolvePaths } from './evidence';
import { endpointSlicesByService, groupBy, labelIndex, sharesAnyLabel, type LabelIndex } from './indexes';

/** Services of one namespace explained by scanning its pods before its label index is built. */
const SCANS_BEFORE_INDEX = 2;

export interface ServiceInputs {
  services: V1Service[];
  endpointslices: V1EndpointSlice[];
  pods: V1Pod[];
}

export type ServiceListDiagnosis = Extract<DiagnosisId, 'service-no-endpoints' | 'service-no-ready-endpoints'>;

export interface ServiceListRow {
  uid: string;
  name: string;
  namespace: string;
  /** The client re-ages AGE from this, so the column ticks between model pushes. */
  createdAt: string | null;
  columns: ServiceColumns;
  endpoints: { ready: number; total: number };
  /** The Service-level diagnosis shown as a badge in the list, if any. */
  diagnosis: ServiceListDiagnosis | null;
}

export interface ServiceListModel {
  rows: ServiceListRow[];
}

/**
 * The Services list: kubectl's columns, endpoint counts from EndpointSlices,
 * and the no-endpoints / no-ready-endpoints diagnosis. The full explanation
 * runs only for Services without a ready endpoint, so a big cluster's list
 * stays cheap to rebuild.
 * @example buildServiceList(inputs, now).rows.map((r) => [r.name, r.diagnosis]) // [['no-endpoints', 'service-no-endpoints'], ['web', null]]
 */
export function buildServiceList(inputs: ServiceInputs, now: Date): ServiceListModel {
  const podsByNamespace = groupBy(inputs.pods, (p) => p.metadata?.namespace ?? '');
  const slicesOf = endpointSlicesByService(inputs.endpointslices);
  // The pods sharing a selector label: a scan for a namespace's first few Services that need a
  // diagnosis, then a label index for that namespace, so a namespace with thousands of them is not
  // scanned once per Service.
  const labelsByNamespace = new Map<string, LabelIndex<V1Pod>>();
  const diagnosed = new Map<string, number>();
  const sharingAny = (namespace: string, selector: Record<string, string> | undefined): V1Pod[] => {
    const pods = podsByNamespace.get(namespace) ?? [];
    const seen = (diagnosed.get(namespace) ?? 0) + 1;
    diagnosed.set(namespace, seen);
    if (seen <= SCANS_BEFORE_INDEX) return pods.filter((p) => sharesAnyLabel(selector, p.metadata?.labels));
    let index = labelsByNamespace.get(namespace);
    if (!index) labelsByNamespace.set(namespace, (index = labelIndex(pods)));
    return index.sharingAny(selector);
  };
  const rows = inputs.services
    .map((svc): ServiceListRow => {
      const namespace = svc.metadata?.namespace ?? '';
      const slices = slicesOf(svc);
      const { endpoints } = readEndpointSlices(svc, slices);
      const ready = endpoints.filter((e) => e.ready).length;
      let diagnosis: ServiceListDiagnosis | null = null;
      if (ready === 0 && serviceType(svc) !== 'ExternalName') {
        // The diagnosis rests on the pods that share a selector label (the match table's rows) and the
        // Service's own slices, so the explanation is given just those, not its whole namespace.
        const pods = sharingAny(namespace, svc.spec?.selector);
        const found = explainService(svc, { pods, endpointSlices: slices, now }).diagnoses[0]?.id;
        if (found === 'service-no-endpoints' || found === 'service-no-ready-endpoints') diagnosis = found;
      }
      return {
        uid: objectKey(svc),
        name: svc.metadata?.name ?? '',
        namespace,
        createdAt: toIso(svc.metadata?.creationTimestamp),
        columns: serviceColumns(svc, now),
        endpoints: { ready, total: endpoints.length },
        diagnosis,
      };
    })
    .sort((a, b) => compare(a.namespace, b.namespace) || compare(a.name, b.name));
  return { rows };
}

export interface NearMiss {
  namespace: string;
  name: string;
  labels: LabelMatch[];
}

export type ServiceDetailModel =
  | { found: false; namespace: string; name: string }
  | {
      found: true;
      explanation: ServiceExplanation;
      /**
       * When the selector picks no pod: pods of the namespace that carry a
       * selector key with another value (likely typos), which the match table leaves out.
       */
      nearMisses: NearMiss[];
      /** Each diagnosis evidence path with its live value, resolved here because raw objects never reach the browser. */
      evidence: Record<string, string>;
    };

/**
 * The Service detail page: the explanation of one Service against its
 * namespace's pods and slices, plus the live values behind its evidence paths.
 * @example buildServiceDetail(inputs, now, { namespace: 'explain-demo', name: 'web' }).found // true
 */
export function buildServiceDetail(inputs: ServiceInputs, now: Date, id: { namespace: string; name: string }): ServiceDetailModel {
  const svc = inputs.services.find((s) => s.metadata?.name === id.name && s.metadata?.namespace === id.namespace);
  if (!svc) return { found: false, ...id };
  const explanation = explainService(svc, { pods: inputs.pods, endpointSlices: inputs.endpointslices, now });
  const paths = explanation.diagnoses.flatMap((d) => d.evidence);
  return { found: true, explanation, nearMisses: explanation.podCounts.selected === 0 ? nearMisses(svc, inputs.pods) : [], evidence: serviceEvidenceValues(svc, inputs, paths) };
}

const NEAR_MISS_LIMIT = 20;

/**
 * Pods of the Service's namespace that share no selector label exactly but
 * carry one of its keys: `app=web` next to a selector `app=web-frontend`.
 * The likeliest typo comes first: pods are ranked by how few characters
 * separate their values from the selector's (edit distance, summed over the
 * differing labels), then by how long a start they share with it, then by
 * name, so a busy namespace cannot push the real culprit past the limit.
 * @example nearMisses(noEndpoints, pods).map((p) => p.labels[0].actual) // ['web', 'web', 'web', 'oom-killed', …]
 */
export function nearMisses(svc: V1Service, pods: V1Pod[]): NearMiss[] {
  const selector = svc.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return [];
  const namespace = svc.metadata?.namespace ?? '';
  return pods
    .filter((p) => (p.metadata?.namespace ?? '') === namespace)
    .map((p) => ({ pod: p, match: matchSelector(selector, p.metadata?.labels) }))
    .filter(({ match }) => !match.sharesAny && match.labels.some((l) => l.state === 'different'))
    .map(({ pod, match }) => ({
      miss: { namespace, name: pod.metadata?.name ?? '', labels: match.labels },
      distance: match.labels.reduce((sum, l) => sum + (l.state === 'different' ? editDistance(l.wanted, l.actual ?? '') : 0), 0),
      prefix: match.labels.reduce((sum, l) => sum + (l.state === 'different' ? commonPrefix(l.wanted, l.actual ?? '') : 0), 0),
    }))
    .sort((a, b) => a.distance - b.distance || b.prefix - a.prefix || compare(a.miss.name, b.miss.name))
    .slice(0, NEAR_MISS_LIMIT)
    .map(({ miss }) => miss);
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Levenshtein distance: the fewest single-character inserts, deletes and
 * substitutions that turn one string into the other.
 * @example editDistance('web', 'web-frontend') // 9
 */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Resolves evidence paths as lib/explain/service writes them: plain paths on
 * the Service, `pod[ns/name].…` on a pod and `endpointSlice[name].…` on a slice.
 * @example serviceEvidenceValues(web, inputs, ['spec.selector']) // { 'spec.selector': '{"app":"web"}' }
 */
export function serviceEvidenceValues(svc: V1Service, inputs: Pick<ServiceInputs, 'pods' | 'endpointslices'>, paths: string[]): Record<string, string> {
  // Only the pods the paths name go into the root (a big namespace's every pod would be copied into it on each build).
  const named = podsNamedBy(paths);
  const root = {
    ...svc,
    pod: Object.fromEntries((named ? inputs.pods.filter((p) => named.has(namespacedName(p.metadata))) : inputs.pods).map((p) => [namespacedName(p.metadata), p])),
    endpointSlice: Object.fromEntries(inputs.endpointslices.filter((s) => s.metadata?.namespace === svc.metadata?.namespace).map((s) => [s.metadata?.name ?? '', s])),
  };
  return resolvePaths(root, paths);
}

/**
 * The `namespace/name` keys of the pods that evidence paths read (`pod[ns/name].…`, tokenized as
 * readPath does), or null when a path reads `pod` some other way and every pod must be there.
 */
function podsNamedBy(paths: readonly string[]): Set<string> | null {
  const keys = new Set<string>();
  for (const path of paths) {
    const [first, second] = path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? [];
    if (first !== 'pod') continue;
    if (!second?.startsWith('[')) return null;
    keys.add(second.slice(1, -1).replace(/^['"]|['"]$/g, ''));
  }
  return keys;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
