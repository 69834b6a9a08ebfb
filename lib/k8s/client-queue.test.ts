import 'server-only';
import { describe, expect, it, vi } from 'vitest';
import { loadFixture } from '@/lib/testing/fixtures';
import { ClientQueue } from './client-queue';
import type { CacheState, KubeObject } from './watch-cache';

const runningError = loadFixture<KubeObject>('pods/minikube-running-terminated-error-restartalways.json');
const crashLoop = loadFixture<KubeObject>('pods/minikube-crashloopbackoff-lastState-error.json'); // same uid, later rv
const nginx = loadFixture<KubeObject>('pods/minikube-running-ready-nginx.json');
const gke = loadFixture<KubeObject>('pods/gke-running-ready-deployment-pod.json');

const synced: CacheState = { phase: 'synced', lastEventAt: null, lastSyncedAt: '2025-01-01T00:00:00.000Z' };
const syncing: CacheState = { phase: 'syncing', count: 0, lastEventAt: null, lastSyncedAt: null };

describe('ClientQueue', () => {
  it('coalesces updates per (subscription, uid): the newest replaces the pending one and moves to the end', () => {
    const q = new ClientQueue();
    q.push('pods', { type: 'upsert', obj: runningError });
    q.push('pods', { type: 'upsert', obj: nginx });
    q.push('pods', { type: 'upsert', obj: crashLoop });
    q.push('all-pods', { type: 'upsert', obj: runningError }); // other subscription: kept apart
    q.push('pods', { type: 'delete', obj: nginx });

    expect(q.drain()).toStrictEqual({
      events: [
        { sub: 'pods', event: { type: 'upsert', obj: crashLoop } },
        { sub: 'all-pods', event: { type: 'upsert', obj: runningError } },
        { sub: 'pods', event: { type: 'delete', obj: nginx } },
      ],
      resync: [],
    });
    expect(q.size).toBe(0);
  });

  it('keeps every page of a first sync in its place, even pages holding the same objects, and drops them with a snapshot', () => {
    const q = new ClientQueue();
    q.push('pods', { type: 'page', items: [nginx], state: syncing });
    q.push('pods', { type: 'page', items: [gke], state: syncing });
    q.push('pods', { type: 'page', items: [nginx], state: syncing });
    q.push('other', { type: 'page', items: [gke], state: syncing });
    const drained = q.drain().events;
    q.push('pods', { type: 'page', items: [nginx], state: syncing });
    q.push('pods', { type: 'snapshot', items: [nginx, gke], state: synced });
    expect([drained.map((e) => `${e.sub} ${e.event.type === 'page' ? e.event.items[0]!.metadata!.name : ''}`), q.drain().events]).toStrictEqual([
      [`pods ${nginx.metadata!.name}`, `pods ${gke.metadata!.name}`, `pods ${nginx.metadata!.name}`, `other ${gke.metadata!.name}`],
      [{ sub: 'pods', event: { type: 'snapshot', items: [nginx, gke], state: synced } }],
    ]);
  });

  it('keeps only the latest state per subscription', () => {
    const q = new ClientQueue();
    q.push('pods', { type: 'state', state: syncing });
    q.push('pods', { type: 'upsert', obj: nginx });
    q.push('pods', { type: 'state', state: synced });
    expect(q.drain().events).toStrictEqual([
      { sub: 'pods', event: { type: 'upsert', obj: nginx } },
      { sub: 'pods', event: { type: 'state', state: synced } },
    ]);
  });

  it('lets a snapshot supersede everything pending for its subscription only', () => {
    const q = new ClientQueue();
    q.push('pods', { type: 'upsert', obj: nginx });
    q.push('nodes', { type: 'state', state: synced });
    q.push('pods', { type: 'snapshot', items: [nginx, gke], state: synced });
    expect(q.drain().events).toStrictEqual([
      { sub: 'nodes', event: { type: 'state', state: synced } },
      { sub: 'pods', event: { type: 'snapshot', items: [nginx, gke], state: synced } },
    ]);
  });

  it('marks the client overflowed instead of growing past the bound, and asks for snapshots of the dropped subscriptions', () => {
    const q = new ClientQueue({ maxPending: 2 });
    q.push('pods', { type: 'upsert', obj: nginx });
    q.push('pods', { type: 'upsert', obj: gke });
    q.push('pods', { type: 'upsert', obj: gke }); // coalesces: no growth, no overflow
    expect(q.overflowed).toBe(false);

    q.push('events', { type: 'upsert', obj: runningError }); // a third entry: overflow
    expect(q.overflowed).toBe(true);
    expect(q.size).toBe(0);

    q.push('pods', { type: 'upsert', obj: crashLoop }); // ignored: a snapshot is owed
    q.push('nodes', { type: 'state', state: synced }); // unaffected subscription still queues
    expect(q.drain()).toStrictEqual({
      events: [{ sub: 'nodes', event: { type: 'state', state: synced } }],
      resync: ['pods', 'events'],
    });
    expect(q.overflowed).toBe(false);
  });

  it('clears the resync mark when the caller pushes the fresh snapshot', () => {
    const q = new ClientQueue({ maxPending: 1 });
    q.push('pods', { type: 'upsert', obj: nginx });
    q.push('pods', { type: 'upsert', obj: gke });
    q.push('pods', { type: 'snapshot', items: [nginx, gke], state: synced });
    expect(q.drain()).toStrictEqual({
      events: [{ sub: 'pods', event: { type: 'snapshot', items: [nginx, gke], state: synced } }],
      resync: [],
    });
  });

  it('signals onPending once when it goes from idle to busy', () => {
    const onPending = vi.fn();
    const q = new ClientQueue({ onPending });
    q.push('pods', { type: 'upsert', obj: nginx });
    q.push('pods', { type: 'upsert', obj: gke });
    expect(onPending).toHaveBeenCalledTimes(1);
    q.drain();
    q.push('pods', { type: 'delete', obj: gke });
    expect(onPending).toHaveBeenCalledTimes(2);
  });

  it('forgets a subscription that was closed', () => {
    const q = new ClientQueue();
    q.push('pods', { type: 'upsert', obj: nginx });
    q.push('nodes', { type: 'state', state: synced });
    q.forget('pods');
    expect(q.drain().events).toStrictEqual([{ sub: 'nodes', event: { type: 'state', state: synced } }]);
  });
});
