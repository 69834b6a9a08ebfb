import type { ReactNode } from 'react';
import type { Diagnosis } from '@/lib/explain/types';
import type { Locale } from '@/lib/i18n/locale';
import { useDiagnosisText, useLocale } from '@/components/ui/page-context';
import { ConceptChip } from './concept-chip';

const SEVERITY: Record<Diagnosis['severity'], string> = {
  critical: 'border-red-400 bg-red-50 dark:border-red-800 dark:bg-red-950/50',
  warning: 'border-amber-400 bg-amber-50 dark:border-amber-800 dark:bg-amber-950/40',
  info: 'border-sky-300 bg-sky-50 dark:border-sky-800 dark:bg-sky-950/40',
};

const SEVERITY_LABEL: Record<Locale, Record<Diagnosis['severity'], string>> = {
  en: { critical: 'Critical', warning: 'Warning', info: 'Info' },
  zh: { critical: '严重', warning: '警告', info: '提示' },
};

/**
 * Diagnoses rendered from the page's glossary in its language: title,
 * summary, the evidence as field paths with their live values, and the next
 * step. `identity` (pod/service/node and namespace) fills the commands.
 */
export function DiagnosisList({
  diagnoses,
  identity,
  evidenceValue,
  note,
}: {
  diagnoses: Diagnosis[];
  identity: Record<string, string>;
  /** Resolves an evidence path to the live value shown beside it. */
  evidenceValue?: (path: string) => string | undefined;
  /** Something to add under a diagnosis's summary (the pod page's "since when" from history). */
  note?: (d: Diagnosis) => ReactNode;
}) {
  const locale = useLocale();
  const diagnosisText = useDiagnosisText();
  if (diagnoses.length === 0) return null;
  return (
    <ul className="flex flex-col gap-3" data-testid="diagnoses">
      {diagnoses.map((d, i) => {
        const text = diagnosisText(d.id, { ...d.params, ...identity });
        return (
          <li key={`${d.id}-${i}`} data-diagnosis={d.id} className={`rounded-lg border-l-4 p-3 ${SEVERITY[d.severity]}`}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-white/70 px-1.5 text-xs font-semibold uppercase tracking-wide dark:bg-black/30">{SEVERITY_LABEL[locale][d.severity]}</span>
              <h3 className="font-semibold">{text.title}</h3>
            </div>
            <p className="mt-1 text-sm">{text.summary}</p>
            {note?.(d)}
            {d.evidence.length > 0 && (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 font-mono text-xs" data-testid="evidence">
                {d.evidence.map((p) => (
                  <div key={p} className="contents">
                    <dt className="text-zinc-600 dark:text-zinc-400">{p}</dt>
                    <dd className="break-all">{evidenceValue?.(p) ?? ''}</dd>
                  </div>
                ))}
              </dl>
            )}
            {Object.keys(d.params).length > 0 && (
              <dl className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs">
                {Object.entries(d.params).map(([k, v]) => (
                  <div key={k} className="flex gap-1">
                    <dt className="text-zinc-600 dark:text-zinc-400">{k}</dt>
                    <dd className="font-mono">{String(v)}</dd>
                  </div>
                ))}
              </dl>
            )}
            <p className="mt-2 text-sm">
              <span className="font-semibold">→ </span>
              {text.nextStep}
            </p>
            <div className="mt-2 flex flex-wrap gap-1">
              {d.conceptIds.map((c) => (
                <ConceptChip key={c} id={c} />
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
