'use client';

import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { t } from '@/lib/i18n/messages';
import { applyAxis, axisKey, axisTicks, fullWindow, spanPercent, xPercent, type AxisAction, type TimeWindow } from '@/lib/views/history-axis';
import type { TimelineLane, TimelineMark, TimelineSpan, TimelineView } from '@/lib/views/history-timeline';
import { useLocale } from '@/components/ui/page-context';
import { clockText } from './time';

const SPAN_TONE: Record<TimelineSpan['tone'], string> = {
  ok: 'bg-emerald-200 dark:bg-emerald-900',
  warn: 'bg-amber-200 dark:bg-amber-900',
  bad: 'bg-red-300 dark:bg-red-900',
  muted: 'bg-zinc-200 dark:bg-zinc-700',
};

const MARK_TONE: Record<TimelineMark['severity'], string> = {
  critical: 'bg-red-600 dark:bg-red-400',
  warning: 'bg-amber-500 dark:bg-amber-300',
  info: 'bg-sky-600 dark:bg-sky-400',
};

function laneTitle(lane: TimelineLane, locale: 'en' | 'zh'): { main: string; sub: string } {
  switch (lane.kind) {
    case 'pod':
      return { main: t(locale, 'hist.lane.pod'), sub: '' };
    case 'events':
      return { main: t(locale, 'hist.lane.events'), sub: '' };
    case 'condition':
      return { main: lane.name, sub: t(locale, 'hist.lane.condition') };
    case 'container':
      return { main: lane.name, sub: lane.sidecar ? t(locale, 'hist.lane.sidecar') : lane.role === 'init' ? t(locale, 'hist.lane.init') : t(locale, 'hist.lane.container') };
  }
}

/**
 * The swimlanes on one time axis: state spans, marks as buttons (a mark
 * only kube-explain kept has a dashed ring), the replay cursor, zoom and pan
 * with the buttons, the keys on the axis (+ − ← → 0) or by dragging, and a
 * click on a lane to replay that moment.
 */
