import { describe, expect, it } from 'vitest';
import { concepts } from '../concepts';
import { conceptIndex, searchConcepts } from './concept-search';

const index = conceptIndex(concepts);

describe('concept search', () => {
  it('finds the three probes first for the Chinese word 探针', () => {
    expect(searchConcepts(index, '探针').slice(0, 3).sort()).toStrictEqual(['liveness-probe', 'readiness-probe', 'startup-probe']);
  });

  it('finds the three probes first for the English word probe', () => {
    expect(searchConcepts(index, 'probe').slice(0, 3).sort()).toStrictEqual(['liveness-probe', 'readiness-probe', 'startup-probe']);
  });

  it('puts the image pull policy first for 镜像拉取', () => {
    expect(searchConcepts(index, '镜像拉取')[0]).toBe('image-pull-policy');
  });

  it('maps the dated word master to the control plane', () => {
    expect(searchConcepts(index, 'master')[0]).toBe('control-plane');
  });

  it('ignores case, hyphens and full-width letters', () => {
    expect(searchConcepts(index, 'Crash-Loop')[0]).toBe('reason-crash-loop-backoff');
    expect(searchConcepts(index, 'ｏｏｍ')[0]).toBe('reason-oom-killed');
  });

  it('requires every word of the query, in either language', () => {
    expect(searchConcepts(index, '就绪 probe')[0]).toBe('readiness-probe');
    expect(searchConcepts(index, 'probe 镜像拉取策略')).toStrictEqual([]);
  });

  it('returns the whole catalogue in order for an empty query', () => {
    expect(searchConcepts(index, '  ')).toStrictEqual(Object.keys(concepts));
  });

  it('indexes titles and summaries in both languages with the group', () => {
    const entry = index.find((e) => e.id === 'readiness-probe');
    expect(entry?.group).toBe('probes');
    expect(entry?.title).toStrictEqual({ en: 'Readiness probe', zh: '就绪探针（readinessProbe）' });
  });
});
