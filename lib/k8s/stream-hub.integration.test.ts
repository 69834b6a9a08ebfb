import 'server-only';
import { afterAll, describe, expect, it } from 'vitest';
import type { KeyedRow, StreamMessage } from '@/lib/contract';
import { messageRows } from '@/lib/views/row-codec';
import { sandboxConfig } from '../testing/sandbox';
import { CacheRegistry, cacheKey } from './cache-registry';
import { liveCache, type ResourceSubscriber } from './live';
import { RESOURCES } from './resources';
import { createWatchSource } from './sources';
import { openStream, streamSubscribe } from './stream-hub';
import type { CacheListener, KubeObject, WatchCache } from './watch-cache';

// Runs against the sandbox cluster (npm run sandbox:up): real list pages and
// real objects through the cache, the hub and the compact stream.
const NS = 'explain-demo';

describe('the live list path against the sandbox apiserver', () => {
  const registry = new CacheRegistry({ idleStopMs: 0 });
  afterAll(() => registry.stopAll());

  it('sends a cold cache\'s first list page by page as packed appends that decode to exactly the pods it listed, then synced', async () => {
    const kc = sandboxConfig();
    let cache: WatchCache<KubeObject> | null = null;
    // Small pages, so even a small namespace takes several.
    const subscribe: ResourceSubscriber = <T extends KubeObject>(key: { resource: 'pods' | string; namespace?: string }, listener: CacheListener<T>) =>
      registry.subscribe(
        cacheKey({ context: 'sandbox', resource: 'pods', namespace: key.namespace }),
        () => (cache = liveCache<KubeObject>(RESOURCES.pods, createWatchSource(kc, RESOURCES.pods, { namespace: key.namespace, pageSize: 5 }))) as unknown as WatchCache<T>,
        listener,
      );
    const abort = new AbortController();
    const reader = openStream(abort.signal, { subscribe }).getReader();
    const hello = new TextDecoder().decode((await reader.read()).value);
    const streamId = (JSON.parse(/data: (.*)/.exec(hello)![1]!) as { streamId: string }).streamId;
    expect(streamSubscribe(streamId, 'p', { view: 'pods', namespace: NS })).toBe(true);

    const messages: StreamMessage[] = [];
    const dec = new TextDecoder();
    while (!messages.some((m) => m.type === 'state' && m.state.phase === 'synced')) {
      const chunk = dec.decode((await reader.read()).value);
      for (const m of chunk.matchAll(/^data: (.*)$/gm)) messages.push(...(JSON.parse(m[1]!) as StreamMessage[]));
    }
    // What the cache listed, before the stream closes and the cache stops.
    const listed = cache!.items();
    abort.abort();

    // Only what came up to the end of the first sync (a watch event may share its frame).
    messages.splice(messages.findIndex((m) => m.type === 'state' && m.state.phase === 'synced') + 1);
    const rows = new Map<string, KeyedRow & { name?: string }>();
    for (const m of messages) if ((m.type === 'snapshot' || m.type === 'append') && 'packed' in m) for (const r of messageRows<KeyedRow & { name?: string }>(m)) rows.set(r.uid, r);
    const appends = messages.filter((m) => m.type === 'append');
    expect(listed.length).toBeGreaterThan(5);
    expect({
      types: [...new Set(messages.map((m) => m.type))],
      appends: appends.length,
      total: appends.map((m) => (m.type === 'append' && m.state.phase === 'syncing' ? m.state.total : null))[0],
      names: [...rows.values()].map((r) => r.name).sort(),
    }).toStrictEqual({
      types: ['snapshot', 'append', 'state'],
      appends: Math.ceil(listed.length / 5),
      total: listed.length,
      names: listed.map((p) => p.metadata!.name).sort(),
    });
  });
});
