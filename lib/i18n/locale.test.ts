import { describe, expect, it } from 'vitest';
import { htmlLang, isLocale, LOCALES, pickLocale } from './locale';

describe('pickLocale', () => {
  it.each([
    [{ query: 'zh', cookie: 'en', acceptLanguage: 'en' }, 'zh'],
    [{ query: 'fr', cookie: 'zh', acceptLanguage: 'en' }, 'zh'],
    [{ acceptLanguage: 'zh-CN,zh;q=0.9,en;q=0.8' }, 'zh'],
    [{ acceptLanguage: 'en-US,en;q=0.9,zh-CN;q=0.8' }, 'en'],
    [{ acceptLanguage: 'fr-FR,zh-TW;q=0.5' }, 'zh'],
    [{ acceptLanguage: 'de;q=0.9, en;q=0' }, 'en'],
    [{}, 'en'],
  ] as const)('chooses %j as %s', (input, expected) => {
    expect(pickLocale(input)).toBe(expected);
  });
});

describe('isLocale', () => {
  it('accepts only the two UI languages', () => {
    expect(['en', 'zh', 'fr', '', null, undefined, 'ZH'].map((v) => isLocale(v))).toStrictEqual([true, true, false, false, false, false, false]);
  });
});

describe('htmlLang', () => {
  it('tags Chinese as simplified Chinese and English as plain en', () => {
    expect(LOCALES.map(htmlLang)).toStrictEqual(['en', 'zh-CN']);
  });
});
