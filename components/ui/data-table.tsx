import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '@/lib/i18n/messages';
import { useLocale } from './page-context';
import { nextRowIndex, nextSlotWindow, rowSlotKey, windowSlots, type SlotWindow } from './row-keys';

/** One column of a DataTable. */
export interface Column<T> {
  /** Stable key of the column. */
  id: string;
  /** Header content; wrap it in `<span className="sr-only">` for a column that needs no visible heading. */
  header: ReactNode;
  /** The content of this column's cell in one row. */
  cell: (row: T) => ReactNode;
  /** Renders the cell as `<th scope="row">`: the column that names the row. */
  rowHeader?: boolean;
  /** Classes for this column's body cells (e.g. 'font-mono', 'text-right'). */
  className?: string;
  /** Classes added to this column's header cell (e.g. 'w-1/3', 'text-right'). */
  headerClassName?: string;
  /** data-testid on each body cell of this column. */
  testId?: string;
  /** The text differs between the server's render and the browser's (ticking ages): no hydration warning. */
  ticking?: boolean;
}

/** data-* attributes for a row (data-testid included). */
export type RowData = Record<`data-${string}`, string | undefined>;

export interface DataTableProps<T> {
  /** The table's accessible name (a visually hidden caption). */
  caption: string;
  /** The columns; `false`/`null` entries are skipped, so `allNamespaces && {…}` works. */
  columns: readonly (Column<T> | false | null | undefined)[];
  rows: readonly T[];
  /**
   * A stable key per row (index is the row's position, for rows without an identity of their own). A `virtual`
   * table keys its rows by their slot in the window instead, so a scroll reuses the rows' elements.
   */
  rowKey: (row: T, index: number) => string;
  /** data-* attributes of each `<tr>`, e.g. `(r) => ({ 'data-testid': 'pod-row', 'data-pod': r.name })`. */
  rowData?: (row: T) => RowData;
  /**
   * The row's own page. Rows become reachable with Tab (one at a time) and the
   * arrow keys, Home/End and PageUp/PageDown; Enter follows the row's link to
   * this href (the cell link with the same href, so Next navigates in-app).
   */
  rowHref?: (row: T) => string;
  /** Shown instead of the table when there are no rows: say why, and what would fill it. */
  empty?: ReactNode;
  emptyTestId?: string;
  /** data-testid of the `<table>`. */
  testId?: string;
  /** 'compact' for tables inside a detail card; 'normal' for lists. */
  density?: 'normal' | 'compact';
  /** Cells align to the top (rows with multi-line cells). */
  alignTop?: boolean;
  /** Equal column widths that wrap long values (`table-fixed`), for two-column comparisons. */
  fixed?: boolean;
  /**
   * A Tailwind max-height class (e.g. 'max-h-[calc(100vh-13rem)]'): the table
   * scrolls in its own box, its header sticks, and the box is focusable.
   */
  maxHeight?: string;
  /**
   * Render only the rows in view (plus `overscan`, default
   * VIRTUAL_OVERSCAN), for lists of thousands; needs `maxHeight` and a fixed
   * `rowHeight` in px. Keep `columns`, `rowHref` and `rowData` the same
   * objects between renders (useMemo/useCallback, new only with a ticking
   * column's clock), so a change re-renders only the rows it touched.
   */
  virtual?: { rowHeight: number; overscan?: number };
}

const HEAD = 'sticky top-0 z-10 bg-zinc-100 text-left text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400';
const ROW = 'border-t border-zinc-100 dark:border-zinc-800/60';
const LINK_ROW = 'hover:bg-zinc-50 focus-visible:bg-sky-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 dark:hover:bg-zinc-900 dark:focus-visible:bg-sky-950/60 dark:focus-visible:outline-sky-400';

function present<T>(c: Column<T> | false | null | undefined): c is Column<T> {
  return !!c;
}

/**
 * The one table of the app: a visually hidden caption, a sticky header, an
 * empty state that explains itself, keyboard-reachable rows when they link
 * somewhere, dark mode, and an optional virtualized mode for big lists.
 */
