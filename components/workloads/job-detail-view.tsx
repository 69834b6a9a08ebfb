'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import type { JobDetailModel, WorkloadDetailPageModel, RelationGraph } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { liveError } from '@/lib/views/error-view';
import { jobView } from '@/lib/views/job-view';
import { parseTabParam } from '@/lib/views/tabs';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { DetailFrame } from '@/components/ui/detail-frame';
import { ReplacedPods } from '@/components/history/replaced-pods';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { BackoffSection, CompletionsSection, ConditionsSection, DeadlinesSection, JobPodsSection, PolicySection } from './job-sections';
import { DiagnosesLead, Note } from './run-bits';
import { WorkloadStatus } from './workload-columns';
import { OwnedPodsLink, WorkloadRowTable } from './workload-summary';

const TABS = ['progress', 'conditions', 'policy', 'pods'] as const;

/**
 * One Job explained live: completions against parallelism as a grid (per
 * index for Indexed Jobs), the back-off budget with each failed pod's exit
 * code, the activeDeadlineSeconds countdown and the TTL clean-up at the
 * browser's clock, its conditions explained, its podFailurePolicy and its
 * pods; the CronJob that owns it, if any. The open tab is `?tab=`.
 */
export function JobDetailView({ page }: { page: WorkloadDetailPageModel<'job'> }) {
  const locale = useLocale();
  const live = useLiveModel<JobDetailModel>({ view: 'job', context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'Job', namespace: page.namespace, name: page.name });
  const now = useNow(1000);
  const tab = parseTabParam(useSearchParams().get('tab'), TABS);
  const base = `/${encodeURIComponent(page.context)}`;
  const model = live.model && 'found' in live.model ? live.model : null;
  const found = model?.found ? model : null;
  const view = found ? jobView(found.explanation, now) : null;
  const kinds = t(locale, 'wl.kinds.jobs');
  const kind = t(locale, 'wl.kind.jobs');
  const owner = found?.explanation.owner;
  const counts: Partial<Record<(typeof TABS)[number], number>> = found ? { conditions: found.conditions.length, pods: found.podRows.length } : {};
  return (
    <DetailFrame
      kind={kind}
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/jobs?namespace=${encodeURIComponent(page.namespace)}`, label: kinds }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : found ? 'ready' : 'not-found'}
      notFound={{ body: t(locale, 'wl.detail.notFound', { kind, name: page.name, namespace: page.namespace }), back: t(locale, 'wl.detail.back', { kinds }) }}
      testId="job"
      after={
        <>
          <ReplacedPods context={page.context} namespace={page.namespace} ownerKind="Job" ownerName={page.name} />
          <RelationsPanel graph={relations.model} state={relations.state} context={page.context} />
        </>
      }
      status={found && <WorkloadStatus resource="jobs" row={found.row} locale={locale} />}
      badges={<ConceptChip id="job" />}
      summary={
        found && (
          <div className="flex flex-col gap-2">
            <WorkloadRowTable context={page.context} resource="jobs" row={found.row} locale={locale} now={now} />
            <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
              <OwnedPodsLink context={page.context} namespace={page.namespace} kind="Job" name={page.name} locale={locale} />
              {owner && (
                <span data-testid="job-owner">
                  {t(locale, 'wl.detail.controlledBy')}{' '}
                  {owner.kind === 'CronJob' ? (
                    <Link href={`${base}/cronjobs/${encodeURIComponent(page.namespace)}/${encodeURIComponent(owner.name)}`} className="font-mono underline">
                      CronJob/{owner.name}
                    </Link>
                  ) : (
                    <span className="font-mono">
                      {owner.kind}/{owner.name}
                    </span>
                  )}
                </span>
              )}
            </div>
            {found.explanation.suspended && <Note testId="job-suspended">{t(locale, 'job.suspended')}</Note>}
          </div>
        )
      }
      lead={found && <DiagnosesLead diagnoses={found.diagnoses} evidence={found.evidence} identity={{ name: page.name, namespace: page.namespace }} none={t(locale, 'job.diag.none')} />}
      tabs={{ label: t(locale, 'job.tabs'), items: TABS.map((id) => ({ id, label: t(locale, `job.tab.${id}`), count: counts[id] })), active: tab }}
    >
      {found && view && <JobTab tab={tab} props={{ model: found, view, base, now }} />}
    </DetailFrame>
  );
}

function JobTab({ tab, props }: { tab: (typeof TABS)[number]; props: Parameters<typeof CompletionsSection>[0] }) {
  switch (tab) {
    case 'progress':
      return (
        <>
          <CompletionsSection {...props} />
          <BackoffSection {...props} />
          <DeadlinesSection {...props} />
        </>
      );
    case 'conditions':
      return <ConditionsSection {...props} />;
    case 'policy':
      return <PolicySection {...props} />;
    case 'pods':
      return <JobPodsSection {...props} />;
  }
}
