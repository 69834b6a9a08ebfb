import { describe, expect, it } from 'vitest';
import { isValidTimeZone, nextRun, nextRuns, parseCronSchedule, scheduleWords, utcOffset, wallClock, type CronSchedule } from './cron-schedule';

function schedule(spec: string): CronSchedule {
  const parsed = parseCronSchedule(spec);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.schedule;
}

const iso = (d: Date | null) => (d ? d.toISOString().replace('.000Z', 'Z') : null);

describe('parseCronSchedule', () => {
  // github.com/robfig/cron/v3 parser_test.go TestStandardSpecSchedule (standard parser cases).
  it('parses five fields and @every, the way cron.ParseStandard does', () => {
    expect(parseCronSchedule('5 * * * *')).toStrictEqual({
      ok: true,
      schedule: {
        kind: 'spec',
        minute: { values: [5], star: false },
        hour: { values: Array.from({ length: 24 }, (_, i) => i), star: true },
        dayOfMonth: { values: Array.from({ length: 31 }, (_, i) => i + 1), star: true },
        month: { values: Array.from({ length: 12 }, (_, i) => i + 1), star: true },
        dayOfWeek: { values: [0, 1, 2, 3, 4, 5, 6], star: true },
        descriptor: null,
      },
      inlineTimeZone: null,
    });
    expect(parseCronSchedule('@every 5m')).toStrictEqual({ ok: true, schedule: { kind: 'every', seconds: 300, descriptor: '@every 5m' }, inlineTimeZone: null });
  });

  // TestStandardSpecSchedule and TestParseScheduleErrors, standard-parser wording.
  it('rejects what cron.ParseStandard rejects, with its messages', () => {
    const error = (spec: string) => {
      const parsed = parseCronSchedule(spec);
      return parsed.ok ? null : parsed.error;
    };
    expect([
      error('5 j * * *'),
      error('* * * *'),
      error(''),
      error('@every Xm'),
      error('@unrecognized'),
      error('0 9 * * 7'),
      error('*/0 * * * *'),
      error('10-5 * * * *'),
      error('1-2-3 * * * *'),
      error('*/5/2 * * * *'),
    ]).toStrictEqual([
      'failed to parse int from j',
      'expected exactly 5 fields, found 4: [* * * *]',
      'empty spec string',
      'failed to parse duration @every Xm: time: invalid duration "Xm"',
      'unrecognized descriptor: @unrecognized',
      'end of range (7) above maximum (6): 7',
      'step of range should be a positive number: */0',
      'beginning of range (10) beyond end of range (5): 10-5',
      'too many hyphens: 1-2-3',
      'too many slashes: */5/2',
    ]);
  });

  it('clears the star of a stepped `*/n` field and keeps it for `?` and `*/1`, which decides how day-of-month and day-of-week combine', () => {
    const s = schedule('0 0 */2 * ?');
    const t = schedule('0 0 */1 * 1');
    expect(s.kind === 'spec' && [s.dayOfMonth.star, s.dayOfWeek.star]).toStrictEqual([false, true]);
    expect(t.kind === 'spec' && t.dayOfMonth.star).toBe(true);
  });

  it('reports a TZ= or CRON_TZ= prefix, which validation rejects for new CronJobs', () => {
    const parsed = parseCronSchedule('CRON_TZ=Asia/Tokyo 0 5 * * *');
    expect([parsed.ok, parsed.inlineTimeZone]).toStrictEqual([true, 'Asia/Tokyo']);
  });
});

