/**
 * Whether a pod template fits a node, check by check, the way the DaemonSet
 * controller decides it: kubernetes pkg/controller/daemon/daemon_controller.go
 * NodeShouldRunDaemonPod and predicates (node name, required node affinity
 * with nodeSelector, untolerated NoSchedule/NoExecute taints), with
 * k8s.io/component-helpers scheduling/corev1/nodeaffinity
 * (GetRequiredNodeAffinity, nodeSelectorTerm.match) and
 * scheduling/corev1 FindMatchingUntoleratedTaint, and k8s.io/api core/v1
 * Toleration.ToleratesTaint (the Gt/Lt toleration operators are behind an
 * alpha gate, off by default in 1.36, so they tolerate nothing here).
 */
import type { V1Node, V1PodSpec, V1Taint, V1Toleration } from '@kubernetes/client-node';
import { parseNodeSelectorRequirements, requirementMatches, type SelectorOperator } from './label-selector';

const NOT_READY_TAINTS = new Set(['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']);

export interface RequirementCheck {
  key: string;
  operator: SelectorOperator;
  values: string[];
  /** The node's value for the key (its name for metadata.name), null when it has none. */
  actual: string | null;
  ok: boolean;
}

export interface AffinityTermCheck {
  /** Index in requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms. */
  index: number;
  labels: RequirementCheck[];
  fields: RequirementCheck[];
  /** A term that does not parse never matches. */
  error: string | null;
  ok: boolean;
}

export interface TaintCheck {
  index: number;
  key: string;
  value: string | null;
  effect: string;
  /** Only NoSchedule and NoExecute keep a DaemonSet pod off a node; PreferNoSchedule never does. */
  blocks: boolean;
  tolerated: boolean;
  /** Which toleration: one in the pod template, or one the DaemonSet controller adds to every daemon pod. */
  toleratedBy: 'template' | 'daemonset-default' | null;
}

/** One reason a pod does not fit, for the table's "why not" cell. */
export interface NodeFitReason {
  kind: 'node-name' | 'node-selector' | 'node-affinity' | 'taint' | 'node-not-ready';
  /** The selector key or taint key; null for node name and affinity. */
  key: string | null;
  /** Taints: the effect. */
  effect: string | null;
}

export interface NodeFit {
  node: string;
  /** spec.nodeName of the template, when set. */
  nodeName: { wanted: string; ok: boolean } | null;
  nodeSelector: RequirementCheck[];
  /** Required node affinity; null when the template has none. ok: at least one term matches. */
  affinity: { terms: AffinityTermCheck[]; ok: boolean } | null;
  taints: TaintCheck[];
  /**
   * Why it does not fit, in check order. A blocking not-ready or unreachable
   * taint reads 'node-not-ready': that is how an unhealthy node keeps new
   * daemon pods away.
   */
  reasons: NodeFitReason[];
  /** Fits by name, selector and affinity, and tolerates every NoSchedule/NoExecute taint: should run a pod. */
  fits: boolean;
  /** May keep a pod it already runs: fits by name and affinity, and tolerates every NoExecute taint. */
  mayKeepRunning: boolean;
}

/**
 * The tolerations the DaemonSet controller adds to every daemon pod
 * (pkg/controller/daemon/util/daemonset_util.go AddOrUpdateDaemonPodTolerations):
 * not-ready and unreachable NoExecute, the pressure and unschedulable
 * NoSchedule taints, and network-unavailable with hostNetwork.
 * @example daemonSetDefaultTolerations(false).length // 6
 */
export function daemonSetDefaultTolerations(hostNetwork: boolean): V1Toleration[] {
  const exists = (key: string, effect: string): V1Toleration => ({ key, operator: 'Exists', effect });
  return [
    exists('node.kubernetes.io/not-ready', 'NoExecute'),
    exists('node.kubernetes.io/unreachable', 'NoExecute'),
    exists('node.kubernetes.io/disk-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/memory-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/pid-pressure', 'NoSchedule'),
    exists('node.kubernetes.io/unschedulable', 'NoSchedule'),
    ...(hostNetwork ? [exists('node.kubernetes.io/network-unavailable', 'NoSchedule')] : []),
  ];
}

/**
 * Toleration.ToleratesTaint: effects and keys must match when set; Equal
 * (or empty) compares values, Exists matches any value.
 * @example toleratesTaint({ key: 'dedicated', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' }, { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }) // true
 */
export function toleratesTaint(toleration: V1Toleration, taint: V1Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.key && toleration.key !== taint.key) return false;
  switch (toleration.operator ?? '') {
    case '':
    case 'Equal':
      return (toleration.value ?? '') === (taint.value ?? '');
    case 'Exists':
      return true;
    default:
      return false;
  }
}

