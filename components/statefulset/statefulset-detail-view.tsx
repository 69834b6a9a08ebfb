'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DiagnosisList } from '@/components/explain/diagnosis-list';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { Age, Fact, Facts } from '@/components/pod/bits';
import { DetailFrame } from '@/components/ui/detail-frame';
import { ReplacedPods } from '@/components/history/replaced-pods';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { WorkloadStatus } from '@/components/workloads/workload-columns';
import { OwnedPodsLink } from '@/components/workloads/workload-summary';
import type { StatefulSetDetailModel, WorkloadDetailPageModel, RelationGraph } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { liveError } from '@/lib/views/error-view';
import { parseStatefulSetTab, STATEFULSET_TABS, type StatefulSetTab } from '@/lib/views/statefulset-view';
import { NetworkSection, OrdinalsSection, StorageSection, UpdatesSection, type StsLinks } from './statefulset-sections';

type Found = Extract<StatefulSetDetailModel, { found: true }>;

function Summary({ m, context, links, now }: { m: Found; context: string; links: StsLinks; now: Date }) {
  const locale = useLocale();
  const x = m.explanation;
  return (
    <Facts testId="statefulset-summary" wide>
      <Fact term={t(locale, 'sts.fact.policy')}>
        <span className="font-mono" data-testid="sts-policy-value">
          {x.podManagementPolicy}
        </span>
      </Fact>
      <Fact term={t(locale, 'sts.fact.service')}>
        {x.serviceName ? (
          <Link href={links.service(x.serviceName)} className="font-mono underline">
            {x.serviceName}
          </Link>
        ) : (
          '—'
        )}
      </Fact>
      <Fact term={t(locale, 'sts.fact.update')}>
        <span className="font-mono">{x.updateStrategy.type}</span>
        {x.updateStrategy.partition > 0 && <span className="ml-2 font-mono text-xs">({t(locale, 'sts.fact.partition', { partition: x.updateStrategy.partition })})</span>}
      </Fact>
      <Fact term="minReadySeconds">
        <span className="font-mono">{x.minReadySeconds}</span>
      </Fact>
      <Fact term={t(locale, 'col.age')}>
        <Age iso={m.row.createdAt} now={now} />
      </Fact>
      <Fact term={t(locale, 'sts.fact.pods')}>
        <OwnedPodsLink context={context} namespace={m.namespace} kind="StatefulSet" name={m.name} locale={locale} />
      </Fact>
    </Facts>
  );
}

function Diagnoses({ m }: { m: Found }) {
  const locale = useLocale();
  const evidence = (p: string) => m.evidence[p] ?? t(locale, 'deploy.evidence.absent');
  return (
    <section aria-labelledby="diagnoses-h" id="diagnoses" className="scroll-mt-20">
      <h2 id="diagnoses-h" className="mb-2 text-lg font-semibold">
        {t(locale, 'sts.diag.title')}
      </h2>
      {m.diagnoses.length === 0 ? (
        <p className="text-sm" data-testid="no-diagnoses">
          {t(locale, 'sts.diag.none')}
        </p>
      ) : (
        <DiagnosisList diagnoses={m.diagnoses} identity={{}} evidenceValue={evidence} />
      )}
    </section>
  );
}

function TabContent({ tab, m, links, now }: { tab: StatefulSetTab; m: Found; links: StsLinks; now: Date }) {
  switch (tab) {
    case 'ordinals':
      return <OrdinalsSection view={m.view} links={links} now={now} />;
    case 'network':
      return <NetworkSection x={m.explanation} view={m.view} links={links} />;
    case 'updates':
      return <UpdatesSection view={m.view} links={links} />;
    case 'storage':
      return <StorageSection x={m.explanation} view={m.view} links={links} />;
  }
}

/** The live StatefulSet page: ordinals and why each waits, stable names, updates and partition, claims, as tabs kept in the URL (?tab=…). */
export function StatefulSetDetailView({ page }: { page: WorkloadDetailPageModel<'statefulset'> }) {
  const locale = useLocale();
  const live = useLiveModel<StatefulSetDetailModel>({ view: 'statefulset', context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'StatefulSet', namespace: page.namespace, name: page.name });
  const search = useSearchParams();
  const tab = parseStatefulSetTab(search.get('tab'));
  const now = useNow(1000);
  const base = `/${encodeURIComponent(page.context)}`;
  const ns = encodeURIComponent(page.namespace);
  const links: StsLinks = {
    pod: (name) => `${base}/pods/${ns}/${encodeURIComponent(name)}`,
    service: (name) => `${base}/services/${ns}/${encodeURIComponent(name)}`,
    claim: (name) => `${base}/persistentvolumeclaims/${ns}/${encodeURIComponent(name)}`,
  };
  const model = live.model && 'found' in live.model ? live.model : null;
  const found = model?.found ? model : null;
  const counts: Partial<Record<StatefulSetTab, number>> = found ? { ordinals: found.view.ordinals.length } : {};
  return (
    <DetailFrame
      kind="StatefulSet"
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/statefulsets?namespace=${ns}`, label: t(locale, 'sts.backToList') }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : found ? 'ready' : 'not-found'}
      loadingText={t(locale, 'sts.loading')}
      notFound={{ title: t(locale, 'sts.notFound.title'), body: t(locale, 'sts.notFound.body', { name: page.name, namespace: page.namespace }), back: t(locale, 'sts.notFound.back') }}
      testId="statefulset"
      after={
        <>
          <ReplacedPods context={page.context} namespace={page.namespace} ownerKind="StatefulSet" ownerName={page.name} />
          <RelationsPanel graph={relations.model} state={relations.state} context={page.context} />
        </>
      }
      status={
        found && (
          <span data-testid="statefulset-status">
            <WorkloadStatus resource="statefulsets" row={found.row} locale={locale} />
          </span>
        )
      }
      badges={<ConceptChip id="statefulset" />}
      summary={found && <Summary m={found} context={page.context} links={links} now={now} />}
      lead={found && <Diagnoses m={found} />}
      tabs={{ label: t(locale, 'sts.tabs'), items: STATEFULSET_TABS.map((id) => ({ id, label: t(locale, `sts.tab.${id}`), count: counts[id] })), active: tab }}
    >
      {found && <TabContent tab={tab} m={found} links={links} now={now} />}
    </DetailFrame>
  );
}
