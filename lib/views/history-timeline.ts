import type { ConceptId } from '@/lib/concepts/ids';
import type { TimeWindow } from './history-axis';
import type { ContainerRole, ContainerStateSnapshot, HistoryEvent, HistoryTransition, ObjectSnapshot, ObjectTimeline } from '@/lib/contract/history';
import type { Severity } from '@/lib/explain/types';
import type { MessageKey } from '@/lib/i18n/messages';
import { conditionConcept, eventConcept, phaseConcept, stateConcept } from './history-concepts';

/**
 * The Timeline tab's view model: one object's recorded history laid out as
 * swimlanes on one time axis — the pod (phase, scheduling, deletion), one
 * lane per condition, one per container (its states as spans, restarts and
 * exits as marks) and the Events (with their counts, marked when only
 * kube-explain still has them). Plain JSON, all times epoch milliseconds;
 * each mark names the catalogue concept that explains it and a sentence
 * (message key + params) saying what happened, for both languages.
 */

/** A sentence in the UI's language: a message key and its parameters. */
export interface MarkText {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** One moment on a lane. */
export interface TimelineMark {
  /** Stable id: `t<seq>` for a transition, `e<uid>` for an Event. */
  id: string;
  at: number;
  source: 'transition' | 'event';
  /** The short label on the mark (a Kubernetes reason, e.g. 'Started', 'CrashLoopBackOff', 'Unhealthy'). */
  label: string;
  severity: Severity;
  conceptId: ConceptId;
  text: MarkText;
  /** Exit code of the run that ended here, when there is one. */
  exitCode: number | null;
  /** An Event's count (×3), else null. */
  count: number | null;
  /** An Event the apiserver no longer has: only kube-explain kept it. */
  kept: boolean;
  /** An Event's message, as the apiserver said it. */
  message: string | null;
}

/** What a span of a lane shows: a container state or a condition status. */
export type SpanState = 'waiting' | 'running' | 'terminated' | 'True' | 'False' | 'Unknown' | 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Terminating';

/** A stretch of time in one state. `to` is the next change, or the end of the record. */
export interface TimelineSpan {
  from: number;
  to: number;
  state: SpanState;
  /** The waiting/terminated reason or the condition's reason. */
  reason: string | null;
  tone: 'ok' | 'warn' | 'bad' | 'muted';
}

export interface TimelineLane {
  /** 'pod', 'condition:Ready', 'container:app', 'events'. */
  id: string;
  kind: 'pod' | 'condition' | 'container' | 'events';
  /** The condition type or container name ('' for the pod and events lanes). */
  name: string;
  role: ContainerRole | null;
  sidecar: boolean;
  spans: TimelineSpan[];
  marks: TimelineMark[];
}

export interface TimelineView {
  lanes: TimelineLane[];
  /** First and last recorded moment (the deletion for a deleted object, else `end`). */
  start: number;
  end: number;
  deletedAt: number | null;
  /** Events only kube-explain still has. */
  keptEvents: number;
  truncated: boolean;
}

const ms = (iso: string | null | undefined): number | null => {
  if (!iso) return null;
  const v = Date.parse(iso);
  return Number.isFinite(v) ? v : null;
};

function stateTone(s: ContainerStateSnapshot | null): TimelineSpan['tone'] {
  if (!s) return 'muted';
  if (s.state === 'running') return 'ok';
  if (s.state === 'terminated') return s.exitCode === 0 ? 'muted' : 'bad';
  return s.reason === 'CrashLoopBackOff' || /Err|BackOff|Error/.test(s.reason ?? '') ? 'bad' : 'warn';
}

function conditionTone(status: string, type: string): TimelineSpan['tone'] {
  if (status === 'True') return type === 'DisruptionTarget' ? 'warn' : 'ok';
  return status === 'False' ? 'warn' : 'muted';
}

function stateReason(s: ContainerStateSnapshot | null): string | null {
  return s && s.state !== 'running' ? s.reason : null;
}

/** A lane that collects spans by closing the open one when the state changes. */
class SpanBuilder {
  spans: TimelineSpan[] = [];
  private open: Omit<TimelineSpan, 'to'> | null = null;
  set(at: number, next: Omit<TimelineSpan, 'to' | 'from'> | null) {
    if (this.open) this.spans.push({ ...this.open, to: at });
    this.open = next && { ...next, from: at };
  }
  close(end: number) {
    this.set(end, null);
  }
}

interface LaneState {
  lane: TimelineLane;
  spans: SpanBuilder;
}

function transitionMark(t: HistoryTransition, at: number, label: string, conceptId: ConceptId, exitCode: number | null = null): TimelineMark {
  return { id: `t${t.seq}`, at, source: 'transition', label, severity: t.severity, conceptId, text: transitionText(t), exitCode, count: null, kept: false, message: null };
}

function stateText(container: string, s: ContainerStateSnapshot | null): MarkText {
  if (!s) return { key: 'hist.mark.stateGone', params: { container } };
  if (s.state === 'running') return { key: 'hist.mark.running', params: { container } };
  if (s.state === 'waiting') return { key: 'hist.mark.waiting', params: { container, reason: s.reason ?? '—' } };
  return s.exitCode === null
    ? { key: 'hist.mark.terminated', params: { container, reason: s.reason ?? '—' } }
    : { key: 'hist.mark.exited', params: { container, reason: s.reason ?? '—', code: s.exitCode } };
}

/** The lane a container event belongs to, from its fieldPath 'spec.containers{app}' / 'spec.initContainers{init}'. */
export function eventContainer(fieldPath: string | null): string | null {
  return (fieldPath && /\{([^}]+)\}/.exec(fieldPath)?.[1]) ?? null;
}

