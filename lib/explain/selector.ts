/**
 * Equality-based label selectors as Services use them (spec.selector is a plain
 * map): a pod is selected when it carries every key with exactly that value.
 * See https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors
 */

export type Labels = Readonly<Record<string, string>>;

/** One selector label checked against one object's labels. */
export interface LabelMatch {
  key: string;
  /** The value the selector asks for. */
  wanted: string;
  /** The object's value for the key, null when the key is absent. */
  actual: string | null;
  /** 'missing': key absent; 'different': key present with another value. */
  state: 'match' | 'missing' | 'different';
}

export interface SelectorMatch {
  /** One entry per selector key, in key order (the order kubectl prints). */
  labels: LabelMatch[];
  /** Every selector label matched. An empty selector matches everything, as labels.SelectorFromSet does. */
  matchesAll: boolean;
  /** At least one selector label matched exactly (the UI's "related pods" filter). */
  sharesAny: boolean;
}

/**
 * Checks a selector label by label.
 * @example matchSelector({ app: 'web', tier: 'fe' }, { app: 'web', tier: 'be' })
 *   // { labels: [{ key: 'app', wanted: 'web', actual: 'web', state: 'match' },
 *   //            { key: 'tier', wanted: 'fe', actual: 'be', state: 'different' }],
 *   //   matchesAll: false, sharesAny: true }
 */
export function matchSelector(selector: Labels | undefined, labels: Labels | undefined): SelectorMatch {
  const matches = sortedKeys(selector ?? {}).map((key): LabelMatch => {
    const wanted = selector?.[key] ?? '';
    const actual = labels !== undefined && Object.hasOwn(labels, key) ? (labels[key] ?? '') : null;
    const state = actual === null ? 'missing' : actual === wanted ? 'match' : 'different';
    return { key, wanted, actual, state };
  });
  return {
    labels: matches,
    matchesAll: matches.every((m) => m.state === 'match'),
    sharesAny: matches.some((m) => m.state === 'match'),
  };
}

/**
 * matchSelector's `sharesAny` without building the per-label table: whether
 * at least one selector label is on the object with exactly that value. A
 * cheap first test before matchSelector when most objects share nothing.
 * @example sharesAnyLabel({ app: 'web', tier: 'db' }, { app: 'web' }) // true
 */
export function sharesAnyLabel(selector: Labels | undefined, labels: Labels | undefined): boolean {
  if (labels === undefined || selector === undefined) return false;
  for (const key of Object.keys(selector)) {
    if (Object.hasOwn(labels, key) && (labels[key] ?? '') === (selector[key] ?? '')) return true;
  }
  return false;
}

/**
 * kubectl's rendering of a label map (labels.FormatLabels): sorted key=value
 * pairs joined by commas, "<none>" when empty. Used for the wide SELECTOR column.
 * @example formatLabels({ tier: 'fe', app: 'web' }) // 'app=web,tier=fe'
 */
export function formatLabels(labels: Labels | undefined): string {
  const keys = sortedKeys(labels ?? {});
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${labels?.[k] ?? ''}`).join(',');
}

/** Go's sort.Strings order (byte-wise), which for label keys (ASCII) is code-unit order. */
function sortedKeys(map: Labels): string[] {
  return Object.keys(map).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
