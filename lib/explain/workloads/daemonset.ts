/**
 * A DaemonSet as a node × pod table: for each node, whether the controller
 * wants a daemon pod there and why not (node-fit.ts), which of its pods run
 * there, and whether they are on the current template; plus the rolling
 * update budget. Rules from kubernetes pkg/controller/daemon:
 * daemon_controller.go (NodeShouldRunDaemonPod, getNodesToDaemonPods),
 * update.go (updatedDesiredNodeCounts: both 0 → maxUnavailable 1) and
 * util/daemonset_util.go (SurgeCount and UnavailableCount round percentages
 * up against desiredNumberScheduled; IsPodUpdated compares the
 * controller-revision-hash or pod-template-generation label).
 */
import type { V1ControllerRevision, V1DaemonSet, V1Node, V1Pod } from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import { checkNodeFit, daemonSetDefaultTolerations, type NodeFit } from './node-fit';
import { isControlledBy, workloadPod, type WorkloadPod } from './shared';

const REVISION_LABEL = 'controller-revision-hash';
const TEMPLATE_GENERATION_LABEL = 'pod-template-generation';

export interface DaemonSetInput {
  daemonSet: V1DaemonSet;
  nodes: readonly V1Node[];
  /** Pods of the namespace. */
  pods: readonly V1Pod[];
  /** ControllerRevisions of the namespace: the newest one the DaemonSet owns names the current template hash. */
  controllerRevisions?: readonly V1ControllerRevision[];
  now: Date;
}

/** What one row of the node table says. */
export type DaemonNodeState =
  /** Should run a pod and runs an available one on the current template. */
  | 'running'
  /** Should run one and has none yet. */
  | 'missing'
  /** Has a pod that is not yet available (starting, not Ready, or within minReadySeconds). */
  | 'starting'
  /** Runs a pod of an older template, waiting for the rolling update. */
  | 'outdated'
  /** Old and new pod side by side (maxSurge). */
  | 'surging'
  /** Does not want a pod here but one runs (a label or taint changed); it is deleted unless mayKeepRunning. */
  | 'misscheduled'
  /** Does not want a pod here and none runs. */
  | 'not-eligible';

export interface DaemonSetNodeRow {
  node: string;
  /** The node's Ready condition status, null when missing. */
  ready: string | null;
  shouldRun: boolean;
  mayKeepRunning: boolean;
  fit: NodeFit;
  pods: (WorkloadPod & { updated: boolean })[];
  state: DaemonNodeState;
}

export interface DaemonSetExplanation {
  name: string;
  namespace: string;
  uid: string | null;
  minReadySeconds: number;
  rows: DaemonSetNodeRow[];
  /** Our count of nodes that should run a pod, to compare with status.desiredNumberScheduled. */
  eligibleNodes: number;
  status: {
    desiredNumberScheduled: number;
    currentNumberScheduled: number;
    numberReady: number;
    updatedNumberScheduled: number;
    numberAvailable: number;
    numberMisscheduled: number;
  };
  updateStrategy: {
    type: 'RollingUpdate' | 'OnDelete';
    /** Resolved against desiredNumberScheduled, percentages rounded up; both 0 makes maxUnavailable 1. */
    maxUnavailable: number;
    maxSurge: number;
    maxUnavailableSource: string | number;
    maxSurgeSource: string | number;
  };
  /** The hash of the current template (newest ControllerRevision), when revisions were given. */
  currentRevision: string | null;
  /** Pods it owns that are on no node of the list (not yet scheduled or the node is gone). */
  unplaced: string[];
}

/** GetScaledValueFromIntOrPercent rounding up, as SurgeCount and UnavailableCount ask. */
function scaleUp(value: string | number, total: number): number {
  if (typeof value === 'number') return value;
  const match = /^([-+]?\d+)%$/.exec(value);
  return match ? Math.ceil((Number.parseInt(match[1]!, 10) * total) / 100) : 0;
}

/** The node a daemon pod belongs to: its spec.nodeName, or the matchFields metadata.name the controller pins it with. */
function nodeOfPod(pod: V1Pod): string | null {
  if (pod.spec?.nodeName) return pod.spec.nodeName;
  for (const term of pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []) {
    const field = term.matchFields?.find((f) => f.key === 'metadata.name' && f.operator === 'In');
    if (field?.values?.[0]) return field.values[0];
  }
  return null;
}

/**
 * Explains a DaemonSet across the nodes given.
 * @example explainDaemonSet({ daemonSet: nodeAgent, nodes, pods, now }).rows.map((r) => [r.node, r.state])
 *   // [['sandbox-control-plane', 'not-eligible'], ['sandbox-worker', 'running'], ['sandbox-worker2', 'running']]
 */
