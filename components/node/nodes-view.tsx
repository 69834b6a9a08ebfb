'use client';

import Link from 'next/link';
import { t } from '@/lib/i18n/messages';
import type { NodesPageModel } from '@/lib/contract';
import { age } from '@/lib/views/age';
import type { NodeListModel, NodeListRow } from '@/lib/views/node-views';
import { liveError } from '@/lib/views/error-view';
import { ConceptChip } from '@/components/explain/concept-chip';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { StatusBadge } from '@/components/pods/status-badge';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';

/** The live Nodes table with kubectl's columns (STATUS includes SchedulingDisabled) and pods per node. */
export function NodesView({ page }: { page: NodesPageModel }) {
  const locale = useLocale();
  const live = useLiveModel<NodeListModel>({ view: 'nodes', context: page.context }, page.initial);
  const now = useNow(5000);
  const base = `/${encodeURIComponent(page.context)}`;
  const error = liveError(live.state, page.error);
  const rows = live.model && 'rows' in live.model ? live.model.rows : null;
  const href = (r: NodeListRow) => `${base}/nodes/${encodeURIComponent(r.name)}`;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t(locale, 'nodes.list.title')}</h1>
        <ConnectionIndicator state={live.state} />
        {rows && (
          <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="node-count">
            {t(locale, 'nodes.list.count', { count: rows.length })}
          </span>
        )}
        <ConceptChip id="node" />
        <ConceptChip id="node-conditions" />
        <ConceptChip id="taint-unschedulable" />
      </div>
      {error ? (
        <ErrorPanel error={error} locale={locale} compact />
      ) : rows === null ? (
        <p className="text-zinc-600 dark:text-zinc-400" data-testid="nodes-loading">
          {t(locale, 'nodes.loading')}
        </p>
      ) : (
        <DataTable
          caption={t(locale, 'nodes.list.title')}
          testId="nodes-table"
          maxHeight="max-h-[calc(100vh-11rem)]"
          rows={rows}
          rowKey={(r) => r.uid}
          rowData={(r) => ({ 'data-testid': 'node-row', 'data-node': r.name })}
          rowHref={href}
          empty={t(locale, 'nodes.list.empty')}
          emptyTestId="nodes-empty"
          columns={[
            {
              id: 'name',
              header: t(locale, 'col.name'),
              className: 'font-mono',
              cell: (r) => (
                <Link href={href(r)} data-testid="node-name">
                  {r.name}
                </Link>
              ),
            },
            { id: 'status', header: t(locale, 'col.status'), testId: 'node-status', cell: (r) => <StatusBadge status={r.columns.status} severity={r.severity} /> },
            { id: 'roles', header: t(locale, 'col.roles'), className: 'font-mono', testId: 'node-roles', cell: (r) => r.columns.roles },
            { id: 'age', header: t(locale, 'col.age'), className: 'font-mono', ticking: true, cell: (r) => (r.createdAt ? age(r.createdAt, now) : r.columns.age) },
            { id: 'version', header: t(locale, 'col.version'), className: 'font-mono', testId: 'node-version', cell: (r) => r.columns.version },
            { id: 'internalIP', header: t(locale, 'nodes.col.internalIp'), className: 'font-mono', cell: (r) => r.columns.internalIP },
            { id: 'osImage', header: t(locale, 'nodes.col.osImage'), cell: (r) => r.columns.osImage },
            { id: 'runtime', header: t(locale, 'nodes.col.runtime'), className: 'font-mono', testId: 'node-runtime', cell: (r) => r.columns.containerRuntime },
            { id: 'pods', header: t(locale, 'nodes.col.pods'), className: 'font-mono', testId: 'node-pods', cell: (r) => r.podCount },
          ]}
        />
      )}
    </div>
  );
}
