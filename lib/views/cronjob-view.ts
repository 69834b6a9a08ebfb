/**
 * What the CronJob page shows (lib/explain/workloads/cronjob): the schedule
 * and its time zone in a sentence, the next runs worked out again at the
 * browser's `now` (so they move on without waiting for the cluster to
 * change), what happens to missed and overlapping runs, suspension, history
 * limits, and the Jobs it owns joined with their kubectl rows. Words are
 * message keys (lib/i18n/parts/daemon-batch.ts).
 */
import { toTimestampMs } from '../explain/human-duration';
import { msToIso } from '../explain/timestamps';
import { isValidTimeZone, nextRuns, parseCronSchedule, wallClock } from '../explain/workloads/cron-schedule';
import type { CronJobExplanation, CronJobRun, OwnedJob } from '../explain/workloads/cronjob';
import { sentence, type Sentence } from './sentence';
import type { JobRow } from './workloads/rows';

export interface CronRunView extends CronJobRun {
  /** Whole seconds from `now` until it, at least 0. */
  inSeconds: number;
}

export interface CronOwnedJobView extends OwnedJob {
  /** Its kubectl row (COMPLETIONS, DURATION, AGE), when the Job is still in the cache. */
  row: JobRow | null;
}

export interface CronJobView {
  /** The time zone its schedule is read in, and where that came from. */
  zone: Sentence;
  /** The next three runs after `now`, as the controller would start them; empty when it cannot schedule. */
  nextRuns: CronRunView[];
  /** Said beside the next runs: suspended (they would run once resumed) or blocked by Forbid. */
  nextRunsNote: Sentence | null;
  suspend: Sentence;
  concurrency: Sentence[];
  deadline: Sentence[];
  missed: Sentence;
  history: Sentence;
  /** The Jobs it owns, newest schedule first. */
  jobs: CronOwnedJobView[];
}

/** The zone the controller reads the schedule in: a valid TZ= prefix wins over spec.timeZone (or the assumed controller zone). */
function effectiveZone(x: CronJobExplanation): { zone: string; parsed: ReturnType<typeof parseCronSchedule> } {
  const parsed = parseCronSchedule(x.schedule);
  const zone = parsed.inlineTimeZone && isValidTimeZone(parsed.inlineTimeZone) ? parsed.inlineTimeZone : x.timeZone.name;
  return { zone, parsed };
}

/**
 * The next `count` runs after `now`, computed again in the browser from the
 * schedule the model carries; the model's own list (built at the server's
 * last rebuild) when the schedule cannot run.
 * @example liveNextRuns(everyMinute, new Date('2026-12-03T13:33:30Z')).map((r) => r.at) // ['2026-12-03T13:34:00Z', '2026-12-03T13:35:00Z', '2026-12-03T13:36:00Z']
 */
export function liveNextRuns(x: CronJobExplanation, now: Date, count = 3): CronRunView[] {
  if (x.nextRuns.length === 0) return [];
  const { zone, parsed } = effectiveZone(x);
  if (!parsed.ok || !isValidTimeZone(zone)) return [];
  return nextRuns(parsed.schedule, now, zone, count).map((d) => {
    const wall = wallClock(d, zone);
    return { at: msToIso(d.getTime()), local: wall.text, offset: wall.offset, inSeconds: Math.max(0, Math.ceil((d.getTime() - now.getTime()) / 1000)) };
  });
}

function zoneSentence(x: CronJobExplanation): Sentence {
  const { zone } = effectiveZone(x);
  if (!x.timeZone.valid) return sentence('cron.zone.invalid', { zone: x.timeZone.name });
  if (zone !== x.timeZone.name) return sentence('cron.zone.inline', { zone });
  if (x.timeZone.source === 'assumed') return sentence('cron.zone.assumed', { zone: x.timeZone.name });
  return sentence('cron.zone.spec', { zone: x.timeZone.name, offset: x.timeZone.offsetNow ?? '' });
}

function concurrency(x: CronJobExplanation): Sentence[] {
  const out = [sentence(`cron.concurrency.${x.concurrencyPolicy}`)];
  if (x.active.length > 0) {
    const jobs = x.active.join(', ');
    if (x.concurrencyPolicy === 'Forbid') out.push(sentence('cron.concurrency.forbidNow', { jobs }));
    else if (x.concurrencyPolicy === 'Replace') out.push(sentence('cron.concurrency.replaceNow', { jobs }));
    else out.push(sentence('cron.concurrency.allowNow', { jobs }));
  }
  return out;
}

function deadline(x: CronJobExplanation): Sentence[] {
  const s = x.startingDeadlineSeconds;
  if (s === null) return [sentence('cron.deadline.none')];
  return [sentence('cron.deadline.set', { seconds: s }), ...(s < 10 ? [sentence('cron.deadline.short', { seconds: s })] : [])];
}

function missed(x: CronJobExplanation): Sentence {
  const m = x.missed;
  const since = m.since ?? '';
  if (m.error) return sentence('cron.missed.error', { error: m.error });
  if (x.suspended) return m.count > 0 ? sentence('cron.missed.suspended', { count: m.count, since }) : sentence('cron.missed.suspendedNone');
  if (m.skippedByDeadline > 0 || m.tooLate) return sentence('cron.missed.skipped', { count: m.count, seconds: x.startingDeadlineSeconds ?? 0, since });
  if (m.tooMany) return sentence('cron.missed.tooMany', { count: m.count });
  if (m.dueNow) return x.forbidBlocks ? sentence('cron.missed.forbidden', { due: m.dueNow }) : sentence('cron.missed.due', { due: m.dueNow });
  return sentence('cron.missed.none', { since });
}

/**
 * Projects a CronJob explanation (and its Jobs' kubectl rows) to the page at the browser's `now`.
 * @example cronJobView(explainCronJob({ cronJob: everyMinute, jobs, now }), jobRows, now).concurrency[0] // { key: 'cron.concurrency.Forbid', params: {} }
 */
export function cronJobView(x: CronJobExplanation, jobRows: readonly JobRow[], now: Date): CronJobView {
  const runs = liveNextRuns(x, now);
  const byName = new Map(jobRows.map((r) => [r.name, r]));
  return {
    zone: zoneSentence(x),
    nextRuns: runs,
    nextRunsNote: x.suspended && runs.length > 0 ? sentence('cron.next.suspended') : x.forbidBlocks && runs.length > 0 ? sentence('cron.next.forbid') : null,
    suspend: sentence(x.suspended ? 'cron.suspend.true' : 'cron.suspend.false'),
    concurrency: concurrency(x),
    deadline: deadline(x),
    missed: missed(x),
    history: sentence('cron.history', { successful: x.successfulJobsHistoryLimit, failed: x.failedJobsHistoryLimit }),
    jobs: [...x.jobs]
      .sort((a, b) => (toTimestampMs(b.scheduledAt) ?? 0) - (toTimestampMs(a.scheduledAt) ?? 0) || (a.name < b.name ? 1 : -1))
      .map((j) => ({ ...j, row: byName.get(j.name) ?? null })),
  };
}
