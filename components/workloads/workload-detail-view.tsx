'use client';

import type { ConceptId } from '@/lib/concepts/ids';
import type { WorkloadDetail, WorkloadDetailPageModel, WorkloadResource, WorkloadRow } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { liveError } from '@/lib/views/error-view';
import { WORKLOAD_KIND } from '@/lib/views/workloads/rows';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { DetailFrame } from '@/components/ui/detail-frame';
import { useLocale } from '@/components/ui/page-context';
import { WorkloadStatus } from './workload-columns';
import { OwnedPodsLink, WorkloadRowTable } from './workload-summary';

const CONCEPT: Readonly<Record<WorkloadResource, ConceptId>> = {
  deployments: 'deployment',
  replicasets: 'replicaset',
  statefulsets: 'statefulset',
  daemonsets: 'daemonset',
  jobs: 'job',
  cronjobs: 'cronjob',
};

/**
 * A workload's page from its live model's basics: the frame (kind, name,
 * namespace, the kubectl status beside the heading), the kubectl row and a
 * link to its pods. The kind's own page replaces it as its explanation lands.
 */
export function WorkloadDetailView({ page, resource }: { page: WorkloadDetailPageModel; resource: WorkloadResource }) {
  const locale = useLocale();
  const live = useLiveModel<WorkloadDetail<WorkloadRow, object>>({ view: page.view, context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const now = useNow(5000);
  const base = `/${encodeURIComponent(page.context)}`;
  const model = live.model && 'found' in live.model ? live.model : null;
  const kinds = t(locale, `wl.kinds.${resource}`);
  const kind = t(locale, `wl.kind.${resource}`);
  return (
    <DetailFrame
      kind={kind}
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/${resource}?namespace=${encodeURIComponent(page.namespace)}`, label: kinds }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : model.found ? 'ready' : 'not-found'}
      notFound={{ body: t(locale, 'wl.detail.notFound', { kind, name: page.name, namespace: page.namespace }), back: t(locale, 'wl.detail.back', { kinds }) }}
      testId="workload"
      status={model?.found && <WorkloadStatus resource={resource} row={model.row} locale={locale} />}
      badges={<ConceptChip id={CONCEPT[resource]} />}
    >
      {model?.found && (
        <section className="flex flex-col gap-2">
          <WorkloadRowTable context={page.context} resource={resource} row={model.row} locale={locale} now={now} />
          <OwnedPodsLink context={page.context} namespace={page.namespace} kind={WORKLOAD_KIND[resource]} name={page.name} locale={locale} />
        </section>
      )}
    </DetailFrame>
  );
}
