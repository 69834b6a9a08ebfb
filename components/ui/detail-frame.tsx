import Link from 'next/link';
import { useSearchParams } from 'next/navigation';
import { useId, useRef, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { ErrorInfoView, LiveState } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { tabHref } from '@/lib/views/tabs';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLocale } from './page-context';
import { nextTabIndex } from './row-keys';

/** One tab of a detail page. */
export interface DetailTab<Id extends string = string> {
  id: Id;
  label: string;
  /** A count shown after the label, e.g. events (12). */
  count?: number;
}

/** The tabs of a detail page; the open one lives in the URL as `?tab=` (the first tab is the default and has no parameter). */
export interface DetailTabs<Id extends string = string> {
  /** The tab list's accessible name, e.g. 'Pod sections'. */
  label: string;
  items: readonly DetailTab<Id>[];
  /** The open tab, parsed from `?tab=` by the page (an unknown value should fall back to the first). */
  active: Id;
  /** Query parameters that belong to one tab and are dropped when another opens, e.g. `{ logs: ['container', 'previous'] }`. */
  ownParams?: Partial<Record<Id, readonly string[]>>;
}

export interface DetailFrameProps<Id extends string = string> {
  /** The object's kind as the page's language says it, before the name in the heading: 'Pod', 'Service', '节点'. */
  kind: string;
  /** The object's name (the heading). */
  name: string;
  /** Its namespace, shown in the breadcrumb; omit for cluster-scoped objects. */
  namespace?: string;
  /** The breadcrumb's way back: the list this object belongs to. */
  list: { href: string; label: string };
  /** The page's live state, for the connection indicator. */
  state: LiveState | null;
  /** The object's status badge(s), beside the heading; only when the object was found. */
  status?: ReactNode;
  /** Concept chips and other badges after the connection indicator. */
  badges?: ReactNode;
  /** Key facts under the heading (a Facts list). */
  summary?: ReactNode;
  /** A failure of the live view: shown under the header; the last known body stays below it. */
  error?: ErrorInfoView | null;
  /** 'loading' until the first model, 'not-found' when the object does not exist (the page keeps watching), else 'ready'. */
  phase: 'ready' | 'loading' | 'not-found';
  /** What 'loading' says; default: loading from the cluster. */
  loadingText?: string;
  /** What 'not-found' says; the frame adds a link back to `list`. */
  notFound?: { title?: string; body: string; back: string };
  /** Prefix of the frame's test ids: `${testId}-detail`, `${testId}-loading`, `${testId}-not-found`. */
  testId: string;
  /** Content between the header and the tabs (e.g. the diagnoses), only when ready. */
  lead?: ReactNode;
  /** Tabs kept in the URL; without them the children are the whole body. */
  tabs?: DetailTabs<Id>;
  /** The body (the open tab's panel when there are tabs), only when ready. */
  children?: ReactNode;
  /** Content below the body on every tab, only when ready (the relations panel). */
  after?: ReactNode;
  /** Content under the not-found notice (a deleted object's recorded history), only when not found. */
  gone?: ReactNode;
}

/**
 * The frame of every detail page: breadcrumb back to the list, kind and
 * name, status badge, live connection indicator, key facts, the live error,
 * loading and not-found states, and keyboard-accessible tabs kept in the URL.
 */
