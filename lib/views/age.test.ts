import { describe, expect, it } from 'vitest';
import { age, restartsText } from './age';

const now = new Date('2026-11-26T01:02:00Z');

describe('age and restarts text', () => {
  it('formats ages the way kubectl does', () => {
    expect(age('2026-11-26T01:00:00Z', now)).toBe('2m');
    expect(age('2026-11-26T01:01:30Z', now)).toBe('30s');
    expect(age(null, now)).toBe('<unknown>');
  });

  it('appends the time since the last restart only when there was one', () => {
    expect(restartsText(4, '2026-11-26T01:00:00Z', now)).toBe('4 (2m ago)');
    expect(restartsText(0, null, now)).toBe('0');
  });
});
