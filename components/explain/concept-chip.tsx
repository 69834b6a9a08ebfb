import Link from 'next/link';
import type { ConceptId } from '@/lib/concepts/ids';
import type { Locale } from '@/lib/i18n/locale';
import { useConcept, useLocale } from '@/components/ui/page-context';

/** The concept page of an id, in the page's language. @example conceptHref('pod', 'zh') → '/concepts/pod?lang=zh' */
export function conceptHref(id: ConceptId, locale: Locale): string {
  return `/concepts/${id}${locale === 'zh' ? '?lang=zh' : ''}`;
}

/**
 * A chip from plain props, for server components that read the catalogue
 * themselves (the concept pages); live pages use ConceptChip.
 */
export function ConceptChipView({ id, href, title, summary, label }: { id: ConceptId; href: string; title: string; summary: string; label?: string }) {
  return (
    <Link
      href={href}
      title={summary}
      data-concept={id}
      className="inline-flex items-center gap-1 rounded-full border border-sky-300 bg-sky-50 px-2 py-0.5 text-xs text-sky-900 no-underline hover:bg-sky-100 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-200 dark:hover:bg-sky-900"
    >
      <span aria-hidden="true">?</span>
      {label ?? title}
    </Link>
  );
}

/**
 * The explanation on the live object: a small link to the concept's page
 * whose tooltip carries the one-line summary, from the page's glossary.
 */
export function ConceptChip({ id, label }: { id: ConceptId; label?: string }) {
  const locale = useLocale();
  const text = useConcept(id);
  return <ConceptChipView id={id} href={conceptHref(id, locale)} title={text.title} summary={text.summary} label={label} />;
}

/** A concept's one-line summary with its chip, for inline explanations beside a value. */
export function ConceptNote({ id }: { id: ConceptId }) {
  const text = useConcept(id);
  return (
    <p className="text-sm text-zinc-700 dark:text-zinc-300">
      {text.summary} <ConceptChip id={id} />
    </p>
  );
}
