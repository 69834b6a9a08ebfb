import type { V1DaemonSet, V1DaemonSetUpdateStrategy, V1Node } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { explainDaemonSet } from '../explain/workloads/daemonset';
import { named, workloadSnapshot } from '../testing/workload-capture';
import { daemonSetView, requirementText, taintText } from './daemonset-view';
import { sentence as s } from './sentence';

function viewOf(file: string, name: string, change: { daemonSet?: (ds: V1DaemonSet) => V1DaemonSet; nodes?: (n: V1Node[]) => V1Node[]; dropPods?: string[] } = {}) {
  const snap = workloadSnapshot(file);
  const ds = named(snap.daemonSets, name);
  return daemonSetView(
    explainDaemonSet({
      daemonSet: change.daemonSet ? change.daemonSet(ds) : ds,
      nodes: change.nodes ? change.nodes(snap.nodes) : snap.nodes,
      pods: snap.pods.filter((p) => !change.dropPods?.includes(p.metadata?.name ?? '')),
      controllerRevisions: snap.controllerRevisions,
      now: new Date(snap.capturedAt),
    }),
  );
}

const pod = (name: string, updated = true, available = true) => ({ name, updated, ready: true, available, terminating: false, phase: 'Running' });
const NO_POOL = s('ds.why.affinity.okAbsent', { term: 0, requirement: 'sandbox.kube-explain.dev/pool DoesNotExist' });
const CONTROL_PLANE_TAINT = { taint: 'node-role.kubernetes.io/control-plane:NoSchedule', effect: 'NoSchedule' };

