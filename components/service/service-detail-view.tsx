'use client';

import type { ConceptId } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { ServicePageModel, RelationGraph } from '@/lib/contract';
import type { ServiceType } from '@/lib/explain/service-columns';
import { age } from '@/lib/views/age';
import { liveError } from '@/lib/views/error-view';
import type { ServiceDetailModel } from '@/lib/views/service-views';
import { ConceptChip, ConceptNote } from '@/components/explain/concept-chip';
import { DiagnosisList } from '@/components/explain/diagnosis-list';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { DetailFrame } from '@/components/ui/detail-frame';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { EndpointDiagram } from './endpoint-diagram';
import { SelectorTable } from './selector-table';
import { ServiceDiscovery } from './service-discovery';
import { ServicePorts } from './service-ports';

const TYPE_CONCEPT: Record<ServiceType, ConceptId> = {
  ClusterIP: 'service-type-cluster-ip',
  NodePort: 'service-type-node-port',
  LoadBalancer: 'service-type-load-balancer',
  ExternalName: 'service-type-external-name',
};

/** One Service explained live: type, ports, DNS, the Service → slices → pods diagram, the selector table and diagnoses. */
export function ServiceDetailView({ page }: { page: ServicePageModel }) {
  const locale = useLocale();
  const live = useLiveModel<ServiceDetailModel>({ view: 'service', context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'Service', namespace: page.namespace, name: page.name });
  const now = useNow(5000);
  const base = `/${encodeURIComponent(page.context)}`;
  const model = live.model && 'found' in live.model ? live.model : null;
  return (
    <DetailFrame
      kind={t(locale, 'svc.detail.title')}
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/services?namespace=${encodeURIComponent(page.namespace)}`, label: t(locale, 'svc.list.title') }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : model.found ? 'ready' : 'not-found'}
      loadingText={t(locale, 'svc.loading')}
      notFound={{ body: t(locale, 'svc.detail.notFound', { name: page.name, namespace: page.namespace }), back: t(locale, 'svc.detail.backToList') }}
      testId="service"
      after={<RelationsPanel graph={relations.model} state={relations.state} context={page.context} />}
      badges={<ConceptChip id="service" />}
    >
      {model?.found && <ServiceBody model={model} base={base} now={now} />}
    </DetailFrame>
  );
}

function ServiceBody({ model, base, now }: { model: Extract<ServiceDetailModel, { found: true }>; base: string; now: Date }) {
  const locale = useLocale();
  const x = model.explanation;
  const lb = x.loadBalancer;
  return (
    <>
      <section aria-labelledby="summary-title" className="flex flex-col gap-3">
        <h2 id="summary-title" className="sr-only">
          {t(locale, 'svc.summary.title')}
        </h2>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[auto_1fr]" data-testid="service-summary">
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.summary.type')}</dt>
          <dd className="flex flex-col gap-1">
            <span className="font-mono" data-testid="service-type">
              {x.type}
              {x.headless && ` (${t(locale, 'svc.summary.headless')})`}
            </span>
            <ConceptNote id={TYPE_CONCEPT[x.type]} />
            {x.headless && <ConceptNote id="service-headless" />}
          </dd>
          {x.type !== 'ExternalName' && (
            <>
              <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'col.clusterIp')}</dt>
              <dd className="flex flex-wrap items-center gap-2">
                <span className="font-mono" data-testid="service-cluster-ip">{x.columns.clusterIP}</span>
                <ConceptChip id={x.headless ? 'service-headless' : 'cluster-ip'} />
              </dd>
            </>
          )}
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'col.externalIp')}</dt>
          <dd>
            <span className="font-mono">{x.columns.externalIPWide}</span>
            {lb?.state === 'pending' && <p className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'svc.summary.lbPending')}</p>}
            {x.externalName && <p className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'svc.summary.externalName', { name: x.externalName })}</p>}
          </dd>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'col.ports')}</dt>
          <dd className="font-mono">{x.columns.ports}</dd>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.summary.selector')}</dt>
          <dd className="flex flex-wrap items-center gap-2">
            <span className={x.selector ? 'font-mono' : ''}>{x.selector ? x.columns.selector : t(locale, 'svc.summary.noSelector')}</span>
            {x.selector && <ConceptChip id="label" />}
          </dd>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.summary.endpoints')}</dt>
          <dd data-testid="service-endpoint-counts">
            {t(locale, 'svc.summary.endpointCounts', { ready: x.endpointCounts.ready, total: x.endpointCounts.total })}
            {x.publishNotReadyAddresses && <p className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'svc.summary.publishNotReady')}</p>}
          </dd>
          <dt className="font-medium text-zinc-600 dark:text-zinc-400">{t(locale, 'col.age')}</dt>
          <dd className="font-mono" suppressHydrationWarning>
            {x.createdAt ? age(x.createdAt, now) : x.columns.age}
          </dd>
        </dl>
      </section>

      {x.diagnoses.length > 0 && (
        <section aria-labelledby="diagnoses-title" id="diagnoses" className="flex scroll-mt-20 flex-col gap-2">
          <h2 id="diagnoses-title" className="text-lg font-semibold">
            {t(locale, 'svc.diagnoses.title')}
          </h2>
          <DiagnosisList diagnoses={x.diagnoses} identity={{ service: x.name, namespace: x.namespace }} evidenceValue={(p) => model.evidence[p] ?? t(locale, 'svc.evidence.absent')} />
        </section>
      )}

      <EndpointDiagram x={x} base={base} />
      <SelectorTable x={x} nearMisses={model.nearMisses} base={base} />
      <ServicePorts ports={x.ports} base={base} />
      <ServiceDiscovery x={x} base={base} />

      <section aria-labelledby="concepts-title" className="flex flex-col gap-2">
        <h2 id="concepts-title" className="text-lg font-semibold">
          {t(locale, 'svc.concepts.title')}
        </h2>
        <ul className="flex flex-wrap gap-1.5">
          {x.conceptIds.map((id) => (
            <li key={id}>
              <ConceptChip id={id} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
