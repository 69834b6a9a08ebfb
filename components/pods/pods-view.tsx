'use client';

import Link from 'next/link';
import { useRouter, useSearchParams, usePathname } from 'next/navigation';
import { useMemo } from 'react';
import { t } from '@/lib/i18n/messages';
import type { OwnedPodsModel, PodsPageModel } from '@/lib/contract';
import { restartsText } from '@/lib/explain/pod-columns';
import { age } from '@/lib/views/age';
import { listError } from '@/lib/views/error-view';
import { filterPods, parseOwnerFilter, statusCounts } from '@/lib/views/pod-filter';
import type { PodRow } from '@/lib/views/pod-row';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveList, useLiveModel, useNow } from '@/components/live/use-live';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { OwnerBanner } from './owner-banner';
import { StatusBadge } from './status-badge';

const ROW_HEIGHT = 36;

/** The live Pods table: kubectl's columns, filters kept in the URL, virtualized for big clusters. */
export function PodsView({ model }: { model: PodsPageModel }) {
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const text = search.get('q') ?? '';
  const status = search.get('status') ?? '';
  // ?owner=Deployment/web narrows the view to that workload's pods, resolved on the server (owned-pods).
  const owner = parseOwnerFilter(model.owner);
  const ownedSpec = owner ? { view: 'owned-pods', context: model.context, namespace: model.namespace, owner: model.owner } : null;
  const all = useLiveList<PodRow>(ownedSpec ? null : { view: 'pods', context: model.context, namespace: model.namespace }, model.rows);
  const owned = useLiveModel<OwnedPodsModel>(ownedSpec, model.owned);
  const live = ownedSpec ? { items: owned.model?.rows ?? model.rows, state: owned.state } : all;
  const now = useNow(5000);
  const rows = useMemo(() => filterPods(live.items, { text, status }), [live.items, text, status]);
  const statuses = useMemo(() => statusCounts(live.items), [live.items]);
  const base = `/${encodeURIComponent(model.context)}`;

  const setParam = (key: string, value: string) => {
    const q = new URLSearchParams(search.toString());
    if (value) q.set(key, value);
    else q.delete(key);
    router.replace(`${pathname}?${q.toString()}`, { scroll: false });
  };

  const state = live.state;
  const error = listError(live.items.length, state, model.error);
  const allNs = !model.namespace;
  const podHref = (r: PodRow) => `${base}/pods/${encodeURIComponent(r.namespace)}/${encodeURIComponent(r.name)}`;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t(locale, 'pods.title')}</h1>
        <ConnectionIndicator state={state} />
        <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="pod-count">
          {t(locale, 'pods.count', { shown: rows.length, total: live.items.length })}
        </span>
      </div>
      <form className="flex flex-wrap items-end gap-3" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col text-sm">
          {t(locale, 'pods.namespace')}
          <select
            data-testid="namespace-select"
            value={model.namespace}
            onChange={(e) => setParam('namespace', e.target.value)}
            className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">{t(locale, 'pods.allNamespaces')}</option>
            {model.namespaces.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t(locale, 'pods.filter')}
          <input
            type="search"
            data-testid="text-filter"
            defaultValue={text}
            onChange={(e) => setParam('q', e.target.value)}
            className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
          />
        </label>
        <label className="flex flex-col text-sm">
          {t(locale, 'pods.statusFilter')}
          <select
            data-testid="status-filter"
            value={status}
            onChange={(e) => setParam('status', e.target.value)}
            className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">{t(locale, 'pods.anyStatus')}</option>
            {[...statuses, ...(status && !statuses.some((s) => s.status === status) ? [{ status, count: 0 }] : [])].map((s) => (
              <option key={s.status} value={s.status}>
                {s.status} ({s.count})
              </option>
            ))}
          </select>
        </label>
      </form>
      {model.owner && (
        <OwnerBanner
          owner={owner}
          raw={model.owner}
          through={owned.model?.through ?? model.owned?.through ?? []}
          base={base}
          namespace={model.namespace}
          clearHref={(() => {
            const q = new URLSearchParams(search.toString());
            q.delete('owner');
            return `${pathname}?${q.toString()}`;
          })()}
        />
      )}
      {error ? (
        <ErrorPanel error={error} locale={locale} compact />
      ) : (
        <DataTable
          caption={t(locale, 'pods.title')}
          testId="pods-table"
          maxHeight="max-h-[calc(100vh-13rem)]"
          virtual={{ rowHeight: ROW_HEIGHT }}
          rows={rows}
          rowKey={(r) => r.uid}
          rowData={(r) => ({ 'data-testid': 'pod-row', 'data-pod': `${r.namespace}/${r.name}` })}
          rowHref={podHref}
          empty={
            owner && live.items.length === 0
              ? t(locale, 'pods.owner.empty', { kind: owner.kind, name: owner.name })
              : live.items.length === 0 && model.namespace
                ? t(locale, 'pods.emptyNamespace')
                : t(locale, 'pods.empty')
          }
          emptyTestId="pods-empty"
          columns={[
            allNs && { id: 'namespace', header: t(locale, 'col.namespace'), className: 'text-zinc-600 dark:text-zinc-400', cell: (r: PodRow) => r.namespace },
            {
              id: 'name',
              header: t(locale, 'col.name'),
              className: 'font-mono',
              cell: (r) => (
                // A name may be 253 characters without a break: it truncates (the full name in its tooltip) so the row's other columns stay in view.
                <Link href={podHref(r)} data-testid="pod-name" title={r.name} className="block max-w-[32rem] truncate">
                  {r.name}
                </Link>
              ),
            },
            { id: 'ready', header: t(locale, 'col.ready'), className: 'font-mono', testId: 'pod-ready', cell: (r) => r.ready },
            { id: 'status', header: t(locale, 'col.status'), testId: 'pod-status', cell: (r) => <StatusBadge status={r.status} severity={r.severity} /> },
            { id: 'restarts', header: t(locale, 'col.restarts'), className: 'font-mono', testId: 'pod-restarts', ticking: true, cell: (r) => restartsText(r.restartCount, r.lastRestartAt, now) },
            { id: 'age', header: t(locale, 'col.age'), className: 'font-mono', ticking: true, cell: (r) => age(r.createdAt, now) },
            {
              id: 'node',
              header: t(locale, 'col.node'),
              className: 'font-mono',
              cell: (r) => (
                <span className="block max-w-[16rem] truncate" title={r.node}>
                  {r.node}
                </span>
              ),
            },
            { id: 'ip', header: t(locale, 'col.ip'), className: 'font-mono', cell: (r) => r.ip },
          ]}
        />
      )}
    </div>
  );
}