describe('daemonSetView', () => {
  it('shows node-agent on both workers and none on the control plane, whose NoSchedule taint it does not tolerate', () => {
    expect(viewOf('node-agent', 'node-agent')).toStrictEqual({
      summary: s('ds.summary', { eligible: 2, nodes: 3, running: 2 }),
      desiredMismatch: null,
      nodes: [
        {
          node: 'sandbox-control-plane',
          nodeReady: 'True',
          shouldRun: false,
          state: 'not-eligible',
          tone: 'muted',
          verdict: s('ds.state.notEligible'),
          why: [NO_POOL, s('ds.why.taint.notTolerated', CONTROL_PLANE_TAINT)],
          pods: [],
        },
        { node: 'sandbox-worker', nodeReady: 'True', shouldRun: true, state: 'running', tone: 'ok', verdict: s('ds.state.running', { pod: 'node-agent-bcz78' }), why: [NO_POOL], pods: [pod('node-agent-bcz78')] },
        { node: 'sandbox-worker2', nodeReady: 'True', shouldRun: true, state: 'running', tone: 'ok', verdict: s('ds.state.running', { pod: 'node-agent-n6mf7' }), why: [NO_POOL], pods: [pod('node-agent-n6mf7')] },
      ],
      budget: [s('ds.budget.unavailable.absolute', { value: 1 }), s('ds.budget.surge.absolute', { value: 0 }), s('ds.budget.so.replace', { unavailable: 1 })],
      progress: s('ds.progress', { updated: 2, available: 2, desired: 2 }),
      unplaced: [],
    });
  });

  it('tells a surge rollout node by node: old and new side by side, old templates waiting, a taint nobody tolerates', () => {
    const none = s('ds.why.noConstraints');
    expect(viewOf('ds-rolling', 'logs')).toStrictEqual({
      summary: s('ds.summary', { eligible: 3, nodes: 4, running: 0 }),
      desiredMismatch: null,
      nodes: [
        {
          node: 'hh-kwok-test',
          nodeReady: 'True',
          shouldRun: false,
          state: 'not-eligible',
          tone: 'muted',
          verdict: s('ds.state.notEligible'),
          why: [s('ds.why.taint.notTolerated', { taint: 'hh-test:NoSchedule', effect: 'NoSchedule' })],
          pods: [],
        },
        {
          node: 'sandbox-control-plane',
          nodeReady: 'True',
          shouldRun: true,
          state: 'surging',
          tone: 'progress',
          verdict: s('ds.state.surging', { old: 'logs-9tdl7', fresh: 'logs-gbvk5' }),
          why: [s('ds.why.taint.tolerated', CONTROL_PLANE_TAINT)],
          pods: [pod('logs-9tdl7', false), pod('logs-gbvk5', true, false)],
        },
        { node: 'sandbox-worker', nodeReady: 'True', shouldRun: true, state: 'outdated', tone: 'progress', verdict: s('ds.state.outdated', { pod: 'logs-nmtln' }), why: [none], pods: [pod('logs-nmtln', false)] },
        { node: 'sandbox-worker2', nodeReady: 'True', shouldRun: true, state: 'outdated', tone: 'progress', verdict: s('ds.state.outdated', { pod: 'logs-cg7bc' }), why: [none], pods: [pod('logs-cg7bc', false)] },
      ],
      budget: [
        s('ds.budget.unavailable.absolute', { value: 0 }),
        s('ds.budget.surge.absolute', { value: 1 }),
        s('ds.budget.so.surge', { surge: 1, unavailable: 0 }),
        s('ds.budget.minReady', { seconds: 10 }),
      ],
      progress: s('ds.progress', { updated: 0, available: 3, desired: 3 }),
      unplaced: [],
    });
  });

  it('says which nodeSelector and affinity check keeps each node out, with the node’s own value', () => {
    const linux = s('ds.why.selector.ok', { key: 'kubernetes.io/os', wanted: 'linux' });
    const notIn = (node: string, ok: boolean) => s(ok ? 'ds.why.affinity.ok' : 'ds.why.affinity.fail', { term: 0, requirement: 'kubernetes.io/hostname NotIn (sandbox-worker2)', actual: node });
    expect(viewOf('ds-steady', 'picky').nodes.map((n) => [n.node, n.state, n.why])).toStrictEqual([
      ['hh-kwok-test', 'not-eligible', [linux, notIn('hh-kwok-test', true), s('ds.why.taint.notTolerated', { taint: 'hh-test:NoSchedule', effect: 'NoSchedule' })]],
      ['sandbox-control-plane', 'not-eligible', [linux, notIn('sandbox-control-plane', true), s('ds.why.taint.notTolerated', CONTROL_PLANE_TAINT)]],
      ['sandbox-worker', 'running', [linux, notIn('sandbox-worker', true)]],
      ['sandbox-worker2', 'not-eligible', [linux, notIn('sandbox-worker2', false)]],
    ]);
    expect(viewOf('ds-steady', 'ssd').nodes.map((n) => n.why[0])).toStrictEqual(Array(4).fill(s('ds.why.selector.absent', { key: 'disktype', wanted: 'ssd' })));
  });

  it('marks a node that should run a pod but has none as missing, and a not-ready node as kept away by its taint', () => {
    const notReady = (nodes: V1Node[]) =>
      nodes.map((n) => (n.metadata?.name === 'sandbox-worker2' ? { ...n, spec: { ...n.spec, taints: [{ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }] } } : n));
    const view = viewOf('node-agent', 'node-agent', { dropPods: ['node-agent-bcz78', 'node-agent-n6mf7'], nodes: notReady });
    expect(view.nodes.map((n) => [n.node, n.state, n.tone, n.verdict, n.why.at(-1)])).toStrictEqual([
      ['sandbox-control-plane', 'not-eligible', 'muted', s('ds.state.notEligible'), s('ds.why.taint.notTolerated', CONTROL_PLANE_TAINT)],
      ['sandbox-worker', 'missing', 'warning', s('ds.state.missing'), NO_POOL],
      ['sandbox-worker2', 'not-eligible', 'muted', s('ds.state.notEligible'), s('ds.why.taint.notReady', { taint: 'node.kubernetes.io/not-ready:NoSchedule', effect: 'NoSchedule' })],
    ]);
    // status.desiredNumberScheduled still says 2: the controller has not seen the taint yet.
    expect([view.summary, view.desiredMismatch]).toStrictEqual([s('ds.summary', { eligible: 1, nodes: 3, running: 0 }), s('ds.desiredMismatch', { desired: 2, eligible: 1 })]);
  });

  it('works percentages out against the desired count, rounding up, and explains OnDelete', () => {
    const strategy = (updateStrategy: V1DaemonSetUpdateStrategy) => (ds: V1DaemonSet): V1DaemonSet => ({ ...ds, spec: { ...ds.spec!, updateStrategy } });
    expect(viewOf('node-agent', 'node-agent', { daemonSet: strategy({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '30%', maxSurge: '10%' } }) }).budget).toStrictEqual([
      s('ds.budget.unavailable.percent', { source: '30%', desired: 2, value: 1 }),
      s('ds.budget.surge.percent', { source: '10%', desired: 2, value: 1 }),
      s('ds.budget.so.surge', { surge: 1, unavailable: 1 }),
    ]);
    expect(viewOf('node-agent', 'node-agent', { daemonSet: strategy({ type: 'OnDelete' }) }).budget).toStrictEqual([s('ds.budget.onDelete')]);
  });
});

describe('requirementText and taintText', () => {
  it('write requirements and taints the way a pod spec and kubectl taint do', () => {
    expect([
      requirementText({ key: 'disktype', operator: 'in', values: ['ssd', 'nvme'] }),
      requirementText({ key: 'pool', operator: '!', values: [] }),
      requirementText({ key: 'gpu', operator: 'exists', values: [] }),
      requirementText({ key: 'zone', operator: '=', values: ['a'] }),
      taintText({ key: 'dedicated', value: 'gpu', effect: 'NoExecute' }),
      taintText({ key: 'node-role.kubernetes.io/control-plane', value: null, effect: 'NoSchedule' }),
    ]).toStrictEqual(['disktype In (ssd,nvme)', 'pool DoesNotExist', 'gpu Exists', 'zone=a', 'dedicated=gpu:NoExecute', 'node-role.kubernetes.io/control-plane:NoSchedule']);
  });
});
