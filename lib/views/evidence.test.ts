import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { formatEvidence, readPath, resolvePaths } from './evidence';

const pod = loadFixture<Record<string, unknown>>('pods/minikube-crashloopbackoff-lastState-error.json');

describe('readPath', () => {
  it('reads nested fields and array indexes from a real pod', () => {
    expect(readPath(pod, 'status.containerStatuses[0].state.waiting.reason')).toBe('CrashLoopBackOff');
    expect(readPath(pod, 'status.containerStatuses[0].lastState.terminated.exitCode')).toBe(1);
  });

  it('selects list items by field, taking the most recent match', () => {
    const events = [
      { reason: 'Unhealthy', message: 'first' },
      { reason: 'Pulled', message: 'x' },
      { reason: 'Unhealthy', message: 'latest' },
    ];
    expect(readPath({ events }, 'events[reason=Unhealthy].message')).toBe('latest');
  });

  it('reads label keys with dots and slashes in brackets', () => {
    expect(readPath({ metadata: { labels: { 'app.kubernetes.io/name': 'web' } } }, "metadata.labels['app.kubernetes.io/name']")).toBe('web');
  });

  it('returns undefined for a missing path instead of throwing', () => {
    expect(readPath(pod, 'status.nothing[3].here')).toBeUndefined();
  });

  it('formats objects compactly and truncates long values', () => {
    expect(formatEvidence({ a: 1 })).toBe('{"a":1}');
    expect(formatEvidence('x'.repeat(10))).toBe('xxxxxxxxxx');
    expect(formatEvidence({ s: 'y'.repeat(300) })?.length).toBe(198);
  });
});

describe('resolvePaths', () => {
  it('prints the value of each evidence path of a real pod and leaves out the ones that do not resolve', () => {
    expect(
      resolvePaths(pod, ['status.containerStatuses[0].state.waiting.reason', 'status.containerStatuses[0].lastState.terminated.exitCode', 'status.containerStatuses[0].state.running']),
    ).toStrictEqual({ 'status.containerStatuses[0].state.waiting.reason': 'CrashLoopBackOff', 'status.containerStatuses[0].lastState.terminated.exitCode': '1' });
  });
});
