/**
 * Set-based label selectors (metav1.LabelSelector, and the node selector
 * requirements of node affinity), parsed, printed and matched the way
 * k8s.io/apimachinery does it:
 * - pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector, FormatLabelSelector
 * - pkg/labels/selector.go NewRequirement, Requirement.String, Requirement.Matches,
 *   internalSelector.Add (requirements sorted by key) and String (joined by ",").
 */
import type { V1LabelSelector } from '@kubernetes/client-node';
import type { Labels } from '../selector';

/** selection.Operator as the label package spells it. */
export type SelectorOperator = '=' | 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';

/** One parsed requirement, e.g. { key: 'app', operator: 'in', values: ['web'] }. */
export interface LabelRequirement {
  key: string;
  operator: SelectorOperator;
  values: string[];
}

/** A parsed selector: `nothing` matches no object (a nil selector), else every requirement must hold. */
export type ParsedSelector =
  | { kind: 'nothing' }
  | { kind: 'requirements'; requirements: LabelRequirement[] }
  | { kind: 'invalid'; error: string };

const LABEL_SELECTOR_OPERATORS: Readonly<Record<string, SelectorOperator>> = {
  In: 'in',
  NotIn: 'notin',
  Exists: 'exists',
  DoesNotExist: '!',
};

/** Node selector operators (core/v1 NodeSelectorOperator) add Gt and Lt. */
const NODE_SELECTOR_OPERATORS: Readonly<Record<string, SelectorOperator>> = {
  ...LABEL_SELECTOR_OPERATORS,
  Gt: 'gt',
  Lt: 'lt',
};

// validation.IsQualifiedName / IsValidLabelValue (apimachinery pkg/util/validation).
const NAME_PART = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const INTEGER = /^[-+]?\d+$/;

function isQualifiedName(key: string): boolean {
  const parts = key.split('/');
  if (parts.length > 2) return false;
  const name = parts.length === 2 ? parts[1]! : parts[0]!;
  if (parts.length === 2) {
    const prefix = parts[0]!;
    if (prefix.length === 0 || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)) return false;
  }
  return name.length > 0 && name.length <= 63 && NAME_PART.test(name);
}

function isLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && NAME_PART.test(value));
}

/**
 * labels.NewRequirement's checks: a valid key, the value count each operator
 * needs, integer values for gt/lt, and valid label values. Returns the error
 * text, or null.
 */
function requirementError(r: LabelRequirement): string | null {
  if (!isQualifiedName(r.key)) return `invalid label key "${r.key}"`;
  switch (r.operator) {
    case 'in':
    case 'notin':
      if (r.values.length === 0) return "for 'in', 'notin' operators, values set can't be empty";
      break;
    case '=':
      if (r.values.length !== 1) return 'exact-match compatibility requires one single value';
      break;
    case 'exists':
    case '!':
      if (r.values.length !== 0) return 'values set must be empty for exists and does not exist';
      break;
    case 'gt':
    case 'lt':
      if (r.values.length !== 1) return "for 'Gt', 'Lt' operators, exactly one value is required";
      if (!INTEGER.test(r.values[0]!)) return "for 'Gt', 'Lt' operators, the value must be an integer";
      break;
  }
  const bad = r.values.find((v) => !isLabelValue(v));
  return bad === undefined ? null : `invalid label value "${bad}"`;
}

/** Go's sort.Strings order: byte-wise, which for label keys and values (ASCII) is code-unit order. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** internalSelector.Add sorts by key; a stable sort keeps matchLabels before matchExpressions for one key. */
function sortByKey(requirements: LabelRequirement[]): LabelRequirement[] {
  return requirements
    .map((r, i) => ({ r, i }))
    .sort((a, b) => compareStrings(a.r.key, b.r.key) || a.i - b.i)
    .map((x) => x.r);
}

/**
 * Parses a LabelSelector as metav1.LabelSelectorAsSelector does: a missing
 * selector selects nothing, an empty one selects everything (no requirements),
 * matchLabels become `key=value` requirements, matchExpressions keep their
 * operator; the result is sorted by key.
 * @example parseLabelSelector({ matchLabels: { app: 'web' } })
 *   // { kind: 'requirements', requirements: [{ key: 'app', operator: '=', values: ['web'] }] }
 */
export function parseLabelSelector(selector: V1LabelSelector | null | undefined): ParsedSelector {
  if (!selector) return { kind: 'nothing' };
  const requirements: LabelRequirement[] = Object.entries(selector.matchLabels ?? {}).map(([key, value]) => ({
    key,
    operator: '=',
    values: [value],
  }));
  for (const expr of selector.matchExpressions ?? []) {
    const operator = LABEL_SELECTOR_OPERATORS[expr.operator];
    if (!operator) return { kind: 'invalid', error: `"${expr.operator}" is not a valid label selector operator` };
    requirements.push({ key: expr.key, operator, values: [...(expr.values ?? [])] });
  }
  for (const r of requirements) {
    const error = requirementError(r);
    if (error) return { kind: 'invalid', error };
  }
  return { kind: 'requirements', requirements: sortByKey(requirements) };
}

