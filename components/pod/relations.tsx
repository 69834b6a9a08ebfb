import Link from 'next/link';
import { ConceptChip } from '@/components/explain/concept-chip';
import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { PodServiceView } from '@/lib/views/pod-endpoints';
import type { OwnerLink } from '@/lib/views/pod-owners';
import { Pill, Section } from './bits';

/** Deployment → ReplicaSet → Pod, saying for each link how we know it (ownerReferences, an event, or only the name). */
export function OwnerChain({ owners, podName, locale }: { owners: OwnerLink[]; podName: string; locale: Locale }) {
  return (
    <Section id="owners" title={t(locale, 'pod.owners.title')} actions={<ConceptChip id="owner-references" locale={locale} />}>
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
                  <span className="text-zinc-700 dark:text-zinc-300">{o.kind}</span> <span className="font-mono font-semibold">{o.name}</span>
                </span>
                <span className="text-xs text-zinc-700 dark:text-zinc-300">
                  {t(locale, `pod.owners.basis.${o.basis}` as const)} <span className="font-mono">({o.evidence})</span>
                </span>
                <span className="mt-1">
                  <ConceptChip id={o.conceptId} locale={locale} />
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
export function ServicesPanel({ services, context, namespace, locale }: { services: PodServiceView[]; context: string; namespace: string; locale: Locale }) {
  return (
    <Section
      id="services"
      title={t(locale, 'pod.services.title')}
      actions={
        <>
          <ConceptChip id="service" locale={locale} /> <ConceptChip id="endpointslice" locale={locale} />
        </>
      }
    >
      {services.length === 0 ? (
        <p className="text-sm" data-testid="services-empty">
          {t(locale, 'pod.services.none')} <ConceptChip id="label-selector" locale={locale} />
        </p>
      ) : (
        <table className="w-full border-collapse text-sm" data-testid="pod-services">
          <caption className="sr-only">{t(locale, 'pod.services.title')}</caption>
          <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.services.service')}</th>
              <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.services.slice')}</th>
              <th scope="col" className="px-2 py-1 font-medium">ready</th>
              <th scope="col" className="px-2 py-1 font-medium">serving</th>
              <th scope="col" className="px-2 py-1 font-medium">terminating</th>
            </tr>
          </thead>
          <tbody>
            {services.map((s) => (
              <tr key={s.name} className="border-t border-zinc-200 dark:border-zinc-800" data-service={s.name}>
                <td className="px-2 py-1 font-mono">
                  <Link href={`/${encodeURIComponent(context)}/services/${encodeURIComponent(namespace)}/${encodeURIComponent(s.name)}`} className="underline">
                    {s.name}
                  </Link>
                </td>
                <td className="px-2 py-1">
                  {s.endpoint ? <span className="font-mono">{s.endpoint.slice}</span> : t(locale, 'pod.services.notListed')}
                </td>
                <td className="px-2 py-1">{s.endpoint && <Flag on={s.endpoint.ready} yes="true" no="false" />}</td>
                <td className="px-2 py-1">{s.endpoint && <Flag on={s.endpoint.serving} yes="true" no="false" />}</td>
                <td className="px-2 py-1">{s.endpoint && <Pill tone={s.endpoint.terminating ? 'warn' : 'muted'}>{String(s.endpoint.terminating)}</Pill>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {services.some((s) => s.endpoint && !s.endpoint.ready) && <p className="mt-2 text-sm">{t(locale, 'pod.services.notReadyNote')}</p>}
    </Section>
  );
}
