'use client';

import { useRouter, useSearchParams, usePathname } from 'next/navigation';
import { useCallback, useMemo, type MouseEvent } from 'react';
import { t } from '@/lib/i18n/messages';
import type { OwnedPodsModel, PodsPageModel } from '@/lib/contract';
import type { Locale } from '@/lib/i18n/locale';
import { restartsText } from '@/lib/explain/pod-columns';
import { age } from '@/lib/views/age';
import { listError } from '@/lib/views/error-view';
import { listProgress, type ListProgress } from '@/lib/views/list-progress';
import { filterPods, parseOwnerFilter, statusCounts } from '@/lib/views/pod-filter';
import type { PodRow } from '@/lib/views/pod-row';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveList, useLiveModel, useNow } from '@/components/live/use-live';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { DataTable, type Column, type RowData } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { OwnerBanner } from './owner-banner';
import { podsLiveSpec } from './pods-spec';
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
  const spec = podsLiveSpec(model);
  const ownedSpec = owner ? spec : null;
  const all = useLiveList<PodRow>(ownedSpec ? null : spec, model.rows);
  const owned = useLiveModel<OwnedPodsModel>(ownedSpec, model.owned);
  const live = ownedSpec ? { items: owned.model?.rows ?? model.rows, state: owned.state } : all;
  const now = useNow(5000);
  const rows = useMemo(() => filterPods(live.items, { text, status }), [live.items, text, status]);
  const statuses = useMemo(() => statusCounts(live.items), [live.items]);
  const base = `/${encodeURIComponent(model.context)}`;

  const setParam = (key: string, value: string) => {
    // The address as it is now: a filter changed before the last replace landed must not be undone by a stale copy.
    const q = new URLSearchParams(window.location.search);
    if (value) q.set(key, value);
    else q.delete(key);
    router.replace(`${pathname}?${q.toString()}`, { scroll: false });
  };

  const state = live.state;
  const error = listError(live.items.length, state, model.error);
  // A list still arriving (a cold cache's first sync, or the rows past the first screen): progress, not a count.
  const progress = error ? null : listProgress(state, ownedSpec ? { count: live.items.length, total: live.items.length, complete: true } : model, live.items.length);
  const allNs = !model.namespace;
  const podHref = useCallback((r: PodRow) => `${base}/pods/${encodeURIComponent(r.namespace)}/${encodeURIComponent(r.name)}`, [base]);
  const rowData = useCallback((r: PodRow): RowData => ({ 'data-testid': 'pod-row', 'data-pod': `${r.namespace}/${r.name}` }), []);
  // The same columns until the clock ticks (ages, restart ages) or the page changes, so a live update re-renders only its row.
  // A plain left click on a pod's name navigates in-app, as next/link would; a modified or middle click is the browser's (new tab, window).
  const openPod = useCallback(
    (e: MouseEvent<HTMLAnchorElement>) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      router.push(e.currentTarget.getAttribute('href') ?? '');
    },
    [router],
  );
  const columns = useMemo(() => podColumns(locale, allNs, podHref, openPod, now), [locale, allNs, podHref, openPod, now]);

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t(locale, 'pods.title')}</h1>
        <ConnectionIndicator state={state} />
        {progress ? (
          <SyncProgress progress={progress} locale={locale} />
        ) : (
          <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="pod-count">
            {t(locale, 'pods.count', { shown: rows.length, total: live.items.length })}
          </span>
        )}
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
          rowData={rowData}
          rowHref={podHref}
          empty={
            progress
              ? t(locale, 'pods.loading')
              : owner && live.items.length === 0
                ? t(locale, 'pods.owner.empty', { kind: owner.kind, name: owner.name })
                : live.items.length === 0 && model.namespace
                  ? t(locale, 'pods.emptyNamespace')
                  : t(locale, 'pods.empty')
          }
          emptyTestId="pods-empty"
          columns={columns}
        />
      )}
    </div>
  );
}

/** kubectl's columns for the Pods table, at `now` (RESTARTS and AGE tick). */
function podColumns(locale: Locale, allNs: boolean, podHref: (r: PodRow) => string, openPod: (e: MouseEvent<HTMLAnchorElement>) => void, now: Date): (Column<PodRow> | false)[] {
  return [
    allNs && { id: 'namespace', header: t(locale, 'col.namespace'), className: 'text-zinc-600 dark:text-zinc-400', cell: (r: PodRow) => r.namespace },
    {
      id: 'name',
      header: t(locale, 'col.name'),
      className: 'font-mono',
      cell: (r) => (
        // A name may be 253 characters without a break: it truncates (the full name in its tooltip) so the row's other columns stay in view.
        // A plain <a> with one shared click handler, not next/link: a Link per row set itself up again for every row a
        // scroll brought into view (its hooks and its link registration), and it was never to prefetch (thousands of rows).
        <a href={podHref(r)} onClick={openPod} data-testid="pod-name" title={r.name} className="block max-w-[32rem] truncate">
          {r.name}
        </a>
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
  ];
}

/** "syncing 2,500 of about 30,000 pods" with a progress bar (an indeterminate one while the whole is unknown). */
function SyncProgress({ progress, locale }: { progress: ListProgress; locale: Locale }) {
  const fmt = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US');
  const text = progress.total === null ? t(locale, 'pods.syncingNoTotal', { count: fmt.format(progress.count) }) : t(locale, 'pods.syncing', { count: fmt.format(progress.count), total: fmt.format(progress.total) });
  const percent = progress.total ? Math.min(100, (progress.count / progress.total) * 100) : null;
  return (
    <span className="flex items-center gap-2 text-sm text-zinc-600 dark:text-zinc-400" data-testid="sync-progress">
      <span
        role="progressbar"
        aria-label={t(locale, 'pods.progress')}
        aria-valuemin={0}
        {...(progress.total === null ? {} : { 'aria-valuenow': progress.count, 'aria-valuemax': progress.total })}
        aria-valuetext={text}
        className="relative h-1.5 w-32 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
      >
        <span
          className={`absolute inset-y-0 left-0 rounded-full bg-sky-600 dark:bg-sky-400 ${percent === null ? 'w-1/3 animate-pulse' : ''}`}
          style={percent === null ? undefined : { width: `${percent}%` }}
        />
      </span>
      {text}
    </span>
  );
}
