import 'server-only';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CacheRegistry } from './cache-registry';
import { subscribeResource, withAccessCheck } from './live';
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
