/**
 * The browser side of the one-stream-per-tab design: a single EventSource
 * for the whole tab, with subscriptions added and removed over POST/DELETE.
 *
 * Several replicas may serve the tab, behind a balancer that sends each
 * request wherever it likes, and each replica knows only its own streams.
 * So the stream's URL carries the tab's current views (`?subs=`): whichever
 * replica answers a (re)connect starts every view at once, from a fresh
 * snapshot. A POST or DELETE that reaches a replica without our stream
 * (404), or no server at all, reopens the stream with the current views,
 * make-before-break: the old stream feeds the views until the new one says
 * hello. A dropped stream is reopened after {@link RECONNECT_MS}; the client
 * does this itself, because a browser's EventSource reconnects only to the
 * URL it was made with, and gives up for good on a 5xx from a balancer.
 */

import { STREAM_SUBS_PARAM, type StreamHello, type StreamMessage } from '@/lib/contract';

export type ConnStatus = 'connecting' | 'open' | 'reconnecting';

type Handler = (messages: StreamMessage[]) => void;

interface Entry {
  spec: Record<string, unknown>;
  handlers: Set<Handler>;
}

/** How long after a stream drops (or fails to open) the client opens a new one; the server's SSE `retry:` says the same. */
export const RECONNECT_MS = 2000;

/**
 * How long the client gathers a stream's messages before it hands them to
 * the views. The server sends each watch event as it comes, and every
 * delivery renders the view (a 30,000-row list filters and counts all its
 * rows); at 150 pod events a second one render each took more than the
 * tab's main thread has. Gathered, a burst renders once per frame, in order.
 */
export const DELIVER_MS = 16;

/**
 * Longest `/api/stream?subs=…` URL the client makes; views past it are
 * POSTed once the stream is open. Well under common proxy request-line
 * limits (8 KiB).
 */
export const MAX_STREAM_URL = 4000;

/** What the inline script leaves on `window.__keEarly` for the StreamClient. */
export interface EarlyStream {
  /** The stream's URL and the subscription ids it carries. */
  url: string;
  included: string[];
  es: {
    addEventListener(type: 'hello', listener: (ev: MessageEvent<string>) => void): void;
    onmessage: ((ev: MessageEvent<string>) => void) | null;
    onerror: ((ev: Event) => void) | null;
    close(): void;
  };
  /** The hello's data, once it came. */
  hello: string | null;
  /** Each message's data, in order, until the client takes the stream. */
  messages: string[];
  /** The stream failed before the client took it (the script closed it). */
  failed: boolean;
  /** Set by the client when it takes the stream: the script then keeps nothing more. */
  adopted: boolean;
}

/** The window fields the script and the client share. */
export interface EarlyWindow {
  __keEarly?: EarlyStream;
  /** Set once the tab's StreamClient has opened a stream: a late script then opens nothing. */
  __keStreamOpened?: boolean;
}

/** The part of EventSource the client uses (a fake in unit tests). */
export interface EventSourceLike {
  addEventListener(type: 'hello', listener: (ev: MessageEvent<string>) => void): void;
  onmessage: ((ev: MessageEvent<string>) => void) | null;
  onerror: ((ev: Event) => void) | null;
  close(): void;
}

/** What the client runs on: the browser's by default. */
export interface StreamClientDeps {
  openEventSource(url: string): EventSourceLike;
  fetch(url: string, init: RequestInit): Promise<{ ok: boolean; status: number }>;
  setTimeout(fn: () => void, ms: number): unknown;
  now(): number;
  warn(...args: unknown[]): void;
  /** A view was refused for want of a session (AUTH=token|proxy: 401): the browser goes to the sign-in page. */
  sessionEnded(): void;
  /**
   * The stream the page opened before hydration (early-stream.ts), taken
   * once, when the client opens its first stream; none after that.
   */
  takeEarly?(): EarlyStream | null;
}


const browserDeps = (): StreamClientDeps => ({
  openEventSource: (url) => new EventSource(url),
  fetch: (url, init) => fetch(url, init),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  now: () => Date.now(),
  warn: (...args) => console.warn(...args),
  sessionEnded: () => {
    const next = `${window.location.pathname}${window.location.search}`;
    // A full page load, not a client-side push: this runs outside React, and the sign-in page is rendered by the server.
    window.location.assign(new URL(`/signin?${new URLSearchParams({ next, reason: 'expired' }).toString()}`, window.location.origin));
  },
  takeEarly: () => {
    const w = window as unknown as EarlyWindow;
    w.__keStreamOpened = true;
    const early = w.__keEarly ?? null;
    delete w.__keEarly;
    if (early) early.adopted = true;
    return early;
  },
});

