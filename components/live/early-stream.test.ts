import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { earlyStreamScript, type EarlyStream } from './early-stream';
import { streamUrl, subIdFor } from './stream-client';

/** An EventSource the script can open in a sandboxed window; the test fires its events. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onmessage: ((ev: { data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private hello: ((ev: { data: string }) => void)[] = [];
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(_type: 'hello', l: (ev: { data: string }) => void): void {
    this.hello.push(l);
  }
  close(): void {
    this.closed = true;
  }
  fireHello(data: string): void {
    this.hello.forEach((l) => l({ data }));
  }
}

/** Runs the script in a fresh window: what it left there and the streams it opened. */
function run(script: string, window: Record<string, unknown> = {}) {
  FakeEventSource.opened = [];
  window.window = window;
  window.EventSource = FakeEventSource;
  runInNewContext(script, window);
  return { early: window.__keEarly as EarlyStream | undefined, opened: FakeEventSource.opened };
}

/** The early stream's data fields as plain values of this realm (the script's arrays come from the sandbox's). */
function fields(e: EarlyStream | undefined) {
  return e && { url: e.url, included: [...e.included], hello: e.hello, messages: [...e.messages], failed: e.failed };
}

const PODS = { view: 'pods', context: 'kind-kind', namespace: '' };

describe('earlyStreamScript', () => {
  it('opens one stream for the page’s views at the URL the tab’s client would open, and keeps its hello and messages in order', () => {
    const { early, opened } = run(earlyStreamScript([PODS]));
    const es = opened[0] as FakeEventSource;
    es.fireHello('{"streamId":"s1"}');
    es.onmessage?.({ data: '[1]' });
    es.onmessage?.({ data: '[2]' });
    const { url, included } = streamUrl([[subIdFor(PODS), PODS]]);
    expect([opened.length, es.url, fields(early)]).toStrictEqual([1, url, { url, included, hello: '{"streamId":"s1"}', messages: ['[1]', '[2]'], failed: false }]);
  });

  it('closes a stream that fails before the client takes it, and says so', () => {
    const { early, opened } = run(earlyStreamScript([PODS]));
    (opened[0] as FakeEventSource).onerror?.();
    expect([early?.failed, (opened[0] as FakeEventSource).closed]).toStrictEqual([true, true]);
  });

  it('keeps nothing more once the client has taken the stream', () => {
    const { early, opened } = run(earlyStreamScript([PODS]));
    const es = opened[0] as FakeEventSource;
    (early as EarlyStream).adopted = true;
    es.fireHello('{"streamId":"late"}');
    es.onmessage?.({ data: '[1]' });
    es.onerror?.();
    expect([fields(early)?.hello, fields(early)?.messages, early?.failed, es.closed]).toStrictEqual([null, [], false, false]);
  });

  it('opens nothing when the tab’s client already has a stream, or the page already opened one', () => {
    expect(run(earlyStreamScript([PODS]), { __keStreamOpened: true }).opened).toHaveLength(0);
    const first = run(earlyStreamScript([PODS]));
    expect(run(earlyStreamScript([PODS]), { __keEarly: first.early }).opened).toHaveLength(0);
  });

  it('cannot be ended early by a view name: no "<" reaches the script text', () => {
    const script = earlyStreamScript([{ view: 'pods', context: '</script><script>alert(1)</script>' }]);
    const { opened } = run(script);
    expect([script.includes('<'), opened.length, decodeURIComponent((opened[0] as FakeEventSource).url).includes('</script><script>alert(1)</script>')]).toStrictEqual([false, 1, true]);
  });
});
