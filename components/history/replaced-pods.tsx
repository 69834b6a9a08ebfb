'use client';

import Link from 'next/link';
import { Section } from '@/components/pod/bits';
import { useLocale } from '@/components/ui/page-context';
import type { ReplacedObjects, ReplacedQuery } from '@/lib/contract/history';
import { t } from '@/lib/i18n/messages';
import { objectHistoryHref, replacedUrl } from '@/lib/views/history-urls';
import { RecorderNote } from './recorder-note';
import { clockText } from './time';
import { useHistory } from './use-history';

/**
 * "Pods it replaced": the workload's deleted pods kube-explain recorded,
 * newest deletion first, each linking to its page (last state and timeline).
 * Refreshed every fifteen seconds.
 */
export function ReplacedPods({ context, namespace, ownerKind, ownerName }: ReplacedQuery) {
  const locale = useLocale();
  const { data } = useHistory<ReplacedObjects>(replacedUrl({ context, namespace, ownerKind, ownerName }), 15_000);
  if (!data) return null;
  return (
    <Section id="replaced" title={t(locale, 'hist.replaced.title')}>
      <div className="flex flex-col gap-2" data-testid="replaced-pods">
        <p className="text-sm">{t(locale, 'hist.replaced.intro')}</p>
        {!data.ok ? (
          <RecorderNote recorder={data.recorder} />
        ) : data.data.items.length === 0 ? (
          <p className="text-sm" data-testid="replaced-none">
            {t(locale, 'hist.replaced.none')}
          </p>
        ) : (
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t(locale, 'hist.replaced.title')}</caption>
            <thead>
              <tr className="border-b border-zinc-200 dark:border-zinc-800">
                <th scope="col" className="py-1 pr-3">
                  {t(locale, 'hist.replaced.name')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t(locale, 'hist.replaced.deletedAt')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t(locale, 'hist.replaced.lived')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t(locale, 'hist.replaced.last')}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t(locale, 'hist.replaced.restarts')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.data.items.map((p) => {
                const href = objectHistoryHref(context, 'Pod', p.ref.namespace, p.ref.name);
                return (
                  <tr key={p.ref.uid} className="border-b border-zinc-100 dark:border-zinc-900" data-testid="replaced-pod" data-pod={p.ref.name}>
                    <th scope="row" className="py-1 pr-3 font-mono font-normal">
                      {href ? (
                        <Link href={href} className="underline">
                          {p.ref.name}
                        </Link>
                      ) : (
                        p.ref.name
                      )}
                    </th>
                    <td className="py-1 pr-3 font-mono text-xs" suppressHydrationWarning>
                      {clockText(p.deletedAt, locale, true)}
                    </td>
                    <td className="py-1 pr-3 font-mono text-xs" suppressHydrationWarning>
                      {clockText(p.firstObservedAt, locale, true)}
                    </td>
                    <td className="py-1 pr-3 font-mono text-xs">
                      {p.lastPhase ?? '—'}
                      {p.lastReason && ` · ${p.lastReason}`}
                      {p.lastExitCode !== null && ` · ${t(locale, 'hist.exitCode', { code: p.lastExitCode })}`}
                    </td>
                    <td className="py-1 pr-3 font-mono">{p.restartCount}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {data.ok && data.data.truncated && <p className="text-sm">{t(locale, 'hist.feed.truncated')}</p>}
      </div>
    </Section>
  );
}
