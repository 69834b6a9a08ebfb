/**
 * A Job as data: a completions × parallelism grid (per index for Indexed
 * Jobs), the back-off budget with each failed pod's exit code and the
 * podFailurePolicy rule it matched, the activeDeadlineSeconds countdown and
 * the ttlSecondsAfterFinished clean-up time. Rules from kubernetes
 * pkg/controller/job: job_controller.go (the Job fails when failed pods exceed
 * backoffLimit; pastActiveDeadline counts from status.startTime and never
 * while suspended), pod_failure_policy.go matchPodFailurePolicy (rules in
 * order; exit code 0 never matches; In/NotIn), indexed_job_utils.go (interval
 * lists like "1,3-5"; the batch.kubernetes.io/job-completion-index
 * annotation); and pkg/controller/ttlafterfinished (clean-up at the finish
 * condition's lastTransitionTime + ttlSecondsAfterFinished).
 */
import type { V1Job, V1JobCondition, V1Pod, V1PodFailurePolicyRule } from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import { msToIso, toIso } from '../timestamps';
import { jobStatusColumn, type JobStatusColumn } from './job-columns';
import { controllerRef, isControlledBy, secondsUntil } from './shared';

const INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';
const INDEX_FAILURE_COUNT_ANNOTATION = 'batch.kubernetes.io/job-index-failure-count';
/** backoffLimit's default, and its default once backoffLimitPerIndex is set (api/batch/v1 JobSpec). */
const DEFAULT_BACKOFF_LIMIT = 6;
const MAX_INT32 = 2147483647;

export interface JobInput {
  job: V1Job;
  /** Pods of the namespace; those the Job controls are used. */
  pods: readonly V1Pod[];
  now: Date;
}

export type JobCellState = 'succeeded' | 'failed' | 'active' | 'pending';

/** One completion slot: an index for Indexed Jobs, a position for NonIndexed ones. */
export interface JobCell {
  /** The completion index (Indexed), null for NonIndexed. */
  index: number | null;
  state: JobCellState;
  /** The active pod working on it, when known. */
  pod: string | null;
}

export interface FailedJobPod {
  name: string;
  index: number | null;
  /** batch.kubernetes.io/job-index-failure-count: failures of this index before this pod (backoffLimitPerIndex). */
  indexFailures: number | null;
  container: string | null;
  exitCode: number | null;
  reason: string | null;
  signal: number | null;
  finishedAt: string | null;
  /** The podFailurePolicy rule it matched, null when none did (then it counts toward backoffLimit). */
  matchedRule: { index: number; action: string } | null;
  /** Evidence: where the exit code is, on this pod. */
  path: string | null;
}

export interface JobConditionView {
  type: string;
  reason: string | null;
  message: string | null;
  lastTransitionTime: string | null;
  path: string;
}

export interface JobExplanation {
  name: string;
  namespace: string;
  uid: string | null;
  /** The controlling owner, e.g. the CronJob that created it. */
  owner: { kind: string; name: string } | null;
  /** kubectl's STATUS column. */
  status: JobStatusColumn;
  completionMode: 'NonIndexed' | 'Indexed';
  /** null: a work queue, done once any pod succeeds and none is running. */
  completions: number | null;
  parallelism: number;
  suspended: boolean;
  counts: { active: number; ready: number; succeeded: number; failed: number; terminating: number };
  /** One cell per completion; null when completions is unset. */
  grid: JobCell[] | null;
  completedIndexes: number[];
  failedIndexes: number[];
  backoff: {
    /** spec.backoffLimit: the Job fails once more pods than this have failed. */
    limit: number;
    failed: number;
    /** Failures it can still absorb; 0 means the next failure fails the Job. */
    retriesLeft: number;
    perIndexLimit: number | null;
    maxFailedIndexes: number | null;
    restartPolicy: string;
  };
  failedPods: FailedJobPod[];
  podFailurePolicy: { index: number; action: string; onExitCodes: { containerName: string | null; operator: string; values: number[] } | null; onPodConditions: { type: string; status: string }[] }[] | null;
  /** activeDeadlineSeconds from startTime; null when not set. */
  deadline: { seconds: number; startTime: string | null; at: string | null; secondsLeft: number | null; counting: boolean; exceeded: boolean } | null;
  /** ttlSecondsAfterFinished; null when not set (never deleted automatically). */
  ttl: { seconds: number; finishedAt: string | null; deleteAt: string | null; secondsLeft: number | null } | null;
  /** The terminal or interim condition that says how it ended, e.g. Failed/BackoffLimitExceeded. */
  finished: JobConditionView | null;
  failureTarget: JobConditionView | null;
  successCriteriaMet: JobConditionView | null;
}

/**
 * Reads an index interval list as the Job controller writes it.
 * @example parseIndexes('0,2-4') // [0, 2, 3, 4]
 */
