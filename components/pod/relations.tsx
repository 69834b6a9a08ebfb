import Link from 'next/link';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { t } from '@/lib/i18n/messages';
import type { PodServiceView } from '@/lib/views/pod-endpoints';
import type { OwnerLink } from '@/lib/views/pod-owners';
import { OWNER_KINDS, type OwnerKind } from '@/lib/views/pod-filter';
import { ownerPageHref } from '@/components/pods/owner-banner';
import { Pill, Section } from './bits';

function isOwnerKind(kind: string): kind is OwnerKind {
  return (OWNER_KINDS as readonly string[]).includes(kind);
}

/** Deployment → ReplicaSet → Pod, saying for each link how we know it (ownerReferences, an event, or only the name); each workload links to its page. */
export function OwnerChain({ owners, podName, context, namespace }: { owners: OwnerLink[]; podName: string; context: string; namespace: string }) {
  const locale = useLocale();
  const base = `/${encodeURIComponent(context)}`;
  return (
    <Section id="owners" title={t(locale, 'pod.owners.title')} actions={<ConceptChip id="owner-references" />}>
      {owners.length === 0 ? (
        <p className="text-sm" data-testid="owners-empty">
          {t(locale, 'pod.owners.none')}
        </p>
      ) : (
        <ol className="flex flex-wrap items-center gap-y-2 text-sm" data-testid="owner-chain">
          {owners.map((o) => (
            <li key={`${o.kind}/${o.name}`} className="flex items-center">
              <span className="flex flex-col rounded border border-zinc-300 px-2 py-1 dark:border-zinc-700" data-owner={`${o.kind}/${o.name}`} data-basis={o.basis}>
                <span>
                  <span className="text-zinc-700 dark:text-zinc-300">{o.kind}</span>{' '}
                  {isOwnerKind(o.kind) ? (
                    <Link href={ownerPageHref(base, o.kind, namespace, o.name)} className="font-mono font-semibold underline" data-testid="owner-page-link">
                      {o.name}
                    </Link>
                  ) : (
                    <span className="font-mono font-semibold">{o.name}</span>
                  )}
                </span>
                <span className="text-xs text-zinc-700 dark:text-zinc-300">
                  {t(locale, `pod.owners.basis.${o.basis}` as const)} <span className="font-mono">({o.evidence})</span>
                </span>
                <span className="mt-1">
                  <ConceptChip id={o.conceptId} />
                </span>
              </span>
              <span aria-hidden="true" className="px-2 text-xl text-zinc-500">
                →
              </span>
            </li>
          ))}
          <li>
            <span className="rounded border-2 border-sky-500 px-2 py-1 dark:border-sky-400">
              <span className="text-zinc-700 dark:text-zinc-300">Pod</span> <span className="font-mono font-semibold">{podName}</span>
            </span>
          </li>
        </ol>
      )}
    </Section>
  );
}

function Flag({ on, yes, no }: { on: boolean; yes: string; no: string }) {
  return <Pill tone={on ? 'ok' : 'warn'}>{on ? yes : no}</Pill>;
}

/** The Services whose selector matches the pod, with the endpoint conditions their EndpointSlices give it. */
export function ServicesPanel({ services, context, namespace }: { services: PodServiceView[]; context: string; namespace: string }) {
  const locale = useLocale();
  const href = (s: PodServiceView) => `/${encodeURIComponent(context)}/services/${encodeURIComponent(namespace)}/${encodeURIComponent(s.name)}`;
  return (
    <Section
      id="services"
      title={t(locale, 'pod.services.title')}
      actions={
        <>
          <ConceptChip id="service" /> <ConceptChip id="endpointslice" />
        </>
      }
    >
      <DataTable
        caption={t(locale, 'pod.services.title')}
        testId="pod-services"
        density="compact"
        rows={services}
        rowKey={(s) => s.name}
        rowData={(s) => ({ 'data-service': s.name })}
        rowHref={href}
        empty={
          <>
            {t(locale, 'pod.services.none')} <ConceptChip id="label-selector" />
          </>
        }
        emptyTestId="services-empty"
        columns={[
          {
            id: 'service',
            header: t(locale, 'pod.services.service'),
            className: 'font-mono',
            cell: (s) => (
              <Link href={href(s)} className="underline">
                {s.name}
              </Link>
            ),
          },
          { id: 'slice', header: t(locale, 'pod.services.slice'), cell: (s) => (s.endpoint ? <span className="font-mono">{s.endpoint.slice}</span> : t(locale, 'pod.services.notListed')) },
          { id: 'ready', header: 'ready', cell: (s) => s.endpoint && <Flag on={s.endpoint.ready} yes="true" no="false" /> },
          { id: 'serving', header: 'serving', cell: (s) => s.endpoint && <Flag on={s.endpoint.serving} yes="true" no="false" /> },
          { id: 'terminating', header: 'terminating', cell: (s) => s.endpoint && <Pill tone={s.endpoint.terminating ? 'warn' : 'muted'}>{String(s.endpoint.terminating)}</Pill> },
        ]}
      />
      {services.some((s) => s.endpoint && !s.endpoint.ready) && <p className="mt-2 text-sm">{t(locale, 'pod.services.notReadyNote')}</p>}
    </Section>
  );
}
