import type { Locale } from '@/lib/concepts/ids';
import { ErrorPanel } from '@/components/chrome/error-panel';
import type { ErrorInfoView } from '@/lib/contract';

/** ErrorPanel for a live view's area, or nothing. */
export function LiveErrorPanel({ error, locale }: { error: ErrorInfoView | null; locale: Locale }) {
  return error ? <ErrorPanel error={error} locale={locale} compact /> : null;
}
