'use client';

import { useMemo } from 'react';
import type { ConceptId } from '@/lib/concepts/ids';
import type { WorkloadListPageModel, WorkloadResource, WorkloadRow } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { listError } from '@/lib/views/error-view';
import { filterWorkloadRows } from '@/lib/views/workloads/rows';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { useLiveList, useNow } from '@/components/live/use-live';
import { DataTable } from '@/components/ui/data-table';
import { ListFilters, ListHeader, useListParams } from '@/components/ui/list-page';
import { useConcept, useLocale } from '@/components/ui/page-context';
import { workloadColumns, workloadHref } from './workload-columns';

const CONCEPT: Readonly<Record<WorkloadResource, ConceptId>> = {
  deployments: 'deployment',
  replicasets: 'replicaset',
  statefulsets: 'statefulset',
  daemonsets: 'daemonset',
  jobs: 'job',
  cronjobs: 'cronjob',
};

/**
 * The live list of one workload kind: kubectl's columns (rows projected on
 * the server), namespace, name filter and -o wide kept in the URL.
 */
export function WorkloadsView({ model }: { model: WorkloadListPageModel }) {
  const locale = useLocale();
  const params = useListParams();
  const { text, wide } = params;
  const { resource } = model;
  const live = useLiveList<WorkloadRow>({ view: resource, context: model.context, namespace: model.namespace }, model.rows);
  const now = useNow(5000);
  const rows = useMemo(() => filterWorkloadRows(live.items, text), [live.items, text]);
  const concept = useConcept(CONCEPT[resource]);
  const kinds = t(locale, `wl.kinds.${resource}`);

  const state = live.state;
  const error = listError(live.items.length, state, model.error);
  const href = (r: WorkloadRow) => workloadHref(model.context, resource, r);
  const columns = workloadColumns(resource, { locale, now, wide, allNamespaces: !model.namespace, href });

  const empty =
    live.items.length > 0 ? (
      t(locale, 'wl.list.noMatch', { total: live.items.length, kinds, text: text.trim() })
    ) : (
      <>
        {model.namespace ? t(locale, 'wl.list.emptyNamespace', { kinds, namespace: model.namespace }) : t(locale, 'wl.list.empty', { kinds })}
        <br />
        <span className="text-xs">{t(locale, `wl.list.hint.${resource}`)}</span>
      </>
    );

  return (
    <div className="flex flex-col gap-3" data-testid={`${resource}-view`}>
      <ListHeader
        title={kinds}
        state={state}
        count={t(locale, 'wl.list.count', { shown: rows.length, total: live.items.length })}
        countTestId="workload-count"
        concept={CONCEPT[resource]}
      />
      <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">{concept.summary}</p>
      <ListFilters
        locale={locale}
        params={params}
        namespaces={model.namespaces}
        namespace={model.namespace}
        filterLabel={t(locale, 'wl.list.filter')}
        wideLabel={t(locale, 'wl.list.wide')}
      />
      {error ? (
        <ErrorPanel error={error} locale={locale} compact />
      ) : (
        <DataTable
          caption={kinds}
          testId="workloads-table"
          maxHeight="max-h-[calc(100vh-15rem)]"
          rows={rows}
          rowKey={(r) => r.uid}
          rowData={(r) => ({ 'data-testid': 'workload-row', 'data-name': `${r.namespace}/${r.name}`, 'data-health': r.health })}
          rowHref={href}
          columns={columns}
          empty={empty}
          emptyTestId="workloads-empty"
        />
      )}
    </div>
  );
}
