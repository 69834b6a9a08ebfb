import { describe, it, expect } from 'vitest';
import { parseSchedulingMessage, parseReason } from './scheduling-message';

describe('parseSchedulingMessage', () => {
  it('splits per-reason node counts and the preemption suffix (1.2x+ format, with the double period)', () => {
    expect(
      parseSchedulingMessage(
        '0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling..',
      ),
    ).toStrictEqual({
      message:
        '0/3 nodes are available: 1 Insufficient cpu, 2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling..',
      availableNodes: 0,
      totalNodes: 3,
      reasons: [
        { count: 1, text: 'Insufficient cpu', category: 'insufficient-resource', resource: 'cpu', taint: null },
        {
          count: 2,
          text: 'node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }',
          category: 'untolerated-taint',
          resource: null,
          taint: { key: 'node-role.kubernetes.io/control-plane', value: '' },
        },
      ],
      preemption: {
        text: '0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling',
        availableNodes: 0,
        totalNodes: 3,
        reasons: [
          { count: 1, text: 'No preemption victims found for incoming pod', category: 'no-preemption-victims', resource: null, taint: null },
          { count: 2, text: 'Preemption is not helpful for scheduling', category: 'preemption-not-helpful', resource: null, taint: null },
        ],
      },
    });
  });

  it('keeps the comma inside the pre-1.20 "had taint {…}, that the pod didn\'t tolerate" reason', () => {
    const parsed = parseSchedulingMessage(
      "0/3 nodes are available: 1 node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate, 2 Insufficient memory.",
    );
    expect(parsed?.reasons).toStrictEqual([
      {
        count: 1,
        text: "node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't tolerate",
        category: 'untolerated-taint',
        resource: null,
        taint: { key: 'node-role.kubernetes.io/master', value: '' },
      },
      { count: 2, text: 'Insufficient memory', category: 'insufficient-resource', resource: 'memory', taint: null },
    ]);
    expect(parsed?.preemption).toBeNull();
  });

  it('reads a pod-level PreFilter reason, which has no node count', () => {
    expect(
      parseSchedulingMessage(
        '0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.',
      ),
    ).toMatchObject({
      availableNodes: 0,
      totalNodes: 1,
      reasons: [{ count: null, text: 'pod has unbound immediate PersistentVolumeClaims', category: 'volume' }],
      preemption: { totalNodes: 1, reasons: [{ count: 1, category: 'preemption-not-helpful' }] },
    });
  });

  it.each([
    ['1 node(s) had untolerated taint(s)', 'untolerated-taint'],
    ["3 node(s) didn't match Pod's node affinity/selector", 'node-affinity'],
    ["2 node(s) didn't match node selector", 'node-affinity'],
    ['1 node(s) were unschedulable', 'node-unschedulable'],
    ["4 node(s) didn't have free ports for the requested pod ports", 'node-ports'],
    ['1 node(s) had volume node affinity conflict', 'volume'],
    ["2 node(s) didn't match pod anti-affinity rules", 'pod-anti-affinity'],
    ["1 node(s) didn't match pod affinity rules", 'pod-affinity'],
    ["3 node(s) didn't match pod topology spread constraints", 'topology-spread'],
    ['1 Too many pods', 'too-many-pods'],
    ['1 Insufficient nvidia.com/gpu', 'insufficient-resource'],
    ["1 node(s) didn't match the requested node name", 'node-name'],
    ['1 node(s) had memory pressure', 'node-pressure'],
    ['1 node(s) were not ready', 'node-not-ready'],
    ['1 something new in a future release', 'other'],
  ])('classifies "%s" as %s', (text, category) => {
    expect(parseReason(text).category).toBe(category);
  });

  it('reads the tainted key and value and the missing resource', () => {
    expect(parseReason('2 node(s) had untolerated taint {dedicated: gpu}').taint).toStrictEqual({ key: 'dedicated', value: 'gpu' });
    expect(parseReason('1 Insufficient nvidia.com/gpu').resource).toBe('nvidia.com/gpu');
  });

  it('understands the message of a cluster without nodes', () => {
    expect(parseSchedulingMessage('no nodes available to schedule pods')).toStrictEqual({
      message: 'no nodes available to schedule pods',
      availableNodes: 0,
      totalNodes: 0,
      reasons: [],
      preemption: null,
    });
  });

  it('keeps a preemption half it cannot parse as raw text', () => {
    expect(
      parseSchedulingMessage('0/2 nodes are available: 2 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.')
        ?.preemption,
    ).toStrictEqual({ text: 'not eligible due to preemptionPolicy=Never', availableNodes: null, totalNodes: null, reasons: [] });
  });

  it('returns null for scheduler messages that are not fit errors', () => {
    expect(parseSchedulingMessage('running PreBind plugin "VolumeBinding": binding volumes: timed out')).toBeNull();
  });
});

describe('parseSchedulingMessage on Kubernetes 1.36 messages', () => {
  // Captured from the sandbox's real kube-scheduler v1.36.3 (pod explain-demo/unschedulable).
  const message =
    '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.';

  it('ends the reasons before the plugin notes the scheduler appends', () => {
    const parsed = parseSchedulingMessage(message);
    expect(parsed?.totalNodes).toBe(3);
    expect(parsed?.availableNodes).toBe(0);
    expect(parsed?.reasons.map((r) => [r.count, r.category, r.text])).toStrictEqual([
      [1, 'untolerated-taint', 'node(s) had untolerated taint(s)'],
      [2, 'insufficient-resource', 'Insufficient cpu'],
    ]);
    expect(parsed?.preemption?.reasons.map((r) => [r.count, r.category])).toStrictEqual([[3, 'preemption-not-helpful']]);
  });

  it('keeps dots inside taint keys when nothing follows the reasons', () => {
    const m = '0/2 nodes are available: 2 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }.';
    expect(parseSchedulingMessage(m)?.reasons.map((r) => r.text)).toStrictEqual(['node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }']);
  });
});
