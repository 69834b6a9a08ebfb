import { describe, expect, it } from 'vitest';
import { openStream, streamSubscribe, streamUnsubscribe } from '../k8s/stream-hub';
import type { ResourceSubscriber } from '../k8s/live';
import { streamOwner } from './request';

const quiet: ResourceSubscriber = () => () => {};
const session = (username: string) => ({ principal: { username, uid: `${username}-uid`, groups: [] }, context: 'sandbox', issuedAt: 0, expiresAt: 10 });

async function open(owner?: string): Promise<{ id: string; close: () => void }> {
  const abort = new AbortController();
  const reader = openStream(abort.signal, { subscribe: quiet, owner }).getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  const id = (JSON.parse(/data: (.*)\n/.exec(first)![1]!) as { streamId: string }).streamId;
  return { id, close: () => abort.abort() };
}

describe('stream ownership', () => {
  it("lets only the tab's own person add or remove its subscriptions", async () => {
    const tab = await open(streamOwner(session('ana')));
    try {
      expect(streamSubscribe(tab.id, 'p', { view: 'pods' }, streamOwner(session('bo')))).toBe(false);
      expect(streamSubscribe(tab.id, 'p', { view: 'pods' })).toBe(false);
      expect(streamUnsubscribe(tab.id, 'p', streamOwner(session('bo')))).toBe(false);
      expect(streamSubscribe(tab.id, 'p', { view: 'pods' }, streamOwner(session('ana')))).toBe(true);
    } finally {
      tab.close();
    }
  });
  it('keeps an unowned tab (AUTH=none) open to unowned requests only', async () => {
    const tab = await open();
    try {
      expect(streamSubscribe(tab.id, 'p', { view: 'pods' })).toBe(true);
      expect(streamSubscribe(tab.id, 'q', { view: 'pods' }, streamOwner(session('ana')))).toBe(false);
    } finally {
      tab.close();
    }
  });
  it('names an owner by username, uid and context', () => {
    expect(streamOwner(null)).toBeUndefined();
    expect(streamOwner(session('ana'))).not.toBe(streamOwner({ ...session('ana'), context: 'prod' }));
  });
});