export function DataTable<T>(props: DataTableProps<T>) {
  const locale = useLocale();
  const { rows, maxHeight, caption } = props;
  // State, not a ref: the box appears with the first row (after an empty "loading" table), and the
  // virtualizer, whose layout effect runs before a parent's ref is set, must render again once it exists.
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  if (rows.length === 0) {
    return (
      <p data-testid={props.emptyTestId} className={`rounded border border-zinc-200 text-center text-sm text-zinc-700 dark:border-zinc-800 dark:text-zinc-300 ${props.density === 'compact' ? 'p-3' : 'p-6'}`}>
        {props.empty ?? t(locale, 'ui.table.empty')}
      </p>
    );
  }
  const box = maxHeight ? `overflow-auto ${maxHeight}` : 'overflow-x-auto';
  return (
    <div
      ref={props.virtual ? setScroller : undefined}
      className={`rounded border border-zinc-200 dark:border-zinc-800 ${box}`}
      // A scroll box must be reachable from the keyboard to scroll it.
      {...(maxHeight ? { tabIndex: 0, role: 'region', 'aria-label': caption } : {})}
    >
      {props.virtual ? <VirtualTable {...props} virtual={props.virtual} scroller={scroller} /> : <PlainTable {...props} />}
    </div>
  );
}

function PlainTable<T>(props: DataTableProps<T>) {
  const { active, nav } = useRowNavigation(props.rows.length, null);
  const shared = useRowShared(props, undefined);
  return (
    <Table {...props}>
      {props.rows.map((r, i) => (
        <MemoRow key={props.rowKey(r, i)} shared={shared} row={r} index={i} tabbable={i === active} nav={nav} />
      ))}
    </Table>
  );
}

/** Rows drawn beyond the visible ones on each side: a small scroll shows no blank, and a jump renders few rows. */
export const VIRTUAL_OVERSCAN = 4;

function VirtualTable<T>(props: DataTableProps<T> & { virtual: { rowHeight: number; overscan?: number }; scroller: HTMLDivElement | null }) {
  const { rows, virtual, scroller } = props;
  const overscan = virtual.overscan ?? VIRTUAL_OVERSCAN;
  // The virtualizer's functions change with every scroll, so nothing here may be memoized; we do not use
  // the React Compiler, and this component re-renders from the virtualizer's own state as TanStack intends.
  // eslint-disable-next-line react-hooks/incompatible-library
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller,
    estimateSize: () => virtual.rowHeight,
    overscan,
    // The server renders the first screenful; the browser measures the real box after hydration.
    initialRect: { width: 1200, height: 900 },
  });
  const items = v.getVirtualItems();
  const { active, nav } = useRowNavigation(rows.length, (i) => v.scrollToIndex(i));
  const shared = useRowShared(props, virtual.rowHeight);
  const padTop = items[0]?.start ?? 0;
  const padBottom = v.getTotalSize() - (items.at(-1)?.end ?? 0);
  // The active row may have scrolled out of the DOM: then the first row in view takes the Tab stop.
  const tabStop = items.some((vi) => vi.index === active) ? active : (items[0]?.index ?? 0);
  // Rows are keyed by their slot in the window, not by identity: a scroll (the bench's jumps of ~250 rows, a drag of
  // the scrollbar) updates the window's <tr>s in place. Keyed per row, every such frame removed and created all of
  // them, and that DOM churn with its style and layout was most of the frame (issue 13's scroll p95).
  // A jump re-bases the keys on its first row, so the rows take them in order and no <tr> moves (a move detaches
  // and re-attaches it). The window of the last render is state, updated during render as React documents for
  // values from the previous render: it says which slot's element may hold the focus.
  const slots = Math.max(items.length, windowSlots(v.scrollRect?.height ?? 0, virtual.rowHeight, overscan));
  const [slotWindow, setSlotWindow] = useState<SlotWindow>({ first: 0, last: -1, slots, base: 0, active, held: 0 });
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const same = first === slotWindow.first && last === slotWindow.last && active === slotWindow.active && slots === slotWindow.slots;
  const win = same ? slotWindow : nextSlotWindow(slotWindow, first, last, active, slots);
  if (win !== slotWindow) setSlotWindow(win);
  return (
    <Table {...props}>
      {padTop > 0 && (
        <tr aria-hidden="true">
          <td style={{ height: padTop }} colSpan={shared.columns.length} />
        </tr>
      )}
      {items.map((vi) => {
        const r = rows[vi.index];
        return r === undefined ? null : <MemoRow key={rowSlotKey(vi.index, win)} shared={shared} row={r} index={vi.index} tabbable={vi.index === tabStop} nav={nav} />;
      })}
      {padBottom > 0 && (
        <tr aria-hidden="true">
          <td style={{ height: padBottom }} colSpan={shared.columns.length} />
        </tr>
      )}
    </Table>
  );
}

