import { describe, expect, it } from 'vitest';
import { subIdFor } from './stream-client';

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
