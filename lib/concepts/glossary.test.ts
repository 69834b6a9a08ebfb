import { describe, expect, it } from 'vitest';
import { GLOSSARY_MISCONCEPTION_IDS } from '@/lib/contract/glossary';
import { CONCEPT_IDS, concepts, DIAGNOSIS_IDS, diagnosisText, LOCALES } from './index';
import { fillDiagnosis } from './fill';
import { buildGlossary } from './glossary';
import { bodySentences } from '@/lib/testing/catalogue-sentences';


describe('buildGlossary', () => {
  it.each(LOCALES)('gives every concept exactly its %s title and summary', (locale) => {
    const g = buildGlossary(locale);
    expect(g.locale).toBe(locale);
    expect(Object.keys(g.concepts).sort()).toStrictEqual([...CONCEPT_IDS].sort());
    for (const id of CONCEPT_IDS) {
      expect(g.concepts[id], id).toStrictEqual({ title: concepts[id].text[locale].title, summary: concepts[id].text[locale].summary });
    }
  });

  it.each(LOCALES)('carries no concept body, and in %s only', (locale) => {
    const json = JSON.stringify(buildGlossary(locale));
    const other = locale === 'en' ? 'zh' : 'en';
    const leaked = bodySentences().filter((b) => json.includes(b.sentence)).map((b) => `${b.id}.${b.locale}`);
    expect(leaked).toStrictEqual([]);
    const otherTitles = CONCEPT_IDS.filter((id) => concepts[id].text[other].title !== concepts[id].text[locale].title && json.includes(JSON.stringify(concepts[id].text[other].summary)));
    expect(otherTitles).toStrictEqual([]);
  });

  it('keeps only the misconceptions a live page shows inline', () => {
    for (const locale of LOCALES) {
      const g = buildGlossary(locale);
      expect(Object.keys(g.misconceptions)).toStrictEqual([...GLOSSARY_MISCONCEPTION_IDS]);
      for (const id of GLOSSARY_MISCONCEPTION_IDS) expect(g.misconceptions[id]).toStrictEqual(concepts[id].text[locale].misconception);
    }
  });

  it('fills a diagnosis in the browser exactly as the catalogue does on the server', () => {
    const params = { container: 'app', pod: 'crash-loop', namespace: 'explain-demo', service: 'web', node: 'worker', reason: 'Error', exitCode: 1 };
    for (const locale of LOCALES) {
      const g = buildGlossary(locale);
      expect(Object.keys(g.diagnoses).sort()).toStrictEqual([...DIAGNOSIS_IDS].sort());
      for (const id of DIAGNOSIS_IDS) expect(fillDiagnosis(g.diagnoses[id], params), `${id} ${locale}`).toStrictEqual(diagnosisText(id, locale, params));
    }
  });

  it('stays small: a few tens of KB in one language, against the catalogue it replaces', () => {
    const whole = JSON.stringify(concepts).length;
    for (const locale of LOCALES) {
      const size = JSON.stringify(buildGlossary(locale)).length;
      expect(size).toBeLessThan(whole / 4);
    }
  });
});
