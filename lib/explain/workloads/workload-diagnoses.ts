/**
 * What is wrong with a workload, as data, like pod-diagnoses.ts: each
 * diagnosis names a catalogue entry, the concepts to learn, the params its
 * text needs and the field paths that prove it. Every workload diagnosis sets
 * `kind`, `name` and `namespace`. Where pods are the cause (a stuck rollout,
 * unavailable replicas, a blocked ordinal, a failing daemon pod), their own
 * pod diagnoses follow, with `pod` and `namespace` in params and evidence
 * prefixed `pod[<name>].`.
 *
 * Params per id (? = optional):
 * - rollout-stuck: replicaSet, deadlineSeconds, replicas, updated, available, failingPods, cause (a pod diagnosis id, or 'unknown')
 * - replicas-unavailable: replicas, available, required
 * - replica-failure: reason, message
 * - selector-mismatch: selector, mismatch ('template'|'overlap'), otherOwner? ('Kind/name'), pods?
 * - rollout-paused: change ('not-rolled-out'|'halfway'|'none')
 * - job-backoff-limit: scope ('job'|'index'), backoffLimit, failed, exitCodes (e.g. '1' or '1,137', 'none'), failedIndexes?
 * - job-deadline-exceeded: activeDeadlineSeconds, startTime
 * - job-pod-failure-policy: rule, action, message
 * - cronjob-suspended: missed
 * - cronjob-missed-schedules: cause ('deadline'|'too-many'|'forbid'), missed, lastSchedule ('never' when unset), due?
 * - cronjob-cannot-schedule: cause ('schedule'|'time-zone'|'never'), detail
 * - statefulset-ordinal-blocked: ordinal, pod, state, waiting, sinceSeconds
 * - daemonset-pod-missing: nodes, count
 */
import type { V1CronJob, V1DaemonSet, V1Deployment, V1Job, V1Node, V1Pod, V1ReplicaSet, V1StatefulSet } from '@kubernetes/client-node';
import type { ConceptId, DiagnosisId } from '../../concepts/ids';
import { toTimestampMs } from '../human-duration';
import { explainPod } from '../pod';
import { podEventCandidates, type AnyEvent } from '../pod-events';
import type { Diagnosis, Severity } from '../types';
import type { CronJobExplanation } from './cronjob';
import type { DaemonSetExplanation } from './daemonset';
import type { DeploymentRollout } from './deployment-rollout';
import type { JobExplanation } from './job';
import { parseLabelSelector, selectorMatches, selectorString } from './label-selector';
import { controllerRef, isControlledBy } from './shared';
import type { StatefulSetExplanation } from './statefulset';

/** Related objects the pulled-in pod diagnoses can use. */
export interface WorkloadDiagnoseContext {
  /** Pods of the namespace. */
  pods: readonly V1Pod[];
  /** Events of the namespace (either API). */
  events?: readonly AnyEvent[];
  /** Nodes, for node health behind a pod's problem. */
  nodes?: readonly V1Node[];
  now: Date;
}

/**
 * The controller checks due CronJob runs at their time (plus 100 ms) and
 * again at least every 10 s (docs: cron-jobs#cron-job-limitations); a run
 * due for longer than this has been skipped, not merely not yet started.
 */
const CRONJOB_LATENESS_SECONDS = 10;
/** An OrderedReady pod still not Ready after this long is worth a warning rather than a note. */
const ORDINAL_PATIENCE_SECONDS = 60;

function diagnosis(
  id: DiagnosisId,
  severity: Severity,
  conceptIds: ConceptId[],
  identity: { kind: string; name: string; namespace: string },
  params: Record<string, string | number>,
  evidence: string[],
): Diagnosis {
  return { id, severity, conceptIds, params: { ...identity, ...params }, evidence };
}

function identityOf(kind: string, obj: { metadata?: { name?: string; namespace?: string } }): { kind: string; name: string; namespace: string } {
  return { kind, name: obj.metadata?.name ?? '', namespace: obj.metadata?.namespace ?? 'default' };
}

/**
 * A pod's own diagnoses (explainPod), re-addressed for a workload page:
 * params gain `pod` and `namespace`, evidence paths gain `pod[<name>].`.
 * @example podDiagnosesFor(newPod, ctx)[0] // { id: 'image-pull-failed', params: { pod: 'web-6d9f-x2', …}, evidence: ['pod[web-6d9f-x2].status.containerStatuses[0].state.waiting.reason', …] }
 */
