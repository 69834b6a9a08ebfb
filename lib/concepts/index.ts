import type { ConceptId, DiagnosisId, Locale } from './ids';
import type { ConceptEntry, ConceptText, DiagnosisEntry, DiagnosisText } from './types';
import { foundationConcepts } from './catalogue/foundations';
import { lifecycleConcepts } from './catalogue/lifecycle';
import { workloadConcepts } from './catalogue/workloads';
import { storageConfigConcepts } from './catalogue/storage';
import { diagnosisEntries } from './catalogue/diagnoses';
import { fillDiagnosis } from './fill';

export { fillDiagnosis, fillPlaceholders } from './fill';

export * from './ids';
export type * from './types';

/**
 * The whole catalogue. Typed as a Record over ConceptId so the compiler
 * rejects a missing or unknown id; the parts split the writing work only.
 */
export const concepts: Record<ConceptId, ConceptEntry> = { ...foundationConcepts, ...lifecycleConcepts, ...workloadConcepts, ...storageConfigConcepts };

export const diagnoses: Record<DiagnosisId, DiagnosisEntry> = diagnosisEntries;

/** The text of a concept in one language. @example conceptText('pod', 'zh').title === 'Pod（容器组）' */
export function conceptText(id: ConceptId, locale: Locale): ConceptText {
  return concepts[id].text[locale];
}

/**
 * A diagnosis rendered in one language, with `{name}` placeholders filled
 * from params; unknown placeholders stay visible rather than vanish.
 * @example diagnosisText('oom-killed', 'en', { container: 'app' }).title
 */
export function diagnosisText(id: DiagnosisId, locale: Locale, params: Record<string, string | number>): DiagnosisText {
  return fillDiagnosis(diagnoses[id].text[locale], params);
}
