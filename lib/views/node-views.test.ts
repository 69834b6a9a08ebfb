import type { V1Node } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { buildNodeDetail, buildNodeList, nodeStatusSeverity } from './node-views';
import { demoLeases, demoNodes } from './node-views.testdata';
import { CAPTURED_AT, demoPods } from './service-views.testdata';

const inputs = { nodes: demoNodes, pods: demoPods, leases: demoLeases };
const columns = (roles: string, internalIP: string, status = 'Ready') => ({
  status,
  roles,
  age: '10m',
  version: 'v1.36.3',
  internalIP,
  externalIP: '<none>',
  osImage: 'Debian GNU/Linux 12 (bookworm)',
  kernelVersion: '6.12.48-kwok',
  containerRuntime: 'containerd://2.1.4',
});

describe('buildNodeList', () => {
  it('gives the three sandbox nodes with kubectl columns and their non-terminal pod counts', () => {
    expect(buildNodeList(inputs, CAPTURED_AT)).toStrictEqual({
      rows: [
        { uid: '79ac20bf-bc59-4827-a693-5f3257dd6ca5', name: 'sandbox-control-plane', createdAt: '2026-11-26T01:59:19Z', columns: columns('control-plane', '172.18.0.3'), severity: 'ok', podCount: 0 },
        // complete-job's pod has Succeeded, so sandbox-worker counts 5 of its 6 pods.
        { uid: '98c26572-aaa7-4677-a201-ab88917c5eab', name: 'sandbox-worker', createdAt: '2026-11-26T01:59:19Z', columns: columns('<none>', '172.18.0.4'), severity: 'ok', podCount: 5 },
        { uid: '11864b20-28a9-46e6-ab57-acf6c104eed4', name: 'sandbox-worker2', createdAt: '2026-11-26T01:59:19Z', columns: columns('<none>', '172.18.0.5'), severity: 'ok', podCount: 4 },
      ],
    });
  });

  it('shows a cordoned node as Ready,SchedulingDisabled', () => {
    const cordoned = demoNodes.map((n): V1Node => (n.metadata?.name === 'sandbox-worker' ? { ...n, spec: { ...n.spec, unschedulable: true } } : n));
    const row = buildNodeList({ ...inputs, nodes: cordoned }, CAPTURED_AT).rows[1];
    expect([row?.columns.status, row?.severity]).toStrictEqual(['Ready,SchedulingDisabled', 'warning']);
  });
});

describe('nodeStatusSeverity', () => {
  it('colours Ready ok, a cordoned Ready node warning and anything else critical', () => {
    expect(['Ready', 'Ready,SchedulingDisabled', 'NotReady', 'NotReady,SchedulingDisabled', 'Unknown'].map(nodeStatusSeverity)).toStrictEqual(['ok', 'warning', 'critical', 'critical', 'critical']);
  });
});

describe('buildNodeDetail', () => {
  it('reports a node missing from the cache as not found', () => {
    expect(buildNodeDetail(inputs, CAPTURED_AT, { name: 'gone' })).toStrictEqual({ found: false, name: 'gone' });
  });

  it('lists every pod bound to the node with kubectl READY and STATUS, terminal ones included', () => {
    const model = buildNodeDetail(inputs, CAPTURED_AT, { name: 'sandbox-worker' });
    if (!model.found) throw new Error('sandbox-worker not found');
    expect(model.pods).toStrictEqual([
      { namespace: 'explain-demo', name: 'complete-job-blpj8', ready: '0/1', status: 'Completed', severity: 'done' },
      { namespace: 'explain-demo', name: 'image-pull-backoff', ready: '0/1', status: 'ImagePullBackOff', severity: 'critical' },
      { namespace: 'explain-demo', name: 'oom-killed', ready: '0/1', status: 'CrashLoopBackOff', severity: 'critical' },
      { namespace: 'explain-demo', name: 'slow-delete', ready: '1/1', status: 'Running', severity: 'ok' },
      { namespace: 'explain-demo', name: 'web-569b4d9d45-7bj98', ready: '1/1', status: 'Running', severity: 'ok' },
      { namespace: 'explain-demo', name: 'web-569b4d9d45-n5j2w', ready: '1/1', status: 'Running', severity: 'ok' },
    ]);
    expect(model.explanation.heartbeat).toStrictEqual({
      source: 'lease',
      time: '2026-11-26T02:10:06.025Z',
      ageSeconds: 2,
      leaseDurationSeconds: 40,
      gracePeriodSeconds: 50,
      overdue: false,
      evidence: 'lease[kube-node-lease/sandbox-worker].spec.renewTime',
    });
    expect(model.evidence).toStrictEqual({});
  });

  it('resolves the node-not-ready evidence, the Lease renewTime included, to live values', () => {
    const later = new Date(CAPTURED_AT.getTime() + 120_000);
    const nodes = demoNodes.map((n): V1Node =>
      n.metadata?.name === 'sandbox-worker2'
        ? {
            ...n,
            spec: { ...n.spec, taints: [{ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute' }] },
            status: { ...n.status, conditions: n.status?.conditions?.map((c) => (c.type === 'Ready' ? { ...c, status: 'Unknown', reason: 'NodeStatusUnknown' } : c)) },
          }
        : n,
    );
    const model = buildNodeDetail({ ...inputs, nodes }, later, { name: 'sandbox-worker2' });
    if (!model.found) throw new Error('sandbox-worker2 not found');
    expect(model.explanation.diagnoses.map((d) => d.id)).toStrictEqual(['node-not-ready']);
    expect(model.evidence).toStrictEqual({
      'status.conditions[0].status': 'Unknown',
      'status.conditions[0].reason': 'NodeStatusUnknown',
      'lease[kube-node-lease/sandbox-worker2].spec.renewTime': '2026-11-26T02:10:04.815737Z',
      'spec.taints[0]': '{"key":"node.kubernetes.io/unreachable","effect":"NoExecute"}',
    });
  });
});
