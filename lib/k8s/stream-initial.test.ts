import { describe, expect, it } from 'vitest';
import { MAX_INITIAL_SUBS, parseInitialSubscriptions } from './stream-initial';

const param = (list: unknown) => JSON.stringify(list);

describe('parseInitialSubscriptions', () => {
  it('reads [[subId, spec], …] into the subscriptions a stream starts with, each spec checked like a POSTed one', () => {
    expect(parseInitialSubscriptions(param([['namespace=default;view=pods', { view: 'pods', namespace: 'default' }], ['view=nodes', { view: 'nodes' }]]))).toStrictEqual({
      subs: [
        { subId: 'namespace=default;view=pods', spec: { view: 'pods', context: undefined, namespace: 'default' } },
        { subId: 'view=nodes', spec: { view: 'nodes', context: undefined } },
      ],
      rejected: [],
    });
  });

  it('refuses a bad entry alone and names it, keeping the others: an unknown view, a bad namespace', () => {
    const r = parseInitialSubscriptions(param([['a', { view: 'no-such-view' }], ['b', { view: 'nodes' }], ['c', { view: 'pods', namespace: 'Not_A_Namespace' }]]));
    expect([r.subs.map((s) => s.subId), r.rejected]).toStrictEqual([['b'], ['a', 'c']]);
  });

  it('drops entries it cannot even name (a bad id, not a pair) and counts a repeated id once', () => {
    const r = parseInitialSubscriptions(param([['has space', { view: 'nodes' }], ['x'.repeat(201), { view: 'nodes' }], 'view=nodes', ['n', { view: 'nodes' }, 'extra'], ['n', { view: 'nodes' }], ['n', { view: 'cluster' }]]));
    expect([r.subs, r.rejected]).toStrictEqual([[{ subId: 'n', spec: { view: 'nodes', context: undefined } }], []]);
  });

  it(`starts at most ${MAX_INITIAL_SUBS} views and names the rest as refused`, () => {
    const r = parseInitialSubscriptions(param(Array.from({ length: MAX_INITIAL_SUBS + 2 }, (_, i) => [`s${i}`, { view: 'nodes' }])));
    expect([r.subs.length, r.rejected]).toStrictEqual([MAX_INITIAL_SUBS, [`s${MAX_INITIAL_SUBS}`, `s${MAX_INITIAL_SUBS + 1}`]]);
  });

  it('starts an empty stream for a missing, unreadable or non-list parameter', () => {
    const empty = { subs: [], rejected: [] };
    expect([null, '', '[[', '{"a":1}', '"x"'].map((raw) => parseInitialSubscriptions(raw))).toStrictEqual([empty, empty, empty, empty, empty]);
  });
});
