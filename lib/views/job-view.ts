/**
 * What the Job page shows (lib/explain/workloads/job): the completions grid
 * with a word per cell, the progress and completion mode in a sentence, the
 * back-off budget, the activeDeadlineSeconds countdown and the
 * ttlSecondsAfterFinished clean-up at the browser's `now`, and what each
 * condition means. Words are message keys (lib/i18n/parts/daemon-batch.ts).
 */
import { humanDuration, toTimestampMs } from '../explain/human-duration';
import type { JobCell, JobExplanation } from '../explain/workloads/job';
import type { MessageKey } from '../i18n/messages';
import { sentence, type Sentence } from './sentence';

/** A cell's state on the page: a pending cell of a Job that has ended will never run. */
export type JobCellView = 'succeeded' | 'failed' | 'active' | 'pending' | 'not-run';

export interface JobGridCell {
  key: string;
  /** The completion index (Indexed) or the slot's position from 1 (NonIndexed). */
  label: string;
  indexed: boolean;
  state: JobCellView;
  pod: string | null;
}

export type JobTone = 'ok' | 'progress' | 'warning' | 'critical' | 'muted';

export interface JobView {
  /** How far it is: succeeded of completions, active, parallelism. */
  progress: Sentence;
  /** What the completion mode asks for. */
  mode: Sentence;
  /** null when completions is unset (a work queue). */
  grid: JobGridCell[] | null;
  backoff: { tone: JobTone; sentences: Sentence[] };
  /** activeDeadlineSeconds at `now`; null when not set. */
  deadline: { tone: JobTone; sentence: Sentence; secondsLeft: number | null } | null;
  /** ttlSecondsAfterFinished at `now`. */
  ttl: Sentence;
}

const KNOWN_CONDITIONS = new Set(['Complete', 'Failed', 'FailureTarget', 'SuccessCriteriaMet', 'Suspended']);
const KNOWN_REASONS = new Set(['BackoffLimitExceeded', 'DeadlineExceeded', 'PodFailurePolicy', 'MaxFailedIndexesExceeded', 'FailedIndexes', 'SuccessPolicy', 'CompletionsReached']);

function ended(x: JobExplanation): boolean {
  return x.finished !== null || x.failureTarget !== null || x.successCriteriaMet !== null;
}

function grid(x: JobExplanation): JobGridCell[] | null {
  if (!x.grid) return null;
  const over = ended(x);
  return x.grid.map((c: JobCell, i) => ({
    key: c.index === null ? `slot-${i}` : `index-${c.index}`,
    label: String(c.index ?? i + 1),
    indexed: c.index !== null,
    state: c.state === 'pending' && over ? 'not-run' : c.state,
    pod: c.pod,
  }));
}

function progress(x: JobExplanation): Sentence {
  const { active, succeeded, failed } = x.counts;
  if (x.completions === null) return sentence('job.progress.queue', { succeeded, active, failed, parallelism: x.parallelism });
  return sentence('job.progress.fixed', { succeeded, completions: x.completions, active, failed, parallelism: x.parallelism });
}

function mode(x: JobExplanation): Sentence {
  if (x.completions === null) return sentence('job.mode.queue');
  if (x.completionMode === 'Indexed') return sentence('job.mode.indexed', { last: Math.max(0, x.completions - 1), completions: x.completions });
  return sentence('job.mode.nonIndexed', { completions: x.completions });
}

