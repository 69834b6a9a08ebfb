'use client';

import Link from 'next/link';
import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { NodesPageModel } from '@/lib/contract';
import { age } from '@/lib/views/age';
import type { NodeListModel } from '@/lib/views/node-views';
import { liveError } from '@/lib/views/error-view';
import { ConceptChip } from '@/components/explain/concept-chip';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { StatusBadge } from '@/components/pods/status-badge';
import { LiveErrorPanel } from '@/components/service/live-error';

const TH = 'px-2 py-2 font-medium';

/** The live Nodes table with kubectl's columns (STATUS includes SchedulingDisabled) and pods per node. */
export function NodesView({ page, locale }: { page: NodesPageModel; locale: Locale }) {
  const live = useLiveModel<NodeListModel>({ view: 'nodes', context: page.context }, page.initial);
  const now = useNow(5000);
  const base = `/${encodeURIComponent(page.context)}`;
  const error = liveError(live.state, page.error);
  const rows = live.model && 'rows' in live.model ? live.model.rows : null;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t(locale, 'nodes.list.title')}</h1>
        <ConnectionIndicator state={live.state} locale={locale} />
        {rows && (
          <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="node-count">
            {t(locale, 'nodes.list.count', { count: rows.length })}
          </span>
        )}
        <ConceptChip id="node" locale={locale} />
        <ConceptChip id="node-conditions" locale={locale} />
        <ConceptChip id="taint-unschedulable" locale={locale} />
      </div>
      {error ? (
        <LiveErrorPanel error={error} locale={locale} />
      ) : rows === null ? (
        <p className="text-zinc-600 dark:text-zinc-400" data-testid="nodes-loading">
          {t(locale, 'nodes.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="rounded border border-zinc-200 p-6 text-center text-zinc-600 dark:border-zinc-800 dark:text-zinc-400" data-testid="nodes-empty">
          {t(locale, 'nodes.list.empty')}
        </p>
      ) : (
        <div className="overflow-x-auto rounded border border-zinc-200 dark:border-zinc-800">
          <table className="w-full border-collapse text-sm" data-testid="nodes-table">
            <caption className="sr-only">{t(locale, 'nodes.list.title')}</caption>
            <thead className="bg-zinc-100 text-left text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                <th scope="col" className={TH}>{t(locale, 'col.name')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.status')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.roles')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.age')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.version')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.col.internalIp')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.col.osImage')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.col.runtime')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.col.pods')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.uid} data-testid="node-row" data-node={r.name} className="border-t border-zinc-100 hover:bg-zinc-50 dark:border-zinc-800/60 dark:hover:bg-zinc-900">
                  <td className="px-2 py-1.5 font-mono">
                    <Link href={`${base}/nodes/${encodeURIComponent(r.name)}`} data-testid="node-name">
                      {r.name}
                    </Link>
                  </td>
                  <td className="px-2 py-1.5" data-testid="node-status">
                    <StatusBadge status={r.columns.status} severity={r.severity} />
                  </td>
                  <td className="px-2 py-1.5 font-mono" data-testid="node-roles">{r.columns.roles}</td>
                  <td className="px-2 py-1.5 font-mono" suppressHydrationWarning>
                    {r.createdAt ? age(r.createdAt, now) : r.columns.age}
                  </td>
                  <td className="px-2 py-1.5 font-mono" data-testid="node-version">{r.columns.version}</td>
                  <td className="px-2 py-1.5 font-mono">{r.columns.internalIP}</td>
                  <td className="px-2 py-1.5">{r.columns.osImage}</td>
                  <td className="px-2 py-1.5 font-mono" data-testid="node-runtime">{r.columns.containerRuntime}</td>
                  <td className="px-2 py-1.5 font-mono" data-testid="node-pods">{r.podCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