describe('nextRun', () => {
  // robfig/cron spec_test.go TestActivation: Next(t − 1 s) == t exactly when t is an activation.
  const activation: [string, string, boolean][] = [
    ['2012-07-09T15:00:00Z', '0/15 * * * *', true],
    ['2012-07-09T15:45:00Z', '0/15 * * * *', true],
    ['2012-07-09T15:40:00Z', '0/15 * * * *', false],
    ['2012-07-09T15:05:00Z', '5/15 * * * *', true],
    ['2012-07-09T15:20:00Z', '5/15 * * * *', true],
    ['2012-07-09T15:50:00Z', '5/15 * * * *', true],
    ['2012-07-15T15:00:00Z', '0/15 * * Jul *', true],
    ['2012-07-15T15:00:00Z', '0/15 * * Jun *', false],
    ['2012-07-15T08:30:00Z', '30 08 ? Jul Sun', true],
    ['2012-07-15T08:30:00Z', '30 08 15 Jul ?', true],
    ['2012-07-16T08:30:00Z', '30 08 ? Jul Sun', false],
    ['2012-07-16T08:30:00Z', '30 08 15 Jul ?', false],
    ['2012-07-09T15:00:00Z', '@hourly', true],
    ['2012-07-09T15:04:00Z', '@hourly', false],
    ['2012-07-09T15:00:00Z', '@daily', false],
    ['2012-07-09T00:00:00Z', '@daily', true],
    ['2012-07-09T00:00:00Z', '@weekly', false],
    ['2012-07-08T00:00:00Z', '@weekly', true],
    ['2012-07-08T01:00:00Z', '@weekly', false],
    ['2012-07-08T00:00:00Z', '@monthly', false],
    ['2012-07-01T00:00:00Z', '@monthly', true],
    ['2012-07-15T00:00:00Z', '* * 1,15 * Sun', true],
    ['2012-06-15T00:00:00Z', '* * 1,15 * Sun', true],
    ['2012-08-01T00:00:00Z', '* * 1,15 * Sun', true],
    ['2012-07-15T00:00:00Z', '* * */10 * Sun', true],
    ['2012-07-15T00:00:00Z', '* * * * Mon', false],
    ['2012-07-09T00:00:00Z', '* * 1,15 * *', false],
    ['2012-07-15T00:00:00Z', '* * 1,15 * *', true],
    ['2012-07-15T00:00:00Z', '* * */2 * Sun', true],
  ];
  for (const [time, spec, active] of activation) {
    it(`${active ? 'activates' : 'does not activate'} "${spec}" at ${time} (TestActivation)`, () => {
      const at = new Date(time);
      expect(nextRun(schedule(spec), new Date(at.getTime() - 1000), 'Etc/UTC')?.getTime() === at.getTime()).toBe(active);
    });
  }

  // robfig/cron spec_test.go TestNext: the cases whose seconds field is 0, written as five fields;
  // "TZ=America/New_York" on the spec or the time means the schedule runs in that zone.
  const next: [string, string, string, string | null][] = [
    ['2012-07-09T14:45:00Z', '0/15 * * * *', 'Etc/UTC', '2012-07-09T15:00:00Z'],
    ['2012-07-09T14:59:00Z', '0/15 * * * *', 'Etc/UTC', '2012-07-09T15:00:00Z'],
    ['2012-07-09T14:59:59Z', '0/15 * * * *', 'Etc/UTC', '2012-07-09T15:00:00Z'],
    ['2012-07-09T15:45:00Z', '20-35/15 * * * *', 'Etc/UTC', '2012-07-09T16:20:00Z'],
    ['2012-07-09T23:46:00Z', '*/15 * * * *', 'Etc/UTC', '2012-07-10T00:00:00Z'],
    ['2012-07-09T23:45:00Z', '20-35/15 * * * *', 'Etc/UTC', '2012-07-10T00:20:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 9 Apr-Oct ?', 'Etc/UTC', '2012-08-09T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 */5 Apr,Aug,Oct Mon', 'Etc/UTC', '2012-08-01T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 */5 Oct Mon', 'Etc/UTC', '2012-10-01T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 * Feb Mon', 'Etc/UTC', '2013-02-04T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 * Feb Mon/2', 'Etc/UTC', '2013-02-01T00:00:00Z'],
    ['2012-12-31T23:59:45Z', '* * * * *', 'Etc/UTC', '2013-01-01T00:00:00Z'],
    ['2012-07-09T23:35:00Z', '0 0 29 Feb ?', 'Etc/UTC', '2016-02-29T00:00:00Z'],
    ['2012-03-11T00:00:00-05:00', '30 2 11 Mar ?', 'America/New_York', '2013-03-11T02:30:00-04:00'],
    ['2012-03-11T00:00:00-05:00', '0 * * * ?', 'America/New_York', '2012-03-11T01:00:00-05:00'],
    ['2012-03-11T01:00:00-05:00', '0 * * * ?', 'America/New_York', '2012-03-11T03:00:00-04:00'],
    ['2012-03-11T03:00:00-04:00', '0 * * * ?', 'America/New_York', '2012-03-11T04:00:00-04:00'],
    ['2012-03-11T00:00:00-05:00', '0 1 * * ?', 'America/New_York', '2012-03-11T01:00:00-05:00'],
    ['2012-03-11T01:00:00-05:00', '0 1 * * ?', 'America/New_York', '2012-03-12T01:00:00-04:00'],
    ['2012-03-11T00:00:00-05:00', '0 2 * * ?', 'America/New_York', '2012-03-12T02:00:00-04:00'],
    ['2012-11-04T00:00:00-04:00', '30 2 04 Nov ?', 'America/New_York', '2012-11-04T02:30:00-05:00'],
    ['2012-11-04T01:45:00-04:00', '30 1 04 Nov ?', 'America/New_York', '2012-11-04T01:30:00-05:00'],
    ['2012-11-04T00:00:00-04:00', '0 * * * ?', 'America/New_York', '2012-11-04T01:00:00-04:00'],
    ['2012-11-04T01:00:00-04:00', '0 * * * ?', 'America/New_York', '2012-11-04T01:00:00-05:00'],
    ['2012-11-04T01:00:00-05:00', '0 * * * ?', 'America/New_York', '2012-11-04T02:00:00-05:00'],
    ['2012-11-04T00:00:00-04:00', '0 1 * * ?', 'America/New_York', '2012-11-04T01:00:00-04:00'],
    ['2012-11-04T01:00:00-04:00', '0 1 * * ?', 'America/New_York', '2012-11-04T01:00:00-05:00'],
    ['2012-11-04T01:00:00-05:00', '0 1 * * ?', 'America/New_York', '2012-11-05T01:00:00-05:00'],
    ['2012-11-04T00:00:00-04:00', '0 2 * * ?', 'America/New_York', '2012-11-04T02:00:00-05:00'],
    ['2012-11-04T02:00:00-05:00', '0 2 * * ?', 'America/New_York', '2012-11-05T02:00:00-05:00'],
    ['2012-11-04T00:00:00-04:00', '0 3 * * ?', 'America/New_York', '2012-11-04T03:00:00-05:00'],
    ['2012-11-04T03:00:00-05:00', '0 3 * * ?', 'America/New_York', '2012-11-05T03:00:00-05:00'],
    ['2012-07-09T23:35:00Z', '0 0 30 Feb ?', 'Etc/UTC', null],
    ['2012-07-09T23:35:00Z', '0 0 31 Apr ?', 'Etc/UTC', null],
    ['2012-11-04T00:00:00-04:00', '0 3 3 * ?', 'America/New_York', '2012-12-03T03:00:00-05:00'],
    ['2018-10-17T05:00:00-04:00', '0 9 10 * ?', 'America/Sao_Paulo', '2018-11-10T06:00:00-05:00'],
    ['2018-02-14T05:00:00-05:00', '0 9 22 * ?', 'America/Sao_Paulo', '2018-02-22T07:00:00-05:00'],
  ];
  for (const [time, spec, zone, want] of next) {
    it(`finds the run after ${time} for "${spec}" in ${zone} (TestNext)`, () => {
      expect(iso(nextRun(schedule(spec), new Date(time), zone))).toBe(want === null ? null : iso(new Date(want)));
    });
  }

  it('adds @every durations to the previous time, truncated to the second', () => {
    expect(nextRuns(schedule('@every 1h30m'), new Date('2026-12-03T13:25:31.700Z'), 'Etc/UTC', 2).map(iso)).toStrictEqual([
      '2026-12-03T14:55:31Z',
      '2026-12-03T16:25:31Z',
    ]);
  });

  it("gives the next three runs of the captured CronJobs in their own time zones", () => {
    const at = new Date('2026-12-03T13:25:31Z');
    expect([
      nextRuns(schedule('*/2 * * * *'), at, 'Asia/Shanghai', 3).map(iso),
      nextRuns(schedule('30 9 * * MON-FRI'), at, 'America/New_York', 3).map(iso),
    ]).toStrictEqual([
      ['2026-12-03T13:26:00Z', '2026-12-03T13:28:00Z', '2026-12-03T13:30:00Z'],
      ['2026-12-03T14:30:00Z', '2026-12-04T14:30:00Z', '2026-12-07T14:30:00Z'],
    ]);
  });
});

