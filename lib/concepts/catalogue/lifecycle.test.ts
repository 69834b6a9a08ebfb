import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS, LOCALES, type ConceptId } from '../ids';
import type { ConceptEntry } from '../types';
import { LIFECYCLE_IDS, lifecycleConcepts } from './lifecycle';

const entries = Object.entries(lifecycleConcepts) as [ConceptId, ConceptEntry][];
const conceptIds = new Set<string>(CONCEPT_IDS);
const DOC_HOSTS = new Set(['kubernetes.io', 'docs.docker.com']);

/** Ids whose misconception k8s-facts.md §1 names, so each must carry one. */
const MUST_CORRECT: ConceptId[] = [
  'phase-succeeded',
  'phase-failed',
  'phase-unknown',
  'phase-pending',
  'pod-creation-flow',
  'pod-deletion-flow',
  'liveness-probe',
  'readiness-probe',
  'startup-probe',
  'image-pull-policy',
];

/** Chinese words users search for (concepts-source.md), and the entries each must find. */
const CHINESE_TERMS: Record<string, ConceptId[]> = {
  健康检查: ['liveness-probe', 'readiness-probe', 'startup-probe'],
  探针: ['liveness-probe', 'readiness-probe', 'startup-probe'],
  存活探针: ['liveness-probe'],
  就绪探针: ['readiness-probe'],
  启动探针: ['startup-probe'],
  镜像拉取策略: ['image-pull-policy'],
  优雅退出: ['pod-deletion-flow'],
  调度: ['condition-pod-scheduled', 'pod-creation-flow'],
  污点: ['taints-tolerations'],
};

const findsTerm = (entry: ConceptEntry, term: string) =>
  entry.keywords.some((k) => k.includes(term)) || entry.text.zh.title.includes(term);

