import type { ConceptId, DiagnosisId } from '@/lib/concepts/ids';
import type { DiagnosisText } from '@/lib/concepts/types';
import type { Locale } from '@/lib/i18n/locale';

/**
 * The concepts whose misconception (belief and correction) a live page
 * shows inline, beside a live value: the Services page's env-var caveat and
 * the node page's runtime correction. Only these travel to the browser; the
 * rest, and every body, stay on the server (the concept pages render them).
 */
export const GLOSSARY_MISCONCEPTION_IDS = ['service-discovery', 'container-runtime'] as const satisfies readonly ConceptId[];

export type GlossaryMisconceptionId = (typeof GLOSSARY_MISCONCEPTION_IDS)[number];

/** What a chip needs of a concept: its title and one-line summary. */
export interface ConceptSummary {
  title: string;
  summary: string;
}

/**
 * The slice of the catalogue a live page's browser code may use, in the
 * page's language: built on the server (lib/concepts/glossary.ts), handed
 * to the client once by the layout's PageProvider. No concept bodies.
 */
export interface Glossary {
  locale: Locale;
  concepts: Record<ConceptId, ConceptSummary>;
  misconceptions: Record<GlossaryMisconceptionId, { belief: string; correction: string }>;
  /** Templates with `{name}` placeholders, filled in the browser with a diagnosis's params (lib/concepts/fill.ts). */
  diagnoses: Record<DiagnosisId, DiagnosisText>;
}
