import type { Locale } from '../concepts/ids';

/**
 * Picks the UI language: an explicit ?lang= wins, then the cookie, then the
 * browser's Accept-Language (any zh variant → zh), else English.
 * @example pickLocale({ acceptLanguage: 'zh-CN,zh;q=0.9,en;q=0.8' }) → 'zh'
 */
export function pickLocale(input: { query?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  for (const explicit of [input.query, input.cookie]) {
    if (explicit === 'en' || explicit === 'zh') return explicit;
  }
  const ranked = (input.acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { tag: tag.toLowerCase(), q: q ? Number(q) : 1 };
    })
    .filter((x) => x.tag && x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'en';
}
