import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { NodeConditionView, NodeHeartbeat } from '@/lib/explain/node';
import { age } from '@/lib/views/age';
import { ConceptChip } from '@/components/explain/concept-chip';

const TH = 'px-2 py-2 font-medium';
const STATE = { ok: 'nodes.cond.ok', problem: 'nodes.cond.problem', unknown: 'nodes.cond.unknown' } as const;
const STATE_STYLE = {
  ok: 'text-emerald-800 dark:text-emerald-300',
  problem: 'text-red-800 dark:text-red-300',
  unknown: 'text-amber-900 dark:text-amber-200',
} as const;

/** The node's heartbeat: the Lease renewTime (about every 10 s), aged live against the node-monitor grace period. */
export function Heartbeat({ h, locale, now }: { h: NodeHeartbeat; locale: Locale; now: Date }) {
  const seconds = h.time ? Math.max(0, Math.floor((now.getTime() - Date.parse(h.time)) / 1000)) : null;
  const overdue = h.source === 'lease' && seconds !== null && seconds > h.gracePeriodSeconds;
  return (
    <section aria-labelledby="heartbeat-title" className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="heartbeat-title" className="text-lg font-semibold">
          {t(locale, 'nodes.heartbeat.title')}
        </h2>
        <ConceptChip id="lease" locale={locale} />
      </div>
      <p className="text-sm" data-testid="heartbeat" data-source={h.source} data-overdue={String(overdue)} suppressHydrationWarning>
        {h.source === 'none' || h.time === null ? (
          t(locale, 'nodes.heartbeat.none')
        ) : (
          <>
            {t(locale, h.source === 'lease' ? 'nodes.heartbeat.lease' : 'nodes.heartbeat.readyCondition')}{' '}
            <strong className="font-mono" data-testid="heartbeat-age" suppressHydrationWarning>
              {t(locale, 'time.ago', { d: age(h.time, now) })}
            </strong>
          </>
        )}
      </p>
      <p className={`text-sm ${overdue ? 'font-semibold text-red-800 dark:text-red-300' : 'text-zinc-700 dark:text-zinc-300'}`} suppressHydrationWarning>
        {overdue ? t(locale, 'nodes.heartbeat.overdue', { grace: h.gracePeriodSeconds }) : t(locale, 'nodes.heartbeat.rule', { grace: h.gracePeriodSeconds })}
      </p>
    </section>
  );
}

/** Each node condition with its meaning, its concept and how long ago the kubelet reported it. */
export function NodeConditions({ conditions, locale, now }: { conditions: NodeConditionView[]; locale: Locale; now: Date }) {
  return (
    <section aria-labelledby="conditions-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="conditions-title" className="text-lg font-semibold">
          {t(locale, 'nodes.cond.title')}
        </h2>
        <ConceptChip id="node-conditions" locale={locale} />
      </div>
      {conditions.length === 0 ? (
        <p className="text-sm">{t(locale, 'nodes.cond.none')}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-zinc-200 dark:border-zinc-800">
          <table className="w-full border-collapse text-sm" data-testid="conditions-table">
            <caption className="sr-only">{t(locale, 'nodes.cond.title')}</caption>
            <thead className="bg-zinc-100 text-left text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                <th scope="col" className={TH}>{t(locale, 'nodes.cond.type')}</th>
                <th scope="col" className={TH}>{t(locale, 'col.status')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.cond.meaning')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.cond.reason')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.cond.heartbeat')}</th>
                <th scope="col" className={TH}>{t(locale, 'nodes.cond.transition')}</th>
              </tr>
            </thead>
            <tbody>
              {conditions.map((c) => (
                <tr key={c.type} data-testid="condition-row" data-condition={c.type} data-state={c.state} className="border-t border-zinc-100 dark:border-zinc-800/60">
                  <th scope="row" className="px-2 py-1.5 text-left font-normal">
                    <ConceptChip id={c.conceptId} locale={locale} label={c.type} />
                  </th>
                  <td className="px-2 py-1.5 font-mono">{c.status}</td>
                  <td className={`px-2 py-1.5 font-medium ${STATE_STYLE[c.state]}`}>{t(locale, STATE[c.state])}</td>
                  <td className="px-2 py-1.5 font-mono text-xs">{c.reason ?? '—'}</td>
                  <td className="px-2 py-1.5 font-mono text-xs" suppressHydrationWarning>
                    {c.lastHeartbeatTime ? t(locale, 'time.ago', { d: age(c.lastHeartbeatTime, now) }) : '—'}
                  </td>
                  <td className="px-2 py-1.5 font-mono text-xs" suppressHydrationWarning>
                    {c.lastTransitionTime ? t(locale, 'time.ago', { d: age(c.lastTransitionTime, now) }) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{t(locale, 'nodes.cond.heartbeatNote')}</p>
    </section>
  );
}
