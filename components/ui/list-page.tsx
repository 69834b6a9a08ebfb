'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import type { StreamState } from '@/lib/contract';
import type { ConceptId } from '@/lib/concepts/ids';
import type { Locale } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import { ConceptChip } from '@/components/explain/concept-chip';
import { ConnectionIndicator } from '@/components/live/connection-indicator';

const FIELD = 'rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900';

/**
 * A list page's URL state: the name filter (?q=), -o wide (?wide=1) and a
 * setter that replaces one parameter in place, so every filtered view keeps
 * a shareable URL.
 */
export function useListParams(): { text: string; wide: boolean; setParam: (key: string, value: string) => void } {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const setParam = (key: string, value: string) => {
    const q = new URLSearchParams(search.toString());
    if (value) q.set(key, value);
    else q.delete(key);
    router.replace(`${pathname}?${q.toString()}`, { scroll: false });
  };
  return { text: search.get('q') ?? '', wide: search.get('wide') === '1', setParam };
}

/** The top of a live list page: its title, connection state, "shown of total" count and the kind's concept chip. */
export function ListHeader({ title, state, count, countTestId, concept }: { title: string; state: StreamState | null; count: string; countTestId: string; concept: ConceptId }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <h1 className="text-xl font-semibold">{title}</h1>
      <ConnectionIndicator state={state} />
      <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid={countTestId}>
        {count}
      </span>
      <ConceptChip id={concept} />
    </div>
  );
}

/**
 * A list page's filters, all kept in the URL: the namespace (for namespaced
 * kinds; the current one stays listed even when the namespace list lacks
 * it), the name filter and, where the kind has one, -o wide.
 */
export function ListFilters({
  locale,
  params,
  namespaces,
  namespace,
  filterLabel,
  wideLabel,
}: {
  locale: Locale;
  params: ReturnType<typeof useListParams>;
  /** Null for cluster-scoped kinds: no namespace select. */
  namespaces: readonly string[] | null;
  namespace: string;
  filterLabel: string;
  /** Null when the kind has no wide columns. */
  wideLabel: string | null;
}): ReactNode {
  const { text, wide, setParam } = params;
  return (
    <form className="flex flex-wrap items-end gap-3" role="search" onSubmit={(e) => e.preventDefault()}>
      {namespaces && (
        <label className="flex flex-col text-sm">
          {t(locale, 'pods.namespace')}
          <select data-testid="namespace-select" value={namespace} onChange={(e) => setParam('namespace', e.target.value)} className={FIELD}>
            <option value="">{t(locale, 'pods.allNamespaces')}</option>
            {[...new Set([...namespaces, ...(namespace ? [namespace] : [])])].sort().map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="flex flex-col text-sm">
        {filterLabel}
        <input type="search" data-testid="text-filter" defaultValue={text} onChange={(e) => setParam('q', e.target.value)} className={FIELD} />
      </label>
      {wideLabel && (
        <label className="flex items-center gap-2 self-end pb-1 text-sm">
          <input type="checkbox" data-testid="wide-toggle" defaultChecked={wide} onChange={(e) => setParam('wide', e.target.checked ? '1' : '')} />
          {wideLabel}
        </label>
      )}
    </form>
  );
}
