import { describe, expect, it } from 'vitest';
import { STREAM_SUBS_PARAM, type StreamMessage } from '@/lib/contract';
import type { EarlyStream } from './early-stream';
import { DELIVER_MS, MAX_STREAM_URL, RECONNECT_MS, StreamClient, streamUrl, subIdFor, type EventSourceLike, type StreamClientDeps } from './stream-client';

// The server's subscription id rule (app/api/stream/subscriptions/route.ts).
const SERVER_ID = /^[A-Za-z0-9_.:=;-]{1,200}$/;
// A pod name at the DNS-subdomain limit, 253 characters.
const LONG = `${'a'.repeat(62)}.${'b'.repeat(62)}.${'c'.repeat(62)}.${'d'.repeat(64)}`;

describe('subIdFor', () => {
  it('names a spec by its sorted fields, so two components asking for one view share it', () => {
    expect([subIdFor({ view: 'pods', namespace: 'default' }), subIdFor({ namespace: 'default', view: 'pods', context: undefined })]).toStrictEqual(['namespace=default;view=pods', 'namespace=default;view=pods']);
  });

  it('escapes characters outside the server alphabet one-to-one: a context "a/b" and one named "a_002fb" stay apart', () => {
    expect([subIdFor({ view: 'pods', context: 'a/b' }), subIdFor({ view: 'pods', context: 'a_002fb' }), subIdFor({ view: 'pods', context: '\u{1F600}' })]).toStrictEqual([
      'context=a_002fb;view=pods',
      'context=a_005f002fb;view=pods',
      'context=_d83d_de00;view=pods',
    ]);
  });

  it('keeps two views of a pod with a 253-character name apart, each id within the server limit', () => {
    const pod = subIdFor({ view: 'pod', context: 'kube-explain-sandbox', namespace: 'hostile', name: LONG });
    const storage = subIdFor({ view: 'pod-storage', context: 'kube-explain-sandbox', namespace: 'hostile', name: LONG });
    expect([pod === storage, pod.length, storage.length, SERVER_ID.test(pod), SERVER_ID.test(storage)]).toStrictEqual([false, 200, 200, true, true]);
    expect(subIdFor({ view: 'pod', context: 'kube-explain-sandbox', namespace: 'hostile', name: LONG })).toBe(pod);
  });
});

/** A fake EventSource the test drives: hello, messages and errors on demand. */
class FakeES implements EventSourceLike {
  onmessage: ((ev: MessageEvent<string>) => void) | null = null;
  onerror: ((ev: Event) => void) | null = null;
  closed = false;
  private helloListener: ((ev: MessageEvent<string>) => void) | null = null;
  constructor(readonly url: string) {}
  addEventListener(_type: 'hello', listener: (ev: MessageEvent<string>) => void): void {
    this.helloListener = listener;
  }
  close(): void {
    this.closed = true;
  }
  /** The views this stream was opened with, by id. */
  get views(): string[] {
    const raw = new URL(this.url, 'http://x').searchParams.get(STREAM_SUBS_PARAM);
    return raw ? (JSON.parse(raw) as [string, unknown][]).map(([id]) => id) : [];
  }
  hello(streamId: string, rejected?: string[]): void {
    this.helloListener?.({ data: JSON.stringify(rejected ? { streamId, rejected } : { streamId }) } as MessageEvent<string>);
  }
  send(messages: StreamMessage[]): void {
    this.onmessage?.({ data: JSON.stringify(messages) } as MessageEvent<string>);
  }
  fail(): void {
    this.onerror?.(new Event('error'));
  }
}

interface Call {
  method: string;
  streamId: string;
  subId: string;
}

/**
 * A tab's world: the streams it opened, the POST/DELETEs it sent (each
 * answered by `answer`, by default 200), a manual clock for the reconnect
 * delay, and the warnings it logged.
 */
