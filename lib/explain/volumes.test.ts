import { describe, it, expect } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { explainVolume, explainVolumes } from './volumes';

describe('explainVolumes', () => {
  it('explains the captured bare nginx pod: a PVC (≈ named volume) and a service-account secret, by name only', () => {
    expect(explainVolumes(loadFixture<V1Pod>('pods/minikube-running-ready-nginx.json'))).toStrictEqual([
      {
        name: 'index',
        path: 'spec.volumes[0]',
        kind: 'persistentVolumeClaim',
        conceptIds: ['pvc', 'persistent-volume', 'storage-class', 'docker-volume'],
        dockerAnalogue: 'named-volume',
        lifetime: 'claim',
        securityRisk: false,
        params: { claimName: 'web' },
        mounts: [{ container: 'nginx', mountPath: '/usr/share/nginx/html', readOnly: false, subPath: null }],
      },
      {
        name: 'default-token-9ph8s',
        path: 'spec.volumes[1]',
        kind: 'secret',
        conceptIds: ['configmap-secret-volumes'],
        dockerAnalogue: 'none',
        lifetime: 'api-object',
        securityRisk: false,
        params: { secretName: 'default-token-9ph8s' },
        mounts: [
          { container: 'nginx', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true, subPath: null },
        ],
      },
    ]);
  });

  it('lists the sources of the projected kube-api-access volume and every container mounting it', () => {
    const [volume] = explainVolumes(loadFixture<V1Pod>('pods/kind-native-sidecar-init-completed-running.json'));
    expect(volume).toMatchObject({
      kind: 'projected',
      params: { sources: 'serviceAccountToken,configMap:kube-root-ca.crt,downwardAPI', serviceAccountToken: true },
    });
    expect(volume?.mounts.map((m) => m.container)).toStrictEqual(['init', 'sidecar', 'sleep']);
  });

  // docs: concepts/security/pod-security-standards (Baseline, "HostPath Volumes"): spec.volumes[*].hostPath must be undefined/nil.
  it('flags a hostPath volume as a risk even when every container mounts it read-only, since Baseline forbids them all', () => {
    const pod: V1Pod = {
      spec: {
        containers: [
          { name: 'log-shipper', image: 'fluent/fluent-bit:3.1', volumeMounts: [{ name: 'varlog', mountPath: '/host/var/log', readOnly: true }] },
          { name: 'metrics', image: 'prom/node-exporter:v1.8.2', volumeMounts: [{ name: 'varlog', mountPath: '/var/log', readOnly: true }] },
        ],
        volumes: [{ name: 'varlog', hostPath: { path: '/var/log', type: 'Directory' } }],
      },
    };
    expect(explainVolumes(pod)).toStrictEqual([
      {
        name: 'varlog',
        path: 'spec.volumes[0]',
        kind: 'hostPath',
        conceptIds: ['hostpath', 'bind-mount'],
        dockerAnalogue: 'bind-mount',
        lifetime: 'node',
        securityRisk: true,
        params: { hostPath: '/var/log', type: 'Directory' },
        mounts: [
          { container: 'log-shipper', mountPath: '/host/var/log', readOnly: true, subPath: null },
          { container: 'metrics', mountPath: '/var/log', readOnly: true, subPath: null },
        ],
      },
    ]);
  });

  it.each([
    [{ name: 'scratch', emptyDir: {} }, 'emptyDir', 'scratch-volume', 'pod', ['emptydir'], false],
    [{ name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }, 'emptyDir', 'tmpfs', 'pod', ['emptydir', 'tmpfs'], false],
    [{ name: 'logs', hostPath: { path: '/var/log', type: 'Directory' } }, 'hostPath', 'bind-mount', 'node', ['hostpath', 'bind-mount'], true],
    [{ name: 'cfg', configMap: { name: 'app-config' } }, 'configMap', 'none', 'api-object', ['configmap-secret-volumes'], false],
    [{ name: 'info', downwardAPI: { items: [] } }, 'downwardAPI', 'none', 'api-object', ['configmap-secret-volumes'], false],
  ])('maps %j to %s ≈ Docker %s', (volume, kind, analogue, lifetime, concepts, risk) => {
    expect(explainVolume(volume, 0)).toMatchObject({
      kind,
      dockerAnalogue: analogue,
      lifetime,
      conceptIds: concepts,
      securityRisk: risk,
    });
  });

  // Correcting the sheet: only a claim's volume outlives the pod like a named volume; a driver's volume made for the pod dies with it.
  it.each([
    [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }, 'persistentVolumeClaim', 'named-volume', 'claim'],
    [{ name: 'scratch', ephemeral: { volumeClaimTemplate: { spec: { storageClassName: 'fast', accessModes: ['ReadWriteOnce'] } } } }, 'ephemeral', 'driver-scratch-volume', 'pod'],
    [{ name: 'secrets-store', csi: { driver: 'secrets-store.csi.k8s.io' } }, 'csi', 'driver-scratch-volume', 'pod'],
  ])('compares %j (%s) with Docker %s, its data living as long as the %s', (volume, kind, analogue, lifetime) => {
    expect(explainVolume(volume, 0)).toMatchObject({ kind, dockerAnalogue: analogue, lifetime });
  });

  it('reports emptyDir medium and size limit, and never anything but names for secrets', () => {
    expect(explainVolume({ name: 'shm', emptyDir: { medium: 'Memory', sizeLimit: '64Mi' } }, 2).params).toStrictEqual({
      medium: 'Memory',
      sizeLimit: '64Mi',
    });
    expect(explainVolume({ name: 's', secret: { secretName: 'db', items: [{ key: 'password', path: 'pw' }] } }, 0).params).toStrictEqual({
      secretName: 'db',
    });
  });
});
