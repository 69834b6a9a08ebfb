import { ConceptChip } from '@/components/explain/concept-chip';
import { useNow } from '@/components/live/use-live';
import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { PodEventRow } from '@/lib/views/pod-detail';
import { Age, Pill, Section } from './bits';

/** The pod's events, newest first, live: type, reason, the reporting component, count, age and message. */
export function EventsTable({ events, locale }: { events: PodEventRow[]; locale: Locale }) {
  const now = useNow(5000);
  return (
    <Section id="events" title={t(locale, 'pod.ev.title')} actions={<ConceptChip id="events" locale={locale} />}>
      {events.length === 0 ? (
        <p className="text-sm" data-testid="events-empty">
          {t(locale, 'pod.ev.none')}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="events-table">
            <caption className="sr-only">{t(locale, 'pod.ev.title')}</caption>
            <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.ev.type')}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.ev.reason')}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.ev.source')}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.ev.count')}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.ev.age')}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.ev.message')}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.key} data-testid="event-row" data-reason={e.reason} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                  <td className="px-2 py-1">
                    <Pill tone={e.type === 'Warning' ? 'warn' : 'muted'}>{e.type}</Pill>
                  </td>
                  <td className="px-2 py-1 font-mono">{e.reason}</td>
                  <td className="px-2 py-1">
                    <span className="block">{t(locale, `pod.role.${e.role}` as const)}</span>
                    <span className="font-mono text-xs text-zinc-700 dark:text-zinc-300">{e.component ?? '—'}</span>
                  </td>
                  <td className="px-2 py-1 font-mono">{e.count}</td>
                  <td className="px-2 py-1">
                    <Age iso={e.lastAt} now={now} />
                  </td>
                  <td className="px-2 py-1 break-words font-mono text-xs">
                    {e.container && <span className="text-zinc-700 dark:text-zinc-300">[{e.container}] </span>}
                    {e.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'pod.ev.expire')}</p>
    </Section>
  );
}
