import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { systemClock } from '../k8s/clock';
import { RESOURCES } from '../k8s/resources';
import { AccessCache, canListWatch, type AccessQuestion } from './access';
import type { Principal } from './session';

const ana: Principal = { username: 'ana', uid: 'u1', groups: ['team-a'] };
const bo: Principal = { username: 'bo', uid: 'u2', groups: [] };
const q: AccessQuestion = { context: 'sandbox', verb: 'list', resource: 'pods', group: '', namespace: 'shop' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AccessCache', () => {
  it('asks once per person and question within its TTL, and again after it', async () => {
    const reviewer = vi.fn(async (p: Principal) => p.username === 'ana');
    const access = new AccessCache(reviewer, { ttlMs: 10_000, clock: systemClock });
    expect(await Promise.all([access.can(ana, q), access.can(ana, q), access.can(bo, q)])).toStrictEqual([true, true, false]);
    expect(reviewer).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(9_999);
    await access.can(ana, q);
    expect(reviewer).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1);
    await access.can(ana, q);
    expect(reviewer).toHaveBeenCalledTimes(3);
  });
  it('keeps questions about different namespaces, verbs and groups apart', async () => {
    const reviewer = vi.fn(async (_p: Principal, question: AccessQuestion) => question.namespace === 'shop');
    const access = new AccessCache(reviewer, { ttlMs: 10_000, clock: systemClock });
    expect(await access.can(ana, q)).toBe(true);
    expect(await access.can(ana, { ...q, namespace: 'other' })).toBe(false);
    expect(await access.can({ ...ana, groups: ['team-b'] }, q)).toBe(true);
    expect(reviewer).toHaveBeenCalledTimes(3);
  });
  it('answers no when the review fails, and asks again next time', async () => {
    let fail = true;
    const reviewer = vi.fn(async () => {
      if (fail) throw new Error('connection refused');
      return true;
    });
    const access = new AccessCache(reviewer, { ttlMs: 10_000, clock: systemClock });
    expect(await access.can(ana, q)).toBe(false);
    fail = false;
    expect(await access.can(ana, q)).toBe(true);
  });
  it('holds at most `max` answers, dropping the least recently used', async () => {
    const access = new AccessCache(async () => true, { ttlMs: 10_000, max: 2, clock: systemClock });
    await access.can(ana, { ...q, namespace: 'a' });
    await access.can(ana, { ...q, namespace: 'b' });
    await access.can(ana, { ...q, namespace: 'a' });
    await access.can(ana, { ...q, namespace: 'c' });
    expect(access.size).toBe(2);
    const before = access.reviews;
    await access.can(ana, { ...q, namespace: 'a' });
    expect(access.reviews).toBe(before);
  });
});

describe('canListWatch', () => {
  it('names the verbs a person lacks', async () => {
    const access = new AccessCache(async (_p, question) => question.verb === 'list', { ttlMs: 0, clock: systemClock });
    expect(await canListWatch(access, ana, 'sandbox', RESOURCES.pods, 'shop')).toStrictEqual({ allowed: false, missing: ['watch'] });
  });
  it('asks about a cluster-scoped kind cluster-wide, whatever namespace it is given', async () => {
    const seen: AccessQuestion[] = [];
    const access = new AccessCache(async (_p, question) => (seen.push(question), true), { ttlMs: 0, clock: systemClock });
    await canListWatch(access, ana, 'sandbox', RESOURCES.nodes, 'shop');
    expect(seen.map((s) => s.namespace)).toStrictEqual([undefined, undefined]);
  });
});
