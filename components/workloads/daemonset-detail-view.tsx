'use client';

import { useSearchParams } from 'next/navigation';
import type { DaemonSetDetailModel, WorkloadDetailPageModel, RelationGraph } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { liveError } from '@/lib/views/error-view';
import { parseTabParam } from '@/lib/views/tabs';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { DetailFrame } from '@/components/ui/detail-frame';
import { ReplacedPods } from '@/components/history/replaced-pods';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { DaemonSetNodes, DaemonSetUpdate } from './daemonset-sections';
import { DiagnosesLead } from './run-bits';
import { WorkloadStatus } from './workload-columns';
import { OwnedPodsLink, WorkloadRowTable } from './workload-summary';

const TABS = ['nodes', 'update'] as const;

/**
 * One DaemonSet explained live: for each node whether it should run a daemon
 * pod and why (taints and tolerations, nodeSelector, node affinity, a node
 * that is not ready), the pod on it, pods missing where they belong, and the
 * rolling update budget in numbers. The open tab is `?tab=`.
 */
export function DaemonSetDetailView({ page }: { page: WorkloadDetailPageModel<'daemonset'> }) {
  const locale = useLocale();
  const live = useLiveModel<DaemonSetDetailModel>({ view: 'daemonset', context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'DaemonSet', namespace: page.namespace, name: page.name });
  const now = useNow(5000);
  const tab = parseTabParam(useSearchParams().get('tab'), TABS);
  const base = `/${encodeURIComponent(page.context)}`;
  const model = live.model && 'found' in live.model ? live.model : null;
  const found = model?.found ? model : null;
  const kinds = t(locale, 'wl.kinds.daemonsets');
  const kind = t(locale, 'wl.kind.daemonsets');
  return (
    <DetailFrame
      kind={kind}
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/daemonsets?namespace=${encodeURIComponent(page.namespace)}`, label: kinds }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : found ? 'ready' : 'not-found'}
      notFound={{ body: t(locale, 'wl.detail.notFound', { kind, name: page.name, namespace: page.namespace }), back: t(locale, 'wl.detail.back', { kinds }) }}
      testId="daemonset"
      after={
        <>
          <ReplacedPods context={page.context} namespace={page.namespace} ownerKind="DaemonSet" ownerName={page.name} />
          <RelationsPanel graph={relations.model} state={relations.state} context={page.context} />
        </>
      }
      status={found && <WorkloadStatus resource="daemonsets" row={found.row} locale={locale} />}
      badges={<ConceptChip id="daemonset" />}
      summary={
        found && (
          <div className="flex flex-col gap-2">
            <WorkloadRowTable context={page.context} resource="daemonsets" row={found.row} locale={locale} now={now} />
            <OwnedPodsLink context={page.context} namespace={page.namespace} kind="DaemonSet" name={page.name} locale={locale} />
          </div>
        )
      }
      lead={found && <DiagnosesLead diagnoses={found.diagnoses} evidence={found.evidence} identity={{ name: page.name, namespace: page.namespace }} none={t(locale, 'ds.diag.none')} />}
      tabs={{ label: t(locale, 'ds.tabs'), items: TABS.map((id) => ({ id, label: t(locale, `ds.tab.${id}`) })), active: tab }}
    >
      {found && (tab === 'nodes' ? <DaemonSetNodes model={found} base={base} /> : <DaemonSetUpdate model={found} base={base} />)}
    </DetailFrame>
  );
}
