import type { DiagnosisSince, HistoryEvent, HistoryTransition, ObjectTimeline, TransitionChange } from '@/lib/contract/history';
import { orderTransitions } from './reconstruct';

/**
 * One transition as a short English line (exports are for bug reports,
 * which are written in English; the UI renders marks from the catalogue).
 * @example describeChange({ type: 'restart', container: 'app', role: 'app', from: 6, to: 7, lastTerminated: { state: 'terminated', reason: 'Error', exitCode: 1, … } })
 *   // 'container app restarted (6 → 7); previous run ended: Error, exit code 1'
 */
export function describeChange(change: TransitionChange): string {
  switch (change.type) {
    case 'observed':
      return change.existed ? `first observed (phase ${change.state.phase ?? '-'})` : 'created';
    case 'phase':
      return `phase ${change.from ?? '-'} → ${change.to ?? '-'}`;
    case 'reason':
      return `status reason ${change.from ?? '-'} → ${change.to ?? '-'}${change.message ? `: ${change.message}` : ''}`;
    case 'scheduled':
      return change.to ? `scheduled to node ${change.to}` : 'unscheduled';
    case 'condition':
      return `condition ${change.condition} ${change.from?.status ?? '-'} → ${change.to?.status ?? 'removed'}${change.to?.reason ? ` (${change.to.reason})` : ''}${change.to?.message ? `: ${change.to.message}` : ''}`;
    case 'container-added':
      return `container ${change.container.name} added`;
    case 'container-removed':
      return `container ${change.container} removed`;
    case 'container-state': {
      const to = change.to;
      if (!to) return `container ${change.container}: no status`;
      if (to.state === 'running') return `container ${change.container} running`;
      if (to.state === 'waiting') return `container ${change.container} waiting${to.reason ? `: ${to.reason}` : ''}${to.message ? ` (${to.message})` : ''}`;
      return `container ${change.container} terminated${to.reason ? `: ${to.reason}` : ''}${to.exitCode !== null ? `, exit code ${to.exitCode}` : ''}${to.signal !== null ? `, signal ${to.signal}` : ''}`;
    }
    case 'restart': {
      const t = change.lastTerminated;
      const ended = t ? `; previous run ended: ${t.reason ?? 'terminated'}${t.exitCode !== null ? `, exit code ${t.exitCode}` : ''}` : '';
      return `container ${change.container} restarted (${change.from} → ${change.to})${ended}`;
    }
    case 'ready':
      return `container ${change.container} ${change.to ? 'ready' : 'not ready'}`;
    case 'started':
      return `container ${change.container} ${change.to ? 'started' : 'not started'}`;
    case 'spec':
      return `spec changed (generation ${change.generationFrom ?? '-'} → ${change.generationTo ?? '-'})${change.changes.map((c) => `; ${c.field}${c.container ? ` ${c.container}` : ''}: ${c.from ?? '-'} → ${c.to ?? '-'}`).join('')}`;
    case 'counts':
      return `status ${change.changes.map((c) => `${c.field} ${c.from ?? '-'} → ${c.to ?? '-'}`).join(', ')}`;
    case 'labels':
      return 'labels changed';
    case 'owner':
      return `owner ${change.from ? `${change.from.kind}/${change.from.name}` : '-'} → ${change.to ? `${change.to.kind}/${change.to.name}` : '-'}`;
    case 'deletion-started':
      return `deletion requested (grace period ${change.gracePeriodSeconds ?? '-'} s, deadline ${change.at})`;
    case 'deleted':
      return 'deleted';
  }
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function eventLine(e: HistoryEvent): string {
  const kept = e.goneAt ? ' (kept by kube-explain)' : '';
  return `| ${e.firstTimestamp ?? e.firstSeenAt} | ${e.lastTimestamp ?? e.lastSeenAt} | ${e.type} | ${cell(e.reason)} | ${e.count} | ${cell(e.message)}${kept} |`;
}

function transitionLine(t: HistoryTransition): string {
  return `| ${t.at} | ${t.severity} | ${cell(t.reason)} | ${cell(describeChange(t.change))} |`;
}

function sinceLine(s: DiagnosisSince): string {
  const restarts = s.restartCount !== null ? `, ${s.restartCount} restarts${s.restartsSince !== null ? ` (${s.restartsSince} since then)` : ''}` : '';
  return `- ${s.diagnosisId}${s.subject ? ` (${s.subject})` : ''}: since ${s.exact ? '' : 'at least '}${s.since}${restarts}`;
}

/**
 * A timeline as Markdown for a bug report: the object, its end state,
 * transitions and events in time order (events the apiserver no longer has
 * marked "kept by kube-explain").
 * @example timelineMarkdown(timeline).split('\n')[0] // '# Pod explain-demo/crash-loop — timeline'
 */
export function timelineMarkdown(t: Omit<ObjectTimeline, 'historyStart'> & { historyStart?: string | null }): string {
  const ref = t.ref;
  const lines = [
    `# ${ref.kind} ${ref.namespace ? `${ref.namespace}/` : ''}${ref.name} — timeline`,
    '',
    `- context: ${ref.context}`,
    `- uid: ${ref.uid}`,
    `- observed: ${t.firstObservedAt} … ${t.lastObservedAt}`,
    `- ${t.deletedAt ? `deleted at ${t.deletedAt} (kept by kube-explain)` : 'still present at the last observation'}`,
    `- last phase: ${t.lastState.phase ?? '-'}`,
    ...t.lastState.containers.map((c) => `- container ${c.name} (${c.role}): ${c.state?.state ?? 'no status'}${c.state && c.state.state !== 'running' && c.state.reason ? ` ${c.state.reason}` : ''}, restarts ${c.restartCount}${c.lastTerminated ? `, last exit ${c.lastTerminated.reason ?? ''} ${c.lastTerminated.exitCode ?? ''}`.trimEnd() : ''}`),
    ...(t.since.length ? ['', '## Since when', '', ...t.since.map(sinceLine)] : []),
    '',
    '## Transitions',
    '',
    '| at | severity | reason | what |',
    '| --- | --- | --- | --- |',
    ...orderTransitions(t.transitions).map(transitionLine),
    '',
    '## Events',
    '',
    '| first | last | type | reason | count | message |',
    '| --- | --- | --- | --- | --- | --- |',
    ...t.events.map(eventLine),
  ];
  if (t.truncated) lines.push('', '_Older transitions were left out (the timeline is capped)._');
  return `${lines.join('\n')}\n`;
}
