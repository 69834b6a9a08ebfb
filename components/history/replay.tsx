'use client';

import { useMemo, type ChangeEvent } from 'react';
import { ContainersPanel } from '@/components/pod/containers-panel';
import { LifecycleDiagram } from '@/components/pod/lifecycle-diagram';
import { useLocale } from '@/components/ui/page-context';
import type { ObjectTimeline } from '@/lib/contract/history';
import { t } from '@/lib/i18n/messages';
import { changeMoments, replayDetail, stepMoment } from '@/lib/views/history-replay';
import { clockText } from './time';

/**
 * The replay scrubber: a slider over the recorded span (arrow keys move it a
 * second, Page Up/Down a minute), previous/next change, and the pod as it
 * was at that moment drawn by the pod page's own lifecycle diagram and
 * containers panel, rebuilt from the recorded history in the browser.
 */
export function Replay({ timeline, start, end, at, onAt, live }: { timeline: ObjectTimeline; start: number; end: number; at: number | null; onAt: (at: number | null) => void; live: boolean }) {
  const locale = useLocale();
  const moments = useMemo(() => changeMoments(timeline), [timeline]);
  const shown = at ?? end;
  const detail = useMemo(() => (at === null ? null : replayDetail(timeline, at)), [timeline, at]);
  const onSlide = (e: ChangeEvent<HTMLInputElement>) => onAt(Number(e.target.value));
  const prev = stepMoment(moments, shown, -1);
  const next = stepMoment(moments, shown, 1);
  const button =
    'rounded border border-zinc-300 px-2 py-0.5 text-sm enabled:hover:bg-zinc-100 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:enabled:hover:bg-zinc-800 dark:focus-visible:outline-sky-400';
  return (
    <section aria-labelledby="replay-h" className="flex flex-col gap-3 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="replay">
      <h2 id="replay-h" className="text-lg font-semibold">
        {t(locale, 'hist.replay.title')}
      </h2>
      <p className="text-sm">{t(locale, 'hist.replay.intro')}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="replay-slider" className="text-sm font-semibold">
          {t(locale, 'hist.replay.slider')}
        </label>
        <input
          id="replay-slider"
          type="range"
          min={start}
          max={end}
          step={1000}
          value={Math.min(Math.max(shown, start), end)}
          onChange={onSlide}
          aria-valuetext={clockText(shown, locale, true)}
          className="min-w-[12rem] flex-1 accent-fuchsia-600"
          data-testid="replay-slider"
        />
        <button type="button" className={button} disabled={prev === null} onClick={() => prev !== null && onAt(prev)} data-testid="replay-prev">
          ← {t(locale, 'hist.replay.prev')}
        </button>
        <button type="button" className={button} disabled={next === null} onClick={() => next !== null && onAt(next)} data-testid="replay-next">
          {t(locale, 'hist.replay.next')} →
        </button>
        {live && at !== null && (
          <button type="button" className={button} onClick={() => onAt(null)} data-testid="replay-live">
            {t(locale, 'hist.replay.live')}
          </button>
        )}
      </div>
      {at !== null && (
        <p className="text-sm font-semibold" data-testid="replay-at" data-at={new Date(at).toISOString()} suppressHydrationWarning>
          {t(locale, 'hist.replay.at', { time: clockText(at, locale, true) })}
        </p>
      )}
      {at !== null && !detail && <p className="text-sm">{t(locale, 'hist.replay.none')}</p>}
      {detail && (
        <div className="flex flex-col gap-4" data-testid="replay-state" data-phase={detail.explanation.lifecycle.phase.value} data-step={detail.explanation.lifecycle.currentStep}>
          <LifecycleDiagram diagram={detail.diagram} lifecycle={detail.explanation.lifecycle} />
          <ContainersPanel containers={detail.explanation.containers} qos={detail.explanation.qos} namespaces={detail.explanation.namespaces} node={null} />
        </div>
      )}
    </section>
  );
}