function backoff(x: JobExplanation): JobView['backoff'] {
  const b = x.backoff;
  const reason = (x.failureTarget ?? x.finished)?.reason ?? null;
  const out: Sentence[] = [];
  let tone: JobTone = 'ok';
  if (b.perIndexLimit !== null) {
    out.push(sentence('job.backoff.perIndex', { limit: b.perIndexLimit, failedIndexes: x.failedIndexes.join(',') || '—', failed: b.failed }));
    if (b.maxFailedIndexes !== null) out.push(sentence('job.backoff.maxFailedIndexes', { max: b.maxFailedIndexes, count: x.failedIndexes.length }));
    if (x.failedIndexes.length > 0) tone = 'warning';
    if (reason === 'FailedIndexes' || reason === 'MaxFailedIndexesExceeded') tone = 'critical';
  } else if (reason === 'BackoffLimitExceeded') {
    out.push(sentence('job.backoff.reached', { limit: b.limit, failed: b.failed }));
    tone = 'critical';
  } else if (ended(x)) {
    out.push(sentence('job.backoff.ended', { limit: b.limit, failed: b.failed }));
    tone = b.failed > 0 ? 'warning' : 'ok';
  } else if (b.retriesLeft === 0) {
    out.push(sentence('job.backoff.last', { limit: b.limit, failed: b.failed }));
    tone = 'warning';
  } else {
    out.push(sentence('job.backoff.budget', { limit: b.limit, failed: b.failed, left: b.retriesLeft }));
    tone = b.failed > 0 ? 'warning' : 'ok';
  }
  if (b.restartPolicy === 'OnFailure') out.push(sentence('job.backoff.onFailure'));
  if (x.podFailurePolicy) out.push(sentence('job.backoff.policy', { rules: x.podFailurePolicy.length }));
  if (!ended(x)) out.push(sentence('job.backoff.delay'));
  return { tone, sentences: out };
}

function deadline(x: JobExplanation, now: Date): JobView['deadline'] {
  const d = x.deadline;
  if (!d) return null;
  const seconds = d.seconds;
  if (d.exceeded) return { tone: 'critical', sentence: sentence('job.deadline.exceeded', { seconds }), secondsLeft: null };
  if (x.suspended) return { tone: 'muted', sentence: sentence('job.deadline.suspended', { seconds }), secondsLeft: null };
  if (ended(x)) return { tone: 'ok', sentence: sentence('job.deadline.finished', { seconds }), secondsLeft: null };
  const at = toTimestampMs(d.at);
  if (at === undefined) return { tone: 'muted', sentence: sentence('job.deadline.notStarted', { seconds }), secondsLeft: null };
  const left = Math.trunc((at - now.getTime()) / 1000);
  if (left <= 0) return { tone: 'critical', sentence: sentence('job.deadline.due', { seconds }), secondsLeft: 0 };
  // The last fifth of the deadline is a warning.
  return { tone: left * 5 <= seconds ? 'warning' : 'progress', sentence: sentence('job.deadline.counting', { seconds, left: humanDuration(left * 1000) }), secondsLeft: left };
}

function ttl(x: JobExplanation, now: Date): Sentence {
  const t = x.ttl;
  if (!t) return sentence('job.ttl.none');
  const at = toTimestampMs(t.deleteAt);
  if (at === undefined) return sentence('job.ttl.waiting', { seconds: t.seconds });
  const left = Math.trunc((at - now.getTime()) / 1000);
  return left > 0 ? sentence('job.ttl.at', { seconds: t.seconds, left: humanDuration(left * 1000) }) : sentence('job.ttl.due', { seconds: t.seconds });
}

/**
 * Projects a Job explanation to the page at the browser's `now` (the deadline
 * and TTL count down).
 * @example jobView(explainJob({ job: failingJob, pods, now }), now).backoff // { tone: 'critical', sentences: [{ key: 'job.backoff.reached', params: { limit: 2, failed: 3 } }] }
 */
export function jobView(x: JobExplanation, now: Date): JobView {
  return {
    progress: progress(x),
    mode: mode(x),
    grid: grid(x),
    backoff: backoff(x),
    deadline: deadline(x, now),
    ttl: ttl(x, now),
  };
}

/**
 * What a Job condition type means (api/batch/v1 JobConditionType), for the conditions table.
 * @example jobConditionMeaning('FailureTarget') // { key: 'job.cond.FailureTarget', params: {} }
 */
export function jobConditionMeaning(type: string): Sentence {
  return KNOWN_CONDITIONS.has(type) ? sentence(`job.cond.${type}` as MessageKey) : sentence('job.cond.other', { type });
}

/**
 * What a condition reason the Job controller writes means; null for any other reason.
 * @example jobReasonMeaning('BackoffLimitExceeded') // { key: 'job.reason.BackoffLimitExceeded', params: {} }
 */
export function jobReasonMeaning(reason: string | null): Sentence | null {
  return reason && KNOWN_REASONS.has(reason) ? sentence(`job.reason.${reason}` as MessageKey) : null;
}