/**
 * An Event as a mark: at its last occurrence, with its count, its concept and
 * whether only kube-explain still has it.
 * @example eventMark(backOff).label → 'BackOff'
 */
export function eventMark(e: HistoryEvent): TimelineMark {
  const at = ms(e.lastTimestamp) ?? ms(e.firstTimestamp) ?? ms(e.lastSeenAt) ?? 0;
  const container = eventContainer(e.involved.fieldPath);
  return {
    id: `e${e.uid}`,
    at,
    source: 'event',
    label: e.reason,
    severity: e.type === 'Warning' ? 'warning' : 'info',
    conceptId: eventConcept(e.reason, e.message),
    text: container ? { key: 'hist.mark.eventIn', params: { reason: e.reason, container, count: e.count } } : { key: 'hist.mark.event', params: { reason: e.reason, count: e.count } },
    exitCode: null,
    count: e.count,
    kept: e.goneAt !== null,
    message: e.message,
  };
}

function podSpanState(phase: string | null, deleting: boolean): Omit<TimelineSpan, 'from' | 'to'> {
  if (deleting) return { state: 'Terminating', reason: null, tone: 'warn' };
  const state = (['Pending', 'Running', 'Succeeded', 'Failed'].includes(phase ?? '') ? phase : 'Pending') as SpanState;
  const tone = state === 'Running' || state === 'Succeeded' ? 'ok' : state === 'Failed' ? 'bad' : 'warn';
  return { state, reason: phase, tone };
}

/**
 * Lays out an object's timeline as swimlanes: the pod lane (phase spans,
 * scheduled, deletion), a lane per condition (status spans, transitions),
 * a lane per container in spec order, init first (state spans; restarts with
 * the ended run's reason and exit code), and the events lane. Spans run to
 * the next change, and the last one to the deletion or `now`.
 * @example timelineView(crashLoopTimeline, now).lanes.map((l) => l.id) → ['pod', 'condition:PodScheduled', …, 'container:app', 'events']
 */
