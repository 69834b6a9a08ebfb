/**
 * CronJob schedules as the CronJob controller reads them: github.com/robfig/cron/v3
 * ParseStandard (parser.go: 5 fields minute hour day-of-month month
 * day-of-week, `*` or `?`, ranges `a-b`, steps `/n`, lists, case-insensitive
 * names JAN–DEC and SUN–SAT, day-of-week 0–6 with no 7, and the descriptors
 * @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly and
 * `@every <Go duration>`), SpecSchedule.Next and dayMatches (spec.go: when
 * day-of-month or day-of-week is `*` both must match, otherwise either
 * matches), and ConstantDelaySchedule for @every (constantdelay.go). Times are
 * computed in an IANA time zone with Intl.DateTimeFormat; the schedule's words
 * are given in English and Chinese.
 */

/** One field: the values it allows, and whether it was written as `*`/`?` (robfig's starBit). */
export interface CronField {
  values: number[];
  star: boolean;
}

export type CronSchedule =
  | {
      kind: 'spec';
      minute: CronField;
      hour: CronField;
      dayOfMonth: CronField;
      month: CronField;
      dayOfWeek: CronField;
      /** The descriptor it came from, e.g. '@daily'; null for five fields. */
      descriptor: string | null;
    }
  | { kind: 'every'; seconds: number; descriptor: string };

export type CronParseResult =
  | { ok: true; schedule: CronSchedule; inlineTimeZone: string | null }
  | { ok: false; error: string; inlineTimeZone: string | null };

interface Bounds {
  min: number;
  max: number;
  names?: Readonly<Record<string, number>>;
}

const MINUTES: Bounds = { min: 0, max: 59 };
const HOURS: Bounds = { min: 0, max: 23 };
const DAYS_OF_MONTH: Bounds = { min: 1, max: 31 };
const MONTHS: Bounds = {
  min: 1,
  max: 12,
  names: { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 },
};
const DAYS_OF_WEEK: Bounds = { min: 0, max: 6, names: { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 } };

function range(min: number, max: number, step = 1): number[] {
  const out: number[] = [];
  for (let i = min; i <= max; i += step) out.push(i);
  return out;
}

function all(bounds: Bounds): CronField {
  return { values: range(bounds.min, bounds.max), star: true };
}

function only(value: number): CronField {
  return { values: [value], star: false };
}

/** strconv.Atoi, then robfig's "negative number not allowed". */
function parseNumber(text: string): number {
  if (!/^[+-]?\d+$/.test(text)) throw new Error(`failed to parse int from ${text}`);
  const n = Number.parseInt(text, 10);
  if (n < 0) throw new Error(`negative number (${n}) not allowed: ${text}`);
  return n;
}

function parseIntOrName(text: string, bounds: Bounds): number {
  const named = bounds.names?.[text.toLowerCase()];
  return named ?? parseNumber(text);
}

/** getRange: `*`/`?`, `a`, `a-b`, each optionally `/step`; a single value with a step runs to the maximum. */
function parseRange(expr: string, bounds: Bounds): CronField {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0]!.split('-');
  const single = lowAndHigh.length === 1;
  let start: number;
  let end: number;
  let star = false;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = bounds.min;
    end = bounds.max;
    star = true;
  } else {
    start = parseIntOrName(lowAndHigh[0]!, bounds);
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) end = parseIntOrName(lowAndHigh[1]!, bounds);
    else throw new Error(`too many hyphens: ${expr}`);
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    step = parseNumber(rangeAndStep[1]!);
    if (single) end = bounds.max;
    if (step > 1) star = false;
  } else if (rangeAndStep.length > 2) {
    throw new Error(`too many slashes: ${expr}`);
  }
  if (start < bounds.min) throw new Error(`beginning of range (${start}) below minimum (${bounds.min}): ${expr}`);
  if (end > bounds.max) throw new Error(`end of range (${end}) above maximum (${bounds.max}): ${expr}`);
  if (start > end) throw new Error(`beginning of range (${start}) beyond end of range (${end}): ${expr}`);
  if (step === 0) throw new Error(`step of range should be a positive number: ${expr}`);
  return { values: range(start, end, step), star };
}

/** getField: comma-separated ranges (empty items skipped, as strings.FieldsFunc does), OR-ed together. */
function parseField(text: string, bounds: Bounds): CronField {
  const values = new Set<number>();
  let star = false;
  for (const expr of text.split(',').filter((e) => e !== '')) {
    const field = parseRange(expr, bounds);
    field.values.forEach((v) => values.add(v));
    star ||= field.star;
  }
  return { values: [...values].sort((a, b) => a - b), star };
}

