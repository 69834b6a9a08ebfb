import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ObjectEventRow } from '@/lib/contract';
import type { Diagnosis } from '@/lib/explain/types';
import { t } from '@/lib/i18n/messages';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DiagnosisList } from '@/components/explain/diagnosis-list';
import { useNow } from '@/components/live/use-live';
import { Age, Pill, Section } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';

/** One box of a lifecycle: its phase, what it means, and whether the object is there now. */
export interface LifecycleBox {
  phase: string;
  meaning: string;
  current: boolean;
  /** A side state (Lost, Failed): drawn after a gap, not as the next step. */
  branch?: boolean;
}

/**
 * A phase lifecycle as boxes and arrows with the "you are here" marker, for
 * claims (Pending → Bound, Lost) and volumes (Pending → Available → Bound →
 * Released, Failed). The phase name is the API's; the meaning is the page's language.
 */
export function PhaseLifecycle({ id, title, boxes, note, actions }: { id: string; title: string; boxes: LifecycleBox[]; note?: ReactNode; actions?: ReactNode }) {
  const locale = useLocale();
  return (
    <Section id={id} title={title} actions={actions}>
      <ol className="flex flex-wrap items-stretch gap-y-2" data-testid={`${id}-steps`}>
        {boxes.map((b, i) => (
          <li key={b.phase} className="flex items-center">
            {i > 0 && (
              <span aria-hidden="true" className="px-2 text-xl text-zinc-500">
                {b.branch ? '⋯' : '→'}
              </span>
            )}
            <div
              data-phase={b.phase}
              data-here={b.current ? 'true' : undefined}
              aria-current={b.current ? 'step' : undefined}
              className={`flex min-w-[9rem] max-w-[16rem] flex-col gap-1 rounded-lg border-2 p-2 text-sm ${
                b.current ? 'border-sky-500 bg-sky-50 ring-2 ring-sky-500 dark:border-sky-400 dark:bg-sky-950/50 dark:ring-sky-400' : 'border-dashed border-zinc-300 dark:border-zinc-700'
              }`}
            >
              {b.current && (
                <span data-testid="you-are-here" className="self-start rounded bg-sky-700 px-1.5 text-xs font-semibold text-white dark:bg-sky-300 dark:text-sky-950">
                  {t(locale, 'pod.lifecycle.here')}
                </span>
              )}
              <span className="font-mono font-semibold">{b.phase}</span>
              <span className="text-xs text-zinc-700 dark:text-zinc-300">{b.meaning}</span>
            </div>
          </li>
        ))}
      </ol>
      {note && <div className="mt-3 text-sm">{note}</div>}
    </Section>
  );
}

/** The diagnoses of a storage or config page, with the live values of their evidence paths. */
export function StorageDiagnoses({ diagnoses, evidence, identity }: { diagnoses: Diagnosis[]; evidence: Record<string, string>; identity: Record<string, string> }) {
  const locale = useLocale();
  if (diagnoses.length === 0) return null;
  return (
    <section aria-labelledby="diagnoses-title" id="diagnoses" className="flex scroll-mt-20 flex-col gap-2">
      <h2 id="diagnoses-title" className="text-lg font-semibold">
        {t(locale, 'st.diagnoses.title')}
      </h2>
      <DiagnosisList diagnoses={diagnoses} identity={identity} evidenceValue={(p) => evidence[p] ?? t(locale, 'st.evidence.absent')} />
    </section>
  );
}

/** The events about a claim or volume, newest first, live. */
export function ObjectEvents({ events, hint }: { events: ObjectEventRow[]; hint?: string }) {
  const locale = useLocale();
  const now = useNow(5000);
  return (
    <Section id="events" title={t(locale, 'pod.ev.title')} actions={<ConceptChip id="events" />}>
      <DataTable
        caption={t(locale, 'pod.ev.title')}
        testId="events-table"
        density="compact"
        alignTop
        rows={events}
        rowKey={(e) => e.key}
        rowData={(e) => ({ 'data-testid': 'event-row', 'data-reason': e.reason })}
        empty={t(locale, 'pod.ev.none')}
        emptyTestId="events-empty"
        columns={[
          { id: 'type', header: t(locale, 'pod.ev.type'), cell: (e) => <Pill tone={e.type === 'Warning' ? 'warn' : 'muted'}>{e.type}</Pill> },
          { id: 'reason', header: t(locale, 'pod.ev.reason'), className: 'font-mono', cell: (e) => e.reason },
          { id: 'source', header: t(locale, 'pod.ev.source'), className: 'font-mono text-xs', cell: (e) => e.component ?? '—' },
          { id: 'count', header: t(locale, 'pod.ev.count'), className: 'font-mono', cell: (e) => e.count },
          { id: 'age', header: t(locale, 'pod.ev.age'), cell: (e) => <Age iso={e.lastAt} now={now} /> },
          { id: 'message', header: t(locale, 'pod.ev.message'), className: 'break-words font-mono text-xs', cell: (e) => e.message },
        ]}
      />
      <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{hint ?? t(locale, 'pod.ev.expire')}</p>
    </Section>
  );
}

/** A link to another object's page, or its plain name when it has none (missing objects, kinds without a page). */
export function ObjectLink({ href, children, testId }: { href: string | null; children: ReactNode; testId?: string }) {
  return href ? (
    <Link href={href} className="font-mono underline" data-testid={testId}>
      {children}
    </Link>
  ) : (
    <span className="font-mono" data-testid={testId}>
      {children}
    </span>
  );
}

/** "yes"/"no" in the page's language. */
export function YesNo({ value }: { value: boolean }) {
  const locale = useLocale();
  return <>{t(locale, value ? 'st.yes' : 'st.no')}</>;
}
