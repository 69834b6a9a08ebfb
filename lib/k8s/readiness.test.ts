import { describe, expect, it } from 'vitest';
import { readinessDecision, readinessStatus } from './readiness';
import type { CacheState } from './watch-cache';

const at = '2025-01-01T00:00:00.000Z';
const synced: CacheState = { phase: 'synced', lastEventAt: at, lastSyncedAt: at };
const firstList: CacheState = { phase: 'syncing', count: 500, lastEventAt: null, lastSyncedAt: null };
const relisting: CacheState = { phase: 'syncing', count: 0, lastEventAt: at, lastSyncedAt: at };
const reconnecting: CacheState = {
  phase: 'reconnecting',
  attempt: 3,
  retryInMs: 2000,
  message: 'connect ECONNREFUSED 10.96.0.1:443',
  cause: { kind: 'unreachable', fix: { id: 'fix.unreachable', params: { server: 'https://10.96.0.1:443' } } },
  lastEventAt: at,
  lastSyncedAt: at,
};
const forbidden: CacheState = { phase: 'forbidden', verb: 'list', resource: 'pods', lastEventAt: null, lastSyncedAt: null };
const failed: CacheState = { phase: 'error', message: 'Unauthorized', cause: { kind: 'unauthorized', fix: { id: 'fix.unauthorized', params: {} } }, lastEventAt: null, lastSyncedAt: null };

const decide = (pods: CacheState | null, namespaces: CacheState | null = synced) =>
  readinessDecision({ context: 'inClusterContext', configError: null, caches: [{ resource: 'namespaces', state: namespaces }, { resource: 'pods', state: pods }] });

describe('readinessDecision', () => {
  it('is ready when every required cache is synced', () => {
    const report = decide(synced);
    expect(report).toStrictEqual({
      ready: true,
      context: 'inClusterContext',
      caches: [
        { resource: 'namespaces', phase: 'synced', ok: true },
        { resource: 'pods', phase: 'synced', ok: true },
      ],
      reason: null,
    });
    expect(readinessStatus(report)).toBe(200);
  });

  it('stays ready while a synced cache lists again after its watch window expired, since it still serves the last full list', () => {
    expect(decide(relisting)).toMatchObject({ ready: true, caches: [{ phase: 'synced' }, { resource: 'pods', phase: 'resyncing', ok: true }] });
  });

  it('is not ready before the first state arrives or while the first list is in progress', () => {
    expect(decide(null)).toMatchObject({ ready: false, reason: 'pods: cache starting' });
    const report = decide(firstList);
    expect(report).toMatchObject({ ready: false, reason: 'pods: first list in progress (500 so far)' });
    expect(readinessStatus(report)).toBe(503);
  });

  it('names the first cache that is not ready, in READINESS order', () => {
    expect(decide(firstList, null).reason).toBe('namespaces: cache starting');
  });

  it('is not ready while reconnecting, forbidden or failed, and the reason carries the error kind but no message or address', () => {
    const reasons = [reconnecting, forbidden, failed].map((s) => decide(s));
    expect(reasons.map((r) => [r.ready, r.reason])).toStrictEqual([
      [false, 'pods: reconnecting to the apiserver (attempt 3, unreachable)'],
      [false, "pods: forbidden (the server's account needs list/watch on pods cluster-wide)"],
      [false, 'pods: unauthorized'],
    ]);
    expect(JSON.stringify(reasons)).not.toMatch(/10\.96\.0\.1|ECONNREFUSED|Unauthorized/);
  });

  it('is not ready without a usable context, naming the kubeconfig error kind', () => {
    expect(readinessDecision({ context: null, configError: 'no-kubeconfig', caches: [] })).toStrictEqual({
      ready: false,
      context: null,
      caches: [],
      reason: 'no usable kube context (no-kubeconfig)',
    });
    expect(readinessDecision({ context: null, configError: null, caches: [] }).reason).toBe('no usable kube context (no current-context)');
  });

  it('is never ready with nothing to wait for', () => {
    expect(readinessDecision({ context: 'x', configError: null, caches: [] })).toMatchObject({ ready: false, reason: 'no caches to wait for' });
  });
});