export function parseIndexes(text: string | undefined | null): number[] {
  const out: number[] = [];
  for (const part of (text ?? '').split(',')) {
    const match = /^\s*(\d+)(?:-(\d+))?\s*$/.exec(part);
    if (!match) continue;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    for (let i = first; i <= last; i++) out.push(i);
  }
  return out;
}

function conditionView(conditions: readonly V1JobCondition[] | undefined, type: string): JobConditionView | null {
  const index = (conditions ?? []).findIndex((c) => c.type === type && c.status === 'True');
  if (index < 0) return null;
  const c = conditions![index]!;
  return { type, reason: c.reason ?? null, message: c.message ?? null, lastTransitionTime: toIso(c.lastTransitionTime), path: `status.conditions[${index}]` };
}

function indexOf(pod: V1Pod): number | null {
  const raw = pod.metadata?.annotations?.[INDEX_ANNOTATION];
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : null;
}

function isActive(pod: V1Pod): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && toTimestampMs(pod.metadata?.deletionTimestamp) === undefined;
}

/** matchPodFailurePolicy: the first rule whose exit codes (never 0) or pod conditions match. */
function matchRule(rules: readonly V1PodFailurePolicyRule[], pod: V1Pod): { index: number; action: string } | null {
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])];
  for (const [index, rule] of rules.entries()) {
    if (rule.onExitCodes) {
      const req = rule.onExitCodes;
      const hit = statuses.some((cs) => {
        const code = cs.state?.terminated?.exitCode;
        if (code === undefined || code === 0) return false;
        if (req.containerName && req.containerName !== cs.name) return false;
        if (req.operator === 'In') return req.values.includes(code);
        if (req.operator === 'NotIn') return !req.values.includes(code);
        return false;
      });
      if (hit) return { index, action: rule.action };
    } else if (rule.onPodConditions) {
      const hit = (pod.status?.conditions ?? []).some((c) => rule.onPodConditions!.some((p) => p.type === c.type && (p.status ?? 'True') === c.status));
      if (hit) return { index, action: rule.action };
    }
  }
  return null;
}

function failedPod(pod: V1Pod, rules: readonly V1PodFailurePolicyRule[] | null): FailedJobPod {
  const statuses = pod.status?.containerStatuses ?? [];
  // The container that failed: a non-zero exit first, else any terminated one.
  let at = statuses.findIndex((cs) => (cs.state?.terminated?.exitCode ?? 0) !== 0);
  if (at < 0) at = statuses.findIndex((cs) => cs.state?.terminated !== undefined);
  const cs = at >= 0 ? statuses[at] : undefined;
  const terminated = cs?.state?.terminated;
  const failures = pod.metadata?.annotations?.[INDEX_FAILURE_COUNT_ANNOTATION];
  return {
    name: pod.metadata?.name ?? '',
    index: indexOf(pod),
    indexFailures: failures !== undefined && /^\d+$/.test(failures) ? Number(failures) : null,
    container: cs?.name ?? null,
    exitCode: terminated?.exitCode ?? null,
    reason: terminated?.reason ?? pod.status?.reason ?? null,
    signal: terminated?.signal ?? null,
    finishedAt: toIso(terminated?.finishedAt),
    matchedRule: rules ? matchRule(rules, pod) : null,
    path: at >= 0 && terminated ? `status.containerStatuses[${at}].state.terminated.exitCode` : null,
  };
}

function grid(job: V1Job, active: readonly V1Pod[], completed: number[], failed: number[]): JobCell[] | null {
  const completions = job.spec?.completions;
  if (completions === undefined || completions === null) return null;
  if (job.spec?.completionMode === 'Indexed') {
    // Looked up per index, not searched: an Indexed Job can have thousands of completions.
    const done = new Set(completed);
    const lost = new Set(failed);
    const byIndex = new Map<number, V1Pod>();
    for (const p of active) {
      const i = indexOf(p);
      if (i !== null && !byIndex.has(i)) byIndex.set(i, p);
    }
    return Array.from({ length: completions }, (_, index): JobCell => {
      const pod = byIndex.get(index);
      if (done.has(index)) return { index, state: 'succeeded', pod: null };
      if (lost.has(index)) return { index, state: 'failed', pod: null };
      if (pod) return { index, state: 'active', pod: pod.metadata?.name ?? null };
      return { index, state: 'pending', pod: null };
    });
  }
  const succeeded = Math.min(job.status?.succeeded ?? 0, completions);
  const names = active.map((p) => p.metadata?.name ?? '').sort();
  return Array.from({ length: completions }, (_, i): JobCell => {
    if (i < succeeded) return { index: null, state: 'succeeded', pod: null };
    const pod = names[i - succeeded];
    return pod !== undefined ? { index: null, state: 'active', pod } : { index: null, state: 'pending', pod: null };
  });
}

