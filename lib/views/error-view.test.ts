import { describe, expect, it } from 'vitest';
import { errorView, listError, liveError } from './error-view';

const initial = { kind: 'unreachable', message: 'connect ECONNREFUSED', fix: { id: 'fix.cluster.unreachable', params: { server: 'https://127.0.0.1:6443' } } };

describe('errorView', () => {
  it('shows forbidden as the RBAC error naming the verb and resource', () => {
    expect(errorView({ phase: 'forbidden', verb: 'list', resource: 'nodes', lastEventAt: null })).toStrictEqual({
      kind: 'forbidden',
      message: 'cannot list nodes',
      verb: 'list',
      resource: 'nodes',
      fix: { id: 'fix.rbac.forbidden', params: {} },
    });
  });

  it('shows an error state with its own kind, message and fix', () => {
    expect(errorView({ phase: 'error', kind: 'tls', message: 'self-signed certificate', fix: { id: 'fix.tls.untrustedCertificate', params: { server: '10.0.0.1:6443' } }, lastEventAt: null })).toStrictEqual({
      kind: 'tls',
      message: 'self-signed certificate',
      fix: { id: 'fix.tls.untrustedCertificate', params: { server: '10.0.0.1:6443' } },
    });
  });

  it('shows no error while a view syncs, is live or reconnects', () => {
    expect([
      errorView({ phase: 'syncing', count: 0, lastEventAt: null }),
      errorView({ phase: 'synced', lastEventAt: null }),
      errorView({ phase: 'reconnecting', kind: 'unreachable', message: 'ECONNREFUSED', fix: { id: 'fix.cluster.unreachable', params: {} }, lastEventAt: null }),
      errorView(null),
    ]).toStrictEqual([null, null, null, null]);
  });
});

describe('liveError', () => {
  it('turns a forbidden live state into the RBAC error with its verb and resource', () => {
    expect(liveError({ phase: 'forbidden', verb: 'watch', resource: 'endpointslices', lastEventAt: null }, null)).toStrictEqual({
      kind: 'forbidden',
      message: 'cannot watch endpointslices',
      verb: 'watch',
      resource: 'endpointslices',
      fix: { id: 'fix.rbac.forbidden', params: {} },
    });
  });

  it('passes a live error state through with its fix', () => {
    expect(liveError({ phase: 'error', kind: 'unauthorized', message: 'Unauthorized', fix: { id: 'fix.auth.unauthorized', params: {} }, lastEventAt: null }, null)).toStrictEqual({
      kind: 'unauthorized',
      message: 'Unauthorized',
      fix: { id: 'fix.auth.unauthorized', params: {} },
    });
  });

  it('shows the first paint error only until the stream reports a state', () => {
    expect(liveError(null, initial)).toStrictEqual(initial);
    expect(liveError({ phase: 'synced', lastEventAt: null }, initial)).toBe(null);
  });

  it('shows a model the server failed to build through its build error state', () => {
    expect(liveError({ phase: 'error', kind: 'build', message: 'node sandbox-worker has no status', fix: { id: 'fix.build', params: {} }, lastEventAt: null }, null)).toStrictEqual({
      kind: 'build',
      message: 'node sandbox-worker has no status',
      fix: { id: 'fix.build', params: {} },
    });
  });
});

describe('listError', () => {
  const retrying = { phase: 'reconnecting' as const, kind: 'unreachable', message: 'connect ECONNREFUSED', fix: { id: 'fix.cluster.unreachable', params: {} }, lastEventAt: null };

  it('names the failure of a list that never loaded and is retrying', () => {
    expect(listError(0, retrying, null)).toStrictEqual({ kind: 'unreachable', message: 'connect ECONNREFUSED', fix: { id: 'fix.cluster.unreachable', params: {} } });
  });

  it('keeps the rows of a list that did load while it reconnects', () => {
    expect(listError(3, retrying, null)).toBe(null);
  });

  it('shows no panel for a retry whose cause is unknown', () => {
    expect(listError(0, { ...retrying, kind: 'unknown' }, null)).toBe(null);
  });

  it('prefers the live failure and the first paint error as liveError does', () => {
    expect(listError(0, null, initial)).toStrictEqual(initial);
    expect(listError(5, { phase: 'forbidden', verb: 'list', resource: 'jobs.batch', lastEventAt: null }, null)).toStrictEqual({
      kind: 'forbidden',
      message: 'cannot list jobs.batch',
      verb: 'list',
      resource: 'jobs.batch',
      fix: { id: 'fix.rbac.forbidden', params: {} },
    });
  });
});
