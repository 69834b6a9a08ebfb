import type { ConceptId, DiagnosisId, Locale } from './ids';

/** Text of one concept in one language. Every field is non-empty. */
export interface ConceptText {
  title: string;
  /** One line, shown beside live objects. */
  summary: string;
  /** A few short paragraphs separated by blank lines. */
  body: string;
  /** Present where learners commonly believe something wrong (k8s-facts.md §1). */
  misconception?: { belief: string; correction: string };
}

export interface ConceptEntry {
  id: ConceptId;
  /** Words users search for beyond the title, e.g. '探针' for probes. */
  keywords: string[];
  /** Official docs (https, kubernetes.io or docs.docker.com). */
  docs: { url: string; label: string }[];
  /** kubectl commands (and docker equivalents where they exist) that show it. */
  commands: { kubectl?: string; docker?: string; note?: Record<Locale, string> }[];
  related: ConceptId[];
  text: Record<Locale, ConceptText>;
}

/**
 * Text for one diagnosis; `{name}` placeholders are filled from
 * Diagnosis.params. `nextStep` says what the user should do or run.
 */
export interface DiagnosisText {
  title: string;
  summary: string;
  nextStep: string;
}

export interface DiagnosisEntry {
  id: DiagnosisId;
  conceptIds: ConceptId[];
  text: Record<Locale, DiagnosisText>;
}
