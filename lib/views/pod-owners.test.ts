import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { ownerChain } from './pod-owners';
import { demoEvents, demoPods } from './pod-detail.testdata';

const pod = (name: string) => demoPods.find((p) => p.metadata?.name === name) as V1Pod;

describe('ownerChain', () => {
  it("confirms a ReplicaSet pod's Deployment from the Deployment's ScalingReplicaSet event", () => {
    expect(ownerChain(pod('web-569b4d9d45-7bj98'), demoEvents)).toStrictEqual([
      { kind: 'Deployment', name: 'web', basis: 'event', evidence: 'events[reason=ScalingReplicaSet].message', conceptId: 'deployment' },
      { kind: 'ReplicaSet', name: 'web-569b4d9d45', basis: 'owner-reference', evidence: 'metadata.ownerReferences[0]', conceptId: 'replicaset' },
    ]);
  });

  it('infers the Deployment from the name and pod-template-hash once the event has expired, and says so', () => {
    expect(ownerChain(pod('web-569b4d9d45-7bj98'), [])[0]).toStrictEqual({
      kind: 'Deployment',
      name: 'web',
      basis: 'name-pattern',
      evidence: "metadata.labels['pod-template-hash']",
      conceptId: 'deployment',
    });
  });

  it('shows a Job as the only owner of its pod, and nothing for a bare pod', () => {
    expect(ownerChain(pod('complete-job-blpj8'), demoEvents)).toStrictEqual([
      { kind: 'Job', name: 'complete-job', basis: 'owner-reference', evidence: 'metadata.ownerReferences[0]', conceptId: 'job' },
    ]);
    expect(ownerChain(pod('crash-loop'), demoEvents)).toStrictEqual([]);
  });
});