export function podDiagnosesFor(pod: V1Pod, ctx: WorkloadDiagnoseContext): Diagnosis[] {
  const name = pod.metadata?.name ?? '';
  const node = nodeNamed(ctx, pod.spec?.nodeName);
  // Only the events that can be about this pod: explainPod would normalize and sort all of the namespace's for each pod.
  return explainPod(pod, { now: ctx.now, events: podEventCandidates(ctx.events ?? [], name), node }).diagnoses.map((d) => ({
    ...d,
    params: { ...d.params, pod: name, namespace: pod.metadata?.namespace ?? 'default' },
    evidence: d.evidence.map((path) => `pod[${name}].${path}`),
  }));
}

/** Per diagnose context (one build), its nodes by name: a DaemonSet can pull in a pod per node. */
const nodesByContext = new WeakMap<WorkloadDiagnoseContext, Map<string | undefined, V1Node>>();

/** The first node with this name, as `ctx.nodes.find` would give it, from an index built once per context. */
function nodeNamed(ctx: WorkloadDiagnoseContext, name: string | undefined): V1Node | undefined {
  if (!ctx.nodes) return undefined;
  let index = nodesByContext.get(ctx);
  if (!index) {
    index = new Map();
    for (const n of ctx.nodes) if (!index.has(n.metadata?.name)) index.set(n.metadata?.name, n);
    nodesByContext.set(ctx, index);
  }
  return index.get(name);
}

/** The pods with each name, name by name, in the pods' order: one pass over the pods, however many names. */
function podsByName(ctx: WorkloadDiagnoseContext, names: readonly string[]): V1Pod[] {
  const wanted = new Set(names);
  const byName = new Map<string, V1Pod[]>();
  for (const p of ctx.pods) {
    const name = p.metadata?.name;
    if (name === undefined || !wanted.has(name)) continue;
    const list = byName.get(name);
    if (list) list.push(p);
    else byName.set(name, [p]);
  }
  return names.flatMap((n) => byName.get(n) ?? []);
}

/** Pods its selector matches that another controller controls: controllers with overlapping selectors fight. */
function overlappingPods(deployment: V1Deployment, ownReplicaSetUids: ReadonlySet<string>, pods: readonly V1Pod[]): V1Pod[] {
  const parsed = parseLabelSelector(deployment.spec?.selector);
  const namespace = deployment.metadata?.namespace;
  return pods.filter((p) => {
    if ((p.metadata?.namespace ?? namespace) !== namespace || !selectorMatches(parsed, p.metadata?.labels)) return false;
    const ref = controllerRef(p.metadata);
    return ref !== null && !ownReplicaSetUids.has(ref.uid);
  });
}

/**
 * Diagnoses a Deployment from its rollout model: stuck past the progress
 * deadline (with the new pods' own diagnoses), fewer available replicas than
 * the Available condition needs, a ReplicaFailure, a selector that does not
 * fit its template or overlaps another controller's pods, and a paused rollout.
 * @example diagnoseDeployment(deployment, rollout, replicaSets, ctx).map((d) => d.id) // ['rollout-stuck', 'image-pull-failed']
 */