describe('lifecycle concept catalogue', () => {
  it('has exactly one entry per lifecycle id, each keyed by its own id', () => {
    expect(Object.keys(lifecycleConcepts).sort()).toEqual([...LIFECYCLE_IDS].sort());
    for (const [key, entry] of entries) expect(entry.id, key).toBe(key);
  });

  it('uses only ids that exist in CONCEPT_IDS', () => {
    for (const id of LIFECYCLE_IDS) expect(conceptIds.has(id), id).toBe(true);
  });

  it('fills every text field in both languages', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        const t = entry.text[locale];
        for (const field of [t.title, t.summary, t.body]) expect(field.trim(), `${id}.${locale}`).not.toBe('');
        if (t.misconception) {
          expect(t.misconception.belief.trim(), `${id}.${locale}.belief`).not.toBe('');
          expect(t.misconception.correction.trim(), `${id}.${locale}.correction`).not.toBe('');
        }
      }
      expect(Boolean(entry.text.en.misconception), `${id}: misconception in one language only`).toBe(Boolean(entry.text.zh.misconception));
    }
  });

  it('keeps summaries to one line and bodies to two to four paragraphs', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        const t = entry.text[locale];
        expect(t.summary, `${id}.${locale}`).not.toContain('\n');
        const paragraphs = t.body.split('\n\n');
        expect(paragraphs.length, `${id}.${locale}`).toBeGreaterThanOrEqual(2);
        expect(paragraphs.length, `${id}.${locale}`).toBeLessThanOrEqual(4);
        for (const p of paragraphs) expect(p.trim(), `${id}.${locale}`).not.toBe('');
      }
    }
  });

  it('writes the Chinese text in Chinese', () => {
    const han = /\p{Script=Han}/u;
    for (const [id, entry] of entries) {
      const t = entry.text.zh;
      for (const field of [t.title, t.summary, t.body]) expect(han.test(field), `${id}: ${field}`).toBe(true);
    }
  });

  it('keeps Kubernetes API names in Latin script in Chinese titles of phases, conditions and reasons', () => {
    for (const [id, entry] of entries) {
      if (!/^(phase|condition|reason)-/.test(id)) continue;
      const apiName = entry.text.en.title.split(' ')[0]!;
      expect(entry.text.zh.title, id).toContain(apiName);
    }
  });

  it('gives non-empty keywords, including at least one Chinese search term', () => {
    for (const [id, entry] of entries) {
      expect(entry.keywords.length, id).toBeGreaterThan(0);
      for (const k of entry.keywords) expect(k.trim(), id).not.toBe('');
      expect(entry.keywords.some((k) => /\p{Script=Han}/u.test(k)), id).toBe(true);
    }
  });

  it('links one to three official https pages on kubernetes.io or docs.docker.com', () => {
    for (const [id, entry] of entries) {
      expect(entry.docs.length, id).toBeGreaterThanOrEqual(1);
      expect(entry.docs.length, id).toBeLessThanOrEqual(3);
      for (const doc of entry.docs) {
        const url = new URL(doc.url);
        expect(url.protocol, doc.url).toBe('https:');
        expect(DOC_HOSTS.has(url.hostname), doc.url).toBe(true);
        expect(doc.label.trim(), doc.url).not.toBe('');
      }
    }
  });

  it('offers at least one command, each with kubectl or docker text and notes in both languages', () => {
    for (const [id, entry] of entries) {
      expect(entry.commands.length, id).toBeGreaterThan(0);
      expect(entry.commands.some((c) => c.kubectl?.startsWith('kubectl ')), id).toBe(true);
      for (const c of entry.commands) {
        expect(Boolean(c.kubectl?.trim() || c.docker?.trim()), id).toBe(true);
        if (c.docker !== undefined) expect(c.docker.startsWith('docker '), id).toBe(true);
        if (c.note) for (const locale of LOCALES) expect(c.note[locale].trim(), `${id} note`).not.toBe('');
      }
    }
  });

  it('relates only to existing concept ids, never to itself, without duplicates', () => {
    for (const [id, entry] of entries) {
      expect(entry.related.length, id).toBeGreaterThan(0);
      expect(new Set(entry.related).size, id).toBe(entry.related.length);
      for (const r of entry.related) {
        expect(conceptIds.has(r), `${id} -> ${r}`).toBe(true);
        expect(r, id).not.toBe(id);
      }
    }
  });

  it.each(Object.entries(CHINESE_TERMS))('finds the entries users mean when they search for %s', (term, ids) => {
    for (const id of ids) expect(findsTerm(lifecycleConcepts[id as keyof typeof lifecycleConcepts], term), `${term} -> ${id}`).toBe(true);
  });

  it.each(MUST_CORRECT)('corrects the common misconception about %s in both languages', (id) => {
    const entry = lifecycleConcepts[id as keyof typeof lifecycleConcepts];
    expect(entry.text.en.misconception, id).toBeDefined();
    expect(entry.text.zh.misconception, id).toBeDefined();
  });
});

