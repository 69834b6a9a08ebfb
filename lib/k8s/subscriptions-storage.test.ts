import 'server-only';
import { describe, expect, it } from 'vitest';
import type { SubscriptionSpec } from '@/lib/contract';
import { loadStorageSnapshot } from '@/lib/testing/storage-capture';
import { buildClaimDetail, buildConfigMapDetail, buildSecretDetail, buildStorageClassDetail, buildVolumeDetail } from '@/lib/views/storage/details';
import { buildPodStorage } from '@/lib/views/storage/pod-storage-view';
import { toConfigMapRow, toPersistentVolumeClaimRow, toPersistentVolumeRow, toSecretRow, toStorageClassRow } from '@/lib/views/storage/rows';
import { parseSubscriptionSpec, resolveSubscription } from './subscriptions';
import { STORAGE_DETAIL_REQUIRED } from './subscriptions-storage';
import type { KubeObject } from './watch-cache';

const context = 'kube-explain-sandbox';
const NS = 'hi-capture';

/** What a definition reads, without its functions. */
function reads(spec: SubscriptionSpec) {
  const def = resolveSubscription(spec);
  return def.kind === 'list' ? { kind: def.kind, source: def.source } : { kind: def.kind, sources: def.sources };
}

describe('storage subscriptions: parsing', () => {
  it('accepts the namespaced lists with or without a namespace and the cluster-scoped lists without one', () => {
    expect(
      [
        { view: 'persistentvolumeclaims', context, namespace: NS },
        { view: 'configmaps', namespace: '' },
        { view: 'secrets' },
        { view: 'persistentvolumes', namespace: NS },
        { view: 'storageclasses', context },
      ].map(parseSubscriptionSpec),
    ).toStrictEqual([
      { view: 'persistentvolumeclaims', context, namespace: NS },
      { view: 'configmaps', context: undefined, namespace: undefined },
      { view: 'secrets', context: undefined, namespace: undefined },
      // A namespace means nothing to a cluster-scoped list: dropped, not passed on to the cache key.
      { view: 'persistentvolumes', context: undefined },
      { view: 'storageclasses', context },
    ]);
  });

  it('needs a namespace and a name for a claim, ConfigMap or Secret page, and only a name for a volume or class page', () => {
    expect(
      [
        { view: 'persistentvolumeclaim', namespace: NS, name: 'static-claim' },
        { view: 'configmap', name: 'app-config' },
        { view: 'secret', namespace: NS },
        { view: 'persistentvolume', name: 'hi-pv-retain' },
        { view: 'storageclass', namespace: NS, name: 'hi-wffc' },
        { view: 'persistentvolume' },
      ].map(parseSubscriptionSpec),
    ).toStrictEqual([
      { view: 'persistentvolumeclaim', context: undefined, namespace: NS, name: 'static-claim' },
      null,
      null,
      { view: 'persistentvolume', context: undefined, name: 'hi-pv-retain' },
      { view: 'storageclass', context: undefined, name: 'hi-wffc' },
      null,
    ]);
  });

  it('refuses names and namespaces the API could never hold', () => {
    expect(
      [
        { view: 'secret', namespace: NS, name: '../db' },
        { view: 'secret', namespace: 'Kube-System', name: 'db' },
        { view: 'configmaps', namespace: ['hi-capture'] },
        { view: 'persistentvolume', name: 'PV' },
      ].map(parseSubscriptionSpec),
    ).toStrictEqual([null, null, null, null]);
  });
});

