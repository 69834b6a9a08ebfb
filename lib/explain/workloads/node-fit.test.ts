import { describe, expect, it } from 'vitest';
import type { V1Node, V1Taint } from '@kubernetes/client-node';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { checkNodeFit, daemonSetDefaultTolerations, toleratesTaint, type NodeFit } from './node-fit';

const s = workloadSnapshot('ds-steady');
const worker = named(s.nodes, 'sandbox-worker');
const controlPlane = named(s.nodes, 'sandbox-control-plane');
const logs = named(s.daemonSets, 'logs').spec!.template.spec!;
const picky = named(s.daemonSets, 'picky').spec!.template.spec!;

/** A captured node with extra taints, as the node lifecycle controller sets them on a node that stops reporting Ready. */
function withTaints(node: V1Node, taints: V1Taint[]): V1Node {
  return { ...node, spec: { ...node.spec, taints: [...(node.spec?.taints ?? []), ...taints] } };
}

describe('toleratesTaint', () => {
  it('matches key, value and effect as Toleration.ToleratesTaint does', () => {
    const taint: V1Taint = { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' };
    expect([
      toleratesTaint({ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }, taint),
      toleratesTaint({ key: 'dedicated', value: 'gpu' }, taint),
      toleratesTaint({ key: 'dedicated', operator: 'Equal', value: 'cpu' }, taint),
      toleratesTaint({ operator: 'Exists' }, taint),
      toleratesTaint({ key: 'dedicated', operator: 'Exists', effect: 'NoExecute' }, taint),
      toleratesTaint({ key: 'dedicated', operator: 'Gt', value: '1' }, taint),
    ]).toStrictEqual([true, true, false, true, false, false]);
  });
});

describe('checkNodeFit', () => {
  it('explains a fit check by check: nodeSelector, node affinity and a blocking taint', () => {
    const want: NodeFit = {
      node: 'sandbox-control-plane',
      nodeName: null,
      nodeSelector: [{ key: 'kubernetes.io/os', operator: '=', values: ['linux'], actual: 'linux', ok: true }],
      affinity: {
        terms: [
          {
            index: 0,
            labels: [{ key: 'kubernetes.io/hostname', operator: 'notin', values: ['sandbox-worker2'], actual: 'sandbox-control-plane', ok: true }],
            fields: [],
            error: null,
            ok: true,
          },
        ],
        ok: true,
      },
      taints: [{ index: 0, key: 'node-role.kubernetes.io/control-plane', value: null, effect: 'NoSchedule', blocks: true, tolerated: false, toleratedBy: null }],
      reasons: [{ kind: 'taint', key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }],
      fits: false,
      mayKeepRunning: true,
    };
    expect(checkNodeFit(picky, controlPlane, daemonSetDefaultTolerations(false))).toStrictEqual(want);
  });

  it('lets daemon pods stay on a node that turned not-ready (NoExecute is tolerated by default) but not start there (NoSchedule is not)', () => {
    const notReady = withTaints(worker, [
      { key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/not-ready', effect: 'NoExecute' },
    ]);
    const fit = checkNodeFit(logs, notReady, daemonSetDefaultTolerations(false));
    expect([fit.fits, fit.mayKeepRunning, fit.reasons, fit.taints.map((t) => t.toleratedBy)]).toStrictEqual([
      false,
      true,
      [{ kind: 'node-not-ready', key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' }],
      [null, 'daemonset-default'],
    ]);
  });

  it('ignores PreferNoSchedule taints and tolerates unschedulable (cordon) for daemon pods', () => {
    const cordoned = withTaints(worker, [
      { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' },
      { key: 'team', value: 'x', effect: 'PreferNoSchedule' },
    ]);
    const fit = checkNodeFit(logs, cordoned, daemonSetDefaultTolerations(false));
    expect([fit.fits, fit.taints.map((t) => [t.blocks, t.tolerated])]).toStrictEqual([
      true,
      [
        [true, true],
        [false, false],
      ],
    ]);
  });

  it("matches the metadata.name field the controller pins each daemon pod's affinity to", () => {
    const pod = s.pods.find((p) => p.metadata?.name?.startsWith('picky-'))!;
    const pinned = pod.spec!.affinity!.nodeAffinity!.requiredDuringSchedulingIgnoredDuringExecution!.nodeSelectorTerms[0]!;
    expect(pinned.matchFields).toStrictEqual([{ key: 'metadata.name', operator: 'In', values: ['sandbox-worker'] }]);
    expect([checkNodeFit(pod.spec, worker).affinity?.ok, checkNodeFit(pod.spec, controlPlane).affinity?.ok]).toStrictEqual([true, false]);
  });

  it('compares Gt and Lt requirements as integers against node labels', () => {
    const big = { ...worker, metadata: { ...worker.metadata, labels: { ...worker.metadata?.labels, 'example.com/cores': '16' } } };
    const spec = {
      containers: [],
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [{ matchExpressions: [{ key: 'example.com/cores', operator: 'Gt', values: ['8'] }] }],
          },
        },
      },
    };
    expect([checkNodeFit(spec, big).fits, checkNodeFit(spec, worker).fits]).toStrictEqual([true, false]);
  });
});
