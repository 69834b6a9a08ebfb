'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import type { ConceptId } from '@/lib/concepts/ids';
import type { ErrorInfoView, WorkloadListPageModel, WorkloadResource, WorkloadRow } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { liveError } from '@/lib/views/error-view';
import { filterWorkloadRows } from '@/lib/views/workloads/rows';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { ConceptChip } from '@/components/explain/concept-chip';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveList, useNow } from '@/components/live/use-live';
import { DataTable } from '@/components/ui/data-table';
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

const FIELD = 'rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900';

/**
 * The live list of one workload kind: kubectl's columns (rows projected on
 * the server), namespace, name filter and -o wide kept in the URL.
 */
export function WorkloadsView({ model }: { model: WorkloadListPageModel }) {
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const text = search.get('q') ?? '';
  const wide = search.get('wide') === '1';
  const { resource } = model;
  const live = useLiveList<WorkloadRow>({ view: resource, context: model.context, namespace: model.namespace }, model.rows);
  const now = useNow(5000);
  const rows = useMemo(() => filterWorkloadRows(live.items, text), [live.items, text]);
  const concept = useConcept(CONCEPT[resource]);
  const kinds = t(locale, `wl.kinds.${resource}`);

  const setParam = (key: string, value: string) => {
    const q = new URLSearchParams(search.toString());
    if (value) q.set(key, value);
    else q.delete(key);
    router.replace(`${pathname}?${q.toString()}`, { scroll: false });
  };

  const state = live.state;
  // A list that never loaded names its problem; one that did keeps its rows and shows "reconnecting…".
  const neverLoaded: ErrorInfoView | null =
    live.items.length === 0 && state?.phase === 'reconnecting' && state.kind !== 'unknown' ? { kind: state.kind, message: state.message, fix: state.fix } : null;
  const error = liveError(state, model.error) ?? neverLoaded;
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
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{kinds}</h1>
        <ConnectionIndicator state={state} />
        <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="workload-count">
          {t(locale, 'wl.list.count', { shown: rows.length, total: live.items.length })}
        </span>
        <ConceptChip id={CONCEPT[resource]} />
      </div>
      <p className="max-w-3xl text-sm text-zinc-700 dark:text-zinc-300">{concept.summary}</p>
      <form className="flex flex-wrap items-end gap-3" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col text-sm">
          {t(locale, 'pods.namespace')}
          <select data-testid="namespace-select" value={model.namespace} onChange={(e) => setParam('namespace', e.target.value)} className={FIELD}>
            <option value="">{t(locale, 'pods.allNamespaces')}</option>
            {[...new Set([...model.namespaces, ...(model.namespace ? [model.namespace] : [])])].sort().map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t(locale, 'wl.list.filter')}
          <input type="search" data-testid="text-filter" defaultValue={text} onChange={(e) => setParam('q', e.target.value)} className={FIELD} />
        </label>
        <label className="flex items-center gap-2 self-end pb-1 text-sm">
          <input type="checkbox" data-testid="wide-toggle" defaultChecked={wide} onChange={(e) => setParam('wide', e.target.checked ? '1' : '')} />
          {t(locale, 'wl.list.wide')}
        </label>
      </form>
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
