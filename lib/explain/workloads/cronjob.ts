/**
 * A CronJob as data: its schedule in words, the next runs in its time zone,
 * what it missed and what the controller will do about it, its concurrency
 * policy, and the Jobs it owns. Rules from kubernetes pkg/controller/cronjob:
 * cronjob_controllerv2.go syncCronJob (suspended and invalid-time-zone
 * CronJobs start nothing; a run later than startingDeadlineSeconds is
 * skipped with a MissSchedule event; Forbid skips while a Job is active with
 * JobAlreadyActive; Replace deletes the active Jobs) and utils.go
 * mostRecentScheduleTime and nextScheduleTime (missed times counted from
 * lastScheduleTime, else creationTimestamp, never earlier than now −
 * startingDeadlineSeconds; only the most recent missed time is started; more
 * than 100 missed times only adds a TooManyMissedTimes warning). Without
 * spec.timeZone the schedule is read in kube-controller-manager's local time
 * zone, which this model assumes is UTC and says so.
 */
import type { V1CronJob, V1Job } from '@kubernetes/client-node';
import { toTimestampMs } from '../human-duration';
import { normalizeEvents, type AnyEvent } from '../pod-events';
import { msToIso, toIso } from '../timestamps';
import { isValidTimeZone, nextRun, nextRuns, parseCronSchedule, scheduleWords, utcOffset, wallClock, type CronSchedule } from './cron-schedule';
import { jobStatusColumn, type JobStatusColumn } from './job-columns';
import { isControlledBy } from './shared';

/** What this model assumes kube-controller-manager's local time zone is, when spec.timeZone is unset. */
export const ASSUMED_CONTROLLER_TIME_ZONE = 'Etc/UTC';
const SCHEDULED_TIMESTAMP_ANNOTATION = 'batch.kubernetes.io/cronjob-scheduled-timestamp';
const TOO_MANY_MISSED = 100;
const WARNING_REASONS = new Set(['MissSchedule', 'TooManyMissedTimes', 'JobAlreadyActive', 'UnknownTimeZone', 'UnparseableSchedule', 'InvalidSchedule', 'UnsupportedSchedule', 'FailedCreate', 'FailedNeedsStart']);

export interface CronJobInput {
  cronJob: V1CronJob;
  /** Jobs of the namespace; those the CronJob controls are used. */
  jobs?: readonly V1Job[];
  /** Events of the namespace (either API); the CronJob's are used. */
  events?: readonly AnyEvent[];
  now: Date;
}

export interface CronJobRun {
  /** An ISO instant and the same moment on the schedule's wall clock, e.g. "2026-12-03 21:24" "+08:00". */
  at: string;
  local: string;
  offset: string;
}

export interface OwnedJob {
  name: string;
  /** The time it was scheduled for (annotation batch.kubernetes.io/cronjob-scheduled-timestamp, since v1.32, else the minutes in its name). */
  scheduledAt: string | null;
  status: JobStatusColumn;
  active: boolean;
  startTime: string | null;
  completionTime: string | null;
}

