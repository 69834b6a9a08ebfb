'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DiagnosisList } from '@/components/explain/diagnosis-list';
import { DeletedPod } from '@/components/history/deleted-pod';
import { PodTimeline } from '@/components/history/pod-timeline';
import { SinceNote } from '@/components/history/since-note';
import { useHistory } from '@/components/history/use-history';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { StatusBadge } from '@/components/pods/status-badge';
import { DetailFrame } from '@/components/ui/detail-frame';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import type { PodPageModel, RelationGraph, PodStorageModel } from '@/lib/contract';
import type { ObjectTimeline } from '@/lib/contract/history';
import { restartsText } from '@/lib/explain/pod-columns';
import { t } from '@/lib/i18n/messages';
import { liveError } from '@/lib/views/error-view';
import { sinceFor } from '@/lib/views/history-since';
import { timelineUrl } from '@/lib/views/history-urls';
import type { PodDetail, PodDetailModel } from '@/lib/views/pod-detail';
import { statusSeverity } from '@/lib/views/pod-row';
import { parseTab, POD_TAB_PARAMS, POD_TABS, type PodTab } from '@/lib/views/pod-tabs';
import { Age, ConceptLink, Fact, Facts } from './bits';
import { CommandsBox } from './commands-box';
import { ContainersPanel } from './containers-panel';
import { CreationFlow } from './creation-flow';
import { DeletionFlow } from './deletion-flow';
import { EventsTable } from './events-table';
import { LifecycleDiagram } from './lifecycle-diagram';
import { LogsViewer } from './logs-viewer';
import { ProbesPanel } from './probes-panel';
import { OwnerChain, ServicesPanel } from './relations';
import { SchedulingPanel } from './scheduling-panel';
import { VolumesPanel } from './volumes-panel';
import { YamlView } from './yaml-view';

type PodStorage = Extract<PodStorageModel, { found: true }>;

function Summary({ m, base }: { m: PodDetail; base: string }) {
  const locale = useLocale();
  const now = useNow(5000);
  const e = m.explanation;
  const cols = e.lifecycle.columns;
  return (
    <Facts testId="pod-summary" wide>
      <Fact term={t(locale, 'col.ready')} testId="pod-ready">
        <span className="font-mono">{cols.ready}</span>
      </Fact>
      <Fact term={t(locale, 'col.restarts')}>
        <span className="font-mono" suppressHydrationWarning>
          {restartsText(cols.restartCount, cols.lastRestartAt, now)}
        </span>
      </Fact>
      <Fact term={t(locale, 'col.age')}>
        <Age iso={e.pod.createdAt} now={now} />
      </Fact>
      <Fact term={t(locale, 'pod.phase')}>
        <ConceptLink id={e.lifecycle.phase.conceptId} className="font-mono">
          {e.lifecycle.phase.value}
        </ConceptLink>
        {e.lifecycle.phase.reason && <span className="ml-2 font-mono text-xs">({e.lifecycle.phase.reason})</span>}
      </Fact>
      <Fact term={t(locale, 'col.node')}>
        {e.pod.nodeName ? (
          <Link href={`${base}/nodes/${encodeURIComponent(e.pod.nodeName)}`} className="font-mono underline">
            {e.pod.nodeName}
          </Link>
        ) : (
          <span>{t(locale, 'pod.unbound')}</span>
        )}
        {m.node?.simulated && <span className="ml-2 text-xs">({t(locale, 'pod.kwokNode')})</span>}
      </Fact>
      <Fact term={t(locale, 'col.ip')}>
        <span className="font-mono">{e.pod.podIP ?? '—'}</span>
      </Fact>
      <Fact term="QoS">
        <span className="font-mono">{e.qos.class}</span>
      </Fact>
      {m.owners.length > 0 && (
        <Fact term={t(locale, 'pod.ownedBy')}>
          <span className="font-mono">{m.owners.map((o) => `${o.kind}/${o.name}`).join(' → ')}</span>
        </Fact>
      )}
    </Facts>
  );
}

function Diagnoses({ m, storage, context }: { m: PodDetail; storage: PodStorage | null; context: string }) {
  const locale = useLocale();
  const e = m.explanation;
  // "Since when" each diagnosis has held, from the recorded history (the Timeline tab reads the same answer).
  const history = useHistory<ObjectTimeline>(e.diagnoses.length > 0 ? timelineUrl({ context, kind: 'Pod', namespace: e.pod.namespace, name: e.pod.name }) : null, 15_000);
  const since = history.data?.ok ? history.data.data.since : null;
  // The storage part (claims, volumes, ConfigMaps, Secrets) is a view of its own: a user who may not read Secrets still gets the pod's diagnoses.
  const diagnoses = storage ? [...e.diagnoses, ...storage.diagnoses] : e.diagnoses;
  const evidence = storage ? { ...storage.evidence, ...m.evidence } : m.evidence;
  return (
    <section aria-labelledby="diagnoses-h" id="diagnoses" className="scroll-mt-20">
      <h2 id="diagnoses-h" className="mb-2 text-lg font-semibold">
        {t(locale, 'pod.diag.title')}
      </h2>
      {diagnoses.length === 0 ? (
        <p className="text-sm" data-testid="no-diagnoses">
          {t(locale, 'pod.diag.none')}
        </p>
      ) : (
        <DiagnosisList diagnoses={diagnoses} identity={{ pod: e.pod.name, namespace: e.pod.namespace }} evidenceValue={(p) => evidence[p]}
          note={(d) => {
            const s = sinceFor(since, d);
            return s && <SinceNote since={s} />;
          }}
        />
      )}
    </section>
  );
}

