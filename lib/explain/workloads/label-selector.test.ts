import { describe, expect, it } from 'vitest';
import {
  formatLabelSelector,
  parseLabelSelector,
  parseNodeSelectorRequirements,
  requirementMatches,
  selectorMatches,
  selectorString,
} from './label-selector';

describe('parseLabelSelector', () => {
  it('turns matchLabels into equality requirements and sorts every requirement by key', () => {
    expect(
      parseLabelSelector({ matchLabels: { tier: 'fe', app: 'web' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }] }),
    ).toStrictEqual({
      kind: 'requirements',
      requirements: [
        { key: 'app', operator: '=', values: ['web'] },
        { key: 'env', operator: 'in', values: ['prod'] },
        { key: 'tier', operator: '=', values: ['fe'] },
      ],
    });
  });

  it('selects nothing when the selector is missing and everything when it is empty', () => {
    expect(parseLabelSelector(undefined)).toStrictEqual({ kind: 'nothing' });
    expect(parseLabelSelector({})).toStrictEqual({ kind: 'requirements', requirements: [] });
  });

  it('rejects unknown operators, value counts that do not fit the operator, and invalid keys', () => {
    expect(parseLabelSelector({ matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] })).toStrictEqual({
      kind: 'invalid',
      error: '"Gt" is not a valid label selector operator',
    });
    expect(parseLabelSelector({ matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] }).kind).toBe('invalid');
    expect(parseLabelSelector({ matchLabels: { 'bad key': 'x' } }).kind).toBe('invalid');
  });
});

describe('formatLabelSelector and selectorString', () => {
  it('print every operator the way labels.Requirement.String does, with several values sorted', () => {
    const parsed = parseLabelSelector({
      matchExpressions: [
        { key: 'b', operator: 'In', values: ['z', 'y'] },
        { key: 'a', operator: 'DoesNotExist' },
        { key: 'c', operator: 'NotIn', values: ['q'] },
        { key: 'd', operator: 'Exists' },
      ],
    });
    expect(selectorString(parsed)).toBe('!a,b in (y,z),c notin (q),d');
  });

  it('prints <none> for an empty or missing selector and <error> for an invalid one', () => {
    expect([formatLabelSelector({}), formatLabelSelector(undefined), formatLabelSelector({ matchLabels: { '/x': 'y' } })]).toStrictEqual([
      '<none>',
      '<none>',
      '<error>',
    ]);
  });
});

describe('requirementMatches and selectorMatches', () => {
  it('treats NotIn and DoesNotExist as matching when the key is absent, In and Exists as not', () => {
    const labels = { app: 'web' };
    expect([
      requirementMatches({ key: 'env', operator: 'notin', values: ['prod'] }, labels),
      requirementMatches({ key: 'env', operator: '!', values: [] }, labels),
      requirementMatches({ key: 'env', operator: 'in', values: ['prod'] }, labels),
      requirementMatches({ key: 'env', operator: 'exists', values: [] }, labels),
    ]).toStrictEqual([true, true, false, false]);
  });

  it('compares Gt and Lt as integers and fails on a label value that is not one', () => {
    expect([
      requirementMatches({ key: 'cpus', operator: 'gt', values: ['4'] }, { cpus: '16' }),
      requirementMatches({ key: 'cpus', operator: 'lt', values: ['4'] }, { cpus: '16' }),
      requirementMatches({ key: 'cpus', operator: 'gt', values: ['4'] }, { cpus: 'many' }),
    ]).toStrictEqual([true, false, false]);
  });

  it('never matches with a missing selector and always matches with an empty one', () => {
    expect(selectorMatches(parseLabelSelector(undefined), { app: 'web' })).toBe(false);
    expect(selectorMatches(parseLabelSelector({}), {})).toBe(true);
  });
});

describe('parseNodeSelectorRequirements', () => {
  it('accepts Gt and Lt, and selects nothing for an empty list', () => {
    expect(parseNodeSelectorRequirements([{ key: 'cpus', operator: 'Gt', values: ['2'] }])).toStrictEqual({
      kind: 'requirements',
      requirements: [{ key: 'cpus', operator: 'gt', values: ['2'] }],
    });
    expect(parseNodeSelectorRequirements([])).toStrictEqual({ kind: 'nothing' });
  });
});
