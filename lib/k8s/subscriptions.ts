import 'server-only';
import type { V1Namespace, V1Pod } from '@kubernetes/client-node';
import type { LiveKey } from './live';
import type { KubeObject } from './watch-cache';
import type { FailedState, KeyedRow, SubscriptionSpec } from '@/lib/contract';
import { buildFailedState } from './errors';
import { toPodRow, type PodRow } from '../views/pod-row';
import { restartsText } from '../explain/pod-columns';
import { toNamespaceRow } from '../views/namespace-row';
import { buildPodDetail, type PodDetailInputs } from '../views/pod-detail';
import { buildServiceDetail, buildServiceList, type ServiceInputs } from '../views/service-views';
import { buildNodeDetail, buildNodeList, type NodeInputs } from '../views/node-views';
import { buildClusterOverview, type ClusterInputs, type ClusterProbes } from '../views/cluster-overview';
import { readClusterProbes } from './cluster-info';
import { parseWorkloadSubscriptionSpec, resolveWorkloadSubscription } from './subscriptions-workloads';
import { isStorageSubscription, parseStorageSubscriptionSpec, resolveStorageSubscription } from './subscriptions-storage';
import { parseRelationsSubscriptionSpec, resolveRelationsSubscription } from './subscriptions-relations';
import { buildOwnedPods, type OwnedPodsInputs } from '../views/owned-pods';
import { intermediateOf, parseOwnerFilter } from '../views/pod-filter';

/**
 * How each subscription the browser may ask for (SubscriptionSpec, in
 * lib/contract) is served: the caches it reads and how objects become the
 * plain view model that crosses to the browser, so raw objects (and
 * anything secret in them) never leave the server.
 */
export type SubscriptionDefinition =
  | { kind: 'list'; source: LiveKey; filter: (o: KubeObject) => boolean; project: (o: KubeObject, now: Date) => KeyedRow }
  | {
      kind: 'model';
      sources: Record<string, LiveKey>;
      build: (inputs: Record<string, KubeObject[]>, now: Date, polled: unknown) => unknown;
      /** Signals that cannot be watched, fetched every `intervalMs` and handed to build as `polled`. */
      poll?: { intervalMs: number; fetch: () => Promise<unknown> };
    };

export type ModelDefinition = Extract<SubscriptionDefinition, { kind: 'model' }>;

/** A model view's build: the model, or the failed state that shows instead of it. */
export type BuiltModel = { ok: true; model: unknown } | { ok: false; error: FailedState };

/**
 * Runs a model view's builder. A builder that throws yields the `build`
 * error state rather than an exception or a half-made model, so the stream
 * hub and the first paint show the failure like any other.
 * @example buildModel(def, { nodes: [], pods: [], leases: [] }, now, undefined) → { ok: true, model: { rows: [] } }
 */
export function buildModel(def: ModelDefinition, inputs: Record<string, KubeObject[]>, now: Date, polled: unknown): BuiltModel {
  try {
    return { ok: true, model: def.build(inputs, now, polled) };
  } catch (err) {
    return { ok: false, error: buildFailedState(err) };
  }
}

const all = () => true;

/** Pod rows by the cache object they were projected from (cache objects are replaced on update, never changed). */
const podRows = new WeakMap<object, PodRow>();

/**
 * A pod's table row, projected once per cache object and shared by every
 * tab, snapshot and first paint. The only part that depends on `now` is the
 * RESTARTS text of a pod that has restarted (" (2m ago)"): that is re-aged,
 * and the row is a new object only when the text changed.
 * @example podRowOf(pod, now) === podRowOf(pod, later) // true for a pod that never restarted
 */