export interface CronJobExplanation {
  name: string;
  namespace: string;
  uid: string | null;
  schedule: string;
  /** Parse error of the schedule, as the controller's UnparseableSchedule event would say it. */
  scheduleError: string | null;
  words: { en: string; zh: string } | null;
  timeZone: {
    name: string;
    /** 'spec': spec.timeZone; 'assumed': unset, so the controller's local zone, assumed UTC here. */
    source: 'spec' | 'assumed';
    valid: boolean;
    offsetNow: string | null;
  };
  suspended: boolean;
  concurrencyPolicy: 'Allow' | 'Forbid' | 'Replace';
  startingDeadlineSeconds: number | null;
  successfulJobsHistoryLimit: number;
  failedJobsHistoryLimit: number;
  lastScheduleTime: string | null;
  lastSuccessfulTime: string | null;
  /** The next runs after now (what it would start if nothing blocks it); empty when it cannot run. */
  nextRuns: CronJobRun[];
  missed: {
    /** Where counting starts: lastScheduleTime, else creationTimestamp. */
    since: string | null;
    /** Schedule times since then that already passed without a run (the controller's estimate), 0 when none. */
    count: number;
    /** More than 100: the controller warns TooManyMissedTimes but still starts the most recent one. */
    tooMany: boolean;
    /** The missed time the controller would start now, null when none is due. */
    dueNow: string | null;
    /** dueNow is older than startingDeadlineSeconds allows: it is skipped (MissSchedule). */
    tooLate: boolean;
    /** Missed times before now − startingDeadlineSeconds: the controller no longer looks at them, so they never run. */
    skippedByDeadline: number;
    /** The controller cannot compute the schedule (e.g. 30 February: two runs less than a second apart). */
    error: string | null;
  };
  /** Status.active: Jobs it counts as running. */
  active: string[];
  /** Forbid and a Job still active: the next run will be skipped. */
  forbidBlocks: boolean;
  jobs: OwnedJob[];
  /** Warning-type events about it, newest last: MissSchedule, JobAlreadyActive, TooManyMissedTimes, UnknownTimeZone… */
  warnings: { reason: string; message: string; at: string | null; count: number }[];
}

/** getTimeHashInMinutes: Job names end in the scheduled time in minutes since the epoch. */
function scheduledFromName(name: string): number | undefined {
  const match = /-(\d+)$/.exec(name);
  return match ? Number(match[1]) * 60_000 : undefined;
}

/**
 * mostRecentScheduleTime: the latest schedule time between `earliest` and
 * now, and the controller's rough count of missed times.
 */
function mostRecent(
  schedule: CronSchedule,
  earliestMs: number,
  now: Date,
  timeZone: string,
): { mostRecent: number | null; count: number; error: string | null } {
  const t1 = nextRun(schedule, new Date(earliestMs), timeZone);
  const t2 = t1 ? nextRun(schedule, t1, timeZone) : null;
  const nowMs = now.getTime();
  if (t1 && nowMs < t1.getTime()) return { mostRecent: null, count: 0, error: null };
  if (t1 && t2 && nowMs < t2.getTime()) return { mostRecent: t1.getTime(), count: 1, error: null };
  const between = t1 && t2 ? Math.round((t2.getTime() - t1.getTime()) / 1000) : 0;
  if (!t1 || !t2 || between < 1) return { mostRecent: null, count: 0, error: 'time difference between two schedules is less than 1 second' };
  const elapsed = Math.trunc((nowMs - t1.getTime()) / 1000);
  const count = Math.trunc(elapsed / between) + 1;
  let latest: number | null = null;
  let t = nextRun(schedule, new Date(t1.getTime() + (count - 2) * between * 1000), timeZone);
  while (t && t.getTime() <= nowMs) {
    latest = t.getTime();
    t = nextRun(schedule, t, timeZone);
  }
  return { mostRecent: latest, count, error: null };
}

/**
 * Explains a CronJob at `now`.
 * @example explainCronJob({ cronJob: tz, jobs, now }).nextRuns[0] // { at: '2026-12-03T13:26:00Z', local: '2026-12-03 21:26', offset: '+08:00' }
 */
