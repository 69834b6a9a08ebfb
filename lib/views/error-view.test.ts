import { describe, expect, it } from 'vitest';
import { liveError } from './service-live-error';

const initial = { kind: 'unreachable', message: 'connect ECONNREFUSED', fix: { id: 'fix.cluster.unreachable', params: { server: 'https://127.0.0.1:6443' } } };

describe('liveError', () => {
  it('turns a forbidden live state into the RBAC error with its verb and resource', () => {
    expect(liveError({ phase: 'forbidden', verb: 'watch', resource: 'endpointslices', lastEventAt: null }, null, null)).toStrictEqual({
      kind: 'forbidden',
      message: 'cannot watch endpointslices',
      verb: 'watch',
      resource: 'endpointslices',
      fix: { id: 'fix.rbac.forbidden', params: {} },
    });
  });

  it('passes a live error state through with its fix', () => {
    expect(liveError({ phase: 'error', kind: 'unauthorized', message: 'Unauthorized', fix: { id: 'fix.auth.unauthorized', params: {} }, lastEventAt: null }, null, null)).toStrictEqual({
      kind: 'unauthorized',
      message: 'Unauthorized',
      fix: { id: 'fix.auth.unauthorized', params: {} },
    });
  });

  it('shows the first paint error only until the stream reports a state', () => {
    expect(liveError(null, initial, null)).toStrictEqual(initial);
    expect(liveError({ phase: 'synced', lastEventAt: null }, initial, { rows: [] })).toBe(null);
  });

  it('reports a model the server failed to build', () => {
    expect(liveError({ phase: 'synced', lastEventAt: null }, null, { buildError: 'boom' })).toStrictEqual({ kind: 'unknown', message: 'boom', fix: { id: 'fix.unknown', params: {} } });
  });
});