function Table<T>({ caption, columns, testId, density, fixed, children }: DataTableProps<T> & { children: ReactNode }) {
  const th = density === 'compact' ? 'px-2 py-1.5 font-medium' : 'px-2 py-2 font-medium';
  return (
    <table className={`w-full border-collapse text-sm ${fixed ? 'table-fixed [&_td]:[overflow-wrap:anywhere]' : ''}`} data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead className={HEAD}>
        <tr>
          {columns.filter(present).map((c) => (
            <th key={c.id} scope="col" className={`${th} ${c.headerClassName ?? ''}`}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** How rows move the focus; one object for the table's whole life, so it never makes a memoized row render again. */
interface RowNavigation {
  setActive: (i: number) => void;
  /** Moves the focus for a row-moving key pressed on row `index`; true when the key was one. */
  move: (key: string, index: number, from: HTMLElement) => boolean;
}

function useRowNavigation(count: number, scrollTo: ((i: number) => void) | null): { active: number; nav: RowNavigation } {
  const [active, setActive] = useState(0);
  const pending = useRef<{ index: number; body: HTMLElement } | null>(null);
  // The row count and the scroll function of the latest render, for key handlers made once.
  const latest = useRef({ count, scrollTo });
  useLayoutEffect(() => {
    latest.current = { count, scrollTo };
  });
  // A virtualized row may only exist after the scroll re-renders: focus it once it does.
  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    const el = p.body.querySelector<HTMLElement>(`tr[data-row-index="${p.index}"]`);
    if (el) {
      pending.current = null;
      el.focus();
    }
  });
  const [nav] = useState<RowNavigation>(() => ({
    setActive,
    move: (key, index, from) => {
      const next = nextRowIndex(key, index, latest.current.count);
      if (next === null) return false;
      const body = from.closest('tbody');
      if (!body) return true;
      setActive(next);
      const el = body.querySelector<HTMLElement>(`tr[data-row-index="${next}"]`);
      if (el) el.focus();
      else {
        pending.current = { index: next, body };
        latest.current.scrollTo?.(next);
      }
      return true;
    },
  }));
  return { active: Math.min(active, Math.max(0, count - 1)), nav };
}

/** What every row of a table shares: the same object until the table's columns or row functions change. */
interface RowShared<T> {
  columns: Column<T>[];
  rowHref: DataTableProps<T>['rowHref'];
  rowData: DataTableProps<T>['rowData'];
  rowClass: string;
  cellClass: string;
  height: number | undefined;
}

function useRowShared<T>(props: DataTableProps<T>, height: number | undefined): RowShared<T> {
  const { columns, rowHref, rowData, density, alignTop } = props;
  return useMemo(
    () => ({
      columns: columns.filter(present),
      rowHref,
      rowData,
      rowClass: `${ROW} ${alignTop ? 'align-top' : ''} ${rowHref ? LINK_ROW : ''}`,
      cellClass: density === 'compact' ? 'px-2 py-1' : height ? 'px-2' : 'px-2 py-1.5',
      height,
    }),
    [columns, rowHref, rowData, density, alignTop, height],
  );
}

interface RowProps<T> {
  shared: RowShared<T>;
  row: T;
  index: number;
  /** This row holds the table's one Tab stop (roving tabindex). */
  tabbable: boolean;
  nav: RowNavigation;
}

/**
 * One row. Memoized: it renders again only when its row object, its index,
 * its Tab stop or the table's shared parts change — a table whose caller
 * keeps `columns`, `rowHref` and `rowData` the same between renders (ticking
 * columns change them with their clock) re-renders only the rows that changed.
 */
function Row<T>({ shared, row, index, tabbable, nav }: RowProps<T>) {
  const href = shared.rowHref?.(row);
  const cell = shared.cellClass;
  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    if (e.target !== e.currentTarget || !href) return;
    if (e.key === 'Enter') {
      e.preventDefault();
      const link = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => a.getAttribute('href') === href);
      if (link) link.click();
      else window.location.assign(href);
      return;
    }
    if (nav.move(e.key, index, e.currentTarget)) e.preventDefault();
  };
  return (
    <tr
      {...shared.rowData?.(row)}
      data-row-index={index}
      className={shared.rowClass}
      style={shared.height ? { height: shared.height } : undefined}
      {...(href ? { tabIndex: tabbable ? 0 : -1, onKeyDown, onFocus: () => nav.setActive(index) } : {})}
    >
      {shared.columns.map((c) =>
        c.rowHeader ? (
          <th key={c.id} scope="row" data-testid={c.testId} suppressHydrationWarning={c.ticking} className={`${cell} text-left font-normal ${c.className ?? ''}`}>
            {c.cell(row)}
          </th>
        ) : (
          <td key={c.id} data-testid={c.testId} suppressHydrationWarning={c.ticking} className={`${cell} ${c.className ?? ''}`}>
            {c.cell(row)}
          </td>
        ),
      )}
    </tr>
  );
}

const MemoRow = memo(Row) as typeof Row;