export function explainDaemonSet(input: DaemonSetInput): DaemonSetExplanation {
  const { daemonSet: ds, now } = input;
  const uid = ds.metadata?.uid;
  const spec = ds.spec;
  const template = spec?.template?.spec;
  const minReadySeconds = spec?.minReadySeconds ?? 0;
  const extra = daemonSetDefaultTolerations(template?.hostNetwork === true);
  const generation = ds.metadata?.generation;

  const revisions = (input.controllerRevisions ?? []).filter((r) => isControlledBy(r, uid)).sort((a, b) => b.revision - a.revision);
  const currentRevision = revisions[0]?.metadata?.labels?.[REVISION_LABEL] ?? null;
  const isUpdated = (pod: V1Pod) => {
    const labels = pod.metadata?.labels ?? {};
    const hashMatches = currentRevision !== null && labels[REVISION_LABEL] === currentRevision;
    const generationMatches = generation !== undefined && labels[TEMPLATE_GENERATION_LABEL] === String(generation);
    return hashMatches || generationMatches;
  };

  const owned = input.pods.filter((p) => isControlledBy(p, uid) && toTimestampMs(p.metadata?.deletionTimestamp) === undefined);
  const nodeNames = new Set(input.nodes.map((n) => n.metadata?.name ?? ''));
  // The owned pods grouped by node once, not filtered again for each of (possibly) thousands of nodes.
  const ownedOn = new Map<string | null, V1Pod[]>();
  for (const p of owned) {
    const at = nodeOfPod(p);
    const list = ownedOn.get(at);
    if (list) list.push(p);
    else ownedOn.set(at, [p]);
  }
  const rows = [...input.nodes]
    .sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1))
    .map((node): DaemonSetNodeRow => {
      const name = node.metadata?.name ?? '';
      const fit = checkNodeFit(template, node, extra);
      const pods = (ownedOn.get(name) ?? [])
        .map((p) => ({ ...workloadPod(p, minReadySeconds, now), updated: isUpdated(p) }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      let state: DaemonNodeState;
      if (!fit.fits) state = pods.length > 0 ? 'misscheduled' : 'not-eligible';
      else if (pods.length === 0) state = 'missing';
      else if (pods.some((p) => p.updated) && pods.some((p) => !p.updated)) state = 'surging';
      else if (pods.every((p) => !p.updated)) state = 'outdated';
      else state = pods.every((p) => p.available) ? 'running' : 'starting';
      return {
        node: name,
        ready: node.status?.conditions?.find((c) => c.type === 'Ready')?.status ?? null,
        shouldRun: fit.fits,
        mayKeepRunning: fit.mayKeepRunning,
        fit,
        pods,
        state,
      };
    });

  const st = ds.status;
  const desired = st?.desiredNumberScheduled ?? 0;
  const rolling = spec?.updateStrategy?.type !== 'OnDelete';
  const unavailableSource = spec?.updateStrategy?.rollingUpdate?.maxUnavailable ?? 1;
  const surgeSource = spec?.updateStrategy?.rollingUpdate?.maxSurge ?? 0;
  let maxUnavailable = rolling ? scaleUp(unavailableSource, desired) : 0;
  const maxSurge = rolling ? scaleUp(surgeSource, desired) : 0;
  if (rolling && desired > 0 && maxUnavailable === 0 && maxSurge === 0) maxUnavailable = 1;

  return {
    name: ds.metadata?.name ?? '',
    namespace: ds.metadata?.namespace ?? 'default',
    uid: uid ?? null,
    minReadySeconds,
    rows,
    eligibleNodes: rows.filter((r) => r.shouldRun).length,
    status: {
      desiredNumberScheduled: desired,
      currentNumberScheduled: st?.currentNumberScheduled ?? 0,
      numberReady: st?.numberReady ?? 0,
      updatedNumberScheduled: st?.updatedNumberScheduled ?? 0,
      numberAvailable: st?.numberAvailable ?? 0,
      numberMisscheduled: st?.numberMisscheduled ?? 0,
    },
    updateStrategy: {
      type: rolling ? 'RollingUpdate' : 'OnDelete',
      maxUnavailable,
      maxSurge,
      maxUnavailableSource: unavailableSource,
      maxSurgeSource: surgeSource,
    },
    currentRevision,
    unplaced: owned.filter((p) => !nodeNames.has(nodeOfPod(p) ?? '')).map((p) => p.metadata?.name ?? ''),
  };
}
