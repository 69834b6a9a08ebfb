import { describe, expect, it } from 'vitest';
import type { V1CronJob } from '@kubernetes/client-node';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { explainCronJob, type CronJobExplanation } from './cronjob';

function explainIn(capture: string, name: string, edit?: (cj: V1CronJob) => V1CronJob, now?: string): CronJobExplanation {
  const s = workloadSnapshot(capture);
  const cj = named(s.cronJobs, name);
  return explainCronJob({ cronJob: edit ? edit(cj) : cj, jobs: s.jobs, events: s.events, now: new Date(now ?? s.capturedAt) });
}

describe('explainCronJob', () => {
  it('explains a CronJob in its own time zone: words, the next three runs on its wall clock, the Job it ran', () => {
    // hf-capture/tz: */2 * * * * in Asia/Shanghai, 90 s after its run for 13:24Z (21:24 in Shanghai).
    const want: CronJobExplanation = {
      name: 'tz',
      namespace: 'hf-capture',
      uid: 'cd9d5a6c-0b6e-4b88-a489-bb87061afea3',
      schedule: '*/2 * * * *',
      scheduleError: null,
      words: { en: 'every 2 minutes', zh: '每 2 分钟' },
      timeZone: { name: 'Asia/Shanghai', source: 'spec', valid: true, offsetNow: '+08:00' },
      suspended: false,
      concurrencyPolicy: 'Allow',
      startingDeadlineSeconds: null,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 1,
      lastScheduleTime: '2026-12-03T13:24:00Z',
      lastSuccessfulTime: '2026-12-03T13:24:07Z',
      nextRuns: [
        { at: '2026-12-03T13:26:00Z', local: '2026-12-03 21:26', offset: '+08:00' },
        { at: '2026-12-03T13:28:00Z', local: '2026-12-03 21:28', offset: '+08:00' },
        { at: '2026-12-03T13:30:00Z', local: '2026-12-03 21:30', offset: '+08:00' }
      ],
      missed: { since: '2026-12-03T13:24:00Z', count: 0, tooMany: false, dueNow: null, tooLate: false, skippedByDeadline: 0, error: null },
      active: [],
      forbidBlocks: false,
      jobs: [
        {
          name: 'tz-29938404',
          scheduledAt: '2026-12-03T13:24:00Z',
          status: 'Complete',
          active: false,
          startTime: '2026-12-03T13:24:00Z',
          completionTime: '2026-12-03T13:24:07Z'
        }
      ],
      warnings: []
    };
    expect(explainIn('cronjobs-3', 'tz')).toStrictEqual(want);
  });

  it('skips a run while the previous Job is still active under Forbid, and shows the JobAlreadyActive event', () => {
    const forbid = explainIn('cronjobs-3', 'forbid');
    expect({ missed: forbid.missed, active: forbid.active, forbidBlocks: forbid.forbidBlocks, warnings: forbid.warnings.map((w) => w.reason) }).toStrictEqual({
      missed: { since: '2026-12-03T13:24:00Z', count: 1, tooMany: false, dueNow: '2026-12-03T13:25:00Z', tooLate: false, skippedByDeadline: 0, error: null },
      active: ['forbid-29938404'],
      forbidBlocks: true,
      warnings: ['JobAlreadyActive'],
    });
  });

  it('reads the schedule in the controller-manager time zone, assumed UTC, when spec.timeZone is unset', () => {
    const missed = explainIn('cronjobs-1', 'missed');
    expect([missed.timeZone, missed.suspended, missed.missed.dueNow]).toStrictEqual([
      { name: 'Etc/UTC', source: 'assumed', valid: true, offsetNow: '+00:00' },
      true,
      '2026-12-03T13:24:00Z',
    ]);
  });

  it('starts the most recent missed run late after a resume, and lists its Jobs by scheduled time', () => {
    const resumed = explainIn('cronjobs-3', 'missed');
    expect({
      jobs: resumed.jobs.map((j) => [j.name, j.scheduledAt, j.startTime, j.status]),
      lastScheduleTime: resumed.lastScheduleTime,
      lastSuccessfulTime: resumed.lastSuccessfulTime,
    }).toStrictEqual({
      jobs: [
        ['missed-29938404', '2026-12-03T13:24:00Z', '2026-12-03T13:24:12Z', 'Complete'],
        ['missed-29938405', '2026-12-03T13:25:00Z', '2026-12-03T13:25:00Z', 'Complete'],
      ],
      lastScheduleTime: '2026-12-03T13:25:00Z',
      lastSuccessfulTime: '2026-12-03T13:25:07Z',
    });
  });

  it('works out a suspended weekday schedule in New York: no run missed yet, next runs at 09:30 local', () => {
    const weekdays = explainIn('cronjobs-3', 'weekdays');
    expect([weekdays.words, weekdays.suspended, weekdays.missed.count, weekdays.nextRuns, weekdays.timeZone.offsetNow]).toStrictEqual([
      { en: 'at 09:30, every Monday to Friday', zh: '每周一至周五 09:30' },
      true,
      0,
      [
        { at: '2026-12-03T14:30:00Z', local: '2026-12-03 09:30', offset: '-05:00' },
        { at: '2026-12-04T14:30:00Z', local: '2026-12-04 09:30', offset: '-05:00' },
        { at: '2026-12-07T14:30:00Z', local: '2026-12-07 09:30', offset: '-05:00' },
      ],
      '-05:00',
    ]);
  });

  it('counts more than 100 missed runs as "too many" and, with startingDeadlineSeconds, skips all but those inside the window', () => {
    // The suspended `missed` CronJob read three hours after its capture: 180 minutes went by without a run.
    const later = explainIn('cronjobs-1', 'missed', undefined, '2026-12-03T16:24:05Z');
    const noDeadline = explainIn('cronjobs-1', 'missed', (cj) => ({ ...cj, spec: { ...cj.spec!, startingDeadlineSeconds: undefined } }), '2026-12-03T16:24:05Z');
    expect([later.missed, noDeadline.missed]).toStrictEqual([
      { since: '2026-12-03T13:23:04Z', count: 181, tooMany: false, dueNow: '2026-12-03T16:24:00Z', tooLate: false, skippedByDeadline: 180, error: null },
      { since: '2026-12-03T13:23:04Z', count: 181, tooMany: true, dueNow: '2026-12-03T16:24:00Z', tooLate: false, skippedByDeadline: 0, error: null },
    ]);
  });

  it('says why it cannot run: an unknown time zone, a schedule that does not parse, or one that never comes', () => {
    const zone = explainIn('cronjobs-3', 'tz', (cj) => ({ ...cj, spec: { ...cj.spec!, timeZone: 'Mars/Olympus_Mons' } }));
    const bad = explainIn('cronjobs-3', 'tz', (cj) => ({ ...cj, spec: { ...cj.spec!, schedule: '0 9 * * 7' } }));
    const never = explainIn('cronjobs-3', 'tz', (cj) => ({ ...cj, spec: { ...cj.spec!, schedule: '0 0 30 2 *' } }));
    expect([
      [zone.timeZone, zone.nextRuns],
      [bad.scheduleError, bad.words, bad.nextRuns],
      [never.nextRuns, never.missed.error],
    ]).toStrictEqual([
      [{ name: 'Mars/Olympus_Mons', source: 'spec', valid: false, offsetNow: null }, []],
      ['end of range (7) above maximum (6): 7', null, []],
      [[], 'time difference between two schedules is less than 1 second'],
    ]);
  });
});
