/**
 * The relations around one object, one or two hops out, each edge carrying
 * the evidence that makes it true: an ownerReference, a selector checked label
 * by label, EndpointSlice membership with its conditions, spec.nodeName with
 * the scheduler's event, volume → claim → volume → StorageClass, and
 * env/envFrom/volume/imagePullSecrets → ConfigMap/Secret (with the keys). A
 * link that should hold but does not (a missing object or key, a selector
 * that matches nothing, an unbound claim) is an edge marked broken, naming
 * what is missing. Centred on one object with a cap per node, so it stays
 * readable on a cluster of any size; never a whole-cluster graph.
 */
import type {
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1EndpointSlice,
  V1Job,
  V1LabelSelector,
  V1Node,
  V1ObjectMeta,
  V1PersistentVolume,
  V1PersistentVolumeClaim,
  V1Pod,
  V1ReplicaSet,
  V1Service,
  V1StatefulSet,
  V1StorageClass,
  V1ConfigMap,
} from '@kubernetes/client-node';
import { lastOf, withReason, type PodEvent } from './pod-events';
import { matchSelector } from './selector';
import { readEndpointSlices, SERVICE_NAME_LABEL, slicesOfService } from './service-endpoints';
import { configUsers, podSpecHolders, type PodSpecHolder } from './storage/config-usage';
import { checkedReferences, type CheckedReference, type ReferenceCheck } from './storage/config-refs';
import { explainPersistentVolumeClaim } from './storage/pvc';
import type { RedactedSecret } from './storage/redacted-secret';
import { claimClassName, parsedSelectorMatches, volumeClassName } from './storage/shared';
import { parseLabelSelector, parseNodeSelectorRequirements, requirementMatches, requirementString, selectorString } from './workloads/label-selector';

/** The kinds the graph shows. */
export type RelationKind =
  | 'Pod'
  | 'Service'
  | 'Node'
  | 'Deployment'
  | 'ReplicaSet'
  | 'StatefulSet'
  | 'DaemonSet'
  | 'Job'
  | 'CronJob'
  | 'PersistentVolumeClaim'
  | 'PersistentVolume'
  | 'StorageClass'
  | 'ConfigMap'
  | 'Secret';

/** The URL segment of each kind: a node's id is `<resource>/<namespace>/<name>` or `<resource>/<name>`. */
export const RELATION_RESOURCES: Readonly<Record<RelationKind, string>> = {
  Pod: 'pods',
  Service: 'services',
  Node: 'nodes',
  Deployment: 'deployments',
  ReplicaSet: 'replicasets',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
  Job: 'jobs',
  CronJob: 'cronjobs',
  PersistentVolumeClaim: 'persistentvolumeclaims',
  PersistentVolume: 'persistentvolumes',
  StorageClass: 'storageclasses',
  ConfigMap: 'configmaps',
  Secret: 'secrets',
};

const CLUSTER_SCOPED = new Set<RelationKind>(['Node', 'PersistentVolume', 'StorageClass']);

export interface RelationNode {
  /** `<resource>/<namespace>/<name>` or `<resource>/<name>`; a route under /<context>/ for objects that exist. */
  id: string;
  kind: RelationKind;
  namespace: string | null;
  name: string;
  /** 0 for the centre, else the hop it was reached at. */
  hop: number;
  /**
   * null: the object exists; 'missing': referenced but absent; 'placeholder':
   * stands for "nothing" (no pod matched, no volume bound); 'unloaded': its
   * kind was not given, so whether it exists is unknown (never a broken link).
   */
  ghost: null | 'missing' | 'placeholder' | 'unloaded';
  /** A short state where the kind has one: pod and claim/volume phase, node readiness. */
  status: string | null;
}

/** A path inside one object of the graph that proves (part of) an edge. */
export interface EvidenceRef {
  /** The node id the path belongs to. */
  object: string;
  path: string;
}

/** Why a link that should hold does not. */
export interface BrokenLink {
  reason: 'missing-object' | 'missing-key' | 'matches-nothing' | 'unbound';
  /** What is missing, e.g. 'ConfigMap hi-absent-config', 'key NOPE', 'pods matching app=web', 'no-class-no-default'. */
  what: string;
}

/** One label requirement of a selector, checked against the selected object. */
export interface LabelCheck {
  key: string;
  /** As kubectl prints it: `app=web`, `tier in (be,fe)`. */
  requirement: string;
  actual: string | null;
  matches: boolean;
}

interface EdgeBase {
  id: string;
  from: string;
  to: string;
  evidence: EvidenceRef[];
  broken: BrokenLink | null;
}

export type RelationEdge =
  | (EdgeBase & { kind: 'owner'; detail: { controller: boolean } })
  | (EdgeBase & { kind: 'selects'; detail: { selector: string; labels: LabelCheck[] } })
  | (EdgeBase & { kind: 'endpoint'; detail: { slice: string; index: number; ready: boolean; serving: boolean; terminating: boolean; addresses: string[] } })
  | (EdgeBase & { kind: 'scheduled-on'; detail: { message: string | null } })
  | (EdgeBase & { kind: 'mounts-claim'; detail: { volume: string; readOnly: boolean } })
  | (EdgeBase & { kind: 'claim-template'; detail: { template: string; ordinal: number } })
  | (EdgeBase & { kind: 'bound-to'; detail: { claimPhase: string; volumePhase: string | null } })
  | (EdgeBase & { kind: 'in-class'; detail: { className: string } })
  | (EdgeBase & { kind: 'pinned-to'; detail: { requirements: string[] } })
  | (EdgeBase & { kind: 'uses-config'; detail: { references: ConfigEdgeReference[] } });

