'use client';

import { useSearchParams } from 'next/navigation';
import type { CronJobDetailModel, WorkloadDetailPageModel, RelationGraph } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { cronJobView } from '@/lib/views/cronjob-view';
import { liveError } from '@/lib/views/error-view';
import { parseTabParam } from '@/lib/views/tabs';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { DetailFrame } from '@/components/ui/detail-frame';
import { ReplacedPods } from '@/components/history/replaced-pods';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { LastRuns, NextRunsSection, OwnedJobsSection, RunPolicySection, ScheduleSection, WarningsSection } from './cronjob-sections';
import { DiagnosesLead } from './run-bits';
import { WorkloadStatus } from './workload-columns';
import { OwnedPodsLink, WorkloadRowTable } from './workload-summary';

const TABS = ['schedule', 'jobs', 'warnings'] as const;

/**
 * One CronJob explained live: its schedule in words, the next three runs in
 * its time zone (worked out again every second), last schedule and success,
 * what concurrencyPolicy, startingDeadlineSeconds and suspend do to each run,
 * missed starts, the Jobs it owns and the controller's warnings. The open
 * tab is `?tab=`.
 */
export function CronJobDetailView({ page }: { page: WorkloadDetailPageModel<'cronjob'> }) {
  const locale = useLocale();
  const live = useLiveModel<CronJobDetailModel>({ view: 'cronjob', context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'CronJob', namespace: page.namespace, name: page.name });
  const now = useNow(1000);
  const tab = parseTabParam(useSearchParams().get('tab'), TABS);
  const base = `/${encodeURIComponent(page.context)}`;
  const model = live.model && 'found' in live.model ? live.model : null;
  const found = model?.found ? model : null;
  const view = found ? cronJobView(found.explanation, found.jobRows, now) : null;
  const kinds = t(locale, 'wl.kinds.cronjobs');
  const kind = t(locale, 'wl.kind.cronjobs');
  const counts: Partial<Record<(typeof TABS)[number], number>> = found ? { jobs: found.explanation.jobs.length, warnings: found.explanation.warnings.length } : {};
  const props = found && view ? { model: found, view, base, now } : null;
  return (
    <DetailFrame
      kind={kind}
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/cronjobs?namespace=${encodeURIComponent(page.namespace)}`, label: kinds }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : found ? 'ready' : 'not-found'}
      notFound={{ body: t(locale, 'wl.detail.notFound', { kind, name: page.name, namespace: page.namespace }), back: t(locale, 'wl.detail.back', { kinds }) }}
      testId="cronjob"
      after={
        <>
          <ReplacedPods context={page.context} namespace={page.namespace} ownerKind="CronJob" ownerName={page.name} />
          <RelationsPanel graph={relations.model} state={relations.state} context={page.context} />
        </>
      }
      status={found && <WorkloadStatus resource="cronjobs" row={found.row} locale={locale} />}
      badges={<ConceptChip id="cronjob" />}
      summary={
        props && (
          <div className="flex flex-col gap-2">
            <WorkloadRowTable context={page.context} resource="cronjobs" row={props.model.row} locale={locale} now={now} />
            <LastRuns {...props} />
            <OwnedPodsLink context={page.context} namespace={page.namespace} kind="CronJob" name={page.name} locale={locale} />
          </div>
        )
      }
      lead={found && <DiagnosesLead diagnoses={found.diagnoses} evidence={found.evidence} identity={{ name: page.name, namespace: page.namespace }} none={t(locale, 'cron.diag.none')} />}
      tabs={{ label: t(locale, 'cron.tabs'), items: TABS.map((id) => ({ id, label: t(locale, `cron.tab.${id}`), count: counts[id] })), active: tab }}
    >
      {props && tab === 'schedule' && (
        <>
          <ScheduleSection {...props} />
          <NextRunsSection {...props} />
          <RunPolicySection {...props} />
        </>
      )}
      {props && tab === 'jobs' && <OwnedJobsSection {...props} />}
      {props && tab === 'warnings' && <WarningsSection {...props} />}
    </DetailFrame>
  );
}
