import { describe, it, expect } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { explainNamespaces } from './linux-namespaces';

const byKind = (pod: V1Pod) => Object.fromEntries(explainNamespaces(pod).map((n) => [n.kind, n]));

describe('explainNamespaces', () => {
  it('shares network, IPC and UTS but not PID or mount by default', () => {
    expect(explainNamespaces(loadFixture<V1Pod>('pods/kind-native-sidecar-init-completed-running.json'))).toStrictEqual([
      {
        kind: 'network',
        sharedInPod: true,
        host: false,
        field: 'spec.hostNetwork',
        dockerEquivalent: '--network container:<first>',
        conceptIds: ['linux-namespaces', 'docker-network-bridge'],
      },
      { kind: 'ipc', sharedInPod: true, host: false, field: 'spec.hostIPC', dockerEquivalent: '--ipc container:<first>', conceptIds: ['linux-namespaces'] },
      { kind: 'uts', sharedInPod: true, host: false, field: 'spec.hostNetwork', dockerEquivalent: null, conceptIds: ['linux-namespaces'] },
      { kind: 'pid', sharedInPod: false, host: false, field: 'spec.shareProcessNamespace', dockerEquivalent: null, conceptIds: ['linux-namespaces'] },
      { kind: 'mount', sharedInPod: false, host: false, field: null, dockerEquivalent: null, conceptIds: ['linux-namespaces', 'docker-volume'] },
      { kind: 'user', sharedInPod: true, host: true, field: 'spec.hostUsers', dockerEquivalent: null, conceptIds: ['linux-namespaces'] },
    ]);
  });

  it('shares PID only with shareProcessNamespace: true', () => {
    const pod: V1Pod = { spec: { shareProcessNamespace: true, containers: [{ name: 'a' }, { name: 'b' }] } };
    expect(byKind(pod).pid).toMatchObject({ sharedInPod: true, host: false, dockerEquivalent: '--pid container:<first>' });
  });

  it('puts a hostNetwork pod in the node network and UTS namespaces, like Docker host mode', () => {
    const pod: V1Pod = { spec: { hostNetwork: true, hostPID: true, containers: [{ name: 'a' }] } };
    const ns = byKind(pod);
    expect(ns.network).toMatchObject({ host: true, dockerEquivalent: '--network host' });
    expect(ns.network?.conceptIds).toContain('docker-network-host');
    expect(ns.uts).toMatchObject({ host: true, dockerEquivalent: '--uts host' });
    expect(ns.pid).toMatchObject({ host: true, field: 'spec.hostPID', dockerEquivalent: '--pid host' });
    expect(ns.mount?.sharedInPod).toBe(false);
  });
});
