import { GLOSSARY_MISCONCEPTION_IDS, type Glossary, type GlossaryMisconceptionId } from '@/lib/contract/glossary';
import type { Locale } from '@/lib/i18n/locale';
import { concepts, diagnoses } from './index';
import type { ConceptId, DiagnosisId } from './ids';

/**
 * The part of the catalogue live pages use in the browser, in one language:
 * every concept's title and one-line summary (for chips), the few
 * misconceptions shown inline, and the diagnosis templates. Bodies stay on
 * the server; the layout builds this once per page load and PageProvider
 * hands it to the client components.
 * @example buildGlossary('zh').concepts.pod → { title: 'Pod（容器组）', summary: '…' }
 */
export function buildGlossary(locale: Locale): Glossary {
  const conceptEntries = Object.values(concepts).map((c) => [c.id, { title: c.text[locale].title, summary: c.text[locale].summary }] as const);
  const misconceptions = GLOSSARY_MISCONCEPTION_IDS.map((id) => {
    const m = concepts[id].text[locale].misconception;
    if (!m) throw new Error(`the glossary shows the misconception of ${id}, which has none in ${locale}`);
    return [id, { belief: m.belief, correction: m.correction }] as const;
  });
  const diagnosisEntries = Object.values(diagnoses).map((d) => [d.id, { ...d.text[locale] }] as const);
  return {
    locale,
    concepts: Object.fromEntries(conceptEntries) as Record<ConceptId, Glossary['concepts'][ConceptId]>,
    misconceptions: Object.fromEntries(misconceptions) as Record<GlossaryMisconceptionId, Glossary['misconceptions'][GlossaryMisconceptionId]>,
    diagnoses: Object.fromEntries(diagnosisEntries) as Record<DiagnosisId, Glossary['diagnoses'][DiagnosisId]>,
  };
}
