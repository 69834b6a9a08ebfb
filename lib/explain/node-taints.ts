/**
 * A node's taints, telling apart the ones Kubernetes manages itself from the
 * ones an installer or a person set.
 * Source: docs reference/labels-annotations-taints and
 * concepts/scheduling-eviction/taint-and-toleration#taint-based-evictions:
 * the node lifecycle controller adds node.kubernetes.io/* taints from node
 * conditions (not-ready and unreachable also as NoExecute), `kubectl cordon`
 * adds unschedulable, and the DefaultTolerationSeconds admission plugin gives
 * every pod 300 s of toleration for not-ready / unreachable NoExecute.
 */
import type { V1Node } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import { toIso } from './timestamps';

export type TaintOrigin = 'automatic' | 'setup' | 'manual';

export interface TaintImpact {
  newPods: 'blocked' | 'discouraged';
  runningPods: 'kept' | 'evicted';
}

export interface NodeTaintView {
  key: string;
  value: string | null;
  effect: string;
  timeAdded: string | null;
  /** automatic: maintained by Kubernetes; setup: put there by the installer (kubeadm, cloud provider); manual: anyone else. */
  origin: TaintOrigin;
  conceptId: ConceptId;
  /** null for an effect this code does not know. */
  impact: TaintImpact | null;
  /** Seconds pods tolerate it by default (DefaultTolerationSeconds), null when there is no default. */
  defaultTolerationSeconds: number | null;
  /** Path (on this node) to what the automatic taint mirrors, when present. */
  causePath: string | null;
  evidence: string;
}

interface KnownTaint {
  origin: TaintOrigin;
  conceptId: ConceptId;
  /** The condition type the controller derives it from, or 'unschedulable' for cordon. */
  cause: string | null;
}

const KNOWN_TAINTS: Readonly<Record<string, KnownTaint>> = {
  'node.kubernetes.io/not-ready': { origin: 'automatic', conceptId: 'taint-not-ready', cause: 'Ready' },
  'node.kubernetes.io/unreachable': { origin: 'automatic', conceptId: 'taint-unreachable', cause: 'Ready' },
  'node.kubernetes.io/memory-pressure': { origin: 'automatic', conceptId: 'taint-memory-pressure', cause: 'MemoryPressure' },
  'node.kubernetes.io/disk-pressure': { origin: 'automatic', conceptId: 'taint-disk-pressure', cause: 'DiskPressure' },
  'node.kubernetes.io/pid-pressure': { origin: 'automatic', conceptId: 'taint-pid-pressure', cause: 'PIDPressure' },
  'node.kubernetes.io/network-unavailable': {
    origin: 'automatic',
    conceptId: 'taint-network-unavailable',
    cause: 'NetworkUnavailable',
  },
  'node.kubernetes.io/unschedulable': { origin: 'automatic', conceptId: 'taint-unschedulable', cause: 'unschedulable' },
  // kubeadm taints control-plane nodes so ordinary pods stay off them; "master" is the pre-1.24 key.
  'node-role.kubernetes.io/control-plane': { origin: 'setup', conceptId: 'taint-control-plane', cause: null },
  'node-role.kubernetes.io/master': { origin: 'setup', conceptId: 'taint-control-plane', cause: null },
  // The kubelet sets it with an external cloud provider until the cloud controller initialises the node.
  'node.cloudprovider.kubernetes.io/uninitialized': { origin: 'setup', conceptId: 'taints-tolerations', cause: null },
};

const IMPACT: Readonly<Record<string, TaintImpact>> = {
  NoSchedule: { newPods: 'blocked', runningPods: 'kept' },
  PreferNoSchedule: { newPods: 'discouraged', runningPods: 'kept' },
  NoExecute: { newPods: 'blocked', runningPods: 'evicted' },
};

const DEFAULT_TOLERATION_SECONDS = 300;

/**
 * Explains every taint on spec.taints, in order.
 * @example nodeTaints(notReadyNode)[0]
 *   // { key: 'node.kubernetes.io/not-ready', value: null, effect: 'NoExecute', origin: 'automatic',
 *   //   conceptId: 'taint-not-ready', impact: { newPods: 'blocked', runningPods: 'evicted' },
 *   //   defaultTolerationSeconds: 300, causePath: 'status.conditions[3].status', evidence: 'spec.taints[0]', ... }
 */
export function nodeTaints(node: V1Node): NodeTaintView[] {
  const conditions = node.status?.conditions ?? [];
  return (node.spec?.taints ?? []).map((taint, index) => {
    const known = KNOWN_TAINTS[taint.key];
    let causePath: string | null = null;
    if (known?.cause === 'unschedulable') {
      causePath = node.spec?.unschedulable ? 'spec.unschedulable' : null;
    } else if (known?.cause) {
      const i = conditions.findIndex((c) => c.type === known.cause);
      causePath = i >= 0 ? `status.conditions[${i}].status` : null;
    }
    const isEvictionDefault =
      taint.effect === 'NoExecute' &&
      (taint.key === 'node.kubernetes.io/not-ready' || taint.key === 'node.kubernetes.io/unreachable');
    return {
      key: taint.key,
      value: taint.value ?? null,
      effect: taint.effect,
      timeAdded: toIso(taint.timeAdded),
      origin: known?.origin ?? 'manual',
      conceptId: known?.conceptId ?? 'taints-tolerations',
      impact: IMPACT[taint.effect] ?? null,
      defaultTolerationSeconds: isEvictionDefault ? DEFAULT_TOLERATION_SECONDS : null,
      causePath,
      evidence: `spec.taints[${index}]`,
    };
  });
}
