import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { concepts, diagnoses, LOCALES, CONCEPT_IDS, DIAGNOSIS_IDS } from '../concepts';
import { en, zh } from './messages';

const blank = (s: unknown) => typeof s !== 'string' || s.trim() === '';
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();

/** Every `xxxEn`/`xxxZh` pair exported by a file in parts/, found on disk so a new part is checked without editing this test. */
async function loadParts(): Promise<{ file: string; name: string; en: Record<string, string>; zh: Record<string, string> }[]> {
  const dir = path.join(__dirname, 'parts');
  const out: { file: string; name: string; en: Record<string, string>; zh: Record<string, string> }[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const mod = (await import(`./parts/${file}`)) as Record<string, Record<string, string>>;
    for (const name of Object.keys(mod).filter((k) => k.endsWith('En'))) {
      const base = name.slice(0, -2);
      out.push({ file, name: base, en: mod[name] ?? {}, zh: mod[`${base}Zh`] ?? {} });
    }
  }
  return out;
}

describe('i18n completeness', () => {
  it('has a non-empty string for every UI key in both languages', () => {
    const keys = [...new Set([...Object.keys(en), ...Object.keys(zh)])];
    const missing = keys.flatMap((k) => [
      ...(blank((en as Record<string, string>)[k]) ? [`en:${k}`] : []),
      ...(blank((zh as Record<string, string>)[k]) ? [`zh:${k}`] : []),
    ]);
    expect(missing).toStrictEqual([]);
  });

  it('gives every message part the same keys in en and zh, and wires each part into the tables', async () => {
    const parts = await loadParts();
    expect(parts.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const p of parts) {
      const enKeys = Object.keys(p.en);
      const zhKeys = Object.keys(p.zh);
      for (const k of enKeys) if (blank(p.zh[k])) problems.push(`${p.file} ${p.name}Zh missing or empty: ${k}`);
      for (const k of zhKeys) if (blank(p.en[k])) problems.push(`${p.file} ${p.name}En missing or empty: ${k}`);
      for (const k of enKeys) if (!(k in en)) problems.push(`${p.file} key not in messages.ts en: ${k}`);
    }
    expect(problems).toStrictEqual([]);
  });

  it('uses the same placeholders in both languages for every UI key', () => {
    const mismatched = Object.keys(en).filter((k) => placeholders((en as Record<string, string>)[k] ?? '') !== placeholders((zh as Record<string, string>)[k] ?? ''));
    expect(mismatched).toStrictEqual([]);
  });

  it('has every concept in both languages with title, summary, body, and a whole misconception', () => {
    const problems: string[] = [];
    for (const id of CONCEPT_IDS) {
      const entry = concepts[id];
      if (!entry) {
        problems.push(`${id}: no entry`);
        continue;
      }
      for (const l of LOCALES) {
        const text = entry.text[l];
        if (!text) {
          problems.push(`${id}: no ${l} text`);
          continue;
        }
        for (const f of ['title', 'summary', 'body'] as const) if (blank(text[f])) problems.push(`${id}.${l}.${f}`);
      }
      const m = LOCALES.map((l) => entry.text[l]?.misconception);
      if (m.some(Boolean) && !m.every((x) => x && !blank(x.belief) && !blank(x.correction))) problems.push(`${id}: misconception not in both languages`);
      entry.commands.forEach((c, i) => {
        if (c.note && LOCALES.some((l) => blank(c.note?.[l]))) problems.push(`${id}.commands[${i}].note`);
      });
    }
    expect(problems).toStrictEqual([]);
  });

  it('has every diagnosis in both languages with the same placeholders', () => {
    const problems: string[] = [];
    for (const id of DIAGNOSIS_IDS) {
      const entry = diagnoses[id];
      if (!entry) {
        problems.push(`${id}: no entry`);
        continue;
      }
      for (const l of LOCALES) {
        const text = entry.text[l];
        if (!text) {
          problems.push(`${id}: no ${l} text`);
          continue;
        }
        for (const f of ['title', 'summary', 'nextStep'] as const) if (blank(text[f])) problems.push(`${id}.${l}.${f}`);
      }
      for (const f of ['title', 'summary', 'nextStep'] as const) {
        if (entry.text.en && entry.text.zh && placeholders(entry.text.en[f]) !== placeholders(entry.text.zh[f])) problems.push(`${id}.${f}: placeholders differ`);
      }
    }
    expect(problems).toStrictEqual([]);
  });
});
