import { describe, expect, it } from 'vitest';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { explainDaemonSet, type DaemonSetExplanation } from './daemonset';

function explainIn(capture: string, name: string): DaemonSetExplanation {
  const s = workloadSnapshot(capture);
  return explainDaemonSet({
    daemonSet: named(s.daemonSets, name),
    nodes: s.nodes,
    pods: s.pods,
    controllerRevisions: s.controllerRevisions,
    now: new Date(s.capturedAt),
  });
}

const rows = (ds: DaemonSetExplanation) => ds.rows.map((r) => [r.node, r.state, r.fit.reasons.map((why) => `${why.kind}${why.key ? `:${why.key}` : ''}`)]);

describe('explainDaemonSet', () => {
  it("runs one pod on each worker and none on the control-plane node whose taint it does not tolerate (explain-demo's node-agent)", () => {
    // The sandbox's scenario 14, plus a node another engineer added with a hh-test:NoSchedule taint and a pool label its affinity excludes.
    const want: DaemonSetExplanation = {
      name: 'node-agent',
      namespace: 'explain-demo',
      uid: '99770ce9-4d99-4ce7-beac-c52ad5b4341f',
      minReadySeconds: 0,
      rows: [
        {
          node: 'hh-kwok-test',
          ready: 'True',
          shouldRun: false,
          mayKeepRunning: false,
          fit: {
            node: 'hh-kwok-test',
            nodeName: null,
            nodeSelector: [],
            affinity: {
              terms: [
                {
                  index: 0,
                  labels: [ { key: 'sandbox.kube-explain.dev/pool', operator: '!', values: [], actual: 'hh-test', ok: false } ],
                  fields: [],
                  error: null,
                  ok: false
                }
              ],
              ok: false
            },
            taints: [ { index: 0, key: 'hh-test', value: null, effect: 'NoSchedule', blocks: true, tolerated: false, toleratedBy: null } ],
            reasons: [ { kind: 'node-affinity', key: null, effect: null }, { kind: 'taint', key: 'hh-test', effect: 'NoSchedule' } ],
            fits: false,
            mayKeepRunning: false
          },
          pods: [],
          state: 'not-eligible'
        },
        {
          node: 'sandbox-control-plane',
          ready: 'True',
          shouldRun: false,
          mayKeepRunning: true,
          fit: {
            node: 'sandbox-control-plane',
            nodeName: null,
            nodeSelector: [],
            affinity: {
              terms: [
                {
                  index: 0,
                  labels: [ { key: 'sandbox.kube-explain.dev/pool', operator: '!', values: [], actual: null, ok: true } ],
                  fields: [],
                  error: null,
                  ok: true
                }
              ],
              ok: true
            },
            taints: [
              {
                index: 0,
                key: 'node-role.kubernetes.io/control-plane',
                value: null,
                effect: 'NoSchedule',
                blocks: true,
                tolerated: false,
                toleratedBy: null
              }
            ],
            reasons: [ { kind: 'taint', key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' } ],
            fits: false,
            mayKeepRunning: true
          },
          pods: [],
          state: 'not-eligible'
        },
        {
          node: 'sandbox-worker',
          ready: 'True',
          shouldRun: true,
          mayKeepRunning: true,
          fit: {
            node: 'sandbox-worker',
            nodeName: null,
            nodeSelector: [],
            affinity: {
              terms: [
                {
                  index: 0,
                  labels: [ { key: 'sandbox.kube-explain.dev/pool', operator: '!', values: [], actual: null, ok: true } ],
                  fields: [],
                  error: null,
                  ok: true
                }
              ],
              ok: true
            },
            taints: [],
            reasons: [],
            fits: true,
            mayKeepRunning: true
          },
          pods: [
            {
              name: 'node-agent-bcz78',
              uid: '1b8ef6dc-36ad-465a-af11-296288bd8f00',
              phase: 'Running',
              nodeName: 'sandbox-worker',
              ready: true,
              available: true,
              readySince: '2026-12-03T13:10:05Z',
              availableInSeconds: null,
              terminating: false,
              createdAt: '2026-12-03T13:10:03Z',
              updated: true
            }
          ],
          state: 'running'
        },
        {
          node: 'sandbox-worker2',
          ready: 'True',
          shouldRun: true,
          mayKeepRunning: true,
          fit: {
            node: 'sandbox-worker2',
            nodeName: null,
            nodeSelector: [],
            affinity: {
              terms: [
                {
                  index: 0,
                  labels: [ { key: 'sandbox.kube-explain.dev/pool', operator: '!', values: [], actual: null, ok: true } ],
                  fields: [],
                  error: null,
                  ok: true
                }
              ],
              ok: true
            },
            taints: [],
            reasons: [],
            fits: true,
            mayKeepRunning: true
          },
          pods: [
            {
              name: 'node-agent-n6mf7',
              uid: '8e3ce563-a938-4f5b-b78b-48645b41a274',
              phase: 'Running',
              nodeName: 'sandbox-worker2',
              ready: true,
              available: true,
              readySince: '2026-12-03T13:10:06Z',
              availableInSeconds: null,
              terminating: false,
              createdAt: '2026-12-03T13:10:04Z',
              updated: true
            }
          ],
          state: 'running'
        }
      ],
      eligibleNodes: 2,
      status: {
        desiredNumberScheduled: 2,
        currentNumberScheduled: 2,
        numberReady: 2,
        updatedNumberScheduled: 2,
        numberAvailable: 2,
        numberMisscheduled: 0
      },
      updateStrategy: { type: 'RollingUpdate', maxUnavailable: 1, maxSurge: 0, maxUnavailableSource: 1, maxSurgeSource: 0 },
      currentRevision: null,
      unplaced: []
    };
    expect(explainIn('explain-demo-workloads', 'node-agent')).toStrictEqual(want);
  });

  it('runs on the control-plane node too when the template tolerates its taint', () => {
    const logs = explainIn('ds-steady', 'logs');
    expect([rows(logs), logs.rows[1]!.fit.taints.map((t) => t.toleratedBy), logs.eligibleNodes, logs.status.desiredNumberScheduled]).toStrictEqual([
      [
        ['hh-kwok-test', 'not-eligible', ['taint:hh-test']],
        ['sandbox-control-plane', 'running', []],
        ['sandbox-worker', 'running', []],
        ['sandbox-worker2', 'running', []],
      ],
      ['template'],
      3,
      3,
    ]);
  });

  it('keeps off nodes its nodeSelector or required node affinity rules out', () => {
    expect([rows(explainIn('ds-steady', 'picky')), rows(explainIn('ds-steady', 'ssd'))]).toStrictEqual([
      [
        ['hh-kwok-test', 'not-eligible', ['taint:hh-test']],
        ['sandbox-control-plane', 'not-eligible', ['taint:node-role.kubernetes.io/control-plane']],
        ['sandbox-worker', 'running', []],
        ['sandbox-worker2', 'not-eligible', ['node-affinity']],
      ],
      [
        ['hh-kwok-test', 'not-eligible', ['node-selector:disktype', 'taint:hh-test']],
        ['sandbox-control-plane', 'not-eligible', ['node-selector:disktype', 'taint:node-role.kubernetes.io/control-plane']],
        ['sandbox-worker', 'not-eligible', ['node-selector:disktype']],
        ['sandbox-worker2', 'not-eligible', ['node-selector:disktype']],
      ],
    ]);
  });

  it('shows a rolling update with maxSurge 1: a new pod beside the old one on one node, the other nodes still on the old template', () => {
    const logs = explainIn('ds-rolling', 'logs');
    expect({
      strategy: logs.updateStrategy,
      revision: logs.currentRevision,
      rows: logs.rows.map((r) => [r.node, r.state, r.pods.map((p) => [p.updated, p.available])]),
    }).toStrictEqual({
      strategy: { type: 'RollingUpdate', maxUnavailable: 0, maxSurge: 1, maxUnavailableSource: 0, maxSurgeSource: 1 },
      revision: '758f6667c5',
      rows: [
        ['hh-kwok-test', 'not-eligible', []],
        [
          'sandbox-control-plane',
          'surging',
          [
            [false, true],
            [true, false],
          ],
        ],
        ['sandbox-worker', 'outdated', [[false, true]]],
        ['sandbox-worker2', 'outdated', [[false, true]]],
      ],
    });
  });

  it('reports a node that should run a pod but has none as missing', () => {
    const s = workloadSnapshot('ds-steady');
    // The capture without picky's pod: how the table reads before the controller creates it.
    const ds = explainDaemonSet({ daemonSet: named(s.daemonSets, 'picky'), nodes: s.nodes, pods: [], now: new Date(s.capturedAt) });
    expect(ds.rows.filter((r) => r.shouldRun).map((r) => [r.node, r.state])).toStrictEqual([['sandbox-worker', 'missing']]);
  });
});
