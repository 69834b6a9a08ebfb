/**
 * The columns of `kubectl get jobs` (and -o wide), ported from kubernetes
 * pkg/printers/internalversion/printers.go printJob and hasJobCondition
 * (v1.36.3). STATUS exists since v1.30; SuccessCriteriaMet since v1.34.
 */
import type { V1Job, V1JobCondition } from '@kubernetes/client-node';
import { humanDuration, toTimestampMs, translateTimestampSince } from '../human-duration';
import { toIso } from '../timestamps';
import { formatLabelSelector } from './label-selector';
import { layoutContainerCells } from './shared';

/** Every STATUS printJob can print. */
export type JobStatusColumn = 'Complete' | 'Failed' | 'Terminating' | 'Suspended' | 'FailureTarget' | 'SuccessCriteriaMet' | 'Running';

export interface JobColumns {
  name: string;
  status: JobStatusColumn;
  /** COMPLETIONS: "succeeded/completions", "succeeded/1" or "succeeded/1 of parallelism". */
  completions: string;
  succeeded: number;
  /** spec.completions, null when unset (any one success completes the Job). */
  completionsWanted: number | null;
  /** spec.parallelism (the API defaults it to 1). */
  parallelism: number;
  /** DURATION: start to completion, or start to now while running; "" with no startTime. */
  duration: string;
  durationSeconds: number | null;
  age: string;
  createdAt: string | null;
  containers: string;
  images: string;
  /** -o wide SELECTOR (metav1.FormatLabelSelector). */
  selector: string;
}

/** The first condition of a type decides, and only when its status is True (upstream hasJobCondition). */
function hasJobCondition(conditions: readonly V1JobCondition[] | undefined, type: string): boolean {
  const first = (conditions ?? []).find((c) => c.type === type);
  return first?.status === 'True';
}

/**
 * STATUS, first match wins: Complete, Failed, Terminating (deletionTimestamp
 * set), Suspended, FailureTarget, SuccessCriteriaMet, else Running, even when
 * every pod is still Pending.
 * @example jobStatusColumn(failedJob) // 'Failed'
 */
export function jobStatusColumn(job: V1Job): JobStatusColumn {
  const conditions = job.status?.conditions;
  if (hasJobCondition(conditions, 'Complete')) return 'Complete';
  if (hasJobCondition(conditions, 'Failed')) return 'Failed';
  if (job.metadata?.deletionTimestamp !== undefined && job.metadata.deletionTimestamp !== null) return 'Terminating';
  if (hasJobCondition(conditions, 'Suspended')) return 'Suspended';
  if (hasJobCondition(conditions, 'FailureTarget')) return 'FailureTarget';
  if (hasJobCondition(conditions, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

/**
 * NAME STATUS COMPLETIONS DURATION AGE, plus CONTAINERS IMAGES SELECTOR for -o wide.
 * @example jobColumns(pi, now) // { name: 'pi', status: 'Complete', completions: '1/1', duration: '12s', age: '3m', … }
 */
export function jobColumns(job: V1Job, now: Date): JobColumns {
  const succeeded = job.status?.succeeded ?? 0;
  const completionsWanted = job.spec?.completions ?? null;
  const parallelism = job.spec?.parallelism ?? 1;
  let completions: string;
  if (completionsWanted !== null) completions = `${succeeded}/${completionsWanted}`;
  else if (parallelism > 1) completions = `${succeeded}/1 of ${parallelism}`;
  else completions = `${succeeded}/1`;

  const start = toTimestampMs(job.status?.startTime);
  const end = toTimestampMs(job.status?.completionTime) ?? now.getTime();
  const durationMs = start === undefined ? null : end - start;
  return {
    name: job.metadata?.name ?? '',
    status: jobStatusColumn(job),
    completions,
    succeeded,
    completionsWanted,
    parallelism,
    duration: durationMs === null ? '' : humanDuration(durationMs),
    durationSeconds: durationMs === null ? null : Math.trunc(durationMs / 1000),
    age: translateTimestampSince(job.metadata?.creationTimestamp, now),
    createdAt: toIso(job.metadata?.creationTimestamp),
    ...layoutContainerCells(job.spec?.template?.spec?.containers),
    selector: formatLabelSelector(job.spec?.selector),
  };
}
