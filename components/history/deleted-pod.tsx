'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { DiagnosisList } from '@/components/explain/diagnosis-list';
import { Fact, Facts, Pill, Section } from '@/components/pod/bits';
import { useLocale } from '@/components/ui/page-context';
import type { ObjectTimeline } from '@/lib/contract/history';
import { t } from '@/lib/i18n/messages';
import { replayDetail } from '@/lib/views/history-replay';
import { feedPageHref, timelineUrl } from '@/lib/views/history-urls';
import { ExportLinks, TimelineBody } from './pod-timeline';
import { RecorderNote } from './recorder-note';
import { SinceNote } from './since-note';
import { sinceFor } from '@/lib/views/history-since';
import { clockText } from './time';
import { useHistory } from './use-history';

function LastState({ timeline }: { timeline: ObjectTimeline }) {
  const locale = useLocale();
  const s = timeline.lastState;
  return (
    <Facts testId="deleted-last-state">
      <Fact term={t(locale, 'pod.phase')}>
        <span className="font-mono">{s.phase ?? '—'}</span>
        {s.reason && <span className="ml-2 font-mono text-xs">({s.reason})</span>}
      </Fact>
      <Fact term={t(locale, 'col.node')}>
        <span className="font-mono">{s.nodeName ?? '—'}</span>
      </Fact>
      {s.containers.map((c) => {
        const end = c.state?.state === 'terminated' ? c.state : c.lastTerminated;
        return (
          <Fact key={`${c.role}:${c.name}`} term={<span className="font-mono">{c.name}</span>}>
            <span className="font-mono" data-testid="deleted-container" data-container={c.name}>
              {c.state ? (c.state.state === 'running' ? 'running' : `${c.state.state}${c.state.reason ? ` ${c.state.reason}` : ''}`) : '—'}
              {end && end.exitCode !== null && ` · ${t(locale, 'hist.exitCode', { code: end.exitCode })}`}
              {` · ${t(locale, 'hist.replay.restarts', { count: c.restartCount })}`}
            </span>
          </Fact>
        );
      })}
    </Facts>
  );
}

/**
 * A deleted pod's page under the not-found notice: "deleted at …, kept by
 * kube-explain", its last state, its diagnosis at the end (the pod page's
 * own diagnoses, rebuilt from the last recorded moment) and its whole
 * timeline with the replay. Nothing when kube-explain recorded no deleted
 * pod of that name.
 */
export function DeletedPod({ context, namespace, name }: { context: string; namespace: string; name: string }) {
  const locale = useLocale();
  const query = { context, kind: 'Pod' as const, namespace, name };
  const { data } = useHistory<ObjectTimeline>(timelineUrl(query), 10_000);
  const timeline = data?.ok && data.data.deletedAt ? data.data : null;
  const end = useMemo(() => (timeline ? replayDetail(timeline, Date.parse(timeline.deletedAt!) - 1) : null), [timeline]);
  if (!data) return null;
  if (!timeline) return data.ok || data.reason === 'not-found' ? null : <RecorderNote recorder={data.recorder} />;
  return (
    <div className="flex flex-col gap-4" data-testid="pod-deleted" data-deleted-at={timeline.deletedAt}>
      <div className="rounded-lg border-2 border-dashed border-zinc-400 p-4 dark:border-zinc-600">
        <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold" suppressHydrationWarning>
          <Pill tone="muted">{t(locale, 'hist.deleted.pill')}</Pill>
          {t(locale, 'hist.deleted.title', { time: clockText(timeline.deletedAt!, locale, true) })}
        </h2>
        <p className="mt-1 text-sm" suppressHydrationWarning>
          {t(locale, 'hist.deleted.body', { first: clockText(timeline.firstObservedAt, locale, true) })}
        </p>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <ExportLinks query={{ ...query, uid: timeline.ref.uid }} />
          <Link href={feedPageHref(context, namespace)} className="text-sm underline">
            {t(locale, 'hist.feed.link')}
          </Link>
          <RecorderNote recorder={data.recorder} />
        </div>
      </div>
      <Section id="last-state" title={t(locale, 'hist.deleted.last')}>
        <LastState timeline={timeline} />
      </Section>
      <Section id="diagnoses-end" title={t(locale, 'hist.deleted.diagnosis')}>
        {end && end.explanation.diagnoses.length > 0 ? (
          <DiagnosisList
            diagnoses={end.explanation.diagnoses}
            identity={{ pod: name, namespace }}
            evidenceValue={(p) => end.evidence[p]}
            note={(d) => {
              const s = sinceFor(timeline.since, d);
              return s && <SinceNote since={s} />;
            }}
          />
        ) : (
          <p className="text-sm" data-testid="no-diagnoses-end">
            {t(locale, 'pod.diag.none')}
          </p>
        )}
      </Section>
      <Section id="timeline" title={t(locale, 'hist.title')}>
        <div className="flex flex-col gap-3" data-testid="timeline" data-state="ok">
          <TimelineBody timeline={timeline} live={false} />
        </div>
      </Section>
      {timeline.incarnations.length > 0 && (
        <Section id="incarnations" title={t(locale, 'hist.deleted.others')}>
          <ul className="text-sm">
            {timeline.incarnations.map((i) => (
              <li key={i.uid} className="font-mono" suppressHydrationWarning>
                {i.uid.slice(0, 8)}{' '}
                {clockText(i.firstObservedAt, locale, true)} – {i.deletedAt ? clockText(i.deletedAt, locale, true) : '…'}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