export function timelineView(timeline: ObjectTimeline, now: Date): TimelineView {
  const deletedAt = ms(timeline.deletedAt);
  const end = deletedAt ?? Math.max(now.getTime(), ms(timeline.lastObservedAt) ?? 0);
  const pod: LaneState = { lane: { id: 'pod', kind: 'pod', name: '', role: null, sidecar: false, spans: [], marks: [] }, spans: new SpanBuilder() };
  const conditions = new Map<string, LaneState>();
  const containers = new Map<string, LaneState>();
  const order: string[] = [];
  let phase: string | null = null;
  let deleting = false;

  const conditionLane = (type: string) => {
    let l = conditions.get(type);
    if (!l) {
      l = { lane: { id: `condition:${type}`, kind: 'condition', name: type, role: null, sidecar: false, spans: [], marks: [] }, spans: new SpanBuilder() };
      conditions.set(type, l);
    }
    return l;
  };
  const containerLane = (name: string, role: ContainerRole, sidecar = false) => {
    let l = containers.get(name);
    if (!l) {
      l = { lane: { id: `container:${name}`, kind: 'container', name, role, sidecar, spans: [], marks: [] }, spans: new SpanBuilder() };
      containers.set(name, l);
      order.push(name);
    }
    return l;
  };
  const setContainer = (l: LaneState, at: number, s: ContainerStateSnapshot | null) =>
    l.spans.set(at, s ? { state: s.state, reason: stateReason(s), tone: stateTone(s) } : null);
  const baseline = (at: number, s: ObjectSnapshot) => {
    phase = s.phase;
    deleting = s.deletion !== null;
    pod.spans.set(at, podSpanState(phase, deleting));
    for (const c of s.conditions) conditionLane(c.type).spans.set(at, { state: c.status, reason: c.reason, tone: conditionTone(c.status, c.type) });
    for (const c of s.containers) setContainer(containerLane(c.name, c.role, c.sidecar), at, c.state);
  };

  for (const t of timeline.transitions) {
    const at = ms(t.at) ?? 0;
    const c = t.change;
    switch (c.type) {
      case 'observed':
        baseline(at, c.state);
        pod.lane.marks.push(transitionMark(t, at, c.existed ? t.reason : 'Created', 'pod'));
        break;
      case 'phase':
        phase = c.to;
        pod.spans.set(at, podSpanState(phase, deleting));
        pod.lane.marks.push(transitionMark(t, at, c.to ?? t.reason, phaseConcept(c.to)));
        break;
      case 'reason':
        pod.lane.marks.push(transitionMark(t, at, c.to ?? t.reason, 'pod-phase'));
        break;
      case 'scheduled':
        pod.lane.marks.push(transitionMark(t, at, 'Scheduled', 'kube-scheduler'));
        break;
      case 'condition': {
        const l = conditionLane(c.condition);
        l.spans.set(at, c.to ? { state: c.to.status, reason: c.to.reason, tone: conditionTone(c.to.status, c.condition) } : null);
        l.lane.marks.push(transitionMark(t, at, `${c.condition}=${c.to?.status ?? '∅'}`, conditionConcept(c.condition)));
        break;
      }
      case 'container-added': {
        const l = containerLane(c.container.name, c.container.role, c.container.sidecar);
        setContainer(l, at, c.container.state);
        break;
      }
      case 'container-removed':
        containers.get(c.container)?.spans.set(at, null);
        break;
      case 'container-state': {
        const l = containerLane(c.container, c.role);
        setContainer(l, at, c.to);
        const to = c.to;
        const label = to ? (to.state === 'running' ? 'Running' : (to.reason ?? to.state)) : '∅';
        const exit = to?.state === 'terminated' ? to.exitCode : null;
        l.lane.marks.push(transitionMark(t, at, label, stateConcept(to?.state ?? '', stateReason(to)), exit));
        break;
      }
      case 'restart': {
        const l = containerLane(c.container, c.role);
        const last = c.lastTerminated;
        l.lane.marks.push(transitionMark(t, at, `↻ ${c.to}`, last?.reason ? stateConcept('terminated', last.reason) : 'restart-policy', last?.exitCode ?? null));
        break;
      }
      case 'ready':
        containerLane(c.container, 'app').lane.marks.push(transitionMark(t, at, c.to ? 'ready' : 'not ready', 'condition-containers-ready'));
        break;
      case 'started':
        break;
      case 'spec':
        pod.lane.marks.push(transitionMark(t, at, 'spec', 'pod'));
        break;
      case 'deletion-started':
        deleting = true;
        pod.spans.set(at, podSpanState(phase, true));
        pod.lane.marks.push(transitionMark(t, at, 'Terminating', 'pod-deletion-flow'));
        break;
      case 'deleted':
        pod.lane.marks.push(transitionMark(t, at, 'Deleted', 'pod-deletion-flow'));
        break;
      default:
        break;
    }
  }

  pod.spans.close(end);
  for (const l of [...conditions.values(), ...containers.values()]) l.spans.close(end);
  const events = [...timeline.events].map(eventMark).sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const eventsLane: TimelineLane = { id: 'events', kind: 'events', name: '', role: null, sidecar: false, spans: [], marks: events };
  const roleRank: Record<ContainerRole, number> = { init: 0, app: 1, ephemeral: 2 };
  const containerLanes = order.map((n) => containers.get(n)!).sort((a, b) => roleRank[a.lane.role ?? 'app'] - roleRank[b.lane.role ?? 'app']);
  const finish = (l: LaneState): TimelineLane => ({ ...l.lane, spans: l.spans.spans.filter((s) => s.to > s.from || s.to === end) });
  const lanes = [finish(pod), ...[...conditions.values()].map(finish), ...containerLanes.map(finish), eventsLane];
  const moments = lanes.flatMap((l) => [...l.marks.map((m) => m.at), ...l.spans.map((s) => s.from)]);
  return {
    lanes,
    start: moments.length ? Math.min(...moments) : end,
    end,
    deletedAt,
    keptEvents: events.filter((m) => m.kept).length,
    truncated: timeline.truncated,
  };
}

