import { describe, expect, it } from 'vitest';
import { clampText } from './clamp-text';

describe('clampText', () => {
  it('keeps a text within the limit whole', () => {
    expect(clampText('Back-off restarting failed container app', 100)).toStrictEqual({ text: 'Back-off restarting failed container app', omitted: 0 });
  });

  it('cuts a longer text at the limit and counts what it left out', () => {
    expect(clampText(`<script>x</script>${'m'.repeat(1024 * 1024)}`, 4096)).toStrictEqual({ text: `<script>x</script>${'m'.repeat(4096 - 18)}`, omitted: 18 + 1024 * 1024 - 4096 });
  });

  it('never splits a surrogate pair: the emoji straddling the limit goes whole into the omitted part', () => {
    expect(clampText('ab\u{1F600}cd', 3)).toStrictEqual({ text: 'ab', omitted: 4 });
  });
});
