import { useEffect, useState, useSyncExternalStore } from 'react';
import useSWRSubscription from 'swr/subscription';
import type { LiveState, StreamMessage, StreamState } from '@/lib/contract';
import { applyListMessages, nextModel } from './live-state';
import { streamClient, subIdFor, type ConnStatus } from './stream-client';

export interface LiveList<T> {
  items: T[];
  state: LiveState | null;
}

/**
 * A live list view: the server's snapshot, then upserts and deletes by uid
 * (applyListMessages: rows shown stay while a cache reached after a reconnect
 * is still syncing). Rows of a batch are applied together, so a burst of
 * updates renders once.
 * A null spec subscribes to nothing (a page that shows another view instead).
 */
export function useLiveList<T extends { uid: string }>(spec: Record<string, unknown> | null, initial?: T[]): LiveList<T> {
  const key = spec ? `live:${subIdFor(spec)}` : null;
  const { data } = useSWRSubscription(key, (_key: string, { next }: { next: (err: unknown, data?: LiveList<T>) => void }) => {
    const rows = new Map<string, T>((initial ?? []).map((r) => [r.uid, r]));
    const health = healthTracker();
    let raw: StreamState | null = null;
    let state: LiveState | null = null;
    return streamClient().subscribe(spec ?? {}, (msgs: StreamMessage[]) => {
      const before = raw;
      raw = applyListMessages(rows, raw, msgs);
      if (raw !== null && raw !== before) state = health(raw);
      next(null, { items: [...rows.values()], state });
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
