import { CONCEPT_IDS, concepts, LOCALES, type ConceptId, type Locale } from '@/lib/concepts';

/**
 * One sentence from the start of each concept body, in each language: long
 * enough to be unique to the catalogue, so finding it in a file proves the
 * body travelled there. The tests that keep bodies on the server look for these.
 * @example bodySentences()[0] → { id: 'docker', locale: 'en', sentence: 'Docker is a platform …' }
 */
export function bodySentences(): { id: ConceptId; locale: Locale; sentence: string }[] {
  return CONCEPT_IDS.flatMap((id) =>
    LOCALES.map((locale) => {
      const body = concepts[id].text[locale].body;
      // Sentences end at . ! ? before a space (English) or at 。！？ (Chinese); "1." list marks and "metadata.name" do not end one.
      const parts = body.split(/(?<=[.!?])\s+|(?<=[。！？])/).map((s) => s.trim());
      const min = locale === 'zh' ? 12 : 30;
      const sentence = parts.find((s) => [...s].length >= min) ?? body;
      return { id, locale, sentence };
    }),
  );
}
