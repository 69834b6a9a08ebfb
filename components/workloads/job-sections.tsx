import Link from 'next/link';
import type { JobDetailModel } from '@/lib/contract';
import { restartsText } from '@/lib/explain/pod-columns';
import type { FailedJobPod } from '@/lib/explain/workloads/job';
import { t } from '@/lib/i18n/messages';
import { age } from '@/lib/views/age';
import { jobConditionMeaning, jobReasonMeaning, type JobGridCell, type JobView } from '@/lib/views/job-view';
import type { JobConditionRow } from '@/lib/views/workloads/job-detail';
import { ConceptChip } from '@/components/explain/concept-chip';
import { Clock, Pill, Section } from '@/components/pod/bits';
import { StatusBadge } from '@/components/pods/status-badge';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { Note, PILL_TONE, Say, Sentences } from './run-bits';

type Found = Extract<JobDetailModel, { found: true }>;

interface Props {
  model: Found;
  view: JobView;
  /** `/<context>` */
  base: string;
  now: Date;
}

const podHref = (base: string, namespace: string, name: string) => `${base}/pods/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;

const CELL: Readonly<Record<JobGridCell['state'], { mark: string; style: string }>> = {
  succeeded: { mark: '✓', style: 'border-emerald-500 bg-emerald-100 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100' },
  failed: { mark: '✗', style: 'border-red-500 bg-red-100 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-100' },
  active: { mark: '▶', style: 'border-sky-500 bg-sky-100 text-sky-950 dark:border-sky-600 dark:bg-sky-950 dark:text-sky-100' },
  pending: { mark: '·', style: 'border-zinc-400 border-dashed bg-white text-zinc-800 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-200' },
  'not-run': { mark: '–', style: 'border-zinc-300 bg-zinc-100 text-zinc-700 dark:border-zinc-700 dark:bg-zinc-800 dark:text-zinc-300' },
};

function Grid({ cells, base, namespace }: { cells: JobGridCell[]; base: string; namespace: string }) {
  const locale = useLocale();
  return (
    <>
      <ol aria-label={t(locale, 'job.grid.caption')} className="flex flex-wrap gap-1.5" data-testid="job-grid">
        {cells.map((c) => {
          const label = t(locale, c.indexed ? 'job.grid.index' : 'job.grid.slot', { label: c.label });
          const state = t(locale, `job.cell.${c.state}`);
          return (
            <li
              key={c.key}
              data-testid="job-cell"
              data-state={c.state}
              data-label={c.label}
              title={`${label}: ${state}${c.pod ? ` (${c.pod})` : ''}`}
              className={`flex h-12 min-w-12 flex-col items-center justify-center rounded border-2 px-1 font-mono text-xs ${CELL[c.state].style}`}
            >
              <span aria-hidden="true" className="text-sm leading-none">
                {CELL[c.state].mark}
              </span>
              <span>{c.label}</span>
              <span className="sr-only">
                {label}: {state}
              </span>
              {c.pod && (
                <Link href={podHref(base, namespace, c.pod)} className="sr-only focus:not-sr-only focus:underline">
                  {c.pod}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
      <ul className="mt-2 flex flex-wrap gap-3 text-xs text-zinc-700 dark:text-zinc-300" aria-hidden="true">
        {(Object.keys(CELL) as JobGridCell['state'][]).map((s) => (
          <li key={s} className="flex items-center gap-1">
            <span className={`inline-flex h-4 w-4 items-center justify-center rounded border ${CELL[s].style}`}>{CELL[s].mark}</span>
            {t(locale, `job.cell.${s}`)}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Completions against parallelism as a grid (one cell per index for Indexed Jobs), with what the completion mode asks for. */
export function CompletionsSection({ model, view, base }: Props) {
  const locale = useLocale();
  return (
    <Section id="completions" title={t(locale, 'job.progress.title')} actions={<ConceptChip id="job-completion-modes" />}>
      <div className="flex flex-col gap-2">
        <Note testId="job-progress">
          <Say s={view.progress} />
        </Note>
        <Note testId="job-mode">
          <Say s={view.mode} />
        </Note>
        {view.grid && <Grid cells={view.grid} base={base} namespace={model.namespace} />}
      </div>
    </Section>
  );
}

function ruleText(locale: Parameters<typeof t>[0], p: FailedJobPod): string {
  return p.matchedRule ? t(locale, 'job.failed.rule', { index: p.matchedRule.index, action: p.matchedRule.action }) : t(locale, 'job.failed.counted');
}

/** The back-off budget and each failed pod with its exit code, linked to the pod. */
export function BackoffSection({ model, view, base }: Props) {
  const locale = useLocale();
  const x = model.explanation;
  const indexed = x.completionMode === 'Indexed';
  return (
    <Section id="backoff" title={t(locale, 'job.backoff.title')} actions={<><ConceptChip id="job-failure-handling" /> <ConceptChip id="restart-policy" /></>}>
      <div className="flex flex-col gap-2">
        <div className="flex items-start gap-2" data-testid="job-backoff" data-tone={view.backoff.tone}>
          <Pill tone={PILL_TONE[view.backoff.tone]}>
            {x.backoff.failed}/{x.backoff.perIndexLimit ?? x.backoff.limit}
          </Pill>
          <Sentences items={view.backoff.sentences} />
        </div>
        <h3 className="text-sm font-semibold">{t(locale, 'job.failed.title')}</h3>
        <DataTable
          caption={t(locale, 'job.failed.title')}
          testId="job-failed-pods"
          density="compact"
          rows={x.failedPods}
          rowKey={(p) => p.name}
          rowHref={(p) => podHref(base, model.namespace, p.name)}
          rowData={(p) => ({ 'data-testid': 'job-failed-pod', 'data-pod': p.name, 'data-exit-code': p.exitCode === null ? undefined : String(p.exitCode) })}
          empty={t(locale, 'job.failed.none')}
          emptyTestId="job-failed-none"
          columns={[
            {
              id: 'pod',
              header: t(locale, 'job.col.pod'),
              rowHeader: true,
              className: 'font-mono',
              cell: (p) => (
                <Link href={podHref(base, model.namespace, p.name)} className="underline">
                  {p.name}
                </Link>
              ),
            },
            indexed && { id: 'index', header: t(locale, 'job.col.index'), className: 'font-mono', cell: (p) => (p.index === null ? '—' : `${p.index}${p.indexFailures !== null ? ` (#${p.indexFailures + 1})` : ''}`) },
            { id: 'container', header: t(locale, 'job.col.container'), className: 'font-mono', cell: (p) => p.container ?? '—' },
            { id: 'exit', header: t(locale, 'job.col.exitCode'), className: 'font-mono', testId: 'job-exit-code', cell: (p) => (p.exitCode === null ? '—' : `${p.exitCode}${p.signal !== null ? ` (signal ${p.signal})` : ''}`) },
            { id: 'reason', header: t(locale, 'job.col.reason'), className: 'font-mono', cell: (p) => p.reason ?? '—' },
            { id: 'finished', header: t(locale, 'job.col.finished'), cell: (p) => <Clock iso={p.finishedAt} /> },
            x.podFailurePolicy !== null && { id: 'rule', header: t(locale, 'job.col.rule'), cell: (p) => ruleText(locale, p) },
          ]}
        />
        {x.counts.failed > x.failedPods.length && (
          <Note testId="job-failed-gone">{t(locale, 'job.failed.gone', { failed: x.counts.failed, shown: x.failedPods.length })}</Note>
        )}
      </div>
    </Section>
  );
}

/** activeDeadlineSeconds counting down, and when ttlSecondsAfterFinished deletes the Job. */
export function DeadlinesSection({ view }: Props) {
  const locale = useLocale();
  const d = view.deadline;
  return (
    <Section id="deadlines" title={`${t(locale, 'job.deadline.title')} · ${t(locale, 'job.ttl.title')}`} actions={<ConceptChip id="job-failure-handling" />}>
      <div className="flex flex-col gap-2 text-sm">
        <div className="flex items-start gap-2" data-testid="job-deadline" data-tone={d?.tone ?? 'none'} data-seconds-left={d?.secondsLeft ?? undefined}>
          {d && d.secondsLeft !== null && (
            <span suppressHydrationWarning className="rounded px-1.5 py-0.5 font-mono text-sm font-semibold ring-1 ring-inset ring-current" data-testid="job-deadline-left">
              {d.secondsLeft}s
            </span>
          )}
          <p>{d ? <Say s={d.sentence} ticking /> : t(locale, 'job.deadline.none')}</p>
        </div>
        <p data-testid="job-ttl">
          <Say s={view.ttl} ticking />
        </p>
      </div>
    </Section>
  );
}

/** Every condition with what its type and reason mean. */
export function ConditionsSection({ model, now }: Props) {
  const locale = useLocale();
  return (
    <Section id="conditions" title={t(locale, 'job.conditions.title')} actions={<ConceptChip id="job" />}>
      <DataTable
        caption={t(locale, 'job.conditions.title')}
        testId="job-conditions"
        rows={model.conditions}
        rowKey={(c) => c.path}
        rowData={(c: JobConditionRow) => ({ 'data-testid': 'job-condition', 'data-type': c.type, 'data-status': c.status })}
        alignTop
        empty={t(locale, 'job.conditions.none')}
        emptyTestId="job-conditions-none"
        columns={[
          { id: 'type', header: t(locale, 'job.col.type'), rowHeader: true, className: 'font-mono', cell: (c) => c.type },
          { id: 'status', header: t(locale, 'job.col.status'), className: 'font-mono', cell: (c) => c.status },
          { id: 'reason', header: t(locale, 'job.col.reason'), className: 'font-mono', cell: (c) => c.reason ?? '—' },
          {
            id: 'meaning',
            header: t(locale, 'job.col.meaning'),
            headerClassName: 'w-1/3',
            cell: (c) => {
              const reason = jobReasonMeaning(c.reason);
              return (
                <div className="flex flex-col gap-1">
                  <Say s={jobConditionMeaning(c.type)} />
                  {reason && (
                    <span className="text-xs text-zinc-700 dark:text-zinc-300">
                      <Say s={reason} />
                    </span>
                  )}
                </div>
              );
            },
          },
          { id: 'message', header: t(locale, 'job.col.message'), cell: (c) => c.message ?? '' },
          { id: 'since', header: t(locale, 'job.col.since'), className: 'font-mono', ticking: true, cell: (c) => (c.lastTransitionTime ? t(locale, 'time.ago', { d: age(c.lastTransitionTime, now) }) : '—') },
        ]}
      />
    </Section>
  );
}

/** The podFailurePolicy rules in order, with what each action does. */
export function PolicySection({ model }: Props) {
  const locale = useLocale();
  const rules = model.explanation.podFailurePolicy;
  return (
    <Section id="policy" title={t(locale, 'job.policy.title')} actions={<ConceptChip id="job-failure-handling" />}>
      {rules === null ? (
        <Note testId="job-policy-none">{t(locale, 'job.policy.none')}</Note>
      ) : (
        <DataTable
          caption={t(locale, 'job.policy.title')}
          testId="job-policy"
          rows={rules}
          rowKey={(r) => String(r.index)}
          rowData={(r) => ({ 'data-testid': 'job-policy-rule', 'data-action': r.action })}
          columns={[
            { id: 'n', header: t(locale, 'job.col.number'), rowHeader: true, className: 'font-mono', cell: (r) => r.index },
            {
              id: 'match',
              header: t(locale, 'job.col.match'),
              className: 'font-mono',
              cell: (r) =>
                r.onExitCodes
                  ? t(locale, r.onExitCodes.containerName ? 'job.policy.exitCodes' : 'job.policy.exitCodesAny', {
                      container: r.onExitCodes.containerName ?? '',
                      operator: r.onExitCodes.operator,
                      values: r.onExitCodes.values.join(','),
                    })
                  : t(locale, 'job.policy.podConditions', { conditions: r.onPodConditions.map((c) => `${c.type}=${c.status}`).join(', ') }),
            },
            {
              id: 'action',
              header: t(locale, 'job.col.action'),
              cell: (r) => (['FailJob', 'FailIndex', 'Ignore', 'Count'].includes(r.action) ? t(locale, `job.action.${r.action as 'FailJob' | 'FailIndex' | 'Ignore' | 'Count'}`) : r.action),
            },
          ]}
        />
      )}
    </Section>
  );
}

/** The pods the Job made, as the Pods view shows them. */
export function JobPodsSection({ model, base, now }: Props) {
  const locale = useLocale();
  return (
    <Section id="pods" title={t(locale, 'job.pods.title')} actions={<ConceptChip id="pod" />}>
      <DataTable
        caption={t(locale, 'job.pods.title')}
        testId="job-pods"
        rows={model.podRows}
        rowKey={(p) => p.uid}
        rowHref={(p) => podHref(base, p.namespace, p.name)}
        rowData={(p) => ({ 'data-testid': 'job-pod', 'data-pod': p.name })}
        empty={t(locale, 'job.pods.none')}
        emptyTestId="job-pods-none"
        columns={[
          {
            id: 'name',
            header: t(locale, 'col.name'),
            rowHeader: true,
            className: 'font-mono',
            cell: (p) => (
              <Link href={podHref(base, p.namespace, p.name)} className="underline">
                {p.name}
              </Link>
            ),
          },
          { id: 'ready', header: t(locale, 'col.ready'), className: 'font-mono', cell: (p) => p.ready },
          { id: 'status', header: t(locale, 'col.status'), cell: (p) => <StatusBadge status={p.status} severity={p.severity} /> },
          { id: 'restarts', header: t(locale, 'col.restarts'), className: 'font-mono', ticking: true, cell: (p) => restartsText(p.restartCount, p.lastRestartAt, now) },
          { id: 'node', header: t(locale, 'col.node'), className: 'font-mono', cell: (p) => p.node ?? '—' },
          { id: 'age', header: t(locale, 'col.age'), className: 'font-mono', ticking: true, cell: (p) => age(p.createdAt, now) },
        ]}
      />
    </Section>
  );
}
