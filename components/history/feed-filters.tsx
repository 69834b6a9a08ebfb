import type { Locale } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import { HISTORY_KINDS } from '@/lib/contract/history';
import { FEED_SPANS, type FeedFilters } from '@/lib/views/history-urls';

const field = 'rounded border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';

/**
 * The feed's filters as a plain GET form (works without JavaScript, and the
 * URL is the filter): span, kind, reason and severity.
 */
export function FeedFiltersForm({ locale, filters, lang }: { locale: Locale; filters: FeedFilters; lang: string | null }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" data-testid="feed-filters">
      {lang && <input type="hidden" name="lang" value={lang} />}
      <label className="flex flex-col text-sm">
        {t(locale, 'hist.feed.range')}
        <select name="hours" defaultValue={String(filters.hours)} className={field} data-testid="feed-hours">
          {FEED_SPANS.map((h) => (
            <option key={h} value={h}>
              {t(locale, `hist.feed.range.${h}h` as const)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        {t(locale, 'hist.feed.kind')}
        <select name="kind" defaultValue={filters.kinds[0] ?? ''} className={field} data-testid="feed-kind">
          <option value="">{t(locale, 'hist.feed.all')}</option>
          {[...HISTORY_KINDS, 'Event' as const].map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        {t(locale, 'hist.feed.reason')}
        <input name="reason" defaultValue={filters.reasons.join(',')} placeholder="BackOff, CrashLoopBackOff" className={`${field} font-mono`} data-testid="feed-reason" />
      </label>
      <label className="flex flex-col text-sm">
        {t(locale, 'hist.feed.severity')}
        <select name="severity" defaultValue={filters.severities[0] ?? ''} className={field} data-testid="feed-severity">
          <option value="">{t(locale, 'hist.feed.all')}</option>
          {(['critical', 'warning', 'info'] as const).map((s) => (
            <option key={s} value={s}>
              {t(locale, `hist.severity.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-zinc-300 px-3 py-1 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:hover:bg-zinc-800" data-testid="feed-apply">
        {t(locale, 'hist.feed.apply')}
      </button>
    </form>
  );
}
