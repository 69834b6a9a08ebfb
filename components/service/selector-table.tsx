import Link from 'next/link';
import { t } from '@/lib/i18n/messages';
import type { ServiceExplanation } from '@/lib/explain/service';
import type { LabelMatch } from '@/lib/explain/selector';
import type { PodEndpointReason } from '@/lib/explain/service-endpoints';
import { selectorTable, type EndpointVerdict, type SelectorTableRow } from '@/lib/views/service-selector-table';
import type { NearMiss } from '@/lib/views/service-views';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DataTable, type Column } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';

const REASON = {
  'wrong-namespace': 'svc.reason.wrongNamespace',
  'selector-mismatch': 'svc.reason.selectorMismatch',
  'terminal-phase': 'svc.reason.terminalPhase',
  'no-ip': 'svc.reason.noIp',
  terminating: 'svc.reason.terminating',
  'not-ready': 'svc.reason.notReady',
} as const satisfies Record<PodEndpointReason, string>;

const VERDICT = { ready: 'svc.verdict.ready', 'not-ready': 'svc.verdict.notReady', excluded: 'svc.verdict.excluded' } as const satisfies Record<EndpointVerdict, string>;

const VERDICT_STYLE: Record<EndpointVerdict, string> = {
  ready: 'text-emerald-800 dark:text-emerald-300',
  'not-ready': 'text-red-800 dark:text-red-300',
  excluded: 'text-zinc-700 dark:text-zinc-300',
};

/** One selector label on one pod: ✓, or ✗ with missing / the other value. */
function LabelMatchMark({ m }: { m: LabelMatch }) {
  const locale = useLocale();
  if (m.state === 'match') {
    return (
      <span data-testid="label-cell" data-state="match">
        <span aria-hidden="true" className="font-semibold text-emerald-700 dark:text-emerald-400">✓</span>
        <span className="sr-only">{t(locale, 'svc.label.match')}</span>
      </span>
    );
  }
  return (
    <span data-testid="label-cell" data-state={m.state}>
      <span aria-hidden="true" className="font-semibold text-red-700 dark:text-red-400">✗ </span>
      <span className="text-xs">{m.state === 'missing' ? t(locale, 'svc.label.missing') : t(locale, 'svc.label.different', { value: m.actual ?? '' })}</span>
    </span>
  );
}

/** Every pod sharing a selector label, label by label, and why it is or is not an endpoint. */
export function SelectorTable({ x, nearMisses, base }: { x: ServiceExplanation; nearMisses: NearMiss[]; base: string }) {
  const locale = useLocale();
  const table = selectorTable(x);
  const podHref = (ns: string, name: string) => `${base}/pods/${encodeURIComponent(ns)}/${encodeURIComponent(name)}`;
  return (
    <section aria-labelledby="selector-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="selector-title" className="text-lg font-semibold">
          {t(locale, 'svc.selector.title')}
        </h2>
        <ConceptChip id="label-selector" />
        <ConceptChip id="condition-ready" />
      </div>
      {x.selector === null ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="selector-none">
          {x.endpointsFrom === 'none' ? t(locale, 'svc.selector.externalName') : t(locale, 'svc.selector.none')}
        </p>
      ) : (
        <>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'svc.selector.intro', { namespace: x.namespace })}</p>
          <DataTable
            caption={t(locale, 'svc.selector.title')}
            testId="selector-table"
            rows={table.rows}
            rowKey={(r) => `${r.namespace}/${r.name}`}
            rowData={(r) => ({ 'data-testid': 'selector-row', 'data-pod': r.name, 'data-verdict': r.verdict })}
            rowHref={(r) => podHref(r.namespace, r.name)}
            empty={t(locale, 'svc.selector.empty', { selector: x.columns.selector, namespace: x.namespace })}
            emptyTestId="selector-empty"
            columns={[
              {
                id: 'pod',
                header: t(locale, 'svc.selector.pod'),
                rowHeader: true,
                className: 'font-mono',
                cell: (r) => (
                  <Link href={podHref(r.namespace, r.name)} className="break-all">
                    {r.sameNamespace ? r.name : `${r.namespace}/${r.name}`}
                  </Link>
                ),
              },
              ...table.keys.map((k, i): Column<SelectorTableRow> => ({
                id: `label:${k.key}`,
                header: `${k.key}=${k.wanted}`,
                headerClassName: 'font-mono normal-case',
                cell: (r) => {
                  const m = r.cells[i];
                  return m && <LabelMatchMark m={m} />;
                },
              })),
              { id: 'verdict', header: t(locale, 'svc.selector.endpoint'), testId: 'selector-verdict', cell: (r) => <span className={`font-medium ${VERDICT_STYLE[r.verdict]}`}>{t(locale, VERDICT[r.verdict])}</span> },
              {
                id: 'why',
                header: t(locale, 'svc.selector.why'),
                testId: 'selector-why',
                cell: (r) => (
                  <>
                    {r.reasons.length === 0 ? (
                      t(locale, 'svc.reason.none')
                    ) : (
                      <ul className="flex flex-col gap-0.5">
                        {r.reasons.map((reason) => (
                          <li key={reason} data-reason={reason}>
                            {t(locale, REASON[reason])}
                          </li>
                        ))}
                      </ul>
                    )}
                    {!r.sliceAgrees && <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">{t(locale, 'svc.selector.sliceLags')}</p>}
                  </>
                ),
              },
            ]}
          />
          {nearMisses.length > 0 && (
            <div className="flex flex-col gap-1" data-testid="near-misses">
              <h3 className="font-semibold">{t(locale, 'svc.nearMiss.title')}</h3>
              <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'svc.nearMiss.intro')}</p>
              <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {nearMisses.map((m) => (
                  <li key={m.name} className="font-mono">
                    <Link href={podHref(m.namespace, m.name)} className="break-all underline">
                      {m.name}
                    </Link>{' '}
                    <span className="text-xs text-zinc-700 dark:text-zinc-300">
                      {m.labels
                        .filter((l) => l.state === 'different')
                        .map((l) => `${l.key}=${l.actual ?? ''}`)
                        .join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
