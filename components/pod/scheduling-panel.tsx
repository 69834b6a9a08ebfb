import { ConceptChip } from '@/components/explain/concept-chip';
import type { ConceptId, Locale } from '@/lib/concepts/ids';
import type { ParsedSchedulingMessage, SchedulingReason, SchedulingReasonCategory } from '@/lib/explain/scheduling-message';
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

function ReasonRows({ reasons, total, locale }: { reasons: SchedulingReason[]; total: number | null; locale: Locale }) {
  return (
    <>
      {reasons.map((r, i) => {
        const concept = CONCEPT[r.category];
        return (
          <tr key={i} data-testid="scheduling-reason" className="border-t border-zinc-200 dark:border-zinc-800">
            <td className="px-2 py-1 font-mono">{r.count === null ? t(locale, 'pod.sched.allNodes', { total: total ?? '?' }) : t(locale, 'pod.sched.nodes', { count: r.count, total: total ?? '?' })}</td>
            <td className="px-2 py-1 font-mono">{r.text}</td>
            <td className="px-2 py-1">
              {t(locale, `pod.sched.cat.${r.category}` as const, { resource: r.resource ?? '' })}
              {concept && (
                <>
                  {' '}
                  <ConceptChip id={concept} locale={locale} />
                </>
              )}
            </td>
          </tr>
        );
      })}
    </>
  );
}

/** The scheduler's "0/N nodes are available" message decoded: how many nodes gave which reason, and whether preemption could help. */
export function SchedulingPanel({ scheduling, locale }: { scheduling: ParsedSchedulingMessage; locale: Locale }) {
  const pre = scheduling.preemption;
  return (
    <Section id="scheduling" title={t(locale, 'pod.sched.title')} actions={<ConceptChip id="kube-scheduler" locale={locale} />}>
      <p className="mb-2 text-sm" data-testid="scheduling-summary">
        {t(locale, 'pod.sched.summary', { available: scheduling.availableNodes, total: scheduling.totalNodes })}
      </p>
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{t(locale, 'pod.sched.title')}</caption>
        <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
          <tr>
            <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.sched.colNodes')}</th>
            <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.sched.colReason')}</th>
            <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.sched.colMeaning')}</th>
          </tr>
        </thead>
        <tbody>
          <ReasonRows reasons={scheduling.reasons} total={scheduling.totalNodes} locale={locale} />
        </tbody>
      </table>
      {pre && (
        <div className="mt-3 text-sm">
          <h3 className="font-semibold">{t(locale, 'pod.sched.preemption')}</h3>
          {pre.reasons.length ? (
            <table className="mt-1 w-full border-collapse text-sm">
              <caption className="sr-only">{t(locale, 'pod.sched.preemption')}</caption>
              <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.sched.colNodes')}</th>
                  <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.sched.colReason')}</th>
                  <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.sched.colMeaning')}</th>
                </tr>
              </thead>
              <tbody>
                <ReasonRows reasons={pre.reasons} total={pre.totalNodes} locale={locale} />
              </tbody>
            </table>
          ) : (
            <p className="font-mono">{pre.text}</p>
          )}
        </div>
      )}
      <p className="mt-3 break-words font-mono text-xs text-zinc-700 dark:text-zinc-300">{scheduling.message}</p>
    </Section>
  );
}
