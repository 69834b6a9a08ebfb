import { ConceptNote } from '@/components/explain/concept-chip';
import { Pill } from '@/components/pod/bits';
import { useLocale } from '@/components/ui/page-context';
import type { Locale } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import type { TimelineLane, TimelineMark } from '@/lib/views/history-timeline';
import { clockText } from './time';

/** A mark's sentence in the page's language. */
export function markSentence(mark: TimelineMark, locale: Locale): string {
  return t(locale, mark.text.key, mark.text.params).trim();
}

/** The selected mark explained: when, what happened (exit code, count, the event's message), kept or not, and its catalogue concept. */
export function MarkDetail({ mark, onReplay }: { mark: TimelineMark | null; onReplay: (at: number) => void }) {
  const locale = useLocale();
  return (
    <section aria-labelledby="mark-detail-h" className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" data-testid="mark-detail" data-mark={mark?.id}>
      <h3 id="mark-detail-h" className="text-sm font-semibold">
        {t(locale, 'hist.selected')}
      </h3>
      {!mark ? (
        <p className="mt-1 text-sm">{t(locale, 'hist.pick')}</p>
      ) : (
        <div className="mt-1 flex flex-col gap-1 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            <time dateTime={new Date(mark.at).toISOString()} className="font-mono" suppressHydrationWarning>
              {clockText(mark.at, locale, true)}
            </time>
            <span className="font-mono font-semibold" data-testid="mark-label">
              {mark.label}
            </span>
            {mark.exitCode !== null && (
              <Pill tone={mark.exitCode === 0 ? 'muted' : 'bad'} testId="mark-exit-code">
                {t(locale, 'hist.exitCode', { code: mark.exitCode })}
              </Pill>
            )}
            {mark.count !== null && mark.count > 1 && <span className="font-mono">×{mark.count}</span>}
            {mark.kept && (
              <Pill tone="info" testId="kept-mark">
                {t(locale, 'hist.kept')}
              </Pill>
            )}
          </p>
          <p data-testid="mark-text">{markSentence(mark, locale)}</p>
          {mark.message && <p className="break-words font-mono text-xs">{mark.message}</p>}
          <ConceptNote id={mark.conceptId} />
          <p>
            <button
              type="button"
              onClick={() => onReplay(mark.at)}
              className="rounded border border-zinc-300 px-2 py-0.5 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:hover:bg-zinc-800"
              data-testid="replay-mark"
            >
              {t(locale, 'hist.replay.title')} · {clockText(mark.at, locale)}
            </button>
          </p>
        </div>
      )}
    </section>
  );
}

/** Every mark in view as a table row, in time order: the chart's content for a screen reader or a keyboard, each row selects its mark. */
export function MarkList({ items, selectedId, onSelect }: { items: { lane: TimelineLane; mark: TimelineMark }[]; selectedId: string | null; onSelect: (m: TimelineMark) => void }) {
  const locale = useLocale();
  return (
    <details className="text-sm" open={items.length <= 40}>
      <summary className="cursor-pointer font-semibold">
        {t(locale, 'hist.list')} — {t(locale, 'hist.marksCount', { count: items.length })}
      </summary>
      <table className="mt-2 w-full text-left text-sm" data-testid="mark-list">
        <caption className="sr-only">{t(locale, 'hist.list')}</caption>
        <thead>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="col" className="py-1 pr-2">
              {t(locale, 'hist.col.time')}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t(locale, 'hist.col.lane')}
            </th>
            <th scope="col" className="py-1 pr-2">
              {t(locale, 'hist.col.what')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map(({ lane, mark }) => (
            <tr key={mark.id} className={`border-b border-zinc-100 align-top dark:border-zinc-900 ${mark.id === selectedId ? 'bg-sky-50 dark:bg-sky-950/40' : ''}`} data-testid="mark-row" data-label={mark.label} data-kept={mark.kept ? 'true' : undefined}>
              <td className="py-1 pr-2 font-mono text-xs" suppressHydrationWarning>
                {clockText(mark.at, locale)}
              </td>
              <td className="py-1 pr-2 font-mono text-xs">{lane.name || t(locale, lane.kind === 'events' ? 'hist.lane.events' : 'hist.lane.pod')}</td>
              <td className="py-1 pr-2">
                <button type="button" onClick={() => onSelect(mark)} className="text-left underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600">
                  <span className="font-mono font-semibold">{mark.label}</span>
                  {mark.count !== null && mark.count > 1 && <span className="font-mono"> ×{mark.count}</span>}
                </button>{' '}
                <span>{markSentence(mark, locale)}</span>
                {mark.kept && (
                  <>
                    {' '}
                    <Pill tone="info">{t(locale, 'hist.kept')}</Pill>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
