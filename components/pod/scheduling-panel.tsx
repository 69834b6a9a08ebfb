import { ConceptChip } from '@/components/explain/concept-chip';
import { DataTable, type Column } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import type { ConceptId } from '@/lib/concepts/ids';
import type { ParsedSchedulingMessage, SchedulingReason, SchedulingReasonCategory } from '@/lib/explain/scheduling-message';
import type { Locale } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import { Section } from './bits';

const CONCEPT: Partial<Record<SchedulingReasonCategory, ConceptId>> = {
  'insufficient-resource': 'node-allocatable',
  'too-many-pods': 'node-allocatable',
  'untolerated-taint': 'taints-tolerations',
  'node-affinity': 'label-selector',
  'node-unschedulable': 'taint-unschedulable',
  'node-not-ready': 'taint-not-ready',
  volume: 'pvc',
};

/** How many nodes gave a reason, the reason as the scheduler wrote it, and what it means. */
function reasonColumns(locale: Locale, total: number | null): Column<SchedulingReason>[] {
  return [
    {
      id: 'nodes',
      header: t(locale, 'pod.sched.colNodes'),
      className: 'font-mono',
      cell: (r) => (r.count === null ? t(locale, 'pod.sched.allNodes', { total: total ?? '?' }) : t(locale, 'pod.sched.nodes', { count: r.count, total: total ?? '?' })),
    },
    { id: 'reason', header: t(locale, 'pod.sched.colReason'), className: 'font-mono', cell: (r) => r.text },
    {
      id: 'meaning',
      header: t(locale, 'pod.sched.colMeaning'),
      cell: (r) => {
        const concept = CONCEPT[r.category];
        return (
          <>
            {t(locale, `pod.sched.cat.${r.category}` as const, { resource: r.resource ?? '' })}
            {concept && (
              <>
                {' '}
                <ConceptChip id={concept} />
              </>
            )}
          </>
        );
      },
    },
  ];
}

/** The scheduler's "0/N nodes are available" message decoded: how many nodes gave which reason, and whether preemption could help. */
export function SchedulingPanel({ scheduling }: { scheduling: ParsedSchedulingMessage }) {
  const locale = useLocale();
  const pre = scheduling.preemption;
  const rowKey = (_r: SchedulingReason, i: number) => String(i);
  return (
    <Section id="scheduling" title={t(locale, 'pod.sched.title')} actions={<ConceptChip id="kube-scheduler" />}>
      <p className="mb-2 text-sm" data-testid="scheduling-summary">
        {t(locale, 'pod.sched.summary', { available: scheduling.availableNodes, total: scheduling.totalNodes })}
      </p>
      <DataTable
        caption={t(locale, 'pod.sched.title')}
        density="compact"
        rows={scheduling.reasons}
        rowKey={rowKey}
        rowData={() => ({ 'data-testid': 'scheduling-reason' })}
        columns={reasonColumns(locale, scheduling.totalNodes)}
      />
      {pre && (
        <div className="mt-3 text-sm">
          <h3 className="mb-1 font-semibold">{t(locale, 'pod.sched.preemption')}</h3>
          {pre.reasons.length ? (
            <DataTable caption={t(locale, 'pod.sched.preemption')} density="compact" rows={pre.reasons} rowKey={rowKey} columns={reasonColumns(locale, pre.totalNodes)} />
          ) : (
            <p className="font-mono">{pre.text}</p>
          )}
        </div>
      )}
      <p className="mt-3 break-words font-mono text-xs text-zinc-700 dark:text-zinc-300">{scheduling.message}</p>
    </Section>
  );
}
