import 'server-only';
import { describe, expect, it } from 'vitest';
import type { SubscriptionSpec } from '@/lib/contract';
import { loadStorageSnapshot } from '@/lib/testing/storage-capture';
import { buildRelationsView } from '@/lib/views/relations-view';
import { parseSubscriptionSpec, resolveSubscription } from './subscriptions';
import type { KubeObject } from './watch-cache';

const context = 'kube-explain-sandbox';
const NS = 'hi-capture';

function reads(spec: SubscriptionSpec) {
  const def = resolveSubscription(spec);
  if (def.kind !== 'model') throw new Error('model view expected');
  return def.sources;
}

describe('relations subscription: parsing', () => {
  it('takes a kind the graph shows, a name, and a namespace only for namespaced kinds', () => {
    expect(
      [
        { view: 'relations', context, kind: 'Pod', namespace: NS, name: 'config-consumer' },
        { view: 'relations', kind: 'PersistentVolume', namespace: NS, name: 'hi-pv-retain' },
        { view: 'relations', kind: 'StorageClass', name: 'hi-wffc' },
        { view: 'relations', kind: 'Node', name: 'sandbox-worker' },
      ].map(parseSubscriptionSpec),
    ).toStrictEqual([
      { view: 'relations', context, kind: 'Pod', namespace: NS, name: 'config-consumer' },
      // A namespace means nothing for a cluster-scoped centre: dropped.
      { view: 'relations', context: undefined, kind: 'PersistentVolume', name: 'hi-pv-retain' },
      { view: 'relations', context: undefined, kind: 'StorageClass', name: 'hi-wffc' },
      { view: 'relations', context: undefined, kind: 'Node', name: 'sandbox-worker' },
    ]);
  });

  it('refuses kinds it does not show, a namespaced kind without a namespace, and names the API could never hold', () => {
    expect(
      [
        { view: 'relations', kind: 'Lease', namespace: NS, name: 'x' },
        { view: 'relations', kind: 'constructor', namespace: NS, name: 'x' },
        { view: 'relations', kind: 'pod', namespace: NS, name: 'x' },
        { view: 'relations', kind: 'Secret', name: 'db-credentials' },
        { view: 'relations', kind: 'Secret', namespace: NS, name: '../db' },
        { view: 'relations', kind: 'Pod', namespace: NS },
      ].map(parseSubscriptionSpec),
    ).toStrictEqual([null, null, null, null, null, null]);
  });
});

describe('relations subscription: caches and builder', () => {
  const ns = (resource: string) => ({ context, resource, namespace: NS });
  const all = (resource: string) => ({ context, resource, namespace: undefined });

  it('reads, around a Secret, the namespace’s config, pod-spec holders, claims and events, and the nodes', () => {
    expect(reads({ view: 'relations', context, kind: 'Secret', namespace: NS, name: 'db-credentials' })).toStrictEqual({
      secrets: ns('secrets'),
      configmaps: ns('configmaps'),
      pods: ns('pods'),
      deployments: ns('deployments'),
      statefulsets: ns('statefulsets'),
      daemonsets: ns('daemonsets'),
      replicasets: ns('replicasets'),
      jobs: ns('jobs'),
      cronjobs: ns('cronjobs'),
      persistentvolumeclaims: ns('persistentvolumeclaims'),
      events: ns('events'),
      nodes: all('nodes'),
    });
  });

  it('reads, around a volume, every namespace (its claim may be anywhere) and its own events in default', () => {
    expect(reads({ view: 'relations', context, kind: 'PersistentVolume', name: 'hi-pv-retain' })).toStrictEqual({
      persistentvolumes: all('persistentvolumes'),
      persistentvolumeclaims: all('persistentvolumeclaims'),
      storageclasses: all('storageclasses'),
      nodes: all('nodes'),
      pods: all('pods'),
      events: { context, resource: 'events', namespace: 'default' },
    });
  });

  it('reads, around a StorageClass and around a node, only cluster-wide caches', () => {
    expect([reads({ view: 'relations', context, kind: 'StorageClass', name: 'hi-wffc' }), reads({ view: 'relations', context, kind: 'Node', name: 'sandbox-worker' })]).toStrictEqual([
      { storageclasses: all('storageclasses'), persistentvolumeclaims: all('persistentvolumeclaims'), persistentvolumes: all('persistentvolumes') },
      { nodes: all('nodes'), pods: all('pods'), persistentvolumes: all('persistentvolumes') },
    ]);
  });

  it('reads what a pod’s two hops reach: its namespace’s workloads, Services, slices, claims and config, and the cluster’s nodes, volumes and classes', () => {
    expect(Object.keys(reads({ view: 'relations', context, kind: 'Pod', namespace: NS, name: 'config-consumer' })).sort()).toStrictEqual(
      [
        'configmaps',
        'cronjobs',
        'daemonsets',
        'deployments',
        'endpointslices',
        'events',
        'jobs',
        'nodes',
        'persistentvolumeclaims',
        'persistentvolumes',
        'pods',
        'replicasets',
        'secrets',
        'services',
        'statefulsets',
        'storageclasses',
      ].sort(),
    );
  });

  it('builds the graph around the object the spec names', () => {
    const s = loadStorageSnapshot('final');
    const at = new Date(s.capturedAt);
    const inputs = { persistentvolumeclaims: s.persistentVolumeClaims, persistentvolumes: s.persistentVolumes, storageclasses: s.storageClasses, pods: s.pods, nodes: s.nodes, events: s.events };
    const def = resolveSubscription({ view: 'relations', context, kind: 'PersistentVolume', namespace: NS, name: 'hi-pv-local-worker' } as SubscriptionSpec);
    if (def.kind !== 'model') throw new Error('model view expected');
    const built = def.build(inputs as unknown as Record<string, KubeObject[]>, at, undefined);
    expect(built).toStrictEqual(buildRelationsView(inputs, at, { kind: 'PersistentVolume', namespace: null, name: 'hi-pv-local-worker' }));
    expect((built as { center: string }).center).toBe('persistentvolumes/hi-pv-local-worker');
  });
});
