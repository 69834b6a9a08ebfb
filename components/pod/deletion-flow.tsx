import { ConceptChip } from '@/components/explain/concept-chip';
import { useNow } from '@/components/live/use-live';
import { useLocale } from '@/components/ui/page-context';
import type { DeletionFlow as Flow } from '@/lib/explain/pod-deletion-flow';
import { t } from '@/lib/i18n/messages';
import { secondsUntil } from '@/lib/views/pod-time';
import { Clock, Fact, Facts, Section } from './bits';
import { FlowSteps } from './flow-steps';

/**
 * A deletion in progress: the grace-period countdown ticks in the browser
 * from metadata.deletionTimestamp (the deadline), then the steps of graceful
 * termination with their evidence.
 */
export function DeletionFlow({ flow, nodeSimulated }: { flow: Flow; nodeSimulated: boolean }) {
  const locale = useLocale();
  const now = useNow(1000);
  const left = secondsUntil(flow.deadline, now) ?? 0;
  return (
    <Section id="deletion" title={t(locale, 'pod.deletion.title')} actions={<ConceptChip id="pod-deletion-flow" />}>
      <div role="timer" aria-live="off" className="mb-3 rounded-lg border-2 border-amber-400 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950/40">
        <p className="text-sm">{t(locale, 'pod.deletion.inProgress')}</p>
        <p className="mt-1 text-2xl font-semibold" data-testid="grace-countdown" data-seconds={left} suppressHydrationWarning>
          {flow.force ? t(locale, 'pod.deletion.force') : left > 0 ? t(locale, 'pod.deletion.countdown', { seconds: left }) : t(locale, 'pod.deletion.overdue', { seconds: -left })}
        </p>
      </div>
      <Facts>
        <Fact term={t(locale, 'pod.deletion.grace')}>
          <span className="font-mono">{flow.gracePeriodSeconds}s</span> ({t(locale, `pod.deletion.source.${flow.gracePeriodSource}` as const)})
        </Fact>
        <Fact term={t(locale, 'pod.deletion.requested')}>
          <Clock iso={flow.requestedAt} />
        </Fact>
        <Fact term={t(locale, 'pod.deletion.deadline')}>
          <Clock iso={flow.deadline} /> <span className="font-mono text-xs">(metadata.deletionTimestamp)</span>
        </Fact>
        <Fact term={t(locale, 'pod.deletion.finalizers')}>
          {flow.finalizers.length ? <span className="font-mono">{flow.finalizers.join(', ')}</span> : t(locale, 'pod.none')}
        </Fact>
      </Facts>
      <div className="mt-3">
        <FlowSteps
          steps={flow.steps}
          nodeSimulated={nodeSimulated}
          testId="deletion-steps"
          title={(s) => t(locale, `pod.delstep.${s.id}` as const, s.params)}
        />
      </div>
    </Section>
  );
}
