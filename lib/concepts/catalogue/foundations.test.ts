import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS, LOCALES } from '../ids';
import type { ConceptEntry } from '../types';
import { FOUNDATION_IDS, foundationConcepts, type FoundationId } from './foundations';

const entries = Object.entries(foundationConcepts) as [FoundationId, ConceptEntry][];
const HAN = /\p{Script=Han}/u;
const OFFICIAL_DOC_HOSTS = new Set(['kubernetes.io', 'docs.docker.com']);

/**
 * The Chinese words the source sheet uses (concepts-source.md), for the terms
 * that belong to foundation concepts, and the concept a user searching for
 * each should land on.
 */
const CHINESE_SEARCH_TERMS: Record<string, FoundationId> = {
  镜像: 'image',
  容器: 'container',
  数据卷: 'docker-volume',
  挂载: 'bind-mount',
  网桥: 'docker-network-bridge',
  网络命名空间: 'linux-namespaces',
  联合文件系统: 'union-fs',
  资源隔离: 'linux-namespaces',
  资源限制: 'cgroups',
  编排: 'kubernetes',
  调度: 'kube-scheduler',
  节点: 'node',
  命名空间: 'namespace',
  标签: 'label',
  服务发现: 'service-discovery',
  负载均衡: 'service',
  控制平面: 'control-plane',
  主节点: 'control-plane',
  Master: 'control-plane',
  工作节点: 'node',
  持久化: 'persistent-volume',
  持久卷: 'persistent-volume',
  持久卷申领: 'pvc',
};

/** Concepts where k8s-facts.md §1 records a wrong belief from the sheet that we must correct. */
const MUST_CORRECT_A_MISCONCEPTION: FoundationId[] = [
  'docker',
  'container-runtime',
  'pod',
  'control-plane',
  'kube-proxy',
  'endpointslice',
  'emptydir',
  'persistent-volume',
  'service-discovery',
  'kubectl',
];

const nonBlank = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;

describe('foundation concept catalogue', () => {
  it('has exactly one entry for each foundation id, and every foundation id is a catalogue ConceptId', () => {
    expect(Object.keys(foundationConcepts).sort()).toEqual([...FOUNDATION_IDS].sort());
    for (const id of FOUNDATION_IDS) expect(CONCEPT_IDS).toContain(id);
    expect(new Set(FOUNDATION_IDS).size).toBe(FOUNDATION_IDS.length);
  });

  it('stores every entry under its own id', () => {
    for (const [key, entry] of entries) expect(entry.id, key).toBe(key);
  });

  it('fills every title, summary, body and misconception in both languages', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        const t = entry.text[locale];
        const where = `${id}.${locale}`;
        expect(nonBlank(t.title), `${where}.title`).toBe(true);
        expect(nonBlank(t.summary), `${where}.summary`).toBe(true);
        expect(nonBlank(t.body), `${where}.body`).toBe(true);
        if (t.misconception) {
          expect(nonBlank(t.misconception.belief), `${where}.misconception.belief`).toBe(true);
          expect(nonBlank(t.misconception.correction), `${where}.misconception.correction`).toBe(true);
        }
      }
      // A misconception is taught in both languages or in neither.
      expect(Boolean(entry.text.en.misconception), id).toBe(Boolean(entry.text.zh.misconception));
    }
  });

  it('keeps summaries to one line and bodies to two to four paragraphs', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        const t = entry.text[locale];
        expect(t.summary, `${id}.${locale}.summary`).not.toContain('\n');
        const paragraphs = t.body.split(/\n\s*\n/);
        expect(paragraphs.length, `${id}.${locale}.body`).toBeGreaterThanOrEqual(2);
        expect(paragraphs.length, `${id}.${locale}.body`).toBeLessThanOrEqual(4);
        for (const para of paragraphs) expect(nonBlank(para), `${id}.${locale}.body paragraph`).toBe(true);
      }
    }
  });

  it('writes the Chinese text in Chinese and keeps Chinese characters out of the English text', () => {
    for (const [id, entry] of entries) {
      const zh = entry.text.zh;
      const en = entry.text.en;
      for (const s of [zh.title, zh.summary, zh.body, zh.misconception?.belief, zh.misconception?.correction]) {
        if (s !== undefined) expect(s, `${id}.zh`).toMatch(HAN);
      }
      for (const s of [en.title, en.summary, en.body, en.misconception?.belief, en.misconception?.correction]) {
        if (s !== undefined) expect(s, `${id}.en`).not.toMatch(HAN);
      }
    }
  });

  it('gives every entry non-blank, non-repeated search keywords', () => {
    for (const [id, entry] of entries) {
      expect(entry.keywords.length, id).toBeGreaterThan(0);
      for (const k of entry.keywords) expect(nonBlank(k), `${id} keyword "${k}"`).toBe(true);
      expect(new Set(entry.keywords).size, `${id} has duplicate keywords`).toBe(entry.keywords.length);
    }
  });

  it('links one to three official https pages on kubernetes.io or docs.docker.com', () => {
    for (const [id, entry] of entries) {
      expect(entry.docs.length, id).toBeGreaterThanOrEqual(1);
      expect(entry.docs.length, id).toBeLessThanOrEqual(3);
      for (const doc of entry.docs) {
        const url = new URL(doc.url);
        expect(url.protocol, doc.url).toBe('https:');
        expect(OFFICIAL_DOC_HOSTS.has(url.hostname), doc.url).toBe(true);
        expect(nonBlank(doc.label), `${id} label for ${doc.url}`).toBe(true);
      }
    }
  });

  it('gives every command a kubectl or docker line, and any note in both languages', () => {
    for (const [id, entry] of entries) {
      expect(entry.commands.length, id).toBeGreaterThan(0);
      for (const cmd of entry.commands) {
        expect(nonBlank(cmd.kubectl) || nonBlank(cmd.docker), `${id} command ${JSON.stringify(cmd)}`).toBe(true);
        if (cmd.kubectl !== undefined) expect(cmd.kubectl, id).toMatch(/^kubectl /);
        if (cmd.docker !== undefined) expect(cmd.docker, id).toMatch(/^docker /);
        if (cmd.note) {
          for (const locale of LOCALES) expect(nonBlank(cmd.note[locale]), `${id} note.${locale}`).toBe(true);
          expect(cmd.note.zh, `${id} note.zh`).toMatch(HAN);
          expect(cmd.note.en, `${id} note.en`).not.toMatch(HAN);
        }
      }
    }
  });

  it('relates each concept only to other, existing concept ids', () => {
    const known = new Set<string>(CONCEPT_IDS);
    for (const [id, entry] of entries) {
      for (const rel of entry.related) {
        expect(known.has(rel), `${id} → ${rel}`).toBe(true);
        expect(rel, `${id} relates to itself`).not.toBe(id);
      }
      expect(new Set(entry.related).size, `${id} repeats a related id`).toBe(entry.related.length);
    }
  });

  it.each(Object.entries(CHINESE_SEARCH_TERMS))('finds the sheet term %s on the %s concept', (term, id) => {
    const entry = foundationConcepts[id as FoundationId];
    const found = entry.keywords.includes(term) || entry.text.zh.title.includes(term);
    expect(found, `"${term}" missing from ${id} keywords and zh title`).toBe(true);
  });

  it.each(MUST_CORRECT_A_MISCONCEPTION)('corrects the common misconception about %s in both languages', (id) => {
    const entry = foundationConcepts[id];
    expect(entry.text.en.misconception, `${id}.en`).toBeDefined();
    expect(entry.text.zh.misconception, `${id}.zh`).toBeDefined();
  });
});
