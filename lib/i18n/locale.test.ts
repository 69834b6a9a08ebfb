import { describe, expect, it } from 'vitest';
import { pickLocale } from './locale';

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