/** One reference behind a uses-config edge; `check` is null when the target's kind was not loaded. */
export type ConfigEdgeReference = Omit<CheckedReference, 'kind' | 'name' | 'check'> & { check: ReferenceCheck | null };

export type RelationEdgeKind = RelationEdge['kind'];

export interface RelationGraph {
  center: string;
  nodes: RelationNode[];
  edges: RelationEdge[];
  /** Edges left out at a node because it had more than `maxEdgesPerNode` of one kind. */
  truncated: { node: string; kind: RelationEdgeKind; shown: number; total: number }[];
}

/** Everything the graph may draw from: one namespace's objects plus the cluster-scoped ones. Every list is optional. */
export interface RelationObjects {
  pods?: readonly V1Pod[];
  services?: readonly V1Service[];
  endpointSlices?: readonly V1EndpointSlice[];
  nodes?: readonly V1Node[];
  deployments?: readonly V1Deployment[];
  replicaSets?: readonly V1ReplicaSet[];
  statefulSets?: readonly V1StatefulSet[];
  daemonSets?: readonly V1DaemonSet[];
  jobs?: readonly V1Job[];
  cronJobs?: readonly V1CronJob[];
  persistentVolumeClaims?: readonly V1PersistentVolumeClaim[];
  persistentVolumes?: readonly V1PersistentVolume[];
  storageClasses?: readonly V1StorageClass[];
  configMaps?: readonly V1ConfigMap[];
  secrets?: readonly RedactedSecret[];
  /** Normalised events (normalizeEvents) of the namespace and of cluster-scoped objects. */
  events?: readonly PodEvent[];
}

export interface RelationOptions {
  /** 1 (default) or 2. */
  hops?: 1 | 2;
  /** Per node and edge kind; more are counted in `truncated`. Default 25. */
  maxEdgesPerNode?: number;
  now: Date;
}

type Obj = { metadata?: V1ObjectMeta };

/**
 * The id of an object in the graph (and its route under /<context>/).
 * @example relationId('Pod', 'shop', 'web-1') // 'pods/shop/web-1'; relationId('Node', null, 'n1') // 'nodes/n1'
 */
export function relationId(kind: RelationKind, namespace: string | null | undefined, name: string): string {
  const resource = RELATION_RESOURCES[kind];
  return CLUSTER_SCOPED.has(kind) ? `${resource}/${name}` : `${resource}/${namespace ?? ''}/${name}`;
}

/** Lookups over the given objects. */
class Store {
  constructor(readonly o: RelationObjects) {}

  list(kind: RelationKind): readonly Obj[] {
    return this.lists()[kind] ?? [];
  }

  private lists(): Record<RelationKind, readonly Obj[] | undefined> {
    const o = this.o;
    return {
      Pod: o.pods,
      Service: o.services,
      Node: o.nodes,
      Deployment: o.deployments,
      ReplicaSet: o.replicaSets,
      StatefulSet: o.statefulSets,
      DaemonSet: o.daemonSets,
      Job: o.jobs,
      CronJob: o.cronJobs,
      PersistentVolumeClaim: o.persistentVolumeClaims,
      PersistentVolume: o.persistentVolumes,
      StorageClass: o.storageClasses,
      ConfigMap: o.configMaps,
      Secret: o.secrets,
    };
  }

  /** Whether objects of this kind were given at all. */
  loaded(kind: RelationKind): boolean {
    return this.lists()[kind] !== undefined;
  }

  /** Per kind: namespace (as the objects spell it; one bucket for cluster-scoped kinds) → name → the first such object. Built on a kind's first lookup. */
  private byName = new Map<RelationKind, Map<string | null | undefined, Map<string, Obj>>>();
  /** Events by involved kind, then name; built on the first lookup. */
  private eventsByRef: Map<string | null, Map<string | null, PodEvent[]>> | undefined;
  /** EndpointSlices by their kubernetes.io/service-name label; built on the first lookup. */
  private slicesByService: Map<string | undefined, V1EndpointSlice[]> | undefined;

  /** A Service's slices as slicesOfService picks them from all the slices, looked up by the service-name label. */
  slicesOf(service: V1Service): V1EndpointSlice[] {
    if (!this.slicesByService) {
      this.slicesByService = new Map();
      for (const s of this.o.endpointSlices ?? []) {
        const key = s.metadata?.labels?.[SERVICE_NAME_LABEL];
        const list = this.slicesByService.get(key);
        if (list) list.push(s);
        else this.slicesByService.set(key, [s]);
      }
    }
    return slicesOfService(service, this.slicesByService.get(service.metadata?.name) ?? []);
  }

  /** The object `list(kind).find(same name, and same namespace unless cluster-scoped)` gives, looked up in an index built once per build. */
  get(kind: RelationKind, namespace: string | null, name: string): Obj | undefined {
    const scoped = CLUSTER_SCOPED.has(kind);
    let index = this.byName.get(kind);
    if (!index) {
      index = new Map();
      for (const x of this.list(kind)) {
        const n = x.metadata?.name;
        if (n === undefined) continue;
        const ns = scoped ? null : x.metadata?.namespace;
        let names = index.get(ns);
        if (!names) index.set(ns, (names = new Map()));
        if (!names.has(n)) names.set(n, x);
      }
      this.byName.set(kind, index);
    }
    return index.get(scoped ? null : namespace)?.get(name);
  }