/**
 * Explains a Job at `now`.
 * @example explainJob({ job: retry, pods, now }).backoff // { limit: 3, failed: 4, retriesLeft: 0, … }
 */
export function explainJob(input: JobInput): JobExplanation {
  const { job, now } = input;
  const uid = job.metadata?.uid;
  const spec = job.spec;
  const st = job.status;
  const owned = input.pods.filter((p) => isControlledBy(p, uid));
  const active = owned.filter(isActive);
  const completedIndexes = parseIndexes(st?.completedIndexes);
  const failedIndexes = parseIndexes(st?.failedIndexes);
  const rules = spec?.podFailurePolicy?.rules ?? null;
  const perIndexLimit = spec?.backoffLimitPerIndex ?? null;
  const limit = spec?.backoffLimit ?? (perIndexLimit !== null ? MAX_INT32 : DEFAULT_BACKOFF_LIMIT);
  const failed = st?.failed ?? 0;
  const suspended = spec?.suspend === true;

  const complete = conditionView(st?.conditions, 'Complete');
  const failedCondition = conditionView(st?.conditions, 'Failed');
  const finished = complete ?? failedCondition;
  const failureTarget = conditionView(st?.conditions, 'FailureTarget');

  const startMs = toTimestampMs(st?.startTime);
  const deadlineSeconds = spec?.activeDeadlineSeconds;
  const deadlineAt = deadlineSeconds !== undefined && startMs !== undefined ? startMs + deadlineSeconds * 1000 : undefined;
  const deadlineCounting = deadlineAt !== undefined && !suspended && finished === null && failureTarget === null;
  const deadlineReason = (failureTarget ?? failedCondition)?.reason === 'DeadlineExceeded';

  const ttlSeconds = spec?.ttlSecondsAfterFinished;
  const finishedMs = toTimestampMs(finished?.lastTransitionTime);
  const deleteAt = ttlSeconds !== undefined && finishedMs !== undefined ? finishedMs + ttlSeconds * 1000 : undefined;
  const owner = controllerRef(job.metadata);

  return {
    name: job.metadata?.name ?? '',
    namespace: job.metadata?.namespace ?? 'default',
    uid: uid ?? null,
    owner: owner ? { kind: owner.kind, name: owner.name } : null,
    status: jobStatusColumn(job),
    completionMode: spec?.completionMode === 'Indexed' ? 'Indexed' : 'NonIndexed',
    completions: spec?.completions ?? null,
    parallelism: spec?.parallelism ?? 1,
    suspended,
    counts: { active: st?.active ?? 0, ready: st?.ready ?? 0, succeeded: st?.succeeded ?? 0, failed, terminating: st?.terminating ?? 0 },
    grid: grid(job, active, completedIndexes, failedIndexes),
    completedIndexes,
    failedIndexes,
    backoff: {
      limit,
      failed,
      retriesLeft: Math.max(0, limit - failed),
      perIndexLimit,
      maxFailedIndexes: spec?.maxFailedIndexes ?? null,
      restartPolicy: spec?.template?.spec?.restartPolicy ?? 'Never',
    },
    failedPods: owned
      .filter((p) => p.status?.phase === 'Failed')
      .map((p) => failedPod(p, rules))
      .sort((a, b) => (toTimestampMs(a.finishedAt) ?? 0) - (toTimestampMs(b.finishedAt) ?? 0) || (a.name < b.name ? -1 : 1)),
    podFailurePolicy: rules
      ? rules.map((r, index) => ({
          index,
          action: r.action,
          onExitCodes: r.onExitCodes ? { containerName: r.onExitCodes.containerName ?? null, operator: r.onExitCodes.operator, values: r.onExitCodes.values } : null,
          onPodConditions: (r.onPodConditions ?? []).map((p) => ({ type: p.type, status: p.status ?? 'True' })),
        }))
      : null,
    deadline:
      deadlineSeconds === undefined
        ? null
        : {
            seconds: deadlineSeconds,
            startTime: toIso(st?.startTime),
            at: deadlineAt === undefined ? null : msToIso(deadlineAt),
            secondsLeft: deadlineCounting ? secondsUntil(deadlineAt, now) : null,
            counting: deadlineCounting,
            exceeded: deadlineReason,
          },
    ttl:
      ttlSeconds === undefined
        ? null
        : {
            seconds: ttlSeconds,
            finishedAt: finished?.lastTransitionTime ?? null,
            deleteAt: deleteAt === undefined ? null : msToIso(deleteAt),
            secondsLeft: secondsUntil(deleteAt, now),
          },
    finished,
    failureTarget,
    successCriteriaMet: conditionView(st?.conditions, 'SuccessCriteriaMet'),
  };
}
