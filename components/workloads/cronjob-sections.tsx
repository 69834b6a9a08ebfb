import Link from 'next/link';
import type { CronJobDetailModel } from '@/lib/contract';
import { humanDuration } from '@/lib/explain/human-duration';
import { t } from '@/lib/i18n/messages';
import { age } from '@/lib/views/age';
import type { CronJobView, CronOwnedJobView, CronRunView } from '@/lib/views/cronjob-view';
import { jobDuration } from '@/lib/views/workloads/rows';
import { ConceptChip } from '@/components/explain/concept-chip';
import { Fact, Facts, Pill, Section } from '@/components/pod/bits';
import { StatusBadge } from '@/components/pods/status-badge';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { Note, Say, Sentences } from './run-bits';

type Found = Extract<CronJobDetailModel, { found: true }>;

interface Props {
  model: Found;
  view: CronJobView;
  /** `/<context>` */
  base: string;
  now: Date;
}

const jobHref = (base: string, namespace: string, name: string) => `${base}/jobs/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;

/** An API time as "2026-12-03 13:34:00 UTC". */
function utcText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The schedule, what it means in words in the page's language, and the zone it is read in. */
export function ScheduleSection({ model, view }: Props) {
  const locale = useLocale();
  const x = model.explanation;
  return (
    <Section id="schedule" title={t(locale, 'cron.schedule.title')} actions={<><ConceptChip id="cronjob-schedule" /> <ConceptChip id="cronjob" /></>}>
      <Facts testId="cron-schedule">
        <Fact term="spec.schedule">
          <code className="font-mono" data-testid="cron-schedule-text">
            {x.schedule}
          </code>
        </Fact>
        <Fact term={t(locale, 'cron.schedule.words')}>
          <span data-testid="cron-words" lang={locale === 'zh' ? 'zh-CN' : 'en'}>
            {x.words ? x.words[locale] : t(locale, 'cron.schedule.invalid', { error: x.scheduleError ?? '' })}
          </span>
        </Fact>
        <Fact term="timeZone">
          <span data-testid="cron-zone">
            <Say s={view.zone} />
          </span>
        </Fact>
      </Facts>
    </Section>
  );
}

/** The next three runs in the schedule's zone and in UTC, counting down. */
export function NextRunsSection({ model, view, now }: Props) {
  const locale = useLocale();
  const zone = model.explanation.timeZone.name;
  return (
    <Section id="next-runs" title={t(locale, 'cron.next.title')}>
      <div className="flex flex-col gap-2">
        {view.nextRunsNote && (
          <Note testId="cron-next-note">
            <Say s={view.nextRunsNote} />
          </Note>
        )}
        <DataTable
          caption={t(locale, 'cron.next.caption')}
          testId="cron-next-runs"
          density="compact"
          rows={view.nextRuns}
          rowKey={(r: CronRunView) => r.at}
          rowData={(r) => ({ 'data-testid': 'cron-next-run', 'data-at': r.at })}
          empty={t(locale, 'cron.next.none')}
          emptyTestId="cron-next-none"
          columns={[
            { id: 'n', header: t(locale, 'cron.col.number'), className: 'font-mono', cell: (r) => view.nextRuns.indexOf(r) + 1 },
            { id: 'local', header: t(locale, 'cron.col.local', { zone }), rowHeader: true, className: 'font-mono', testId: 'cron-run-local', cell: (r) => `${r.local} (UTC${r.offset})` },
            { id: 'utc', header: t(locale, 'cron.col.utc'), className: 'font-mono', testId: 'cron-run-utc', cell: (r) => utcText(r.at) },
            { id: 'in', header: t(locale, 'cron.col.in'), className: 'font-mono', ticking: true, cell: (r) => t(locale, 'cron.next.in', { duration: humanDuration(Math.max(0, Date.parse(r.at) - now.getTime())) }) },
          ]}
        />
      </div>
    </Section>
  );
}

/** Last schedule and last success, as ages that tick. */
export function LastRuns({ model, now }: Props) {
  const locale = useLocale();
  const x = model.explanation;
  const when = (iso: string | null) => (iso ? `${utcText(iso)} UTC (${t(locale, 'time.ago', { d: age(iso, now) })})` : t(locale, 'cron.last.never'));
  return (
    <Facts testId="cron-last">
      <Fact term={t(locale, 'cron.last.schedule')} testId="cron-last-schedule">
        <span className="font-mono" suppressHydrationWarning>
          {when(x.lastScheduleTime)}
        </span>
      </Fact>
      <Fact term={t(locale, 'cron.last.success')} testId="cron-last-success">
        <span className="font-mono" suppressHydrationWarning>
          {when(x.lastSuccessfulTime)}
        </span>
      </Fact>
    </Facts>
  );
}

/** What happens at each scheduled time: suspension, overlap, lateness and missed starts, and the history kept. */
export function RunPolicySection({ view }: Props) {
  const locale = useLocale();
  return (
    <Section id="policy" title={t(locale, 'cron.policy.title')} actions={<ConceptChip id="cronjob" />}>
      <Sentences items={[view.suspend, ...view.concurrency, ...view.deadline, view.missed, view.history]} testId="cron-policy" />
    </Section>
  );
}

/** The Jobs it owns, newest schedule first, linked to their pages. */
export function OwnedJobsSection({ model, view, base, now }: Props) {
  const locale = useLocale();
  return (
    <Section id="jobs" title={t(locale, 'cron.jobs.title')} actions={<ConceptChip id="job" />}>
      <DataTable
        caption={t(locale, 'cron.jobs.title')}
        testId="cron-jobs"
        rows={view.jobs}
        rowKey={(j: CronOwnedJobView) => j.name}
        rowHref={(j) => jobHref(base, model.namespace, j.name)}
        rowData={(j) => ({ 'data-testid': 'cron-job', 'data-job': j.name, 'data-status': j.status })}
        empty={t(locale, 'cron.jobs.none')}
        emptyTestId="cron-jobs-none"
        columns={[
          {
            id: 'name',
            header: t(locale, 'col.name'),
            rowHeader: true,
            className: 'font-mono',
            cell: (j) => (
              <Link href={jobHref(base, model.namespace, j.name)} className="underline">
                {j.name}
              </Link>
            ),
          },
          { id: 'scheduled', header: t(locale, 'cron.col.scheduled'), className: 'font-mono', cell: (j) => (j.scheduledAt ? `${utcText(j.scheduledAt)} UTC` : '—') },
          {
            id: 'status',
            header: t(locale, 'col.status'),
            testId: 'cron-job-status',
            cell: (j) => (
              <span className="inline-flex items-center gap-1">
                <StatusBadge status={j.status} severity={j.row?.health ?? 'progress'} />
                {j.active && <Pill tone="info">{t(locale, 'cron.jobs.active')}</Pill>}
              </span>
            ),
          },
          { id: 'completions', header: t(locale, 'col.completions'), className: 'font-mono', cell: (j) => j.row?.completions ?? '—' },
          { id: 'duration', header: t(locale, 'col.duration'), className: 'font-mono', ticking: true, cell: (j) => (j.row ? jobDuration(j.row, now) : '') },
          { id: 'age', header: t(locale, 'col.age'), className: 'font-mono', ticking: true, cell: (j) => (j.row ? age(j.row.createdAt, now) : '') },
        ]}
      />
    </Section>
  );
}

/** The CronJob controller's warnings about it: skipped and missed runs, unknown zones, failed creates. */
export function WarningsSection({ model, now }: Props) {
  const locale = useLocale();
  const warnings = model.explanation.warnings;
  return (
    <Section id="warnings" title={t(locale, 'cron.warnings.title')} actions={<ConceptChip id="events" />}>
      <DataTable
        caption={t(locale, 'cron.warnings.title')}
        testId="cron-warnings"
        rows={warnings}
        rowKey={(w, i) => `${w.reason}-${i}`}
        rowData={(w) => ({ 'data-testid': 'cron-warning', 'data-reason': w.reason })}
        empty={t(locale, 'cron.warnings.none')}
        emptyTestId="cron-warnings-none"
        columns={[
          { id: 'reason', header: t(locale, 'cron.col.reason'), rowHeader: true, className: 'font-mono', cell: (w) => w.reason },
          { id: 'message', header: t(locale, 'cron.col.message'), cell: (w) => w.message },
          { id: 'count', header: t(locale, 'cron.col.count'), className: 'font-mono', cell: (w) => w.count },
          { id: 'last', header: t(locale, 'cron.col.last'), className: 'font-mono', ticking: true, cell: (w) => (w.at ? t(locale, 'time.ago', { d: age(w.at, now) }) : '—') },
        ]}
      />
    </Section>
  );
}
