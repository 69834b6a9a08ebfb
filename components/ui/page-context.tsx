'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { fillDiagnosis } from '@/lib/concepts/fill';
import type { ConceptId, DiagnosisId } from '@/lib/concepts/ids';
import type { DiagnosisText } from '@/lib/concepts/types';
import type { ConceptSummary, Glossary, GlossaryMisconceptionId } from '@/lib/contract';
import type { Locale } from '@/lib/i18n/locale';

// The one client island a layout adds besides its chrome widgets: it carries
// the request's language and the server-built glossary to every client
// component below it, instead of a `locale` prop threaded through each one.
// Server components read the language with getLocale() (lib/i18n/server).

interface PageContextValue {
  locale: Locale;
  glossary: Glossary | null;
}

const PageContext = createContext<PageContextValue | null>(null);

/**
 * Set once per layout: the page's language and, for cluster pages, the
 * glossary (lib/concepts/glossary.ts buildGlossary, built on the server).
 */
export function PageProvider({ locale, glossary = null, children }: { locale: Locale; glossary?: Glossary | null; children: ReactNode }) {
  return <PageContext value={{ locale, glossary }}>{children}</PageContext>;
}

function usePage(): PageContextValue {
  const v = useContext(PageContext);
  if (!v) throw new Error('a client component read the page context outside PageProvider (set it in the layout)');
  return v;
}

/** The page's language. @example const locale = useLocale(); t(locale, 'pods.title') */
export function useLocale(): Locale {
  return usePage().locale;
}

function useGlossary(): Glossary {
  const g = usePage().glossary;
  if (!g) throw new Error('this layout provides no glossary: chips and diagnoses need PageProvider glossary={buildGlossary(locale)}');
  return g;
}

/** A concept's title and one-line summary in the page's language (what a chip shows). */
export function useConcept(id: ConceptId): ConceptSummary {
  return useGlossary().concepts[id];
}

/** The misconception shown inline for one of the glossary's few ids (GLOSSARY_MISCONCEPTION_IDS). */
export function useMisconception(id: GlossaryMisconceptionId): { belief: string; correction: string } {
  return useGlossary().misconceptions[id];
}

/** A diagnosis in the page's language with its `{name}` placeholders filled from params. */
export function useDiagnosisText(): (id: DiagnosisId, params: Record<string, string | number>) => DiagnosisText {
  const g = useGlossary();
  return (id, params) => fillDiagnosis(g.diagnoses[id], params);
}
