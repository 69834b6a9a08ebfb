import { describe, expect, it } from 'vitest';
import { changeMoments, parseAt, replayDetail, stepMoment } from './history-replay';
import { crashLoopTimeline } from './history-timeline.testdata';

const ms = (iso: string) => Date.parse(iso);

describe('replayDetail on the crash-loop pod', () => {
  it('knows nothing before the first observation', () => {
    expect(replayDetail(crashLoopTimeline, ms('2026-12-03T14:59:59Z'))).toBeNull();
  });

  it('draws the pod Pending and unscheduled at its creation', () => {
    const d = replayDetail(crashLoopTimeline, ms('2026-12-03T15:00:00Z'))!;
    expect([d.explanation.lifecycle.phase.value, d.explanation.lifecycle.currentStep, d.diagram.path.find((n) => n.here)?.id]).toStrictEqual(['Pending', 'PodScheduled', 'PodScheduled']);
  });

  it('shows the container running after it started, then crash-looping with exit code 1 and one restart, with the diagnosis the live page gives', () => {
    const running = replayDetail(crashLoopTimeline, ms('2026-12-03T15:00:03.500Z'))!;
    expect([running.explanation.lifecycle.phase.value, running.explanation.containers[0]!.state.kind]).toStrictEqual(['Running', 'running']);
    const looping = replayDetail(crashLoopTimeline, ms('2026-12-03T15:00:30Z'))!;
    const app = looping.explanation.containers[0]!;
    expect([app.state.kind, app.state.reason, app.lastState?.exitCode, app.restartCount]).toStrictEqual(['waiting', 'CrashLoopBackOff', 1, 1]);
    expect(looping.explanation.diagnoses.map((x) => x.id)).toContain('crash-loop-backoff');
    // The BackOff event had been seen twice by then (count steps 1 at :05, 2 at :20).
    expect(looping.events.map((e) => [e.reason, e.count])).toStrictEqual([
      ['BackOff', 2],
      ['Pulled', 1],
    ]);
  });
});

describe('changeMoments and stepMoment', () => {
  it('list each moment something changed once, in order, and step between them', () => {
    const moments = changeMoments(crashLoopTimeline);
    expect(moments.map((m) => new Date(m).toISOString().slice(11, 19))).toStrictEqual(['15:00:00', '15:00:01', '15:00:02', '15:00:03', '15:00:04', '15:00:05', '15:00:20', '15:00:40']);
    expect([stepMoment(moments, ms('2026-12-03T15:00:04Z'), -1), stepMoment(moments, ms('2026-12-03T15:00:04.5Z'), 1), stepMoment(moments, ms('2026-12-03T15:00:40Z'), 1)]).toStrictEqual([
      ms('2026-12-03T15:00:03Z'),
      ms('2026-12-03T15:00:05Z'),
      null,
    ]);
  });
});

describe('parseAt', () => {
  it('reads ?at= as a moment inside the recorded span', () => {
    expect([parseAt('2026-12-03T15:00:05Z', 0, Infinity), parseAt('2026-12-03T15:00:05Z', 0, 10), parseAt('soon', 0, 10), parseAt(null, 0, 10)]).toStrictEqual([ms('2026-12-03T15:00:05Z'), 10, null, null]);
  });
});