export function podRowOf(pod: KubeObject, now: Date): PodRow {
  const memo = podRows.get(pod);
  if (!memo) {
    const row = toPodRow(pod as V1Pod, now);
    podRows.set(pod, row);
    return row;
  }
  if (memo.restartCount === 0 || memo.lastRestartAt === null) return memo;
  const restarts = restartsText(memo.restartCount, memo.lastRestartAt, now);
  if (restarts === memo.restarts) return memo;
  const row = { ...memo, restarts };
  podRows.set(pod, row);
  return row;
}

/** Typed access to a model view's inputs (the keys are the view's own `sources`). */
function inputsAs<T>(inputs: Record<string, KubeObject[]>): T {
  return inputs as unknown as T;
}

/**
 * The caches and the builder behind one subscription.
 * @example resolveSubscription({ view: 'nodes', context: 'kind-kind' }).kind // 'model'
 */
export function resolveSubscription(spec: SubscriptionSpec): SubscriptionDefinition {
  const context = spec.context;
  switch (spec.view) {
    case 'pods':
      return { kind: 'list', source: { context, resource: 'pods', namespace: spec.namespace || undefined }, filter: all, project: podRowOf };
    case 'namespaces':
      return { kind: 'list', source: { context, resource: 'namespaces' }, filter: all, project: (o) => toNamespaceRow(o as V1Namespace) };
    case 'pod': {
      const ns = spec.namespace;
      return {
        kind: 'model',
        sources: {
          pods: { context, resource: 'pods', namespace: ns },
          events: { context, resource: 'events', namespace: ns },
          nodes: { context, resource: 'nodes' },
          services: { context, resource: 'services', namespace: ns },
          endpointslices: { context, resource: 'endpointslices', namespace: ns },
          replicasets: { context, resource: 'replicasets', namespace: ns },
          jobs: { context, resource: 'jobs', namespace: ns },
        },
        build: (inputs, now) => buildPodDetail(inputsAs<PodDetailInputs>(inputs), now, { namespace: ns, name: spec.name }),
      };
    }
    case 'services': {
      const ns = spec.namespace || undefined;
      return {
        kind: 'model',
        sources: { services: { context, resource: 'services', namespace: ns }, endpointslices: { context, resource: 'endpointslices', namespace: ns }, pods: { context, resource: 'pods', namespace: ns } },
        build: (inputs, now) => buildServiceList(inputsAs<ServiceInputs>(inputs), now),
      };
    }
    case 'service': {
      const ns = spec.namespace;
      return {
        kind: 'model',
        sources: { services: { context, resource: 'services', namespace: ns }, endpointslices: { context, resource: 'endpointslices', namespace: ns }, pods: { context, resource: 'pods', namespace: ns } },
        build: (inputs, now) => buildServiceDetail(inputsAs<ServiceInputs>(inputs), now, { namespace: ns, name: spec.name }),
      };
    }
    case 'nodes':
      return {
        kind: 'model',
        sources: { nodes: { context, resource: 'nodes' }, pods: { context, resource: 'pods' }, leases: { context, resource: 'leases', namespace: 'kube-node-lease' } },
        build: (inputs, now) => buildNodeList(inputsAs<NodeInputs>(inputs), now),
      };
    case 'node':
      return {
        kind: 'model',
        sources: { nodes: { context, resource: 'nodes' }, pods: { context, resource: 'pods' }, leases: { context, resource: 'leases', namespace: 'kube-node-lease' } },
        build: (inputs, now) => buildNodeDetail(inputsAs<NodeInputs>(inputs), now, { name: spec.name }),
      };
    case 'cluster':
      return {
        kind: 'model',
        sources: { nodes: { context, resource: 'nodes' }, pods: { context, resource: 'pods' }, leases: { context, resource: 'leases', namespace: 'kube-system' } },
        build: (inputs, now, polled) => buildClusterOverview(inputsAs<ClusterInputs>(inputs), (polled as ClusterProbes | undefined) ?? { version: null, readyz: null }, now),
        poll: { intervalMs: 10_000, fetch: () => readClusterProbes(context) },
      };
    case 'owned-pods': {
      // parseSubscriptionSpec admits only owners parseOwnerFilter accepts.
      const owner = parseOwnerFilter(spec.owner);
      if (!owner) throw new Error(`not an owner: ${spec.owner}`);
      const ns = spec.namespace || undefined;
      const via = intermediateOf(owner.kind);
      return {
        kind: 'model',
        sources: { pods: { context, resource: 'pods', namespace: ns }, ...(via ? { [via.resource]: { context, resource: via.resource, namespace: ns } } : {}) },
        build: (inputs, now) => buildOwnedPods(inputsAs<OwnedPodsInputs>(inputs), now, owner),
      };
    }
    case 'relations':
      return resolveRelationsSubscription(spec);
    default:
      // PersistentVolumeClaims, PersistentVolumes, StorageClasses, ConfigMaps, Secrets and their pages.
      if (isStorageSubscription(spec)) return resolveStorageSubscription(spec);
      // Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs, CronJobs and their pages.
      return resolveWorkloadSubscription(spec);
  }
}

