import { describe, expect, it } from 'vitest';
import type { V1CronJob } from '@kubernetes/client-node';
import { cronJobColumns, type CronJobColumns } from './cronjob-columns';

const NOW = new Date('2025-06-01T12:00:00Z');
const JUST_NOW = new Date(NOW.getTime() + 1900);
const JUST_NOW_ISO = '2025-06-01T12:00:01.900Z';
/** Upstream's `time.Now().Add(-3e11)` and `Add(-3e10)`: 5 minutes and 30 seconds ago. */
const FIVE_MINUTES_AGO = new Date(NOW.getTime() - 300_000);
const THIRTY_SECONDS_AGO = new Date(NOW.getTime() - 30_000);

const jobTemplate = {
  spec: {
    completions: 2,
    template: {
      spec: {
        containers: [
          { name: 'fake-job-container1', image: 'fake-job-image1' },
          { name: 'fake-job-container2', image: 'fake-job-image2' },
        ],
      },
    },
    selector: { matchLabels: { a: 'b' } },
  },
};

function cronJob(name: string, extra: Partial<V1CronJob['spec']> = {}, status: V1CronJob['status'] = {}, created = JUST_NOW): V1CronJob {
  return {
    metadata: { name, creationTimestamp: created },
    spec: { schedule: '0/5 * * * ?', suspend: false, jobTemplate, ...extra },
    status,
  };
}

const wide = { containers: 'fake-job-container1,fake-job-container2', images: 'fake-job-image1,fake-job-image2', selector: 'a=b' };

// kubernetes pkg/printers/internalversion/printers_test.go TestPrintCronJob.
describe('cronJobColumns', () => {
  it('prints SCHEDULE as written, TIMEZONE <none> when unset, SUSPEND, ACTIVE and LAST SCHEDULE (case 1)', () => {
    const want: CronJobColumns = {
      name: 'cronjob1',
      schedule: '0/5 * * * ?',
      timeZone: '<none>',
      suspend: 'False',
      active: 0,
      lastSchedule: '0s',
      lastScheduleAt: JUST_NOW_ISO,
      age: '0s',
      createdAt: JUST_NOW_ISO,
      ...wide,
    };
    expect(cronJobColumns(cronJob('cronjob1', {}, { lastScheduleTime: JUST_NOW }), NOW)).toStrictEqual(want);
  });

  it('prints spec.timeZone as written (case 2)', () => {
    const cols = cronJobColumns(cronJob('cronjob1', { timeZone: 'LOCAL' }, { lastScheduleTime: JUST_NOW }), NOW);
    expect(cols.timeZone).toBe('LOCAL');
  });

  it('prints the Job template containers, images and selector for -o wide (case 3)', () => {
    const cols = cronJobColumns(cronJob('cronjob1', {}, { lastScheduleTime: JUST_NOW }), NOW);
    expect([cols.containers, cols.images, cols.selector]).toStrictEqual([wide.containers, wide.images, wide.selector]);
  });

  it('ages LAST SCHEDULE and AGE separately (case 4: 30s and 5m)', () => {
    const job = cronJob('cronjob2', { jobTemplate: { spec: { template: {} } } }, { lastScheduleTime: THIRTY_SECONDS_AGO }, FIVE_MINUTES_AGO);
    const want: CronJobColumns = {
      name: 'cronjob2',
      schedule: '0/5 * * * ?',
      timeZone: '<none>',
      suspend: 'False',
      active: 0,
      lastSchedule: '30s',
      lastScheduleAt: '2025-06-01T11:59:30Z',
      age: '5m',
      createdAt: '2025-06-01T11:55:00Z',
      containers: '',
      images: '',
      selector: '<none>',
    };
    expect(cronJobColumns(job, NOW)).toStrictEqual(want);
  });

  it('prints <none> for LAST SCHEDULE when the CronJob never ran (case 5)', () => {
    const job = cronJob('cronjob3', { jobTemplate: { spec: { template: {} } } }, {}, FIVE_MINUTES_AGO);
    expect(cronJobColumns(job, NOW).lastSchedule).toBe('<none>');
    expect(cronJobColumns(job, NOW).lastScheduleAt).toBeNull();
  });

  it('prints each item of a list the same way (TestPrintCronJobList)', () => {
    const template = { spec: { completions: 2, selector: { matchLabels: { a: 'b' } }, template: {} } };
    const list = [
      cronJob('cronjob1', { timeZone: 'LOCAL', jobTemplate: template }, { lastScheduleTime: JUST_NOW }),
      cronJob('cronjob2', { schedule: '4/5 1 1 1 ?', jobTemplate: template }, { lastScheduleTime: new Date(NOW.getTime() - 20 * 60_000) }),
    ];
    const base = { suspend: 'False', active: 0, age: '0s', createdAt: JUST_NOW_ISO, containers: '', images: '', selector: 'a=b' };
    const want: CronJobColumns[] = [
      { name: 'cronjob1', schedule: '0/5 * * * ?', timeZone: 'LOCAL', lastSchedule: '0s', lastScheduleAt: JUST_NOW_ISO, ...base },
      { name: 'cronjob2', schedule: '4/5 1 1 1 ?', timeZone: '<none>', lastSchedule: '20m', lastScheduleAt: '2025-06-01T11:40:00Z', ...base },
    ];
    expect(list.map((c) => cronJobColumns(c, NOW))).toStrictEqual(want);
  });

  it('prints SUSPEND as <unset> when the field is missing, and ACTIVE as the number of active Jobs', () => {
    const job: V1CronJob = {
      metadata: { name: 'x', creationTimestamp: JUST_NOW },
      spec: { schedule: '@hourly', jobTemplate: { spec: { template: {} } } },
      status: { active: [{ name: 'x-1' }, { name: 'x-2' }] },
    };
    expect([cronJobColumns(job, NOW).suspend, cronJobColumns(job, NOW).active]).toStrictEqual(['<unset>', 2]);
  });
});