function TabContent({ tab, m, page, storage }: { tab: PodTab; m: PodDetail; page: PodPageModel; storage: PodStorage | null }) {
  const e = m.explanation;
  const simulated = m.node?.simulated ?? false;
  switch (tab) {
    case 'overview':
      return (
        <>
          {e.deletionFlow && <DeletionFlow flow={e.deletionFlow} nodeSimulated={simulated} />}
          <LifecycleDiagram diagram={m.diagram} lifecycle={e.lifecycle} />
          {m.scheduling && <SchedulingPanel scheduling={m.scheduling} />}
          <CreationFlow flow={e.creationFlow} nodeSimulated={simulated} />
          <OwnerChain owners={m.owners} podName={e.pod.name} context={page.context} namespace={page.namespace} />
          <ServicesPanel services={m.services} context={page.context} namespace={page.namespace} />
        </>
      );
    case 'containers':
      return <ContainersPanel containers={e.containers} qos={e.qos} namespaces={e.namespaces} node={m.node} />;
    case 'probes':
      return <ProbesPanel containers={e.containers} attributedEvents={m.attributedEvents} />;
    case 'volumes':
      return <VolumesPanel volumes={e.volumes} links={storage?.volumes ?? null} context={page.context} />;
    case 'events':
      return <EventsTable events={m.events} />;
    case 'timeline':
      return <PodTimeline context={page.context} namespace={page.namespace} name={page.name} />;
    case 'logs':
      return <LogsViewer context={page.context} namespace={page.namespace} name={page.name} containers={e.containers} />;
    case 'yaml':
      return <YamlView yaml={m.yaml} />;
    case 'commands':
      return <CommandsBox commands={e.commands} />;
  }
}

/** The live Pod page: header and diagnoses, then the sections as tabs kept in the URL (?tab=…). */
export function PodDetailView({ page }: { page: PodPageModel }) {
  const locale = useLocale();
  const live = useLiveModel<PodDetailModel>({ view: 'pod', context: page.context, namespace: page.namespace, name: page.name }, page.model);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'Pod', namespace: page.namespace, name: page.name });
  const podStorage = useLiveModel<PodStorageModel>({ view: 'pod-storage', context: page.context, namespace: page.namespace, name: page.name });
  // Only a storage part built from caches that all answered: an unreadable Secrets list must not look like missing Secrets.
  const storageReady = podStorage.state?.phase === 'synced' || podStorage.state?.phase === 'reconnecting';
  const storage = storageReady && podStorage.model?.found ? podStorage.model : null;
  const search = useSearchParams();
  const tab = parseTab(search.get('tab'));
  const model = live.model;
  const found = model?.found ? model : null;
  const base = `/${encodeURIComponent(page.context)}`;
  const counts: Partial<Record<PodTab, number>> = found ? { events: found.events.length, containers: found.explanation.containers.length, volumes: found.explanation.volumes.length } : {};
  const cols = found?.explanation.lifecycle.columns;
  return (
    <DetailFrame
      kind="Pod"
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/pods?namespace=${encodeURIComponent(page.namespace)}`, label: t(locale, 'pod.backToList') }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : found ? 'ready' : 'not-found'}
      loadingText={t(locale, 'pod.loading')}
      notFound={{ title: t(locale, 'pod.notFound.title'), body: t(locale, 'pod.notFound.body', { namespace: page.namespace, name: page.name }), back: t(locale, 'pod.notFound.back', { namespace: page.namespace }) }}
      testId="pod"
      after={<RelationsPanel graph={relations.model} state={relations.state} context={page.context} />}
      status={
        cols && (
          <span data-testid="pod-status">
            <StatusBadge status={cols.status} severity={statusSeverity(cols.status, cols.ready)} />
          </span>
        )
      }
      badges={<ConceptChip id="pod" />}
      summary={found && <Summary m={found} base={base} />}
      lead={found && <Diagnoses m={found} storage={storage} context={page.context} />}
      gone={<DeletedPod context={page.context} namespace={page.namespace} name={page.name} />}
      tabs={{
        label: t(locale, 'pod.tabs'),
        items: POD_TABS.map((id) => ({ id, label: t(locale, `pod.tab.${id}` as const), count: counts[id] })),
        active: tab,
        ownParams: POD_TAB_PARAMS,
      }}
    >
      {found && <TabContent tab={tab} m={found} page={page} storage={storage} />}
    </DetailFrame>
  );
}