describe('storage subscriptions: caches and builders', () => {
  it('reads the caches each view needs: namespaced kinds in the namespace, cluster-scoped ones cluster-wide, a volume’s events in default', () => {
    const ns = (resource: string) => ({ context, resource, namespace: NS });
    const all = (resource: string) => ({ context, resource, namespace: undefined });
    const holders = { pods: ns('pods'), deployments: ns('deployments'), statefulsets: ns('statefulsets'), daemonsets: ns('daemonsets'), replicasets: ns('replicasets'), jobs: ns('jobs'), cronjobs: ns('cronjobs') };
    expect(
      [
        { view: 'persistentvolumeclaims', context, namespace: NS },
        { view: 'persistentvolumes', context },
        { view: 'storageclasses', context },
        { view: 'configmaps', context },
        { view: 'secrets', context, namespace: NS },
        { view: 'persistentvolumeclaim', context, namespace: NS, name: 'static-claim' },
        { view: 'persistentvolume', context, name: 'hi-pv-retain' },
        { view: 'storageclass', context, name: 'hi-wffc' },
        { view: 'configmap', context, namespace: NS, name: 'app-config' },
        { view: 'secret', context, namespace: NS, name: 'db-credentials' },
      ].map((s) => reads(s as SubscriptionSpec)),
    ).toStrictEqual([
      { kind: 'list', source: ns('persistentvolumeclaims') },
      { kind: 'list', source: all('persistentvolumes') },
      { kind: 'list', source: all('storageclasses') },
      { kind: 'list', source: all('configmaps') },
      { kind: 'list', source: ns('secrets') },
      {
        kind: 'model',
        sources: { persistentvolumeclaims: ns('persistentvolumeclaims'), pods: ns('pods'), events: ns('events'), persistentvolumes: all('persistentvolumes'), storageclasses: all('storageclasses') },
      },
      {
        kind: 'model',
        sources: {
          persistentvolumes: all('persistentvolumes'),
          persistentvolumeclaims: all('persistentvolumeclaims'),
          storageclasses: all('storageclasses'),
          nodes: all('nodes'),
          events: { context, resource: 'events', namespace: 'default' },
        },
      },
      { kind: 'model', sources: { storageclasses: all('storageclasses'), persistentvolumeclaims: all('persistentvolumeclaims'), persistentvolumes: all('persistentvolumes') } },
      { kind: 'model', sources: { configmaps: ns('configmaps'), secrets: ns('secrets'), ...holders } },
      { kind: 'model', sources: { secrets: ns('secrets'), configmaps: ns('configmaps'), ...holders } },
    ]);
  });

  it('projects each object of a list to its kubectl row, filtering none out', () => {
    const s = loadStorageSnapshot('final');
    const at = new Date(s.capturedAt);
    const project = (spec: SubscriptionSpec, items: readonly object[]) => {
      const def = resolveSubscription(spec);
      if (def.kind !== 'list') throw new Error('list view expected');
      return (items as KubeObject[]).filter(def.filter).map((o) => def.project(o, at));
    };
    expect([
      project({ view: 'persistentvolumeclaims' }, s.persistentVolumeClaims),
      project({ view: 'persistentvolumes' }, s.persistentVolumes),
      project({ view: 'storageclasses' }, s.storageClasses),
      project({ view: 'configmaps' }, s.configMaps),
      project({ view: 'secrets' }, s.secrets),
    ]).toStrictEqual([
      s.persistentVolumeClaims.map((o) => toPersistentVolumeClaimRow(o, at)),
      s.persistentVolumes.map((o) => toPersistentVolumeRow(o, at)),
      s.storageClasses.map((o) => toStorageClassRow(o, at)),
      s.configMaps.map((o) => toConfigMapRow(o, at)),
      s.secrets.map((o) => toSecretRow(o, at)),
    ]);
  });

  it('builds each detail view with its own builder for the object the spec names, and finds it', () => {
    const s = loadStorageSnapshot('final');
    const at = new Date(s.capturedAt);
    const build = (spec: SubscriptionSpec, inputs: object) => {
      const def = resolveSubscription(spec);
      if (def.kind !== 'model') throw new Error('model view expected');
      return def.build(inputs as Record<string, KubeObject[]>, at, undefined);
    };
    const claimInputs = { persistentvolumeclaims: s.persistentVolumeClaims, persistentvolumes: s.persistentVolumes, storageclasses: s.storageClasses, pods: s.pods, events: s.events };
    const volumeInputs = { persistentvolumes: s.persistentVolumes, persistentvolumeclaims: s.persistentVolumeClaims, storageclasses: s.storageClasses, nodes: s.nodes, events: s.events };
    const classInputs = { storageclasses: s.storageClasses, persistentvolumeclaims: s.persistentVolumeClaims, persistentvolumes: s.persistentVolumes };
    const configInputs = { configmaps: s.configMaps, secrets: s.secrets, pods: s.pods, deployments: s.deployments, statefulsets: [], daemonsets: [], replicasets: s.replicaSets, jobs: [], cronjobs: s.cronJobs };
    const built = [
      build({ view: 'persistentvolumeclaim', namespace: NS, name: 'provisioner-claim' }, claimInputs),
      build({ view: 'persistentvolume', name: 'hi-pv-retain' }, volumeInputs),
      build({ view: 'storageclass', name: 'hi-wffc' }, classInputs),
      build({ view: 'configmap', namespace: NS, name: 'app-config' }, configInputs),
      build({ view: 'secret', namespace: NS, name: 'db-credentials' }, configInputs),
    ];
    expect(built).toStrictEqual([
      buildClaimDetail(claimInputs, at, { namespace: NS, name: 'provisioner-claim' }),
      buildVolumeDetail(volumeInputs, at, { namespace: '', name: 'hi-pv-retain' }),
      buildStorageClassDetail(classInputs, at, { namespace: '', name: 'hi-wffc' }),
      buildConfigMapDetail(configInputs, at, { namespace: NS, name: 'app-config' }),
      buildSecretDetail(configInputs, at, { namespace: NS, name: 'db-credentials' }),
    ]);
    // A wrong name or namespace in the registry would build `found: false` on both sides.
    expect(built.map((m) => (m as { found: boolean }).found)).toStrictEqual([true, true, true, true, true]);
  });

  it("makes only the object's own kind required on each page", () => {
    expect(STORAGE_DETAIL_REQUIRED).toStrictEqual({
      persistentvolumeclaim: ['persistentvolumeclaims'],
      persistentvolume: ['persistentvolumes'],
      storageclass: ['storageclasses'],
      configmap: ['configmaps'],
      secret: ['secrets'],
    });
  });
});

