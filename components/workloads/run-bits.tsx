import type { ReactNode } from 'react';
import type { Diagnosis } from '@/lib/explain/types';
import { t } from '@/lib/i18n/messages';
import type { Sentence } from '@/lib/views/sentence';
import { DiagnosisList } from '@/components/explain/diagnosis-list';
import type { Tone } from '@/components/pod/bits';
import { useLocale } from '@/components/ui/page-context';

/** The page tones of the DaemonSet, Job and CronJob projections, as Pill tones. */
export const PILL_TONE: Readonly<Record<'ok' | 'progress' | 'warning' | 'critical' | 'muted', Tone>> = {
  ok: 'ok',
  progress: 'info',
  warning: 'warn',
  critical: 'bad',
  muted: 'muted',
};

/** A Sentence in the page's language; `ticking` for text that counts down (the server rendered another second). */
export function Say({ s, ticking = false }: { s: Sentence; ticking?: boolean }) {
  const locale = useLocale();
  return ticking ? <span suppressHydrationWarning>{t(locale, s.key, s.params)}</span> : <>{t(locale, s.key, s.params)}</>;
}

/** Sentences as a list, one claim per line. */
export function Sentences({ items, testId }: { items: readonly Sentence[]; testId?: string }) {
  return (
    <ul className="flex list-disc flex-col gap-1 pl-5 text-sm" data-testid={testId}>
      {items.map((s, i) => (
        <li key={`${s.key}-${i}`} data-key={s.key}>
          <Say s={s} />
        </li>
      ))}
    </ul>
  );
}

/** The diagnoses above the tabs: each with its evidence values, or a line saying there is nothing wrong. */
export function DiagnosesLead({ diagnoses, evidence, identity, none }: { diagnoses: Diagnosis[]; evidence: Record<string, string>; identity: Record<string, string>; none: string }) {
  const locale = useLocale();
  return (
    <section aria-labelledby="diagnoses-h" id="diagnoses" className="scroll-mt-20">
      <h2 id="diagnoses-h" className="mb-2 text-lg font-semibold">
        {t(locale, 'dbj.diag.title')}
      </h2>
      {diagnoses.length === 0 ? (
        <p className="text-sm" data-testid="no-diagnoses">
          {none}
        </p>
      ) : (
        <DiagnosisList diagnoses={diagnoses} identity={identity} evidenceValue={(p) => evidence[p]} />
      )}
    </section>
  );
}

/** Commands to run, one per line, selectable as text. */
export function CommandLines({ commands, testId }: { commands: readonly string[]; testId?: string }) {
  return (
    <pre className="overflow-x-auto rounded bg-zinc-100 p-2 font-mono text-xs text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100" data-testid={testId}>
      {commands.join('\n')}
    </pre>
  );
}

/** A short paragraph under a section title. */
export function Note({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid={testId}>
      {children}
    </p>
  );
}
