'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Pill, type Tone } from '@/components/pod/bits';
import { useLocale } from '@/components/ui/page-context';
import type { FeedGroup, FeedItem, NamespaceFeed } from '@/lib/contract/history';
import type { Severity } from '@/lib/explain/types';
import { t } from '@/lib/i18n/messages';
import { eventMark, transitionText } from '@/lib/views/history-timeline';
import { feedQuery, feedUrl, objectHistoryHref, type FeedFilters } from '@/lib/views/history-urls';
import { RecorderNote } from './recorder-note';
import { clockText } from './time';
import { useHistory } from './use-history';

/** Items shown per object before the rest fold into "N more". */
const FIRST_ITEMS = 6;

const SEVERITY_TONE: Record<Severity, Tone> = { critical: 'bad', warning: 'warn', info: 'muted' };

function ItemLine({ item }: { item: FeedItem }) {
  const locale = useLocale();
  const text = item.source === 'event' ? eventMark(item.event).text : transitionText(item.transition);
  return (
    <li className="flex flex-wrap items-baseline gap-2 text-sm" data-testid="feed-item" data-reason={item.reason} data-severity={item.severity} data-source={item.source}>
      <time dateTime={item.at} className="font-mono text-xs" suppressHydrationWarning>
        {clockText(item.at, locale)}
      </time>
      <Pill tone={SEVERITY_TONE[item.severity]}>{t(locale, `hist.severity.${item.severity}`)}</Pill>
      <span className="font-mono font-semibold">{item.reason}</span>
      <span>{t(locale, text.key, text.params).trim()}</span>
      {item.source === 'event' && <span className="break-words font-mono text-xs text-zinc-700 dark:text-zinc-300">{item.event.message}</span>}
      {item.source === 'event' && item.event.goneAt && <Pill tone="info">{t(locale, 'hist.kept')}</Pill>}
    </li>
  );
}

function Group({ group, context }: { group: FeedGroup; context: string }) {
  const locale = useLocale();
  const href = objectHistoryHref(context, group.ref.kind, group.ref.namespace, group.ref.name);
  return (
    <li className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800" data-testid="feed-group" data-kind={group.ref.kind} data-name={group.ref.name} data-deleted={group.deleted ? 'true' : undefined}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-zinc-700 dark:text-zinc-300">{group.ref.kind}</span>
        {href ? (
          <Link href={href} className="font-mono font-semibold underline" data-testid="feed-object">
            {group.ref.name}
          </Link>
        ) : (
          <span className="font-mono font-semibold">{group.ref.name}</span>
        )}
        <Pill tone={SEVERITY_TONE[group.severity]}>{t(locale, `hist.severity.${group.severity}`)}</Pill>
        {group.deleted && <Pill tone="muted">{t(locale, 'hist.feed.deleted')}</Pill>}
        <span className="text-xs text-zinc-700 dark:text-zinc-300" suppressHydrationWarning>
          {clockText(group.first, locale)} – {clockText(group.last, locale)} · {t(locale, 'hist.feed.items', { count: group.items.length })}
        </span>
        {href && group.ref.kind === 'Pod' && (
          <Link href={href} className="text-sm underline">
            {t(locale, 'hist.feed.timeline')}
          </Link>
        )}
      </div>
      <ul className="mt-2 flex flex-col gap-1">
        {group.items.slice(0, FIRST_ITEMS).map((item, i) => (
          <ItemLine key={`${item.at}-${i}`} item={item} />
        ))}
      </ul>
      {group.items.length > FIRST_ITEMS && (
        <details className="mt-1">
          <summary className="cursor-pointer text-sm">{t(locale, 'hist.feed.more', { count: group.items.length - FIRST_ITEMS })}</summary>
          <ul className="mt-1 flex flex-col gap-1">
            {group.items.slice(FIRST_ITEMS).map((item, i) => (
              <ItemLine key={`${item.at}-${i}`} item={item} />
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

/**
 * The namespace feed: what happened, grouped per object with the newest
 * activity first, each object linking to its timeline; refreshed every ten
 * seconds. The filters come from the page's URL (the form above it).
 */
export function NamespaceFeedView({ context, namespace, filters }: { context: string; namespace: string; filters: FeedFilters }) {
  const locale = useLocale();
  // The span starts when the page opened; the API ends it at the moment it answers.
  const [opened] = useState(() => new Date());
  const { data, error } = useHistory<NamespaceFeed>(feedUrl(feedQuery(context, namespace, filters, opened)), 10_000);
  if (!data) return <p className="text-sm">{error ? t(locale, 'hist.error', { message: error }) : t(locale, 'hist.loading')}</p>;
  if (!data.ok)
    return (
      <div className="flex flex-col gap-2">
        <RecorderNote recorder={data.recorder} />
        {data.reason !== 'off' && <p className="text-sm">{t(locale, 'hist.error', { message: data.message })}</p>}
      </div>
    );
  const feed = data.data;
  return (
    <div className="flex flex-col gap-3" data-testid="feed" data-groups={feed.groups.length}>
      <RecorderNote recorder={data.recorder} />
      <p className="text-sm" suppressHydrationWarning>
        {t(locale, 'hist.feed.intro', { from: clockText(feed.from, locale, true), to: clockText(feed.to, locale, true) })}
      </p>
      {feed.truncated && <p className="text-sm">{t(locale, 'hist.feed.truncated')}</p>}
      {feed.groups.length === 0 ? (
        <p className="text-sm" data-testid="feed-empty">
          {t(locale, 'hist.feed.empty')}
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {feed.groups.map((g) => (
            <Group key={`${g.ref.kind}/${g.ref.name}/${g.ref.uid}`} group={g} context={context} />
          ))}
        </ul>
      )}
    </div>
  );
}
