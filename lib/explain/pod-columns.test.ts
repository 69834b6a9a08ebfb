import { describe, it, expect } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { podColumns, restartsText } from './pod-columns';
import { loadFixture } from '../testing/fixtures';
import {
  capturedPodCases,
  derivedCases,
  NOW,
  otherUpstreamCases,
  testPrintPod,
  testPrintPodWithRestartableInitContainer,
} from './pod-columns.testdata';

describe('podColumns — upstream TestPrintPod', () => {
  it.each(testPrintPod)('$name', ({ pod, want }) => {
    expect(podColumns(pod, NOW)).toStrictEqual(want);
  });
});

describe('podColumns — upstream TestPrintPodWithRestartableInitContainer', () => {
  it.each(testPrintPodWithRestartableInitContainer)('$name', ({ pod, want }) => {
    expect(podColumns(pod, NOW)).toStrictEqual(want);
  });
});

describe('podColumns — other upstream printPod tests', () => {
  it.each(otherUpstreamCases)('$name', ({ pod, want }) => {
    expect(podColumns(pod, NOW)).toStrictEqual(want);
  });
});

describe('podColumns — branches derived from upstream printPod', () => {
  it.each(derivedCases)('$name', ({ pod, want }) => {
    expect(podColumns(pod, NOW)).toStrictEqual(want);
  });
});

describe('podColumns — real captured pods', () => {
  it.each(capturedPodCases)('$name ($file)', ({ file, now, want }) => {
    const captured = loadFixture<V1Pod>(`pods/${file}`);
    expect(podColumns(captured, new Date(now))).toStrictEqual(want);
  });
});

describe('restartsText — the one RESTARTS formatter', () => {
  const at = new Date('2026-11-26T01:02:00Z');
  it('prints the count and the age of the last restart, as kubectl does', () => {
    expect(restartsText(4, '2026-11-26T01:00:00Z', at)).toBe('4 (2m ago)');
  });
  it('prints a bare count when no last termination is known', () => {
    expect([restartsText(3, null, at), restartsText(0, null, at)]).toStrictEqual(['3', '0']);
  });
  it('prints 0 without an age even when a last termination is known (upstream: restarts != 0 && !IsZero)', () => {
    expect(restartsText(0, '2026-11-26T01:00:00Z', at)).toBe('0');
  });
  it("treats Go's zero time as no last termination", () => {
    expect(restartsText(2, '0001-01-01T00:00:00Z', at)).toBe('2');
  });
});
