'use client';

import Link from 'next/link';
import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { NodePageModel } from '@/lib/contract';
import { age } from '@/lib/views/age';
import { nodeStatusSeverity, type NodeDetailModel, type NodePodLink } from '@/lib/views/node-views';
import { liveError } from '@/lib/views/error-view';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DiagnosisList } from '@/components/explain/diagnosis-list';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { StatusBadge } from '@/components/pods/status-badge';
import { LiveErrorPanel } from '@/components/service/live-error';
import { Heartbeat, NodeConditions } from './node-conditions';
import { NodeInfo } from './node-info';
import { NodeTaints } from './node-taints';
import { ResourceBars } from './resource-bars';

const TH = 'px-2 py-2 font-medium';

/** One node explained live: conditions and heartbeat, taints, resources, its pods and its runtime. */
export function NodeDetailView({ page, locale }: { page: NodePageModel; locale: Locale }) {
  const live = useLiveModel<NodeDetailModel>({ view: 'node', context: page.context, name: page.name }, page.initial);
  const now = useNow(1000);
  const base = `/${encodeURIComponent(page.context)}`;
  const error = liveError(live.state, page.error);
  const model = live.model && 'found' in live.model ? live.model : null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-1">
        <nav aria-label={t(locale, 'nodes.breadcrumb')} className="text-sm">
          <Link href={`${base}/nodes`} className="underline">
            {t(locale, 'nodes.list.title')}
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">
            {t(locale, 'nodes.detail.title')} <span className="font-mono">{page.name}</span>
          </h1>
          {model?.found && (
            <span data-testid="node-status">
              <StatusBadge status={model.explanation.columns.status} severity={nodeStatusSeverity(model.explanation.columns.status)} />
            </span>
          )}
          <ConnectionIndicator state={live.state} locale={locale} />
        </div>
      </div>
      {error ? (
        <LiveErrorPanel error={error} locale={locale} />
      ) : model === null ? (
        <p className="text-zinc-600 dark:text-zinc-400" data-testid="node-loading">
          {t(locale, 'nodes.loading')}
        </p>
      ) : !model.found ? (
        <p className="rounded border border-zinc-200 p-6 text-zinc-700 dark:border-zinc-800 dark:text-zinc-300" data-testid="node-not-found">
          {t(locale, 'nodes.detail.notFound', { name: page.name })} <Link href={`${base}/nodes`} className="underline">
            {t(locale, 'nodes.detail.backToList')}
          </Link>
        </p>
      ) : (
        <NodeBody model={model} locale={locale} base={base} now={now} />
      )}
    </div>
  );
}

function NodeBody({ model, locale, base, now }: { model: Extract<NodeDetailModel, { found: true }>; locale: Locale; base: string; now: Date }) {
  const x = model.explanation;
  return (
    <>
      <section aria-labelledby="summary-title">
        <h2 id="summary-title" className="sr-only">
          {t(locale, 'nodes.summary.title')}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]" data-testid="node-summary">
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'col.roles')}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <span className="font-mono">{x.columns.roles}</span>
            {x.conceptIds.includes('control-plane') && <ConceptChip id="control-plane" locale={locale} />}
          </dd>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'nodes.summary.schedulable')}</dt>
          <dd className="flex flex-wrap items-center gap-2" data-testid="node-schedulable">
            {x.schedulable ? t(locale, 'nodes.summary.schedulableYes') : t(locale, 'nodes.summary.schedulableNo')}
            {!x.schedulable && <ConceptChip id="taint-unschedulable" locale={locale} />}
          </dd>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'nodes.col.internalIp')}</dt>
          <dd className="font-mono">{x.columns.internalIP}</dd>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'col.age')}</dt>
          <dd className="font-mono" suppressHydrationWarning>
            {x.createdAt ? age(x.createdAt, now) : x.columns.age}
          </dd>
        </dl>
      </section>

      {x.diagnoses.length > 0 && (
        <section aria-labelledby="diagnoses-title" id="diagnoses" className="flex scroll-mt-20 flex-col gap-2">
          <h2 id="diagnoses-title" className="text-lg font-semibold">
            {t(locale, 'nodes.diagnoses.title')}
          </h2>
          <DiagnosisList diagnoses={x.diagnoses} locale={locale} identity={{ node: x.name }} evidenceValue={(p) => model.evidence[p]} />
        </section>
      )}

      <Heartbeat h={x.heartbeat} locale={locale} now={now} />
      <NodeConditions conditions={x.conditions} locale={locale} now={now} />
      <NodeTaints taints={x.taints} locale={locale} />
      <ResourceBars resources={x.resources} locale={locale} />
      <NodePods pods={model.pods} locale={locale} base={base} />
      <NodeInfo info={x.nodeInfo} locale={locale} />
    </>
  );
}

function NodePods({ pods, locale, base }: { pods: NodePodLink[]; locale: Locale; base: string }) {
  return (
    <section aria-labelledby="pods-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="pods-title" className="text-lg font-semibold">
          {t(locale, 'nodes.pods.title', { count: pods.length })}
        </h2>
        <ConceptChip id="kube-scheduler" locale={locale} />
      </div>
      {pods.length === 0 ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="node-pods-empty">
          {t(locale, 'nodes.pods.none')}
        </p>
      ) : (
        <div className="overflow-x-auto rounded border border-zinc-200 dark:border-zinc-800">
          <table className="w-full border-collapse text-sm" data-testid="node-pods">
            <caption className="sr-only">{t(locale, 'nodes.pods.title', { count: pods.length })}</caption>
            <thead className="bg-zinc-100 text-left text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                <th scope="col" className={TH}>{t(locale, 'col.namespace')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.name')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.ready')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {pods.map((p) => (
                <tr key={`${p.namespace}/${p.name}`} data-testid="node-pod" data-pod={`${p.namespace}/${p.name}`} className="border-t border-zinc-100 dark:border-zinc-800/60">
                  <td className="px-2 py-1.5 text-zinc-600 dark:text-zinc-400">{p.namespace}</td>
                  <td className="px-2 py-1.5 font-mono">
                    <Link href={`${base}/pods/${encodeURIComponent(p.namespace)}/${encodeURIComponent(p.name)}`}>{p.name}</Link>
                  </td>
                  <td className="px-2 py-1.5 font-mono">{p.ready}</td>
                  <td className="px-2 py-1.5">
                    <StatusBadge status={p.status} severity={p.severity} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
