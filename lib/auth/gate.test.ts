import { describe, expect, it } from 'vitest';
import { gateDecision, isPublicPath, safeNext } from './gate';

const page = { method: 'GET', path: '/kind/pods', search: '?namespace=a', accept: 'text/html,application/xhtml+xml', rsc: false, hasSession: false, reason: 'none' as const };

describe('gateDecision', () => {
  it('passes everything in AUTH=none', () => {
    expect(gateDecision('none', page)).toStrictEqual({ kind: 'pass' });
    expect(gateDecision('none', { ...page, path: '/api/logs', accept: null })).toStrictEqual({ kind: 'pass' });
  });
  it('passes a request with a session, and public paths without one', () => {
    expect(gateDecision('token', { ...page, hasSession: true })).toStrictEqual({ kind: 'pass' });
    for (const path of ['/signin', '/api/auth/signin', '/api/healthz', '/api/readyz', '/_next/static/chunks/a.js']) expect(gateDecision('token', { ...page, path })).toStrictEqual({ kind: 'pass' });
  });
  it('sends a page navigation without a session to the sign-in page, which brings it back', () => {
    expect(gateDecision('token', page)).toStrictEqual({ kind: 'signin', location: '/signin?next=%2Fkind%2Fpods%3Fnamespace%3Da' });
    expect(gateDecision('proxy', { ...page, path: '/', search: '', reason: 'expired' })).toStrictEqual({ kind: 'signin', location: '/signin?reason=expired' });
  });
  it('answers API calls, RSC fetches and the stream with 401, saying whether the session expired', () => {
    expect(gateDecision('token', { ...page, path: '/api/stream', accept: 'text/event-stream' })).toMatchObject({ kind: 'unauthorized', message: expect.stringMatching(/Sign in first/) });
    expect(gateDecision('token', { ...page, rsc: true })).toMatchObject({ kind: 'unauthorized' });
    expect(gateDecision('token', { ...page, method: 'POST', reason: 'expired' })).toMatchObject({ kind: 'unauthorized', message: expect.stringMatching(/expired/) });
  });
  it('does not count look-alike paths as public', () => {
    expect(isPublicPath('/signin/../kind')).toBe(false);
    expect(isPublicPath('/api/auth/whoami')).toBe(false);
    expect(isPublicPath('/_next/data/x.json')).toBe(false);
  });
});

describe('safeNext', () => {
  it('keeps a path on this site', () => {
    expect(safeNext('/kind/pods?namespace=a')).toBe('/kind/pods?namespace=a');
  });
  it('sends anything else home', () => {
    for (const bad of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'kind/pods', '/signin?next=/x', '/api/logs', '', null, '/a\nb']) expect(safeNext(bad), String(bad)).toBe('/');
  });
});
