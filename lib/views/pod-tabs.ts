import { parseTabParam, tabHref } from './tabs';

/** The Pod page's sections; the open one is `?tab=` so a link shows the same view. */
export const POD_TABS = ['overview', 'containers', 'probes', 'volumes', 'events', 'timeline', 'logs', 'yaml', 'commands'] as const;

export type PodTab = (typeof POD_TABS)[number];

/**
 * The tab a query value names, overview when missing or unknown.
 * @example parseTab('logs') → 'logs'; parseTab('secrets') → 'overview'
 */
export function parseTab(value: string | null | undefined): PodTab {
  return parseTabParam(value, POD_TABS);
}

/** Parameters only one tab reads (the logs tab's container, the timeline's replay moment); leaving it drops them. */
export const POD_TAB_PARAMS: Partial<Record<PodTab, readonly string[]>> = { logs: ['container', 'previous'], timeline: ['at'] };

/**
 * The query string for a tab, keeping the other parameters (lang, container…);
 * tab-specific ones (container, previous) are dropped when leaving the logs tab.
 * @example tabQuery('lang=zh&tab=logs&container=app', 'events') → '?lang=zh&tab=events'
 */
export function tabQuery(current: string, tab: PodTab): string {
  return tabHref(current, tab, 'overview', tab === 'logs' ? [] : POD_TAB_PARAMS.logs);
}

/**
 * The query string with some parameters set (or removed when null).
 * @example withParams('tab=logs', { container: 'app', previous: '1' }) → '?tab=logs&container=app&previous=1'
 */
export function withParams(current: string, params: Record<string, string | null>): string {
  const q = new URLSearchParams(current);
  for (const [k, v] of Object.entries(params)) {
    if (v === null) q.delete(k);
    else q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '?';
}
