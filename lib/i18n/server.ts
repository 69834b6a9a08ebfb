import 'server-only';
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE, LOCALE_HEADER, pickLocale, type Locale } from './locale';

/**
 * The request's language, for server components (client components use
 * useLocale() from components/ui/page-context): ?lang= (forwarded by
 * proxy.ts as a header), the cookie, then Accept-Language.
 */
export async function getLocale(): Promise<Locale> {
  const h = await headers();
  const c = await cookies();
  return pickLocale({ query: h.get(LOCALE_HEADER), cookie: c.get(LOCALE_COOKIE)?.value, acceptLanguage: h.get('accept-language') });
}
