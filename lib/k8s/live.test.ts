import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CacheRegistry } from './cache-registry';
import { ACCESS_RECHECK_MS, liveCache, subscribeResource, withAccessCheck } from './live';
import { RESOURCES } from './resources';
import { FakeSource } from '../testing/fake-watch-source';
import type { CacheEvent, CacheState } from './watch-cache';

// End to end through the real client-node, with nothing listening: no fake apiserver.

let dir: string;
let registry: CacheRegistry;

function useKubeconfig(server: string, userBody: string): void {
  const file = path.join(dir, 'config');
  fs.writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      'current-context: local',
      'clusters:',
      '- name: local',
      '  cluster:',
      `    server: ${server}`,
      'users:',
      '- name: me',
      '  user:',
      ...userBody.split('\n').map((l) => `    ${l}`),
      'contexts:',
      '- name: local',
      '  context: { cluster: local, user: me }',
      '',
    ].join('\n'),
  );
  vi.stubEnv('KUBECONFIG', file);
}

/** Nothing listens on port 1: connecting is refused at once. */
const REFUSED = '127.0.0.1:1';

async function nextState(events: CacheEvent<unknown>[], phase: CacheState['phase']): Promise<CacheState> {
  for (let i = 0; i < 400; i++) {
    const hit = events.find((e): e is { type: 'state'; state: CacheState } => e.type === 'state' && e.state.phase === phase);
    if (hit) return hit.state;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no ${phase} state; got ${JSON.stringify(events)}`);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'live-test-'));
  registry = new CacheRegistry({ idleStopMs: 0 });
});
afterEach(() => {
  registry.stopAll();
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('subscribeResource', () => {
  it('reports reconnecting with backoff when the cluster refuses connections', async () => {
    useKubeconfig(`https://${REFUSED}`, 'token: t');
    const events: CacheEvent<unknown>[] = [];
    subscribeResource({ resource: 'pods', namespace: 'default' }, (e) => events.push(e), registry);
    const state = await nextState(events, 'reconnecting');
    expect(state).toMatchObject({ phase: 'reconnecting', attempt: 1, message: `request to https://${REFUSED}/api/v1/namespaces/default/pods?limit=500 failed, reason: connect ECONNREFUSED ${REFUSED}`, cause: { kind: 'unreachable', fix: { id: 'fix.cluster.unreachable', params: { server: REFUSED } } } });
    expect(events[0]).toStrictEqual({ type: 'snapshot', items: [], state: { phase: 'syncing', count: 0, lastEventAt: null, lastSyncedAt: null } });
  });

  it('reports error (slow retry, not backoff) when the exec credential plugin is missing', async () => {
    useKubeconfig(`https://${REFUSED}`, 'exec:\n  apiVersion: client.authentication.k8s.io/v1\n  command: definitely-not-installed-plugin');
    const events: CacheEvent<unknown>[] = [];
    subscribeResource({ resource: 'nodes' }, (e) => events.push(e), registry);
    expect(await nextState(events, 'error')).toStrictEqual({
      phase: 'error',
      message: 'spawn definitely-not-installed-plugin ENOENT',
      cause: { kind: 'exec-plugin-missing', fix: { id: 'fix.auth.execPluginMissing', params: { command: 'definitely-not-installed-plugin' } } },
      lastEventAt: null,
      lastSyncedAt: null,
    });
  });

  it('shares one cache between subscribers of the same key and stops it after the last leaves', async () => {
    useKubeconfig(`https://${REFUSED}`, 'token: t');
    const off1 = subscribeResource({ resource: 'services', namespace: 'a' }, () => {}, registry);
    const off2 = subscribeResource({ resource: 'services', namespace: 'a' }, () => {}, registry);
    const off3 = subscribeResource({ resource: 'nodes', namespace: 'ignored' }, () => {}, registry);
    expect(registry.keys()).toStrictEqual(['["local","services","a"]', '["local","nodes",null]']);
    off1();
    off2();
    off3();
    await new Promise((r) => setTimeout(r, 20));
    expect(registry.keys()).toStrictEqual([]);
  });
});

describe('withAccessCheck', () => {
  const page = { items: [], resourceVersion: '7' };
  const source = {
    listPage: async () => page,
    watch: async () => ({ abort() {} }),
  };

  it('lets the first list through when the review allows list and watch', async () => {
    const checked = withAccessCheck(source, async () => ({ allowed: true, missing: [] }), 'pods');
    await expect(checked.listPage()).resolves.toStrictEqual(page);
  });

  it('turns a denied review into a 403 naming the missing verbs, before any list is sent', async () => {
    let listed = false;
    const checked = withAccessCheck({ ...source, listPage: async () => ((listed = true), page) }, async () => ({ allowed: false, missing: ['watch'] }), 'secrets');
    const err = (await checked.listPage().then(
      () => undefined,
      (e: unknown) => e,
    )) as { code: number; body: string };
    expect(err.code).toBe(403);
    expect(err.body).toContain('cannot watch secrets');
    expect(listed).toBe(false);
  });

  it('does not re-check on continue pages, and lists anyway when the review itself fails', async () => {
    let checks = 0;
    const checked = withAccessCheck(source, async () => {
      checks++;
      throw new Error('ECONNRESET');
    }, 'pods');
    await expect(checked.listPage()).resolves.toStrictEqual(page);
    await expect(checked.listPage('next-token')).resolves.toStrictEqual(page);
    expect(checks).toBe(1);
  });
});

