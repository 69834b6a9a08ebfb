import { describe, expect, it } from 'vitest';
import { en, t, zh, type MessageKey } from './messages';

describe('UI messages', () => {
  it('has every English key in Chinese with non-empty text', () => {
    const missing = (Object.keys(en) as MessageKey[]).filter((k) => !zh[k]?.trim());
    expect(missing).toStrictEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = (Object.keys(en) as MessageKey[]).filter((k) => names(en[k]).join() !== names(zh[k]).join());
    expect(mismatched).toStrictEqual([]);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('zh', 'pods.count', { shown: 3, total: 9 })).toBe('共 9 个 Pod，显示 3 个');
    expect(t('en', 'conn.staleSince', {})).toBe('stale since {time}');
  });
});
