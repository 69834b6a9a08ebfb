'use client';

import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { t } from '@/lib/i18n/messages';
import type { ServicesPageModel } from '@/lib/contract';
import { age } from '@/lib/views/age';
import { liveError } from '@/lib/views/error-view';
import type { ServiceListModel, ServiceListRow } from '@/lib/views/service-views';
import { ConceptChip } from '@/components/explain/concept-chip';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { DiagnosisBadge } from './diagnosis-badge';

/** The live Services table: kubectl's columns, endpoints ready/total and the no-endpoints badges; namespace in the URL. */
export function ServicesView({ page }: { page: ServicesPageModel }) {
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const live = useLiveModel<ServiceListModel>({ view: 'services', context: page.context, namespace: page.namespace || undefined }, page.initial);
  const now = useNow(5000);
  const base = `/${encodeURIComponent(page.context)}`;
  const error = liveError(live.state, page.error);
  const rows = live.model && 'rows' in live.model ? live.model.rows : null;
  const allNs = !page.namespace;
  const href = (r: ServiceListRow) => `${base}/services/${encodeURIComponent(r.namespace)}/${encodeURIComponent(r.name)}`;

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
        <ConnectionIndicator state={live.state} />
        {rows && (
          <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="service-count">
            {t(locale, 'svc.list.count', { count: rows.length })}
          </span>
        )}
        <ConceptChip id="service" />
        <ConceptChip id="endpointslice" />
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
        <ErrorPanel error={error} locale={locale} compact />
      ) : rows === null ? (
        <p className="text-zinc-600 dark:text-zinc-400" data-testid="services-loading">
          {t(locale, 'svc.loading')}
        </p>
      ) : (
        <DataTable
          caption={t(locale, 'svc.list.title')}
          testId="services-table"
          maxHeight="max-h-[calc(100vh-13rem)]"
          rows={rows}
          rowKey={(r) => r.uid}
          rowData={(r) => ({ 'data-testid': 'service-row', 'data-service': `${r.namespace}/${r.name}` })}
          rowHref={href}
          empty={page.namespace ? t(locale, 'svc.list.emptyNamespace', { namespace: page.namespace }) : t(locale, 'svc.list.empty')}
          emptyTestId="services-empty"
          columns={[
            allNs && { id: 'namespace', header: t(locale, 'col.namespace'), className: 'text-zinc-600 dark:text-zinc-400', cell: (r: ServiceListRow) => r.namespace },
            {
              id: 'name',
              header: t(locale, 'col.name'),
              className: 'font-mono',
              cell: (r) => (
                <Link href={href(r)} data-testid="service-name">
                  {r.name}
                </Link>
              ),
            },
            { id: 'type', header: t(locale, 'col.type'), className: 'font-mono', testId: 'service-type', cell: (r) => r.columns.type },
            { id: 'clusterIP', header: t(locale, 'col.clusterIp'), className: 'font-mono', cell: (r) => r.columns.clusterIP },
            { id: 'externalIP', header: t(locale, 'col.externalIp'), className: 'font-mono', cell: (r) => r.columns.externalIP },
            { id: 'ports', header: t(locale, 'col.ports'), className: 'font-mono', testId: 'service-ports', cell: (r) => r.columns.ports },
            { id: 'age', header: t(locale, 'col.age'), className: 'font-mono', ticking: true, cell: (r) => (r.createdAt ? age(r.createdAt, now) : r.columns.age) },
            {
              id: 'endpoints',
              header: t(locale, 'svc.col.endpoints'),
              cell: (r) => (
                <span className="flex flex-wrap items-center gap-2">
                  <span className="font-mono" data-testid="service-endpoints" aria-label={t(locale, 'svc.list.endpointsLabel', { ready: r.endpoints.ready, total: r.endpoints.total })}>
                    {r.endpoints.ready}/{r.endpoints.total}
                  </span>
                  {r.diagnosis && <DiagnosisBadge id={r.diagnosis} href={`${href(r)}#diagnoses`} />}
                </span>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
