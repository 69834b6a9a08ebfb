'use client';

import { useMemo } from 'react';
import type { StorageListPageModel, StorageRow } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { listError } from '@/lib/views/error-view';
import { CLUSTER_SCOPED_STORAGE, storageHref } from '@/lib/views/storage/rows';
import { filterWorkloadRows } from '@/lib/views/workloads/rows';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { useLiveList, useNow } from '@/components/live/use-live';
import { DataTable } from '@/components/ui/data-table';
import { ListFilters, ListHeader, useListParams } from '@/components/ui/list-page';
import { useConcept, useLocale } from '@/components/ui/page-context';
import { STORAGE_CONCEPT } from './storage-concepts';
import { storageColumns } from './storage-columns';

/**
 * The live list of one storage or configuration kind: kubectl's columns (rows
 * projected on the server; Secrets as key counts only), the namespace for
 * namespaced kinds, the name filter and -o wide kept in the URL.
 */
export function StorageListView({ model }: { model: StorageListPageModel }) {
  const locale = useLocale();
  const params = useListParams();
  const { text, wide } = params;
  const { resource } = model;
  const clusterScoped = CLUSTER_SCOPED_STORAGE.has(resource);
  const live = useLiveList<StorageRow>(clusterScoped ? { view: resource, context: model.context } : { view: resource, context: model.context, namespace: model.namespace }, model.rows);
  const now = useNow(5000);
  const rows = useMemo(() => filterWorkloadRows(live.items, text), [live.items, text]);
  const concept = useConcept(STORAGE_CONCEPT[resource]);
  const kinds = t(locale, `st.kinds.${resource}`);
  const hasWide = resource === 'persistentvolumeclaims' || resource === 'persistentvolumes';

  const state = live.state;
  const error = listError(live.items.length, state, model.error);
  const href = (r: StorageRow) => storageHref(model.context, resource, { namespace: r.namespace, name: 'objectName' in r ? r.objectName : r.name });
  const columns = storageColumns(resource, { locale, now, wide: hasWide && wide, allNamespaces: !clusterScoped && !model.namespace, href });

  const empty =
    live.items.length > 0 ? (
      t(locale, 'st.list.noMatch', { total: live.items.length, kinds, text: text.trim() })
    ) : (
      <>
        {model.namespace ? t(locale, 'st.list.emptyNamespace', { kinds, namespace: model.namespace }) : t(locale, 'st.list.empty', { kinds })}
        <br />
        <span className="text-xs">{t(locale, `st.list.hint.${resource}`)}</span>
      </>
    );

  return (
    <div className="flex flex-col gap-3" data-testid={`${resource}-view`}>
      <ListHeader
        title={kinds}
        state={state}
        count={t(locale, 'st.list.count', { shown: rows.length, total: live.items.length })}
        countTestId="storage-count"
        concept={STORAGE_CONCEPT[resource]}
      />
      <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">{concept.summary}</p>
      {resource === 'secrets' && (
        <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300" data-testid="secrets-never-shown">
          {t(locale, 'st.secret.neverShown')}
        </p>
      )}
      <ListFilters
        locale={locale}
        params={params}
        namespaces={clusterScoped ? null : model.namespaces}
        namespace={model.namespace}
        filterLabel={t(locale, 'st.list.filter')}
        wideLabel={hasWide ? t(locale, 'st.list.wide') : null}
      />
      {error ? (
        <ErrorPanel error={error} locale={locale} compact />
      ) : (
        <DataTable
          caption={kinds}
          testId="storage-table"
          maxHeight="max-h-[calc(100vh-15rem)]"
          rows={rows}
          rowKey={(r) => r.uid}
          rowData={(r) => ({ 'data-testid': 'storage-row', 'data-name': r.namespace ? `${r.namespace}/${r.name}` : 'objectName' in r ? r.objectName : r.name, 'data-health': r.health })}
          rowHref={href}
          columns={columns}
          empty={empty}
          emptyTestId="storage-empty"
        />
      )}
    </div>
  );
}
