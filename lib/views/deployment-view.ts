/**
 * What the Deployment page shows of a rollout (lib/explain/workloads/
 * deployment-rollout): one bar per ReplicaSet with its pods, the budget
 * worked out in sentences, how minReadySeconds delays "available", the
 * rollout's steps, what the controller is doing now, and the notes a reader
 * must not miss (paused, the spec not yet observed, an HPA owning replicas).
 * Words are message keys (lib/i18n/parts/workload-pages.ts); numbers come
 * from the explanation.
 */
import { toTimestampMs } from '../explain/human-duration';
import { msToIso } from '../explain/timestamps';
import type { DeploymentRollout, RolloutReplicaSet, RolloutStepState } from '../explain/workloads/deployment-rollout';
import type { Fencepost } from '../explain/workloads/rollout-budget';
import type { WorkloadPod } from '../explain/workloads/shared';
import { sentence, type Sentence } from './sentence';
import { parseTabParam } from './tabs';

/** Where one pod of a ReplicaSet stands, as its bar segment shows it. */
export type BarPodState = 'available' | 'ready' | 'running' | 'pending' | 'terminating';

export interface BarPod {
  name: string;
  state: BarPodState;
  /** Ready but minReadySeconds not yet served: when it will count as available. */
  availableAt: string | null;
}

/** One ReplicaSet's bar: its four counts and its pods. */
export interface RolloutBar {
  name: string;
  revision: number | null;
  role: 'new' | 'old';
  podTemplateHash: string | null;
  /** spec.replicas, status.replicas, readyReplicas, availableReplicas. */
  desired: number;
  current: number;
  ready: number;
  available: number;
  images: string[];
  pods: BarPod[];
}

export interface RolloutStepView {
  id: RolloutStepState['id'];
  state: RolloutStepState['state'];
}

/** The rollout in one word for the badge beside the heading. */
export type RolloutPhase = 'paused' | 'not-observed' | 'timed-out' | 'create-error' | 'complete' | 'rolling';

export interface DeploymentView {
  phase: RolloutPhase;
  /** `scale` is the bars' full width in pods: the budget's most pods, or more if a count is higher. */
  bars: { scale: number; sets: RolloutBar[] };
  /** The budget from spec.strategy, one sentence per rule, ending with what it allows. */
  budget: Sentence[];
  /** How minReadySeconds delays "available". */
  minReady: Sentence;
  steps: RolloutStepView[];
  /** What the controller is doing or waiting for now. */
  now: Sentence;
  /** Things that change how to read the page: paused, spec not yet observed, an HPA, a ReplicaFailure condition. */
  notes: Sentence[];
}

function podState(p: WorkloadPod): BarPodState {
  if (p.terminating) return 'terminating';
  if (p.available) return 'available';
  if (p.ready) return 'ready';
  return p.phase === 'Running' ? 'running' : 'pending';
}

function barPod(p: WorkloadPod, minReadySeconds: number): BarPod {
  const since = toTimestampMs(p.readySince);
  const waiting = p.ready && !p.available && !p.terminating && since !== undefined;
  return { name: p.name, state: podState(p), availableAt: waiting ? msToIso(since + minReadySeconds * 1000) : null };
}

function bar(rs: RolloutReplicaSet, minReadySeconds: number): RolloutBar {
  return {
    name: rs.name,
    revision: rs.revision,
    role: rs.role,
    podTemplateHash: rs.podTemplateHash,
    desired: rs.desired,
    current: rs.current,
    ready: rs.ready,
    available: rs.available,
    images: rs.images,
    pods: rs.pods.map((p) => barPod(p, minReadySeconds)),
  };
}