function world(answer: (c: Call) => number | 'network' = () => 200, early: EarlyStream | null = null) {
  const streams: FakeES[] = [];
  const calls: Call[] = [];
  let sessionEnded = 0;
  const warnings: unknown[][] = [];
  let now = 0;
  let timers: { at: number; fn: () => void }[] = [];
  const deps: StreamClientDeps = {
    openEventSource: (url) => {
      const es = new FakeES(url);
      streams.push(es);
      return es;
    },
    fetch: (_url, init) => {
      const { streamId, subId } = JSON.parse(String(init.body)) as Call;
      const c = { method: String(init.method), streamId, subId };
      calls.push(c);
      const a = answer(c);
      return a === 'network' ? Promise.reject(new TypeError('Failed to fetch')) : Promise.resolve({ ok: a >= 200 && a < 300, status: a });
    },
    setTimeout: (fn, ms) => timers.push({ at: now + ms, fn }),
    now: () => now,
    warn: (...args) => warnings.push(args),
    sessionEnded: () => {
      sessionEnded++;
    },
    takeEarly: () => {
      const e = early;
      early = null;
      if (e) e.adopted = true;
      return e;
    },
  };
  const client = new StreamClient(deps);
  /** Lets time pass: due timers run, and every pending fetch answer lands. */
  const advance = async (ms: number) => {
    now += ms;
    for (;;) {
      for (let i = 0; i < 10; i++) await Promise.resolve();
      const due = timers.filter((t) => t.at <= now);
      if (due.length === 0) break;
      timers = timers.filter((t) => t.at > now);
      due.forEach((t) => t.fn());
    }
  };
  const last = () => streams[streams.length - 1]!;
  return { client, streams, calls, warnings, advance, last, ended: () => sessionEnded };
}

const PODS = { view: 'pods', namespace: 'default' };
const NS = { view: 'namespaces' };
const NODES = { view: 'nodes' };
const snapshot = (sub: string, uid: string): StreamMessage => ({ sub, type: 'snapshot', items: [{ uid }], state: { phase: 'synced', lastEventAt: null } });

