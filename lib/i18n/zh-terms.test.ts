import { describe, expect, it } from 'vitest';
import { concepts, diagnoses, type ConceptId } from '../concepts';
import { conceptIndex, searchConcepts } from '../views/concept-search';
import { en, zh, type MessageKey } from './messages';

/*
 * The Chinese text follows the terms of kubernetes.io/zh-cn, the same way in
 * the catalogue and in the UI strings: 属主 (owner), 选择算符 (selector),
 * 终结器 (finalizer), 状况 (condition), 干扰 (disruption, Pod 干扰预算),
 * 回调 (container lifecycle hook), 体面 (graceful), Pending（悬决）. Search
 * keywords may keep common variants so users still find the concept; the
 * sentences may not.
 */

interface Unit {
  where: string;
  en: string;
  zh: string;
}

/** Every en/zh pair a user reads: concept text and command notes, diagnoses, UI strings. Keywords are not sentences. */
function units(): Unit[] {
  const out: Unit[] = [];
  for (const c of Object.values(concepts)) {
    const [e, z] = [c.text.en, c.text.zh];
    out.push({ where: `${c.id}.title`, en: e.title, zh: z.title }, { where: `${c.id}.summary`, en: e.summary, zh: z.summary });
    const [eBody, zBody] = [e.body.split(/\n\s*\n/), z.body.split(/\n\s*\n/)];
    eBody.forEach((para, i) => out.push({ where: `${c.id}.body[${i}]`, en: para, zh: zBody[i] ?? '' }));
    if (e.misconception && z.misconception) {
      out.push({ where: `${c.id}.misconception`, en: `${e.misconception.belief} ${e.misconception.correction}`, zh: `${z.misconception.belief} ${z.misconception.correction}` });
    }
    c.commands.forEach((cmd, i) => cmd.note && out.push({ where: `${c.id}.commands[${i}].note`, en: cmd.note.en, zh: cmd.note.zh }));
  }
  for (const d of Object.values(diagnoses)) {
    for (const field of ['title', 'summary', 'nextStep'] as const) out.push({ where: `diagnosis ${d.id}.${field}`, en: d.text.en[field], zh: d.text.zh[field] });
  }
  for (const key of Object.keys(en) as MessageKey[]) out.push({ where: `ui ${key}`, en: en[key], zh: zh[key] });
  return out;
}

/** Where a Chinese sentence uses a variant the zh-cn docs do not. */
const WRONG_VARIANTS: [RegExp, string][] = [
  [/所有者|拥有者/, '属主'],
  [/选择器/, '选择算符 (or the field name nodeSelector)'],
  [/终止器|终结者|终结程序/, '终结器'],
  [/钩子/, '回调'],
  [/优雅/, '体面'],
  [/中断目标|中断预算|因中断/, '干扰'],
  [/Pending（(?!悬决)/, 'Pending（悬决）'],
];

/**
 * The plain English words of a sentence: quoted event messages, placeholders
 * and identifiers (status.conditions, --field-selector, spec.selector) are
 * names, not words a translation renders.
 */
function prose(text: string): string {
  return text
    .replace(/"[^"]*"|“[^”]*”/g, ' ')
    .split(/\s+/)
    .map((token) => token.replace(/^[(（]+|[.,;:!?)）]+$/g, ''))
    .filter((token) => !/[.{}=/:_-]/.test(token))
    .join(' ');
}

/** An English word in a unit → the zh-cn term its Chinese counterpart must use. */
const REQUIRED_TERMS: [RegExp, RegExp, string][] = [
  [/\bowners?\b/i, /属主/, '属主'],
  [/\bselectors?\b/i, /选择算符/, '选择算符'],
  [/\bfinalizers?\b/i, /终结器/, '终结器'],
  [/\bconditions?\b/i, /状况/, '状况'],
  [/\bdisruptions?\b/i, /干扰/, '干扰'],
  [/\bhooks?\b/i, /回调/, '回调'],
  [/\bgraceful(ly)?\b/i, /体面/, '体面'],
];

describe('Chinese terms (kubernetes.io/zh-cn)', () => {
  it('uses no variant the zh-cn docs replace, in the catalogue or the UI strings', () => {
    const found = units().flatMap((u) => WRONG_VARIANTS.filter(([wrong]) => wrong.test(u.zh)).map(([wrong, right]) => `${u.where}: ${wrong.source} → ${right}`));
    expect(found).toStrictEqual([]);
  });

  it('uses the zh-cn term wherever the English says owner, selector, finalizer, condition, disruption, hook or graceful', () => {
    const missing = units().flatMap((u) => REQUIRED_TERMS.filter(([word, term]) => word.test(prose(u.en)) && !term.test(u.zh)).map(([word, , name]) => `${u.where}: "${word.source}" without ${name}`));
    expect(missing).toStrictEqual([]);
  });

  it('never calls a condition 条件 where the English says condition', () => {
    expect(units().filter((u) => /\bconditions?\b/i.test(prose(u.en)) && /条件/.test(u.zh)).map((u) => u.where)).toStrictEqual([]);
  });

  it('names each probe in Chinese in its diagnosis title, not with an English word', () => {
    expect(diagnoses['liveness-failing'].text.zh.title).toBe('容器 {container} 的存活探针检查失败');
    expect(diagnoses['startup-failing'].text.zh.title).toBe('容器 {container} 的启动探针检查失败');
    expect(units().filter((u) => u.where.startsWith('diagnosis') && /\{probe\}/.test(u.zh)).map((u) => u.where)).toStrictEqual([]);
  });

  it.each<[string, ConceptId[]]>([
    ['悬决', ['phase-pending']],
    ['体面终止', ['pod-deletion-flow']],
    ['回调', ['pod-deletion-flow', 'reason-post-start-hook-error']],
  ])('finds %s among the first three results of the concept search', (query, expected) => {
    const found = searchConcepts(conceptIndex(concepts), query).slice(0, 3);
    for (const id of expected) expect(found, query).toContain(id);
  });
});
