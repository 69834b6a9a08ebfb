import Link from 'next/link';
import { t } from '@/lib/i18n/messages';
import type { ServicePortView } from '@/lib/explain/service-ports';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';

const KIND = { number: 'svc.ports.kind.number', name: 'svc.ports.kind.name', default: 'svc.ports.kind.default' } as const;

/** Each Service port, and where its targetPort lands on every selected pod (named ports resolved per pod). */
export function ServicePorts({ ports, base }: { ports: ServicePortView[]; base: string }) {
  const locale = useLocale();
  return (
    <section aria-labelledby="ports-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="ports-title" className="text-lg font-semibold">
          {t(locale, 'svc.ports.title')}
        </h2>
        <ConceptChip id="target-port" />
      </div>
      <DataTable
        caption={t(locale, 'svc.ports.title')}
        testId="ports-table"
        alignTop
        rows={ports}
        rowKey={(p) => String(p.index)}
        rowData={() => ({ 'data-testid': 'port-row' })}
        empty={t(locale, 'svc.ports.none')}
        columns={[
          { id: 'name', header: t(locale, 'svc.ports.name'), className: 'font-mono', cell: (p) => p.name ?? '—' },
          {
            id: 'port',
            header: t(locale, 'svc.ports.port'),
            className: 'font-mono',
            cell: (p) => (
              <>
                {p.port}/{p.protocol}
                {p.appProtocol && <span className="text-xs"> ({p.appProtocol})</span>}
              </>
            ),
          },
          { id: 'nodePort', header: t(locale, 'svc.ports.nodePort'), className: 'font-mono', cell: (p) => p.nodePort ?? '—' },
          {
            id: 'targetPort',
            header: t(locale, 'svc.ports.targetPort'),
            cell: (p) => (
              <>
                <span className="font-mono">{String(p.targetPort)}</span> <span className="text-xs text-zinc-600 dark:text-zinc-400">{t(locale, KIND[p.targetPortKind])}</span>
              </>
            ),
          },
          {
            id: 'resolved',
            header: t(locale, 'svc.ports.resolved'),
            cell: (p) =>
              p.pods.length === 0 ? (
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
              ),
          },
        ]}
      />
    </section>
  );
}
