'use client';

import type { ReplicaSetDetailModel, WorkloadDetailPageModel, RelationGraph } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { liveError } from '@/lib/views/error-view';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { DetailFrame } from '@/components/ui/detail-frame';
import { ReplacedPods } from '@/components/history/replaced-pods';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { WorkloadStatus } from './workload-columns';
import { OwnedPodsLink, WorkloadRowTable } from './workload-summary';
import { CountsSection, HealingSection, HistorySection, OwnerSection, PodsSection, SelectorSection } from './replicaset-sections';

/**
 * One ReplicaSet explained live: its selector and pod-template-hash, desired
 * against the pods it counts and what it does about it, its owner, the pods
 * it owns, and self-healing narrated as it happens.
 */
export function ReplicaSetView({ page }: { page: WorkloadDetailPageModel<'replicaset'> }) {
  const locale = useLocale();
  const live = useLiveModel<ReplicaSetDetailModel>({ view: 'replicaset', context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'ReplicaSet', namespace: page.namespace, name: page.name });
  const now = useNow(2000);
  const base = `/${encodeURIComponent(page.context)}`;
  const model = live.model && 'found' in live.model ? live.model : null;
  const kinds = t(locale, 'wl.kinds.replicasets');
  const kind = t(locale, 'wl.kind.replicasets');
  return (
    <DetailFrame
      kind={kind}
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/replicasets?namespace=${encodeURIComponent(page.namespace)}`, label: kinds }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : model.found ? 'ready' : 'not-found'}
      notFound={{ body: t(locale, 'wl.detail.notFound', { kind, name: page.name, namespace: page.namespace }), back: t(locale, 'wl.detail.back', { kinds }) }}
      testId="replicaset"
      after={
        <>
          <ReplacedPods context={page.context} namespace={page.namespace} ownerKind="ReplicaSet" ownerName={page.name} />
          <RelationsPanel graph={relations.model} state={relations.state} context={page.context} />
        </>
      }
      status={model?.found && <WorkloadStatus resource="replicasets" row={model.row} locale={locale} />}
      badges={<ConceptChip id="replicaset" />}
      summary={
        model?.found && (
          <div className="flex flex-col gap-2">
            <WorkloadRowTable context={page.context} resource="replicasets" row={model.row} locale={locale} now={now} />
            <OwnedPodsLink context={page.context} namespace={page.namespace} kind="ReplicaSet" name={page.name} locale={locale} />
          </div>
        )
      }
    >
      {model?.found && (
        <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
          <HealingSection model={model} locale={locale} now={now} base={base} />
          <CountsSection model={model} locale={locale} now={now} base={base} />
          <PodsSection model={model} locale={locale} now={now} base={base} />
          <OwnerSection model={model} locale={locale} now={now} base={base} />
          <SelectorSection model={model} locale={locale} now={now} base={base} />
          <HistorySection model={model} locale={locale} now={now} base={base} />
        </div>
      )}
    </DetailFrame>
  );
}
