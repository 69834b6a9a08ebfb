import { describe, expect, it } from 'vitest';
import { parseTabParam, tabHref } from './tabs';

const TABS = ['overview', 'pods', 'events', 'yaml'] as const;

describe('parseTabParam', () => {
  it('opens the named tab, or the first one for a missing or unknown name', () => {
    expect([parseTabParam('events', TABS), parseTabParam(null, TABS), parseTabParam(undefined, TABS), parseTabParam('secrets', TABS), parseTabParam('', TABS)]).toStrictEqual(['events', 'overview', 'overview', 'overview', 'overview']);
  });
});

describe('tabHref', () => {
  it('sets tab= and keeps the language and other parameters', () => {
    expect(tabHref('lang=zh&namespace=demo', 'events', 'overview')).toBe('?lang=zh&namespace=demo&tab=events');
  });

  it('drops tab= for the default tab, leaving a bare "?" when nothing else remains', () => {
    expect([tabHref('tab=events&lang=zh', 'overview', 'overview'), tabHref('tab=events', 'overview', 'overview')]).toStrictEqual(['?lang=zh', '?']);
  });

  it("removes the parameters that belong to the tab being left", () => {
    expect(tabHref('tab=logs&container=app&previous=1&lang=zh', 'events', 'overview', ['container', 'previous'])).toBe('?tab=events&lang=zh');
  });
});
