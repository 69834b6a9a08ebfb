import Link from 'next/link';
import { conceptText, type ConceptId, type Locale } from '@/lib/concepts';

/**
 * The explanation on the live object: a small link to the concept's page
 * whose tooltip and accessible description carry the one-line summary.
 */
export function ConceptChip({ id, locale, label }: { id: ConceptId; locale: Locale; label?: string }) {
  const text = conceptText(id, locale);
  return (
    <Link
      href={`/concepts/${id}${locale === 'zh' ? '?lang=zh' : ''}`}
      title={text.summary}
      data-concept={id}
      className="inline-flex items-center gap-1 rounded-full border border-sky-300 bg-sky-50 px-2 py-0.5 text-xs text-sky-900 no-underline hover:bg-sky-100 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200 dark:hover:bg-sky-900"
    >
      <span aria-hidden="true">?</span>
      {label ?? text.title}
    </Link>
  );
}

/** A concept's one-line summary with its chip, for inline explanations beside a value. */
export function ConceptNote({ id, locale }: { id: ConceptId; locale: Locale }) {
  const text = conceptText(id, locale);
  return (
    <p className="text-sm text-zinc-700 dark:text-zinc-300">
      {text.summary} <ConceptChip id={id} locale={locale} />
    </p>
  );
}
