import type { RecorderState } from '@/lib/contract/history';
import { t } from '@/lib/i18n/messages';
import { useLocale } from '@/components/ui/page-context';
import { clockText } from './time';

/** Where recording is, in a sentence: off (and why), paused (and since when), starting, or recorded since. */
export function RecorderNote({ recorder }: { recorder: RecorderState }) {
  const locale = useLocale();
  const ok = recorder.status === 'recording';
  const tone = ok ? 'text-zinc-700 dark:text-zinc-300' : 'rounded border border-amber-400 bg-amber-50 p-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100';
  let text = '';
  if (recorder.status === 'off') text = t(locale, 'hist.recorder.off', { message: recorder.message });
  else if (recorder.status === 'paused') text = t(locale, 'hist.recorder.paused', { time: clockText(recorder.pausedAt, locale, true), message: recorder.message });
  else if (recorder.status === 'starting') text = t(locale, 'hist.recorder.starting');
  else if (recorder.since) text = t(locale, 'hist.recorder.since', { time: clockText(recorder.since, locale, true) });
  return (
    <div className={`text-sm ${tone}`} data-testid="recorder-state" data-status={recorder.status} role={ok ? undefined : 'status'} suppressHydrationWarning>
      {text}
      {recorder.notice && <p className="mt-1">{t(locale, 'hist.recorder.moved', { path: recorder.notice.movedTo })}</p>}
    </div>
  );
}
