import { describe, expect, it } from 'vitest';
import type { V1Node, V1Pod, V1Service } from '@kubernetes/client-node';
import { CONCEPT_IDS } from '../concepts/ids';
import { loadFixture } from '../testing/fixtures';
import { hasLiveExamples, liveExamples, type LiveObjects } from './concept-live';
import { SANDBOX_CAPTURE } from './concept-live.testdata';

const pod = (f: string) => loadFixture<V1Pod>(`pods/${f}.json`);
const objects: LiveObjects = {
  pods: [
    pod('minikube-crashloopbackoff-lastState-error'),
    pod('minikube-running-not-ready-readiness-tcp-failing'),
    pod('minikube-init-container-completed-running'),
    pod('minikube-pending-podinitializing'),
    pod('kind-native-sidecar-init-completed-running'),
    pod('minikube-running-ready-nginx'),
    SANDBOX_CAPTURE.oomKilledPod,
    SANDBOX_CAPTURE.initDemoPod,
  ],
  services: [loadFixture<V1Service>('services/clusterip-argocd-metrics.json'), loadFixture<V1Service>('services/minikube-nodeport-30805.json')],
  nodes: [loadFixture<V1Node>('nodes/minikube-v1.17-docker-ready.json'), SANDBOX_CAPTURE.controlPlaneNode],
};
const now = new Date('2026-11-26T02:10:00Z');

describe('live examples of a concept', () => {
  it('lists pods whose kubectl STATUS is CrashLoopBackOff for the crash-loop concept', () => {
    expect(liveExamples('reason-crash-loop-backoff', objects, now)).toStrictEqual({
      rule: { id: 'containerReason', params: { reason: 'CrashLoopBackOff' } },
      overview: false,
      items: [
        { kind: 'pod', namespace: 'argocd', name: 'my-pod', detail: 'CrashLoopBackOff', path: 'STATUS', note: 'now' },
        { kind: 'pod', namespace: 'explain-demo', name: 'oom-killed', detail: 'CrashLoopBackOff', path: 'STATUS', note: 'now' },
      ],
      total: 2,
    });
  });

  it('finds an OOM kill in the last termination while the pod is backing off', () => {
    expect(liveExamples('reason-oom-killed', objects, now).items).toStrictEqual([
      { kind: 'pod', namespace: 'explain-demo', name: 'oom-killed', detail: 'CrashLoopBackOff', path: 'status.containerStatuses[0].lastState.terminated.reason', note: 'previous' },
    ]);
  });

  it('lists pods with a readiness probe and flags the one failing now', () => {
    expect(liveExamples('readiness-probe', objects, now)).toStrictEqual({
      rule: { id: 'probe', params: { probe: 'readinessProbe' } },
      overview: false,
      items: [{ kind: 'pod', namespace: 'argocd', name: 'never-ready', detail: 'main: ready=false', path: 'spec.containers[0].readinessProbe', note: 'failing' }],
      total: 1,
    });
  });

  it('lists Pending pods with their STATUS for the Pending phase', () => {
    expect(liveExamples('phase-pending', objects, now).items).toStrictEqual([
      { kind: 'pod', namespace: 'argocd', name: 'image-pull-backoff', detail: 'PodInitializing', path: 'status.phase', note: null },
    ]);
  });

  it('lists ClusterIP services but not NodePort ones for the ClusterIP type', () => {
    expect(liveExamples('service-type-cluster-ip', objects, now).items).toStrictEqual([
      { kind: 'service', namespace: 'argocd', name: 'argocd-metrics', detail: 'ClusterIP 10.96.199.2', path: 'spec.type', note: null },
    ]);
  });

  it('lists the tainted control-plane node for the control-plane taint', () => {
    expect(liveExamples('taint-control-plane', objects, now)).toStrictEqual({
      rule: { id: 'taint', params: { key: 'node-role.kubernetes.io/control-plane' } },
      overview: false,
      items: [{ kind: 'node', namespace: null, name: 'sandbox-control-plane', detail: 'node-role.kubernetes.io/control-plane:NoSchedule', path: 'spec.taints[0]', note: 'now' }],
      total: 1,
    });
  });

  it('lists pods with classic init containers, leaving out native sidecars', () => {
    expect(liveExamples('init-containers', objects, now).items.map((i) => [i.name, i.detail])).toStrictEqual([
      ['hurry-up-and-wait', 'init-sleep → Running'],
      ['sleep', 'init → Running'],
      ['init-demo', 'wait-for-db, migrate → Running'],
    ]);
    expect(liveExamples('sidecar-containers', objects, now).items).toStrictEqual([
      { kind: 'pod', namespace: 'default', name: 'sleep', detail: 'sidecar', path: 'spec.initContainers[1].restartPolicy', note: null },
    ]);
  });

  it('lists every node with its Ready condition for the node concept', () => {
    expect(liveExamples('node', objects, now).items).toStrictEqual([
      { kind: 'node', namespace: null, name: 'minikube', detail: 'True (KubeletReady)', path: 'status.conditions[3].status', note: null },
      { kind: 'node', namespace: null, name: 'sandbox-control-plane', detail: 'True (KubeletReady)', path: 'status.conditions[0].status', note: null },
    ]);
  });

  it('points architecture concepts at the overview even when no pods run them', () => {
    expect(liveExamples('kube-proxy', objects, now)).toStrictEqual({ rule: { id: 'systemPods', params: { selector: 'k8s-app=kube-proxy' } }, overview: true, items: [], total: 0 });
  });

  it('has no live examples for concepts that are not about cluster objects', () => {
    expect(liveExamples('docker-commands', objects, now)).toStrictEqual({ rule: null, overview: false, items: [], total: 0 });
    expect(hasLiveExamples('docker-commands')).toBe(false);
  });

  it('finds the kube-api-access projected volume the ServiceAccount admission adds, on the pods that have one', () => {
    const found = liveExamples('projected-volume', objects, now);
    expect(found.rule).toStrictEqual({ id: 'volumes', params: { type: 'projected' } });
    expect(found.items.map((i) => [i.namespace, i.name, i.detail])).toStrictEqual([
      ['default', 'sleep', 'kube-api-access-mphcq (projected)'],
      ['explain-demo', 'init-demo', 'kube-api-access-wp56s (projected)'],
      ['explain-demo', 'oom-killed', 'kube-api-access-tnr8v (projected)'],
    ]);
    // Older captures (before 1.22) mount the token from a Secret instead: the secret concept finds those.
    expect(liveExamples('secret', objects, now).items.map((i) => i.detail)).toContain('default-token-f9jvj (secret)');
  });

  it('does not throw for any concept on real objects', () => {
    for (const id of CONCEPT_IDS) expect(() => liveExamples(id, objects, now)).not.toThrow();
  });
});
