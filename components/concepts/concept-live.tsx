import Link from 'next/link';
import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { LiveExample, LiveSection } from '@/lib/contract';
import { ErrorPanel } from '@/components/chrome/error-panel';

function href(context: string, x: LiveExample): string {
  const base = `/${encodeURIComponent(context)}`;
  const e = encodeURIComponent;
  switch (x.kind) {
    case 'pod':
      return `${base}/pods/${e(x.namespace ?? '')}/${e(x.name)}`;
    case 'service':
      return `${base}/services/${e(x.namespace ?? '')}/${e(x.name)}`;
    case 'node':
      return `${base}/nodes/${e(x.name)}`;
    case 'namespace':
      return `${base}/pods?namespace=${e(x.name)}`;
  }
}

const NOTE_STYLE = {
  failing: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200',
  now: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  previous: 'bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200',
} as const;

/** "See it live": objects of the current context that show the concept now, or why there are none. */
export function ConceptLive({ live, locale }: { live: LiveSection; locale: Locale }) {
  return (
    <section aria-labelledby="live-title" className="flex flex-col gap-2 rounded-lg border border-emerald-300 p-4 dark:border-emerald-800" data-testid="see-it-live" data-state={live.state}>
      <h2 id="live-title" className="text-lg font-semibold">
        {t(locale, 'concept.seeItLive')}
      </h2>
      {live.state === 'none' && <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'conceptLive.none')}</p>}
      {live.state === 'error' && (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="live-unreachable">
            {live.context ? t(locale, 'conceptLive.unreachable', { context: live.context }) : t(locale, 'conceptLive.noContext')}
          </p>
          <ErrorPanel error={live.error} locale={locale} compact />
        </>
      )}
      {live.state === 'ok' && (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {live.examples.rule && t(locale, `conceptLive.rule.${live.examples.rule.id}`, live.examples.rule.params)}{' '}
            {t(locale, 'conceptLive.inContext', { context: live.context })}
          </p>
          {live.examples.overview && (
            <p className="text-sm">
              <Link href={`/${encodeURIComponent(live.context)}`} data-testid="live-overview">
                {t(locale, 'conceptLive.overview')}
              </Link>
            </p>
          )}
          {live.examples.items.length === 0 ? (
            <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="live-empty">
              {t(locale, 'conceptLive.empty', { context: live.context })}
            </p>
          ) : (
            <ul className="flex flex-col divide-y divide-zinc-200 text-sm dark:divide-zinc-800" data-testid="live-examples">
              {live.examples.items.map((x) => (
                <li key={`${x.kind}/${x.namespace ?? ''}/${x.name}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 py-1.5" data-testid="live-example" data-object={`${x.kind}/${x.namespace ? `${x.namespace}/` : ''}${x.name}`}>
                  <span className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, `conceptLive.kind.${x.kind}`)}</span>
                  <Link href={href(live.context, x)} className="font-mono">
                    {x.namespace ? `${x.namespace}/` : ''}
                    {x.name}
                  </Link>
                  <span className="font-mono text-xs">{x.detail}</span>
                  {x.note && <span className={`rounded px-1.5 text-xs ${NOTE_STYLE[x.note]}`}>{t(locale, `conceptLive.note.${x.note}`)}</span>}
                  <span className="w-full break-all font-mono text-[11px] text-zinc-600 dark:text-zinc-400">{x.path}</span>
                </li>
              ))}
            </ul>
          )}
          {live.examples.total > live.examples.items.length && (
            <p className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'conceptLive.more', { shown: live.examples.items.length, total: live.examples.total })}</p>
          )}
          {live.partial && <p className="text-xs text-amber-800 dark:text-amber-300">{t(locale, 'conceptLive.partial')}</p>}
        </>
      )}
    </section>
  );
}
