import { describe, expect, it } from 'vitest';
import { parseViewSpec } from './subscriptions';

describe('parseViewSpec', () => {
  it('accepts the views the UI subscribes to', () => {
    expect(parseViewSpec({ view: 'pods', context: 'kind-kind', namespace: 'default' })).toStrictEqual({ view: 'pods', context: 'kind-kind', namespace: 'default' });
    expect(parseViewSpec({ view: 'pods', namespace: '' })).toStrictEqual({ view: 'pods', context: undefined, namespace: undefined });
    expect(parseViewSpec({ view: 'pod', namespace: 'explain-demo', name: 'crash-loop' })).toStrictEqual({ view: 'pod', context: undefined, namespace: 'explain-demo', name: 'crash-loop' });
  });

  it('rejects unknown views, bad names and path tricks', () => {
    expect(parseViewSpec({ view: 'secrets' })).toBeNull();
    expect(parseViewSpec({ view: 'pods', namespace: '../kube-system' })).toBeNull();
    expect(parseViewSpec({ view: 'pod', namespace: 'default' })).toBeNull();
    expect(parseViewSpec({ view: 'pod', namespace: 'default', name: 'A_B' })).toBeNull();
    expect(parseViewSpec('pods')).toBeNull();
    expect(parseViewSpec(null)).toBeNull();
  });
});
