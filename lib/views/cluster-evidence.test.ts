import { describe, expect, it } from 'vitest';
import { explainCluster } from '../explain/cluster';
import { READYZ_ETCD_DOWN, VERSION_1_33, leaderLeaseObject } from '../explain/cluster-testdata';
import { SANDBOX_CAPTURE } from '../explain/concept-live.testdata';
import type { V1Pod } from '@kubernetes/client-node';
import { clusterEvidenceIndex, readyzLine, resolveClusterEvidence } from './cluster-evidence';

const now = new Date('2025-05-20T10:02:08Z');
const inputs = { nodes: [SANDBOX_CAPTURE.controlPlaneNode], pods: [], leases: [leaderLeaseObject('kube-scheduler', '2025-05-20T10:02:05.123456Z')] };
const cluster = explainCluster({ version: VERSION_1_33, readyz: READYZ_ETCD_DOWN, ...inputs, now });
const ctx = { cluster, inputs };

describe('cluster evidence values', () => {
  it('prints readyz checks exactly as the apiserver does', () => {
    expect(readyzLine({ name: 'etcd', ok: true, excluded: false, failure: null })).toBe('[+]etcd ok');
    expect(readyzLine({ name: 'etcd', ok: false, excluded: false, failure: 'reason withheld' })).toBe('[-]etcd failed: reason withheld');
    expect(readyzLine({ name: 'etcd', ok: true, excluded: true, failure: null })).toBe('[+]etcd excluded: ok');
  });

  it('resolves readyz, version, node, and lease paths to their live values', () => {
    expect(
      ['readyz', 'readyz[etcd]', 'version.gitVersion', 'node[sandbox-control-plane].status.conditions[0].status', 'lease[kube-system/kube-scheduler].spec.holderIdentity', 'pod[x/y].status.phase', 'nonsense'].map((p) =>
        resolveClusterEvidence(p, ctx),
      ),
    ).toStrictEqual(['readyz check failed', '[-]etcd failed: reason withheld', 'v1.33.1', 'True', 'kind-control-plane_7c1f0a1e-5b52-4a57-9d07-2f3f0f0e8d11', '', '']);
  });

  it('resolves the same values through the per-build index as by scanning, a pod of the same name in another namespace included', () => {
    const pod = (namespace: string, phase: string) => ({ metadata: { name: 'twin', namespace }, status: { phase } }) as V1Pod;
    const more = { ...inputs, pods: [pod('a', 'Running'), pod('b', 'Pending'), pod('b', 'Failed')] };
    const paths = ['pod[a/twin].status.phase', 'pod[b/twin].status.phase', 'pod[twin].status.phase', 'pod[c/twin].status.phase', 'node[sandbox-control-plane].metadata.name', 'lease[kube-system/kube-scheduler].spec.holderIdentity', 'lease[other/kube-scheduler].spec.holderIdentity'];
    const scanned = paths.map((p) => resolveClusterEvidence(p, { cluster, inputs: more }));
    expect(paths.map((p) => resolveClusterEvidence(p, { cluster, inputs: more, index: clusterEvidenceIndex(more) }))).toStrictEqual(scanned);
    expect(scanned.slice(0, 4)).toStrictEqual(['Running', 'Pending', 'Running', '']);
  });
});
