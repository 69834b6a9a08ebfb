/**
 * The browser side of the one-stream-per-tab design: a single EventSource
 * for the whole tab, with subscriptions added and removed over POST/DELETE.
 * When the stream drops, EventSource reconnects by itself; the server then
 * hands out a new stream id and every live subscription is re-sent, so
 * views converge again from a fresh snapshot.
 */

import type { StreamMessage } from '@/lib/contract';

export type ConnStatus = 'connecting' | 'open' | 'reconnecting';

type Handler = (messages: StreamMessage[]) => void;

interface Entry {
  spec: Record<string, unknown>;
  handlers: Set<Handler>;
}

class StreamClient {
  private es: EventSource | null = null;
  private streamId: string | null = null;
  private readonly subs = new Map<string, Entry>();
  private readonly statusListeners = new Set<(s: ConnStatus) => void>();
  status: ConnStatus = 'connecting';
  lastMessageAt: number | null = null;
  /** When the tab's stream last dropped while it was open (epoch ms). */
  brokeAt: number | null = null;

  private setStatus(s: ConnStatus): void {
    if (s === 'reconnecting' && this.status === 'open') this.brokeAt = Date.now();
    this.status = s;
    this.statusListeners.forEach((l) => l(s));
  }

  onStatus(l: (s: ConnStatus) => void): () => void {
    this.statusListeners.add(l);
    return () => {
      this.statusListeners.delete(l);
    };
  }

  private ensureOpen(): void {
    if (this.es) return;
    const es = new EventSource('/api/stream');
    this.es = es;
    es.addEventListener('hello', (ev) => {
      this.streamId = (JSON.parse((ev as MessageEvent<string>).data) as { streamId: string }).streamId;
      this.lastMessageAt = Date.now();
      this.setStatus('open');
      for (const [subId, e] of this.subs) void this.post(subId, e.spec);
    });
    es.onmessage = (ev: MessageEvent<string>) => {
      this.lastMessageAt = Date.now();
      const batch = JSON.parse(ev.data) as StreamMessage[];
      const bySub = new Map<string, StreamMessage[]>();
      for (const m of batch) {
        const list = bySub.get(m.sub) ?? [];
        list.push(m);
        bySub.set(m.sub, list);
      }
      for (const [sub, msgs] of bySub) this.subs.get(sub)?.handlers.forEach((h) => h(msgs));
    };
    es.onerror = () => {
      this.streamId = null;
      this.setStatus('reconnecting');
    };
  }

  private async post(subId: string, spec: Record<string, unknown>): Promise<void> {
    const streamId = this.streamId;
    if (!streamId) return;
    try {
      const res = await fetch('/api/stream/subscriptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ streamId, subId, spec }) });
      // 404: the stream we knew is gone; the reconnect's hello re-sends everything.
      if (!res.ok && res.status !== 404) console.warn('subscription rejected', subId, res.status);
    } catch {
      // network error: the EventSource error path handles reconnection
    }
  }

  /** Subscribes to a view; identical specs share one server subscription. */
  subscribe(spec: Record<string, unknown>, handler: Handler): () => void {
    this.ensureOpen();
    const subId = subIdFor(spec);
    let entry = this.subs.get(subId);
    if (!entry) {
      entry = { spec, handlers: new Set() };
      this.subs.set(subId, entry);
      void this.post(subId, spec);
    }
    entry.handlers.add(handler);
    return () => {
      const e = this.subs.get(subId);
      if (!e) return;
      e.handlers.delete(handler);
      if (e.handlers.size === 0) {
        this.subs.delete(subId);
        const streamId = this.streamId;
        if (streamId) void fetch('/api/stream/subscriptions', { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ streamId, subId }) }).catch(() => {});
      }
    };
  }
}

/** Longest subscription id the server takes (app/api/stream/subscriptions/route.ts). */
const MAX_SUB_ID = 200;

/**
 * A stable id for a spec, so two components asking for the same view share
 * it, and different specs never share one. Characters outside the server's
 * id alphabet become `_` and four hex digits (`_` itself included), so the
 * mapping is one-to-one; an id over 200 characters keeps its head and ends
 * in a hash of the whole, since cutting alone made two views of a pod with a
 * 253-character name (they differ only after the name) one subscription.
 * @example subIdFor({ view: 'pods', namespace: 'default' }) // 'namespace=default;view=pods'
 * @example subIdFor({ view: 'pods', context: 'team/prod' }) // 'context=team_002fprod;view=pods'
 */
export function subIdFor(spec: Record<string, unknown>): string {
  const id = Object.keys(spec)
    .sort()
    .filter((k) => spec[k] !== undefined && spec[k] !== '')
    .map((k) => `${k}=${String(spec[k])}`)
    .join(';')
    .replace(/[^A-Za-z0-9.:=;-]/g, (c) => `_${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (id.length <= MAX_SUB_ID) return id;
  const tag = `-h${hash64(id)}`;
  return id.slice(0, MAX_SUB_ID - tag.length) + tag;
}

/** Two 32-bit FNV-1a hashes (different offset bases) as 16 hex digits: enough to tell a tab's subscriptions apart. */
function hash64(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

let client: StreamClient | null = null;

/** The tab's single stream client. */
export function streamClient(): StreamClient {
  client ??= new StreamClient();
  return client;
}
