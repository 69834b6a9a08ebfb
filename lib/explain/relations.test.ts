import { describe, expect, it } from 'vitest';
import { normalizeEvents } from './pod-events';
import { buildRelations, relationId, type ConfigEdgeReference, type RelationEdge, type RelationGraph, type RelationNode, type RelationObjects } from './relations';
import { sandboxCapture } from '../testing/sandbox-capture';
import { loadStorageSnapshot } from '../testing/storage-capture';
import { workloadSnapshot } from '../testing/workload-capture';

// ---- the captures, each with only the kinds it holds (a kind not given is "unloaded", never "missing")

const storage = loadStorageSnapshot('final');
const storageNow = new Date(storage.capturedAt);
const storageObjects = (): RelationObjects => ({
  pods: storage.pods,
  nodes: storage.nodes,
  deployments: storage.deployments,
  replicaSets: storage.replicaSets,
  cronJobs: storage.cronJobs,
  persistentVolumeClaims: storage.persistentVolumeClaims,
  persistentVolumes: storage.persistentVolumes,
  storageClasses: storage.storageClasses,
  configMaps: storage.configMaps,
  secrets: storage.secrets,
  events: normalizeEvents(storage.events),
});
const demoObjects = (): RelationObjects => ({
  pods: sandboxCapture.pods(),
  services: sandboxCapture.services(),
  endpointSlices: sandboxCapture.endpointSlices(),
  nodes: sandboxCapture.nodes(),
  events: normalizeEvents(sandboxCapture.events()),
});
const demoNow = new Date('2026-11-26T02:10:09Z');

// ---- expected-value builders: every field is still spelled out, only the id is derived

function node(kind: RelationNode['kind'], namespace: string | null, name: string, hop: number, status: string | null = null, ghost: RelationNode['ghost'] = null): RelationNode {
  return { id: relationId(kind, namespace, name), kind, namespace, name, hop, ghost, status };
}
const ev = (object: string, path: string) => ({ object, path });
const SA_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';
const rootCa = (path: string, container: string, check: ConfigEdgeReference['check']): ConfigEdgeReference => ({
  keys: ['ca.crt'],
  via: 'projected',
  path,
  container: null,
  optional: false,
  delivery: 'mounted-files',
  mounts: [{ container, mountPath: SA_MOUNT, subPath: null, receivesUpdates: true }],
  prefix: null,
  envName: null,
  check,
});
const OK = { state: 'ok' as const, missingKeys: [], broken: false };