/** A number as the sentences print it: 0.75 stays 0.75, 1 stays 1. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function fencepostSentences(f: Fencepost, replicas: number): Sentence[] {
  const which = f.field === 'maxSurge' ? 'surge' : 'unavailable';
  const out: Sentence[] = [];
  if (f.defaulted) out.push(sentence('deploy.budget.defaulted', { field: f.field }));
  if (f.kind === 'invalid') out.push(sentence('deploy.budget.invalid', { field: f.field, source: String(f.source) }));
  else if (f.kind === 'percent') out.push(sentence(`deploy.budget.${which}.percent`, { source: String(f.source), replicas, exact: num(f.exact), value: f.resolved }));
  else out.push(sentence(`deploy.budget.${which}.absolute`, { value: f.resolved }));
  return out;
}

function budgetSentences(r: DeploymentRollout): Sentence[] {
  const b = r.budget;
  const threshold = sentence('deploy.budget.threshold', { threshold: b.availableThreshold, available: r.status.availableReplicas });
  if (b.strategy === 'Recreate') return [sentence('deploy.budget.recreate', { replicas: b.replicas }), threshold];
  return [
    ...fencepostSentences(b.maxSurge, b.replicas),
    ...fencepostSentences(b.maxUnavailable, b.replicas),
    ...(b.bothZeroBumped ? [sentence('deploy.budget.bumped')] : []),
    ...(b.cappedAtReplicas ? [sentence('deploy.budget.capped', { replicas: b.replicas })] : []),
    sentence('deploy.budget.so', { maxPods: b.maxPods, minAvailable: b.minAvailable }),
    threshold,
  ];
}

/** The one sentence about the moment: what the controller is doing, or why it is not. */
function nowSentence(r: DeploymentRollout): Sentence {
  const fresh = r.replicaSets.find((s) => s.role === 'new');
  if (r.paused) return sentence('deploy.now.paused');
  if (!r.observed) return sentence('deploy.now.notObserved', { generation: r.generation ?? '?', observedGeneration: r.observedGeneration ?? '?' });
  if (r.stage === 'timed-out') return sentence('deploy.now.timedOut', { seconds: r.deadline.seconds ?? 0, rs: fresh?.name ?? '—', available: fresh?.available ?? 0, replicas: r.replicas });
  if (r.complete) return sentence('deploy.now.complete', { replicas: r.replicas, revision: fresh?.revision ?? '?' });
  if (!fresh) return sentence('deploy.now.noNewReplicaSet');
  const oldPods = r.replicaSets.filter((s) => s.role === 'old').reduce((n, s) => n + s.current, 0);
  if (fresh.desired < r.replicas) {
    return sentence('deploy.now.scalingUp', { rs: fresh.name, desired: fresh.desired, replicas: r.replicas, maxPods: r.budget.maxPods, pods: r.status.replicas });
  }
  if (oldPods > 0) return sentence('deploy.now.scalingDown', { old: oldPods, minAvailable: r.budget.minAvailable, available: r.status.availableReplicas });
  return sentence('deploy.now.waitAvailable', { rs: fresh.name, available: fresh.available, replicas: r.replicas });
}

function notes(r: DeploymentRollout): Sentence[] {
  const out: Sentence[] = [];
  if (r.paused) out.push(sentence('deploy.note.paused'));
  if (!r.observed) out.push(sentence('deploy.note.notObserved', { generation: r.generation ?? '?', observedGeneration: r.observedGeneration ?? '?' }));
  if (r.hpa) {
    out.push(
      sentence('deploy.note.hpa', {
        name: r.hpa.name,
        min: r.hpa.minReplicas,
        max: r.hpa.maxReplicas,
        current: r.hpa.currentReplicas ?? '—',
        desired: r.hpa.desiredReplicas ?? '—',
      }),
    );
  }
  if (r.replicaFailure?.status === 'True') out.push(sentence('deploy.note.replicaFailure', { reason: r.replicaFailure.reason ?? '', message: r.replicaFailure.message ?? '' }));
  return out;
}

function phase(r: DeploymentRollout): RolloutPhase {
  if (r.paused) return 'paused';
  if (!r.observed) return 'not-observed';
  if (r.stage === 'timed-out') return 'timed-out';
  if (r.stage === 'create-error' || r.replicaFailure?.status === 'True') return 'create-error';
  return r.complete ? 'complete' : 'rolling';
}

/**
 * Projects a rollout to what the Deployment page shows.
 * @example deploymentView(rollout).budget.map((s) => s.key)
 *   // ['deploy.budget.surge.percent', 'deploy.budget.unavailable.percent', 'deploy.budget.so', 'deploy.budget.threshold']
 */
export function deploymentView(r: DeploymentRollout): DeploymentView {
  const sets = r.replicaSets.map((rs) => bar(rs, r.minReadySeconds));
  const counts = sets.flatMap((s) => [s.desired, s.current, s.pods.length]);
  return {
    phase: phase(r),
    bars: { scale: Math.max(r.budget.maxPods, r.replicas, ...counts, 1), sets },
    budget: budgetSentences(r),
    minReady: r.minReadySeconds > 0 ? sentence('deploy.minReady.some', { seconds: r.minReadySeconds }) : sentence('deploy.minReady.zero'),
    steps: r.steps.map((s) => ({ id: s.id, state: s.state })),
    now: nowSentence(r),
    notes: notes(r),
  };
}

/** The Deployment page's sections; the open one is `?tab=` so a link shows the same view. */
export const DEPLOYMENT_TABS = ['rollout', 'budget', 'history', 'commands'] as const;
export type DeploymentTab = (typeof DEPLOYMENT_TABS)[number];

/**
 * The tab a query value names, the rollout when missing or unknown.
 * @example parseDeploymentTab('history') // 'history'; parseDeploymentTab('yaml') // 'rollout'
 */
export function parseDeploymentTab(value: string | null | undefined): DeploymentTab {
  return parseTabParam(value, DEPLOYMENT_TABS);
}
