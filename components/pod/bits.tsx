import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ConceptId } from '@/lib/concepts/ids';
import { age } from '@/lib/views/age';
import { conceptHref } from '@/components/explain/concept-chip';
import { useLocale } from '@/components/ui/page-context';

/** A link to a concept page whose text is the live value (a condition type, a reason…). */
export function ConceptLink({ id, children, className = '' }: { id: ConceptId; children: ReactNode; className?: string }) {
  const locale = useLocale();
  return (
    <Link href={conceptHref(id, locale)} data-concept={id} className={`underline decoration-dotted underline-offset-2 ${className}`}>
      {children}
    </Link>
  );
}

/** A wall-clock time in the reader's time zone (server and browser may differ, hence no hydration warning). */
export function Clock({ iso }: { iso: string | null }) {
  const locale = useLocale();
  if (!iso) return null;
  return (
    <time dateTime={iso} suppressHydrationWarning className="font-mono">
      {new Date(iso).toLocaleTimeString(locale === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false })}
    </time>
  );
}

/** kubectl's AGE of a timestamp at `now`. */
export function Age({ iso, now }: { iso: string | null; now: Date }) {
  return (
    <span suppressHydrationWarning className="font-mono">
      {age(iso, now)}
    </span>
  );
}

/** A titled section of the page; its id makes it linkable (#probes). */
export function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} className="scroll-mt-20 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h2 id={`${id}-h`} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

const TONE = {
  ok: 'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  bad: 'bg-red-100 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800',
  warn: 'bg-amber-100 text-amber-950 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  info: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
  muted: 'bg-zinc-100 text-zinc-800 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-600',
} as const;

export type Tone = keyof typeof TONE;

/** A short status word; the text carries the meaning, colour only helps. */
export function Pill({ tone, children, testId }: { tone: Tone; children: ReactNode; testId?: string }) {
  return (
    <span data-testid={testId} className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${TONE[tone]}`}>
      {children}
    </span>
  );
}

/** A definition list laid out as a two-column grid. */
export function Facts({ children, testId, wide = false }: { children: ReactNode; testId?: string; wide?: boolean }) {
  const columns = wide
    ? 'grid-cols-[max-content_1fr] sm:grid-cols-[max-content_1fr_max-content_1fr] xl:grid-cols-[max-content_1fr_max-content_1fr_max-content_1fr_max-content_1fr]'
    : 'grid-cols-[max-content_1fr]';
  return (
    <dl data-testid={testId} className={`grid ${columns} gap-x-4 gap-y-1 text-sm`}>
      {children}
    </dl>
  );
}

/** One term and value of a Facts list. */
export function Fact({ term, children, testId }: { term: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt className="text-zinc-600 dark:text-zinc-400">{term}</dt>
      <dd data-testid={testId} className="min-w-0 break-words">
        {children}
      </dd>
    </>
  );
}
