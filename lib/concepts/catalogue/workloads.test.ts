import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS, LOCALES, type ConceptId } from '../ids';
import type { ConceptEntry } from '../types';
import { WORKLOAD_CONCEPT_IDS, workloadConcepts, type WorkloadConceptId } from './workloads';

const entries = Object.entries(workloadConcepts) as [WorkloadConceptId, ConceptEntry][];
const HAN = /\p{Script=Han}/u;
const DOC_HOSTS = new Set(['kubernetes.io', 'docs.docker.com']);
const nonBlank = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;

/**
 * Words people type when they look for these ideas, in both languages, and
 * the entries each must find (through keywords or the Chinese title).
 */
const SEARCH_TERMS: Record<string, WorkloadConceptId[]> = {
  滚动更新: ['rolling-update'],
  回滚: ['revision-history'],
  扩缩容: ['horizontal-pod-autoscaler'],
  自愈: ['self-healing'],
  自我修复: ['self-healing'],
  有状态: ['statefulset', 'ordinal-identity'],
  守护进程集: ['daemonset', 'daemonset-scheduling'],
  定时任务: ['cronjob'],
  时区: ['cronjob-schedule'],
  副本控制器: ['replication-controller'],
  最大不可用: ['max-surge-max-unavailable'],
  'kubectl rolling-update': ['replication-controller'],
  ProgressDeadlineExceeded: ['deployment-conditions'],
  BackoffLimitExceeded: ['job-failure-handling'],
  HPA: ['horizontal-pod-autoscaler'],
};

/** Every workload concept corrects a belief learners commonly hold (k8s-facts-workloads-storage.md, "Common misconceptions"). */
const MUST_CORRECT: WorkloadConceptId[] = [...WORKLOAD_CONCEPT_IDS];

/** Facts from k8s-facts-workloads-storage.md that the texts must state, in English and Chinese. */
const FACTS: [WorkloadConceptId, string[], string[]][] = [
  ['max-surge-max-unavailable', ['With 4 replicas the defaults give 1 and 1', 'at most 5 Pods', 'With 3 replicas they give 1 and 0', '25 % of 3 is 0.75'], ['4 个副本时默认值得到 1 和 1', '最多同时存在 5 个 Pod', '3 个副本时得到 1 和 0', '3 的 25% 是 0.75']],
  ['deployment-conditions', ['progressDeadlineSeconds (600 by default)', 'ProgressDeadlineExceeded', 'minReadySeconds (0 by default)'], ['progressDeadlineSeconds（默认 600）', 'ProgressDeadlineExceeded', 'minReadySeconds（默认 0）']],
  ['revision-history', ['revisionHistoryLimit (10 by default)', 'deployment.kubernetes.io/revision-history'], ['revisionHistoryLimit（默认 10）', 'deployment.kubernetes.io/revision-history']],
  ['job-failure-handling', ['backoffLimit (6 by default)', 'BackoffLimitExceeded', 'DeadlineExceeded'], ['backoffLimit（默认 6）', 'BackoffLimitExceeded', 'DeadlineExceeded']],
  ['replication-controller', ['deprecated in 1.11 and removed in 1.18'], ['在 1.11 中被弃用，在 1.18 中被移除']],
  ['pod-management-policy', ['MaxUnavailableStatefulSet) is beta and off by default in Kubernetes 1.36'], ['在 Kubernetes 1.36 中是 Beta 且默认关闭']],
];

