import type { ConceptEntry, ConceptId, Locale } from '../concepts';
import { conceptGroup, type ConceptGroupId } from './concept-groups';

/** What the search looks at for one concept: both languages at once, no bodies. */
export interface ConceptIndexEntry {
  id: ConceptId;
  group: ConceptGroupId;
  title: Record<Locale, string>;
  summary: Record<Locale, string>;
  keywords: string[];
}

/**
 * The searchable part of the catalogue (small enough to ship to the browser).
 * @example conceptIndex(concepts)[0] → { id: 'docker', group: 'docker', title: { en: 'Docker', zh: 'Docker（容器平台）' }, … }
 */
export function conceptIndex(catalogue: Record<ConceptId, ConceptEntry>): ConceptIndexEntry[] {
  return Object.values(catalogue).map((c) => ({
    id: c.id,
    group: conceptGroup(c.id),
    title: { en: c.text.en.title, zh: c.text.zh.title },
    summary: { en: c.text.en.summary, zh: c.text.zh.summary },
    keywords: c.keywords,
  }));
}

/** Case, width and punctuation variants fold together: "Image-Pull" ~ "image pull" ~ "ｉｍａｇｅ". */
function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[-_/.:·（）()]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function terms(query: string): string[] {
  return [...new Set(fold(query).split(' ').filter(Boolean))];
}

// A title hit says most about what the user looks for; a summary hit least.
const W = { titleExact: 120, titlePrefix: 70, titleWord: 50, title: 40, id: 30, keywordExact: 55, keyword: 30, keywordMore: 4, summary: 8 } as const;

function scoreText(text: string, term: string, exact: number, prefix: number, word: number, anywhere: number): number {
  if (text === term) return exact;
  if (text.startsWith(term)) return prefix;
  if (` ${text} `.includes(` ${term} `)) return word;
  return text.includes(term) ? anywhere : 0;
}

function scoreTerm(e: ConceptIndexEntry, term: string): number {
  const title = Math.max(...(['en', 'zh'] as const).map((l) => scoreText(fold(e.title[l]), term, W.titleExact, W.titlePrefix, W.titleWord, W.title)));
  const id = fold(e.id).includes(term) ? W.id : 0;
  const kws = [...new Set(e.keywords.map(fold))];
  const kwScores = kws.map((k) => (k === term ? W.keywordExact : k.includes(term) ? W.keyword : 0)).filter((s) => s > 0);
  const keyword = kwScores.length === 0 ? 0 : Math.max(...kwScores) + W.keywordMore * (kwScores.length - 1);
  const summary = (['en', 'zh'] as const).some((l) => fold(e.summary[l]).includes(term)) ? W.summary : 0;
  return Math.max(title, id) + keyword + summary;
}

/**
 * Ranks concepts for a query in either language (or both mixed). Every word
 * of the query must match the title, id, keywords or summary in en or zh;
 * title and keyword hits rank above summary hits, ties keep catalogue order.
 * An empty query returns the catalogue as it is.
 * @example searchConcepts(index, '探针').slice(0, 3) → ['liveness-probe', 'readiness-probe', 'startup-probe']
 * @example searchConcepts(index, 'master')[0] → 'control-plane'
 */
export function searchConcepts(index: ConceptIndexEntry[], query: string): ConceptId[] {
  const ts = terms(query);
  if (ts.length === 0) return index.map((e) => e.id);
  const scored: { id: ConceptId; score: number; order: number }[] = [];
  index.forEach((e, order) => {
    let score = 0;
    for (const term of ts) {
      const s = scoreTerm(e, term);
      if (s === 0) return;
      score += s;
    }
    scored.push({ id: e.id, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.id);
}
