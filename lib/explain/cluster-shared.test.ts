import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { isPodTerminal, keyPath, podReadiness, secondsSince, type Timestamp } from './cluster-shared';
import { toIso } from './timestamps';

const pod = (name: string) => loadFixture<V1Pod>(`pods/${name}.json`);

describe('toIso and secondsSince on the timestamps the explainers read', () => {
  const now = new Date('2020-01-01T00:01:30.900Z');
  it.each<[string, Timestamp, string | null, number | null]>([
    ['reads an ISO string from JSON', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z', 90],
    ['reads a Date from the client', new Date('2020-01-01T00:00:00Z'), '2020-01-01T00:00:00Z', 90],
    ['reads a MicroTime with microseconds', '2020-01-01T00:01:00.123456Z', '2020-01-01T00:01:00.123Z', 30],
    ['goes negative under clock skew', '2020-01-01T00:02:00Z', '2020-01-01T00:02:00Z', -30],
    ['treats a missing timestamp as unset', undefined, null, null],
    ['treats Go zero time as unset', '0001-01-01T00:00:00Z', null, null],
  ])('%s', (_name, value, iso, seconds) => {
    expect({ iso: toIso(value), seconds: secondsSince(value, now) }).toStrictEqual({ iso, seconds });
  });
});

describe('keyPath', () => {
  it.each([
    ['uses dot form for plain keys', keyPath('spec.selector', 'app'), 'spec.selector.app'],
    ['uses bracket form for prefixed label keys', keyPath('metadata.labels', 'app.kubernetes.io/name'), "metadata.labels['app.kubernetes.io/name']"],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});

describe('podReadiness and isPodTerminal', () => {
  it.each<[string, V1Pod, { ready: boolean; index: number | null }, boolean]>([
    ['reads Ready=True and its index', pod('minikube-running-ready-nginx'), { ready: true, index: 1 }, false],
    ['reads Ready=False', pod('minikube-running-not-ready-readiness-tcp-failing'), { ready: false, index: 1 }, false],
    ['marks a completed pod terminal', pod('minikube-succeeded-completed'), { ready: false, index: 1 }, true],
    ['marks a failed pod terminal', pod('minikube-failed-restartnever'), { ready: false, index: 1 }, true],
    ['is not ready without a Ready condition', { status: { phase: 'Pending' } }, { ready: false, index: null }, false],
  ])('%s', (_name, p, readiness, terminal) => {
    expect({ readiness: podReadiness(p), terminal: isPodTerminal(p) }).toStrictEqual({ readiness, terminal });
  });
});
