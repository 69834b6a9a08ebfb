import Link from 'next/link';
import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { ServicePortView } from '@/lib/explain/service-ports';
import { ConceptChip } from '@/components/explain/concept-chip';

const TH = 'px-2 py-2 font-medium';
const KIND = { number: 'svc.ports.kind.number', name: 'svc.ports.kind.name', default: 'svc.ports.kind.default' } as const;

/** Each Service port, and where its targetPort lands on every selected pod (named ports resolved per pod). */
export function ServicePorts({ ports, locale, base }: { ports: ServicePortView[]; locale: Locale; base: string }) {
  return (
    <section aria-labelledby="ports-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="ports-title" className="text-lg font-semibold">
          {t(locale, 'svc.ports.title')}
        </h2>
        <ConceptChip id="target-port" locale={locale} />
      </div>
      {ports.length === 0 ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'svc.ports.none')}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-zinc-200 dark:border-zinc-800">
          <table className="w-full border-collapse text-sm" data-testid="ports-table">
            <caption className="sr-only">{t(locale, 'svc.ports.title')}</caption>
            <thead className="bg-zinc-100 text-left text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                <th scope="col" className={TH}>{t(locale, 'svc.ports.name')}</th>
                <th scope="col" className={TH}>{t(locale, 'svc.ports.port')}</th>
                <th scope="col" className={TH}>{t(locale, 'svc.ports.nodePort')}</th>
                <th scope="col" className={TH}>{t(locale, 'svc.ports.targetPort')}</th>
                <th scope="col" className={TH}>{t(locale, 'svc.ports.resolved')}</th>
              </tr>
            </thead>
            <tbody>
              {ports.map((p) => (
                <tr key={p.index} className="border-t border-zinc-100 align-top dark:border-zinc-800/60" data-testid="port-row">
                  <td className="px-2 py-1.5 font-mono">{p.name ?? '—'}</td>
                  <td className="px-2 py-1.5 font-mono">
                    {p.port}/{p.protocol}
                    {p.appProtocol && <span className="text-xs"> ({p.appProtocol})</span>}
                  </td>
                  <td className="px-2 py-1.5 font-mono">{p.nodePort ?? '—'}</td>
                  <td className="px-2 py-1.5">
                    <span className="font-mono">{String(p.targetPort)}</span> <span className="text-xs text-zinc-600 dark:text-zinc-400">{t(locale, KIND[p.targetPortKind])}</span>
                  </td>
                  <td className="px-2 py-1.5">
                    {p.pods.length === 0 ? (
                      <span className="text-xs text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.ports.noPods')}</span>
                    ) : (
                      <ul className="flex flex-col gap-0.5 text-xs" data-testid="port-resolution">
                        {p.pods.map((r) => (
                          <li key={r.pod} className="font-mono">
                            <Link href={`${base}/pods/${encodeURIComponent(r.namespace)}/${encodeURIComponent(r.pod)}`} className="underline">
                              {r.pod}
                            </Link>
                            {' → '}
                            {r.containerPort !== null ? (
                              <>
                                {r.containerPort}
                                {r.container && <span className="text-zinc-600 dark:text-zinc-400"> ({t(locale, 'svc.ports.container', { container: r.container })})</span>}
                              </>
                            ) : (
                              <span className="font-sans text-red-800 dark:text-red-300">
                                {r.problem === 'named-port-protocol-mismatch' ? t(locale, 'svc.ports.protocolMismatch', { name: String(p.targetPort) }) : t(locale, 'svc.ports.noSuchName', { name: String(p.targetPort) })}
                              </span>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
