import { describe, expect, it } from 'vitest';
import { normalizeEvents } from '../explain/pod-events';
import { buildRelations } from '../explain/relations';
import { loadStorageSnapshot } from '../testing/storage-capture';
import { buildRelationsView } from './relations-view';

// The sandbox's hi-capture namespace after its edits (lib/testing/captured/storage/README.md).
const s = loadStorageSnapshot('final');
const AT = new Date(s.capturedAt);

describe('buildRelationsView', () => {
  it('hands the caches to the relations builder under its own names, events normalised, two hops out', () => {
    const inputs = {
      pods: s.pods,
      nodes: s.nodes,
      replicasets: s.replicaSets,
      deployments: s.deployments,
      persistentvolumeclaims: s.persistentVolumeClaims,
      persistentvolumes: s.persistentVolumes,
      storageclasses: s.storageClasses,
      configmaps: s.configMaps,
      secrets: s.secrets,
      events: s.events,
    };
    const center = { kind: 'PersistentVolumeClaim' as const, namespace: 'hi-capture', name: 'wffc-pod-claim' };
    expect(buildRelationsView(inputs, AT, center)).toStrictEqual(
      buildRelations(
        center,
        {
          pods: s.pods,
          services: undefined,
          endpointSlices: undefined,
          nodes: s.nodes,
          deployments: s.deployments,
          replicaSets: s.replicaSets,
          statefulSets: undefined,
          daemonSets: undefined,
          jobs: undefined,
          cronJobs: undefined,
          persistentVolumeClaims: s.persistentVolumeClaims,
          persistentVolumes: s.persistentVolumes,
          storageClasses: s.storageClasses,
          configMaps: s.configMaps,
          secrets: s.secrets,
          events: normalizeEvents(s.events),
        },
        { now: AT, hops: 2 },
      ),
    );
  });

  it('reaches the second hop: from a claim, through its volume, to the node the volume is pinned to', () => {
    const graph = buildRelationsView(
      { pods: s.pods, nodes: s.nodes, persistentvolumeclaims: s.persistentVolumeClaims, persistentvolumes: s.persistentVolumes, storageclasses: s.storageClasses, events: s.events },
      AT,
      { kind: 'PersistentVolumeClaim', namespace: 'hi-capture', name: 'wffc-pod-claim' },
    );
    expect(graph.edges.filter((e) => e.kind === 'pinned-to').map((e) => [e.from, e.to, e.broken])).toStrictEqual([['persistentvolumes/hi-pv-local-worker', 'nodes/sandbox-worker', null]]);
    expect(graph.nodes.find((n) => n.id === 'nodes/sandbox-worker')?.hop).toBe(2);
  });

  it('leaves kinds it was not given unknown, never broken: a claim read without its volumes', () => {
    const graph = buildRelationsView({ persistentvolumeclaims: s.persistentVolumeClaims }, AT, { kind: 'PersistentVolumeClaim', namespace: 'hi-capture', name: 'static-claim' });
    expect(graph.nodes.map((n) => [n.id, n.ghost])).toStrictEqual([
      ['persistentvolumeclaims/hi-capture/static-claim', null],
      ['persistentvolumes/hi-pv-static', 'unloaded'],
      ['storageclasses/hi-manual', 'unloaded'],
    ]);
    expect(graph.edges.every((e) => e.broken === null)).toBe(true);
  });
});
