import { useId } from 'react';
import type { Locale } from '@/lib/concepts/ids';
import { isMessageKey, t, tFix } from '@/lib/i18n/messages';
import type { ErrorInfoView } from '@/lib/contract';

/** Names the problem and the fix; used for whole pages and for a single view's area. */
export function ErrorPanel({ error, locale, compact = false }: { error: ErrorInfoView; locale: Locale; compact?: boolean }) {
  const titleId = useId();
  const key = `error.${error.kind}`;
  const params = { verb: error.verb ?? 'list', resource: error.resource ?? '', ...error.fix.params };
  return (
    <section role="alert" aria-labelledby={titleId} className={`rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100 ${compact ? '' : 'mx-auto mt-10 max-w-2xl'}`}>
      <h2 id={titleId} className="text-lg font-semibold">
        {isMessageKey(key) ? t(locale, key, params) : t(locale, 'error.unknown')}
      </h2>
      <p className="mt-2 break-words font-mono text-sm opacity-80" data-testid="error-message">
        {error.message}
      </p>
      <h3 className="mt-4 font-semibold">{t(locale, 'error.fix')}</h3>
      <p className="mt-1" data-testid="error-fix">
        {tFix(locale, error.fix.id, params)}
      </p>
      {!compact && <p className="mt-4 text-sm opacity-80">{t(locale, 'error.otherViews')}</p>}
    </section>
  );
}
