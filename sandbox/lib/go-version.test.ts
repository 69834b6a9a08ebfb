import { describe, expect, it } from 'vitest';
import { goAtLeast, parseGoVersion } from './go-version';

describe('Go version checks', () => {
  it('parses go version output, including versions without a patch number', () => {
    expect(parseGoVersion('go version go1.26.8 linux/amd64')).toStrictEqual([1, 26, 8]);
    expect(parseGoVersion('go version go1.27 darwin/arm64')).toStrictEqual([1, 27, 0]);
    expect(parseGoVersion('bash: go: command not found')).toBeUndefined();
  });

  it('accepts the minimum and newer, rejects older', () => {
    expect(goAtLeast([1, 26, 0], '1.26')).toBe(true);
    expect(goAtLeast([1, 27, 1], '1.26')).toBe(true);
    expect(goAtLeast([1, 25, 9], '1.26')).toBe(false);
    expect(goAtLeast([2, 0, 0], '1.26')).toBe(true);
  });
});
