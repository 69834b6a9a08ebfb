import { describe, expect, it } from 'vitest';
import { eventsForPod, normalizeEvents } from '../pod-events';
import type { Diagnosis } from '../types';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { diagnosePodStorage } from './pod-storage';

const s = loadStorageSnapshot('final');
const all = normalizeEvents(s.events);

function diagnose(name: string, objects = { configMaps: s.configMaps, secrets: s.secrets }): Diagnosis[] {
  const pod = byName(s.pods, name);
  return diagnosePodStorage({ pod, claims: s.persistentVolumeClaims, volumes: s.persistentVolumes, nodes: s.nodes, objects, events: eventsForPod(all, name, pod.metadata?.uid) });
}

const SCHEDULING_EVIDENCE = ['status.conditions[0].message', 'events[reason=FailedScheduling].message'];

describe('diagnosePodStorage', () => {
  it('names the claim a pod waits for: missing, or unbound with the scheduler\'s words (Immediate and WaitForFirstConsumer)', () => {
    expect([diagnose('missing-claim-pod'), diagnose('unbound-claim-pod'), diagnose('wffc-nopv-pod')]).toStrictEqual([
      [
        {
          id: 'pod-pvc-missing',
          severity: 'critical',
          conceptIds: ['pvc', 'kube-scheduler'],
          params: { claim: 'hi-nope', volume: 'data', ephemeral: 'no' },
          evidence: ['spec.volumes[0].persistentVolumeClaim.claimName', ...SCHEDULING_EVIDENCE],
        },
      ],
      [
        {
          id: 'pod-pvc-unbound',
          severity: 'critical',
          conceptIds: ['pvc', 'volume-binding-mode', 'kube-scheduler', 'condition-pod-scheduled'],
          params: { claim: 'provisioner-claim', volume: 'data', claimPhase: 'Pending', message: '0/4 nodes are available: pod has unbound immediate PersistentVolumeClaims. not found' },
          evidence: ['spec.volumes[0].persistentVolumeClaim.claimName', ...SCHEDULING_EVIDENCE],
        },
      ],
      [
        {
          id: 'pod-pvc-unbound',
          severity: 'critical',
          conceptIds: ['pvc', 'volume-binding-mode', 'kube-scheduler', 'condition-pod-scheduled'],
          params: {
            claim: 'wffc-nopv-claim',
            volume: 'data',
            claimPhase: 'Pending',
            message:
              "0/4 nodes are available: 2 node(s) didn't find available persistent volumes to bind, 2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.",
          },
          evidence: ['spec.volumes[0].persistentVolumeClaim.claimName', ...SCHEDULING_EVIDENCE],
        },
      ],
    ]);
  });

  it('explains a volume node affinity conflict with the pinned volume and the nodes it allows (none exist)', () => {
    expect(diagnose('ghost-local-pod')).toStrictEqual([
      {
        id: 'pod-volume-node-affinity-conflict',
        severity: 'critical',
        conceptIds: ['persistent-volume', 'volume-binding-mode', 'kube-scheduler', 'condition-pod-scheduled'],
        params: {
          message:
            "0/4 nodes are available: 2 node(s) didn't match PersistentVolume's node affinity, 2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/4 nodes are available: 4 Preemption is not helpful for scheduling.",
          volumes: 'hi-pv-local-ghost',
          claims: 'ghost-local-claim',
          allowedNodes: '',
        },
        evidence: ['spec.volumes[0].persistentVolumeClaim.claimName', ...SCHEDULING_EVIDENCE],
      },
    ]);
  });

  it('reports every broken ConfigMap or Secret reference, optional ones excepted', () => {
    const broken = (kind: string, name: string, missing: string, keys: string, via: string, path: string, container?: string): Diagnosis => ({
      id: 'pod-config-reference-broken',
      severity: 'critical',
      // The kind's own concept first (a Secret reference opens the Secret concept), then how such references are mounted.
      conceptIds: [kind === 'Secret' ? 'secret' : 'configmap', 'configmap-secret-volumes'],
      params: { kind, name, missing, keys, via, path, ...(container ? { container } : {}) },
      evidence: [path],
    });
    expect(diagnose('broken-refs-pod')).toStrictEqual([
      broken('Secret', 'hi-absent-secret', 'object', '', 'envFrom', 'spec.containers[0].envFrom[0].secretRef', 'app'),
      broken('ConfigMap', 'app-config', 'key', 'NOPE', 'env', 'spec.containers[0].env[0].valueFrom.configMapKeyRef', 'app'),
      broken('Secret', 'db-credentials', 'key', 'token', 'env', 'spec.containers[0].env[1].valueFrom.secretKeyRef', 'app'),
      broken('ConfigMap', 'hi-absent-config', 'object', '', 'volume', 'spec.volumes[0].configMap'),
      broken('Secret', 'db-credentials', 'key', 'ssh-key', 'projected', 'spec.volumes[1].projected.sources[0].secret'),
    ]);
  });

  it('leaves a missing key the kubelet already reported as CreateContainerConfigError to that diagnosis', () => {
    expect(diagnose('missing-key-pod')).toStrictEqual([]);
  });

  it('warns, not fails, when a running pod\'s ConfigMap is deleted: it breaks on the next container start', () => {
    const withoutAppConfig = { configMaps: s.configMaps.filter((c) => c.metadata?.name !== 'app-config'), secrets: s.secrets };
    expect(diagnose('config-deploy-89dc495c4-bp62b', withoutAppConfig)).toStrictEqual([
      {
        id: 'pod-config-reference-broken',
        severity: 'warning',
        conceptIds: ['configmap', 'configmap-secret-volumes'],
        params: { kind: 'ConfigMap', name: 'app-config', missing: 'object', keys: '', via: 'envFrom', path: 'spec.containers[0].envFrom[0].configMapRef', container: 'web' },
        evidence: ['spec.containers[0].envFrom[0].configMapRef'],
      },
    ]);
  });

  it('says nothing about pods whose claims are bound and whose references resolve', () => {
    expect([diagnose('static-consumer'), diagnose('wffc-pod'), diagnose('config-consumer')]).toStrictEqual([[], [], []]);
  });
});
