/**
 * The tab a `?tab=` value names among a page's tabs; the first (the
 * default) when missing or unknown, so an old or mistyped link still opens.
 * @example parseTabParam('logs', ['overview', 'logs']) → 'logs'; parseTabParam('secrets', ['overview', 'logs']) → 'overview'
 */
export function parseTabParam<Id extends string>(value: string | null | undefined, tabs: readonly [Id, ...Id[]]): Id {
  return tabs.includes(value as Id) ? (value as Id) : tabs[0];
}

/**
 * The query string that opens a tab, keeping the other parameters (lang…):
 * the default tab has no `tab=`, and parameters that belong to other tabs
 * (`drop`, e.g. the logs tab's container) are removed.
 * @example tabHref('lang=zh&tab=logs&container=app', 'events', 'overview', ['container']) → '?lang=zh&tab=events'
 */
export function tabHref(current: string, tab: string, defaultTab: string | undefined, drop: readonly string[] = []): string {
  const q = new URLSearchParams(current);
  if (tab === defaultTab) q.delete('tab');
  else q.set('tab', tab);
  for (const k of drop) q.delete(k);
  const s = q.toString();
  return s ? `?${s}` : '?';
}
