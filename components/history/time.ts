import type { Locale } from '@/lib/i18n/locale';

/**
 * A moment as the reader's clock shows it, with seconds (and the day when
 * `withDate`); rendered in the browser's time zone, so callers mark it
 * suppressHydrationWarning.
 */
export function clockText(at: number | string, locale: Locale, withDate = false): string {
  const d = new Date(at);
  const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
  return withDate ? d.toLocaleString(tag, { hour12: false }) : d.toLocaleTimeString(tag, { hour12: false });
}
