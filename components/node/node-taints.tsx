import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { NodeTaintView, TaintOrigin } from '@/lib/explain/node-taints';
import { formatTaint } from '@/lib/views/node-display';
import { ConceptChip } from '@/components/explain/concept-chip';

const TH = 'px-2 py-2 font-medium';
const ORIGIN = { automatic: 'nodes.taint.origin.automatic', setup: 'nodes.taint.origin.setup', manual: 'nodes.taint.origin.manual' } as const satisfies Record<TaintOrigin, string>;
const ORIGIN_STYLE: Record<TaintOrigin, string> = {
  automatic: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  setup: 'bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200',
  manual: 'bg-zinc-100 text-zinc-800 dark:bg-zinc-800 dark:text-zinc-200',
};

/** What one taint does to pods, from its effect. */
function Impact({ taint, locale }: { taint: NodeTaintView; locale: Locale }) {
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
export function NodeTaints({ taints, locale }: { taints: NodeTaintView[]; locale: Locale }) {
  return (
    <section aria-labelledby="taints-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="taints-title" className="text-lg font-semibold">
          {t(locale, 'nodes.taint.title')}
        </h2>
        <ConceptChip id="taints-tolerations" locale={locale} />
      </div>
      {taints.length === 0 ? (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="taints-none">
          {t(locale, 'nodes.taint.none')}
        </p>
      ) : (
        <div className="overflow-x-auto rounded border border-zinc-200 dark:border-zinc-800">
          <table className="w-full border-collapse text-sm" data-testid="taints-table">
            <caption className="sr-only">{t(locale, 'nodes.taint.title')}</caption>
            <thead className="bg-zinc-100 text-left text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                <th scope="col" className={TH}>{t(locale, 'nodes.taint.taint')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.taint.effect')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.taint.origin')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.taint.does')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.taint.concept')}</th>
              </tr>
            </thead>
            <tbody>
              {taints.map((taint) => (
                <tr key={taint.evidence} data-testid="taint-row" data-key={taint.key} data-origin={taint.origin} data-effect={taint.effect} className="border-t border-zinc-100 align-top dark:border-zinc-800/60">
                  <th scope="row" className="whitespace-nowrap px-2 py-1.5 text-left font-mono font-normal">
                    {formatTaint(taint)}
                  </th>
                  <td className="px-2 py-1.5 font-mono" data-testid="taint-effect">{taint.effect}</td>
                  <td className="px-2 py-1.5">
                    <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${ORIGIN_STYLE[taint.origin]}`} data-testid="taint-origin">
                      {t(locale, ORIGIN[taint.origin])}
                    </span>
                    {taint.causePath && <p className="mt-1 font-mono text-xs text-zinc-600 dark:text-zinc-400">{t(locale, 'nodes.taint.cause', { path: taint.causePath })}</p>}
                  </td>
                  <td className="px-2 py-1.5" data-testid="taint-does">
                    <Impact taint={taint} locale={locale} />
                  </td>
                  <td className="px-2 py-1.5">
                    <ConceptChip id={taint.conceptId} locale={locale} />
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
