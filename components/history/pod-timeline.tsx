'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useNow } from '@/components/live/use-live';
import { Section } from '@/components/pod/bits';
import { useLocale } from '@/components/ui/page-context';
import type { HistoryResponse, ObjectTimeline } from '@/lib/contract/history';
import { t } from '@/lib/i18n/messages';
import { parseAt } from '@/lib/views/history-replay';
import { marksIn, timelineView, type TimelineMark } from '@/lib/views/history-timeline';
import { exportUrl, feedPageHref, timelineUrl } from '@/lib/views/history-urls';
import { withParams } from '@/lib/views/pod-tabs';
import { MarkDetail, MarkList } from './mark-detail';
import { RecorderNote } from './recorder-note';
import { Replay } from './replay';
import { TimelineChart, useTimelineWindow } from './timeline-chart';
import { useHistory } from './use-history';

/** The Markdown and JSON downloads of a timeline, for a bug report. */
export function ExportLinks({ query }: { query: Parameters<typeof exportUrl>[0] }) {
  const locale = useLocale();
  const link =
    'rounded border border-zinc-300 px-2 py-0.5 text-sm no-underline hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:hover:bg-zinc-800 dark:focus-visible:outline-sky-400';
  return (
    <span role="group" aria-label={t(locale, 'hist.export.label')} className="flex flex-wrap gap-2">
      <a href={exportUrl(query, 'md')} download className={link} data-testid="export-md">
        {t(locale, 'hist.export.md')}
      </a>
      <a href={exportUrl(query, 'json')} download className={link} data-testid="export-json">
        {t(locale, 'hist.export.json')}
      </a>
    </span>
  );
}

/** The Timeline body for a timeline already fetched: chart, selected mark, list, and replay (`?at=` keeps the moment in the URL). */
export function TimelineBody({ timeline, live }: { timeline: ObjectTimeline; live: boolean }) {
  const locale = useLocale();
  const now = useNow(live ? 5000 : 3_600_000);
  const view = useMemo(() => timelineView(timeline, now), [timeline, now]);
  const [w, setW] = useTimelineWindow(view);
  const [selected, setSelected] = useState<TimelineMark | null>(null);
  const search = useSearchParams();
  // A deleted pod replays its last moment (just before it was gone) until another is picked.
  const defaultAt = live ? null : Math.max(view.start, (view.deletedAt ?? view.end) - 1);
  const at = parseAt(search?.get('at'), view.start, view.end) ?? defaultAt;
  const setAt = (next: number | null) => {
    const q = withParams(window.location.search.slice(1), { at: next === null ? null : new Date(next).toISOString() });
    window.history.replaceState(null, '', q === '?' ? window.location.pathname : q);
  };
  const items = marksIn(view, w);
  const current = selected ? (view.lanes.flatMap((l) => l.marks).find((m) => m.id === selected.id) ?? selected) : null;
  return (
    <>
      {view.keptEvents > 0 && (
        <p className="text-sm" data-testid="kept-count">
          {t(locale, 'hist.keptCount', { count: view.keptEvents })}
        </p>
      )}
      {timeline.truncated && <p className="text-sm">{t(locale, 'hist.truncated')}</p>}
      <TimelineChart view={view} window={w} onWindow={setW} selectedId={current?.id ?? null} onSelect={setSelected} cursor={at} onCursor={setAt} />
      <MarkDetail mark={current} onReplay={setAt} />
      <MarkList items={items} selectedId={current?.id ?? null} onSelect={setSelected} />
      <Replay timeline={timeline} start={view.start} end={view.end} at={at} onAt={setAt} live={live} />
    </>
  );
}

/**
 * The pod's Timeline tab: what kube-explain recorded (the recorder's state
 * first, so "recording off" is never silent), the export links, the swimlanes
 * and the replay, refreshed every few seconds while the pod lives.
 */
export function PodTimeline({ context, namespace, name, live = true, initial = null }: { context: string; namespace: string; name: string; live?: boolean; initial?: HistoryResponse<ObjectTimeline> | null }) {
  const locale = useLocale();
  const query = { context, kind: 'Pod' as const, namespace, name };
  const fetched = useHistory<ObjectTimeline>(timelineUrl(query), live ? 5000 : 0);
  const res = fetched.data ?? initial;
  return (
    <Section
      id="timeline"
      title={t(locale, 'hist.title')}
      actions={
        <>
          <ConceptChip id="events" />
          {res?.ok && <ExportLinks query={{ ...query, uid: res.data.ref.uid }} />}
          <Link href={feedPageHref(context, namespace)} className="text-sm underline" data-testid="feed-link">
            {t(locale, 'hist.feed.link')}
          </Link>
        </>
      }
    >
      <div className="flex flex-col gap-3" data-testid="timeline" data-state={res ? (res.ok ? 'ok' : res.reason) : fetched.error ? 'error' : 'loading'}>
        <p className="text-sm">{t(locale, 'hist.intro')}</p>
        {res && <RecorderNote recorder={res.recorder} />}
        {!res && !fetched.error && <p className="text-sm">{t(locale, 'hist.loading')}</p>}
        {!res && fetched.error && <p className="text-sm">{t(locale, 'hist.error', { message: fetched.error })}</p>}
        {res && !res.ok && res.reason === 'not-found' && <p className="text-sm" data-testid="timeline-empty">{t(locale, 'hist.none')}</p>}
        {res && !res.ok && res.reason !== 'not-found' && res.reason !== 'off' && <p className="text-sm">{t(locale, 'hist.error', { message: res.message })}</p>}
        {res?.ok && <TimelineBody timeline={res.data} live={live && res.data.deletedAt === null} />}
      </div>
    </Section>
  );
}