/**
 * A transition in one sentence (the feed's line for it), the same sentence
 * its mark on a Timeline carries.
 * @example transitionText(restart).key → 'hist.mark.restartExit'
 */
export function transitionText(t: HistoryTransition): MarkText {
  const c = t.change;
  switch (c.type) {
    case 'observed':
      return { key: c.existed ? 'hist.mark.observedExisting' : 'hist.mark.observedNew', params: { phase: c.state.phase ?? '—' } };
    case 'phase':
      return { key: 'hist.mark.phase', params: { from: c.from ?? '—', to: c.to ?? '—' } };
    case 'reason':
      return { key: 'hist.mark.podReason', params: { reason: c.to ?? '—', message: c.message ?? '' } };
    case 'scheduled':
      return { key: 'hist.mark.scheduled', params: { node: c.to ?? '—' } };
    case 'condition':
      return { key: 'hist.mark.condition', params: { condition: c.condition, from: c.from?.status ?? '—', to: c.to?.status ?? '—', reason: c.to?.reason ?? '' } };
    case 'container-state':
      return stateText(c.container, c.to);
    case 'restart':
      return c.lastTerminated
        ? { key: 'hist.mark.restartExit', params: { container: c.container, from: c.from, to: c.to, reason: c.lastTerminated.reason ?? '—', code: c.lastTerminated.exitCode ?? '—' } }
        : { key: 'hist.mark.restart', params: { container: c.container, from: c.from, to: c.to } };
    case 'ready':
      return { key: c.to ? 'hist.mark.ready' : 'hist.mark.notReady', params: { container: c.container } };
    case 'spec':
      return { key: 'hist.mark.spec', params: { generation: c.generationTo ?? '—', changes: c.changes.map((x) => `${x.container ? `${x.container} ` : ''}${x.field}: ${x.from ?? '—'} → ${x.to ?? '—'}`).join('; ') } };
    case 'deletion-started':
      return { key: 'hist.mark.deletionStarted', params: { grace: c.gracePeriodSeconds ?? '—' } };
    case 'deleted':
      return { key: 'hist.mark.deleted', params: {} };
    case 'counts':
      return { key: 'hist.mark.counts', params: { changes: c.changes.map((x) => `${x.field}: ${x.from ?? '—'} → ${x.to ?? '—'}`).join('; ') } };
    default:
      return { key: 'hist.mark.other', params: { reason: t.reason } };
  }
}

/**
 * The marks inside a window with their lanes, in time order: the list under the chart.
 * @example marksIn(view, { from: 0, to: Infinity }).map((x) => x.mark.label) → ['Created', 'Scheduled', …]
 */
export function marksIn(view: Pick<TimelineView, 'lanes'>, w: TimeWindow): { lane: TimelineLane; mark: TimelineMark }[] {
  return view.lanes
    .flatMap((lane) => lane.marks.map((mark) => ({ lane, mark })))
    .filter(({ mark }) => mark.at >= w.from && mark.at <= w.to)
    .sort((a, b) => a.mark.at - b.mark.at || a.mark.id.localeCompare(b.mark.id));
}
