import { ConceptChip } from '@/components/explain/concept-chip';
import { useLocale } from '@/components/ui/page-context';
import type { FlowEvidence, FlowStep, StepState } from '@/lib/explain/pod-flow-types';
import { t } from '@/lib/i18n/messages';
import { flowActor } from '@/lib/views/pod-event-source';
import { stepDelta } from '@/lib/views/pod-time';
import { Clock, Pill, type Tone } from './bits';

const MARK: Record<StepState, { icon: string; tone: Tone }> = {
  done: { icon: '✓', tone: 'ok' },
  current: { icon: '●', tone: 'info' },
  failed: { icon: '✗', tone: 'bad' },
  'not-reached': { icon: '○', tone: 'muted' },
  skipped: { icon: '–', tone: 'muted' },
};

function Evidence({ e }: { e: FlowEvidence }) {
  const locale = useLocale();
  if (e.kind === 'event') {
    return (
      <li className="break-words">
        <span className="font-mono font-semibold">{e.reason}</span>
        {e.count > 1 && <span className="font-mono"> ×{e.count}</span>}{' '}
        <span className="text-zinc-700 dark:text-zinc-300">
          {t(locale, 'pod.flow.from', { who: e.component ?? '?' })} · <Clock iso={e.lastAt ?? e.firstAt} />
        </span>
        {e.message && <span className="block font-mono text-xs text-zinc-700 dark:text-zinc-300">{e.message}</span>}
      </li>
    );
  }
  if (e.kind === 'condition') {
    return (
      <li className="font-mono break-words">
        {e.path}: {e.type}={e.status}
        {e.reason ? ` (${e.reason})` : ''}
      </li>
    );
  }
  return (
    <li className="font-mono break-words">
      {e.path} = {e.value === null ? 'null' : String(e.value)}
    </li>
  );
}

/**
 * A flow's steps as a timeline: who acted (the kubelet "simulated by KWOK"
 * when its events came from KWOK), when, how long after the previous step,
 * and the events, conditions or fields that show it.
 */
export function FlowSteps<Id extends string>({
  steps,
  title,
  nodeSimulated,
  testId,
}: {
  steps: FlowStep<Id>[];
  title: (step: FlowStep<Id>) => string;
  nodeSimulated: boolean;
  testId: string;
}) {
  const locale = useLocale();
  return (
    <ol data-testid={testId} className="flex flex-col gap-2">
      {steps.map((s) => {
        const mark = MARK[s.state];
        const actor = flowActor(
          s.component,
          s.evidence.flatMap((e) => (e.kind === 'event' ? [e.component] : [])),
          nodeSimulated,
        );
        const delta = stepDelta(s.secondsSincePrevious);
        return (
          <li key={s.id} data-step={s.id} data-state={s.state} className="grid grid-cols-[auto_1fr] gap-x-3 rounded border border-zinc-200 p-2 dark:border-zinc-800">
            <span aria-hidden="true" className="pt-0.5">
              <Pill tone={mark.tone}>{mark.icon}</Pill>
            </span>
            <div className="min-w-0">
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <h3 className="font-semibold">{title(s)}</h3>
                <span className="text-sm" data-testid="step-actor">
                  {t(locale, `pod.actor.${actor}` as const)}
                </span>
                {s.at && (
                  <span className="text-sm">
                    <Clock iso={s.at} />
                    {delta && <span className="ml-2 font-mono text-zinc-700 dark:text-zinc-300">{delta}</span>}
                  </span>
                )}
                <span className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, `pod.stepState.${s.state}` as const)}</span>
              </div>
              {s.evidence.length > 0 && (
                <ul className="mt-1 flex flex-col gap-0.5 text-xs" aria-label={t(locale, 'pod.flow.evidence')}>
                  {s.evidence.map((e, i) => (
                    <Evidence key={i} e={e} />
                  ))}
                </ul>
              )}
              <div className="mt-1 flex flex-wrap gap-1">
                {s.conceptIds.map((c) => (
                  <ConceptChip key={c} id={c} />
                ))}
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
