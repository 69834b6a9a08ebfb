import { describe, expect, it } from 'vitest';
import { formatLabels, matchSelector, sharesAnyLabel, type Labels, type SelectorMatch } from './selector';

describe('matchSelector', () => {
  it.each<[string, Labels | undefined, Labels | undefined, SelectorMatch]>([
    [
      'matches when every selector label is present with the same value',
      { app: 'minio', release: 'argo-artifacts' },
      { app: 'minio', release: 'argo-artifacts', 'pod-template-hash': '5d8b9f' },
      {
        labels: [
          { key: 'app', wanted: 'minio', actual: 'minio', state: 'match' },
          { key: 'release', wanted: 'argo-artifacts', actual: 'argo-artifacts', state: 'match' },
        ],
        matchesAll: true,
        sharesAny: true,
      },
    ],
    [
      'tells a different value apart from a missing key',
      { app: 'minio', release: 'argo-artifacts', tier: 'storage' },
      { app: 'minio', release: 'other' },
      {
        labels: [
          { key: 'app', wanted: 'minio', actual: 'minio', state: 'match' },
          { key: 'release', wanted: 'argo-artifacts', actual: 'other', state: 'different' },
          { key: 'tier', wanted: 'storage', actual: null, state: 'missing' },
        ],
        matchesAll: false,
        sharesAny: true,
      },
    ],
    [
      'treats an empty label value as present',
      { canary: '' },
      { canary: '' },
      { labels: [{ key: 'canary', wanted: '', actual: '', state: 'match' }], matchesAll: true, sharesAny: true },
    ],
    [
      'reports a key as missing when the object has no labels at all',
      { app: 'nginx' },
      undefined,
      { labels: [{ key: 'app', wanted: 'nginx', actual: null, state: 'missing' }], matchesAll: false, sharesAny: false },
    ],
    [
      'matches everything with an empty selector, as labels.SelectorFromSet does',
      {},
      { app: 'nginx' },
      { labels: [], matchesAll: true, sharesAny: false },
    ],
    [
      'sorts selector keys the way kubectl prints them',
      { 'app.kubernetes.io/name': 'x', Zeta: 'z', alpha: 'a' },
      { alpha: 'a' },
      {
        labels: [
          { key: 'Zeta', wanted: 'z', actual: null, state: 'missing' },
          { key: 'alpha', wanted: 'a', actual: 'a', state: 'match' },
          { key: 'app.kubernetes.io/name', wanted: 'x', actual: null, state: 'missing' },
        ],
        matchesAll: false,
        sharesAny: true,
      },
    ],
  ])('%s', (_name, selector, labels, expected) => {
    expect(matchSelector(selector, labels)).toStrictEqual(expected);
  });
});

describe('sharesAnyLabel', () => {
  it("answers as matchSelector's sharesAny does, for missing, different and matching labels", () => {
    const cases: [Labels | undefined, Labels | undefined][] = [
      [{ app: 'web', tier: 'fe' }, { app: 'web', tier: 'be' }],
      [{ app: 'web' }, { app: 'web-frontend' }],
      [{ app: 'web' }, {}],
      [{ app: 'web' }, undefined],
      [undefined, { app: 'web' }],
      [{}, { app: 'web' }],
      [{ app: '' }, { app: '' }],
      [{ constructor: 'x' }, {}],
    ];
    expect(cases.map(([sel, labels]) => sharesAnyLabel(sel, labels))).toStrictEqual(cases.map(([sel, labels]) => matchSelector(sel, labels).sharesAny));
    expect(cases.map(([sel, labels]) => sharesAnyLabel(sel, labels))).toStrictEqual([true, false, false, false, false, false, true, false]);
  });
});

describe('formatLabels', () => {
  it.each<[string, Labels | undefined, string]>([
    ['joins sorted key=value pairs with commas', { release: 'argo-artifacts', app: 'minio' }, 'app=minio,release=argo-artifacts'],
    ['prints <none> for an empty map', {}, '<none>'],
    ['prints <none> for a missing map', undefined, '<none>'],
  ])('%s', (_name, labels, expected) => {
    expect(formatLabels(labels)).toBe(expected);
  });
});