/** An object name (pods, nodes, services): a DNS-1123 subdomain, at most 253 characters. */
const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
/** A namespace: a DNS-1123 label, at most 63 characters (ValidateNamespaceName). */
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** Longest kubeconfig context name accepted from the browser. */
const MAX_CONTEXT = 1024;
const INVALID = Symbol('invalid');

/** An optional field: absent (undefined or null) is undefined; present, it must be a string that passes `ok`. */
function optional(v: unknown, ok: (s: string) => boolean): string | undefined | typeof INVALID {
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' && ok(v) ? v : INVALID;
}

/**
 * Validates an untrusted subscription request from the browser. A field that
 * is present but malformed refuses the whole request: it never falls back to
 * the default (an over-long context must not become the current context, a
 * bad namespace must not become "all namespaces"). An empty namespace means
 * all namespaces for the list views.
 * @example parseSubscriptionSpec({ view: 'pods', namespace: 'default' }) → { view: 'pods', namespace: 'default', context: undefined }
 * @example parseSubscriptionSpec({ view: 'pods', namespace: ['default'] }) → null
 */
export function parseSubscriptionSpec(input: unknown): SubscriptionSpec | null {
  if (typeof input !== 'object' || input === null) return null;
  const o = input as Record<string, unknown>;
  const context = optional(o.context, (v) => v.length > 0 && v.length <= MAX_CONTEXT);
  const ns = optional(o.namespace, (v) => v === '' || NAMESPACE.test(v));
  if (context === INVALID || ns === INVALID) return null;
  const namespace = ns || undefined;
  const name = (v: unknown) => (typeof v === 'string' && NAME.test(v) ? v : undefined);
  switch (o.view) {
    case 'pods':
      return { view: 'pods', context, namespace };
    case 'namespaces':
      return { view: 'namespaces', context };
    case 'pod': {
      const n = name(o.name);
      return namespace && n ? { view: 'pod', context, namespace, name: n } : null;
    }
    case 'services':
      return { view: 'services', context, namespace };
    case 'service': {
      const n = name(o.name);
      return namespace && n ? { view: 'service', context, namespace, name: n } : null;
    }
    case 'nodes':
      return { view: 'nodes', context };
    case 'node': {
      const n = name(o.name);
      return n ? { view: 'node', context, name: n } : null;
    }
    case 'cluster':
      return { view: 'cluster', context };
    case 'owned-pods':
      return parseOwnerFilter(o.owner) ? { view: 'owned-pods', context, namespace, owner: o.owner as string } : null;
    case 'relations':
      return parseRelationsSubscriptionSpec(o.kind, { context, namespace, name: name(o.name) });
    default:
      return parseStorageSubscriptionSpec(o.view, { context, namespace, name: name(o.name) }) ?? parseWorkloadSubscriptionSpec(o.view, { context, namespace, name: name(o.name) });
  }
}
