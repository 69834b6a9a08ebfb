import { describe, expect, it } from 'vitest';
import type { DiagnosisSince } from '@/lib/contract/history';
import { sinceFor } from './history-since';

const appLoop: DiagnosisSince = { diagnosisId: 'crash-loop-backoff', subject: 'app', since: '2026-12-03T03:12:00Z', exact: true, restartsSince: 41, restartCount: 41 };
const sideLoop: DiagnosisSince = { ...appLoop, subject: 'sidecar', since: '2026-12-03T04:00:00Z', restartsSince: 3 };

describe('sinceFor', () => {
  it('matches a diagnosis by id and by the container it names', () => {
    const list = [sideLoop, appLoop];
    expect(sinceFor(list, { id: 'crash-loop-backoff', params: { container: 'app' } })).toStrictEqual(appLoop);
    expect(sinceFor(list, { id: 'crash-loop-backoff', params: { container: 'sidecar' } })).toStrictEqual(sideLoop);
  });

  it('finds nothing for another diagnosis, another container, or no history', () => {
    expect([sinceFor([appLoop], { id: 'unschedulable', params: {} }), sinceFor([appLoop], { id: 'crash-loop-backoff', params: { container: 'db' } }), sinceFor(null, { id: 'crash-loop-backoff', params: {} })]).toStrictEqual([null, null, null]);
  });
});