  events(kind: string, name: string): PodEvent[] {
    if (!this.eventsByRef) {
      this.eventsByRef = new Map();
      for (const e of this.o.events ?? []) {
        let names = this.eventsByRef.get(e.involvedKind);
        if (!names) this.eventsByRef.set(e.involvedKind, (names = new Map()));
        const list = names.get(e.involvedName);
        if (list) list.push(e);
        else names.set(e.involvedName, [e]);
      }
    }
    return [...(this.eventsByRef.get(kind)?.get(name) ?? [])];
  }
}

/**
 * Builds the graph around `center`.
 * @example buildRelations({ kind: 'Pod', namespace: 'shop', name: 'web-1' }, objects, { now }).edges.map((e) => e.kind)
 *   // ['owner', 'selects', 'endpoint', 'scheduled-on', 'uses-config']
 */
export function buildRelations(
  center: { kind: RelationKind; namespace?: string | null; name: string },
  objects: RelationObjects,
  options: RelationOptions,
): RelationGraph {
  const store = new Store(objects);
  const hops = options.hops ?? 1;
  const cap = options.maxEdgesPerNode ?? 25;
  const nodes = new Map<string, RelationNode>();
  const edges = new Map<string, RelationEdge>();
  const truncated: RelationGraph['truncated'] = [];
  const centerNamespace = CLUSTER_SCOPED.has(center.kind) ? null : (center.namespace ?? null);
  const root = makeNode(store, center.kind, centerNamespace, center.name, 0);
  nodes.set(root.id, root);

  // Beyond the first hop only what a neighbour depends on is followed (its
  // outgoing edges: owner, node, claim → volume → class, config), never a
  // selector's fan-out, so siblings (the other pods of a Service, the other
  // claims of a StorageClass) stay out and the graph stays small.
  let frontier = [root];
  for (let hop = 1; hop <= hops; hop++) {
    const next: RelationNode[] = [];
    for (const node of frontier) {
      if (node.ghost === 'placeholder') continue;
      const found = edgesOf(store, node, options.now).filter(({ edge }) => hop === 1 || (edge.from === node.id && !FAN_OUT.has(edge.kind)));
      for (const [kind, list] of groupByKind(found)) {
        if (list.length > cap) truncated.push({ node: node.id, kind, shown: cap, total: list.length });
        for (const { edge, other } of list.slice(0, cap)) {
          if (!edges.has(edge.id)) edges.set(edge.id, edge);
          if (!nodes.has(other.id)) {
            const placed = { ...other, hop };
            nodes.set(other.id, placed);
            if (placed.ghost === null || placed.ghost === 'unloaded') next.push(placed);
          }
        }
      }
    }
    frontier = next;
  }
  return { center: root.id, nodes: [...nodes.values()], edges: [...edges.values()], truncated };
}

interface Found {
  edge: RelationEdge;
  other: RelationNode;
}

/** Edges that reach every object a selector matches: followed from the centre only. */
const FAN_OUT = new Set<RelationEdgeKind>(['selects', 'endpoint']);

function groupByKind(found: Found[]): Map<RelationEdgeKind, Found[]> {
  const out = new Map<RelationEdgeKind, Found[]>();
  for (const f of found) out.set(f.edge.kind, [...(out.get(f.edge.kind) ?? []), f]);
  return out;
}

function makeNode(store: Store, kind: RelationKind, namespace: string | null, name: string, hop: number): RelationNode {
  const ns = CLUSTER_SCOPED.has(kind) ? null : namespace;
  const obj = store.get(kind, ns, name);
  const ghost = obj ? null : store.loaded(kind) ? 'missing' : 'unloaded';
  return { id: relationId(kind, ns, name), kind, namespace: ns, name, hop, ghost, status: obj ? statusOf(kind, obj) : null };
}

function placeholder(kind: RelationKind, namespace: string | null, label: string): RelationNode {
  return { id: `${relationId(kind, namespace, '')}?${label}`, kind, namespace: CLUSTER_SCOPED.has(kind) ? null : namespace, name: label, hop: 0, ghost: 'placeholder', status: null };
}

function statusOf(kind: RelationKind, obj: Obj): string | null {
  switch (kind) {
    case 'Pod':
      return (obj as V1Pod).status?.phase ?? null;
    case 'PersistentVolumeClaim':
      return (obj as V1PersistentVolumeClaim).status?.phase ?? null;
    case 'PersistentVolume':
      return (obj as V1PersistentVolume).status?.phase ?? null;
    case 'Node': {
      const ready = (obj as V1Node).status?.conditions?.find((c) => c.type === 'Ready')?.status;
      return ready === 'True' ? 'Ready' : ready === 'False' ? 'NotReady' : 'Unknown';
    }
    default:
      return null;
  }
}

function edgeId(kind: RelationEdgeKind, from: string, to: string): string {
  return `${kind}:${from}->${to}`;
}

/** Every edge touching `node`, with the node at its other end. */
function edgesOf(store: Store, node: RelationNode, now: Date): Found[] {
  const obj = store.get(node.kind, node.namespace, node.name);
  const out: Found[] = [];
  if (obj) out.push(...ownerEdges(store, node, obj), ...ownedEdges(store, node, obj));
  switch (node.kind) {
    case 'Pod':
      if (obj) out.push(...podEdges(store, node, obj as V1Pod));
      break;
    case 'Service':
      if (obj) out.push(...serviceEdges(store, node, obj as V1Service));
      break;
    case 'Node':
      out.push(...nodeEdges(store, node));
      break;
    case 'Deployment':
    case 'ReplicaSet':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
    case 'CronJob':
      if (obj) out.push(...workloadEdges(store, node, obj));
      break;
    case 'PersistentVolumeClaim':
      out.push(...claimUserEdges(store, node));
      if (obj) out.push(...claimEdges(store, node, obj as V1PersistentVolumeClaim, now));
      break;
    case 'PersistentVolume':
      if (obj) out.push(...volumeEdges(store, node, obj as V1PersistentVolume));
      else out.push(...volumeClaimantEdges(store, node));
      break;
    case 'StorageClass':
      out.push(...classEdges(store, node));
      break;
    case 'ConfigMap':
    case 'Secret':
      out.push(...configUserEdges(store, node));
      break;
  }
  return out;
}

