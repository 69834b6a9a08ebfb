/** The UI languages. Every message and catalogue entry exists in each. */
export type Locale = 'en' | 'zh';
export const LOCALES: readonly Locale[] = ['en', 'zh'];

/**
 * Where the language choice travels, written once for proxy.ts (which sets
 * them) and lib/i18n/server.ts (which reads them): `?lang=` on any page, the
 * cookie that keeps it, and the request header that carries the query's
 * choice to the page rendered for that very request.
 */
export const LOCALE_QUERY = 'lang';
export const LOCALE_COOKIE = 'lang';
export const LOCALE_HEADER = 'x-kube-explain-locale';
/** A year: the choice outlives the session, as a language setting should. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/**
 * True for a supported language code, so a query or cookie value can be trusted.
 * @example isLocale('zh') → true; isLocale('fr') → false
 */
export function isLocale(value: string | null | undefined): value is Locale {
  return value === 'en' || value === 'zh';
}

/**
 * The BCP 47 tag for `<html lang>` and `Intl` formatting.
 * @example htmlLang('zh') → 'zh-CN'
 */
export function htmlLang(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en';
}

/**
 * Picks the UI language: an explicit ?lang= wins, then the cookie, then the
 * browser's Accept-Language (any zh variant → zh), else English.
 * @example pickLocale({ acceptLanguage: 'zh-CN,zh;q=0.9,en;q=0.8' }) → 'zh'
 */
export function pickLocale(input: { query?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  for (const explicit of [input.query, input.cookie]) {
    if (isLocale(explicit)) return explicit;
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