export function diagnoseDeployment(
  deployment: V1Deployment,
  rollout: DeploymentRollout,
  replicaSets: readonly V1ReplicaSet[],
  ctx: WorkloadDiagnoseContext,
): Diagnosis[] {
  const id = identityOf('Deployment', deployment);
  const out: Diagnosis[] = [];
  const newRS = rollout.replicaSets.find((r) => r.role === 'new') ?? null;
  const unavailable = (pods: RolloutPodNames) => pods.filter((p) => !p.available && !p.terminating).map((p) => p.name);
  const pulled: Diagnosis[] = [];
  // The pods the pulled diagnoses are about, kept as a set so a rollout of many pods is not checked pod by pod against all of them.
  const pulledPods = new Set<unknown>();
  const pull = (names: readonly string[]) => {
    for (const pod of podsByName(ctx, names)) {
      if (pulledPods.has(pod.metadata?.name)) continue;
      const found = podDiagnosesFor(pod, ctx);
      pulled.push(...found);
      for (const d of found) pulledPods.add(d.params.pod);
    }
  };

  if (rollout.stage === 'timed-out' && rollout.progressing) {
    const failing = newRS ? unavailable(newRS.pods) : [];
    pull(failing);
    out.push(
      diagnosis('rollout-stuck', 'critical', ['deployment-conditions', 'rolling-update', 'deployment'], id, {
        replicaSet: newRS?.name ?? rollout.newReplicaSet ?? '',
        deadlineSeconds: rollout.deadline.seconds ?? 0,
        replicas: rollout.replicas,
        updated: rollout.status.updatedReplicas,
        available: rollout.status.availableReplicas,
        failingPods: failing.length,
        cause: pulled[0]?.id ?? 'unknown',
      }, [`${rollout.progressing.path}.reason`, `${rollout.progressing.path}.message`, 'spec.progressDeadlineSeconds']),
    );
  }

  if (rollout.available?.status === 'False') {
    pull(rollout.replicaSets.flatMap((r) => unavailable(r.pods)));
    out.push(
      diagnosis('replicas-unavailable', rollout.status.availableReplicas === 0 ? 'critical' : 'warning', ['deployment-conditions', 'max-surge-max-unavailable'], id, {
        replicas: rollout.replicas,
        available: rollout.status.availableReplicas,
        required: rollout.availability.threshold,
      }, [`${rollout.available.path}.status`, 'status.availableReplicas', 'spec.replicas']),
    );
  }

  if (rollout.replicaFailure?.status === 'True') {
    out.push(
      diagnosis('replica-failure', 'critical', ['replicaset', 'deployment-conditions'], id, {
        reason: rollout.replicaFailure.reason ?? '',
        message: rollout.replicaFailure.message ?? '',
      }, [`${rollout.replicaFailure.path}.reason`, `${rollout.replicaFailure.path}.message`]),
    );
  }

  const selector = selectorString(parseLabelSelector(deployment.spec?.selector));
  if (!rollout.selectorMatchesTemplate) {
    out.push(
      diagnosis('selector-mismatch', 'critical', ['label-selector', 'owner-references', 'pod-template-hash'], id, { selector, mismatch: 'template' }, [
        'spec.selector',
        'spec.template.metadata.labels',
      ]),
    );
  } else {
    const own = new Set(replicaSets.filter((rs) => isControlledBy(rs, deployment.metadata?.uid)).map((rs) => rs.metadata?.uid ?? ''));
    const others = overlappingPods(deployment, own, ctx.pods);
    if (others.length > 0) {
      const ref = controllerRef(others[0]!.metadata)!;
      out.push(
        diagnosis('selector-mismatch', 'warning', ['label-selector', 'owner-references', 'pod-template-hash'], id, {
          selector,
          mismatch: 'overlap',
          otherOwner: `${ref.kind}/${ref.name}`,
          pods: others.map((p) => p.metadata?.name ?? '').join(','),
        }, ['spec.selector', ...others.map((p) => `pod[${p.metadata?.name}].metadata.ownerReferences`)]),
      );
    }
  }

  if (rollout.paused) {
    const change = rollout.newReplicaSet === null ? 'not-rolled-out' : rollout.complete ? 'none' : 'halfway';
    out.push(diagnosis('rollout-paused', change === 'none' ? 'info' : 'warning', ['rolling-update', 'deployment'], id, { change }, ['spec.paused']));
  }
  return [...out, ...pulled];
}

type RolloutPodNames = readonly { name: string; available: boolean; terminating: boolean }[];

/**
 * Diagnoses a Job: failed on its backoff limit (with the exit codes of its
 * failed pods), past activeDeadlineSeconds, or failed by a podFailurePolicy
 * rule; pods it still runs add their own diagnoses (e.g. an image that cannot
 * be pulled).
 * @example diagnoseJob(job, explained, ctx).map((d) => [d.id, d.params.exitCodes]) // [['job-backoff-limit', '1']]
 */
