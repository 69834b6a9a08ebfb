import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { named, workloadSnapshot } from '../testing/workload-capture';
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

describe('ownerChain with the namespace\'s ReplicaSets and Jobs', () => {
  const demo = workloadSnapshot('explain-demo-workloads');
  const parents = { replicaSets: demo.replicaSets, jobs: demo.jobs };

  it("reads a ReplicaSet's Deployment and a Job's CronJob from their own ownerReferences", () => {
    expect([ownerChain(named(demo.pods, 'web-569b4d9d45-6xdtg'), [], parents), ownerChain(named(demo.pods, 'every-minute-29938405-lgnx2'), [], parents)]).toStrictEqual([
      [
        { kind: 'Deployment', name: 'web', basis: 'parent-owner-reference', evidence: 'replicaset[explain-demo/web-569b4d9d45].metadata.ownerReferences[0]', conceptId: 'deployment' },
        { kind: 'ReplicaSet', name: 'web-569b4d9d45', basis: 'owner-reference', evidence: 'metadata.ownerReferences[0]', conceptId: 'replicaset' },
      ],
      [
        { kind: 'CronJob', name: 'every-minute', basis: 'parent-owner-reference', evidence: 'job[explain-demo/every-minute-29938405].metadata.ownerReferences[0]', conceptId: 'cronjob' },
        { kind: 'Job', name: 'every-minute-29938405', basis: 'owner-reference', evidence: 'metadata.ownerReferences[0]', conceptId: 'job' },
      ],
    ]);
  });

  it('infers nothing above an owner the API shows without an owner of its own (a bare ReplicaSet, a Job made by hand)', () => {
    const bare = demo.replicaSets.map((r) => (r.metadata?.name === 'web-569b4d9d45' ? { ...r, metadata: { ...r.metadata, ownerReferences: undefined } } : r));
    expect([ownerChain(named(demo.pods, 'web-569b4d9d45-6xdtg'), [], { replicaSets: bare }), ownerChain(named(demo.pods, 'failing-job-8c85z'), [], parents)]).toStrictEqual([
      [{ kind: 'ReplicaSet', name: 'web-569b4d9d45', basis: 'owner-reference', evidence: 'metadata.ownerReferences[0]', conceptId: 'replicaset' }],
      [{ kind: 'Job', name: 'failing-job', basis: 'owner-reference', evidence: 'metadata.ownerReferences[0]', conceptId: 'job' }],
    ]);
  });

  it('falls back to the event or the name when the ReplicaSet is not among those given (another uid, or not readable)', () => {
    const recreated = demo.replicaSets.map((r) => ({ ...r, metadata: { ...r.metadata, uid: 'another-uid' } }));
    expect(ownerChain(named(demo.pods, 'web-569b4d9d45-6xdtg'), [], { replicaSets: recreated })[0]).toStrictEqual({
      kind: 'Deployment',
      name: 'web',
      basis: 'name-pattern',
      evidence: "metadata.labels['pod-template-hash']",
      conceptId: 'deployment',
    });
  });

  it('links StatefulSet and DaemonSet pods to their concepts', () => {
    expect([ownerChain(named(demo.pods, 'db-0'), [], parents), ownerChain(named(demo.pods, 'node-agent-bcz78'), [], parents)]).toStrictEqual([
      [{ kind: 'StatefulSet', name: 'db', basis: 'owner-reference', evidence: 'metadata.ownerReferences[0]', conceptId: 'statefulset' }],
      [{ kind: 'DaemonSet', name: 'node-agent', basis: 'owner-reference', evidence: 'metadata.ownerReferences[0]', conceptId: 'daemonset' }],
    ]);
  });
});
