import { ConceptChip } from '@/components/explain/concept-chip';
import { useNow } from '@/components/live/use-live';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { t } from '@/lib/i18n/messages';
import type { PodEventRow } from '@/lib/views/pod-detail';
import { Age, Pill, Section } from './bits';

/** The pod's events, newest first, live: type, reason, the reporting component, count, age and message. */
export function EventsTable({ events }: { events: PodEventRow[] }) {
  const locale = useLocale();
  const now = useNow(5000);
  return (
    <Section id="events" title={t(locale, 'pod.ev.title')} actions={<ConceptChip id="events" />}>
      <DataTable
        caption={t(locale, 'pod.ev.title')}
        testId="events-table"
        density="compact"
        alignTop
        rows={events}
        rowKey={(e) => e.key}
        rowData={(e) => ({ 'data-testid': 'event-row', 'data-reason': e.reason })}
        empty={t(locale, 'pod.ev.none')}
        emptyTestId="events-empty"
        columns={[
          { id: 'type', header: t(locale, 'pod.ev.type'), cell: (e) => <Pill tone={e.type === 'Warning' ? 'warn' : 'muted'}>{e.type}</Pill> },
          { id: 'reason', header: t(locale, 'pod.ev.reason'), className: 'font-mono', cell: (e) => e.reason },
          {
            id: 'source',
            header: t(locale, 'pod.ev.source'),
            cell: (e) => (
              <>
                <span className="block">{t(locale, `pod.role.${e.role}` as const)}</span>
                <span className="font-mono text-xs text-zinc-700 dark:text-zinc-300">{e.component ?? '—'}</span>
              </>
            ),
          },
          { id: 'count', header: t(locale, 'pod.ev.count'), className: 'font-mono', cell: (e) => e.count },
          { id: 'age', header: t(locale, 'pod.ev.age'), cell: (e) => <Age iso={e.lastAt} now={now} /> },
          {
            id: 'message',
            header: t(locale, 'pod.ev.message'),
            // anywhere (not break-word) also lowers the column's minimum width, so an unbroken message wraps instead of widening the table.
            className: '[overflow-wrap:anywhere] font-mono text-xs',
            cell: (e) => (
              <>
                {e.container && <span className="text-zinc-700 dark:text-zinc-300">[{e.container}] </span>}
                {e.message}
                {e.messageOmitted > 0 && <span className="text-zinc-700 dark:text-zinc-300" data-testid="event-omitted"> {t(locale, 'pod.ev.omitted', { count: e.messageOmitted })}</span>}
              </>
            ),
          },
        ]}
      />
      <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'pod.ev.expire')}</p>
    </Section>
  );
}