describe('buildRelations', () => {
  it('around a pod: its owner, the Service selecting it label by label, its endpoint, its node with the scheduling event, its config', () => {
    const podId = 'pods/explain-demo/web-569b4d9d45-7bj98';
    const graph = buildRelations({ kind: 'Pod', namespace: 'explain-demo', name: 'web-569b4d9d45-7bj98' }, demoObjects(), { now: demoNow });
    expect(graph).toStrictEqual({
      center: podId,
      nodes: [
        node('Pod', 'explain-demo', 'web-569b4d9d45-7bj98', 0, 'Running'),
        // ReplicaSets and ConfigMaps were not given: unknown, not missing.
        node('ReplicaSet', 'explain-demo', 'web-569b4d9d45', 1, null, 'unloaded'),
        node('Service', 'explain-demo', 'web', 1),
        node('Node', null, 'sandbox-worker', 1, 'Ready'),
        node('ConfigMap', 'explain-demo', 'kube-root-ca.crt', 1, null, 'unloaded'),
      ],
      edges: [
        {
          id: `owner:${podId}->replicasets/explain-demo/web-569b4d9d45`,
          kind: 'owner',
          from: podId,
          to: 'replicasets/explain-demo/web-569b4d9d45',
          evidence: [ev(podId, 'metadata.ownerReferences[0]')],
          broken: null,
          detail: { controller: true },
        },
        {
          id: `selects:services/explain-demo/web->${podId}`,
          kind: 'selects',
          from: 'services/explain-demo/web',
          to: podId,
          evidence: [ev('services/explain-demo/web', "spec.selector['app']"), ev(podId, "metadata.labels['app']")],
          broken: null,
          detail: { selector: 'app=web', labels: [{ key: 'app', requirement: 'app=web', actual: 'web', matches: true }] },
        },
        {
          id: `endpoint:services/explain-demo/web->${podId}`,
          kind: 'endpoint',
          from: 'services/explain-demo/web',
          to: podId,
          evidence: [ev('services/explain-demo/web', 'endpointSlice[web-pgjgp].endpoints[1]')],
          broken: null,
          detail: { slice: 'web-pgjgp', index: 1, ready: true, serving: true, terminating: false, addresses: ['10.244.1.2'] },
        },
        {
          id: `scheduled-on:${podId}->nodes/sandbox-worker`,
          kind: 'scheduled-on',
          from: podId,
          to: 'nodes/sandbox-worker',
          evidence: [ev(podId, 'spec.nodeName'), ev(podId, 'events[reason=Scheduled].message')],
          broken: null,
          detail: { message: 'Successfully assigned explain-demo/web-569b4d9d45-7bj98 to sandbox-worker' },
        },
        {
          id: `uses-config:${podId}->configmaps/explain-demo/kube-root-ca.crt`,
          kind: 'uses-config',
          from: podId,
          to: 'configmaps/explain-demo/kube-root-ca.crt',
          evidence: [ev(podId, 'spec.volumes[0].projected.sources[1].configMap')],
          broken: null,
          detail: { references: [rootCa('spec.volumes[0].projected.sources[1].configMap', 'nginx', null)] },
        },
      ],
      truncated: [],
    } satisfies RelationGraph);
  });

  it('draws a Service whose selector matches no pod as a broken link to "pods matching app=web-frontend"', () => {
    const svc = 'services/explain-demo/no-endpoints';
    const placeholder = 'pods/explain-demo/?selector=app=web-frontend';
    expect(buildRelations({ kind: 'Service', namespace: 'explain-demo', name: 'no-endpoints' }, demoObjects(), { now: demoNow })).toStrictEqual({
      center: svc,
      nodes: [
        node('Service', 'explain-demo', 'no-endpoints', 0),
        { id: placeholder, kind: 'Pod', namespace: 'explain-demo', name: 'selector=app=web-frontend', hop: 1, ghost: 'placeholder', status: null },
      ],
      edges: [
        {
          id: `selects:${svc}->${placeholder}`,
          kind: 'selects',
          from: svc,
          to: placeholder,
          evidence: [ev(svc, 'spec.selector')],
          broken: { reason: 'matches-nothing', what: 'pods matching app=web-frontend' },
          detail: { selector: 'app=web-frontend', labels: [] },
        },
      ],
      truncated: [],
    } satisfies RelationGraph);
  });

  it('marks each missing ConfigMap, Secret and key of broken-refs-pod, grouping references per object; optional misses stay whole', () => {
    const pod = 'pods/hi-capture/broken-refs-pod';
    const graph = buildRelations({ kind: 'Pod', namespace: 'hi-capture', name: 'broken-refs-pod' }, storageObjects(), { now: storageNow });
    const uses = (target: string, broken: RelationEdge['broken'], references: ConfigEdgeReference[]): RelationEdge => ({
      id: `uses-config:${pod}->${target}`,
      kind: 'uses-config',
      from: pod,
      to: target,
      evidence: references.map((r) => ev(pod, r.path)),
      broken,
      detail: { references },
    });
    const env = (path: string, keys: string[] | null, via: 'env' | 'envFrom', envName: string | null, check: ConfigEdgeReference['check']): ConfigEdgeReference => ({
      keys,
      via,
      path,
      container: 'app',
      optional: false,
      delivery: 'at-container-start',
      mounts: [],
      prefix: null,
      envName,
      check,
    });
    const mounted = (path: string, keys: string[] | null, via: 'volume' | 'projected', mountPath: string, optional: boolean, check: ConfigEdgeReference['check']): ConfigEdgeReference => ({
      keys,
      via,
      path,
      container: null,
      optional,
      delivery: 'mounted-files',
      mounts: [{ container: 'app', mountPath, subPath: null, receivesUpdates: true }],
      prefix: null,
      envName: null,
      check,
    });
    expect(graph).toStrictEqual({
      center: pod,
      nodes: [
        node('Pod', 'hi-capture', 'broken-refs-pod', 0, 'Pending'),
        node('Secret', 'hi-capture', 'hi-absent-secret', 1, null, 'missing'),
        node('ConfigMap', 'hi-capture', 'app-config', 1),
        node('Secret', 'hi-capture', 'db-credentials', 1),
        node('ConfigMap', 'hi-capture', 'hi-absent-config', 1, null, 'missing'),
        node('ConfigMap', 'hi-capture', 'hi-absent-optional', 1, null, 'missing'),
        node('ConfigMap', 'hi-capture', 'kube-root-ca.crt', 1),
      ],
      edges: [
        uses('secrets/hi-capture/hi-absent-secret', { reason: 'missing-object', what: 'Secret hi-absent-secret' }, [
          env('spec.containers[0].envFrom[0].secretRef', null, 'envFrom', null, { state: 'missing-object', missingKeys: [], broken: true }),
        ]),
        uses('configmaps/hi-capture/app-config', { reason: 'missing-key', what: 'key NOPE' }, [
          env('spec.containers[0].env[0].valueFrom.configMapKeyRef', ['NOPE'], 'env', 'MISSING_KEY', { state: 'missing-keys', missingKeys: ['NOPE'], broken: true }),
        ]),
        uses('secrets/hi-capture/db-credentials', { reason: 'missing-key', what: 'key token, ssh-key' }, [
          env('spec.containers[0].env[1].valueFrom.secretKeyRef', ['token'], 'env', 'MISSING_SECRET_KEY', { state: 'missing-keys', missingKeys: ['token'], broken: true }),
          mounted('spec.volumes[1].projected.sources[0].secret', ['ssh-key'], 'projected', '/etc/mixed', false, { state: 'missing-keys', missingKeys: ['ssh-key'], broken: true }),
        ]),
        uses('configmaps/hi-capture/hi-absent-config', { reason: 'missing-object', what: 'ConfigMap hi-absent-config' }, [
          mounted('spec.volumes[0].configMap', null, 'volume', '/etc/absent', false, { state: 'missing-object', missingKeys: [], broken: true }),
        ]),
        uses('configmaps/hi-capture/hi-absent-optional', null, [
          mounted('spec.volumes[1].projected.sources[1].configMap', null, 'projected', '/etc/mixed', true, { state: 'missing-object', missingKeys: [], broken: false }),
        ]),
        uses('configmaps/hi-capture/kube-root-ca.crt', null, [rootCa('spec.volumes[2].projected.sources[1].configMap', 'app', OK)]),
      ],
      truncated: [],
    } satisfies RelationGraph);
  });

  it('around an unbound claim: the pod it holds, an unbound link naming the Pending cause, and its class', () => {
    const claim = 'persistentvolumeclaims/hi-capture/provisioner-claim';
    const placeholder = 'persistentvolumes/?unbound:hi-capture/provisioner-claim';
    expect(buildRelations({ kind: 'PersistentVolumeClaim', namespace: 'hi-capture', name: 'provisioner-claim' }, storageObjects(), { now: storageNow })).toStrictEqual({
      center: claim,
      nodes: [
        node('PersistentVolumeClaim', 'hi-capture', 'provisioner-claim', 0, 'Pending'),
        node('Pod', 'hi-capture', 'unbound-claim-pod', 1, 'Pending'),
        { id: placeholder, kind: 'PersistentVolume', namespace: null, name: 'unbound:hi-capture/provisioner-claim', hop: 1, ghost: 'placeholder', status: null },
        node('StorageClass', null, 'hi-missing-provisioner', 1),
      ],
      edges: [
        {
          id: `mounts-claim:pods/hi-capture/unbound-claim-pod->${claim}`,
          kind: 'mounts-claim',
          from: 'pods/hi-capture/unbound-claim-pod',
          to: claim,
          evidence: [ev('pods/hi-capture/unbound-claim-pod', 'spec.volumes[0].persistentVolumeClaim.claimName')],
          broken: null,
          detail: { volume: 'data', readOnly: false },
        },
        {
          id: `bound-to:${claim}->${placeholder}`,
          kind: 'bound-to',
          from: claim,
          to: placeholder,
          evidence: [
            ev(claim, 'status.phase'),
            ev(claim, 'spec.storageClassName'),
            ev(claim, "metadata.annotations['volume.kubernetes.io/storage-provisioner']"),
            ev(claim, 'events[reason=ExternalProvisioning].message'),
          ],
          broken: { reason: 'unbound', what: 'waiting-for-provisioner' },
          detail: { claimPhase: 'Pending', volumePhase: null },
        },
        {
          id: `in-class:${claim}->storageclasses/hi-missing-provisioner`,
          kind: 'in-class',
          from: claim,
          to: 'storageclasses/hi-missing-provisioner',
          evidence: [ev(claim, 'spec.storageClassName')],
          broken: null,
          detail: { className: 'hi-missing-provisioner' },
        },
      ],
      truncated: [],
    } satisfies RelationGraph);
  });

  it('shows a Released volume\'s claimRef to a deleted claim, and a Lost claim\'s deleted volume, as missing objects', () => {
    const pv = 'persistentvolumes/hi-pv-retain';
    const lost = 'persistentvolumeclaims/hi-capture/lost-claim';
    const released = buildRelations({ kind: 'PersistentVolume', name: 'hi-pv-retain' }, storageObjects(), { now: storageNow });
    const lostGraph = buildRelations({ kind: 'PersistentVolumeClaim', namespace: 'hi-capture', name: 'lost-claim' }, storageObjects(), { now: storageNow });
    expect([released, lostGraph]).toStrictEqual([
      {
        center: pv,
        nodes: [
          node('PersistentVolume', null, 'hi-pv-retain', 0, 'Released'),
          node('PersistentVolumeClaim', 'hi-capture', 'retain-claim', 1, null, 'missing'),
          node('StorageClass', null, 'hi-manual', 1),
        ],
        edges: [
          {
            id: `bound-to:persistentvolumeclaims/hi-capture/retain-claim->${pv}`,
            kind: 'bound-to',
            from: 'persistentvolumeclaims/hi-capture/retain-claim',
            to: pv,
            evidence: [ev(pv, 'spec.claimRef')],
            broken: { reason: 'missing-object', what: 'PersistentVolumeClaim retain-claim' },
            detail: { claimPhase: '', volumePhase: 'Released' },
          },
          {
            id: `in-class:${pv}->storageclasses/hi-manual`,
            kind: 'in-class',
            from: pv,
            to: 'storageclasses/hi-manual',
            evidence: [ev(pv, 'spec.storageClassName')],
            broken: null,
            detail: { className: 'hi-manual' },
          },
        ],
        truncated: [],
      },
      {
        center: lost,
        nodes: [
          node('PersistentVolumeClaim', 'hi-capture', 'lost-claim', 0, 'Lost'),
          node('PersistentVolume', null, 'hi-pv-lost', 1, null, 'missing'),
          node('StorageClass', null, 'hi-manual', 1),
        ],
        edges: [
          {
            id: `bound-to:${lost}->persistentvolumes/hi-pv-lost`,
            kind: 'bound-to',
            from: lost,
            to: 'persistentvolumes/hi-pv-lost',
            evidence: [ev(lost, 'spec.volumeName')],
            broken: { reason: 'missing-object', what: 'PersistentVolume hi-pv-lost' },
            detail: { claimPhase: 'Lost', volumePhase: null },
          },
          {
            id: `in-class:${lost}->storageclasses/hi-manual`,
            kind: 'in-class',
            from: lost,
            to: 'storageclasses/hi-manual',
            evidence: [ev(lost, 'spec.storageClassName')],
            broken: null,
            detail: { className: 'hi-manual' },
          },
        ],
        truncated: [],
      },
    ]);
  });

  it('follows a claim two hops through what its neighbours depend on: the pod\'s node and config, the volume\'s node and class', () => {
    const claim = 'persistentvolumeclaims/hi-capture/wffc-pod-claim';
    const pod = 'pods/hi-capture/wffc-pod';
    const pv = 'persistentvolumes/hi-pv-local-worker';
    const graph = buildRelations({ kind: 'PersistentVolumeClaim', namespace: 'hi-capture', name: 'wffc-pod-claim' }, storageObjects(), { now: storageNow, hops: 2 });
    const inClass = (from: string): RelationEdge => ({
      id: `in-class:${from}->storageclasses/hi-wffc`,
      kind: 'in-class',
      from,
      to: 'storageclasses/hi-wffc',
      evidence: [ev(from, 'spec.storageClassName')],
      broken: null,
      detail: { className: 'hi-wffc' },
    });
    expect(graph).toStrictEqual({
      center: claim,
      nodes: [
        node('PersistentVolumeClaim', 'hi-capture', 'wffc-pod-claim', 0, 'Bound'),
        node('Pod', 'hi-capture', 'wffc-pod', 1, 'Running'),
        node('PersistentVolume', null, 'hi-pv-local-worker', 1, 'Bound'),
        node('StorageClass', null, 'hi-wffc', 1),
        node('Node', null, 'sandbox-worker', 2, 'Ready'),
        node('ConfigMap', 'hi-capture', 'kube-root-ca.crt', 2),
      ],
      edges: [
        {
          id: `mounts-claim:${pod}->${claim}`,
          kind: 'mounts-claim',
          from: pod,
          to: claim,
          evidence: [ev(pod, 'spec.volumes[0].persistentVolumeClaim.claimName')],
          broken: null,
          detail: { volume: 'data', readOnly: false },
        },
        {
          id: `bound-to:${claim}->${pv}`,
          kind: 'bound-to',
          from: claim,
          to: pv,
          evidence: [ev(claim, 'spec.volumeName'), ev(pv, 'spec.claimRef')],
          broken: null,
          detail: { claimPhase: 'Bound', volumePhase: 'Bound' },
        },
        inClass(claim),
        {
          id: `scheduled-on:${pod}->nodes/sandbox-worker`,
          kind: 'scheduled-on',
          from: pod,
          to: 'nodes/sandbox-worker',
          evidence: [ev(pod, 'spec.nodeName'), ev(pod, 'events[reason=Scheduled].message')],
          broken: null,
          // The scheduler placed the pod where the WaitForFirstConsumer volume lives, and bound the claim.
          detail: { message: 'Successfully assigned hi-capture/wffc-pod to sandbox-worker' },
        },
        {
          id: `uses-config:${pod}->configmaps/hi-capture/kube-root-ca.crt`,
          kind: 'uses-config',
          from: pod,
          to: 'configmaps/hi-capture/kube-root-ca.crt',
          evidence: [ev(pod, 'spec.volumes[1].projected.sources[1].configMap')],
          broken: null,
          detail: { references: [rootCa('spec.volumes[1].projected.sources[1].configMap', 'app', OK)] },
        },
        inClass(pv),
        {
          id: `pinned-to:${pv}->nodes/sandbox-worker`,
          kind: 'pinned-to',
          from: pv,
          to: 'nodes/sandbox-worker',
          evidence: [ev(pv, 'spec.nodeAffinity.required.nodeSelectorTerms[0]')],
          broken: null,
          detail: { requirements: ['kubernetes.io/hostname in (sandbox-worker)'] },
        },
      ],
      truncated: [],
    } satisfies RelationGraph);
  });

  it('links a StatefulSet to the claim its volumeClaimTemplate made (<template>-<statefulset>-<ordinal>), its pod by owner and by selector', () => {
    const w = workloadSnapshot('sts-starting');
    const sts = 'statefulsets/hf-capture/vol';
    const pod = 'pods/hf-capture/vol-0';
    const claim = 'persistentvolumeclaims/hf-capture/data-vol-0';
    const objects: RelationObjects = { pods: w.pods, statefulSets: w.statefulSets, persistentVolumeClaims: w.pvcs, events: normalizeEvents(w.events) };
    expect(buildRelations({ kind: 'StatefulSet', namespace: 'hf-capture', name: 'vol' }, objects, { now: new Date(w.capturedAt) })).toStrictEqual({
      center: sts,
      nodes: [node('StatefulSet', 'hf-capture', 'vol', 0), node('Pod', 'hf-capture', 'vol-0', 1, 'Pending'), node('PersistentVolumeClaim', 'hf-capture', 'data-vol-0', 1, 'Pending')],
      edges: [
        { id: `owner:${pod}->${sts}`, kind: 'owner', from: pod, to: sts, evidence: [ev(pod, 'metadata.ownerReferences[0]')], broken: null, detail: { controller: true } },
        {
          id: `selects:${sts}->${pod}`,
          kind: 'selects',
          from: sts,
          to: pod,
          evidence: [ev(sts, 'spec.selector'), ev(pod, "metadata.labels['app']")],
          broken: null,
          detail: { selector: 'app=vol', labels: [{ key: 'app', requirement: 'app=vol', actual: 'vol', matches: true }] },
        },
        {
          id: `claim-template:${sts}->${claim}`,
          kind: 'claim-template',
          from: sts,
          to: claim,
          evidence: [ev(sts, 'spec.volumeClaimTemplates[0]')],
          broken: null,
          detail: { template: 'data', ordinal: 0 },
        },
      ],
      truncated: [],
    } satisfies RelationGraph);
  });

  it('marks a claim that does not exist and a StorageClass that does not exist as missing objects', () => {
    const pod = 'pods/hi-capture/missing-claim-pod';
    const missingClass = buildRelations({ kind: 'PersistentVolumeClaim', namespace: 'hi-capture', name: 'missing-class-claim' }, storageObjects(), { now: storageNow });
    expect([
      buildRelations({ kind: 'Pod', namespace: 'hi-capture', name: 'missing-claim-pod' }, storageObjects(), { now: storageNow }),
      missingClass.edges.find((e) => e.kind === 'in-class'),
    ]).toStrictEqual([
      {
        center: pod,
        nodes: [
          node('Pod', 'hi-capture', 'missing-claim-pod', 0, 'Pending'),
          node('PersistentVolumeClaim', 'hi-capture', 'hi-nope', 1, null, 'missing'),
          node('ConfigMap', 'hi-capture', 'kube-root-ca.crt', 1),
        ],
        edges: [
          {
            id: `mounts-claim:${pod}->persistentvolumeclaims/hi-capture/hi-nope`,
            kind: 'mounts-claim',
            from: pod,
            to: 'persistentvolumeclaims/hi-capture/hi-nope',
            evidence: [ev(pod, 'spec.volumes[0].persistentVolumeClaim.claimName')],
            broken: { reason: 'missing-object', what: 'PersistentVolumeClaim hi-nope' },
            detail: { volume: 'data', readOnly: false },
          },
          {
            id: `uses-config:${pod}->configmaps/hi-capture/kube-root-ca.crt`,
            kind: 'uses-config',
            from: pod,
            to: 'configmaps/hi-capture/kube-root-ca.crt',
            evidence: [ev(pod, 'spec.volumes[1].projected.sources[1].configMap')],
            broken: null,
            detail: { references: [rootCa('spec.volumes[1].projected.sources[1].configMap', 'app', OK)] },
          },
        ],
        truncated: [],
      },
      {
        id: 'in-class:persistentvolumeclaims/hi-capture/missing-class-claim->storageclasses/hi-does-not-exist',
        kind: 'in-class',
        from: 'persistentvolumeclaims/hi-capture/missing-class-claim',
        to: 'storageclasses/hi-does-not-exist',
        evidence: [ev('persistentvolumeclaims/hi-capture/missing-class-claim', 'spec.storageClassName')],
        broken: { reason: 'missing-object', what: 'StorageClass hi-does-not-exist' },
        detail: { className: 'hi-does-not-exist' },
      },
    ]);
  });

  it('marks a local volume whose node affinity admits no node as pinned to nothing', () => {
    const pv = 'persistentvolumes/hi-pv-local-ghost';
    const placeholder = 'nodes/?nodeAffinity=kubernetes.io/hostname in (hi-no-such-node)';
    expect(buildRelations({ kind: 'PersistentVolume', name: 'hi-pv-local-ghost' }, storageObjects(), { now: storageNow }).edges.find((e) => e.kind === 'pinned-to')).toStrictEqual({
      id: `pinned-to:${pv}->${placeholder}`,
      kind: 'pinned-to',
      from: pv,
      to: placeholder,
      evidence: [ev(pv, 'spec.nodeAffinity.required.nodeSelectorTerms[0]')],
      broken: { reason: 'matches-nothing', what: 'nodes matching kubernetes.io/hostname in (hi-no-such-node)' },
      detail: { requirements: ['kubernetes.io/hostname in (hi-no-such-node)'] },
    });
  });

  it('marks an owner and a node that are gone as missing objects (the ReplicaSet and node dropped from the captured lists)', () => {
    const pod = 'pods/hi-capture/config-deploy-89dc495c4-bp62b';
    const objects = { ...storageObjects(), replicaSets: [], nodes: storage.nodes.filter((n) => n.metadata?.name !== 'sandbox-worker2') };
    const graph = buildRelations({ kind: 'Pod', namespace: 'hi-capture', name: 'config-deploy-89dc495c4-bp62b' }, objects, { now: storageNow });
    expect(graph.edges.filter((e) => e.kind === 'owner' || e.kind === 'scheduled-on')).toStrictEqual([
      {
        id: `owner:${pod}->replicasets/hi-capture/config-deploy-89dc495c4`,
        kind: 'owner',
        from: pod,
        to: 'replicasets/hi-capture/config-deploy-89dc495c4',
        evidence: [ev(pod, 'metadata.ownerReferences[0]')],
        broken: { reason: 'missing-object', what: 'ReplicaSet config-deploy-89dc495c4' },
        detail: { controller: true },
      },
      {
        id: `scheduled-on:${pod}->nodes/sandbox-worker2`,
        kind: 'scheduled-on',
        from: pod,
        to: 'nodes/sandbox-worker2',
        evidence: [ev(pod, 'spec.nodeName'), ev(pod, 'events[reason=Scheduled].message')],
        broken: { reason: 'missing-object', what: 'Node sandbox-worker2' },
        detail: { message: 'Successfully assigned hi-capture/config-deploy-89dc495c4-bp62b to sandbox-worker2' },
      },
    ]);
  });

  it('centred on a Secret, lists who uses it and how; centred on a StorageClass, its claims and volumes', () => {
    const secret = 'secrets/hi-capture/registry-creds';
    const pod = 'pods/hi-capture/config-consumer';
    const sc = 'storageclasses/hi-wffc';
    const inClass = (from: string): RelationEdge => ({ id: `in-class:${from}->${sc}`, kind: 'in-class', from, to: sc, evidence: [ev(from, 'spec.storageClassName')], broken: null, detail: { className: 'hi-wffc' } });
    expect([
      buildRelations({ kind: 'Secret', namespace: 'hi-capture', name: 'registry-creds' }, storageObjects(), { now: storageNow }),
      buildRelations({ kind: 'StorageClass', name: 'hi-wffc' }, storageObjects(), { now: storageNow }),
    ]).toStrictEqual([
      {
        center: secret,
        nodes: [node('Secret', 'hi-capture', 'registry-creds', 0), node('Pod', 'hi-capture', 'config-consumer', 1, 'Running')],
        edges: [
          {
            id: `uses-config:${pod}->${secret}`,
            kind: 'uses-config',
            from: pod,
            to: secret,
            evidence: [ev(pod, 'spec.imagePullSecrets[0]')],
            broken: null,
            detail: {
              references: [
                { keys: null, via: 'imagePullSecret', path: 'spec.imagePullSecrets[0]', container: null, optional: false, delivery: 'image-pull', mounts: [], prefix: null, envName: null, check: OK },
              ],
            },
          },
        ],
        truncated: [],
      },
      {
        center: sc,
        nodes: [
          node('StorageClass', null, 'hi-wffc', 0),
          node('PersistentVolumeClaim', 'hi-capture', 'wffc-claim', 1, 'Pending'),
          node('PersistentVolumeClaim', 'hi-capture', 'wffc-nopv-claim', 1, 'Pending'),
          node('PersistentVolumeClaim', 'hi-capture', 'wffc-pod-claim', 1, 'Bound'),
          node('PersistentVolume', null, 'hi-pv-local-worker', 1, 'Bound'),
        ],
        edges: [
          inClass('persistentvolumeclaims/hi-capture/wffc-claim'),
          inClass('persistentvolumeclaims/hi-capture/wffc-nopv-claim'),
          inClass('persistentvolumeclaims/hi-capture/wffc-pod-claim'),
          inClass('persistentvolumes/hi-pv-local-worker'),
        ],
        truncated: [],
      },
    ]);
  });

  it('caps the edges of one kind at a node and says how many it left out', () => {
    const graph = buildRelations({ kind: 'Node', name: 'sandbox-worker' }, demoObjects(), { now: demoNow, maxEdgesPerNode: 3 });
    expect([graph.nodes.map((n) => n.id), graph.edges.map((e) => [e.id, e.detail]), graph.truncated]).toStrictEqual([
      ['nodes/sandbox-worker', 'pods/explain-demo/complete-job-blpj8', 'pods/explain-demo/image-pull-backoff', 'pods/explain-demo/oom-killed'],
      [
        ['scheduled-on:pods/explain-demo/complete-job-blpj8->nodes/sandbox-worker', { message: 'Successfully assigned explain-demo/complete-job-blpj8 to sandbox-worker' }],
        ['scheduled-on:pods/explain-demo/image-pull-backoff->nodes/sandbox-worker', { message: null }],
        ['scheduled-on:pods/explain-demo/oom-killed->nodes/sandbox-worker', { message: null }],
      ],
      [{ node: 'nodes/sandbox-worker', kind: 'scheduled-on', shown: 3, total: 7 }],
    ]);
  });

  it('at two hops from a Deployment follows each pod to its owner, node and config, but no selector fans out again', () => {
    const graph = buildRelations({ kind: 'Deployment', namespace: 'hi-capture', name: 'config-deploy' }, storageObjects(), { now: storageNow, hops: 2 });
    const rs = 'replicasets/hi-capture/config-deploy-89dc495c4';
    const pod = 'pods/hi-capture/config-deploy-89dc495c4-bp62b';
    const deploy = 'deployments/hi-capture/config-deploy';
    expect([graph.nodes.map((n) => [n.id, n.hop]), graph.edges.map((e) => [e.kind, e.from, e.to, e.broken])]).toStrictEqual([
      [
        [deploy, 0],
        [rs, 1],
        [pod, 1],
        ['configmaps/hi-capture/app-config', 1],
        ['secrets/hi-capture/db-credentials', 1],
        ['nodes/sandbox-worker2', 2],
        ['configmaps/hi-capture/kube-root-ca.crt', 2],
      ],
      [
        ['owner', rs, deploy, null],
        ['selects', deploy, pod, null],
        ['uses-config', deploy, 'configmaps/hi-capture/app-config', null],
        ['uses-config', deploy, 'secrets/hi-capture/db-credentials', null],
        ['uses-config', rs, 'configmaps/hi-capture/app-config', null],
        ['uses-config', rs, 'secrets/hi-capture/db-credentials', null],
        ['owner', pod, rs, null],
        ['scheduled-on', pod, 'nodes/sandbox-worker2', null],
        ['uses-config', pod, 'configmaps/hi-capture/app-config', null],
        ['uses-config', pod, 'secrets/hi-capture/db-credentials', null],
        ['uses-config', pod, 'configmaps/hi-capture/kube-root-ca.crt', null],
      ],
    ]);
  });

  it('turns the uses-config edge broken once the ConfigMap a running pod needs is deleted (app-config dropped from the list)', () => {
    const objects = { ...storageObjects(), configMaps: storage.configMaps.filter((c) => c.metadata?.name !== 'app-config') };
    const graph = buildRelations({ kind: 'ConfigMap', namespace: 'hi-capture', name: 'app-config' }, objects, { now: storageNow });
    expect([graph.nodes[0], graph.edges.map((e) => [e.from, e.broken])]).toStrictEqual([
      node('ConfigMap', 'hi-capture', 'app-config', 0, null, 'missing'),
      [
        ['pods/hi-capture/broken-refs-pod', { reason: 'missing-object', what: 'ConfigMap app-config' }],
        ['pods/hi-capture/config-consumer', { reason: 'missing-object', what: 'ConfigMap app-config' }],
        ['pods/hi-capture/config-deploy-89dc495c4-bp62b', { reason: 'missing-object', what: 'ConfigMap app-config' }],
        ['pods/hi-capture/missing-key-pod', { reason: 'missing-object', what: 'ConfigMap app-config' }],
        ['deployments/hi-capture/config-deploy', { reason: 'missing-object', what: 'ConfigMap app-config' }],
        ['replicasets/hi-capture/config-deploy-89dc495c4', { reason: 'missing-object', what: 'ConfigMap app-config' }],
      ],
    ]);
  });

  it('marks a Deployment whose selector matches no pod as broken, but not one scaled to zero (pods dropped from the captured list)', () => {
    const deploy = 'deployments/hi-capture/config-deploy';
    const placeholder = 'pods/hi-capture/?selector=app=config-deploy';
    const objects = { ...storageObjects(), pods: [] };
    const scaledDown = { ...objects, deployments: storage.deployments.map((d) => ({ ...d, spec: { ...d.spec!, replicas: 0 } })) };
    const selects = (o: RelationObjects) => buildRelations({ kind: 'Deployment', namespace: 'hi-capture', name: 'config-deploy' }, o, { now: storageNow }).edges.filter((e) => e.kind === 'selects');
    expect([selects(objects), selects(scaledDown)]).toStrictEqual([
      [
        {
          id: `selects:${deploy}->${placeholder}`,
          kind: 'selects',
          from: deploy,
          to: placeholder,
          evidence: [ev(deploy, 'spec.selector')],
          broken: { reason: 'matches-nothing', what: 'pods matching app=config-deploy' },
          detail: { selector: 'app=config-deploy', labels: [] },
        },
      ],
      [],
    ]);
  });

  it("gives each namespace's namesake its own object, slices and events: a copy of the demo in another namespace changes nothing around the original", () => {
    const o = demoObjects();
    const other = <T extends { metadata?: object }>(x: T): T => ({ ...x, metadata: { ...x.metadata, namespace: 'other', uid: `other-${(x.metadata as { uid?: string }).uid}` } });
    const doubled: RelationObjects = {
      ...o,
      pods: [...(o.pods ?? []).map(other), ...(o.pods ?? [])],
      services: [...(o.services ?? []).map(other), ...(o.services ?? [])],
      endpointSlices: [...(o.endpointSlices ?? []).map(other), ...(o.endpointSlices ?? [])],
    };
    for (const center of [
      { kind: 'Pod' as const, namespace: 'explain-demo', name: 'web-569b4d9d45-7bj98' },
      { kind: 'Service' as const, namespace: 'explain-demo', name: 'web' },
      { kind: 'Service' as const, namespace: 'explain-demo', name: 'readiness-demo' },
    ]) {
      const alone = buildRelations(center, o, { now: demoNow });
      const withCopy = buildRelations(center, doubled, { now: demoNow });
      expect(withCopy).toStrictEqual(alone);
      expect(alone.edges.length).toBeGreaterThan(0);
    }
    // Centred on a node, both namespaces' pods are on it, each its own object.
    const onNode = buildRelations({ kind: 'Node', name: 'sandbox-worker' }, doubled, { now: demoNow });
    const pods = onNode.nodes.filter((n) => n.kind === 'Pod');
    const of = (copy: boolean) => pods.filter((n) => (n.namespace === 'other') === copy).map((n) => [n.name, n.status]);
    expect(of(true)).toStrictEqual(of(false));
    expect(pods.length).toBeGreaterThan(0);
  });
});
