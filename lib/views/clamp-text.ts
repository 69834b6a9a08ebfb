/**
 * A free-text cluster value cut to what a page shows. An Event's message has
 * no length limit in core/v1 (the apiserver stored a 1 MiB one; only
 * events.k8s.io/v1 caps its note at 1024 characters), and a view model that
 * carries it whole is resent over the stream on every change of its inputs.
 */
export interface ClampedText {
  text: string;
  /** Characters (UTF-16 code units) left out; 0 when the text is whole. */
  omitted: number;
}

/**
 * Keeps the first `max` characters of `text` and counts the rest. A cut
 * never splits a surrogate pair, so the kept part is valid Unicode.
 * @example clampText('abcdef', 4) // { text: 'abcd', omitted: 2 }
 * @example clampText('abc', 4) // { text: 'abc', omitted: 0 }
 */
export function clampText(text: string, max: number): ClampedText {
  if (text.length <= max) return { text, omitted: 0 };
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), omitted: text.length - end };
}