function affinityTerms(spec: V1PodSpec, node: V1Node): NodeFit['affinity'] {
  const required = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (!required) return null;
  const labels = node.metadata?.labels;
  const nodeName = node.metadata?.name ?? '';
  const terms: AffinityTermCheck[] = [];
  (required.nodeSelectorTerms ?? []).forEach((term, index) => {
    const expressions = term.matchExpressions ?? [];
    const fieldExpressions = term.matchFields ?? [];
    // An empty term selects no objects and is left out (NewLazyErrorNodeSelector).
    if (expressions.length === 0 && fieldExpressions.length === 0) return;
    const parsed = parseNodeSelectorRequirements(expressions);
    const labelChecks =
      parsed.kind === 'requirements'
        ? parsed.requirements.map((r) => ({
            ...r,
            actual: labels && Object.hasOwn(labels, r.key) ? (labels[r.key] ?? '') : null,
            ok: requirementMatches(r, labels),
          }))
        : [];
    let error = parsed.kind === 'invalid' ? parsed.error : null;
    const fieldChecks: RequirementCheck[] = fieldExpressions.map((f) => {
      const values = f.values ?? [];
      if ((f.operator !== 'In' && f.operator !== 'NotIn') || values.length !== 1) error ??= `matchFields ${f.key}: unsupported`;
      const known = f.key === 'metadata.name';
      const ok = known ? (f.operator === 'In' ? values[0] === nodeName : values[0] !== nodeName) : f.operator === 'NotIn';
      return { key: f.key, operator: f.operator === 'In' ? 'in' : 'notin', values, actual: known ? nodeName : null, ok };
    });
    const ok = error === null && labelChecks.every((c) => c.ok) && fieldChecks.every((c) => c.ok);
    terms.push({ index, labels: labelChecks, fields: fieldChecks, error, ok });
  });
  return { terms, ok: terms.some((t) => t.ok) };
}

/**
 * Checks a pod template against a node as the DaemonSet controller does;
 * pass `daemonSetDefaultTolerations` as `extraTolerations` for daemon pods.
 * @example checkNodeFit(template.spec, controlPlaneNode, daemonSetDefaultTolerations(false)).fits
 *   // false: node-role.kubernetes.io/control-plane:NoSchedule is not tolerated
 */
export function checkNodeFit(spec: V1PodSpec | undefined, node: V1Node, extraTolerations: readonly V1Toleration[] = []): NodeFit {
  const name = node.metadata?.name ?? '';
  const labels = node.metadata?.labels;
  const wantedName = spec?.nodeName;
  const nodeName = wantedName ? { wanted: wantedName, ok: wantedName === name } : null;
  const nodeSelector = Object.keys(spec?.nodeSelector ?? {})
    .sort()
    .map((key): RequirementCheck => {
      const wanted = spec?.nodeSelector?.[key] ?? '';
      const actual = labels && Object.hasOwn(labels, key) ? (labels[key] ?? '') : null;
      return { key, operator: '=', values: [wanted], actual, ok: actual === wanted };
    });
  const affinity = spec ? affinityTerms(spec, node) : null;
  const own = spec?.tolerations ?? [];
  const taints = (node.spec?.taints ?? []).map((taint, index): TaintCheck => {
    const byTemplate = own.some((t) => toleratesTaint(t, taint));
    const byDefault = !byTemplate && extraTolerations.some((t) => toleratesTaint(t, taint));
    return {
      index,
      key: taint.key,
      value: taint.value ?? null,
      effect: taint.effect,
      blocks: taint.effect === 'NoSchedule' || taint.effect === 'NoExecute',
      tolerated: byTemplate || byDefault,
      toleratedBy: byTemplate ? 'template' : byDefault ? 'daemonset-default' : null,
    };
  });
  const placed = (nodeName?.ok ?? true) && nodeSelector.every((c) => c.ok) && (affinity?.ok ?? true);
  const reasons: NodeFitReason[] = [
    ...(nodeName && !nodeName.ok ? [{ kind: 'node-name' as const, key: null, effect: null }] : []),
    ...nodeSelector.filter((c) => !c.ok).map((c) => ({ kind: 'node-selector' as const, key: c.key, effect: null })),
    ...(affinity && !affinity.ok ? [{ kind: 'node-affinity' as const, key: null, effect: null }] : []),
    ...taints
      .filter((t) => t.blocks && !t.tolerated)
      .map((t) => ({ kind: NOT_READY_TAINTS.has(t.key) ? ('node-not-ready' as const) : ('taint' as const), key: t.key, effect: t.effect })),
  ];
  return {
    node: name,
    nodeName,
    nodeSelector,
    affinity,
    taints,
    reasons,
    fits: placed && taints.every((t) => !t.blocks || t.tolerated),
    mayKeepRunning: placed && taints.every((t) => t.effect !== 'NoExecute' || t.tolerated),
  };
}