describe('the Pod page storage part', () => {
  it('needs a namespace and a pod name', () => {
    expect([
      parseSubscriptionSpec({ view: 'pod-storage', context, namespace: NS, name: 'static-consumer' }),
      parseSubscriptionSpec({ view: 'pod-storage', name: 'static-consumer' }),
      parseSubscriptionSpec({ view: 'pod-storage', namespace: NS }),
    ]).toStrictEqual([{ view: 'pod-storage', context, namespace: NS, name: 'static-consumer' }, null, null]);
  });

  it("reads the pod's namespace (pods, events, claims, ConfigMaps, Secrets) and the cluster's volumes, classes and nodes, and builds the pod's storage part", () => {
    const ns = (resource: string) => ({ context, resource, namespace: NS });
    const all = (resource: string) => ({ context, resource, namespace: undefined });
    expect(reads({ view: 'pod-storage', context, namespace: NS, name: 'static-consumer' })).toStrictEqual({
      kind: 'model',
      sources: {
        pods: ns('pods'),
        events: ns('events'),
        persistentvolumeclaims: ns('persistentvolumeclaims'),
        configmaps: ns('configmaps'),
        secrets: ns('secrets'),
        persistentvolumes: all('persistentvolumes'),
        storageclasses: all('storageclasses'),
        nodes: all('nodes'),
      },
    });
    const snap = loadStorageSnapshot('final');
    const inputs = {
      pods: snap.pods,
      events: snap.events,
      persistentvolumeclaims: snap.persistentVolumeClaims,
      configmaps: snap.configMaps,
      secrets: snap.secrets,
      persistentvolumes: snap.persistentVolumes,
      storageclasses: snap.storageClasses,
      nodes: snap.nodes,
    };
    const def = resolveSubscription({ view: 'pod-storage', context, namespace: NS, name: 'unbound-claim-pod' });
    if (def.kind !== 'model') throw new Error('model view expected');
    const built = def.build(inputs as unknown as Record<string, KubeObject[]>, new Date(snap.capturedAt), undefined);
    expect(built).toStrictEqual(buildPodStorage(inputs, { namespace: NS, name: 'unbound-claim-pod' }));
    expect((built as { found: boolean }).found).toBe(true);
  });
});