export function explainCronJob(input: CronJobInput): CronJobExplanation {
  const { cronJob: cj, now } = input;
  const uid = cj.metadata?.uid;
  const spec = cj.spec;
  const scheduleText = spec?.schedule ?? '';
  const parsed = parseCronSchedule(scheduleText);
  const zoneName = spec?.timeZone ?? ASSUMED_CONTROLLER_TIME_ZONE;
  const zoneValid = isValidTimeZone(zoneName);
  // The controller honours a TZ= prefix in the schedule over the time zone it would otherwise use.
  const zone = parsed.inlineTimeZone && isValidTimeZone(parsed.inlineTimeZone) ? parsed.inlineTimeZone : zoneName;
  const suspended = spec?.suspend === true;
  const deadline = spec?.startingDeadlineSeconds ?? null;
  const canRun = parsed.ok && zoneValid;

  const lastMs = toTimestampMs(cj.status?.lastScheduleTime);
  const createdMs = toTimestampMs(cj.metadata?.creationTimestamp);
  const sinceMs = lastMs ?? createdMs;
  let missed: CronJobExplanation['missed'] = {
    since: sinceMs === undefined ? null : msToIso(sinceMs),
    count: 0,
    tooMany: false,
    dueNow: null,
    tooLate: false,
    skippedByDeadline: 0,
    error: null,
  };
  if (canRun && sinceMs !== undefined) {
    const all = mostRecent(parsed.schedule, sinceMs, now, zone);
    // nextScheduleTime looks no further back than startingDeadlineSeconds.
    const windowStart = deadline === null ? sinceMs : Math.max(sinceMs, now.getTime() - deadline * 1000);
    const due = windowStart === sinceMs ? all : mostRecent(parsed.schedule, windowStart, now, zone);
    const dueNow = due.mostRecent !== null && due.mostRecent !== lastMs ? due.mostRecent : null;
    missed = {
      since: missed.since,
      count: all.count,
      tooMany: due.count > TOO_MANY_MISSED,
      dueNow: dueNow === null ? null : msToIso(dueNow),
      tooLate: dueNow !== null && deadline !== null && dueNow + deadline * 1000 < now.getTime(),
      skippedByDeadline: Math.max(0, all.count - due.count),
      error: all.error,
    };
  }

  const owned = (input.jobs ?? []).filter((j) => isControlledBy(j, uid));
  const activeNames = (cj.status?.active ?? []).map((r) => r.name ?? '');
  const jobs = owned
    .map((j): OwnedJob => {
      const name = j.metadata?.name ?? '';
      const scheduled = toTimestampMs(j.metadata?.annotations?.[SCHEDULED_TIMESTAMP_ANNOTATION]) ?? scheduledFromName(name);
      const status = jobStatusColumn(j);
      return {
        name,
        scheduledAt: scheduled === undefined ? null : msToIso(scheduled),
        status,
        active: activeNames.includes(name),
        startTime: toIso(j.status?.startTime),
        completionTime: toIso(j.status?.completionTime),
      };
    })
    .sort((a, b) => (toTimestampMs(a.scheduledAt) ?? 0) - (toTimestampMs(b.scheduledAt) ?? 0));

  const name = cj.metadata?.name ?? '';
  const warnings = normalizeEvents(input.events ?? [])
    .filter((e) => e.involvedKind === 'CronJob' && e.involvedName === name && !(uid && e.involvedUid && e.involvedUid !== uid))
    .filter((e) => WARNING_REASONS.has(e.reason))
    .map((e) => ({ reason: e.reason, message: e.message, at: e.lastAt, count: e.count }));

  const policy = spec?.concurrencyPolicy === 'Forbid' || spec?.concurrencyPolicy === 'Replace' ? spec.concurrencyPolicy : 'Allow';
  return {
    name,
    namespace: cj.metadata?.namespace ?? 'default',
    uid: uid ?? null,
    schedule: scheduleText,
    scheduleError: parsed.ok ? null : parsed.error,
    words: parsed.ok ? scheduleWords(parsed.schedule) : null,
    timeZone: { name: zoneName, source: spec?.timeZone ? 'spec' : 'assumed', valid: zoneValid, offsetNow: zoneValid ? utcOffset(zoneName, now) : null },
    suspended,
    concurrencyPolicy: policy,
    startingDeadlineSeconds: deadline,
    successfulJobsHistoryLimit: spec?.successfulJobsHistoryLimit ?? 3,
    failedJobsHistoryLimit: spec?.failedJobsHistoryLimit ?? 1,
    lastScheduleTime: toIso(cj.status?.lastScheduleTime),
    lastSuccessfulTime: toIso(cj.status?.lastSuccessfulTime),
    nextRuns: canRun
      ? nextRuns(parsed.schedule, now, zone, 3).map((d) => {
          const wall = wallClock(d, zone);
          return { at: msToIso(d.getTime()), local: wall.text, offset: wall.offset };
        })
      : [],
    missed,
    active: activeNames,
    forbidBlocks: policy === 'Forbid' && activeNames.length > 0,
    jobs,
    warnings,
  };
}
