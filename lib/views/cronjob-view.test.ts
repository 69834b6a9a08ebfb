import { describe, expect, it } from 'vitest';
import { explainCronJob } from '../explain/workloads/cronjob';
import { named, workloadSnapshot } from '../testing/workload-capture';
import { cronJobView, liveNextRuns } from './cronjob-view';
import { sentence as s } from './sentence';
import { toJobRow } from './workloads/rows';

function viewed(file: string, name: string) {
  const snap = workloadSnapshot(file);
  const at = new Date(snap.capturedAt);
  const x = explainCronJob({ cronJob: named(snap.cronJobs, name), jobs: snap.jobs, events: snap.events, now: at });
  const rows = snap.jobs.map((j) => toJobRow(j, at));
  return { x, at, rows, view: cronJobView(x, rows, at) };
}

const utc = (hhmm: string, inSeconds: number) => ({ at: `2026-12-03T${hhmm}:00Z`, local: `2026-12-03 ${hhmm}`, offset: '+00:00', inSeconds });

describe('cronJobView', () => {
  it('shows every-minute mid-run: UTC runs a minute apart, Forbid holding the next run while a Job is active, its Jobs newest first', () => {
    const { x, rows, view } = viewed('every-minute-active', 'every-minute');
    const job = (name: string) => ({ ...x.jobs.find((j) => j.name === name)!, row: rows.find((r) => r.name === name)! });
    expect(view).toStrictEqual({
      zone: s('cron.zone.spec', { zone: 'Etc/UTC', offset: '+00:00' }),
      nextRuns: [utc('13:34', 58), utc('13:35', 118), utc('13:36', 178)],
      nextRunsNote: s('cron.next.forbid'),
      suspend: s('cron.suspend.false'),
      concurrency: [s('cron.concurrency.Forbid'), s('cron.concurrency.forbidNow', { jobs: 'every-minute-29938413' })],
      deadline: [s('cron.deadline.set', { seconds: 30 })],
      missed: s('cron.missed.none', { since: '2026-12-03T13:33:00Z' }),
      history: s('cron.history', { successful: 2, failed: 1 }),
      jobs: [job('every-minute-29938413'), job('every-minute-29938412'), job('every-minute-29938411')],
    });
    expect(view.jobs.map((j) => [j.name, j.scheduledAt, j.status, j.active, j.row?.completions])).toStrictEqual([
      ['every-minute-29938413', '2026-12-03T13:33:00Z', 'Running', true, '0/1'],
      ['every-minute-29938412', '2026-12-03T13:32:00Z', 'Complete', false, '1/1'],
      ['every-minute-29938411', '2026-12-03T13:31:00Z', 'Complete', false, '1/1'],
    ]);
  });

  it('moves the next runs on with the browser’s clock, without a new model', () => {
    const { x, at } = viewed('every-minute-done', 'every-minute');
    expect(liveNextRuns(x, new Date(at.getTime() + 90_000))).toStrictEqual([utc('13:35', 22), utc('13:36', 82), utc('13:37', 142)]);
  });

  it('reads the schedule in spec.timeZone: */2 in Asia/Shanghai runs at 21:26 there, 13:26 UTC', () => {
    const { view } = viewed('cronjobs-1', 'tz');
    expect([view.zone, view.nextRuns, view.deadline, view.concurrency]).toStrictEqual([
      s('cron.zone.spec', { zone: 'Asia/Shanghai', offset: '+08:00' }),
      [
        { at: '2026-12-03T13:26:00Z', local: '2026-12-03 21:26', offset: '+08:00', inSeconds: 112 },
        { at: '2026-12-03T13:28:00Z', local: '2026-12-03 21:28', offset: '+08:00', inSeconds: 232 },
        { at: '2026-12-03T13:30:00Z', local: '2026-12-03 21:30', offset: '+08:00', inSeconds: 352 },
      ],
      [s('cron.deadline.none')],
      [s('cron.concurrency.Allow')],
    ]);
  });

  it('says what suspension holds back: the times that passed, the runs it would make once resumed, and the assumed zone', () => {
    const missed = viewed('cronjobs-1', 'missed').view;
    const weekdays = viewed('cronjobs-1', 'weekdays').view;
    expect([missed.zone, missed.suspend, missed.missed, missed.nextRunsNote, missed.deadline, weekdays.missed, weekdays.nextRuns.map((r) => r.local)]).toStrictEqual([
      s('cron.zone.assumed', { zone: 'Etc/UTC' }),
      s('cron.suspend.true'),
      s('cron.missed.suspended', { count: 1, since: '2026-12-03T13:23:04Z' }),
      s('cron.next.suspended'),
      [s('cron.deadline.set', { seconds: 10 })],
      s('cron.missed.suspendedNone'),
      ['2026-12-03 09:30', '2026-12-04 09:30', '2026-12-07 09:30'],
    ]);
  });

  it('tells a run skipped by Forbid while the earlier Job still runs', () => {
    const { view } = viewed('cronjobs-3', 'forbid');
    expect([view.missed, view.concurrency, view.nextRunsNote]).toStrictEqual([
      s('cron.missed.forbidden', { due: '2026-12-03T13:25:00Z' }),
      [s('cron.concurrency.Forbid'), s('cron.concurrency.forbidNow', { jobs: 'forbid-29938404' })],
      s('cron.next.forbid'),
    ]);
  });

  it('warns that a startingDeadlineSeconds under 10 s may never start a run, and has no next run for a zone the controller does not know', () => {
    const { x, rows, at } = viewed('every-minute-done', 'every-minute');
    const short = cronJobView({ ...x, startingDeadlineSeconds: 5 }, rows, at);
    const unknownZone = cronJobView({ ...x, timeZone: { name: 'Mars/Olympus', source: 'spec', valid: false, offsetNow: null }, nextRuns: [] }, rows, at);
    expect([short.deadline, unknownZone.zone, unknownZone.nextRuns, unknownZone.nextRunsNote]).toStrictEqual([
      [s('cron.deadline.set', { seconds: 5 }), s('cron.deadline.short', { seconds: 5 })],
      s('cron.zone.invalid', { zone: 'Mars/Olympus' }),
      [],
      null,
    ]);
  });
});