/**
 * The stream URL for a set of views: `/api/stream?subs=[[subId, spec], …]`,
 * as many as fit in {@link MAX_STREAM_URL} (in order); the rest are left out
 * for the client to POST.
 * @example streamUrl([['view=pods', { view: 'pods' }]]).url // '/api/stream?subs=%5B%5B%22view%3Dpods%22%2C%7B%22view%22%3A%22pods%22%7D%5D%5D'
 * @example streamUrl([]).url // '/api/stream'
 */
export function streamUrl(views: [string, Record<string, unknown>][]): { url: string; included: string[] } {
  const base = '/api/stream';
  const pairs: [string, Record<string, unknown>][] = [];
  let url = base;
  for (const view of views) {
    const next = `${base}?${STREAM_SUBS_PARAM}=${encodeURIComponent(JSON.stringify([...pairs, view]))}`;
    if (next.length > MAX_STREAM_URL) continue;
    pairs.push(view);
    url = next;
  }
  return { url, included: pairs.map(([id]) => id) };
}

/** One EventSource and what it is known to carry. */
interface Conn {
  es: EventSourceLike;
  streamId: string | null;
  /** Subscriptions this stream holds (or was opened with). */
  subs: Set<string>;
}

/** Statuses a POST/DELETE answer can have that mean "this server has no such stream, or none answered": reopen. */
const reopenOn = (status: number) => status === 404 || status >= 500;

export class StreamClient {
  /** The stream the views read from. */
  private current: Conn | null = null;
  /** A stream opened to replace `current`, until it says hello. */
  private pending: Conn | null = null;
  private openTimer = false;
  private readonly subs = new Map<string, Entry>();
  private readonly statusListeners = new Set<(s: ConnStatus) => void>();
  status: ConnStatus = 'connecting';
  lastMessageAt: number | null = null;
  /** When the tab's stream last dropped while it was open (epoch ms). */
  brokeAt: number | null = null;
  /** Streams opened so far (reconnects and reopens included). */
  opened = 0;
  /** Messages received and not yet handed to the views (see DELIVER_MS), in arrival order. */
  private inbox: StreamMessage[] = [];
  private deliverDue = false;

  constructor(private readonly deps: StreamClientDeps = browserDeps()) {}

  private setStatus(s: ConnStatus): void {
    if (s === 'reconnecting' && this.status === 'open') this.brokeAt = this.deps.now();
    if (s === this.status) return;
    this.status = s;
    this.statusListeners.forEach((l) => l(s));
  }

  onStatus(l: (s: ConnStatus) => void): () => void {
    this.statusListeners.add(l);
    return () => {
      this.statusListeners.delete(l);
    };
  }

  /** Opens a stream carrying every current view: the tab's first, a replacement, or a reconnect. */
  private open(): void {
    if (this.opened === 0) {
      const early = this.deps.takeEarly?.() ?? null;
      if (early && !early.failed) return this.adopt(early);
      early?.es.close();
    }
    const { url, included } = streamUrl([...this.subs].map(([id, e]) => [id, e.spec]));
    const conn: Conn = { es: this.deps.openEventSource(url), streamId: null, subs: new Set(included) };
    this.opened++;
    if (this.current) {
      this.pending?.es.close();
      this.pending = conn;
    } else this.current = conn;
    this.listen(conn);
  }

  /**
   * Takes the stream the page opened before hydration as the tab's first:
   * what it already brought is handled as if it had just come, and its hello
   * reconciles its views with the tab's (views it lacks are POSTed, views
   * nobody wants any more are removed), as for any stream.
   */
  private adopt(early: EarlyStream): void {
    const conn: Conn = { es: early.es, streamId: null, subs: new Set(early.included) };
    this.opened++;
    this.current = conn;
    this.listen(conn);
    if (early.hello !== null) this.hello(conn, JSON.parse(early.hello) as StreamHello);
    for (const data of early.messages) this.receive(conn, data);
  }

  private listen(conn: Conn): void {
    conn.es.addEventListener('hello', (ev) => this.hello(conn, JSON.parse(ev.data) as StreamHello));
    conn.es.onmessage = (ev) => this.receive(conn, ev.data);
    conn.es.onerror = () => this.lost(conn);
  }

  private receive(conn: Conn, data: string): void {
    if (conn !== this.current) return;
    this.lastMessageAt = this.deps.now();
    for (const m of JSON.parse(data) as StreamMessage[]) this.inbox.push(m);
    if (this.deliverDue) return;
    this.deliverDue = true;
    this.deps.setTimeout(() => this.deliver(), DELIVER_MS);
  }