export function diagnoseJob(job: V1Job, explained: JobExplanation, ctx: WorkloadDiagnoseContext): Diagnosis[] {
  const id = identityOf('Job', job);
  const out: Diagnosis[] = [];
  const ended = explained.failureTarget ?? (explained.finished?.type === 'Failed' ? explained.finished : null);
  const reason = ended?.reason ?? null;
  const exitCodes = [...new Set(explained.failedPods.map((p) => p.exitCode).filter((c): c is number => c !== null))].sort((a, b) => a - b);
  const podEvidence = explained.failedPods.filter((p) => p.path).map((p) => `pod[${p.name}].${p.path}`);

  if (ended && (reason === 'BackoffLimitExceeded' || reason === 'FailedIndexes' || reason === 'MaxFailedIndexesExceeded')) {
    const scope = reason === 'BackoffLimitExceeded' ? 'job' : 'index';
    out.push(
      diagnosis('job-backoff-limit', 'critical', ['job-failure-handling', 'job', 'restart-policy'], id, {
        scope,
        backoffLimit: scope === 'job' ? explained.backoff.limit : (explained.backoff.perIndexLimit ?? 0),
        failed: explained.backoff.failed,
        exitCodes: exitCodes.length ? exitCodes.join(',') : 'none',
        ...(explained.failedIndexes.length ? { failedIndexes: explained.failedIndexes.join(',') } : {}),
      }, [`${ended.path}.reason`, scope === 'job' ? 'spec.backoffLimit' : 'spec.backoffLimitPerIndex', 'status.failed', ...podEvidence]),
    );
  }
  if (ended && reason === 'DeadlineExceeded') {
    out.push(
      diagnosis('job-deadline-exceeded', 'critical', ['job-failure-handling', 'job'], id, {
        activeDeadlineSeconds: explained.deadline?.seconds ?? 0,
        startTime: explained.deadline?.startTime ?? '',
      }, [`${ended.path}.reason`, 'spec.activeDeadlineSeconds', 'status.startTime']),
    );
  }
  if (ended && reason === 'PodFailurePolicy') {
    const matched = explained.failedPods.find((p) => p.matchedRule?.action === 'FailJob');
    out.push(
      diagnosis('job-pod-failure-policy', 'critical', ['job-failure-handling'], id, {
        rule: matched?.matchedRule?.index ?? 0,
        action: matched?.matchedRule?.action ?? 'FailJob',
        message: ended.message ?? '',
      }, [`${ended.path}.message`, `spec.podFailurePolicy.rules[${matched?.matchedRule?.index ?? 0}]`, ...(matched?.path ? [`pod[${matched.name}].${matched.path}`] : [])]),
    );
  }
  if (!explained.finished) {
    const active = ctx.pods.filter((p) => isControlledBy(p, job.metadata?.uid) && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
    for (const pod of active) out.push(...podDiagnosesFor(pod, ctx));
  }
  return out;
}

/**
 * Diagnoses a CronJob: suspended, runs missed and skipped (outside
 * startingDeadlineSeconds, more than 100, or held back by Forbid), or a
 * schedule or time zone the controller cannot use.
 * @example diagnoseCronJob(cronJob, explained, now).map((d) => [d.id, d.params.cause]) // [['cronjob-missed-schedules', 'forbid']]
 */
export function diagnoseCronJob(cronJob: V1CronJob, explained: CronJobExplanation, now: Date): Diagnosis[] {
  const id = identityOf('CronJob', cronJob);
  const out: Diagnosis[] = [];
  if (explained.scheduleError || !explained.timeZone.valid || explained.missed.error) {
    const cause = explained.scheduleError ? 'schedule' : !explained.timeZone.valid ? 'time-zone' : 'never';
    out.push(
      diagnosis('cronjob-cannot-schedule', 'critical', ['cronjob-schedule', 'cronjob'], id, {
        cause,
        detail: explained.scheduleError ?? (cause === 'time-zone' ? explained.timeZone.name : (explained.missed.error ?? '')),
      }, [cause === 'time-zone' ? 'spec.timeZone' : 'spec.schedule']),
    );
    return out;
  }
  if (explained.suspended) {
    out.push(diagnosis('cronjob-suspended', 'info', ['cronjob', 'cronjob-schedule'], id, { missed: explained.missed.count }, ['spec.suspend']));
    return out;
  }
  const { missed } = explained;
  const dueFor = missed.dueNow ? Math.trunc((now.getTime() - (toTimestampMs(missed.dueNow) ?? now.getTime())) / 1000) : 0;
  let cause: 'deadline' | 'too-many' | 'forbid' | null = null;
  if (missed.skippedByDeadline > 0 || missed.tooLate) cause = 'deadline';
  else if (missed.tooMany) cause = 'too-many';
  else if (explained.forbidBlocks && missed.dueNow && dueFor > CRONJOB_LATENESS_SECONDS) cause = 'forbid';
  if (cause) {
    const evidence = ['status.lastScheduleTime'];
    if (cause === 'deadline') evidence.push('spec.startingDeadlineSeconds');
    if (cause === 'forbid') evidence.push('spec.concurrencyPolicy', 'status.active');
    for (const w of explained.warnings) {
      const reason = w.reason === 'MissSchedule' || w.reason === 'TooManyMissedTimes' || w.reason === 'JobAlreadyActive' ? w.reason : null;
      if (reason && !evidence.includes(`events[reason=${reason}].message`)) evidence.push(`events[reason=${reason}].message`);
    }
    out.push(
      diagnosis('cronjob-missed-schedules', 'warning', ['cronjob-schedule', 'cronjob'], id, {
        cause,
        missed: missed.count,
        lastSchedule: explained.lastScheduleTime ?? 'never',
        ...(missed.dueNow ? { due: missed.dueNow } : {}),
      }, evidence),
    );
  }
  return out;
}

/**
 * Diagnoses a StatefulSet whose OrderedReady start-up waits on one ordinal,
 * with that pod's own diagnoses.
 * @example diagnoseStatefulSet(sts, explained, ctx).map((d) => d.id) // ['statefulset-ordinal-blocked', 'unschedulable']
 */
export function diagnoseStatefulSet(statefulSet: V1StatefulSet, explained: StatefulSetExplanation, ctx: WorkloadDiagnoseContext): Diagnosis[] {
  const blocked = explained.blockedAt;
  // Waiting for the controller to create the next pod, or for minReadySeconds, is the normal order of things.
  if (!blocked || blocked.state === 'missing' || blocked.state === 'not-available') return [];
  const ordinal = explained.ordinals.find((o) => o.ordinal === blocked.ordinal);
  const created = toTimestampMs(ordinal?.pod?.createdAt);
  const sinceSeconds = created === undefined ? 0 : Math.max(0, Math.trunc((ctx.now.getTime() - created) / 1000));
  const waiting = explained.ordinals.filter((o) => o.ordinal > blocked.ordinal && o.state !== 'available').length;
  const pod = podsByName(ctx, [blocked.podName]).filter((p) => isControlledBy(p, statefulSet.metadata?.uid));
  return [
    diagnosis(
      'statefulset-ordinal-blocked',
      sinceSeconds > ORDINAL_PATIENCE_SECONDS ? 'warning' : 'info',
      ['pod-management-policy', 'ordinal-identity', 'statefulset'],
      identityOf('StatefulSet', statefulSet),
      { ordinal: blocked.ordinal, pod: blocked.podName, state: blocked.state, waiting, sinceSeconds },
      ['spec.podManagementPolicy', `pod[${blocked.podName}].status.phase`, `pod[${blocked.podName}].status.conditions`],
    ),
    ...pod.flatMap((p) => podDiagnosesFor(p, ctx)),
  ];
}

/**
 * Diagnoses a DaemonSet missing pods on nodes that should run one, and pulls
 * in the diagnoses of its pods that are not available.
 * @example diagnoseDaemonSet(ds, explained, ctx).map((d) => [d.id, d.params.nodes]) // [['daemonset-pod-missing', 'sandbox-worker']]
 */
export function diagnoseDaemonSet(daemonSet: V1DaemonSet, explained: DaemonSetExplanation, ctx: WorkloadDiagnoseContext): Diagnosis[] {
  const out: Diagnosis[] = [];
  const missing = explained.rows.filter((r) => r.state === 'missing').map((r) => r.node);
  if (missing.length > 0) {
    out.push(
      diagnosis('daemonset-pod-missing', 'warning', ['daemonset-scheduling', 'daemonset', 'taints-tolerations'], identityOf('DaemonSet', daemonSet), {
        nodes: missing.join(','),
        count: missing.length,
      }, ['status.desiredNumberScheduled', 'status.currentNumberScheduled', ...missing.map((n) => `node[${n}].spec.taints`)]),
    );
  }
  const struggling = explained.rows.flatMap((r) => r.pods.filter((p) => !p.available && !p.terminating).map((p) => p.name));
  for (const pod of podsByName(ctx, struggling)) out.push(...podDiagnosesFor(pod, ctx));
  return out;
}