export function TimelineChart({
  view,
  window: w,
  onWindow,
  selectedId,
  onSelect,
  cursor,
  onCursor,
}: {
  view: TimelineView;
  window: TimeWindow;
  onWindow: (w: TimeWindow) => void;
  selectedId: string | null;
  onSelect: (mark: TimelineMark) => void;
  cursor: number | null;
  onCursor: (at: number) => void;
}) {
  const locale = useLocale();
  const bounds = useMemo(() => fullWindow([view.start, view.end]), [view.start, view.end]);
  const area = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; w: TimeWindow; moved: boolean } | null>(null);
  const ticks = axisTicks(w, 6);
  const act = (a: AxisAction) => onWindow(applyAxis(w, a, bounds));
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const a = axisKey(e.key, e.shiftKey);
    if (!a) return;
    e.preventDefault();
    act(a);
  };
  const atPointer = (clientX: number): number | null => {
    const box = area.current?.getBoundingClientRect();
    if (!box || box.width <= 0) return null;
    return w.from + ((clientX - box.left) / box.width) * (w.to - w.from);
  };
  const onDown = (e: PointerEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).closest('button')) return;
    drag.current = { x: e.clientX, w, moved: false };
    e.currentTarget.setPointerCapture?.(e.pointerId);
  };
  const onMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    const box = area.current?.getBoundingClientRect();
    if (!d || !box || box.width <= 0) return;
    const dx = e.clientX - d.x;
    if (Math.abs(dx) < 4 && !d.moved) return;
    d.moved = true;
    onWindow(applyAxis(d.w, { kind: 'pan', share: -dx / box.width }, bounds));
  };
  const onUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    if (d && !d.moved) {
      const at = atPointer(e.clientX);
      if (at !== null) onCursor(Math.round(at));
    }
  };
  const cursorX = cursor === null ? null : xPercent(cursor, w);
  const button = 'rounded border border-zinc-300 px-2 py-0.5 text-sm hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-700 dark:hover:bg-zinc-800 dark:focus-visible:outline-sky-400';
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2" role="toolbar" aria-label={t(locale, 'hist.axis')}>
        <button type="button" className={button} onClick={() => act({ kind: 'zoom', factor: 0.5 })} data-testid="zoom-in">
          {t(locale, 'hist.zoomIn')}
        </button>
        <button type="button" className={button} onClick={() => act({ kind: 'zoom', factor: 2 })} data-testid="zoom-out">
          {t(locale, 'hist.zoomOut')}
        </button>
        <button type="button" className={button} onClick={() => act({ kind: 'pan', share: -0.5 })}>
          ← {t(locale, 'hist.panBack')}
        </button>
        <button type="button" className={button} onClick={() => act({ kind: 'pan', share: 0.5 })}>
          {t(locale, 'hist.panForward')} →
        </button>
        <button type="button" className={button} onClick={() => act({ kind: 'reset' })} data-testid="zoom-reset">
          {t(locale, 'hist.reset')}
        </button>
        <span className="text-xs text-zinc-700 dark:text-zinc-300" data-testid="timeline-window" data-from={w.from} data-to={w.to} suppressHydrationWarning>
          {t(locale, 'hist.window', { from: clockText(w.from, locale, true), to: clockText(w.to, locale, true) })}
        </span>
      </div>
      <div
        tabIndex={0}
        role="group"
        aria-label={`${t(locale, 'hist.lanes')}. ${t(locale, 'hist.axis.help')}`}
        aria-describedby="timeline-keys"
        onKeyDown={onKey}
        data-testid="timeline-lanes"
        className="rounded border border-zinc-200 p-2 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-800 dark:focus-visible:outline-sky-400"
      >
        <div className="grid grid-cols-[9rem_1fr] gap-x-2">
          <div />
          <div className="relative h-5 text-xs text-zinc-700 dark:text-zinc-300" aria-hidden="true">
            {ticks.map((tick) => (
              <span key={tick} className="absolute -translate-x-1/2 font-mono" style={{ left: `${xPercent(tick, w) ?? 0}%` }} suppressHydrationWarning>
                {clockText(tick, locale)}
              </span>
            ))}
          </div>
          {view.lanes.map((lane) => {
            const title = laneTitle(lane, locale);
            return (
              <div key={lane.id} className="contents">
                <div className="flex min-w-0 flex-col justify-center border-t border-zinc-100 py-1 text-sm dark:border-zinc-900" data-testid="lane-title">
                  <span className="truncate font-mono font-semibold" title={title.main}>
                    {title.main}
                  </span>
                  {title.sub && <span className="text-xs text-zinc-700 dark:text-zinc-300">{title.sub}</span>}
                </div>
                <div
                  ref={lane.id === 'pod' ? area : undefined}
                  className="relative h-9 cursor-crosshair touch-none border-t border-zinc-100 dark:border-zinc-900"
                  data-testid="lane"
                  data-lane={lane.id}
                  onPointerDown={onDown}
                  onPointerMove={onMove}
                  onPointerUp={onUp}
                >
                  {lane.spans.map((s, i) => {
                    const p = spanPercent(s.from, s.to, w);
                    return (
                      p && (
                        <div
                          key={i}
                          className={`absolute top-3 h-3 rounded-sm ${SPAN_TONE[s.tone]}`}
                          style={{ left: `${p.left}%`, width: `${Math.max(p.width, 0.3)}%` }}
                          title={`${s.state}${s.reason ? ` (${s.reason})` : ''}`}
                          data-testid="lane-span"
                          data-state={s.state}
                          data-reason={s.reason ?? undefined}
                        />
                      )
                    );
                  })}
                  {lane.marks.map((m) => {
                    const x = xPercent(m.at, w);
                    if (x === null) return null;
                    const selected = m.id === selectedId;
                    return (
                      <button
                        key={m.id}
                        type="button"
                        onClick={() => onSelect(m)}
                        aria-pressed={selected}
                        aria-label={`${clockText(m.at, locale)} ${m.label}${m.kept ? ` (${t(locale, 'hist.kept')})` : ''}`}
                        title={`${m.label}${m.count && m.count > 1 ? ` ×${m.count}` : ''}${m.exitCode !== null ? ` · ${t(locale, 'hist.exitCode', { code: m.exitCode })}` : ''}`}
                        data-testid="timeline-mark"
                        data-mark={m.id}
                        data-label={m.label}
                        data-kept={m.kept ? 'true' : undefined}
                        className={`absolute top-1.5 h-6 w-2.5 -translate-x-1/2 rounded-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-400 ${MARK_TONE[m.severity]} ${
                          m.kept ? 'outline-dashed outline-2 outline-offset-1 outline-zinc-600 dark:outline-zinc-300' : ''
                        } ${selected ? 'ring-2 ring-zinc-900 dark:ring-white' : ''}`}
                        style={{ left: `${x}%` }}
                      />
                    );
                  })}
                  {cursorX !== null && <div aria-hidden="true" className="pointer-events-none absolute inset-y-0 w-0.5 bg-fuchsia-600 dark:bg-fuchsia-400" style={{ left: `${cursorX}%` }} data-testid="replay-cursor" />}
                </div>
              </div>
            );
          })}
        </div>
        <p id="timeline-keys" className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">
          {t(locale, 'hist.axis.help')}
        </p>
      </div>
    </div>
  );
}

/** The chart's window state, starting on everything recorded and following the record as it grows while the whole span is shown. */
export function useTimelineWindow(view: TimelineView | null): [TimeWindow, (w: TimeWindow) => void] {
  const bounds = view ? fullWindow([view.start, view.end]) : { from: 0, to: 60_000 };
  const [chosen, setChosen] = useState<TimeWindow | null>(null);
  // null: the whole record, which moves with it; a zoom or pan fixes a window (held inside the bounds).
  const w = chosen ? { from: Math.max(chosen.from, bounds.from), to: Math.min(chosen.to, bounds.to) } : bounds;
  const valid = w.to > w.from ? w : bounds;
  return [valid, (next) => setChosen(next.from <= bounds.from && next.to >= bounds.to ? null : next)];
}
