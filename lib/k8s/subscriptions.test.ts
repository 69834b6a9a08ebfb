import { describe, expect, it } from 'vitest';
import { parseSubscriptionSpec } from './subscriptions';

describe('parseSubscriptionSpec', () => {
  it('accepts the views the UI subscribes to', () => {
    expect(parseSubscriptionSpec({ view: 'pods', context: 'kind-kind', namespace: 'default' })).toStrictEqual({ view: 'pods', context: 'kind-kind', namespace: 'default' });
    expect(parseSubscriptionSpec({ view: 'pods', namespace: '' })).toStrictEqual({ view: 'pods', context: undefined, namespace: undefined });
    expect(parseSubscriptionSpec({ view: 'pod', namespace: 'explain-demo', name: 'crash-loop' })).toStrictEqual({ view: 'pod', context: undefined, namespace: 'explain-demo', name: 'crash-loop' });
  });

  it('rejects unknown views, bad names and path tricks', () => {
    expect(parseSubscriptionSpec({ view: 'secrets' })).toBeNull();
    expect(parseSubscriptionSpec({ view: 'pods', namespace: '../kube-system' })).toBeNull();
    expect(parseSubscriptionSpec({ view: 'pod', namespace: 'default' })).toBeNull();
    expect(parseSubscriptionSpec({ view: 'pod', namespace: 'default', name: 'A_B' })).toBeNull();
    expect(parseSubscriptionSpec('pods')).toBeNull();
    expect(parseSubscriptionSpec(null)).toBeNull();
  });
});
