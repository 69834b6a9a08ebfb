import { describe, expect, it } from 'vitest';
import { eventContainer, eventMark, marksIn, timelineView, transitionText } from './history-timeline';
import { crashLoopEvents, crashLoopTimeline, crashLoopTransitions } from './history-timeline.testdata';

const ms = (iso: string) => Date.parse(iso);
const now = new Date('2026-12-03T15:01:00Z');

describe('timelineView on the crash-loop pod', () => {
  const view = timelineView(crashLoopTimeline, now);

  it('lays out the pod, its conditions, its container and the events as lanes, and spans to now', () => {
    expect(view.lanes.map((l) => l.id)).toStrictEqual(['pod', 'condition:PodScheduled', 'container:app', 'events']);
    expect([view.start, view.end, view.deletedAt, view.keptEvents, view.truncated]).toStrictEqual([ms('2026-12-03T15:00:00Z'), now.getTime(), null, 1, false]);
  });

  it('draws the container as running, then exit 1, then CrashLoopBackOff until now, with the restart carrying the exit code', () => {
    const lane = view.lanes.find((l) => l.id === 'container:app')!;
    expect(lane.spans).toStrictEqual([
      { from: ms('2026-12-03T15:00:03Z'), to: ms('2026-12-03T15:00:04Z'), state: 'running', reason: null, tone: 'ok' },
      { from: ms('2026-12-03T15:00:04Z'), to: ms('2026-12-03T15:00:05Z'), state: 'terminated', reason: 'Error', tone: 'bad' },
      { from: ms('2026-12-03T15:00:05Z'), to: now.getTime(), state: 'waiting', reason: 'CrashLoopBackOff', tone: 'bad' },
    ]);
    expect(lane.marks.map((m) => [m.id, m.label, m.conceptId, m.exitCode, m.text])).toStrictEqual([
      ['t5', 'Running', 'container-states', null, { key: 'hist.mark.running', params: { container: 'app' } }],
      ['t6', 'Error', 'reason-error', 1, { key: 'hist.mark.exited', params: { container: 'app', reason: 'Error', code: 1 } }],
      ['t7', 'CrashLoopBackOff', 'reason-crash-loop-backoff', null, { key: 'hist.mark.waiting', params: { container: 'app', reason: 'CrashLoopBackOff' } }],
      ['t8', '↻ 1', 'reason-error', 1, { key: 'hist.mark.restartExit', params: { container: 'app', from: 0, to: 1, reason: 'Error', code: 1 } }],
    ]);
  });

  it('draws the pod phase and the PodScheduled condition flipping to True at the binding', () => {
    const pod = view.lanes[0]!;
    expect(pod.spans.map((s) => [s.state, s.from, s.to])).toStrictEqual([
      ['Pending', ms('2026-12-03T15:00:00Z'), ms('2026-12-03T15:00:03Z')],
      ['Running', ms('2026-12-03T15:00:03Z'), now.getTime()],
    ]);
    expect(pod.marks.map((m) => m.label)).toStrictEqual(['Created', 'Scheduled', 'Running']);
    expect(view.lanes[1]!.spans.map((s) => [s.state, s.tone])).toStrictEqual([
      ['False', 'warn'],
      ['True', 'ok'],
    ]);
  });

  it('puts the events in time order with their counts, the one the apiserver dropped marked as kept', () => {
    expect(view.lanes[3]!.marks.map((m) => [m.label, m.count, m.kept, m.conceptId, m.severity])).toStrictEqual([
      ['Pulled', 1, true, 'image-pull-policy', 'info'],
      ['BackOff', 3, false, 'reason-crash-loop-backoff', 'warning'],
    ]);
  });
});

describe('timelineView on a deleted pod', () => {
  it('ends every lane at the deletion', () => {
    const deleted = {
      ...crashLoopTimeline,
      deletedAt: '2026-12-03T15:00:50Z',
      transitions: [
        ...crashLoopTransitions,
        { seq: 9, at: '2026-12-03T15:00:45Z', observedAt: '2026-12-03T15:00:45Z', reason: 'Terminating', severity: 'info' as const, change: { type: 'deletion-started' as const, at: '2026-12-03T15:00:45Z', gracePeriodSeconds: 30 } },
        { seq: 10, at: '2026-12-03T15:00:50Z', observedAt: '2026-12-03T15:00:50Z', reason: 'Deleted', severity: 'info' as const, change: { type: 'deleted' as const } },
      ],
    };
    const view = timelineView(deleted, now);
    expect([view.end, view.deletedAt]).toStrictEqual([ms('2026-12-03T15:00:50Z'), ms('2026-12-03T15:00:50Z')]);
    expect(view.lanes[0]!.spans.map((s) => [s.state, s.to])).toStrictEqual([
      ['Pending', ms('2026-12-03T15:00:03Z')],
      ['Running', ms('2026-12-03T15:00:45Z')],
      ['Terminating', ms('2026-12-03T15:00:50Z')],
    ]);
    expect(view.lanes[0]!.marks.map((m) => m.label).slice(-2)).toStrictEqual(['Terminating', 'Deleted']);
  });
});

describe('eventMark and eventContainer', () => {
  it('reads the container from the fieldPath, and places an event at its last occurrence', () => {
    expect([eventContainer('spec.containers{app}'), eventContainer('spec.initContainers{migrate}'), eventContainer(null)]).toStrictEqual(['app', 'migrate', null]);
    expect(eventMark(crashLoopEvents[0]!)).toStrictEqual({
      id: 'eev-backoff',
      at: ms('2026-12-03T15:00:40Z'),
      source: 'event',
      label: 'BackOff',
      severity: 'warning',
      conceptId: 'reason-crash-loop-backoff',
      text: { key: 'hist.mark.eventIn', params: { reason: 'BackOff', container: 'app', count: 3 } },
      exitCode: null,
      count: 3,
      kept: false,
      message: 'Back-off restarting failed container',
    });
  });
});

describe('transitionText', () => {
  it('says each recorded change of the crash-loop pod in a sentence, the same its mark carries', () => {
    const view = timelineView(crashLoopTimeline, now);
    const marks = new Map(view.lanes.flatMap((l) => l.marks).map((m) => [m.id, m.text]));
    expect(crashLoopTransitions.map((t) => transitionText(t).key)).toStrictEqual([
      'hist.mark.observedNew',
      'hist.mark.scheduled',
      'hist.mark.condition',
      'hist.mark.phase',
      'hist.mark.running',
      'hist.mark.exited',
      'hist.mark.waiting',
      'hist.mark.restartExit',
    ]);
    expect(crashLoopTransitions.map((t) => transitionText(t))).toStrictEqual(crashLoopTransitions.map((t) => marks.get(`t${t.seq}`)));
  });
});

describe('marksIn', () => {
  it('lists the marks of every lane inside the window in time order, with their lane', () => {
    const view = timelineView(crashLoopTimeline, now);
    expect(marksIn(view, { from: ms('2026-12-03T15:00:02Z'), to: ms('2026-12-03T15:00:04Z') }).map(({ lane, mark }) => [lane.id, mark.label])).toStrictEqual([
      ['events', 'Pulled'],
      ['pod', 'Running'],
      ['container:app', 'Running'],
      ['container:app', 'Error'],
    ]);
  });
});