export function DetailFrame<Id extends string>(p: DetailFrameProps<Id>) {
  const locale = useLocale();
  const ready = p.phase === 'ready';
  return (
    <div className="flex flex-col gap-4" data-testid={ready ? `${p.testId}-detail` : undefined}>
      <header className="flex flex-col gap-2">
        <nav aria-label={t(locale, 'ui.breadcrumb')} className="text-sm">
          <ol className="flex flex-wrap items-center gap-1 text-zinc-700 dark:text-zinc-300">
            <li>
              <Link href={p.list.href} className="underline">
                {p.list.label}
              </Link>
            </li>
            {p.namespace !== undefined && (
              <li className="flex items-center gap-1">
                <span aria-hidden="true">/</span>
                <span className="font-mono">{p.namespace}</span>
              </li>
            )}
          </ol>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-xl font-semibold">
            <span className="font-normal text-zinc-700 dark:text-zinc-300">{p.kind}</span> <span className="break-all font-mono">{p.name}</span>
          </h1>
          {ready && p.status}
          <ConnectionIndicator state={p.state} />
          {p.badges}
        </div>
        {ready && p.summary}
      </header>
      {p.error && <ErrorPanel error={p.error} locale={locale} compact />}
      {p.phase === 'loading' && !p.error && (
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid={`${p.testId}-loading`}>
          {p.loadingText ?? t(locale, 'ui.loading')}
        </p>
      )}
      {p.phase === 'not-found' && !p.error && (
        <div data-testid={`${p.testId}-not-found`} className="rounded-lg border border-zinc-300 p-4 dark:border-zinc-700">
          {p.notFound?.title && <h2 className="text-lg font-semibold">{p.notFound.title}</h2>}
          <p className="mt-1 text-sm">{p.notFound?.body}</p>
          <p className="mt-2 text-sm">
            <Link href={p.list.href} className="underline">
              {p.notFound?.back ?? p.list.label}
            </Link>
          </p>
        </div>
      )}
      {p.phase === 'not-found' && !p.error && p.gone}
      {ready && p.lead}
      {ready && (p.tabs ? <TabbedBody tabs={p.tabs}>{p.children}</TabbedBody> : p.children)}
      {ready && p.after}
    </div>
  );
}

function TabbedBody<Id extends string>({ tabs, children }: { tabs: DetailTabs<Id>; children: ReactNode }) {
  const search = useSearchParams();
  const base = useId();
  const list = useRef<HTMLDivElement>(null);
  const tabId = (id: string) => `${base}-tab-${id}`;
  const first = tabs.items[0]?.id;
  const href = (id: Id) => tabHref(search?.toString() ?? '', id, first, Object.entries(tabs.ownParams ?? {}).flatMap(([tab, params]) => (tab === id ? [] : (params as readonly string[]))));
  const open = (e: MouseEvent<HTMLAnchorElement>, to: string) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    // Shallow: the URL (and so useSearchParams) changes without a server round-trip; Back returns to the previous tab.
    window.history.pushState(null, '', to);
  };
  // Arrow keys move between tabs (Enter or Space opens one), as the ARIA tabs pattern with manual activation.
  const onKeyDown = (e: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    if (e.key === ' ') {
      e.preventDefault();
      e.currentTarget.click();
      return;
    }
    const next = nextTabIndex(e.key, index, tabs.items.length);
    if (next === null) return;
    e.preventDefault();
    list.current?.querySelectorAll<HTMLElement>('[role=tab]')[next]?.focus();
  };
  return (
    <>
      <div ref={list} role="tablist" aria-label={tabs.label} className="flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800">
        {tabs.items.map((tab, i) => {
          const active = tab.id === tabs.active;
          const to = href(tab.id);
          return (
            <a
              key={tab.id}
              id={tabId(tab.id)}
              role="tab"
              href={to}
              aria-selected={active}
              aria-controls={active ? `${base}-panel` : undefined}
              tabIndex={active ? 0 : -1}
              data-tab={tab.id}
              onClick={(e) => open(e, to)}
              onKeyDown={(e) => onKeyDown(e, i)}
              className={`-mb-px inline-block rounded-t border-b-2 px-3 py-2 text-sm no-underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-400 ${
                active ? 'border-sky-600 font-semibold text-zinc-900 dark:border-sky-400 dark:text-zinc-100' : 'border-transparent text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-900'
              }`}
            >
              {tab.label}
              {tab.count !== undefined && <span className="ml-1 text-xs">({tab.count})</span>}
            </a>
          );
        })}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={tabId(tabs.active)} className="flex flex-col gap-4" data-testid={`tab-${tabs.active}`}>
        {children}
      </div>
    </>
  );
}