describe('workload concept catalogue', () => {
  it('has exactly one entry per workload id, each keyed by its own id, all of them catalogue ConceptIds', () => {
    expect(Object.keys(workloadConcepts).sort()).toStrictEqual([...WORKLOAD_CONCEPT_IDS].sort());
    for (const [key, entry] of entries) expect(entry.id, key).toBe(key);
    for (const id of WORKLOAD_CONCEPT_IDS) expect(CONCEPT_IDS, id).toContain(id);
  });

  it('does not repeat a concept another part of the catalogue already explains', () => {
    const counts = new Map<ConceptId, number>();
    for (const id of CONCEPT_IDS) counts.set(id, (counts.get(id) ?? 0) + 1);
    for (const id of WORKLOAD_CONCEPT_IDS) expect(counts.get(id), id).toBe(1);
  });

  it('fills every title, summary, body and misconception in both languages, one-line summaries and two to four paragraphs', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        const t = entry.text[locale];
        const where = `${id}.${locale}`;
        for (const s of [t.title, t.summary, t.body]) expect(nonBlank(s), where).toBe(true);
        expect(t.summary, `${where}.summary`).not.toContain('\n');
        const paragraphs = t.body.split(/\n\s*\n/);
        expect(paragraphs.length, `${where}.body`).toBeGreaterThanOrEqual(2);
        expect(paragraphs.length, `${where}.body`).toBeLessThanOrEqual(4);
        for (const para of paragraphs) expect(nonBlank(para), `${where}.body paragraph`).toBe(true);
        if (t.misconception) {
          expect(nonBlank(t.misconception.belief), `${where}.belief`).toBe(true);
          expect(nonBlank(t.misconception.correction), `${where}.correction`).toBe(true);
        }
      }
      expect(Boolean(entry.text.en.misconception), `${id}: misconception in one language only`).toBe(Boolean(entry.text.zh.misconception));
    }
  });

  it('writes the Chinese text in Chinese and keeps Chinese characters out of the English text', () => {
    for (const [id, entry] of entries) {
      const { en, zh } = entry.text;
      for (const s of [zh.title, zh.summary, zh.body, zh.misconception?.belief, zh.misconception?.correction]) if (s !== undefined) expect(s, `${id}.zh`).toMatch(HAN);
      for (const s of [en.title, en.summary, en.body, en.misconception?.belief, en.misconception?.correction]) if (s !== undefined) expect(s, `${id}.en`).not.toMatch(HAN);
    }
  });

  it('names the same fields in both languages of a body', () => {
    const fields = (s: string) => [...s.matchAll(/\b(?:spec|status|metadata)\.[A-Za-z.]+|\b[a-z]+[A-Z][A-Za-z]*\b/g)].map((m) => m[0].replace(/\.$/, '')).sort();
    for (const [id, entry] of entries) {
      expect(new Set(fields(entry.text.zh.body)), `${id}: field names`).toStrictEqual(new Set(fields(entry.text.en.body)));
    }
  });

  it('gives every entry non-blank, non-repeated search keywords in both languages', () => {
    for (const [id, entry] of entries) {
      expect(entry.keywords.length, id).toBeGreaterThan(0);
      for (const k of entry.keywords) expect(nonBlank(k), `${id} keyword "${k}"`).toBe(true);
      expect(new Set(entry.keywords).size, `${id} has duplicate keywords`).toBe(entry.keywords.length);
      expect(entry.keywords.some((k) => HAN.test(k)), `${id} has no Chinese keyword`).toBe(true);
      expect(entry.keywords.some((k) => !HAN.test(k)), `${id} has no English keyword`).toBe(true);
    }
  });

  it('links one to three official https pages on kubernetes.io', () => {
    for (const [id, entry] of entries) {
      expect(entry.docs.length, id).toBeGreaterThanOrEqual(1);
      expect(entry.docs.length, id).toBeLessThanOrEqual(3);
      for (const doc of entry.docs) {
        const url = new URL(doc.url);
        expect(url.protocol, doc.url).toBe('https:');
        expect(DOC_HOSTS.has(url.hostname), doc.url).toBe(true);
        expect(url.pathname, doc.url).toMatch(/^\/docs\/.+\/$/);
        expect(nonBlank(doc.label), `${id} label for ${doc.url}`).toBe(true);
      }
    }
  });

  it('gives every command a kubectl line, and any note in both languages', () => {
    for (const [id, entry] of entries) {
      expect(entry.commands.length, id).toBeGreaterThan(0);
      for (const cmd of entry.commands) {
        expect(cmd.kubectl, id).toMatch(/^kubectl /);
        if (cmd.docker !== undefined) expect(cmd.docker, id).toMatch(/^docker /);
        if (cmd.note) {
          expect(cmd.note.zh, `${id} note.zh`).toMatch(HAN);
          expect(cmd.note.en, `${id} note.en`).not.toMatch(HAN);
        }
      }
    }
  });

  it('relates each concept only to other, existing concept ids, without repeats', () => {
    const known = new Set<string>(CONCEPT_IDS);
    for (const [id, entry] of entries) {
      for (const rel of entry.related) {
        expect(known.has(rel), `${id} → ${rel}`).toBe(true);
        expect(rel, `${id} relates to itself`).not.toBe(id);
      }
      expect(new Set(entry.related).size, `${id} repeats a related id`).toBe(entry.related.length);
    }
  });

  it.each(Object.entries(SEARCH_TERMS))('finds the search term %s on %j', (term, ids) => {
    for (const id of ids) {
      const entry = workloadConcepts[id];
      const found = entry.keywords.some((k) => k.includes(term)) || entry.text.zh.title.includes(term) || entry.text.en.title.includes(term);
      expect(found, `"${term}" missing from ${id}`).toBe(true);
    }
  });

  it.each(MUST_CORRECT)('corrects a common misconception about %s in both languages', (id) => {
    expect(workloadConcepts[id].text.en.misconception, `${id}.en`).toBeDefined();
    expect(workloadConcepts[id].text.zh.misconception, `${id}.zh`).toBeDefined();
  });

  it.each(FACTS)('states the sourced facts of %s in both languages', (id, en, zh) => {
    const text = (l: 'en' | 'zh') => {
      const t = workloadConcepts[id].text[l];
      return [t.body, t.misconception?.belief, t.misconception?.correction].join('\n');
    };
    for (const fact of en) expect(text('en'), `${id}.en`).toContain(fact);
    for (const fact of zh) expect(text('zh'), `${id}.zh`).toContain(fact);
  });

  it('corrects the source sheet where it credits the ReplicationController with rolling updates', () => {
    const m = workloadConcepts['replication-controller'].text;
    expect(m.en.misconception?.belief).toMatch(/Replication Controller .* rolling updates/);
    expect(m.en.misconception?.correction).toMatch(/rolling updates are done by the deployment controller/);
    expect(m.zh.misconception?.belief).toMatch(/Replication Controller.*滚动更新/);
    expect(m.zh.misconception?.correction).toMatch(/滚动更新由 deployment 控制器完成/);
  });
});