describe('lifecycle concept accuracy (k8s-facts.md)', () => {
  it('says Succeeded means all containers exited with code 0 and will not restart', () => {
    const { en, zh } = lifecycleConcepts['phase-succeeded'].text;
    expect(en.body).toMatch(/all containers exited with code 0/i);
    expect(en.body).toMatch(/none of them will be restarted/i);
    expect(zh.body).toContain('退出码 0');
  });

  it('says a crashing container under restartPolicy Always keeps the phase Running, not Failed', () => {
    const { en, zh } = lifecycleConcepts['phase-failed'].text;
    expect(en.body).toMatch(/With restartPolicy Always[^\n]*does not make the Pod Failed[^\n]*the phase stays Running/);
    expect(en.misconception?.correction).toContain('CrashLoopBackOff');
    expect(zh.body).toContain('阶段保持 Running');
  });

  it('says the Unknown phase is deprecated and not set', () => {
    const { en } = lifecycleConcepts['phase-unknown'].text;
    expect(en.body).toMatch(/deprecated/);
    expect(en.misconception?.correction).toMatch(/not set/);
  });

  it('says a failing readiness probe never restarts the container', () => {
    const { en, zh } = lifecycleConcepts['readiness-probe'].text;
    expect(en.body).toMatch(/never restarts the container/i);
    expect(en.misconception?.correction).toMatch(/never restarts/i);
    expect(zh.body).toContain('不会重启容器');
  });

  it('says the startup probe holds off liveness and readiness until it succeeds', () => {
    const { en, zh } = lifecycleConcepts['startup-probe'].text;
    expect(en.body).toMatch(/runs neither the liveness nor the readiness probe/);
    expect(zh.body).toContain('既不执行存活探针，也不执行就绪探针');
  });

  it('states the probe defaults and handler success rules', () => {
    const { body } = lifecycleConcepts['liveness-probe'].text.en;
    for (const fact of ['initialDelaySeconds 0', 'periodSeconds 10', 'timeoutSeconds 1', 'successThreshold 1', 'failureThreshold 3', '200 to 399', 'SERVING', 'exits 0']) {
      expect(body).toContain(fact);
    }
  });

  it('states the image pull policy default for an image with no tag, a latest tag, another tag and a digest', () => {
    const { en, zh } = lifecycleConcepts['image-pull-policy'].text;
    expect(en.body).toMatch(/:latest, or with no tag at all[^.]*gets Always/);
    expect(en.body).toMatch(/Any other tag gets IfNotPresent, and so does an image pinned by digest/);
    expect(en.body).toMatch(/decided once/);
    expect(en.misconception?.correction).toMatch(/no tag at all also defaults to Always/);
    expect(zh.body).toContain('根本没有标签');
  });

  it('states the CrashLoopBackOff delays: 10 s doubling, capped at 300 s, reset after 10 minutes', () => {
    const { en } = lifecycleConcepts['reason-crash-loop-backoff'].text;
    expect(en.body).toMatch(/starts at 10 seconds, doubles/);
    expect(en.body).toMatch(/up to 5 minutes/);
    expect(en.body).toMatch(/10 minutes without trouble/);
    expect(lifecycleConcepts['restart-policy'].text.en.body).toMatch(/capped at 300 s, reset after 10 minutes/);
  });

  it('gives each terminated reason its exit code', () => {
    expect(lifecycleConcepts['reason-completed'].text.en.summary).toMatch(/code 0/);
    expect(lifecycleConcepts['reason-error'].text.en.summary).toMatch(/non-zero/);
    expect(lifecycleConcepts['reason-oom-killed'].text.en.summary).toMatch(/137/);
    expect(lifecycleConcepts['reason-start-error'].text.en.summary).toMatch(/128/);
    expect(lifecycleConcepts['reason-container-status-unknown'].text.en.summary).toMatch(/137/);
  });

  it('describes creation with only the API server talking to etcd and the kubelet reporting to the API server', () => {
    const { body, misconception } = lifecycleConcepts['pod-creation-flow'].text.en;
    expect(body).toMatch(/Only the API server talks to etcd/);
    expect(body).toMatch(/bare Pod involves no controller/);
    expect(body).toMatch(/binds the Pod through the API server/);
    expect(misconception?.correction).toMatch(/reports status to the API server, not to the scheduler/);
  });

  it('describes deletion: Terminating at once, preStop then SIGTERM then SIGKILL after a 30 s default grace period', () => {
    const { body, misconception } = lifecycleConcepts['pod-deletion-flow'].text.en;
    expect(body).toMatch(/shows Terminating immediately; it is a display value, not a phase/);
    expect(body.indexOf('preStop')).toBeLessThan(body.indexOf('SIGTERM'));
    expect(body.indexOf('SIGTERM')).toBeLessThan(body.indexOf('SIGKILL'));
    expect(body).toMatch(/30 seconds by default/);
    expect(body).toMatch(/ready: false, terminating: true/);
    expect(body).toMatch(/Finalizers/);
    expect(body).toMatch(/--force --grace-period=0/);
    expect(misconception?.correction).toMatch(/at once/);
  });

  it('describes node heartbeats, the 50 s grace period and the 300 s NoExecute tolerations', () => {
    const ready = lifecycleConcepts['node-condition-ready'].text.en.body;
    expect(ready).toMatch(/50 s since 1\.32/);
    expect(ready).toMatch(/300 seconds by default/);
    expect(lifecycleConcepts['node-conditions'].text.en.body).toMatch(/about every 10 seconds/);
    expect(lifecycleConcepts['taint-not-ready'].text.en.body).toMatch(/tolerationSeconds 300/);
    expect(lifecycleConcepts['taint-unreachable'].text.en.body).toMatch(/300 seconds by default/);
  });
});