const GO_DURATION_UNITS: Readonly<Record<string, number>> = { ns: 1e-9, us: 1e-6, µs: 1e-6, μs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };

/** time.ParseDuration, in seconds. */
function parseGoDuration(text: string): number {
  let rest = text;
  let sign = 1;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    sign = rest.startsWith('-') ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === '0') return 0;
  if (rest === '') throw new Error(`time: invalid duration "${text}"`);
  let total = 0;
  while (rest !== '') {
    const match = /^(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/.exec(rest);
    if (!match || match[1] === '' || match[1] === '.') throw new Error(`time: invalid duration "${text}"`);
    total += Number(match[1]) * GO_DURATION_UNITS[match[2]!]!;
    rest = rest.slice(match[0].length);
  }
  return sign * total;
}

function parseDescriptor(descriptor: string): CronSchedule {
  const spec = (minute: CronField, hour: CronField, dayOfMonth: CronField, month: CronField, dayOfWeek: CronField): CronSchedule => ({
    kind: 'spec',
    minute,
    hour,
    dayOfMonth,
    month,
    dayOfWeek,
    descriptor,
  });
  switch (descriptor) {
    case '@yearly':
    case '@annually':
      return spec(only(0), only(0), only(1), only(1), all(DAYS_OF_WEEK));
    case '@monthly':
      return spec(only(0), only(0), only(1), all(MONTHS), all(DAYS_OF_WEEK));
    case '@weekly':
      return spec(only(0), only(0), all(DAYS_OF_MONTH), all(MONTHS), only(0));
    case '@daily':
    case '@midnight':
      return spec(only(0), only(0), all(DAYS_OF_MONTH), all(MONTHS), all(DAYS_OF_WEEK));
    case '@hourly':
      return spec(only(0), all(HOURS), all(DAYS_OF_MONTH), all(MONTHS), all(DAYS_OF_WEEK));
  }
  if (descriptor.startsWith('@every ')) {
    let seconds: number;
    try {
      seconds = parseGoDuration(descriptor.slice('@every '.length));
    } catch (err) {
      throw new Error(`failed to parse duration ${descriptor}: ${(err as Error).message}`);
    }
    // Every(): at least one second, whole seconds.
    return { kind: 'every', seconds: Math.max(1, Math.trunc(seconds)), descriptor };
  }
  throw new Error(`unrecognized descriptor: ${descriptor}`);
}

/**
 * Parses a schedule as cron.ParseStandard does. A `TZ=`/`CRON_TZ=` prefix is
 * reported (validation rejects it in new objects since 1.25, but old objects
 * may carry it).
 * @example parseCronSchedule('*\/15 9-17 * * MON-FRI').ok // true
 */
export function parseCronSchedule(text: string): CronParseResult {
  let spec = text;
  let inlineTimeZone: string | null = null;
  if (spec.length === 0) return { ok: false, error: 'empty spec string', inlineTimeZone };
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    inlineTimeZone = spec.slice(spec.indexOf('=') + 1, space < 0 ? undefined : space);
    spec = space < 0 ? '' : spec.slice(space).trim();
  }
  try {
    if (spec.startsWith('@')) return { ok: true, schedule: parseDescriptor(spec), inlineTimeZone };
    const fields = spec.split(/\s+/).filter((f) => f !== '');
    if (fields.length !== 5) throw new Error(`expected exactly 5 fields, found ${fields.length}: [${fields.join(' ')}]`);
    return {
      ok: true,
      schedule: {
        kind: 'spec',
        minute: parseField(fields[0]!, MINUTES),
        hour: parseField(fields[1]!, HOURS),
        dayOfMonth: parseField(fields[2]!, DAYS_OF_MONTH),
        month: parseField(fields[3]!, MONTHS),
        dayOfWeek: parseField(fields[4]!, DAYS_OF_WEEK),
        descriptor: null,
      },
      inlineTimeZone,
    };
  } catch (err) {
    return { ok: false, error: (err as Error).message, inlineTimeZone };
  }
}

/** Wall-clock fields of an instant in one time zone. */
interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Readonly<Record<string, number>> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function wallOf(ms: number, timeZone: string): Wall {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday ?? 'Sun'] ?? 0,
  };
}

/** Offset from UTC at an instant, in minutes (+480 for Asia/Shanghai). */
function offsetMinutes(ms: number, timeZone: string): number {
  const w = wallOf(ms, timeZone);
  return Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000) / 60000);
}