describe('StreamClient', () => {
  it('opens one stream carrying every view a page subscribes to in one go, and sends no POST for them', async () => {
    const w = world();
    w.client.subscribe(PODS, () => {});
    w.client.subscribe(NS, () => {});
    await w.advance(0);
    w.last().hello('s1');
    await w.advance(0);
    expect([w.streams.length, w.last().views, w.calls, w.client.status]).toStrictEqual([1, [subIdFor(PODS), subIdFor(NS)], [], 'open']);
  });

  it('after its stream drops, reopens it after the reconnect delay with every view, so a replica that never saw the old stream serves them all', async () => {
    const w = world();
    const got: string[] = [];
    w.client.subscribe(PODS, (m) => got.push(...m.map((x) => x.type)));
    w.client.subscribe(NS, () => {});
    await w.advance(0);
    w.last().hello('on-replica-a');
    w.last().fail();
    expect([w.client.status, w.streams[0]!.closed]).toStrictEqual(['reconnecting', true]);
    await w.advance(RECONNECT_MS - 1);
    expect(w.streams).toHaveLength(1);
    await w.advance(1);
    w.last().hello('on-replica-b');
    w.last().send([snapshot(subIdFor(PODS), 'p1')]);
    await w.advance(DELIVER_MS);
    expect([w.streams.length, w.last().views, w.calls, w.client.status, got]).toStrictEqual([2, [subIdFor(PODS), subIdFor(NS)], [], 'open', ['snapshot']]);
  });

  it('keeps retrying every reconnect delay while no server answers (a balancer’s 502 included)', async () => {
    const w = world();
    w.client.subscribe(PODS, () => {});
    await w.advance(0);
    w.last().hello('a');
    w.last().fail();
    for (let i = 0; i < 3; i++) {
      await w.advance(RECONNECT_MS);
      w.last().fail();
    }
    await w.advance(RECONNECT_MS);
    w.last().hello('b');
    expect([w.streams.length, w.streams.slice(0, -1).every((s) => s.closed), w.client.status]).toStrictEqual([5, true, 'open']);
  });

  it('leaves for the sign-in page when adding a view is refused for want of a session (POST 401)', async () => {
    const w = world((c) => (c.method === 'POST' ? 401 : 200));
    w.client.subscribe(PODS, () => {});
    await w.advance(0);
    w.last().hello('a');
    w.client.subscribe(NS, () => {});
    await w.advance(0);
    expect([w.ended(), w.streams.length, w.warnings]).toStrictEqual([1, 1, []]);
  });

  it('a view added to an open stream is POSTed to it; when that POST reaches a replica without the stream (404), the stream is reopened with every view, make-before-break', async () => {
    const w = world((c) => (c.method === 'POST' ? 404 : 200));
    const got: string[] = [];
    w.client.subscribe(PODS, (m) => got.push(...m.map((x) => `pods:${x.type}`)));
    await w.advance(0);
    w.last().hello('on-a');
    w.client.subscribe(NODES, (m) => got.push(...m.map((x) => `nodes:${x.type}`)));
    await w.advance(0);
    const [first, second] = w.streams;
    // The old stream still feeds the views until the new one says hello.
    expect([w.streams.length, first!.closed, second!.views, w.calls]).toStrictEqual([2, false, [subIdFor(PODS), subIdFor(NODES)], [{ method: 'POST', streamId: 'on-a', subId: subIdFor(NODES) }]]);
    first!.send([snapshot(subIdFor(PODS), 'p1')]);
    second!.hello('on-b');
    first!.send([snapshot(subIdFor(PODS), 'stale')]);
    second!.send([snapshot(subIdFor(NODES), 'n1')]);
    await w.advance(DELIVER_MS);
    expect([first!.closed, w.client.status, got]).toStrictEqual([true, 'open', ['pods:snapshot', 'nodes:snapshot']]);
  });

  it('gathers a burst of messages and hands each view all of its own in one call, in arrival order, once the delivery delay has passed', async () => {
    const w = world();
    const calls: string[][] = [];
    w.client.subscribe(PODS, (m) => calls.push(m.map((x) => (x.type === 'upsert' ? `upsert:${(x.item as { uid: string }).uid}` : x.type))));
    const nodes: string[][] = [];
    w.client.subscribe(NODES, (m) => nodes.push(m.map((x) => x.type)));
    await w.advance(0);
    w.last().hello('a');
    const pods = subIdFor(PODS);
    w.last().send([snapshot(pods, 'p1')]);
    w.last().send([{ sub: pods, type: 'upsert', item: { uid: 'p2' } }, snapshot(subIdFor(NODES), 'n1')]);
    w.last().send([{ sub: pods, type: 'upsert', item: { uid: 'p3' } }]);
    await w.advance(DELIVER_MS - 1);
    expect([calls, nodes]).toStrictEqual([[], []]);
    await w.advance(1);
    expect([calls, nodes]).toStrictEqual([[['snapshot', 'upsert:p2', 'upsert:p3']], [['snapshot']]]);
  });

  it('drops the messages gathered for a view that was removed before they were handed over', async () => {
    const w = world();
    const got: string[] = [];
    const off = w.client.subscribe(PODS, (m) => got.push(...m.map((x) => x.type)));
    await w.advance(0);
    w.last().hello('a');
    w.last().send([snapshot(subIdFor(PODS), 'p1')]);
    off();
    await w.advance(DELIVER_MS);
    expect(got).toStrictEqual([]);
  });

  it('reopens the stream when a POST gets no answer or a 5xx, but only warns on a refusal (400)', async () => {
    const answers: (number | 'network')[] = ['network', 400];
    const w = world(() => answers.shift() ?? 200);
    w.client.subscribe(PODS, () => {});
    await w.advance(0);
    w.last().hello('a');
    w.client.subscribe(NS, () => {});
    await w.advance(0);
    expect(w.streams).toHaveLength(2);
    w.last().hello('b');
    w.client.subscribe(NODES, () => {});
    await w.advance(0);
    expect([w.streams.length, w.warnings]).toStrictEqual([2, [['subscription rejected', subIdFor(NODES), 400]]]);
  });

  it('a view dropped on a replica without the stream (DELETE 404) reopens the stream without it', async () => {
    const w = world((c) => (c.method === 'DELETE' ? 404 : 200));
    const off = w.client.subscribe(PODS, () => {});
    w.client.subscribe(NS, () => {});
    await w.advance(0);
    w.last().hello('a');
    off();
    await w.advance(0);
    expect([w.calls.map((c) => c.method), w.streams.length, w.last().views]).toStrictEqual([['DELETE'], 2, [subIdFor(NS)]]);
  });

  it('views added or dropped while a stream opens are POSTed or DELETEd once it says hello', async () => {
    const w = world();
    const offPods = w.client.subscribe(PODS, () => {});
    await w.advance(0);
    w.client.subscribe(NS, () => {});
    offPods();
    w.last().hello('a');
    await w.advance(0);
    expect(w.calls).toStrictEqual([
      { method: 'POST', streamId: 'a', subId: subIdFor(NS) },
      { method: 'DELETE', streamId: 'a', subId: subIdFor(PODS) },
    ]);
  });

  it('names the views a server refused in its hello, and does not POST them again', async () => {
    const w = world();
    w.client.subscribe(PODS, () => {});
    await w.advance(0);
    w.last().hello('a', [subIdFor(PODS)]);
    await w.advance(0);
    expect([w.calls, w.warnings]).toStrictEqual([[], [['subscription rejected', subIdFor(PODS)]]]);
  });

  it('records when an open stream broke, for "stale since", and reports each status change once', async () => {
    const w = world();
    const seen: string[] = [];
    w.client.onStatus((s) => seen.push(s));
    w.client.subscribe(PODS, () => {});
    await w.advance(5);
    w.last().hello('a');
    await w.advance(1000);
    w.last().fail();
    await w.advance(RECONNECT_MS);
    w.last().fail();
    await w.advance(RECONNECT_MS);
    w.last().hello('b');
    expect([seen, w.client.brokeAt]).toStrictEqual([['open', 'reconnecting', 'open'], 1005]);
  });
});

