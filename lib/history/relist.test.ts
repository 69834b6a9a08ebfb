import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { realSqlite } from '@/lib/testing/real-sqlite';
import { RESOURCES } from '@/lib/k8s/resources';
import { WatchCache, type KubeObject } from '@/lib/k8s/watch-cache';
import { FakeSource, listItem } from '@/lib/testing/fake-watch-source';
import { sandboxCapture } from '@/lib/testing/sandbox-capture';
import { HistoryRecorder } from './recorder';
import { HistoryStore } from './store';
import { wholeLists } from './runtime';


/** Node 24 keeps better-sqlite3 out (sqliteRefusal): these suites need a real database. */
const { refused, sqlite } = realSqlite();
const cleanup: (() => void)[] = [];

afterEach(() => {
  for (const f of cleanup.splice(0).reverse()) f();
});

const settle = () => new Promise((r) => setTimeout(r, 0));

describe.skipIf(refused !== null)('recording through a real WatchCache', () => {
  it('records no phantom transition when a 410 forces a relist whose objects only have new resourceVersions, and records the one that vanished as deleted', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'history-relist-'));
    const file = path.join(dir, 'history.db');
    const rec = new HistoryRecorder({ path: file, open: () => HistoryStore.open(file, sqlite), flushMs: 60_000, log: () => undefined });
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }), () => rec.close());
    await rec.start();
    const source = new FakeSource();
    const cache = new WatchCache<KubeObject>({ resource: RESOURCES.pods, source });
    cleanup.push(() => cache.stop());
    cache.subscribe(wholeLists((e) => rec.observe({ context: 'c', kind: 'Pod', namespace: null }, e)));
    cache.start();
    await settle();
    const pods = sandboxCapture.pods();
    source.lastList().resolve({ items: pods.map((p) => listItem(p as KubeObject)), resourceVersion: '1000' });
    await settle();
    const first = rec.flush();
    expect(first).toBe(pods.length);

    source.lastWatch().emit('ERROR', { kind: 'Status', apiVersion: 'v1', status: 'Failure', message: 'too old resource version', reason: 'Expired', code: 410 });
    await settle();
    const bumped = pods
      .filter((p) => p.metadata?.name !== 'slow-delete')
      .map((p) => listItem({ ...(p as KubeObject), metadata: { ...p.metadata, resourceVersion: `${p.metadata?.resourceVersion}9` } }));
    source.lastList().resolve({ items: bumped, resourceVersion: '2000' });
    await settle();
    expect(rec.flush()).toBe(1);
    const gone = rec.currentStore()!.timeline({ context: 'c', kind: 'Pod', namespace: 'explain-demo', name: 'slow-delete' })!;
    expect(gone.transitions.map((t) => t.reason)).toStrictEqual(['Observed', 'Deleted']);
    const n = (rec.currentStore()!.raw().prepare('SELECT COUNT(*) AS n FROM transitions').get() as { n: number }).n;
    expect(n).toBe(pods.length + 1);
  });
});
