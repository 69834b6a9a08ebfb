'use client';

import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import type { MouseEvent } from 'react';
import { ErrorPanel } from '@/components/chrome/error-panel';
import type { ErrorInfoView } from '@/lib/contract';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DiagnosisList } from '@/components/explain/diagnosis-list';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { StatusBadge } from '@/components/pods/status-badge';
import type { Locale } from '@/lib/concepts/ids';
import { restartsText } from '@/lib/explain/pod-columns';
import { t } from '@/lib/i18n/messages';
import type { PodPageModel } from '@/lib/contract';
import type { PodDetail, PodDetailModel } from '@/lib/views/pod-detail';
import { statusSeverity } from '@/lib/views/pod-row';
import { parseTab, POD_TABS, tabQuery, type PodTab } from '@/lib/views/pod-tabs';
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

function Tabs({ tab, locale, counts }: { tab: PodTab; locale: Locale; counts: Partial<Record<PodTab, number>> }) {
  const search = useSearchParams();
  const go = (e: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    // Shallow: the URL (and so useSearchParams) changes without a server round-trip; Back returns to the previous tab.
    window.history.pushState(null, '', href);
  };
  return (
    <nav aria-label={t(locale, 'pod.tabs')} className="border-b border-zinc-200 dark:border-zinc-800">
      <ul className="flex flex-wrap gap-1">
        {POD_TABS.map((id) => {
          const href = tabQuery(search.toString(), id);
          const active = id === tab;
          return (
            <li key={id}>
              <a
                href={href}
                onClick={(e) => go(e, href)}
                aria-current={active ? 'page' : undefined}
                data-tab={id}
                className={`-mb-px inline-block rounded-t border-b-2 px-3 py-2 text-sm no-underline ${
                  active ? 'border-sky-600 font-semibold text-zinc-900 dark:border-sky-400 dark:text-zinc-100' : 'border-transparent text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-900'
                }`}
              >
                {t(locale, `pod.tab.${id}` as const)}
                {counts[id] !== undefined && <span className="ml-1 text-xs">({counts[id]})</span>}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function Header({ m, page, locale, state }: { m: PodDetail; page: PodPageModel; locale: Locale; state: Parameters<typeof ConnectionIndicator>[0]['state'] }) {
  const now = useNow(5000);
  const e = m.explanation;
  const cols = e.lifecycle.columns;
  const base = `/${encodeURIComponent(page.context)}`;
  return (
    <header className="flex flex-col gap-3">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        <Link href={`${base}/pods?namespace=${encodeURIComponent(page.namespace)}`} className="underline">
          {t(locale, 'pod.backToList')}
        </Link>{' '}
        / <span className="font-mono">{page.namespace}</span>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="break-all font-mono text-xl font-semibold">{e.pod.name}</h1>
        <span data-testid="pod-status">
          <StatusBadge status={cols.status} severity={statusSeverity(cols.status, cols.ready)} />
        </span>
        <ConnectionIndicator state={state} locale={locale} />
        <ConceptChip id="pod" locale={locale} />
      </div>
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
          <ConceptLink id={e.lifecycle.phase.conceptId} locale={locale} className="font-mono">
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
    </header>
  );
}

function Diagnoses({ m, locale }: { m: PodDetail; locale: Locale }) {
  const e = m.explanation;
  return (
    <section aria-labelledby="diagnoses-h" id="diagnoses" className="scroll-mt-20">
      <h2 id="diagnoses-h" className="mb-2 text-lg font-semibold">
        {t(locale, 'pod.diag.title')}
      </h2>
      {e.diagnoses.length === 0 ? (
        <p className="text-sm" data-testid="no-diagnoses">
          {t(locale, 'pod.diag.none')}
        </p>
      ) : (
        <DiagnosisList diagnoses={e.diagnoses} locale={locale} identity={{ pod: e.pod.name, namespace: e.pod.namespace }} evidenceValue={(p) => m.evidence[p]} />
      )}
    </section>
  );
}

function TabContent({ tab, m, page, locale }: { tab: PodTab; m: PodDetail; page: PodPageModel; locale: Locale }) {
  const e = m.explanation;
  const simulated = m.node?.simulated ?? false;
  switch (tab) {
    case 'overview':
      return (
        <>
          {e.deletionFlow && <DeletionFlow flow={e.deletionFlow} locale={locale} nodeSimulated={simulated} />}
          <LifecycleDiagram diagram={m.diagram} lifecycle={e.lifecycle} locale={locale} />
          {m.scheduling && <SchedulingPanel scheduling={m.scheduling} locale={locale} />}
          <CreationFlow flow={e.creationFlow} locale={locale} nodeSimulated={simulated} />
          <OwnerChain owners={m.owners} podName={e.pod.name} locale={locale} />
          <ServicesPanel services={m.services} context={page.context} namespace={page.namespace} locale={locale} />
        </>
      );
    case 'containers':
      return <ContainersPanel containers={e.containers} qos={e.qos} namespaces={e.namespaces} node={m.node} locale={locale} />;
    case 'probes':
      return <ProbesPanel containers={e.containers} attributedEvents={m.attributedEvents} locale={locale} />;
    case 'volumes':
      return <VolumesPanel volumes={e.volumes} locale={locale} />;
    case 'events':
      return <EventsTable events={m.events} locale={locale} />;
    case 'logs':
      return <LogsViewer context={page.context} namespace={page.namespace} name={page.name} containers={e.containers} locale={locale} />;
    case 'yaml':
      return <YamlView yaml={m.yaml} locale={locale} />;
    case 'commands':
      return <CommandsBox commands={e.commands} locale={locale} />;
  }
}

function stateError(state: ReturnType<typeof useLiveModel>['state']): ErrorInfoView | null {
  if (state?.phase === 'forbidden') {
    return { kind: 'forbidden', message: `cannot ${state.verb} ${state.resource}`, verb: state.verb, resource: state.resource, fix: { id: 'fix.rbac.forbidden', params: {} } };
  }
  if (state?.phase === 'error') return { kind: state.kind ?? 'unknown', message: state.message ?? '', fix: state.fix ?? { id: 'fix.unknown', params: {} } };
  return null;
}

/** The live Pod page: header and diagnoses, then the sections as tabs kept in the URL (?tab=…). */
export function PodDetailView({ page, locale }: { page: PodPageModel; locale: Locale }) {
  const live = useLiveModel<PodDetailModel | { buildError: string }>({ view: 'pod', context: page.context, namespace: page.namespace, name: page.name }, page.model);
  const search = useSearchParams();
  const tab = parseTab(search.get('tab'));
  const model = live.model;
  const error = stateError(live.state) ?? (live.state === null ? page.error : null);
  const listHref = `/${encodeURIComponent(page.context)}/pods?namespace=${encodeURIComponent(page.namespace)}`;

  if (model && 'buildError' in model) {
    return <ErrorPanel error={{ kind: 'unknown', message: model.buildError, fix: { id: 'fix.unknown', params: {} } }} locale={locale} />;
  }
  if (!model || !model.found) {
    return (
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="break-all font-mono text-xl font-semibold">{page.name}</h1>
          <ConnectionIndicator state={live.state} locale={locale} />
        </div>
        {error ? (
          <ErrorPanel error={error} locale={locale} compact />
        ) : !model ? (
          <p className="text-sm" data-testid="pod-loading">
            {t(locale, 'pod.loading')}
          </p>
        ) : (
          <div data-testid="pod-not-found" className="rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
            <h2 className="text-lg font-semibold">{t(locale, 'pod.notFound.title')}</h2>
            <p className="mt-1 text-sm">{t(locale, 'pod.notFound.body', { namespace: page.namespace, name: page.name })}</p>
            <p className="mt-2 text-sm">
              <Link href={listHref} className="underline">
                {t(locale, 'pod.notFound.back', { namespace: page.namespace })}
              </Link>
            </p>
          </div>
        )}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-4" data-testid="pod-detail">
      <Header m={model} page={page} locale={locale} state={live.state} />
      {error && <ErrorPanel error={error} locale={locale} compact />}
      <Diagnoses m={model} locale={locale} />
      <Tabs tab={tab} locale={locale} counts={{ events: model.events.length, containers: model.explanation.containers.length, volumes: model.explanation.volumes.length }} />
      <div className="flex flex-col gap-4" data-testid={`tab-${tab}`}>
        <TabContent tab={tab} m={model} page={page} locale={locale} />
      </div>
    </div>
  );
}
