import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS, DIAGNOSIS_IDS, LOCALES, type DiagnosisId } from '../ids';
import type { DiagnosisEntry, DiagnosisText } from '../types';
import { diagnosisEntries } from './diagnoses';

const entries = Object.entries(diagnosisEntries) as [DiagnosisId, DiagnosisEntry][];
const FIELDS: (keyof DiagnosisText)[] = ['title', 'summary', 'nextStep'];

/** The params lib/explain fills in; a placeholder outside this list would stay visible to users. */
const PARAM_NAMES = new Set([
  'pod',
  'container',
  'exitCode',
  'reason',
  'message',
  'image',
  'restartCount',
  'backoffSeconds',
  'nodes',
  'reasons',
  'limit',
  'probe',
  'kind',
  'name',
  'key',
  'secondsOver',
  'finalizers',
  'node',
  'conditions',
  'service',
  'namespace',
  'selector',
  'matched',
]);

/** Same pattern diagnosisText() in lib/concepts/index.ts fills. */
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('diagnosis catalogue', () => {
  it('has exactly one entry per diagnosis id, each keyed by its own id', () => {
    expect(Object.keys(diagnosisEntries).sort()).toEqual([...DIAGNOSIS_IDS].sort());
    for (const [key, entry] of entries) expect(entry.id, key).toBe(key);
  });

  it('fills title, summary and next step in both languages', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        for (const field of FIELDS) expect(entry.text[locale][field].trim(), `${id}.${locale}.${field}`).not.toBe('');
      }
    }
  });

  it('points each diagnosis at existing concepts', () => {
    const known = new Set<string>(CONCEPT_IDS);
    for (const [id, entry] of entries) {
      expect(entry.conceptIds.length, id).toBeGreaterThan(0);
      for (const c of entry.conceptIds) expect(known.has(c), `${id} -> ${c}`).toBe(true);
    }
  });

  it('uses the same placeholders in English and Chinese for every field', () => {
    for (const [id, entry] of entries) {
      for (const field of FIELDS) {
        expect(placeholders(entry.text.zh[field]), `${id}.${field}`).toEqual(placeholders(entry.text.en[field]));
      }
    }
  });

  it('uses only placeholders the explain engine fills', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        for (const field of FIELDS) {
          for (const p of placeholders(entry.text[locale][field])) expect(PARAM_NAMES.has(p), `${id}.${locale}.${field}: {${p}}`).toBe(true);
        }
      }
    }
  });

  it('names a concrete kubectl command in every next step', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) expect(entry.text[locale].nextStep, `${id}.${locale}`).toMatch(/kubectl [a-z]+/);
    }
  });

  it('keeps titles and summaries on one line', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        expect(entry.text[locale].title, id).not.toContain('\n');
        expect(entry.text[locale].summary, id).not.toContain('\n');
      }
    }
  });

  it('writes the Chinese text in Chinese', () => {
    for (const [id, entry] of entries) {
      for (const field of FIELDS) expect(/\p{Script=Han}/u.test(entry.text.zh[field]), `${id}.${field}`).toBe(true);
    }
  });

  it('points a crash loop at the previous container instance\'s logs', () => {
    for (const locale of LOCALES) {
      expect(diagnosisEntries['crash-loop-backoff'].text[locale].nextStep).toContain('kubectl logs {pod} -n {namespace} -c {container} --previous');
    }
  });

  it('says a failing readiness probe does not restart the container', () => {
    expect(diagnosisEntries['readiness-failing'].text.en.summary).toMatch(/will not be restarted/);
    expect(diagnosisEntries['readiness-failing'].text.zh.summary).toContain('不会因此被重启');
  });

  it('reports the unschedulable node count and the decoded scheduler reasons', () => {
    for (const locale of LOCALES) {
      expect(placeholders(diagnosisEntries.unschedulable.text[locale].summary)).toEqual(['nodes', 'reasons']);
    }
  });
});
