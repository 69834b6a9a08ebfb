import { describe, expect, it } from 'vitest';
import { parseTab, tabQuery, withParams } from './pod-tabs';

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
