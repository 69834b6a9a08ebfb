/**
 * What the DaemonSet page shows (lib/explain/workloads/daemonset): one row
 * per node with whether it should run a daemon pod, the checks that decided
 * it in words (taints against tolerations, nodeSelector, required node
 * affinity, node name, a node that is not ready), the pods there and their
 * state; and the rolling update budget in numbers. Words are message keys
 * (lib/i18n/parts/daemon-batch.ts); numbers and names come from the explanation.
 */
import type { DaemonNodeState, DaemonSetExplanation, DaemonSetNodeRow } from '../explain/workloads/daemonset';
import type { RequirementCheck, TaintCheck } from '../explain/workloads/node-fit';
import { sentence, type Sentence } from './sentence';

/** How a node row reads at a glance; the state word carries the meaning, colour only helps. */
export type DaemonNodeTone = 'ok' | 'progress' | 'warning' | 'muted';

export interface DaemonNodePod {
  name: string;
  /** On the current template (controller-revision-hash or pod-template-generation). */
  updated: boolean;
  ready: boolean;
  available: boolean;
  terminating: boolean;
  phase: string;
}

/** One row of the node × pod table. */
export interface DaemonNodeView {
  node: string;
  /** The node's Ready condition: 'True', 'False', 'Unknown', or null when it has none. */
  nodeReady: string | null;
  shouldRun: boolean;
  state: DaemonNodeState;
  tone: DaemonNodeTone;
  /** What is on the node now, e.g. "Runs node-agent-bcz78, available". */
  verdict: Sentence;
  /** Why it should or should not run a pod, one check per sentence, in the controller's order. */
  why: Sentence[];
  pods: DaemonNodePod[];
}

export interface DaemonSetView {
  /** "Should run on 2 of 3 nodes; runs an available pod on 2." */
  summary: Sentence;
  /** Our count of eligible nodes differs from status.desiredNumberScheduled (a node the controller has not seen yet, or one we read differently). */
  desiredMismatch: Sentence | null;
  nodes: DaemonNodeView[];
  /** The update strategy worked out in numbers, ending with what it means on a node. */
  budget: Sentence[];
  /** How far the current template has got: updated, available, of desired. */
  progress: Sentence;
  /** Its pods that are on no node of the list (not yet scheduled, or the node is gone). */
  unplaced: string[];
}

const TONE: Readonly<Record<DaemonNodeState, DaemonNodeTone>> = {
  running: 'ok',
  starting: 'progress',
  outdated: 'progress',
  surging: 'progress',
  missing: 'warning',
  misscheduled: 'warning',
  'not-eligible': 'muted',
};

/** A node selector operator as a pod spec writes it. */
const OPERATOR: Readonly<Record<RequirementCheck['operator'], string>> = {
  '=': '=',
  in: 'In',
  notin: 'NotIn',
  exists: 'Exists',
  '!': 'DoesNotExist',
  gt: 'Gt',
  lt: 'Lt',
};

/**
 * A node selector requirement as the pod spec says it.
 * @example requirementText({ key: 'disktype', operator: 'in', values: ['ssd'], actual: null, ok: false }) // 'disktype In (ssd)'
 */
export function requirementText(r: Pick<RequirementCheck, 'key' | 'operator' | 'values'>): string {
  if (r.operator === '=') return `${r.key}=${r.values[0] ?? ''}`;
  if (r.operator === 'exists' || r.operator === '!') return `${r.key} ${OPERATOR[r.operator]}`;
  return `${r.key} ${OPERATOR[r.operator]} (${r.values.join(',')})`;
}

/**
 * A taint as kubectl taint writes it: key[=value]:effect.
 * @example taintText({ key: 'node-role.kubernetes.io/control-plane', value: null, effect: 'NoSchedule' }) // 'node-role.kubernetes.io/control-plane:NoSchedule'
 */
