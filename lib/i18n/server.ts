import 'server-only';
import { cookies, headers } from 'next/headers';
import type { Locale } from '../concepts/ids';
import { pickLocale } from './locale';

export const LOCALE_COOKIE = 'lang';
export const LOCALE_HEADER = 'x-kube-explain-locale';

/** The request's language: ?lang= (forwarded by proxy.ts), the cookie, then Accept-Language. */
export async function getLocale(): Promise<Locale> {
  const h = await headers();
  const c = await cookies();
  return pickLocale({ query: h.get(LOCALE_HEADER), cookie: c.get(LOCALE_COOKIE)?.value, acceptLanguage: h.get('accept-language') });
}
