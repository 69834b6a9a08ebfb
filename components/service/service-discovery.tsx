import Link from 'next/link';
import { t } from '@/lib/i18n/messages';
import type { ServiceExplanation } from '@/lib/explain/service';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useConcept, useLocale, useMisconception } from '@/components/ui/page-context';

const ANSWERS = { 'cluster-ip': 'svc.dns.answers.clusterIp', 'pod-ips': 'svc.dns.answers.podIps', cname: 'svc.dns.answers.cname' } as const;

/** DNS names (the main discovery mechanism) and the env vars with their caveat. */
export function ServiceDiscovery({ x, base }: { x: ServiceExplanation; base: string }) {
  const locale = useLocale();
  const summary = useConcept('service-discovery').summary;
  const misconception = useMisconception('service-discovery');
  const env = x.envVars;
  return (
    <section aria-labelledby="discovery-title" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="discovery-title" className="text-lg font-semibold">
          {t(locale, 'svc.discovery.title')}
        </h2>
        <ConceptChip id="service-discovery" />
        <ConceptChip id="coredns" />
      </div>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{summary}</p>
      <div>
        <h3 className="font-semibold">{t(locale, 'svc.dns.title')}</h3>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm" data-testid="dns">
          <dt className="text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.dns.fqdn')}</dt>
          <dd className="break-all font-mono" data-testid="dns-fqdn">{x.dns.fqdn}</dd>
          <dt className="text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.dns.sameNamespace')}</dt>
          <dd className="font-mono">{x.dns.sameNamespaceName}</dd>
          <dt className="text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.dns.otherNamespace')}</dt>
          <dd className="font-mono">{x.dns.otherNamespaceName}</dd>
          <dt className="text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.dns.answers')}</dt>
          <dd>{t(locale, ANSWERS[x.dns.answers], { target: x.dns.target ?? '' })}</dd>
          {x.dns.srv.length > 0 && (
            <>
              <dt className="text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.dns.srv')}</dt>
              <dd>
                <ul className="font-mono" data-testid="dns-srv">
                  {x.dns.srv.map((s) => (
                    <li key={s.name} className="break-all">
                      {s.name}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
        {x.dns.srv.length === 0 && x.dns.answers !== 'cname' && <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.dns.noSrv')}</p>}
      </div>
      <div data-testid="env-vars">
        <h3 className="font-semibold">{t(locale, 'svc.env.title')}</h3>
        {misconception && (
          <div className="mt-1 rounded border-l-4 border-amber-400 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950/40" data-testid="env-caveat">
            <p>
              <span className="font-semibold">{t(locale, 'concept.misconception')}: </span>
              {misconception.belief}
            </p>
            <p className="mt-1">
              <span className="font-semibold">{t(locale, 'concept.correction')}: </span>
              {misconception.correction}
            </p>
          </div>
        )}
        {env.injected ? (
          <>
            <p className="mt-2 text-sm">{t(locale, 'svc.env.intro', { namespace: x.namespace })}</p>
            <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 font-mono text-xs" data-testid="env-names">
              {env.names.map((n) => (
                <li key={n} className="rounded bg-zinc-100 px-1.5 py-0.5 dark:bg-zinc-800">
                  {n}
                </li>
              ))}
            </ul>
            {env.podsWithout.length > 0 && (
              <div className="mt-2 text-sm">
                <p>{t(locale, 'svc.env.podsWithout')}</p>
                <ul className="mt-1 list-disc pl-5">
                  {env.podsWithout.map((p) => (
                    <li key={p.name}>
                      <Link href={`${base}/pods/${encodeURIComponent(p.namespace)}/${encodeURIComponent(p.name)}`} className="font-mono underline">
                        {p.name}
                      </Link>{' '}
                      {p.reason === 'service-links-disabled' ? t(locale, 'svc.env.linksDisabled') : t(locale, 'svc.env.startedBefore', { containers: p.containers.join(', ') })}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        ) : (
          <p className="mt-2 text-sm">{env.notInjectedReason === 'headless' ? t(locale, 'svc.env.headless') : t(locale, 'svc.env.externalName')}</p>
        )}
      </div>
    </section>
  );
}