/**
 * Parses node selector requirements (matchExpressions of a node selector term)
 * as component-helpers nodeaffinity nodeSelectorRequirementsAsSelector does:
 * an empty list selects nothing; Gt and Lt are allowed.
 * @example parseNodeSelectorRequirements([{ key: 'zone', operator: 'In', values: ['a'] }]).kind // 'requirements'
 */
export function parseNodeSelectorRequirements(
  expressions: readonly { key: string; operator: string; values?: string[] }[],
): ParsedSelector {
  if (expressions.length === 0) return { kind: 'nothing' };
  const requirements: LabelRequirement[] = [];
  for (const expr of expressions) {
    const operator = NODE_SELECTOR_OPERATORS[expr.operator];
    if (!operator) return { kind: 'invalid', error: `Unsupported value: "${expr.operator}"` };
    const r: LabelRequirement = { key: expr.key, operator, values: [...(expr.values ?? [])] };
    const error = requirementError(r);
    if (error) return { kind: 'invalid', error };
    requirements.push(r);
  }
  return { kind: 'requirements', requirements: sortByKey(requirements) };
}

/**
 * Requirement.String: `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, `k>1`, `k<1`; several values sorted.
 * @example requirementString({ key: 'tier', operator: 'in', values: ['fe', 'be'] }) // 'tier in (be,fe)'
 */
export function requirementString(r: LabelRequirement): string {
  const values = r.values.length === 1 ? r.values[0]! : [...r.values].sort(compareStrings).join(',');
  switch (r.operator) {
    case '=':
      return `${r.key}=${values}`;
    case 'in':
      return `${r.key} in (${values})`;
    case 'notin':
      return `${r.key} notin (${values})`;
    case 'exists':
      return r.key;
    case '!':
      return `!${r.key}`;
    case 'gt':
      return `${r.key}>${values}`;
    case 'lt':
      return `${r.key}<${values}`;
  }
}

/**
 * A parsed selector as labels.Selector.String() prints it: "" for nothing and for everything.
 * @example selectorString(parseLabelSelector({ matchLabels: { b: '2', a: '1' } })) // 'a=1,b=2'
 */
export function selectorString(parsed: ParsedSelector): string {
  return parsed.kind === 'requirements' ? parsed.requirements.map(requirementString).join(',') : '';
}

/**
 * metav1.FormatLabelSelector, used by the -o wide SELECTOR column of
 * ReplicaSets, DaemonSets, Jobs and CronJobs: "<none>" when it prints empty,
 * "<error>" when it does not parse.
 * @example formatLabelSelector({ matchLabels: { foo: 'bar' } }) // 'foo=bar'; formatLabelSelector(undefined) // '<none>'
 */
export function formatLabelSelector(selector: V1LabelSelector | null | undefined): string {
  const parsed = parseLabelSelector(selector);
  if (parsed.kind === 'invalid') return '<error>';
  return selectorString(parsed) || '<none>';
}

/**
 * Requirement.Matches: In needs the key with one of the values; NotIn and
 * DoesNotExist also hold when the key is absent; Gt/Lt compare the label
 * value as an integer and fail when it is not one.
 * @example requirementMatches({ key: 'env', operator: 'notin', values: ['prod'] }, {}) // true
 */
export function requirementMatches(r: LabelRequirement, labels: Labels | undefined): boolean {
  const has = labels !== undefined && Object.hasOwn(labels, r.key);
  const value = has ? (labels[r.key] ?? '') : undefined;
  switch (r.operator) {
    case '=':
    case 'in':
      return has && r.values.includes(value!);
    case 'notin':
      return !has || !r.values.includes(value!);
    case 'exists':
      return has;
    case '!':
      return !has;
    case 'gt':
    case 'lt': {
      if (!has || !INTEGER.test(value!)) return false;
      const actual = BigInt(value!);
      const wanted = BigInt(r.values[0]!);
      return r.operator === 'gt' ? actual > wanted : actual < wanted;
    }
  }
}

/**
 * Whether a parsed selector selects an object with these labels: nothing
 * never matches, no requirements always match, an invalid selector never matches.
 * @example selectorMatches(parseLabelSelector({ matchLabels: { app: 'web' } }), { app: 'web', x: 'y' }) // true
 */
export function selectorMatches(parsed: ParsedSelector, labels: Labels | undefined): boolean {
  return parsed.kind === 'requirements' && parsed.requirements.every((r) => requirementMatches(r, labels));
}