  /** Hands each view the messages gathered for it since the last delivery, in one call (a view dropped meanwhile gets nothing). */
  private deliver(): void {
    this.deliverDue = false;
    const batch = this.inbox;
    this.inbox = [];
    const bySub = new Map<string, StreamMessage[]>();
    for (const m of batch) {
      const list = bySub.get(m.sub) ?? [];
      list.push(m);
      bySub.set(m.sub, list);
    }
    for (const [sub, msgs] of bySub) this.subs.get(sub)?.handlers.forEach((h) => h(msgs));
  }

  private hello(conn: Conn, hello: StreamHello): void {
    if (conn !== this.current && conn !== this.pending) return;
    if (conn === this.pending) {
      // Make-before-break: the old stream fed the views until now.
      this.current?.es.close();
      this.current = conn;
      this.pending = null;
    }
    conn.streamId = hello.streamId;
    for (const id of hello.rejected ?? []) {
      conn.subs.delete(id);
      this.deps.warn('subscription rejected', id);
    }
    this.lastMessageAt = this.deps.now();
    this.setStatus('open');
    // Views added or dropped while the stream was opening.
    for (const [subId, e] of this.subs) if (!conn.subs.has(subId) && !hello.rejected?.includes(subId)) void this.post(conn, subId, e.spec);
    for (const subId of [...conn.subs]) if (!this.subs.has(subId)) this.remove(conn, subId);
  }

  /** A stream failed or dropped: this client, not EventSource, decides where and when to reconnect. */
  private lost(conn: Conn): void {
    conn.es.close();
    if (conn === this.pending) {
      this.pending = null;
      this.schedule(RECONNECT_MS);
      return;
    }
    if (conn !== this.current) return;
    this.current = null;
    this.setStatus('reconnecting');
    if (this.pending) {
      // The replacement being opened takes over.
      this.current = this.pending;
      this.pending = null;
    } else this.schedule(RECONNECT_MS);
  }

  private schedule(ms: number): void {
    if (this.openTimer) return;
    this.openTimer = true;
    this.deps.setTimeout(() => {
      this.openTimer = false;
      if (this.pending) return;
      if (this.current && this.current.streamId === null) return; // still opening
      this.open();
    }, ms);
  }

  /** The stream does not hold what we asked (another replica answered, or none): open one that does. */
  private reopen(conn: Conn): void {
    if (conn === this.current && !this.pending) this.schedule(0);
  }

  private async post(conn: Conn, subId: string, spec: Record<string, unknown>): Promise<void> {
    const streamId = conn.streamId;
    if (!streamId) return;
    try {
      const res = await this.deps.fetch('/api/stream/subscriptions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ streamId, subId, spec }) });
      if (res.ok) {
        if (this.subs.has(subId)) conn.subs.add(subId);
        else this.remove(conn, subId); // dropped while the POST was on its way
      } else if (res.status === 401) this.deps.sessionEnded();
      else if (reopenOn(res.status)) this.reopen(conn);
      else this.deps.warn('subscription rejected', subId, res.status);
    } catch {
      this.reopen(conn);
    }
  }

  private remove(conn: Conn, subId: string): void {
    const streamId = conn.streamId;
    if (!streamId) return; // still opening: its hello drops what the tab no longer wants
    conn.subs.delete(subId);
    this.deps.fetch('/api/stream/subscriptions', { method: 'DELETE', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ streamId, subId }) }).then(
      // A replica without our stream answered: the view lives on where the stream is; a fresh stream drops it.
      (res) => {
        if (reopenOn(res.status)) this.reopen(conn);
      },
      () => this.reopen(conn),
    );
  }

  /** Subscribes to a view; identical specs share one server subscription. */
  subscribe(spec: Record<string, unknown>, handler: Handler): () => void {
    const subId = subIdFor(spec);
    let entry = this.subs.get(subId);
    if (!entry) {
      entry = { spec, handlers: new Set() };
      this.subs.set(subId, entry);
      // The first views of a page arrive together: open once they are all known, with all of them.
      if (!this.current && !this.pending) this.schedule(0);
      else if (this.current?.streamId) void this.post(this.current, subId, spec);
    }
    entry.handlers.add(handler);
    return () => {
      const e = this.subs.get(subId);
      if (!e) return;
      e.handlers.delete(handler);
      if (e.handlers.size === 0) {
        this.subs.delete(subId);
        if (this.current?.subs.has(subId)) this.remove(this.current, subId);
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