describe('time zone helpers', () => {
  it('print wall-clock time and offset in a zone, and tell unknown zones apart', () => {
    expect([
      wallClock(new Date('2026-12-03T13:24:00Z'), 'Asia/Shanghai'),
      utcOffset('America/New_York', new Date('2026-07-01T12:00:00Z')),
      utcOffset('Asia/Kolkata', new Date('2026-07-01T12:00:00Z')),
      isValidTimeZone('Etc/UTC'),
      isValidTimeZone('Mars/Olympus_Mons'),
    ]).toStrictEqual([{ text: '2026-12-03 21:24', offset: '+08:00', weekday: 4 }, '-04:00', '+05:30', true, false]);
  });
});

describe('scheduleWords', () => {
  const cases: [string, string, string][] = [
    ['* * * * *', 'every minute', '每分钟'],
    ['*/2 * * * *', 'every 2 minutes', '每 2 分钟'],
    ['0/5 * * * ?', 'every 5 minutes', '每 5 分钟'],
    ['5/15 * * * *', 'every 15 minutes from minute 5', '每 15 分钟（从第 5 分钟起）'],
    ['@hourly', 'at minute 0 of every hour', '每小时的第 0 分钟'],
    ['@daily', 'at 00:00 every day', '每天 00:00'],
    ['@weekly', 'at 00:00, every Sunday', '每周日 00:00'],
    ['@monthly', 'at 00:00, on day 1 of the month', '每月 1 日 00:00'],
    ['@yearly', 'at 00:00, every year on January 1', '每年 1 月 1 日 00:00'],
    ['30 9 * * MON-FRI', 'at 09:30, every Monday to Friday', '每周一至周五 09:30'],
    ['0 0 1 * MON', 'at 00:00, on day 1 of the month or every Monday', '每月 1 日或每周一 00:00'],
    ['0 0 */2 * *', 'at 00:00, every 2 days of the month from day 1', '每月从 1 日起每 2 天 00:00'],
    ['15 2,14 1-7 jan,Jul *', 'at 02:15 and 14:15, on day 1 to 7 of the month in January and July', '1 月、7 月，每月 1 日至 7 日 02:15、14:15'],
    ['0 */6 * * *', 'at 00:00, 06:00, 12:00 and 18:00 every day', '每天 00:00、06:00、12:00、18:00'],
    ['0 */2 * * *', 'every 2 hours at minute 0', '每 2 小时的第 0 分钟'],
    ['0,30 9-17 * * 1-5', 'at minute 0 and 30 past hour 9 to 17, every Monday to Friday', '每周一至周五 9 点至 17 点的第 0、30 分钟'],
    ['@every 1h30m', 'every 1 h 30 min, counted from the previous run', '从上一次运行起每隔 1 小时 30 分钟'],
  ];
  for (const [spec, en, zh] of cases) {
    it(`says "${spec}" as "${en}" / "${zh}"`, () => {
      expect(scheduleWords(schedule(spec))).toStrictEqual({ en, zh });
    });
  }
});
