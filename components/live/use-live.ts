import { useEffect, useState, useSyncExternalStore } from 'react';
import useSWRSubscription from 'swr/subscription';
import type { LiveState, StreamMessage, StreamState } from '@/lib/contract';
import { applyListMessages, createLiveRows, nextModel } from './live-state';
import { streamClient, subIdFor, type ConnStatus } from './stream-client';

export interface LiveList<T> {
  items: T[];
  state: LiveState | null;
}

/**
 * A live list view: the server's snapshot (and a first list's appended
 * pages), then upserts and deletes by uid (applyListMessages: rows shown stay
 * while a cache reached after a reconnect is still syncing), in kubectl's
 * order by namespace and name. Rows of a batch are applied together, so a
 * burst of updates renders once; a batch that changes neither rows nor state
 * renders nothing, and rows that did not change keep their objects.
 * A null spec subscribes to nothing (a page that shows another view instead).
 */
export function useLiveList<T extends { uid: string }>(spec: Record<string, unknown> | null, initial?: T[]): LiveList<T> {
  const key = spec ? `live:${subIdFor(spec)}` : null;
  const { data } = useSWRSubscription(key, (_key: string, { next }: { next: (err: unknown, data?: LiveList<T>) => void }) => {
    const rows = createLiveRows<T>(initial ?? []);
    const health = healthTracker();
    let raw: StreamState | null = null;
    let state: LiveState | null = null;
    let items: T[] = rows.order.slice();
    let version = rows.version;
    return streamClient().subscribe(spec ?? {}, (msgs: StreamMessage[]) => {
      const before = raw;
      raw = applyListMessages(rows, raw, msgs);
      const stateChanged = raw !== null && raw !== before;
      if (stateChanged) state = health(raw as StreamState);
      if (rows.version === version && !stateChanged) return;
      if (rows.version !== version) {
        items = rows.order.slice();
        version = rows.version;
      }
      next(null, { items, state });
    });
  });
  return data ?? { items: initial ?? [], state: null };
}

export interface LiveModel<M> {
  model: M | null;
  state: LiveState | null;
}

/** A live view model computed on the server from several caches (detail pages); a null spec subscribes to nothing. */
export function useLiveModel<M>(spec: Record<string, unknown> | null, initial?: M | null): LiveModel<M> {
  const key = spec ? `live:${subIdFor(spec)}` : null;
  const { data } = useSWRSubscription(key, (_key: string, { next }: { next: (err: unknown, data?: LiveModel<M>) => void }) => {
    const health = healthTracker();
    let shown: M | null = initial ?? null;
    return streamClient().subscribe(spec ?? {}, (msgs) => {
      for (const m of msgs) {
        if (m.type !== 'model') continue;
        shown = nextModel(shown, m);
        next(null, { model: shown, state: health(m.state) });
      }
    });
  });
  return data ?? { model: initial ?? null, state: null };
}

/**
 * Stamps each state with when the view was last known healthy: now while it
 * is synced, the moment it stopped being synced afterwards.
 */
function healthTracker(): (s: StreamState) => LiveState {
  let healthyAt: number | null = null;
  let wasSynced = false;
  return (s) => {
    const synced = s.phase === 'synced';
    if (synced || wasSynced) healthyAt = Date.now();
    wasSynced = synced;
    return { ...s, healthyAt };
  };
}

const serverStatus = (): ConnStatus => 'connecting';

/** The tab connection's status (the EventSource) and when it last dropped, for the indicator. */
export function useConnStatus(): { status: ConnStatus; brokeAt: number | null } {
  const status = useSyncExternalStore(
    (onChange) => streamClient().onStatus(onChange),
    () => streamClient().status,
    serverStatus,
  );
  return { status, brokeAt: typeof window === 'undefined' ? null : streamClient().brokeAt };
}

/** A clock that re-renders every `ms`, for ages and countdowns. */
export function useNow(ms: number): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const id = setInterval(() => setNow(new Date()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