/** time.Date(...) in a zone: the instant showing this wall time (overflowing fields normalise, as Go's do). */
function instantOf(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string): number {
  const utc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes: the offset at the first guess may differ from the offset at the answer.
  const guess = utc - offsetMinutes(utc, timeZone) * 60000;
  return utc - offsetMinutes(guess, timeZone) * 60000;
}

/**
 * Checks that a time zone name is one the runtime's tz database knows.
 * @example isValidTimeZone('Asia/Shanghai') // true; isValidTimeZone('Mars/Olympus') // false
 */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The UTC offset of a zone at an instant, as "+08:00".
 * @example utcOffset('America/New_York', new Date('2026-12-03T13:00:00Z')) // '-05:00'
 */
export function utcOffset(timeZone: string, at: Date): string {
  const minutes = offsetMinutes(at.getTime(), timeZone);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.trunc(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function has(field: CronField, value: number): boolean {
  return field.values.includes(value);
}

function dayMatches(s: Extract<CronSchedule, { kind: 'spec' }>, w: Wall): boolean {
  const dom = has(s.dayOfMonth, w.day);
  const dow = has(s.dayOfWeek, w.weekday);
  return s.dayOfMonth.star || s.dayOfWeek.star ? dom && dow : dom || dow;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/**
 * The first activation strictly after `after` (SpecSchedule.Next, ConstantDelaySchedule.Next),
 * or null when none falls within five years. Wall-clock steps follow robfig's
 * algorithm, so a time skipped by a daylight-saving jump does not run that day,
 * and a repeated hour runs twice.
 * @example nextRun(parseCronSchedule('30 9 * * MON-FRI').schedule, new Date('2026-12-04T15:00:00Z'), 'America/New_York') // 2026-12-07T14:30:00Z
 */
export function nextRun(schedule: CronSchedule, after: Date, timeZone: string): Date | null {
  const ms = after.getTime();
  if (schedule.kind === 'every') return new Date(Math.floor(ms / 1000) * 1000 + schedule.seconds * 1000);
  const s = schedule;
  // Round up to the next whole second.
  let t = Math.floor(ms / 1000) * 1000 + 1000;
  let added = false;
  const yearLimit = wallOf(t, timeZone).year + 5;
  const zoned = (y: number, mo: number, d: number, h: number, mi: number, sec: number) => instantOf(y, mo, d, h, mi, sec, timeZone);

  wrap: for (;;) {
    let w = wallOf(t, timeZone);
    if (w.year > yearLimit) return null;

    while (!has(s.month, w.month)) {
      if (!added) {
        added = true;
        t = zoned(w.year, w.month, 1, 0, 0, 0);
        w = wallOf(t, timeZone);
      }
      t = zoned(w.year, w.month + 1, w.day, w.hour, w.minute, w.second);
      w = wallOf(t, timeZone);
      if (w.month === 1) continue wrap;
    }

    while (!dayMatches(s, w)) {
      if (!added) {
        added = true;
        t = zoned(w.year, w.month, w.day, 0, 0, 0);
        w = wallOf(t, timeZone);
      }
      t = zoned(w.year, w.month, w.day + 1, w.hour, w.minute, w.second);
      w = wallOf(t, timeZone);
      // Daylight saving can move midnight; robfig steps back or forward to it.
      if (w.hour !== 0) {
        t += w.hour > 12 ? (24 - w.hour) * HOUR_MS : -w.hour * HOUR_MS;
        w = wallOf(t, timeZone);
      }
      if (w.day === 1) continue wrap;
    }

    while (!has(s.hour, w.hour)) {
      if (!added) {
        added = true;
        t = zoned(w.year, w.month, w.day, w.hour, 0, 0);
        w = wallOf(t, timeZone);
      }
      t += HOUR_MS;
      w = wallOf(t, timeZone);
      if (w.hour === 0) continue wrap;
    }

    while (!has(s.minute, w.minute)) {
      if (!added) {
        added = true;
        t = Math.floor(t / MINUTE_MS) * MINUTE_MS;
        w = wallOf(t, timeZone);
      }
      t += MINUTE_MS;
      w = wallOf(t, timeZone);
      if (w.minute === 0) continue wrap;
    }

    // The standard parser's seconds field is always 0.
    while (w.second !== 0) {
      if (!added) {
        added = true;
        t = Math.floor(t / 1000) * 1000;
      }
      t += 1000;
      w = wallOf(t, timeZone);
      if (w.second === 0) continue wrap;
    }
    return new Date(t);
  }
}

/**
 * The next `count` activations after `after`.
 * @example nextRuns(parseCronSchedule('@hourly').schedule, new Date('2026-12-03T13:25:31Z'), 'Etc/UTC', 3)
 *   // [14:00Z, 15:00Z, 16:00Z]
 */
export function nextRuns(schedule: CronSchedule, after: Date, timeZone: string, count: number): Date[] {
  const out: Date[] = [];
  let t: Date | null = after;
  while (out.length < count && t) {
    t = nextRun(schedule, t, timeZone);
    if (t) out.push(t);
  }
  return out;
}

/**
 * An instant as wall-clock text in a zone: "2026-12-03 21:24" and its offset.
 * @example wallClock(new Date('2026-12-03T13:24:00Z'), 'Asia/Shanghai') // { text: '2026-12-03 21:24', offset: '+08:00', weekday: 4 }
 */
export function wallClock(at: Date, timeZone: string): { text: string; offset: string; weekday: number } {
  const w = wallOf(at.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { text: `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)}`, offset: utcOffset(timeZone, at), weekday: w.weekday };
}

// ---------------------------------------------------------------------------
// Words

const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAY_NAMES_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY_NAMES_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** A field's values as runs: [[1,5],[7,7]]. */
function runs(values: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const v of values) {
    const last = out[out.length - 1];
    if (last && v === last[1] + 1) last[1] = v;
    else out.push([v, v]);
  }
  return out;
}

/** Values that step evenly from `start` by `step` to the end of the bounds, e.g. every 5 minutes. */
function stepOf(values: readonly number[], bounds: Bounds): { start: number; step: number } | null {
  if (values.length < 2) return null;
  const step = values[1]! - values[0]!;
  if (step < 2) return null;
  for (let i = 1; i < values.length; i++) if (values[i]! - values[i - 1]! !== step) return null;
  return values[values.length - 1]! + step > bounds.max ? { start: values[0]!, step } : null;
}

function joinEn(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function listEn(values: readonly number[], name: (v: number) => string): string {
  return joinEn(runs(values).map(([a, b]) => (a === b ? name(a) : b === a + 1 ? `${name(a)}, ${name(b)}` : `${name(a)} to ${name(b)}`)));
}

function listZh(values: readonly number[], name: (v: number) => string): string {
  return runs(values)
    .map(([a, b]) => (a === b ? name(a) : b === a + 1 ? `${name(a)}、${name(b)}` : `${name(a)}至${/^\d/.test(name(b)) ? ' ' : ''}${name(b)}`))
    .join('、');
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function timeWords(s: Extract<CronSchedule, { kind: 'spec' }>): { en: string; zh: string; frequent: boolean } {
  const { minute, hour } = s;
  const minuteStep = stepOf(minute.values, MINUTES);
  const hourStep = stepOf(hour.values, HOURS);
  const everyHour = hour.values.length === 24;
  if (minute.values.length === 60 && everyHour) return { en: 'every minute', zh: '每分钟', frequent: true };
  if (minute.values.length === 60) {
    return { en: `every minute during hour ${listEn(hour.values, String)}`, zh: `${listZh(hour.values, (h) => `${h} 点`)}的每分钟`, frequent: true };
  }
  if (minuteStep && everyHour) {
    const from = minuteStep.start === 0 ? '' : ` from minute ${minuteStep.start}`;
    const fromZh = minuteStep.start === 0 ? '' : `（从第 ${minuteStep.start} 分钟起）`;
    return { en: `every ${minuteStep.step} minutes${from}`, zh: `每 ${minuteStep.step} 分钟${fromZh}`, frequent: true };
  }
  const minutesEn = listEn(minute.values, String);
  const minutesZh = listZh(minute.values, String);
  if (everyHour) {
    return { en: `at minute ${minutesEn} of every hour`, zh: `每小时的第 ${minutesZh} 分钟`, frequent: true };
  }
  if (hour.values.length * minute.values.length <= 6) {
    const times = hour.values.flatMap((h) => minute.values.map((m) => `${pad2(h)}:${pad2(m)}`));
    return { en: `at ${joinEn(times)}`, zh: times.join('、'), frequent: false };
  }
  if (hourStep && minute.values.length === 1) {
    const from = hourStep.start === 0 ? '' : ` from ${pad2(hourStep.start)}:${pad2(minute.values[0]!)}`;
    const fromZh = hourStep.start === 0 ? '' : `（从 ${pad2(hourStep.start)}:${pad2(minute.values[0]!)} 起）`;
    return {
      en: `every ${hourStep.step} hours at minute ${minute.values[0]}${from}`,
      zh: `每 ${hourStep.step} 小时的第 ${minute.values[0]} 分钟${fromZh}`,
      frequent: true,
    };
  }
  return {
    en: `at minute ${minutesEn} past hour ${listEn(hour.values, String)}`,
    zh: `${listZh(hour.values, (h) => `${h} 点`)}的第 ${minutesZh} 分钟`,
    frequent: false,
  };
}

function dayWords(s: Extract<CronSchedule, { kind: 'spec' }>): { en: string | null; zh: string | null } {
  const domAll = s.dayOfMonth.values.length === 31;
  const dowAll = s.dayOfWeek.values.length === 7;
  const dows = { en: `every ${listEn(s.dayOfWeek.values, (d) => WEEKDAY_NAMES_EN[d]!)}`, zh: `每${listZh(s.dayOfWeek.values, (d) => WEEKDAY_NAMES_ZH[d]!)}` };
  const domStep = stepOf(s.dayOfMonth.values, DAYS_OF_MONTH);
  const doms = domStep
    ? { en: `every ${domStep.step} days of the month from day ${domStep.start}`, zh: `每月从 ${domStep.start} 日起每 ${domStep.step} 天` }
    : { en: `on day ${listEn(s.dayOfMonth.values, String)} of the month`, zh: `每月 ${listZh(s.dayOfMonth.values, (d) => `${d} 日`)}` };
  // dayMatches: with either field written as `*`, both must match; otherwise either one does.
  if (s.dayOfMonth.star || s.dayOfWeek.star) {
    if (domAll && dowAll) return { en: null, zh: null };
    if (domAll) return dows;
    if (dowAll) return doms;
    return { en: `${doms.en}, if it is ${listEn(s.dayOfWeek.values, (d) => WEEKDAY_NAMES_EN[d]!)}`, zh: `${doms.zh}且恰逢${listZh(s.dayOfWeek.values, (d) => WEEKDAY_NAMES_ZH[d]!)}` };
  }
  return { en: `${doms.en} or ${dows.en}`, zh: `${doms.zh}或${dows.zh}` };
}

/**
 * A schedule in words, English and Chinese.
 * @example scheduleWords(parseCronSchedule('30 9 * * MON-FRI').schedule)
 *   // { en: 'at 09:30, every Monday to Friday', zh: '每周一至周五 09:30' }
 */
export function scheduleWords(schedule: CronSchedule): { en: string; zh: string } {
  if (schedule.kind === 'every') {
    const s = schedule.seconds;
    const h = Math.trunc(s / 3600);
    const m = Math.trunc((s % 3600) / 60);
    const sec = s % 60;
    const en = [h ? `${h} h` : '', m ? `${m} min` : '', sec ? `${sec} s` : ''].filter(Boolean).join(' ');
    const zh = [h ? `${h} 小时` : '', m ? `${m} 分钟` : '', sec ? `${sec} 秒` : ''].filter(Boolean).join(' ');
    return { en: `every ${en}, counted from the previous run`, zh: `从上一次运行起每隔 ${zh}` };
  }
  const time = timeWords(schedule);
  const monthAll = schedule.month.values.length === 12;
  const { dayOfMonth, dayOfWeek, month } = schedule;
  // One date a year, like @yearly: "on January 1".
  if (month.values.length === 1 && dayOfMonth.values.length === 1 && dayOfWeek.values.length === 7 && dayOfWeek.star) {
    const m = month.values[0]!;
    const d = dayOfMonth.values[0]!;
    return { en: `${time.en}, every year on ${MONTH_NAMES_EN[m - 1]} ${d}`, zh: `每年 ${m} 月 ${d} 日 ${time.zh}` };
  }
  const day = dayWords(schedule);
  const monthEn = monthAll ? '' : ` in ${listEn(schedule.month.values, (m) => MONTH_NAMES_EN[m - 1]!)}`;
  const monthZh = monthAll ? '' : `${listZh(schedule.month.values, (m) => `${m} 月`)}，`;
  const en = day.en === null ? (time.frequent ? time.en : `${time.en} every day`) : `${time.en}, ${day.en}`;
  const zh = day.zh === null ? (time.frequent ? time.zh : `每天 ${time.zh}`) : `${day.zh} ${time.zh}`;
  return { en: `${en}${monthEn}`, zh: `${monthZh}${zh}` };
}
