'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { t } from '@/lib/i18n/messages';
import type { ClusterPageModel } from '@/lib/contract';
import type { ClusterOverviewModel } from '@/lib/views/cluster-overview';
import { CLUSTER_SCOPED_KINDS, NAMESPACED_KINDS, type KindExample } from '@/lib/views/cluster-kinds';
import type { NamespaceRow } from '@/lib/views/namespace-row';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveList, useLiveModel, useNow } from '@/components/live/use-live';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { liveError } from '@/lib/views/error-view';
import { ConceptChip } from '@/components/explain/concept-chip';
import { StatusBadge } from '@/components/pods/status-badge';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { ArchitectureMap } from './architecture-map';

function KindList({ kinds }: { kinds: readonly KindExample[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {kinds.map((k) => (
        <li key={k.kind}>{k.conceptId ? <ConceptChip id={k.conceptId} label={k.kind} /> : <span className="rounded-full border border-zinc-300 px-2 py-0.5 font-mono text-xs dark:border-zinc-700">{k.kind}</span>}</li>
      ))}
    </ul>
  );
}

/** Namespaces from the namespace list and from the pods, with pod counts (0 for empty ones). */
function namespaceCounts(model: ClusterOverviewModel, names: string[]): { name: string; pods: number }[] {
  const counts = new Map(model.namespaces.map((n) => [n.name, n.pods]));
  for (const n of names) if (!counts.has(n)) counts.set(n, 0);
  return [...counts].map(([name, pods]) => ({ name, pods })).sort((a, b) => a.name.localeCompare(b.name));
}

/** The live cluster overview: the architecture map with evidence, pods by STATUS, namespaces. */
export function ClusterOverview({ page }: { page: ClusterPageModel }) {
  const locale = useLocale();
  const { context } = page;
  const live = useLiveModel<ClusterOverviewModel>({ view: 'cluster', context }, page.overview);
  const nsLive = useLiveList<NamespaceRow>(
    { view: 'namespaces', context },
    page.namespaces.map((name) => ({ uid: name, name, phase: 'Active' })),
  );
  const now = useNow(1000);
  const base = `/${encodeURIComponent(context)}`;
  const model = live.model && 'cluster' in live.model ? live.model : null;
  const namespaces = useMemo(() => (model ? namespaceCounts(model, nsLive.items.map((n) => n.name)) : []), [model, nsLive.items]);
  const error = liveError(live.state, page.error);
  const nsHref = (n: { name: string }) => `${base}/pods?namespace=${encodeURIComponent(n.name)}`;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t(locale, 'overview.title')}</h1>
        <span className="font-mono text-sm text-zinc-700 dark:text-zinc-300">{context}</span>
        <ConnectionIndicator state={live.state} />
      </div>
      {error && <ErrorPanel error={error} locale={locale} compact />}
      {!model ? (
        !error && (
          <p className="text-zinc-700 dark:text-zinc-300" data-testid="overview-loading">
            {t(locale, 'overview.loading')}
          </p>
        )
      ) : (
        <>
          <section aria-labelledby="map-title" className="flex flex-col gap-2">
            <h2 id="map-title" className="text-lg font-semibold">
              {t(locale, 'overview.mapTitle')}
            </h2>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'overview.mapIntro')}</p>
            <ArchitectureMap model={model} base={base} now={now} />
          </section>

          <section aria-labelledby="status-title" className="flex flex-col gap-2">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id="status-title" className="text-lg font-semibold">
                {t(locale, 'overview.statusTitle')}
              </h2>
              <ConceptChip id="pod-phase" />
              <ConceptChip id="container-states" />
            </div>
            <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'overview.statusIntro', { total: model.totalPods })}</p>
            {model.podStatusCounts.length === 0 ? (
              <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'overview.noPods')}</p>
            ) : (
              <ul className="flex flex-wrap gap-2" data-testid="status-counts">
                {model.podStatusCounts.map((s) => (
                  <li key={s.status}>
                    <Link
                      href={`${base}/pods?status=${encodeURIComponent(s.status)}`}
                      data-testid="status-count"
                      data-status={s.status}
                      className="inline-flex items-center gap-2 rounded-lg border border-zinc-300 px-3 py-1.5 text-zinc-900 no-underline hover:bg-zinc-100 dark:border-zinc-700 dark:text-zinc-100 dark:hover:bg-zinc-900"
                    >
                      <StatusBadge status={s.status} severity={s.severity} />
                      <span className="font-mono text-sm" aria-label={t(locale, 'overview.podCount', { count: s.count })}>
                        {s.count}
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby="ns-title" className="flex flex-col gap-2">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id="ns-title" className="text-lg font-semibold">
                {t(locale, 'overview.namespacesTitle')}
              </h2>
              <ConceptChip id="namespace" />
            </div>
            <div className="grid gap-4 lg:grid-cols-[minmax(0,22rem)_1fr]">
              <DataTable
                caption={t(locale, 'overview.namespacesTitle')}
                testId="namespaces"
                density="compact"
                rows={namespaces}
                rowKey={(n) => n.name}
                rowData={(n) => ({ 'data-testid': 'namespace-row', 'data-namespace': n.name })}
                rowHref={nsHref}
                columns={[
                  { id: 'namespace', header: t(locale, 'col.namespace'), className: 'font-mono', cell: (n) => <Link href={nsHref(n)}>{n.name}</Link> },
                  { id: 'pods', header: t(locale, 'overview.podsColumn'), headerClassName: 'text-right', className: 'text-right font-mono', cell: (n) => n.pods },
                ]}
              />
              <div className="flex flex-col gap-3 text-sm">
                <p className="text-zinc-700 dark:text-zinc-300">{t(locale, 'overview.scopeIntro')}</p>
                <div>
                  <h3 className="mb-1 font-medium">{t(locale, 'overview.namespacedKinds')}</h3>
                  <KindList kinds={NAMESPACED_KINDS} />
                </div>
                <div>
                  <h3 className="mb-1 font-medium">{t(locale, 'overview.clusterScopedKinds')}</h3>
                  <KindList kinds={CLUSTER_SCOPED_KINDS} />
                </div>
                <p className="font-mono text-xs text-zinc-700 dark:text-zinc-300">kubectl api-resources --namespaced=true · kubectl api-resources --namespaced=false</p>
              </div>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
