import { ConceptChip } from '@/components/explain/concept-chip';
import { Section } from '@/components/pod/bits';
import { useLocale } from '@/components/ui/page-context';
import type { DeploymentRollout } from '@/lib/explain/workloads/deployment-rollout';
import { toTimestampMs } from '@/lib/explain/human-duration';
import { t } from '@/lib/i18n/messages';
import type { DeploymentView } from '@/lib/views/deployment-view';
import { say } from '@/lib/views/sentence';

const STEP_MARK: Record<DeploymentView['steps'][number]['state'], { mark: string; className: string }> = {
  done: { mark: '✓', className: 'border-emerald-400 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950/50 dark:text-emerald-100' },
  current: { mark: '…', className: 'border-sky-400 bg-sky-50 text-sky-950 dark:border-sky-600 dark:bg-sky-950/60 dark:text-sky-100' },
  waiting: { mark: '○', className: 'border-zinc-300 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300' },
  failed: { mark: '✗', className: 'border-red-400 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950/50 dark:text-red-100' },
};

/** Whole seconds from now until `iso` (negative once passed). */
function secondsTo(iso: string | null, now: Date): number | null {
  const ms = toTimestampMs(iso);
  return ms === undefined ? null : Math.ceil((ms - now.getTime()) / 1000);
}

/** The progress deadline with a live countdown; the controller's rule in one sentence. */
export function ProgressDeadline({ rollout, now }: { rollout: DeploymentRollout; now: Date }) {
  const locale = useLocale();
  const d = rollout.deadline;
  let state: string;
  let text: string;
  if (d.seconds === null) [state, text] = ['none', t(locale, 'deploy.deadline.none')];
  else if (d.exceeded) [state, text] = ['exceeded', t(locale, 'deploy.deadline.exceeded')];
  else if (d.counting && d.at) {
    const left = secondsTo(d.at, now) ?? 0;
    [state, text] = left >= 0 ? ['counting', t(locale, 'deploy.deadline.left', { left })] : ['overdue', t(locale, 'deploy.deadline.overdue', { left: -left })];
  } else if (rollout.complete || rollout.stage === 'complete') [state, text] = ['done', t(locale, 'deploy.deadline.done')];
  else if (rollout.paused) [state, text] = ['paused', t(locale, 'deploy.deadline.paused')];
  else [state, text] = ['idle', t(locale, 'deploy.deadline.idle')];
  const tone =
    state === 'exceeded' || state === 'overdue'
      ? 'text-red-800 dark:text-red-200'
      : state === 'counting'
        ? 'text-sky-900 dark:text-sky-100'
        : 'text-zinc-700 dark:text-zinc-300';
  return (
    <div className="flex flex-col gap-1 text-sm" data-testid="deadline" data-state={state}>
      <h3 className="font-semibold">
        {t(locale, 'deploy.deadline.title')} <span className="font-mono font-normal">progressDeadlineSeconds {d.seconds ?? '—'}</span>
      </h3>
      <p className={`font-medium ${tone}`} data-testid="deadline-text" suppressHydrationWarning>
        {text}
      </p>
      {d.seconds !== null && <p className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'deploy.deadline.explain', { seconds: d.seconds })}</p>}
    </div>
  );
}

/** Where the rollout stands: one sentence about now, the five steps, and the progress deadline. */
export function RolloutNow({ view, rollout, now }: { view: DeploymentView; rollout: DeploymentRollout; now: Date }) {
  const locale = useLocale();
  return (
    <Section
      id="rollout-now"
      title={t(locale, 'deploy.rollout.title')}
      actions={
        <>
          <ConceptChip id="rolling-update" /> <ConceptChip id="deployment-conditions" />
        </>
      }
    >
      <p className="mb-3 text-sm font-medium" data-testid="rollout-now" data-key={view.now.key}>
        {say(locale, view.now)}
      </p>
      <h3 className="sr-only">{t(locale, 'deploy.steps.title')}</h3>
      <ol className="mb-4 flex flex-wrap gap-2" aria-label={t(locale, 'deploy.steps.title')}>
        {view.steps.map((s, i) => {
          const mark = STEP_MARK[s.state];
          return (
            <li key={s.id} data-testid="rollout-step" data-step={s.id} data-state={s.state} className={`flex items-center gap-2 rounded border px-2 py-1 text-xs ${mark.className}`}>
              <span aria-hidden="true" className="font-mono">
                {i + 1} {mark.mark}
              </span>
              <span>{t(locale, `deploy.step.${s.id}`)}</span>
              <span className="sr-only">({t(locale, `deploy.stepState.${s.state}`)})</span>
            </li>
          );
        })}
      </ol>
      <ProgressDeadline rollout={rollout} now={now} />
    </Section>
  );
}