describe('streamUrl', () => {
  it('carries the views as JSON [[subId, spec], …] in ?subs=, and leaves out those past the URL limit for a POST', () => {
    const big = (i: number): [string, Record<string, unknown>] => [`view=pod;name=${String(i)}`, { view: 'pod', namespace: 'n', name: `${'x'.repeat(240)}${i}` }];
    const views = Array.from({ length: 40 }, (_, i) => big(i));
    const { url, included } = streamUrl(views);
    const carried = JSON.parse(new URL(url, 'http://x').searchParams.get(STREAM_SUBS_PARAM) ?? '[]') as [string, unknown][];
    expect([url.length <= MAX_STREAM_URL, included.length > 0, included.length < 40, carried.map(([id]) => id)]).toStrictEqual([true, true, true, included]);
    expect(carried[0]).toStrictEqual(views[0]);
    expect(streamUrl([]).url).toBe('/api/stream');
  });

  it('takes the stream the page opened before hydration as its first: what it already brought reaches the view, and no second stream is opened', async () => {
    const es = new FakeES(streamUrl([[subIdFor(PODS), PODS]]).url);
    const w = world(undefined, { url: es.url, included: [subIdFor(PODS)], es, hello: '{"streamId":"early"}', messages: [JSON.stringify([snapshot(subIdFor(PODS), 'p1')])], failed: false, adopted: false });
    const got: string[] = [];
    w.client.subscribe(PODS, (m) => got.push(...m.map((x) => x.type)));
    await w.advance(DELIVER_MS);
    // Later messages come through the same stream.
    es.send([{ sub: subIdFor(PODS), type: 'upsert', item: { uid: 'p2' } }]);
    await w.advance(DELIVER_MS);
    expect([w.streams.length, w.client.status, w.client.opened, w.calls, got]).toStrictEqual([0, 'open', 1, [], ['snapshot', 'upsert']]);
  });

  it('reconciles an early stream with the page’s views after its hello: a view it lacks is POSTed, one nobody wants is removed', async () => {
    const es = new FakeES(streamUrl([[subIdFor(NODES), NODES]]).url);
    const w = world(undefined, { url: es.url, included: [subIdFor(NODES)], es, hello: null, messages: [], failed: false, adopted: false });
    w.client.subscribe(PODS, () => {});
    await w.advance(0);
    es.hello('early');
    await w.advance(0);
    expect([w.streams.length, w.calls]).toStrictEqual([
      0,
      [
        { method: 'POST', streamId: 'early', subId: subIdFor(PODS) },
        { method: 'DELETE', streamId: 'early', subId: subIdFor(NODES) },
      ],
    ]);
  });

  it('closes an early stream that failed before hydration and opens its own', async () => {
    const es = new FakeES('/api/stream');
    const w = world(undefined, { url: es.url, included: [], es, hello: null, messages: [], failed: true, adopted: false });
    w.client.subscribe(PODS, () => {});
    await w.advance(0);
    expect([es.closed, w.streams.length, w.last().views]).toStrictEqual([true, 1, [subIdFor(PODS)]]);
  });
});
