import { describe, expect, it } from 'vitest';
import { concepts } from '..';
import { CONCEPT_GROUPS, CONCEPT_IDS, LOCALES, type ConceptId } from '../ids';
import type { ConceptEntry } from '../types';
import { STORAGE_CONCEPT_IDS, storageConfigConcepts, type StorageConceptId } from './storage';

const entries = Object.entries(storageConfigConcepts) as [StorageConceptId, ConceptEntry][];
const HAN = /\p{Script=Han}/u;
const nonBlank = (s: string | undefined) => typeof s === 'string' && s.trim().length > 0;

/** The ids of section 16, old and new: the sheet's corrections are checked across all of them. */
const SECTION_16: ConceptId[] = ['emptydir', 'hostpath', 'persistent-volume', 'pvc', 'storage-class', 'configmap-secret-volumes', ...STORAGE_CONCEPT_IDS];

/** Every sentence of one concept in one language: text, misconception and command notes. */
function sentences(id: ConceptId, locale: 'en' | 'zh'): string {
  const entry = concepts[id];
  const t = entry.text[locale];
  return [t.title, t.summary, t.body, t.misconception?.belief ?? '', t.misconception?.correction ?? '', ...entry.commands.map((c) => c.note?.[locale] ?? '')].join('\n');
}

/**
 * Words people type when they look for these ideas, in both languages (the
 * Chinese ones as kubernetes.io/zh-cn writes them), and the entries each must
 * find through keywords or a title.
 */
const SEARCH_TERMS: Record<string, ConceptId[]> = {
  动态制备: ['dynamic-provisioning', 'storage-class'],
  制备器: ['dynamic-provisioning'],
  容器存储接口: ['csi'],
  访问模式: ['access-modes'],
  回收策略: ['reclaim-policy'],
  卷绑定模式: ['volume-binding-mode'],
  悬决: ['volume-binding-mode'],
  投射卷: ['projected-volume'],
  静态加密: ['secret'],
  环境变量: ['configmap', 'env-vs-mounted-config'],
  热更新: ['env-vs-mounted-config'],
  持久卷: ['persistent-volume'],
  持久卷申领: ['pvc'],
  存储类: ['storage-class'],
  RWO: ['access-modes'],
  RWOP: ['access-modes'],
  WaitForFirstConsumer: ['volume-binding-mode', 'storage-class'],
  Recycle: ['reclaim-policy'],
  base64: ['secret'],
  subPath: ['env-vs-mounted-config'],
  CSI: ['csi', 'persistent-volume'],
};

/** Facts from k8s-facts-workloads-storage.md §6-7 that the texts must state, in English and Chinese. */
const FACTS: [ConceptId, string[], string[]][] = [
  ['access-modes', ['RWO is about nodes, not Pods', 'GA since 1.29 and only for CSI volumes', 'access modes do not enforce write protection'], ['RWO 针对的是节点而不是 Pod', '自 1.29 起 GA，且只适用于 CSI 卷', '访问模式并不会强制写保护']],
  ['reclaim-policy', ['PVs created by hand default to Retain', 'Recycle (a basic rm -rf of the volume, then Available again) is deprecated and supported only by nfs and hostPath'], ['手工创建的 PV 默认是 Retain', '已被弃用，且只有 nfs 和 hostPath 支持']],
  ['volume-binding-mode', ['Immediate, the default', '"waiting for first consumer to be created before binding"', 'A Pod that sets spec.nodeName bypasses the scheduler'], ['默认的 Immediate', '“waiting for first consumer to be created before binding”', '设置了 spec.nodeName 的 Pod 会绕过调度器']],
  ['dynamic-provisioning', ['Delete unless the class says otherwise', 'removed in Kubernetes 1.26'], ['除非存储类另有规定，否则为 Delete', '在 Kubernetes 1.26 中移除']],
  ['csi', ['GA in Kubernetes 1.13', 'glusterfs was removed in 1.26', 'portworxVolume in 1.36'], ['在 Kubernetes 1.13 中 GA', 'glusterfs 在 1.26 中移除', 'portworxVolume 在 1.36']],
  ['secret', ['Secrets are stored unencrypted in etcd by default', 'encryption at rest is a kube-apiserver setting', 'base64 is an encoding, not encryption'], ['默认情况下 Secret 以未加密的形式存放在 etcd 中', '静态加密是 kube-apiserver 的设置', 'base64 是编码而不是加密']],
  ['configmap', ['up to 1 MiB', 'CreateContainerConfigError', 'ConfigMaps are not secret'], ['不超过 1 MiB', 'CreateContainerConfigError', 'ConfigMap 不是保密的']],
  ['env-vs-mounted-config', ['resolves env and envFrom once, when it creates the container', 'a file mounted with subPath is fixed at container start and never updated', 'kubelet sync period (1 minute by default)'], ['只在创建容器时解析一次 env 和 envFrom', '以 subPath 挂载的文件在容器启动时就固定了，永远不会更新', 'kubelet 的同步周期（默认 1 分钟）']],
  ['projected-volume', ['kube-api-access-<suffix>', 'serviceAccountToken'], ['kube-api-access-<后缀>', 'serviceAccountToken']],
];

