import { t } from '@/lib/i18n/messages';
import type { NodeConditionView, NodeHeartbeat } from '@/lib/explain/node';
import { age } from '@/lib/views/age';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';

const STATE = { ok: 'nodes.cond.ok', problem: 'nodes.cond.problem', unknown: 'nodes.cond.unknown' } as const;
const STATE_STYLE = {
  ok: 'text-emerald-800 dark:text-emerald-300',
  problem: 'text-red-800 dark:text-red-300',
  unknown: 'text-amber-900 dark:text-amber-200',
} as const;

/** The node's heartbeat: the Lease renewTime (about every 10 s), aged live against the node-monitor grace period. */
export function Heartbeat({ h, now }: { h: NodeHeartbeat; now: Date }) {
  const locale = useLocale();
  const seconds = h.time ? Math.max(0, Math.floor((now.getTime() - Date.parse(h.time)) / 1000)) : null;
  const overdue = h.source === 'lease' && seconds !== null && seconds > h.gracePeriodSeconds;
  return (
    <section aria-labelledby="heartbeat-title" className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="heartbeat-title" className="text-lg font-semibold">
          {t(locale, 'nodes.heartbeat.title')}
        </h2>
        <ConceptChip id="lease" />
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
export function NodeConditions({ conditions, now }: { conditions: NodeConditionView[]; now: Date }) {
  const locale = useLocale();
  return (
    <section aria-labelledby="conditions-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="conditions-title" className="text-lg font-semibold">
          {t(locale, 'nodes.cond.title')}
        </h2>
        <ConceptChip id="node-conditions" />
      </div>
      <DataTable
        caption={t(locale, 'nodes.cond.title')}
        testId="conditions-table"
        rows={conditions}
        rowKey={(c) => c.type}
        rowData={(c) => ({ 'data-testid': 'condition-row', 'data-condition': c.type, 'data-state': c.state })}
        empty={t(locale, 'nodes.cond.none')}
        columns={[
          { id: 'type', header: t(locale, 'nodes.cond.type'), rowHeader: true, cell: (c) => <ConceptChip id={c.conceptId} label={c.type} /> },
          { id: 'status', header: t(locale, 'col.status'), className: 'font-mono', cell: (c) => c.status },
          { id: 'meaning', header: t(locale, 'nodes.cond.meaning'), cell: (c) => <span className={`font-medium ${STATE_STYLE[c.state]}`}>{t(locale, STATE[c.state])}</span> },
          { id: 'reason', header: t(locale, 'nodes.cond.reason'), className: 'font-mono text-xs', cell: (c) => c.reason ?? '—' },
          { id: 'heartbeat', header: t(locale, 'nodes.cond.heartbeat'), className: 'font-mono text-xs', ticking: true, cell: (c) => (c.lastHeartbeatTime ? t(locale, 'time.ago', { d: age(c.lastHeartbeatTime, now) }) : '—') },
          { id: 'transition', header: t(locale, 'nodes.cond.transition'), className: 'font-mono text-xs', ticking: true, cell: (c) => (c.lastTransitionTime ? t(locale, 'time.ago', { d: age(c.lastTransitionTime, now) }) : '—') },
        ]}
      />
      <p className="text-xs text-zinc-600 dark:text-zinc-400">{t(locale, 'nodes.cond.heartbeatNote')}</p>
    </section>
  );
}