// ---------------------------------------------------------------- owners

const OWNER_KINDS = new Set<string>(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod', 'Node', 'PersistentVolumeClaim']);

/** This object's owners (child → owner); an owner that no longer exists is a broken link (the garbage collector will act). */
function ownerEdges(store: Store, node: RelationNode, obj: Obj): Found[] {
  return (obj.metadata?.ownerReferences ?? []).flatMap((ref, i): Found[] => {
    if (!OWNER_KINDS.has(ref.kind)) return [];
    const kind = ref.kind as RelationKind;
    const other = makeNode(store, kind, node.namespace, ref.name, 0);
    const owner = store.get(kind, node.namespace, ref.name);
    const sameUid = !ref.uid || !owner?.metadata?.uid || owner.metadata.uid === ref.uid;
    const edge: RelationEdge = {
      id: edgeId('owner', node.id, other.id),
      kind: 'owner',
      from: node.id,
      to: other.id,
      evidence: [{ object: node.id, path: `metadata.ownerReferences[${i}]` }],
      broken: other.ghost === 'missing' || (owner && !sameUid) ? { reason: 'missing-object', what: `${ref.kind} ${ref.name}` } : null,
      detail: { controller: ref.controller === true },
    };
    return [{ edge, other }];
  });
}

/** Objects this one owns (child → this), found by their ownerReferences. */
function ownedEdges(store: Store, node: RelationNode, obj: Obj): Found[] {
  const uid = obj.metadata?.uid;
  const out: Found[] = [];
  for (const kind of ['ReplicaSet', 'Pod', 'Job', 'PersistentVolumeClaim'] as const) {
    for (const child of store.list(kind)) {
      if (child.metadata?.namespace !== node.namespace && !CLUSTER_SCOPED.has(node.kind)) continue;
      const i = (child.metadata?.ownerReferences ?? []).findIndex((r) => r.kind === node.kind && r.name === node.name && (!uid || !r.uid || r.uid === uid));
      if (i < 0) continue;
      const other = makeNode(store, kind, child.metadata?.namespace ?? null, child.metadata?.name ?? '', 0);
      out.push({
        edge: {
          id: edgeId('owner', other.id, node.id),
          kind: 'owner',
          from: other.id,
          to: node.id,
          evidence: [{ object: other.id, path: `metadata.ownerReferences[${i}]` }],
          broken: null,
          detail: { controller: child.metadata?.ownerReferences?.[i]?.controller === true },
        },
        other,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- selectors

/** A Service's map selector, label by label (Services select with equality only). */
function mapSelectorChecks(selector: Record<string, string>, labels: Record<string, string> | undefined): LabelCheck[] {
  return matchSelector(selector, labels).labels.map((l) => ({ key: l.key, requirement: `${l.key}=${l.wanted}`, actual: l.actual, matches: l.state === 'match' }));
}

/** A workload's LabelSelector, requirement by requirement. */
function labelSelectorChecks(selector: V1LabelSelector | undefined, labels: Record<string, string> | undefined): LabelCheck[] | null {
  const parsed = parseLabelSelector(selector);
  if (parsed.kind !== 'requirements') return null;
  return parsed.requirements.map((r) => ({
    key: r.key,
    requirement: requirementString(r),
    actual: labels && Object.hasOwn(labels, r.key) ? (labels[r.key] ?? '') : null,
    matches: requirementMatches(r, labels),
  }));
}

/** Services select by a label map (one evidence path per key); workloads by a LabelSelector (spec.selector as a whole). */
function selectsEdge(holder: RelationNode, selector: string, labels: LabelCheck[], pod: RelationNode): Found {
  const holderPaths = holder.kind === 'Service' ? labels.map((l) => `spec.selector['${l.key}']`) : ['spec.selector'];
  return {
    edge: {
      id: edgeId('selects', holder.id, pod.id),
      kind: 'selects',
      from: holder.id,
      to: pod.id,
      evidence: [
        ...holderPaths.map((path) => ({ object: holder.id, path })),
        ...labels.map((l) => ({ object: pod.id, path: `metadata.labels['${l.key}']` })),
      ],
      broken: null,
      detail: { selector, labels },
    },
    other: pod,
  };
}

function matchesNothing(holder: RelationNode, selector: string, selectorPath: string): Found {
  const other = placeholder('Pod', holder.namespace, `selector=${selector}`);
  return {
    edge: {
      id: edgeId('selects', holder.id, other.id),
      kind: 'selects',
      from: holder.id,
      to: other.id,
      evidence: [{ object: holder.id, path: selectorPath }],
      broken: { reason: 'matches-nothing', what: `pods matching ${selector}` },
      detail: { selector, labels: [] },
    },
    other,
  };
}

// ---------------------------------------------------------------- pods

function podEdges(store: Store, node: RelationNode, pod: V1Pod): Found[] {
  const out: Found[] = [];
  const labels = pod.metadata?.labels;
  for (const service of store.list('Service') as V1Service[]) {
    if (service.metadata?.namespace !== node.namespace) continue;
    const selector = service.spec?.selector;
    if (!selector || Object.keys(selector).length === 0 || service.spec?.type === 'ExternalName') continue;
    const checks = mapSelectorChecks(selector, labels);
    const svc = makeNode(store, 'Service', node.namespace, service.metadata?.name ?? '', 0);
    if (checks.every((c) => c.matches)) out.push({ edge: selectsEdge(svc, selectorText(selector), checks, node).edge, other: svc });
    out.push(...endpointEdges(store, svc, service).filter((f) => f.other.id === node.id).map((f) => ({ edge: f.edge, other: svc })));
  }
  for (const holder of ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job'] as const) {
    for (const w of store.list(holder)) {
      if (w.metadata?.namespace !== node.namespace) continue;
      const selector = (w as V1Deployment).spec?.selector;
      const checks = labelSelectorChecks(selector, labels);
      if (!checks || !checks.every((c) => c.matches)) continue;
      const owner = makeNode(store, holder, node.namespace, w.metadata?.name ?? '', 0);
      out.push({ edge: selectsEdge(owner, selectorString(parseLabelSelector(selector)), checks, node).edge, other: owner });
    }
  }
  const nodeName = pod.spec?.nodeName;
  if (nodeName) {
    const other = makeNode(store, 'Node', null, nodeName, 0);
    const scheduled = lastOf(withReason(store.events('Pod', node.name), 'Scheduled'));
    out.push({
      edge: {
        id: edgeId('scheduled-on', node.id, other.id),
        kind: 'scheduled-on',
        from: node.id,
        to: other.id,
        evidence: [{ object: node.id, path: 'spec.nodeName' }, ...(scheduled ? [{ object: node.id, path: 'events[reason=Scheduled].message' }] : [])],
        broken: other.ghost === 'missing' ? { reason: 'missing-object', what: `Node ${nodeName}` } : null,
        detail: { message: scheduled?.message ?? null },
      },
      other,
    });
  }
  const holder = podSpecHolders({ pods: [pod] })[0];
  if (holder) out.push(...specEdges(store, node, holder));
  return out;
}

/** Claims and ConfigMaps/Secrets a pod spec (a pod's or a template's) uses. */
function specEdges(store: Store, node: RelationNode, holder: PodSpecHolder): Found[] {
  const out: Found[] = [];
  (holder.spec?.volumes ?? []).forEach((v, i) => {
    const ephemeral = v.ephemeral !== undefined && node.kind === 'Pod';
    const claimName = v.persistentVolumeClaim?.claimName ?? (ephemeral ? `${node.name}-${v.name}` : null);
    if (!claimName) return;
    const other = makeNode(store, 'PersistentVolumeClaim', node.namespace, claimName, 0);
    const path = ephemeral ? `${holder.base}.volumes[${i}].ephemeral` : `${holder.base}.volumes[${i}].persistentVolumeClaim.claimName`;
    out.push({
      edge: {
        id: edgeId('mounts-claim', node.id, other.id),
        kind: 'mounts-claim',
        from: node.id,
        to: other.id,
        evidence: [{ object: node.id, path }],
        broken: other.ghost === 'missing' ? { reason: 'missing-object', what: `PersistentVolumeClaim ${claimName}` } : null,
        detail: { volume: v.name, readOnly: v.persistentVolumeClaim?.readOnly ?? false },
      },
      other,
    });
  });
  const objects = { configMaps: (store.o.configMaps ?? []) as V1ConfigMap[], secrets: store.o.secrets ?? [] };
  const byTarget = new Map<string, CheckedReference[]>();
  for (const ref of checkedReferences(holder.spec, holder.base, objects)) {
    const key = `${ref.kind}/${ref.name}`;
    byTarget.set(key, [...(byTarget.get(key) ?? []), ref]);
  }
  for (const refs of byTarget.values()) {
    const first = refs[0]!;
    const other = makeNode(store, first.kind, node.namespace, first.name, 0);
    out.push({ edge: configEdge(node, other, refs), other });
  }
  return out;
}

function configEdge(user: RelationNode, target: RelationNode, refs: CheckedReference[]): RelationEdge {
  const known = target.ghost !== 'unloaded';
  const broken = known ? refs.filter((r) => r.check.broken) : [];
  const missingObject = broken.find((r) => r.check.state === 'missing-object');
  const missingKeys = [...new Set(broken.flatMap((r) => r.check.missingKeys))];
  return {
    id: edgeId('uses-config', user.id, target.id),
    kind: 'uses-config',
    from: user.id,
    to: target.id,
    evidence: refs.map((r) => ({ object: user.id, path: r.path })),
    broken: missingObject
      ? { reason: 'missing-object', what: `${target.kind} ${target.name}` }
      : missingKeys.length
        ? { reason: 'missing-key', what: `key ${missingKeys.join(', ')}` }
        : null,
    detail: {
      references: refs.map(({ kind: _kind, name: _name, check, ...rest }) => ({ ...rest, check: known ? check : null })),
    },
  };
}

// ---------------------------------------------------------------- services

function selectorText(selector: Record<string, string>): string {
  return Object.keys(selector)
    .sort()
    .map((k) => `${k}=${selector[k]}`)
    .join(',');
}

function serviceEdges(store: Store, node: RelationNode, service: V1Service): Found[] {
  const out: Found[] = [];
  const selector = service.spec?.selector;
  if (selector && Object.keys(selector).length > 0 && service.spec?.type !== 'ExternalName') {
    const matched = (store.list('Pod') as V1Pod[]).filter((p) => p.metadata?.namespace === node.namespace && mapSelectorChecks(selector, p.metadata?.labels).every((c) => c.matches));
    for (const p of matched) {
      const pod = makeNode(store, 'Pod', node.namespace, p.metadata?.name ?? '', 0);
      out.push(selectsEdge(node, selectorText(selector), mapSelectorChecks(selector, p.metadata?.labels), pod));
    }
    if (matched.length === 0 && store.loaded('Pod')) out.push(matchesNothing(node, selectorText(selector), 'spec.selector'));
  }
  out.push(...endpointEdges(store, node, service));
  return out;
}

/** EndpointSlice membership: one edge per endpoint whose targetRef is a Pod, with its conditions. */
function endpointEdges(store: Store, node: RelationNode, service: V1Service): Found[] {
  const { endpoints } = readEndpointSlices(service, store.slicesOf(service));
  return endpoints
    .filter((e) => e.targetRef?.kind === 'Pod')
    .map((e) => {
      const pod = makeNode(store, 'Pod', e.targetRef?.namespace ?? node.namespace, e.targetRef?.name ?? '', 0);
      return {
        edge: {
          id: edgeId('endpoint', node.id, pod.id),
          kind: 'endpoint' as const,
          from: node.id,
          to: pod.id,
          evidence: [{ object: node.id, path: e.evidence }],
          broken: pod.ghost === 'missing' ? { reason: 'missing-object' as const, what: `Pod ${pod.name}` } : null,
          detail: { slice: e.slice, index: e.index, ready: e.ready, serving: e.serving, terminating: e.terminating, addresses: e.addresses },
        },
        other: pod,
      };
    });
}

// ---------------------------------------------------------------- nodes

function nodeEdges(store: Store, node: RelationNode): Found[] {
  const out: Found[] = [];
  for (const p of store.list('Pod') as V1Pod[]) {
    if (p.spec?.nodeName !== node.name) continue;
    const pod = makeNode(store, 'Pod', p.metadata?.namespace ?? null, p.metadata?.name ?? '', 0);
    const scheduled = lastOf(withReason(store.events('Pod', pod.name), 'Scheduled'));
    out.push({
      edge: {
        id: edgeId('scheduled-on', pod.id, node.id),
        kind: 'scheduled-on',
        from: pod.id,
        to: node.id,
        evidence: [{ object: pod.id, path: 'spec.nodeName' }, ...(scheduled ? [{ object: pod.id, path: 'events[reason=Scheduled].message' }] : [])],
        broken: null,
        detail: { message: scheduled?.message ?? null },
      },
      other: pod,
    });
  }
  for (const v of store.list('PersistentVolume') as V1PersistentVolume[]) {
    const pinned = pinnedEdges(store, v).find((f) => f.other.id === node.id);
    if (pinned) out.push({ edge: pinned.edge, other: makeNode(store, 'PersistentVolume', null, v.metadata?.name ?? '', 0) });
  }
  return out;
}

// ---------------------------------------------------------------- workloads

function workloadEdges(store: Store, node: RelationNode, obj: Obj): Found[] {
  const out: Found[] = [];
  if (node.kind !== 'CronJob') {
    const selector = (obj as V1Deployment).spec?.selector;
    const parsed = parseLabelSelector(selector);
    if (parsed.kind === 'requirements') {
      const text = selectorString(parsed);
      const pods = (store.list('Pod') as V1Pod[]).filter((p) => p.metadata?.namespace === node.namespace && parsedSelectorMatches(parsed, p.metadata?.labels));
      for (const p of pods) {
        const pod = makeNode(store, 'Pod', node.namespace, p.metadata?.name ?? '', 0);
        out.push(selectsEdge(node, text, labelSelectorChecks(selector, p.metadata?.labels) ?? [], pod));
      }
      // A Job that finished and whose pods were removed selects nothing by design.
      const finishedJob = node.kind === 'Job' && ((obj as V1Job).status?.succeeded ?? 0) + ((obj as V1Job).status?.failed ?? 0) > 0;
      const scaledToZero = ((obj as V1Deployment).spec?.replicas ?? 1) === 0;
      if (pods.length === 0 && !finishedJob && !scaledToZero && store.loaded('Pod')) out.push(matchesNothing(node, text, 'spec.selector'));
    }
  }
  const holder = podSpecHolders(holderInput(node.kind, obj))[0];
  if (holder) out.push(...specEdges(store, node, holder));
  if (node.kind === 'StatefulSet') out.push(...claimTemplateEdges(store, node, obj as V1StatefulSet));
  return out;
}

function holderInput(kind: RelationKind, obj: Obj): Parameters<typeof podSpecHolders>[0] {
  switch (kind) {
    case 'Deployment':
      return { deployments: [obj as V1Deployment] };
    case 'ReplicaSet':
      return { replicaSets: [obj as V1ReplicaSet] };
    case 'StatefulSet':
      return { statefulSets: [obj as V1StatefulSet] };
    case 'DaemonSet':
      return { daemonSets: [obj as V1DaemonSet] };
    case 'Job':
      return { jobs: [obj as V1Job] };
    case 'CronJob':
      return { cronJobs: [obj as V1CronJob] };
    default:
      return {};
  }
}

/** A StatefulSet's volumeClaimTemplates make one claim per pod: <template>-<statefulset>-<ordinal>. */
function claimTemplateEdges(store: Store, node: RelationNode, sts: V1StatefulSet): Found[] {
  const out: Found[] = [];
  (sts.spec?.volumeClaimTemplates ?? []).forEach((t, i) => {
    const template = t.metadata?.name ?? '';
    const prefix = `${template}-${node.name}-`;
    for (const c of store.list('PersistentVolumeClaim')) {
      const name = c.metadata?.name ?? '';
      if (c.metadata?.namespace !== node.namespace || !name.startsWith(prefix) || !/^\d+$/.test(name.slice(prefix.length))) continue;
      const other = makeNode(store, 'PersistentVolumeClaim', node.namespace, name, 0);
      out.push({
        edge: {
          id: edgeId('claim-template', node.id, other.id),
          kind: 'claim-template',
          from: node.id,
          to: other.id,
          evidence: [{ object: node.id, path: `spec.volumeClaimTemplates[${i}]` }],
          broken: null,
          detail: { template, ordinal: Number(name.slice(prefix.length)) },
        },
        other,
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------- storage

/** Pods and pod templates that mount the claim, and the StatefulSet whose template made it. */
function claimUserEdges(store: Store, node: RelationNode): Found[] {
  const out: Found[] = [];
  for (const h of podSpecHolders({
    pods: store.o.pods,
    deployments: store.o.deployments,
    statefulSets: store.o.statefulSets,
    daemonSets: store.o.daemonSets,
    replicaSets: store.o.replicaSets,
    jobs: store.o.jobs,
    cronJobs: store.o.cronJobs,
  })) {
    if (h.namespace !== node.namespace) continue;
    const user = makeNode(store, h.kind, h.namespace, h.name, 0);
    (h.spec?.volumes ?? []).forEach((v, i) => {
      const ephemeral = v.ephemeral !== undefined && h.kind === 'Pod' && `${h.name}-${v.name}` === node.name;
      if (v.persistentVolumeClaim?.claimName !== node.name && !ephemeral) return;
      const path = ephemeral ? `${h.base}.volumes[${i}].ephemeral` : `${h.base}.volumes[${i}].persistentVolumeClaim.claimName`;
      out.push({
        edge: {
          id: edgeId('mounts-claim', user.id, node.id),
          kind: 'mounts-claim',
          from: user.id,
          to: node.id,
          evidence: [{ object: user.id, path }],
          broken: node.ghost === 'missing' ? { reason: 'missing-object', what: `PersistentVolumeClaim ${node.name}` } : null,
          detail: { volume: v.name, readOnly: v.persistentVolumeClaim?.readOnly ?? false },
        },
        other: user,
      });
    });
  }
  for (const sts of store.list('StatefulSet') as V1StatefulSet[]) {
    if (sts.metadata?.namespace !== node.namespace) continue;
    const owner = makeNode(store, 'StatefulSet', node.namespace, sts.metadata?.name ?? '', 0);
    out.push(...claimTemplateEdges(store, owner, sts).filter((f) => f.other.id === node.id).map((f) => ({ edge: f.edge, other: owner })));
  }
  return out;
}

function claimEdges(store: Store, node: RelationNode, claim: V1PersistentVolumeClaim, now: Date): Found[] {
  const out: Found[] = [];
  const phase = claim.status?.phase ?? '';
  const volumeName = claim.spec?.volumeName;
  if (volumeName) {
    const other = makeNode(store, 'PersistentVolume', null, volumeName, 0);
    const volume = store.get('PersistentVolume', null, volumeName) as V1PersistentVolume | undefined;
    out.push({
      edge: bindingEdge(node, other, claim, volume, [{ object: node.id, path: 'spec.volumeName' }, ...(volume?.spec?.claimRef ? [{ object: other.id, path: 'spec.claimRef' }] : [])]),
      other,
    });
  } else {
    const explained = explainPersistentVolumeClaim({
      claim,
      volumes: store.o.persistentVolumes ?? [],
      classes: store.o.storageClasses ?? [],
      pods: store.o.pods ?? [],
      events: store.o.events ?? [],
      now,
    });
    const other = placeholder('PersistentVolume', null, `unbound:${node.namespace ?? ''}/${node.name}`);
    out.push({
      edge: {
        id: edgeId('bound-to', node.id, other.id),
        kind: 'bound-to',
        from: node.id,
        to: other.id,
        evidence: [{ object: node.id, path: 'status.phase' }, ...(explained.pending?.evidence ?? []).map((path) => ({ object: node.id, path }))],
        broken: { reason: 'unbound', what: explained.pending?.cause.kind ?? phase },
        detail: { claimPhase: phase, volumePhase: null },
      },
      other,
    });
  }
  const className = claimClassName(claim);
  if (className) out.push(classEdge(store, node, className, claim.spec?.storageClassName !== undefined ? 'spec.storageClassName' : "metadata.annotations['volume.beta.kubernetes.io/storage-class']"));
  return out;
}

function bindingEdge(claimNode: RelationNode, volumeNode: RelationNode, claim: V1PersistentVolumeClaim | undefined, volume: V1PersistentVolume | undefined, evidence: EvidenceRef[]): RelationEdge {
  let broken: BrokenLink | null = null;
  // A claimRef naming a claim that exists with another uid points at a claim that is gone too.
  if (claimNode.ghost === 'missing' || (claimNode.ghost === null && !claim)) broken = { reason: 'missing-object', what: `PersistentVolumeClaim ${claimNode.name}` };
  else if (volumeNode.ghost === 'missing') broken = { reason: 'missing-object', what: `PersistentVolume ${volumeNode.name}` };
  else if (claim && claim.status?.phase !== 'Bound') broken = { reason: 'unbound', what: claim.status?.phase ?? '' };
  return {
    id: edgeId('bound-to', claimNode.id, volumeNode.id),
    kind: 'bound-to',
    from: claimNode.id,
    to: volumeNode.id,
    evidence,
    broken,
    detail: { claimPhase: claim?.status?.phase ?? '', volumePhase: volume?.status?.phase ?? null },
  };
}

function classEdge(store: Store, node: RelationNode, className: string, path: string): Found {
  const other = makeNode(store, 'StorageClass', null, className, 0);
  return {
    edge: {
      id: edgeId('in-class', node.id, other.id),
      kind: 'in-class',
      from: node.id,
      to: other.id,
      evidence: [{ object: node.id, path }],
      // A PV may name a class that does not exist (classes only matter for provisioning); a claim may not if it needs provisioning.
      broken: other.ghost === 'missing' ? { reason: 'missing-object', what: `StorageClass ${className}` } : null,
      detail: { className },
    },
    other,
  };
}

function volumeEdges(store: Store, node: RelationNode, volume: V1PersistentVolume): Found[] {
  const out: Found[] = [];
  const ref = volume.spec?.claimRef;
  if (ref?.name) {
    const other = makeNode(store, 'PersistentVolumeClaim', ref.namespace ?? null, ref.name, 0);
    const claim = store.get('PersistentVolumeClaim', ref.namespace ?? null, ref.name) as V1PersistentVolumeClaim | undefined;
    const sameClaim = claim && (!ref.uid || claim.metadata?.uid === ref.uid) ? claim : undefined;
    out.push({
      edge: bindingEdge(other, node, sameClaim, volume, [{ object: node.id, path: 'spec.claimRef' }, ...(sameClaim?.spec?.volumeName ? [{ object: other.id, path: 'spec.volumeName' }] : [])]),
      other,
    });
  }
  const className = volumeClassName(volume);
  if (className) out.push(classEdge(store, node, className, 'spec.storageClassName'));
  out.push(...pinnedEdges(store, volume));
  return out;
}

/** A volume that is gone, seen from its claimants (a Lost claim still names it). */
function volumeClaimantEdges(store: Store, node: RelationNode): Found[] {
  return (store.list('PersistentVolumeClaim') as V1PersistentVolumeClaim[])
    .filter((c) => c.spec?.volumeName === node.name)
    .map((c) => {
      const other = makeNode(store, 'PersistentVolumeClaim', c.metadata?.namespace ?? null, c.metadata?.name ?? '', 0);
      return { edge: bindingEdge(other, node, c, undefined, [{ object: other.id, path: 'spec.volumeName' }]), other };
    });
}

/** A node-pinned volume's required node affinity, to each node it admits; admitting none is a broken link. */
function pinnedEdges(store: Store, volume: V1PersistentVolume): Found[] {
  const terms = volume.spec?.nodeAffinity?.required?.nodeSelectorTerms;
  if (!terms) return [];
  const from = relationId('PersistentVolume', null, volume.metadata?.name ?? '');
  const out: Found[] = [];
  terms.forEach((term, i) => {
    const parsed = parseNodeSelectorRequirements(term.matchExpressions ?? []);
    const requirements = parsed.kind === 'requirements' ? parsed.requirements.map(requirementString) : [];
    const admitted = (store.list('Node') as V1Node[]).filter((n) => parsedSelectorMatches(parsed, n.metadata?.labels));
    const path = `spec.nodeAffinity.required.nodeSelectorTerms[${i}]`;
    for (const n of admitted) {
      const other = makeNode(store, 'Node', null, n.metadata?.name ?? '', 0);
      out.push({ edge: { id: edgeId('pinned-to', from, other.id), kind: 'pinned-to', from, to: other.id, evidence: [{ object: from, path }], broken: null, detail: { requirements } }, other });
    }
    if (admitted.length === 0 && store.loaded('Node')) {
      const other = placeholder('Node', null, `nodeAffinity=${requirements.join(',')}`);
      out.push({
        edge: {
          id: edgeId('pinned-to', from, other.id),
          kind: 'pinned-to',
          from,
          to: other.id,
          evidence: [{ object: from, path }],
          broken: { reason: 'matches-nothing', what: `nodes matching ${requirements.join(',')}` },
          detail: { requirements },
        },
        other,
      });
    }
  });
  return out;
}

function classEdges(store: Store, node: RelationNode): Found[] {
  const out: Found[] = [];
  for (const c of store.list('PersistentVolumeClaim') as V1PersistentVolumeClaim[]) {
    if (claimClassName(c) !== node.name) continue;
    const other = makeNode(store, 'PersistentVolumeClaim', c.metadata?.namespace ?? null, c.metadata?.name ?? '', 0);
    const found = classEdge(store, other, node.name, c.spec?.storageClassName !== undefined ? 'spec.storageClassName' : "metadata.annotations['volume.beta.kubernetes.io/storage-class']");
    out.push({ edge: found.edge, other });
  }
  for (const v of store.list('PersistentVolume') as V1PersistentVolume[]) {
    if (volumeClassName(v) !== node.name) continue;
    const other = makeNode(store, 'PersistentVolume', null, v.metadata?.name ?? '', 0);
    out.push({ edge: classEdge(store, other, node.name, 'spec.storageClassName').edge, other });
  }
  return out;
}

// ---------------------------------------------------------------- config

function configUserEdges(store: Store, node: RelationNode): Found[] {
  const kind = node.kind as 'ConfigMap' | 'Secret';
  const users = configUsers(
    { kind, namespace: node.namespace ?? '', name: node.name },
    {
      pods: store.o.pods,
      deployments: store.o.deployments,
      statefulSets: store.o.statefulSets,
      daemonSets: store.o.daemonSets,
      replicaSets: store.o.replicaSets,
      jobs: store.o.jobs,
      cronJobs: store.o.cronJobs,
    },
    { configMaps: store.o.configMaps ?? [], secrets: store.o.secrets ?? [] },
  );
  return users.map((u) => {
    const user = makeNode(store, u.kind, u.namespace, u.name, 0);
    return { edge: configEdge(user, node, u.references), other: user };
  });
}
