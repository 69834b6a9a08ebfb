import { describe, expect, it } from 'vitest';
import { age } from './age';

const now = new Date('2026-11-26T01:02:00Z');

describe('age', () => {
  it('formats ages the way kubectl does', () => {
    expect(age('2026-11-26T01:00:00Z', now)).toBe('2m');
    expect(age('2026-11-26T01:01:30Z', now)).toBe('30s');
    expect(age(null, now)).toBe('<unknown>');
  });
});
