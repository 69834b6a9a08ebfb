import { ConceptChip } from '@/components/explain/concept-chip';
import { useLocale } from '@/components/ui/page-context';
import { t } from '@/lib/i18n/messages';
import type { PodLifecycle } from '@/lib/explain/pod-lifecycle';
import type { DiagramNode, LifecycleDiagram as Diagram } from '@/lib/views/pod-lifecycle-diagram';
import { Clock, ConceptLink, Section } from './bits';

const BOX: Record<DiagramNode['state'], string> = {
  passed: 'border-emerald-400 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950/40',
  current: 'border-sky-500 bg-sky-50 ring-2 ring-sky-500 dark:border-sky-400 dark:bg-sky-950/50 dark:ring-sky-400',
  ahead: 'border-dashed border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-950',
  inactive: 'border-dashed border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-950',
};

function NodeBox({ node }: { node: DiagramNode }) {
  const locale = useLocale();
  const statusText =
    node.status === null ? null : node.status === 'Missing' ? t(locale, 'pod.lifecycle.missing') : `${t(locale, 'pod.lifecycle.status')}: ${node.status}`;
  return (
    <div
      data-node={node.id}
      data-state={node.state}
      data-here={node.here ? 'true' : undefined}
      aria-current={node.here ? 'step' : undefined}
      className={`flex min-w-[9.5rem] flex-col gap-1 rounded-lg border-2 p-2 text-sm ${BOX[node.state]}`}
    >
      {node.here && (
        <span data-testid="you-are-here" className="self-start rounded bg-sky-700 px-1.5 text-xs font-semibold text-white dark:bg-sky-300 dark:text-sky-950">
          {t(locale, 'pod.lifecycle.here')}
        </span>
      )}
      <ConceptLink id={node.conceptId} className="font-mono font-semibold">
        {node.id}
      </ConceptLink>
      {node.kind === 'readiness-gate' && <span className="text-xs">{t(locale, 'pod.lifecycle.gate')}</span>}
      {node.kind === 'terminating' && <span className="text-xs">{t(locale, 'pod.lifecycle.notAPhase')}</span>}
      {node.kind === 'terminal-phase' && <span className="text-xs">{t(locale, 'pod.lifecycle.terminalPhase')}</span>}
      {statusText && <span className="font-mono text-xs">{statusText}</span>}
      {node.reason && <span className="font-mono text-xs">{node.reason}</span>}
      {node.setBy && <span className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'pod.lifecycle.setBy', { who: t(locale, `pod.setter.${node.setBy}` as const) })}</span>}
      {node.at && node.status !== 'Missing' && (
        <span className="text-xs text-zinc-700 dark:text-zinc-300">
          <Clock iso={node.at} />
        </span>
      )}
    </div>
  );
}

/**
 * The pod's lifecycle as a state machine of accessible boxes and arrows:
 * conditions in order with the "you are here" marker, the terminal phases,
 * and Terminating beside them (a deletion in progress, not a phase).
 */
export function LifecycleDiagram({ diagram, lifecycle }: { diagram: Diagram; lifecycle: PodLifecycle }) {
  const locale = useLocale();
  return (
    <Section id="lifecycle" title={t(locale, 'pod.lifecycle.title')}>
      <p className="mb-3 text-sm">
        {t(locale, 'pod.lifecycle.phase')}{' '}
        <ConceptLink id={lifecycle.phase.conceptId} className="font-mono font-semibold">
          {lifecycle.phase.value}
        </ConceptLink>{' '}
        <ConceptChip id="pod-phase" /> <ConceptChip id="pod-conditions" />
      </p>
      <ol aria-label={t(locale, 'pod.lifecycle.path')} data-testid="lifecycle" className="flex flex-wrap items-stretch gap-y-3">
        {diagram.path.map((node, i) => (
          <li key={node.id} className="flex items-center">
            <NodeBox node={node} />
            {i < diagram.path.length - 1 && (
              <span aria-hidden="true" className="px-1 text-xl text-zinc-500">
                →
              </span>
            )}
          </li>
        ))}
      </ol>
      <h3 className="mt-4 text-sm font-semibold">{t(locale, 'pod.lifecycle.outcomes')}</h3>
      <ul className="mt-2 flex flex-wrap gap-3">
        {diagram.outcomes.map((node) => (
          <li key={node.id}>
            <NodeBox node={node} />
          </li>
        ))}
      </ul>
      {diagram.offPath.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-semibold">{t(locale, 'pod.lifecycle.other')}</h3>
          <ul className="mt-2 flex flex-wrap gap-3">
            {diagram.offPath.map((node) => (
              <li key={node.id}>
                <NodeBox node={node} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Section>
  );
}
