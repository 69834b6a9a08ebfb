'use client';

import Link from 'next/link';
import { t } from '@/lib/i18n/messages';
import type { NodePageModel, RelationGraph } from '@/lib/contract';
import { age } from '@/lib/views/age';
import { nodeStatusSeverity, type NodeDetailModel, type NodePodLink } from '@/lib/views/node-views';
import { liveError } from '@/lib/views/error-view';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DiagnosisList } from '@/components/explain/diagnosis-list';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { StatusBadge } from '@/components/pods/status-badge';
import { DataTable } from '@/components/ui/data-table';
import { DetailFrame } from '@/components/ui/detail-frame';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { Heartbeat, NodeConditions } from './node-conditions';
import { NodeInfo } from './node-info';
import { NodeTaints } from './node-taints';
import { ResourceBars } from './resource-bars';

/** One node explained live: conditions and heartbeat, taints, resources, its pods and its runtime. */
export function NodeDetailView({ page }: { page: NodePageModel }) {
  const locale = useLocale();
  const live = useLiveModel<NodeDetailModel>({ view: 'node', context: page.context, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'Node', name: page.name });
  const now = useNow(1000);
  const base = `/${encodeURIComponent(page.context)}`;
  const model = live.model && 'found' in live.model ? live.model : null;
  const status = model?.found ? model.explanation.columns.status : null;
  return (
    <DetailFrame
      kind={t(locale, 'nodes.detail.title')}
      name={page.name}
      list={{ href: `${base}/nodes`, label: t(locale, 'nodes.list.title') }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : model.found ? 'ready' : 'not-found'}
      loadingText={t(locale, 'nodes.loading')}
      notFound={{ body: t(locale, 'nodes.detail.notFound', { name: page.name }), back: t(locale, 'nodes.detail.backToList') }}
      testId="node"
      after={<RelationsPanel graph={relations.model} state={relations.state} context={page.context} />}
      status={
        status && (
          <span data-testid="node-status">
            <StatusBadge status={status} severity={nodeStatusSeverity(status)} />
          </span>
        )
      }
      badges={<ConceptChip id="node" />}
    >
      {model?.found && <NodeBody model={model} base={base} now={now} />}
    </DetailFrame>
  );
}

function NodeBody({ model, base, now }: { model: Extract<NodeDetailModel, { found: true }>; base: string; now: Date }) {
  const locale = useLocale();
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
            {x.conceptIds.includes('control-plane') && <ConceptChip id="control-plane" />}
          </dd>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'nodes.summary.schedulable')}</dt>
          <dd className="flex flex-wrap items-center gap-2" data-testid="node-schedulable">
            {x.schedulable ? t(locale, 'nodes.summary.schedulableYes') : t(locale, 'nodes.summary.schedulableNo')}
            {!x.schedulable && <ConceptChip id="taint-unschedulable" />}
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
          <DiagnosisList diagnoses={x.diagnoses} identity={{ node: x.name }} evidenceValue={(p) => model.evidence[p]} />
        </section>
      )}

      <Heartbeat h={x.heartbeat} now={now} />
      <NodeConditions conditions={x.conditions} now={now} />
      <NodeTaints taints={x.taints} />
      <ResourceBars resources={x.resources} />
      <NodePods pods={model.pods} base={base} />
      <NodeInfo info={x.nodeInfo} />
    </>
  );
}

function NodePods({ pods, base }: { pods: NodePodLink[]; base: string }) {
  const locale = useLocale();
  const podHref = (p: NodePodLink) => `${base}/pods/${encodeURIComponent(p.namespace)}/${encodeURIComponent(p.name)}`;
  return (
    <section aria-labelledby="pods-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="pods-title" className="text-lg font-semibold">
          {t(locale, 'nodes.pods.title', { count: pods.length })}
        </h2>
        <ConceptChip id="kube-scheduler" />
      </div>
      <DataTable
        caption={t(locale, 'nodes.pods.title', { count: pods.length })}
        testId="node-pods"
        rows={pods}
        rowKey={(p) => `${p.namespace}/${p.name}`}
        rowData={(p) => ({ 'data-testid': 'node-pod', 'data-pod': `${p.namespace}/${p.name}` })}
        rowHref={podHref}
        empty={t(locale, 'nodes.pods.none')}
        emptyTestId="node-pods-empty"
        columns={[
          { id: 'namespace', header: t(locale, 'col.namespace'), className: 'text-zinc-600 dark:text-zinc-400', cell: (p) => p.namespace },
          { id: 'name', header: t(locale, 'col.name'), className: 'font-mono', cell: (p) => <Link href={podHref(p)} className="break-all">{p.name}</Link> },
          { id: 'ready', header: t(locale, 'col.ready'), className: 'font-mono', cell: (p) => p.ready },
          { id: 'status', header: t(locale, 'col.status'), cell: (p) => <StatusBadge status={p.status} severity={p.severity} /> },
        ]}
      />
    </section>
  );
}