describe('withAccessCheck on an open watch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A watch that stays open until the test ends it; records aborts and how it ended. */
  function openWatch() {
    const w = { aborted: 0, end: (_err?: unknown) => {}, ended: [] as unknown[] };
    const source = {
      listPage: async () => ({ items: [], resourceVersion: '7' }),
      watch: async (_rv: string, _onEvent: unknown, onDone: (err?: unknown) => void) => {
        w.end = onDone;
        return { abort: () => void (w.aborted += 1) };
      },
    };
    return { w, source };
  }

  it('ends the watch with a 403 naming the missing verbs once a re-check is denied, and checks no more', async () => {
    const { w, source } = openWatch();
    const answers = [{ allowed: true, missing: [] }, { allowed: false, missing: ['list', 'watch'] }];
    let checks = 0;
    const checked = withAccessCheck(source, async () => answers[Math.min(checks++, 1)]!, 'pods', { recheckMs: 30_000 });
    await checked.watch('7', () => {}, (err) => w.ended.push(err));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(checks).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect({ checks, ended: w.ended.length, aborted: w.aborted }).toStrictEqual({ checks: 1, ended: 0, aborted: 0 });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(checks).toBe(2);
    expect(w.aborted).toBe(1);
    expect(w.ended).toHaveLength(1);
    const err = w.ended[0] as { code: number; body: string };
    expect([err.code, JSON.parse(err.body)]).toStrictEqual([403, { kind: 'Status', code: 403, reason: 'Forbidden', message: 'cannot list, watch pods (SelfSubjectAccessReview)' }]);
    // The aborted watch's own close is not passed on a second time.
    w.end(new Error('aborted'));
    await vi.advanceTimersByTimeAsync(120_000);
    expect({ checks, ended: w.ended.length }).toStrictEqual({ checks: 2, ended: 1 });
  });

  it('keeps the watch when a review fails, since a failed review proves nothing', async () => {
    const { w, source } = openWatch();
    let checks = 0;
    const checked = withAccessCheck(source, async () => {
      checks++;
      throw new Error('ECONNRESET');
    }, 'pods', { recheckMs: 1000 });
    await checked.watch('7', () => {}, (err) => w.ended.push(err));
    await vi.advanceTimersByTimeAsync(3000);
    expect({ checks, ended: w.ended, aborted: w.aborted }).toStrictEqual({ checks: 3, ended: [], aborted: 0 });
  });

  it('stops re-checking when the watch ends or is aborted, passing the end on once', async () => {
    const first = openWatch();
    let checks = 0;
    const check = async () => (checks++, { allowed: true, missing: [] });
    const ended = withAccessCheck(first.source, check, 'pods', { recheckMs: 1000 });
    await ended.watch('7', () => {}, (err) => first.w.ended.push(err ?? 'clean'));
    first.w.end();
    const second = openWatch();
    const aborted = withAccessCheck(second.source, check, 'pods', { recheckMs: 1000 });
    const handle = await aborted.watch('7', () => {}, (err) => second.w.ended.push(err ?? 'clean'));
    handle.abort();
    second.w.end(new Error('aborted'));
    await vi.advanceTimersByTimeAsync(10_000);
    expect({ checks, first: first.w.ended, second: second.w.ended, aborts: second.w.aborted }).toStrictEqual({ checks: 0, first: ['clean'], second: [], aborts: 1 });
  });

  it('does not re-check at all with recheckMs 0', async () => {
    const { w, source } = openWatch();
    let checks = 0;
    const checked = withAccessCheck(source, async () => (checks++, { allowed: false, missing: ['watch'] }), 'pods', { recheckMs: 0 });
    await checked.watch('7', () => {}, (err) => w.ended.push(err));
    await vi.advanceTimersByTimeAsync(600_000);
    expect({ checks, ended: w.ended }).toStrictEqual({ checks: 0, ended: [] });
  });
});

describe('liveCache and access', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries a forbidden cache every ACCESS_RECHECK_MS, so regained access shows as soon as lost access does', async () => {
    const source = new FakeSource();
    const cache = liveCache(RESOURCES.pods, source);
    cache.start();
    source.lastList().reject(Object.assign(new Error('Forbidden'), { statusCode: 403 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(cache.getState()).toMatchObject({ phase: 'forbidden', verb: 'list', resource: 'pods' });
    await vi.advanceTimersByTimeAsync(ACCESS_RECHECK_MS - 1);
    expect(source.lists).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(source.lists).toHaveLength(2);
    source.lastList().resolve({ items: [], resourceVersion: '9' });
    await vi.advanceTimersByTimeAsync(0);
    expect(cache.getState().phase).toBe('synced');
    cache.stop();
  });
});
