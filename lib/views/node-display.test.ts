import { describe, expect, it } from 'vitest';
import { nodeTaints } from '../explain/node-taints';
import { formatTaint } from './node-display';
import { demoNodes } from './node-views.testdata';

describe('formatTaint', () => {
  it('writes the control-plane taint as kubectl does, without a value', () => {
    expect(nodeTaints(demoNodes[0]!).map(formatTaint)).toStrictEqual(['node-role.kubernetes.io/control-plane:NoSchedule']);
  });

  it('puts a value between the key and the effect', () => {
    expect(formatTaint({ key: 'dedicated', value: 'gpu', effect: 'NoExecute' })).toBe('dedicated=gpu:NoExecute');
  });
});
