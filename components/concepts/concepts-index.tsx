'use client';

import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import type { Locale } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import { CONCEPT_GROUPS } from '@/lib/views/concept-groups';
import { searchConcepts, type ConceptIndexEntry } from '@/lib/views/concept-search';
import { useLocale } from '@/components/ui/page-context';

function ConceptCard({ entry, showGroup }: { entry: ConceptIndexEntry; showGroup: boolean }) {
  const locale = useLocale();
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  return (
    <li data-testid="concept-item" data-concept={entry.id}>
      <Link
        href={`/concepts/${entry.id}`}
        className="flex h-full flex-col gap-1 rounded-lg border border-zinc-200 p-3 text-zinc-900 no-underline hover:border-sky-400 hover:bg-sky-50 dark:border-zinc-800 dark:text-zinc-100 dark:hover:border-sky-700 dark:hover:bg-sky-950/40"
      >
        <span className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-semibold text-sky-800 dark:text-sky-300">{entry.title[locale]}</span>
          {entry.title[other] !== entry.title[locale] && (
            <span lang={other === 'zh' ? 'zh-CN' : 'en'} className="text-xs text-zinc-700 dark:text-zinc-300">
              {entry.title[other]}
            </span>
          )}
          {showGroup && <span className="ml-auto rounded bg-zinc-100 px-1.5 text-xs text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">{t(locale, `conceptList.group.${entry.group}`)}</span>}
        </span>
        <span className="text-sm text-zinc-700 dark:text-zinc-300">{entry.summary[locale]}</span>
      </Link>
    </li>
  );
}

/**
 * The concept catalogue: grouped by section, or ranked by a search that
 * matches English and Chinese at once. The query lives in the URL (?q=)
 * without a server round trip per keystroke.
 */
export function ConceptsIndex({ index, initialQuery }: { index: ConceptIndexEntry[]; initialQuery: string }) {
  const locale = useLocale();
  const [query, setQuery] = useState(initialQuery);
  const byId = useMemo(() => new Map(index.map((e) => [e.id, e])), [index]);
  const results = useMemo(() => (query.trim() ? searchConcepts(index, query).map((id) => byId.get(id) as ConceptIndexEntry) : null), [index, byId, query]);

  // Keep ?q= shareable; Next's router picks up history.replaceState without refetching the page.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
  }, [query]);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold">{t(locale, 'conceptList.title')}</h1>
        <p className="text-zinc-700 dark:text-zinc-300">{t(locale, 'conceptList.intro', { count: index.length })}</p>
      </div>
      <form role="search" className="flex flex-col gap-1" onSubmit={(e) => e.preventDefault()} action="/concepts" method="get">
        <label htmlFor="concept-search" className="text-sm font-medium">
          {t(locale, 'concept.search')}
        </label>
        <input
          id="concept-search"
          name="q"
          type="search"
          data-testid="concept-search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t(locale, 'conceptList.placeholder')}
          autoComplete="off"
          className="w-full max-w-xl rounded border border-zinc-300 bg-white px-3 py-2 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </form>
      <p aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="concept-count">
        {results ? (results.length > 0 ? t(locale, 'conceptList.results', { count: results.length, query: query.trim() }) : t(locale, 'concept.noResults', { query: query.trim() })) : ''}
      </p>
      {results ? (
        results.length > 0 && (
          <section aria-labelledby="results-title">
            <h2 id="results-title" className="sr-only">
              {t(locale, 'conceptList.resultsTitle')}
            </h2>
            <ul className="grid gap-2 md:grid-cols-2" data-testid="concept-results">
              {results.map((e) => (
                <ConceptCard key={e.id} entry={e} showGroup />
              ))}
            </ul>
          </section>
        )
      ) : (
        <>
          <nav aria-label={t(locale, 'conceptList.sections')} className="flex flex-wrap gap-1.5 text-sm">
            {CONCEPT_GROUPS.map((g) => (
              <a key={g.id} href={`#group-${g.id}`} className="rounded-full border border-zinc-300 px-2.5 py-0.5 no-underline hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-900">
                {t(locale, `conceptList.group.${g.id}`)} <span className="text-zinc-700 dark:text-zinc-300">({g.concepts.length})</span>
              </a>
            ))}
          </nav>
          {CONCEPT_GROUPS.map((g) => (
            <section key={g.id} id={`group-${g.id}`} aria-labelledby={`group-${g.id}-title`} className="scroll-mt-16" data-testid="concept-group" data-group={g.id}>
              <h2 id={`group-${g.id}-title`} className="mb-2 text-lg font-semibold">
                {t(locale, `conceptList.group.${g.id}`)}
              </h2>
              <ul className="grid gap-2 md:grid-cols-2">
                {g.concepts.map((id) => {
                  const e = byId.get(id);
                  return e ? <ConceptCard key={id} entry={e} showGroup={false} /> : null;
                })}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
