import type { DiagnosisSince } from '@/lib/contract/history';
import { t } from '@/lib/i18n/messages';
import { useLocale } from '@/components/ui/page-context';
import { clockText } from './time';

/** "since 03:12, 41 restarts since": how long a diagnosis has held, from history ("since at least" when it held from the first observation). */
export function SinceNote({ since }: { since: DiagnosisSince }) {
  const locale = useLocale();
  const time = clockText(since.since, locale, true);
  return (
    <p className="mt-1 text-sm font-semibold" data-testid="diagnosis-since" data-since={since.since} data-exact={since.exact ? 'true' : 'false'} suppressHydrationWarning>
      {since.exact ? t(locale, 'hist.since.text', { time }) : t(locale, 'hist.since.notExact', { time })}
      {since.restartsSince !== null && since.restartsSince > 0 && <>, {t(locale, 'hist.since.restarts', { count: since.restartsSince })}</>}
    </p>
  );
}
