import { describe, expect, it } from 'vitest';
import { secondsUntil, stepDelta } from './pod-time';
import { terminatingPod } from './pod-detail.testdata';

describe('secondsUntil', () => {
  const deadline = String(terminatingPod.metadata?.deletionTimestamp);

  it('counts down to the deletion deadline of a real terminating pod, rounding up', () => {
    expect(deadline).toBe('2026-11-26T02:12:03Z');
    expect(secondsUntil(deadline, new Date('2026-11-26T02:11:45.200Z'))).toBe(18);
    expect(secondsUntil(deadline, new Date('2026-11-26T02:12:03Z'))).toBe(0);
    expect(secondsUntil(deadline, new Date('2026-11-26T02:12:08Z'))).toBe(-5);
  });

  it('is null without a deadline', () => {
    expect([secondsUntil(null, new Date()), secondsUntil('soon', new Date())]).toStrictEqual([null, null]);
  });
});

describe('stepDelta', () => {
  it('prints kubectl durations with a plus sign', () => {
    expect([stepDelta(0), stepDelta(2), stepDelta(65), stepDelta(-1), stepDelta(null)]).toStrictEqual(['+0s', '+2s', '+65s', '+0s', null]);
  });
});
