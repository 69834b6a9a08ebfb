import type { Metadata } from 'next';
import Link from 'next/link';
import { FeedFiltersForm } from '@/components/history/feed-filters';
import { NamespaceFeedView } from '@/components/history/namespace-feed';
import { t } from '@/lib/i18n/messages';
import { getLocale } from '@/lib/i18n/server';
import { parseFeedFilters } from '@/lib/views/history-urls';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { namespace } = await params;
  return { title: `History ${decodeURIComponent(namespace)}` };
}

/** "What happened in <namespace>": the recorded changes and events of the last hour (or 6 h, a day), filtered by kind, reason and severity. */
export default async function NamespaceHistoryPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { context: rawContext, namespace: rawNamespace } = await params;
  const context = decodeURIComponent(rawContext);
  const namespace = decodeURIComponent(rawNamespace);
  const search = await searchParams;
  const locale = await getLocale();
  const filters = parseFeedFilters(search);
  const lang = typeof search.lang === 'string' ? search.lang : null;
  return (
    <div className="flex flex-col gap-4" data-testid="history-page">
      <nav aria-label={t(locale, 'ui.breadcrumb')} className="text-sm">
        <Link href={`/${encodeURIComponent(context)}/pods?namespace=${encodeURIComponent(namespace)}`} className="underline">
          {t(locale, 'pod.backToList')}
        </Link>
      </nav>
      <h1 className="text-xl font-semibold">{t(locale, 'hist.feed.title', { namespace })}</h1>
      <FeedFiltersForm locale={locale} filters={filters} lang={lang} />
      <NamespaceFeedView context={context} namespace={namespace} filters={filters} />
    </div>
  );
}
