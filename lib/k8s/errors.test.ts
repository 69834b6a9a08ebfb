import 'server-only';
import { describe, expect, it } from 'vitest';
import { ApiException } from '@kubernetes/client-node';
import { classifyK8sError, errorCause, errorState, streamState } from './errors';

describe('classifyK8sError with apiserver responses', () => {
  // Built with client-node's own ApiException the way its generated clients
  // throw it: 401 without a body, others with the raw Status JSON text.
  it('classifies 401 as unauthorized', () => {
    expect(classifyK8sError(new ApiException(401, 'Unauthorized', undefined, { 'content-type': 'application/json' }))).toStrictEqual({
      kind: 'unauthorized',
      message: 'HTTP 401 Unauthorized',
      statusCode: 401,
      fix: { id: 'fix.auth.unauthorized', params: {} },
    });
  });

  it('classifies 403 as forbidden with the verb, resource and namespace the server named', () => {
    const status = {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'endpointslices.discovery.k8s.io is forbidden: User "jane" cannot watch resource "endpointslices" in API group "discovery.k8s.io" in the namespace "shop"',
      reason: 'Forbidden',
      details: { group: 'discovery.k8s.io', kind: 'endpointslices' },
      code: 403,
    };
    expect(classifyK8sError(new ApiException(403, 'Unknown API Status Code!', JSON.stringify(status), {}))).toStrictEqual({
      kind: 'forbidden',
      message: status.message,
      statusCode: 403,
      verb: 'watch',
      resource: 'endpointslices.discovery.k8s.io',
      namespace: 'shop',
      fix: { id: 'fix.rbac.forbidden', params: { verb: 'watch', resource: 'endpointslices.discovery.k8s.io', namespace: 'shop' } },
    });
  });

  it('classifies a 403 from Watch (status code only) as forbidden without details', () => {
    expect(classifyK8sError(Object.assign(new Error('Forbidden'), { statusCode: 403 }))).toStrictEqual({
      kind: 'forbidden',
      message: 'Forbidden',
      statusCode: 403,
      fix: { id: 'fix.rbac.forbidden', params: {} },
    });
  });

  it('classifies 404 as not-found and 504 as timeout', () => {
    const notFound = JSON.stringify({ kind: 'Status', code: 404, reason: 'NotFound', message: 'the server could not find the requested resource' });
    expect(classifyK8sError(new ApiException(404, 'Unknown API Status Code!', notFound, {}))).toMatchObject({
      kind: 'not-found',
      message: 'the server could not find the requested resource',
    });
    expect(classifyK8sError(new ApiException(504, 'Unknown API Status Code!', '', {}))).toMatchObject({ kind: 'timeout', statusCode: 504 });
  });

  it('falls back to unknown with the first line of the message', () => {
    expect(classifyK8sError(new Error('something odd\nsecond line'))).toStrictEqual({
      kind: 'unknown',
      message: 'something odd',
      fix: { id: 'fix.unknown', params: {} },
    });
  });
});

describe('errorState', () => {
  it('turns a classified error into the error state every view shows, keeping kind, message and fix', () => {
    const info = classifyK8sError(new ApiException(401, 'Unauthorized', undefined, {}));
    expect(errorState(info)).toStrictEqual({ phase: 'error', kind: 'unauthorized', message: 'HTTP 401 Unauthorized', fix: { id: 'fix.auth.unauthorized', params: {} }, lastEventAt: null });
  });
});

describe('streamState', () => {
  it('passes syncing, synced and forbidden through without the cache-only fields', () => {
    expect(streamState({ phase: 'syncing', count: 3, lastEventAt: null, lastSyncedAt: null })).toStrictEqual({ phase: 'syncing', count: 3, lastEventAt: null });
    expect(streamState({ phase: 'synced', lastEventAt: '2025-01-01T00:00:05.000Z', lastSyncedAt: '2025-01-01T00:00:00.000Z' })).toStrictEqual({ phase: 'synced', lastEventAt: '2025-01-01T00:00:05.000Z' });
    expect(streamState({ phase: 'forbidden', verb: 'list', resource: 'nodes', lastEventAt: null, lastSyncedAt: null })).toStrictEqual({ phase: 'forbidden', verb: 'list', resource: 'nodes', lastEventAt: null });
  });

  it('keeps the cause the cache classified while it had the error object', () => {
    const cause = errorCause(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', address: '127.0.0.1', port: 1 }));
    expect(streamState({ phase: 'reconnecting', attempt: 2, retryInMs: 1000, message: 'connect ECONNREFUSED 127.0.0.1:1', cause, lastEventAt: null, lastSyncedAt: null })).toStrictEqual({
      phase: 'reconnecting',
      message: 'connect ECONNREFUSED 127.0.0.1:1',
      kind: 'unreachable',
      fix: { id: 'fix.cluster.unreachable', params: { server: '127.0.0.1:1' } },
      lastEventAt: null,
    });
  });

  it('classifies the message alone when the cache had no cause', () => {
    expect(streamState({ phase: 'error', message: 'No active cluster!', lastEventAt: null, lastSyncedAt: null })).toStrictEqual({
      phase: 'error',
      kind: 'malformed-kubeconfig',
      message: 'No active cluster!',
      fix: { id: 'fix.kubeconfig.contextIncomplete', params: {} },
      lastEventAt: null,
    });
    expect(streamState({ phase: 'error', message: 'something odd', cause: { kind: 'unknown', fix: { id: 'fix.unknown', params: {} } }, lastEventAt: null, lastSyncedAt: null })).toStrictEqual({
      phase: 'error',
      kind: 'unknown',
      message: 'something odd',
      fix: { id: 'fix.unknown', params: {} },
      lastEventAt: null,
    });
  });
});
