import { describe, expect, it } from 'vitest';
import { eventsForPod, normalizeEvents } from '../../explain/pod-events';
import { diagnosePodStorage } from '../../explain/storage/pod-storage';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { buildPodStorage } from './pod-storage-view';

// The sandbox's hi-capture namespace after its edits (lib/testing/captured/storage/README.md).
const s = loadStorageSnapshot('final');
const NS = 'hi-capture';
const inputs = {
  pods: s.pods,
  events: s.events,
  nodes: s.nodes,
  persistentvolumeclaims: s.persistentVolumeClaims,
  persistentvolumes: s.persistentVolumes,
  storageclasses: s.storageClasses,
  configmaps: s.configMaps,
  secrets: s.secrets,
};
const link = (kind: string, namespace: string | null, name: string, exists = true, optional = false) => ({ kind, namespace, name, exists, optional });
const rootCa = link('ConfigMap', NS, 'kube-root-ca.crt');

describe('the Pod page storage part', () => {
  it('links each claim volume through its claim, bound volume and class, and an emptyDir to nothing; no diagnosis for a running pod', () => {
    expect(buildPodStorage(inputs, { namespace: NS, name: 'static-consumer' })).toStrictEqual({
      found: true,
      namespace: NS,
      name: 'static-consumer',
      diagnoses: [],
      evidence: {},
      volumes: {
        data: [link('PersistentVolumeClaim', NS, 'static-claim'), link('PersistentVolume', null, 'hi-pv-static'), link('StorageClass', null, 'hi-manual')],
        grow: [link('PersistentVolumeClaim', NS, 'expand-claim'), link('PersistentVolume', null, 'hi-pv-expand'), link('StorageClass', null, 'hi-manual')],
        scratch: [],
        'kube-api-access-9nzcf': [rootCa],
      },
    });
  });

  it('says a pod on an unbound claim is held by it, with the scheduler’s words as evidence, and links the claim and its class but no volume', () => {
    const message = '0/4 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found';
    const model = buildPodStorage(inputs, { namespace: NS, name: 'unbound-claim-pod' });
    expect(model.found && [model.diagnoses.map((d) => [d.id, d.severity, d.params]), model.evidence, model.volumes]).toStrictEqual([
      [['pod-pvc-unbound', 'critical', { claim: 'provisioner-claim', volume: 'data', claimPhase: 'Pending', message }]],
      {
        'spec.volumes[0].persistentVolumeClaim.claimName': 'provisioner-claim',
        'status.conditions[0].message': message,
        'events[reason=FailedScheduling].message': message,
      },
      { data: [link('PersistentVolumeClaim', NS, 'provisioner-claim'), link('StorageClass', null, 'hi-missing-provisioner')], 'kube-api-access-7svrc': [rootCa] },
    ]);
  });

  it('carries every broken config reference of a pod as lib/explain diagnoses it, and marks missing objects in its volumes (optional ones as optional)', () => {
    const pod = s.pods.find((p) => p.metadata?.name === 'broken-refs-pod');
    if (!pod) throw new Error('no broken-refs-pod in the capture');
    const model = buildPodStorage(inputs, { namespace: NS, name: 'broken-refs-pod' });
    expect(model.found && [model.diagnoses, model.volumes]).toStrictEqual([
      diagnosePodStorage({
        pod,
        claims: s.persistentVolumeClaims,
        volumes: s.persistentVolumes,
        nodes: s.nodes,
        objects: { configMaps: s.configMaps, secrets: s.secrets },
        events: eventsForPod(normalizeEvents(s.events), 'broken-refs-pod', pod.metadata?.uid),
      }),
      {
        absent: [link('ConfigMap', NS, 'hi-absent-config', false)],
        mixed: [link('Secret', NS, 'db-credentials'), link('ConfigMap', NS, 'hi-absent-optional', false, true)],
        'kube-api-access-kn2vg': [rootCa],
      },
    ]);
    expect(model.found && model.diagnoses.map((d) => `${d.params.kind} ${d.params.name} ${d.params.missing} ${d.params.keys}`)).toStrictEqual([
      'Secret hi-absent-secret object ',
      'ConfigMap app-config key NOPE',
      'Secret db-credentials key token',
      'ConfigMap hi-absent-config object ',
      'Secret db-credentials key ssh-key',
    ]);
  });

  it('says the pod is gone when no pod has that namespace and name', () => {
    expect(buildPodStorage(inputs, { namespace: 'default', name: 'static-consumer' })).toStrictEqual({ found: false, namespace: 'default', name: 'static-consumer' });
  });
});
