import { describe, expect, it } from 'vitest';
import { parseTab, POD_TAB_PARAMS, tabQuery, withParams } from './pod-tabs';
import { tabHref } from './tabs';

describe('parseTab', () => {
  it('reads known tabs and falls back to overview', () => {
    expect([parseTab('logs'), parseTab('yaml'), parseTab(null), parseTab('secrets')]).toStrictEqual(['logs', 'yaml', 'overview', 'overview']);
  });
});

describe('tabQuery', () => {
  it('keeps the language and drops log options when leaving the logs tab', () => {
    expect(tabQuery('lang=zh&tab=logs&container=app&previous=1', 'events')).toBe('?lang=zh&tab=events');
    expect(tabQuery('lang=zh&tab=events', 'overview')).toBe('?lang=zh');
    expect(tabQuery('', 'overview')).toBe('?');
    expect(tabQuery('container=app', 'logs')).toBe('?container=app&tab=logs');
  });
});

describe('withParams', () => {
  it('sets and removes parameters', () => {
    expect(withParams('tab=logs&previous=1', { container: 'app', previous: null })).toBe('?tab=logs&container=app');
  });
});

describe('the timeline tab', () => {
  it('is a known tab whose replay moment (?at=) is its own parameter, dropped when another tab opens', () => {
    expect(parseTab('timeline')).toBe('timeline');
    expect(POD_TAB_PARAMS.timeline).toStrictEqual(['at']);
    expect(tabHref('tab=timeline&at=2026-12-03T15%3A00%3A05Z&lang=zh', 'events', 'overview', POD_TAB_PARAMS.timeline)).toBe('?tab=events&lang=zh');
  });
});
