import type { KubeObject, ListPage, WatchEventType, WatchHandle, WatchSource } from '@/lib/k8s/watch-cache';

/** List responses carry kind/apiVersion on the list, not on each item. */
export function listItem(obj: KubeObject): KubeObject {
  const { kind: _kind, apiVersion: _apiVersion, ...rest } = structuredClone(obj);
  return rest;
}

/** One list call the test has not answered yet. */
export interface PendingList {
  token: string | undefined;
  resolve(page: ListPage): void;
  reject(err: unknown): void;
}

/** One watch the source opened: the test emits its events and ends it. */
export interface FakeWatch {
  resourceVersion: string;
  aborted: boolean;
  emit(type: WatchEventType, obj: unknown): void;
  done(err?: unknown): void;
}

/**
 * A scripted WatchSource for unit tests of the cache and what sits on it
 * (registry, stream hub, first-paint reader): the test resolves each list
 * call and drives each watch, so a real WatchCache runs with no apiserver.
 * @example const source = new FakeSource(); cache.start(); source.lastList().resolve({ items: [pod], resourceVersion: '1' });
 */
export class FakeSource implements WatchSource {
  lists: PendingList[] = [];
  watches: FakeWatch[] = [];
  /** When set, the next watch() call rejects with it (like a failed connect). */
  failNextWatch: unknown = undefined;
  /** While set, every list call fails with it at once (a server that keeps failing). */
  failLists: unknown = undefined;

  listPage(token?: string): Promise<ListPage> {
    if (this.failLists !== undefined) return Promise.reject(this.failLists);
    return new Promise((resolve, reject) => this.lists.push({ token, resolve, reject }));
  }

  watch(
    resourceVersion: string,
    onEvent: (type: WatchEventType, obj: unknown) => void,
    onDone: (err?: unknown) => void,
  ): Promise<WatchHandle> {
    if (this.failNextWatch !== undefined) {
      const err = this.failNextWatch;
      this.failNextWatch = undefined;
      return Promise.reject(err);
    }
    const w: FakeWatch = { resourceVersion, aborted: false, emit: onEvent, done: onDone };
    this.watches.push(w);
    return Promise.resolve({ abort: () => void (w.aborted = true) });
  }

  lastList(): PendingList {
    const l = this.lists.at(-1);
    if (!l) throw new Error('no list call');
    return l;
  }

  lastWatch(): FakeWatch {
    const w = this.watches.at(-1);
    if (!w) throw new Error('no watch call');
    return w;
  }
}
