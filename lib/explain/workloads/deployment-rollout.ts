/**
 * A Deployment's rollout as data: its ReplicaSets old and new with their
 * counts, the budget, the Progressing and Available conditions as steps, the
 * progress deadline countdown, the scaling steps the controller reported in
 * events, and the revision history with what changed between revisions.
 * Controller rules come from kubernetes pkg/controller/deployment (sync.go
 * calculateStatus, progress.go syncRolloutStatus, util/deployment_util.go
 * FindNewReplicaSet, DeploymentComplete, DeploymentTimedOut, HasProgressDeadline)
 * and kubectl's rollout commands (staging/src/k8s.io/kubectl/pkg/polymorphichelpers).
 */
import type {
  V1Deployment,
  V1DeploymentCondition,
  V1HorizontalPodAutoscaler,
  V1Pod,
  V1ReplicaSet,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import { normalizeEvents, type AnyEvent, type PodEvent } from '../pod-events';
import { msToIso, toIso } from '../timestamps';
import { parseLabelSelector, selectorMatches } from './label-selector';
import { diffPodTemplates, findNewReplicaSet, type TemplateChange } from './pod-template';
import { rolloutBudget, type RolloutBudget } from './rollout-budget';
import { byCreation, controllerRef, isControlledBy, POD_TEMPLATE_HASH_LABEL, revisionOf, secondsUntil, workloadPod, type WorkloadPod } from './shared';

/** progressDeadlineSeconds equal to MaxInt32 means "no deadline" (HasProgressDeadline). */
const MAX_INT32 = 2147483647;
const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';
const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';

export type HorizontalPodAutoscaler = V1HorizontalPodAutoscaler | V2HorizontalPodAutoscaler;

export interface DeploymentRolloutInput {
  deployment: V1Deployment;
  /** ReplicaSets of the namespace; those the Deployment controls (by owner uid) are used. */
  replicaSets: readonly V1ReplicaSet[];
  /** Pods of the namespace; those the ReplicaSets control are used. */
  pods: readonly V1Pod[];
  /** Events of the namespace (either API); the Deployment's ScalingReplicaSet events are used. */
  events?: readonly AnyEvent[];
  /** HorizontalPodAutoscalers of the namespace; one whose scaleTargetRef is this Deployment owns its replicas. */
  hpas?: readonly HorizontalPodAutoscaler[];
  now: Date;
}

/** One ReplicaSet in the rollout, with the counts its bar shows. */
export interface RolloutReplicaSet {
  name: string;
  uid: string | null;
  revision: number | null;
  podTemplateHash: string | null;
  role: 'new' | 'old';
  /** spec.replicas: what the Deployment controller asks of it now. */
  desired: number;
  /** status.replicas: pods it has. */
  current: number;
  ready: number;
  available: number;
  createdAt: string | null;
  images: string[];
  pods: WorkloadPod[];
}

/** A Deployment condition with its place in status.conditions, for evidence. */
export interface ConditionView {
  type: string;
  status: string;
  reason: string | null;
  message: string | null;
  lastUpdateTime: string | null;
  lastTransitionTime: string | null;
  path: string;
}

/** Where the Progressing condition's reason puts the rollout. */
export type ProgressStage =
  | 'new-replicaset-created'
  | 'found-new-replicaset'
  | 'replicaset-updated'
  | 'complete'
  | 'timed-out'
  | 'create-error'
  | 'paused'
  | 'resumed'
  | 'none'
  | 'unknown';

const STAGE_BY_REASON: Readonly<Record<string, ProgressStage>> = {
  NewReplicaSetCreated: 'new-replicaset-created',
  FoundNewReplicaSet: 'found-new-replicaset',
  ReplicaSetUpdated: 'replicaset-updated',
  NewReplicaSetAvailable: 'complete',
  ProgressDeadlineExceeded: 'timed-out',
  ReplicaSetCreateError: 'create-error',
  DeploymentPaused: 'paused',
  DeploymentResumed: 'resumed',
};

/** One step of a rollout as a learner follows it; `current` is where it stands. */
export interface RolloutStepState {
  id: 'observe-change' | 'new-replicaset' | 'scale-up-new' | 'scale-down-old' | 'new-available';
  state: 'done' | 'current' | 'waiting' | 'failed';
}

export interface ProgressDeadline {
  /** spec.progressDeadlineSeconds, null when there is none (unset or MaxInt32). */
  seconds: number | null;
  /** The Progressing condition's lastUpdateTime: the last progress the controller saw. */
  from: string | null;
  /** When the controller will call it stuck: from + seconds, while counting. */
  at: string | null;
  /** Negative once passed. */
  secondsLeft: number | null;
  /** The countdown runs: a rollout is under way, not paused and not yet complete or timed out. */
  counting: boolean;
  /** The controller has set Progressing=False/ProgressDeadlineExceeded. */
  exceeded: boolean;
}

/** One scaling action of the controller, from a ScalingReplicaSet event. */
export interface ScalingStep {
  at: string | null;
  /** The event's count: the same message repeated. */
  count: number;
  direction: 'up' | 'down';
  replicaSet: string;
  /** Older controllers did not say the previous size. */
  from: number | null;
  to: number;
  /** That ReplicaSet's revision now: an undo renumbers the ReplicaSet it reuses. */
  revision: number | null;
  /** Its role now; 'gone' when it no longer exists (pruned by revisionHistoryLimit). */
  role: 'new' | 'old' | 'gone';
  message: string;
}

export interface RevisionEntry {
  revision: number;
  replicaSet: string;
  podTemplateHash: string | null;
  createdAt: string | null;
  /** The new ReplicaSet's revision: what the Deployment runs now. */
  current: boolean;
  replicas: number;
  images: string[];
  /** kubernetes.io/change-cause, the CHANGE-CAUSE column of kubectl rollout history. */
  changeCause: string | null;
  /** Earlier revision numbers this ReplicaSet had before an undo reused it (deployment.kubernetes.io/revision-history). */
  previousRevisions: number[];
  /** What changed from the previous revision; empty for the first one kept. */
  changes: TemplateChange[];
  commands: { history: string; undo: string | null };
}

export interface DeploymentRollout {
  name: string;
  namespace: string;
  uid: string | null;
  strategy: 'RollingUpdate' | 'Recreate';
  replicas: number;
  minReadySeconds: number;
  paused: boolean;
  generation: number | null;
  observedGeneration: number | null;
  /** observedGeneration ≥ generation: the controller has acted on the latest spec. */
  observed: boolean;
  budget: RolloutBudget;
  status: {
    replicas: number;
    updatedReplicas: number;
    readyReplicas: number;
    availableReplicas: number;
    unavailableReplicas: number;
    terminatingReplicas: number | null;
  };
  /** The new ReplicaSet first, then the old ones, newest revision first. */
  replicaSets: RolloutReplicaSet[];
  newReplicaSet: string | null;
  /** DeploymentComplete: every replica updated and available, nothing old left, and the spec observed. */
  complete: boolean;
  progressing: ConditionView | null;
  stage: ProgressStage;
  available: ConditionView | null;
  replicaFailure: ConditionView | null;
  /** The Available condition's rule: availableReplicas ≥ replicas − maxUnavailable. */
  availability: { available: number; threshold: number; met: boolean };
  steps: RolloutStepState[];
  deadline: ProgressDeadline;
  /** An HPA whose scaleTargetRef is this Deployment: it, not spec.replicas, decides the replica count. */
  hpa: { name: string; minReplicas: number; maxReplicas: number; currentReplicas: number | null; desiredReplicas: number | null } | null;
  /** The pod template's labels satisfy the selector (the API rejects a mismatch, so false means a broken object). */
  selectorMatchesTemplate: boolean;
  scaling: ScalingStep[];
  history: RevisionEntry[];
  commands: { status: string; history: string; pause: string; resume: string; restart: string };
}

function conditionView(conditions: readonly V1DeploymentCondition[] | undefined, type: string): ConditionView | null {
  const index = (conditions ?? []).findIndex((c) => c.type === type);
  const c = index >= 0 ? conditions![index]! : undefined;
  if (!c) return null;
  return {
    type: c.type,
    status: c.status,
    reason: c.reason ?? null,
    message: c.message ?? null,
    lastUpdateTime: toIso(c.lastUpdateTime),
    lastTransitionTime: toIso(c.lastTransitionTime),
    path: `status.conditions[${index}]`,
  };
}

const SCALING_MESSAGE = /^Scaled (up|down) replica set (\S+) (?:from (\d+) to (\d+)|to (\d+)(?: from (\d+))?)$/;

/**
 * Reads a ScalingReplicaSet message in any of its forms: v1.36 "Scaled up
 * replica set web-abc from 1 to 2", earlier "… to 2 from 1" and "… to 2".
 * @example parseScalingMessage('Scaled down replica set web-6d9f from 3 to 2') // { direction: 'down', replicaSet: 'web-6d9f', from: 3, to: 2 }
 */
export function parseScalingMessage(message: string): { direction: 'up' | 'down'; replicaSet: string; from: number | null; to: number } | null {
  const m = SCALING_MESSAGE.exec(message.trim());
  if (!m) return null;
  const to = Number(m[4] ?? m[5]);
  const fromText = m[3] ?? m[6];
  return { direction: m[1] as 'up' | 'down', replicaSet: m[2]!, from: fromText === undefined ? null : Number(fromText), to };
}

function hpaFor(deployment: V1Deployment, hpas: readonly HorizontalPodAutoscaler[]): DeploymentRollout['hpa'] {
  const hpa = hpas.find((h) => {
    const ref = h.spec?.scaleTargetRef;
    return ref?.kind === 'Deployment' && ref.name === deployment.metadata?.name && h.metadata?.namespace === deployment.metadata?.namespace;
  });
  if (!hpa) return null;
  return {
    name: hpa.metadata?.name ?? '',
    minReplicas: hpa.spec?.minReplicas ?? 1,
    maxReplicas: hpa.spec?.maxReplicas ?? 0,
    currentReplicas: hpa.status?.currentReplicas ?? null,
    desiredReplicas: hpa.status?.desiredReplicas ?? null,
  };
}

function rolloutSteps(
  observed: boolean,
  newRS: V1ReplicaSet | null,
  old: readonly V1ReplicaSet[],
  replicas: number,
  status: DeploymentRollout['status'],
  stage: ProgressStage,
): RolloutStepState[] {
  const done = [
    observed,
    newRS !== null,
    newRS !== null && (newRS.spec?.replicas ?? 0) >= replicas && status.updatedReplicas >= replicas,
    old.every((rs) => (rs.spec?.replicas ?? 0) === 0 && (rs.status?.replicas ?? 0) === 0),
    newRS !== null && (newRS.status?.availableReplicas ?? 0) >= replicas,
  ];
  const ids: RolloutStepState['id'][] = ['observe-change', 'new-replicaset', 'scale-up-new', 'scale-down-old', 'new-available'];
  const firstOpen = done.findIndex((d) => !d);
  return ids.map((id, i) => {
    if (done[i]) return { id, state: 'done' };
    if (i === firstOpen) return { id, state: stage === 'timed-out' || stage === 'create-error' ? 'failed' : 'current' };
    return { id, state: 'waiting' };
  });
}

function commandTarget(name: string, namespace: string): string {
  return `deployment/${name} -n ${namespace}`;
}

function revisionHistory(rsList: readonly V1ReplicaSet[], newRS: V1ReplicaSet | null, target: string): RevisionEntry[] {
  const numbered = rsList
    .map((rs) => ({ rs, revision: revisionOf(rs.metadata) }))
    .filter((x): x is { rs: V1ReplicaSet; revision: number } => x.revision !== null)
    .sort((a, b) => a.revision - b.revision);
  return numbered.map(({ rs, revision }, i) => {
    const previous = i > 0 ? numbered[i - 1]!.rs : null;
    const current = newRS !== null && rs.metadata?.uid === newRS.metadata?.uid;
    const history = rs.metadata?.annotations?.[REVISION_HISTORY_ANNOTATION];
    return {
      revision,
      replicaSet: rs.metadata?.name ?? '',
      podTemplateHash: rs.metadata?.labels?.[POD_TEMPLATE_HASH_LABEL] ?? null,
      createdAt: toIso(rs.metadata?.creationTimestamp),
      current,
      replicas: rs.spec?.replicas ?? 0,
      images: (rs.spec?.template?.spec?.containers ?? []).map((c) => c.image ?? ''),
      changeCause: rs.metadata?.annotations?.[CHANGE_CAUSE_ANNOTATION] ?? null,
      previousRevisions: history ? history.split(',').map(Number).filter(Number.isFinite) : [],
      changes: previous ? diffPodTemplates(previous.spec?.template, rs.spec?.template) : [],
      commands: {
        history: `kubectl rollout history ${target} --revision=${revision}`,
        undo: current ? null : `kubectl rollout undo ${target} --to-revision=${revision}`,
      },
    };
  });
}

function scalingSteps(events: readonly PodEvent[], deployment: V1Deployment, rsList: readonly V1ReplicaSet[], newRS: V1ReplicaSet | null): ScalingStep[] {
  const uid = deployment.metadata?.uid;
  return events
    .filter(
      (e) =>
        e.reason === 'ScalingReplicaSet' &&
        e.involvedKind === 'Deployment' &&
        e.involvedName === deployment.metadata?.name &&
        !(uid && e.involvedUid && e.involvedUid !== uid),
    )
    .flatMap((e): ScalingStep[] => {
      const parsed = parseScalingMessage(e.message);
      if (!parsed) return [];
      const rs = rsList.find((r) => r.metadata?.name === parsed.replicaSet);
      const role = !rs ? 'gone' : rs === newRS ? 'new' : 'old';
      return [{ at: e.lastAt, count: e.count, ...parsed, revision: rs ? revisionOf(rs.metadata) : null, role, message: e.message }];
    });
}

/**
 * Explains a Deployment's rollout at `now`.
 * @example explainDeploymentRollout({ deployment, replicaSets, pods, events, now }).replicaSets.map((r) => [r.name, r.role, r.desired])
 *   // [['web-6d9f7c8b5', 'new', 2], ['web-5c8b7d9f4', 'old', 2]]
 */
export function explainDeploymentRollout(input: DeploymentRolloutInput): DeploymentRollout {
  const { deployment, now } = input;
  const name = deployment.metadata?.name ?? '';
  const namespace = deployment.metadata?.namespace ?? 'default';
  const uid = deployment.metadata?.uid;
  const spec = deployment.spec;
  const replicas = spec?.replicas ?? 1;
  const minReadySeconds = spec?.minReadySeconds ?? 0;
  const paused = spec?.paused === true;
  const generation = deployment.metadata?.generation ?? null;
  const observedGeneration = deployment.status?.observedGeneration ?? null;
  const observed = generation === null || (observedGeneration !== null && observedGeneration >= generation);

  const owned = byCreation(input.replicaSets.filter((rs) => isControlledBy(rs, uid)));
  const newRS = findNewReplicaSet(spec?.template, owned);
  const old = owned.filter((rs) => rs !== newRS);

  // Pods grouped by their controller's uid once, not scanned again for every ReplicaSet.
  const byOwner = new Map<string, V1Pod[]>();
  for (const p of input.pods) {
    const owner = controllerRef(p.metadata)?.uid;
    if (owner === undefined) continue;
    const list = byOwner.get(owner);
    if (list) list.push(p);
    else byOwner.set(owner, [p]);
  }
  const podsOf = (rs: V1ReplicaSet) =>
    (rs.metadata?.uid === undefined ? [] : (byOwner.get(rs.metadata.uid) ?? []))
      .map((p) => workloadPod(p, minReadySeconds, now))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const view = (rs: V1ReplicaSet, role: 'new' | 'old'): RolloutReplicaSet => ({
    name: rs.metadata?.name ?? '',
    uid: rs.metadata?.uid ?? null,
    revision: revisionOf(rs.metadata),
    podTemplateHash: rs.metadata?.labels?.[POD_TEMPLATE_HASH_LABEL] ?? null,
    role,
    desired: rs.spec?.replicas ?? 0,
    current: rs.status?.replicas ?? 0,
    ready: rs.status?.readyReplicas ?? 0,
    available: rs.status?.availableReplicas ?? 0,
    createdAt: toIso(rs.metadata?.creationTimestamp),
    images: (rs.spec?.template?.spec?.containers ?? []).map((c) => c.image ?? ''),
    pods: podsOf(rs),
  });
  const oldViews = old.map((rs) => view(rs, 'old')).sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0));

  const ds = deployment.status;
  const status = {
    replicas: ds?.replicas ?? 0,
    updatedReplicas: ds?.updatedReplicas ?? 0,
    readyReplicas: ds?.readyReplicas ?? 0,
    availableReplicas: ds?.availableReplicas ?? 0,
    unavailableReplicas: ds?.unavailableReplicas ?? 0,
    terminatingReplicas: ds?.terminatingReplicas ?? null,
  };
  const complete =
    status.updatedReplicas === replicas && status.replicas === replicas && status.availableReplicas === replicas && observed;

  const progressing = conditionView(ds?.conditions, 'Progressing');
  const stage: ProgressStage = progressing ? (STAGE_BY_REASON[progressing.reason ?? ''] ?? 'unknown') : 'none';
  const budget = rolloutBudget(deployment);

  const deadlineSeconds = spec?.progressDeadlineSeconds === undefined || spec.progressDeadlineSeconds === MAX_INT32 ? null : spec.progressDeadlineSeconds;
  const fromMs = toTimestampMs(progressing?.lastUpdateTime);
  const atMs = deadlineSeconds !== null && fromMs !== undefined ? fromMs + deadlineSeconds * 1000 : undefined;
  const exceeded = stage === 'timed-out';
  const counting = deadlineSeconds !== null && progressing !== null && !paused && !exceeded && stage !== 'complete' && !complete;

  const target = commandTarget(name, namespace);
  const events = normalizeEvents(input.events ?? []);

  return {
    name,
    namespace,
    uid: uid ?? null,
    strategy: budget.strategy,
    replicas,
    minReadySeconds,
    paused,
    generation,
    observedGeneration,
    observed,
    budget,
    status,
    replicaSets: [...(newRS ? [view(newRS, 'new')] : []), ...oldViews],
    newReplicaSet: newRS?.metadata?.name ?? null,
    complete,
    progressing,
    stage,
    available: conditionView(ds?.conditions, 'Available'),
    replicaFailure: conditionView(ds?.conditions, 'ReplicaFailure'),
    availability: {
      available: status.availableReplicas,
      threshold: budget.availableThreshold,
      met: status.availableReplicas >= budget.availableThreshold,
    },
    steps: rolloutSteps(observed, newRS, old, replicas, status, stage),
    deadline: {
      seconds: deadlineSeconds,
      from: progressing?.lastUpdateTime ?? null,
      at: counting && atMs !== undefined ? msToIso(atMs) : null,
      secondsLeft: counting ? secondsUntil(atMs, now) : null,
      counting,
      exceeded,
    },
    hpa: hpaFor(deployment, input.hpas ?? []),
    selectorMatchesTemplate: selectorMatches(parseLabelSelector(spec?.selector), spec?.template?.metadata?.labels),
    scaling: scalingSteps(events, deployment, owned, newRS),
    history: revisionHistory(owned, newRS, target),
    commands: {
      status: `kubectl rollout status ${target}`,
      history: `kubectl rollout history ${target}`,
      pause: `kubectl rollout pause ${target}`,
      resume: `kubectl rollout resume ${target}`,
      restart: `kubectl rollout restart ${target}`,
    },
  };
}
