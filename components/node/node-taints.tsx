import { t } from '@/lib/i18n/messages';
import type { NodeTaintView, TaintOrigin } from '@/lib/explain/node-taints';
import { formatTaint } from '@/lib/views/node-display';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';

const ORIGIN = { automatic: 'nodes.taint.origin.automatic', setup: 'nodes.taint.origin.setup', manual: 'nodes.taint.origin.manual' } as const satisfies Record<TaintOrigin, string>;
const ORIGIN_STYLE: Record<TaintOrigin, string> = {
  automatic: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  setup: 'bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200',
  manual: 'bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200',
};

/** What one taint does to pods, from its effect. */
function Impact({ taint }: { taint: NodeTaintView }) {
  const locale = useLocale();
  if (!taint.impact) return <>{t(locale, 'nodes.taint.unknownEffect', { effect: taint.effect })}</>;
  return (
    <ul className="flex flex-col gap-0.5">
      <li>{t(locale, taint.impact.newPods === 'blocked' ? 'nodes.taint.newPods.blocked' : 'nodes.taint.newPods.discouraged')}</li>
      <li>
        {t(locale, taint.impact.runningPods === 'evicted' ? 'nodes.taint.running.evicted' : 'nodes.taint.running.kept')}
        {taint.defaultTolerationSeconds !== null && ` ${t(locale, 'nodes.taint.defaultToleration', { seconds: taint.defaultTolerationSeconds })}`}
      </li>
    </ul>
  );
}

/** The node's taints: automatic, well-known (installer) or manual, with what each does to pods. */
export function NodeTaints({ taints }: { taints: NodeTaintView[] }) {
  const locale = useLocale();
  return (
    <section aria-labelledby="taints-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="taints-title" className="text-lg font-semibold">
          {t(locale, 'nodes.taint.title')}
        </h2>
        <ConceptChip id="taints-tolerations" />
      </div>
      <DataTable
        caption={t(locale, 'nodes.taint.title')}
        testId="taints-table"
        alignTop
        rows={taints}
        rowKey={(taint) => taint.evidence}
        rowData={(taint) => ({ 'data-testid': 'taint-row', 'data-key': taint.key, 'data-origin': taint.origin, 'data-effect': taint.effect })}
        empty={t(locale, 'nodes.taint.none')}
        emptyTestId="taints-none"
        columns={[
          { id: 'taint', header: t(locale, 'nodes.taint.taint'), rowHeader: true, className: 'whitespace-nowrap font-mono', cell: (taint) => formatTaint(taint) },
          { id: 'effect', header: t(locale, 'nodes.taint.effect'), className: 'font-mono', testId: 'taint-effect', cell: (taint) => taint.effect },
          {
            id: 'origin',
            header: t(locale, 'nodes.taint.origin'),
            cell: (taint) => (
              <>
                <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${ORIGIN_STYLE[taint.origin]}`} data-testid="taint-origin">
                  {t(locale, ORIGIN[taint.origin])}
                </span>
                {taint.causePath && <p className="mt-1 font-mono text-xs text-zinc-600 dark:text-zinc-400">{t(locale, 'nodes.taint.cause', { path: taint.causePath })}</p>}
              </>
            ),
          },
          { id: 'does', header: t(locale, 'nodes.taint.does'), testId: 'taint-does', cell: (taint) => <Impact taint={taint} /> },
          { id: 'concept', header: t(locale, 'nodes.taint.concept'), cell: (taint) => <ConceptChip id={taint.conceptId} /> },
        ]}
      />
    </section>
  );
}