export function taintText(t: Pick<TaintCheck, 'key' | 'value' | 'effect'>): string {
  return `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}

function selectorSentences(row: DaemonSetNodeRow): Sentence[] {
  return row.fit.nodeSelector.map((r) => {
    const params = { key: r.key, wanted: r.values[0] ?? '' };
    if (r.ok) return sentence('ds.why.selector.ok', params);
    return r.actual === null ? sentence('ds.why.selector.absent', params) : sentence('ds.why.selector.differs', { ...params, actual: r.actual });
  });
}

function affinitySentences(row: DaemonSetNodeRow): Sentence[] {
  const affinity = row.fit.affinity;
  if (!affinity) return [];
  if (affinity.terms.length === 0) return [sentence('ds.why.affinity.noTerms')];
  const out: Sentence[] = [];
  for (const term of affinity.terms) {
    if (term.error) {
      out.push(sentence('ds.why.affinity.invalid', { term: term.index, error: term.error }));
      continue;
    }
    for (const r of [...term.labels, ...term.fields]) {
      const params = { term: term.index, requirement: requirementText(r) };
      if (r.actual === null) out.push(sentence(r.ok ? 'ds.why.affinity.okAbsent' : 'ds.why.affinity.failAbsent', params));
      else out.push(sentence(r.ok ? 'ds.why.affinity.ok' : 'ds.why.affinity.fail', { ...params, actual: r.actual }));
    }
  }
  // Terms are ORed: say which way the whole affinity went when there is more than one.
  if (affinity.terms.length > 1) out.push(sentence(affinity.ok ? 'ds.why.affinity.anyTerm' : 'ds.why.affinity.noTerm'));
  return out;
}

const NOT_READY_TAINTS = new Set(['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']);

function taintSentences(row: DaemonSetNodeRow): Sentence[] {
  return row.fit.taints.map((t) => {
    const params = { taint: taintText(t), effect: t.effect };
    if (!t.blocks) return sentence('ds.why.taint.prefer', params);
    if (t.toleratedBy === 'template') return sentence('ds.why.taint.tolerated', params);
    if (t.toleratedBy === 'daemonset-default') return sentence('ds.why.taint.defaultToleration', params);
    if (NOT_READY_TAINTS.has(t.key)) return sentence('ds.why.taint.notReady', params);
    return sentence(t.effect === 'NoExecute' ? 'ds.why.taint.noExecute' : 'ds.why.taint.notTolerated', params);
  });
}

/** Why the controller wants (or does not want) a daemon pod on this node, check by check. */
function whySentences(row: DaemonSetNodeRow): Sentence[] {
  const out: Sentence[] = [];
  const name = row.fit.nodeName;
  if (name) out.push(sentence(name.ok ? 'ds.why.nodeName.ok' : 'ds.why.nodeName.fail', { wanted: name.wanted }));
  out.push(...selectorSentences(row), ...affinitySentences(row), ...taintSentences(row));
  if (out.length === 0) out.push(sentence('ds.why.noConstraints'));
  return out;
}

function podNames(row: DaemonSetNodeRow, pick: (p: DaemonSetNodeRow['pods'][number]) => boolean = () => true): string {
  return row.pods
    .filter(pick)
    .map((p) => p.name)
    .join(', ');
}

function verdict(row: DaemonSetNodeRow, minReadySeconds: number): Sentence {
  switch (row.state) {
    case 'running':
      return sentence('ds.state.running', { pod: podNames(row) });
    case 'missing':
      return sentence('ds.state.missing');
    case 'starting': {
      const waiting = row.pods.find((p) => p.ready && !p.available && p.availableInSeconds !== null);
      return waiting
        ? sentence('ds.state.minReady', { pod: waiting.name, seconds: minReadySeconds })
        : sentence('ds.state.starting', { pod: podNames(row, (p) => !p.available) });
    }
    case 'outdated':
      return sentence('ds.state.outdated', { pod: podNames(row) });
    case 'surging':
      return sentence('ds.state.surging', { old: podNames(row, (p) => !p.updated), fresh: podNames(row, (p) => p.updated) });
    case 'misscheduled':
      return sentence(row.mayKeepRunning ? 'ds.state.misscheduled.kept' : 'ds.state.misscheduled.deleted', { pod: podNames(row) });
    case 'not-eligible':
      return sentence('ds.state.notEligible');
  }
}

function budgetSentences(x: DaemonSetExplanation): Sentence[] {
  const u = x.updateStrategy;
  const desired = x.status.desiredNumberScheduled;
  if (u.type === 'OnDelete') return [sentence('ds.budget.onDelete')];
  const out: Sentence[] = [];
  const percent = (v: string | number) => typeof v === 'string' && v.endsWith('%');
  const bumped = desired > 0 && u.maxSurge === 0 && u.maxUnavailable === 1 && (u.maxUnavailableSource === 0 || u.maxUnavailableSource === '0%');
  if (percent(u.maxUnavailableSource) && !bumped) out.push(sentence('ds.budget.unavailable.percent', { source: String(u.maxUnavailableSource), desired, value: u.maxUnavailable }));
  else if (!bumped) out.push(sentence('ds.budget.unavailable.absolute', { value: u.maxUnavailable }));
  if (percent(u.maxSurgeSource)) out.push(sentence('ds.budget.surge.percent', { source: String(u.maxSurgeSource), desired, value: u.maxSurge }));
  else out.push(sentence('ds.budget.surge.absolute', { value: u.maxSurge }));
  if (bumped) out.push(sentence('ds.budget.bothZero'));
  out.push(u.maxSurge > 0 ? sentence('ds.budget.so.surge', { surge: u.maxSurge, unavailable: u.maxUnavailable }) : sentence('ds.budget.so.replace', { unavailable: u.maxUnavailable }));
  if (x.minReadySeconds > 0) out.push(sentence('ds.budget.minReady', { seconds: x.minReadySeconds }));
  return out;
}

/**
 * Projects a DaemonSet explanation to the page: node rows with their reasons,
 * the summary and the update budget.
 * @example daemonSetView(explainDaemonSet({ daemonSet: nodeAgent, nodes, pods, now })).nodes[0].why
 *   // [{ key: 'ds.why.affinity.okAbsent', … }, { key: 'ds.why.taint.notTolerated', params: { taint: 'node-role.kubernetes.io/control-plane:NoSchedule', effect: 'NoSchedule' } }]
 */
export function daemonSetView(x: DaemonSetExplanation): DaemonSetView {
  const nodes = x.rows.map(
    (row): DaemonNodeView => ({
      node: row.node,
      nodeReady: row.ready,
      shouldRun: row.shouldRun,
      state: row.state,
      tone: TONE[row.state],
      verdict: verdict(row, x.minReadySeconds),
      why: whySentences(row),
      pods: row.pods.map((p) => ({ name: p.name, updated: p.updated, ready: p.ready, available: p.available, terminating: p.terminating, phase: p.phase })),
    }),
  );
  const running = x.rows.filter((r) => r.state === 'running').length;
  const desired = x.status.desiredNumberScheduled;
  return {
    summary: sentence('ds.summary', { eligible: x.eligibleNodes, nodes: x.rows.length, running }),
    desiredMismatch: desired !== x.eligibleNodes ? sentence('ds.desiredMismatch', { desired, eligible: x.eligibleNodes }) : null,
    nodes,
    budget: budgetSentences(x),
    progress: sentence('ds.progress', { updated: x.status.updatedNumberScheduled, available: x.status.numberAvailable, desired }),
    unplaced: x.unplaced,
  };
}
