'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { ServicesPageModel } from '@/lib/contract';
import { age } from '@/lib/views/age';
import { liveError } from '@/lib/views/error-view';
import type { ServiceListModel } from '@/lib/views/service-views';
import { ConceptChip } from '@/components/explain/concept-chip';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { LiveErrorPanel } from './live-error';
import { DiagnosisBadge } from './diagnosis-badge';

const TH = 'px-2 py-2 font-medium';

/** The live Services table: kubectl's columns, endpoints ready/total and the no-endpoints badges; namespace in the URL. */
export function ServicesView({ page, locale }: { page: ServicesPageModel; locale: Locale }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const live = useLiveModel<ServiceListModel>({ view: 'services', context: page.context, namespace: page.namespace || undefined }, page.initial);
  const now = useNow(5000);
  const base = `/${encodeURIComponent(page.context)}`;
  const error = liveError(live.state, page.error);
  const rows = live.model && 'rows' in live.model ? live.model.rows : null;
  const allNs = !page.namespace;

  const setNamespace = (value: string) => {
    const q = new URLSearchParams(search.toString());
    if (value) q.set('namespace', value);
    else q.delete('namespace');
    router.replace(`${pathname}?${q.toString()}`, { scroll: false });
  };

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t(locale, 'svc.list.title')}</h1>
        <ConnectionIndicator state={live.state} locale={locale} />
        {rows && (
          <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="service-count">
            {t(locale, 'svc.list.count', { count: rows.length })}
          </span>
        )}
        <ConceptChip id="service" locale={locale} />
        <ConceptChip id="endpointslice" locale={locale} />
      </div>
      <form className="flex flex-wrap items-end gap-3" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col text-sm">
          {t(locale, 'pods.namespace')}
          <select
            data-testid="namespace-select"
            value={page.namespace}
            onChange={(e) => setNamespace(e.target.value)}
            className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">{t(locale, 'pods.allNamespaces')}</option>
            {[...new Set([...page.namespaces, ...(page.namespace ? [page.namespace] : [])])].sort().map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </form>
      {error ? (
        <LiveErrorPanel error={error} locale={locale} />
      ) : rows === null ? (
        <p className="text-zinc-600 dark:text-zinc-400" data-testid="services-loading">
          {t(locale, 'svc.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="rounded border border-zinc-200 p-6 text-center text-zinc-600 dark:border-zinc-800 dark:text-zinc-400" data-testid="services-empty">
          {page.namespace ? t(locale, 'svc.list.emptyNamespace', { namespace: page.namespace }) : t(locale, 'svc.list.empty')}
        </p>
      ) : (
        <div className="overflow-x-auto rounded border border-zinc-200 dark:border-zinc-800">
          <table className="w-full border-collapse text-sm" data-testid="services-table">
            <caption className="sr-only">{t(locale, 'svc.list.title')}</caption>
            <thead className="bg-zinc-100 text-left text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                {allNs && <th scope="col" className={TH}>{t(locale, 'col.namespace')}</th>}
                <th scope="col" className={TH}>{t(locale, 'col.name')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.type')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.clusterIp')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.externalIp')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.ports')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.age')}</th>
                <th scope="col" className={TH}>{t(locale, 'svc.col.endpoints')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const href = `${base}/services/${encodeURIComponent(r.namespace)}/${encodeURIComponent(r.name)}`;
                return (
                  <tr key={r.uid} data-testid="service-row" data-service={`${r.namespace}/${r.name}`} className="border-t border-zinc-100 hover:bg-zinc-50 dark:border-zinc-800/60 dark:hover:bg-zinc-900">
                    {allNs && <td className="px-2 py-1.5 text-zinc-600 dark:text-zinc-400">{r.namespace}</td>}
                    <td className="px-2 py-1.5 font-mono">
                      <Link href={href} data-testid="service-name">
                        {r.name}
                      </Link>
                    </td>
                    <td className="px-2 py-1.5 font-mono" data-testid="service-type">{r.columns.type}</td>
                    <td className="px-2 py-1.5 font-mono">{r.columns.clusterIP}</td>
                    <td className="px-2 py-1.5 font-mono">{r.columns.externalIP}</td>
                    <td className="px-2 py-1.5 font-mono" data-testid="service-ports">{r.columns.ports}</td>
                    <td className="px-2 py-1.5 font-mono" suppressHydrationWarning>
                      {r.createdAt ? age(r.createdAt, now) : r.columns.age}
                    </td>
                    <td className="px-2 py-1.5">
                      <span className="flex flex-wrap items-center gap-2">
                        <span className="font-mono" data-testid="service-endpoints" aria-label={t(locale, 'svc.list.endpointsLabel', { ready: r.endpoints.ready, total: r.endpoints.total })}>
                          {r.endpoints.ready}/{r.endpoints.total}
                        </span>
                        {r.diagnosis && <DiagnosisBadge id={r.diagnosis} locale={locale} href={`${href}#diagnoses`} />}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