describe('storage and configuration concept catalogue', () => {
  it('has exactly one entry per storage id, each keyed by its own id, filed in the storage group after the sheet\'s own ids', () => {
    expect(Object.keys(storageConfigConcepts).sort()).toStrictEqual([...STORAGE_CONCEPT_IDS].sort());
    for (const [key, entry] of entries) expect(entry.id, key).toBe(key);
    const storage = CONCEPT_GROUPS.find((g) => g.id === 'storage')?.concepts ?? [];
    expect(storage.slice(-STORAGE_CONCEPT_IDS.length)).toStrictEqual([...STORAGE_CONCEPT_IDS]);
  });

  it('does not repeat a concept another part of the catalogue already explains', () => {
    for (const id of STORAGE_CONCEPT_IDS) expect(CONCEPT_IDS.filter((c) => c === id), id).toHaveLength(1);
  });

  it('fills every title, summary, body and misconception in both languages, one-line summaries and two to four paragraphs', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        const t = entry.text[locale];
        const where = `${id}.${locale}`;
        for (const s of [t.title, t.summary, t.body, t.misconception?.belief, t.misconception?.correction]) expect(nonBlank(s), where).toBe(true);
        expect(t.summary, `${where}.summary`).not.toContain('\n');
        const paragraphs = t.body.split(/\n\s*\n/);
        expect(paragraphs.length, `${where}.body`).toBeGreaterThanOrEqual(2);
        expect(paragraphs.length, `${where}.body`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('writes the Chinese text in Chinese and keeps Chinese characters out of the English text', () => {
    for (const id of SECTION_16) {
      const { en, zh } = concepts[id].text;
      for (const s of [zh.title, zh.summary, zh.body, zh.misconception?.belief, zh.misconception?.correction]) if (s !== undefined) expect(s, `${id}.zh`).toMatch(HAN);
      for (const s of [en.title, en.summary, en.body, en.misconception?.belief, en.misconception?.correction]) if (s !== undefined) expect(s, `${id}.en`).not.toMatch(HAN);
    }
  });

  it('names the same fields in both languages of a body', () => {
    const fields = (s: string) => new Set([...s.matchAll(/\b(?:spec|status|metadata)\.[A-Za-z.]+|\b[a-z]+[A-Z][A-Za-z]*\b/g)].map((m) => m[0].replace(/\.$/, '')));
    for (const id of SECTION_16) expect(fields(concepts[id].text.zh.body), `${id}: field names`).toStrictEqual(fields(concepts[id].text.en.body));
  });

  it('gives every entry non-blank, non-repeated search keywords in both languages', () => {
    for (const id of SECTION_16) {
      const { keywords } = concepts[id];
      for (const k of keywords) expect(nonBlank(k), `${id} keyword "${k}"`).toBe(true);
      expect(new Set(keywords).size, `${id} has duplicate keywords`).toBe(keywords.length);
      expect(keywords.some((k) => HAN.test(k)), `${id} has no Chinese keyword`).toBe(true);
      expect(keywords.some((k) => !HAN.test(k)), `${id} has no English keyword`).toBe(true);
    }
  });

  it('links one to three official https pages on kubernetes.io, as folder paths', () => {
    for (const id of SECTION_16) {
      const { docs } = concepts[id];
      expect(docs.length, id).toBeGreaterThanOrEqual(1);
      expect(docs.length, id).toBeLessThanOrEqual(3);
      for (const doc of docs) {
        const url = new URL(doc.url);
        expect(url.protocol, doc.url).toBe('https:');
        expect(url.hostname, doc.url).toBe('kubernetes.io');
        expect(url.pathname, doc.url).toMatch(/^\/docs\/.+\/$/);
        expect(nonBlank(doc.label), `${id} label for ${doc.url}`).toBe(true);
      }
    }
  });

  it('gives every new entry a kubectl line for each command, and any note in both languages', () => {
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
    for (const id of SECTION_16) {
      const { related } = concepts[id];
      for (const rel of related) {
        expect(known.has(rel), `${id} → ${rel}`).toBe(true);
        expect(rel, `${id} relates to itself`).not.toBe(id);
      }
      expect(new Set(related).size, `${id} repeats a related id`).toBe(related.length);
    }
  });

  it('links the sheet\'s PV, PVC and StorageClass entries to the new concepts that explain their rules', () => {
    expect(concepts['persistent-volume'].related).toEqual(expect.arrayContaining(['dynamic-provisioning', 'csi', 'access-modes', 'reclaim-policy']));
    expect(concepts.pvc.related).toEqual(expect.arrayContaining(['access-modes', 'volume-binding-mode', 'dynamic-provisioning']));
    expect(concepts['storage-class'].related).toEqual(expect.arrayContaining(['dynamic-provisioning', 'csi', 'volume-binding-mode', 'reclaim-policy']));
    expect(concepts['configmap-secret-volumes'].related).toEqual(expect.arrayContaining(['configmap', 'secret', 'projected-volume', 'env-vs-mounted-config']));
  });

  it.each(Object.entries(SEARCH_TERMS))('finds the search term %s on %j', (term, ids) => {
    for (const id of ids) {
      const entry = concepts[id];
      const found = entry.keywords.some((k) => k.includes(term)) || entry.text.zh.title.includes(term) || entry.text.en.title.includes(term);
      expect(found, `"${term}" missing from ${id}`).toBe(true);
    }
  });

  it.each([...STORAGE_CONCEPT_IDS, 'emptydir', 'hostpath', 'persistent-volume', 'pvc', 'storage-class', 'configmap-secret-volumes'] as ConceptId[])(
    'corrects a common misconception about %s in both languages',
    (id) => {
      expect(concepts[id].text.en.misconception, `${id}.en`).toBeDefined();
      expect(concepts[id].text.zh.misconception, `${id}.zh`).toBeDefined();
    },
  );

  it.each(FACTS)('states the sourced facts of %s in both languages', (id, en, zh) => {
    for (const fact of en) expect(sentences(id, 'en'), `${id}.en`).toContain(fact);
    for (const fact of zh) expect(sentences(id, 'zh'), `${id}.zh`).toContain(fact);
  });
});

describe('the source sheet\'s section 16, corrected', () => {
  it('says an emptyDir is a directory the kubelet creates for the Pod on the node, not something mapped from the Pod to the host', () => {
    const { en, zh } = concepts.emptydir.text;
    expect(en.misconception?.belief).toMatch(/mapped from inside the Pod to the host/);
    expect(en.misconception?.correction).toMatch(/Nothing is mapped from the Pod to the host/);
    expect(en.misconception?.correction).toMatch(/deleted permanently when the Pod leaves the node/);
    expect(zh.misconception?.belief).toMatch(/从 Pod 内部映射到宿主机/);
    expect(zh.misconception?.correction).toMatch(/并没有把什么从 Pod 映射到宿主机/);
    expect(zh.misconception?.correction).toMatch(/Pod 离开该节点时被永久删除/);
  });

  it('never teaches GlusterFS as a current backend: outside the wrong beliefs, every mention says it was removed in 1.26', () => {
    for (const id of SECTION_16) {
      for (const locale of LOCALES) {
        const belief = concepts[id].text[locale].misconception?.belief ?? '';
        for (const sentence of sentences(id, locale).replace(belief, '').split(/(?<=[。；])|(?<=[.;])\s+/)) {
          if (/gluster/i.test(sentence)) expect(sentence, `${id}.${locale}`).toMatch(/1\.26/);
        }
      }
    }
  });

  it('teaches dynamic provisioning through a StorageClass and CSI in the PV entry, where the sheet knows only NFS', () => {
    expect(concepts['persistent-volume'].text.en.misconception?.correction).toMatch(/provisioned dynamically through a StorageClass/);
    expect(concepts['persistent-volume'].text.zh.misconception?.correction).toMatch(/通过存储类动态制备/);
    for (const locale of LOCALES) expect(sentences('persistent-volume', locale), locale).toMatch(/CSI/);
  });

  it('marks Recycle deprecated wherever it is named', () => {
    for (const id of SECTION_16) {
      if (/Recycle/.test(sentences(id, 'en'))) expect(sentences(id, 'en'), id).toMatch(/Recycle[^.]*deprecated|deprecated[^.]*Recycle/);
      if (/Recycle/.test(sentences(id, 'zh'))) expect(sentences(id, 'zh'), id).toMatch(/Recycle[^。]*弃用/);
    }
  });

  it('uses the kubernetes.io/zh-cn terms for the storage objects and their rules', () => {
    const zh = (id: ConceptId) => concepts[id].text.zh.title;
    expect(zh('persistent-volume')).toContain('持久卷');
    expect(zh('pvc')).toContain('持久卷申领');
    expect(zh('storage-class')).toContain('存储类');
    expect(zh('dynamic-provisioning')).toContain('动态制备');
    expect(zh('access-modes')).toContain('访问模式');
    expect(zh('reclaim-policy')).toContain('回收策略');
    expect(zh('volume-binding-mode')).toContain('卷绑定模式');
    expect(zh('projected-volume')).toContain('投射卷');
  });
});
